import { bacaBanyak, raw, sql, type Db } from '@simasn/db';
import { formatRupiah, formatWaktuSetempat, labelBulan } from '@simasn/domain';
import { catatAudit, halamanSql, lingkup, tabelKeXlsx, uraikan, type Konteks } from '@simasn/platform';
import { skemaDaftarGaji, type URUT_GAJI } from '../tpp.types.ts';
import { KOLOM_GAJI, KOMPONEN_GAJI } from './komponen-gaji.ts';

/**
 * The imported daftar gaji (table `tpp_gaji_bulan`, migration 0037): what the TPP month reads of it
 * (one query for the whole instansi) and the list admin BKD / BKAD see (`tpp:bayar`: payroll is
 * the finance office's data, the reach is the instansi).
 */

/** One ASN's payroll of the month as the TPP month uses it. */
export interface GajiBulan {
  jumlahKotor: number;
  gajiPokok: number;
  namaBerkas: string;
  /** Day of the import (YYYY-MM-DD, local). */
  diimpor: string;
}

/** The month's imported payroll of every ASN of the instansi (or one), keyed by pegawai id: one query. */
export async function gajiBulanTpp(db: Db, instansiId: number, bulan: string, zona: Konteks['zona'], pegawaiId?: number): Promise<Map<number, GajiBulan>> {
  const baris = await bacaBanyak<{ p: string | number, j: string | number, g: string | number, b: string, d: string }>(db, sql`
    select pegawai_id as p, jumlah_kotor as j, gaji_pokok as g, nama_berkas as b, to_char(diimpor_pada at time zone ${zona}, 'YYYY-MM-DD') as d
      from tpp_gaji_bulan where instansi_id = ${instansiId} and bulan = ${`${bulan}-01`}::date ${pegawaiId === undefined ? sql`` : sql`and pegawai_id = ${pegawaiId}`}`);
  const peta = new Map<number, GajiBulan>();
  for (const r of baris) peta.set(Number(r.p), { jumlahKotor: Number(r.j), gajiPokok: Number(r.g), namaBerkas: r.b, diimpor: r.d });
  return peta;
}

/** The stored columns of the komponen, in the declared order. */
const KOLOM_KOMPONEN = raw(KOMPONEN_GAJI.map((k) => k.kolom).join(', '));

interface BarisMentahGaji {
  pegawai_id: string | number;
  nip: string;
  nama: string;
  jumlah_kotor: string | number;
  nama_berkas: string;
  nama_pengimpor: string | null;
  diimpor_pada: Date | string;
  [kolom: string]: unknown;
}

const keItem = (r: BarisMentahGaji) => ({ pegawaiId: Number(r.pegawai_id), nip: r.nip, nama: r.nama,
  ...(Object.fromEntries(KOMPONEN_GAJI.map((k) => [k.kunci, Number(r[k.kolom])])) as Record<(typeof KOMPONEN_GAJI)[number]['kunci'], number>), jumlahKotor: Number(r.jumlah_kotor),
  namaBerkas: r.nama_berkas, namaPengimpor: r.nama_pengimpor, diimporPada: r.diimpor_pada });

/** The month's imported payroll: searched (nama, NIP), sorted, paged in the query; the month's totals and latest import beside it. */
export async function daftarGajiTpp(ctx: Konteks, masukan: unknown, semua = false) {
  const f = uraikan(skemaDaftarGaji, masukan);
  lingkup(ctx, 'tpp:bayar');
  const bulan = `${f.bulan}-01`;
  const q = f.q?.trim();
  const syarat = sql`g.instansi_id = ${ctx.instansiId} and g.bulan = ${bulan}::date
    ${q ? sql`and (g.nama ilike ${`%${q}%`} or g.nip like ${`${q.replace(/\s/g, '')}%`})` : sql``}`;
  const h = await halamanSql<BarisMentahGaji, (typeof URUT_GAJI)[number]>(ctx, semua ? { ...f, page: undefined } : { ...f, page: f.page ?? 1 }, {
    kolom: sql`g.pegawai_id, g.nip, g.nama, ${KOLOM_KOMPONEN}, g.jumlah_kotor, g.nama_berkas, g.nama_pengimpor, g.diimpor_pada`,
    dari: sql`from tpp_gaji_bulan g`,
    syarat,
    urut: { nama: sql`g.nama`, nip: sql`g.nip`, jumlah: sql`g.jumlah_kotor` },
    bawaan: 'nama',
    pemutus: sql`g.pegawai_id`,
  });
  const j = await ctx.db.one<{ n: number, kotor: string | number }>(sql`
    select count(*)::int as n, coalesce(sum(jumlah_kotor), 0)::bigint as kotor from tpp_gaji_bulan where instansi_id = ${ctx.instansiId} and bulan = ${bulan}::date`);
  const t = await ctx.db.maybeOne<{ nama_berkas: string, nama_pengimpor: string | null, diimpor_pada: Date | string }>(sql`
    select nama_berkas, nama_pengimpor, diimpor_pada from tpp_gaji_bulan where instansi_id = ${ctx.instansiId} and bulan = ${bulan}::date
     order by diimpor_pada desc limit 1`);
  return { ...h, items: h.items.map(keItem), bulan: f.bulan,
    jumlah: { pegawai: j.n, jumlahKotor: Number(j.kotor), terakhir: t ? { namaBerkas: t.nama_berkas, namaPengimpor: t.nama_pengimpor, diimporPada: t.diimpor_pada } : null } };
}

/** The list (same search) as XLSX with the import's column titles: it can be corrected and imported again. Audited. */
export async function eksporGajiTpp(ctx: Konteks, masukan: unknown) {
  const d = await daftarGajiTpp(ctx, masukan, true);
  type B = (typeof d.items)[number];
  const isi = await tabelKeXlsx<B>({ judul: `Daftar gaji ${labelBulan(d.bulan)}`,
    keterangan: `${d.total} pegawai; jumlah gaji dan tunjangan (kotor) ${formatRupiah(d.items.reduce((s, r) => s + r.jumlahKotor, 0))}. Diekspor ${
      formatWaktuSetempat(ctx.sekarang(), ctx.zona)
    } oleh ${ctx.pemanggil?.namaTampilan ?? '-'}.`, namaLembar: 'Daftar gaji', kolom: [
      { judul: KOLOM_GAJI.nip, nilai: (r) => r.nip, teks: true, lebar: 21 },
      { judul: KOLOM_GAJI.nama, nilai: (r) => r.nama, lebar: 32 },
      ...KOMPONEN_GAJI.map((k) => ({ judul: k.kolom, nilai: (r: B) => r[k.kunci], format: '#,##0', lebar: 18 })),
      { judul: KOLOM_GAJI.jumlahKotor, nilai: (r) => r.jumlahKotor, format: '#,##0', lebar: 18 },
      { judul: 'berkas_impor', nilai: (r) => r.namaBerkas, lebar: 28 },
    ], baris: d.items, dataPribadiTerlihat: true });
  await catatAudit(ctx, { aksi: 'tpp.ekspor_gaji', entitas: 'tpp_gaji_bulan', entitasId: d.bulan, sesudah: { filter: masukan, jumlah: d.total } });
  return { namaBerkas: `daftar-gaji-${d.bulan}.xlsx`, isi };
}
