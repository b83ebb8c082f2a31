import { sql } from '@simasn/db';
import { halamanSql, lingkup, syaratLingkup, syaratSubtreeUnit, tabelKeXlsx, tidakDitemukan, uraikan, type z, type Konteks } from '@simasn/platform';
import { bersihkanNip, jamDindingUtc } from '@simasn/domain';
import { bukaDataUsulan } from '../pegawai/data-pribadi.ts';
import { bacaIdentitas } from '../pegawai/ubah-pegawai.ts';
import { LABEL_ISIAN } from '../label.ts';
import { DEKLARASI_RIWAYAT } from '../riwayat/definisi-riwayat.ts';
import { SKEMA_RIWAYAT } from '../riwayat/jenis-riwayat.ts';
import { dariKolom } from '../riwayat/kolom-riwayat.ts';
import { ambilBarisRiwayat } from '../riwayat/tulis-riwayat.ts';
import { labelJenisUsulan, uraiJenisUsulan } from './jenis-usulan.ts';
import { STATUS_USULAN, skemaDaftarUsulan, type URUT_USULAN, type BarisPerbandingan, type StatusUsulan, type UsulanRingkas, type UsulanRinci } from './usulan.types.ts';

export { STATUS_USULAN, skemaDaftarUsulan };

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** The columns of usulan_perubahan both views read, with the pegawai's NIP, name and unit. */
interface BarisUsulan {
  id: number;
  jenis: string;
  status: StatusUsulan;
  alasan: string;
  diajukan_pada: Date;
  diputus_pada: Date | null;
  catatan_verifikator: string | null;
  nip: string;
  nama: string;
  unit_nama: string | null;
}

/** One proposal in full (u.*), with its document and who proposed and decided it. */
interface BarisUsulanRinci extends BarisUsulan {
  pegawai_id: number;
  riwayat_id: number | null;
  /** jsonb: parsed by PostgreSQL drivers, text from some. */
  data_lama: unknown;
  data_baru: unknown;
  berkas_id: number | null;
  nama_berkas: string | null;
  ukuran: number | null;
  pengusul: string | null;
  pemutus: string | null;
}

/**
 * The verification queue (pending proposals, oldest first) or the ASN's own proposals (newest
 * first), depending on the caller's reach; searched (name, NIP, reason), filtered (status, kind,
 * unit), sorted and paged inside the scoped query (halamanSql), like the service queues. `semua`:
 * every matching row (the export).
 */
export async function daftarUsulan(ctx: Konteks, masukan: z.input<typeof skemaDaftarUsulan>, semua = false) {
  const f = uraikan(skemaDaftarUsulan, masukan);
  const l = lingkup(ctx, 'usulan:baca');
  const q = f.q?.trim();
  const nipQ = q ? bersihkanNip(q) : '';
  const syarat = sql`u.instansi_id = ${ctx.instansiId} and ${syaratLingkup(l)}
    and (${f.status} = 'semua' or u.status = ${f.status}) and (${f.nip ?? null}::text is null or p.nip = ${f.nip ?? null})
    ${f.jenis ? sql`and u.jenis = ${f.jenis}` : sql``}
    ${f.unitId ? sql`and ${await syaratSubtreeUnit(ctx, f.unitId)}` : sql``}
    ${q ? sql`and (p.nama ilike ${`%${q}%`} or u.alasan ilike ${`%${q}%`} ${/^\d{4,}$/.test(nipQ) ? sql`or p.nip like ${`${nipQ}%`}` : sql``})` : sql``}`;
  // The queue reads oldest first; a list of decided or all proposals newest first.
  const arahBawaan = f.status === 'diajukan' ? 'naik' : 'turun';
  const h = await halamanSql<BarisUsulan, (typeof URUT_USULAN)[number]>(ctx, semua ? { ...f, page: undefined } : { ...f, page: f.page ?? 1 }, {
    kolom: sql`u.id, u.jenis, u.status, u.alasan, u.diajukan_pada, u.diputus_pada, u.catatan_verifikator, p.nip, p.nama, un.nama as unit_nama`,
    dari: sql`from usulan_perubahan u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
      left join unit_organisasi un on un.instansi_id = p.instansi_id and un.id = p.unit_id`,
    syarat,
    urut: { diajukan: sql`u.diajukan_pada`, nama: sql`p.nama`, jenis: sql`u.jenis`, unit: sql`un.nama`, diputus: sql`u.diputus_pada` },
    bawaan: 'diajukan',
    arahBawaan: f.urut && f.urut !== 'diajukan' ? (f.urut === 'diputus' ? 'turun' : 'naik') : arahBawaan,
    pemutus: sql`u.id`,
  });
  return { total: h.total, page: h.page, limit: h.limit,
    items: h.items.map((r): UsulanRingkas => ({ id: r.id, jenis: r.jenis, labelJenis: labelJenisUsulan(uraiJenisUsulan(r.jenis)!), status: r.status, alasan: r.alasan,
      diajukanPada: r.diajukan_pada, diputusPada: r.diputus_pada, catatanVerifikator: r.catatan_verifikator, pegawai: { nip: r.nip, nama: r.nama, unit: r.unit_nama } })
    ) };
}

const LABEL_STATUS_USULAN: Record<StatusUsulan, string> = { diajukan: 'Menunggu verifikasi', disetujui: 'Disetujui', ditolak: 'Ditolak', dibatalkan: 'Dibatalkan' };

/** The list as XLSX, with the page's search, filters and sort (the list's own query, every page), in the same reach. */
export async function eksporUsulan(ctx: Konteks, masukan: z.input<typeof skemaDaftarUsulan>): Promise<{ namaBerkas: string, isi: Buffer }> {
  const d = await daftarUsulan(ctx, masukan, true);
  const isi = await tabelKeXlsx<UsulanRingkas>({ judul: 'Usulan perubahan data (SIMAK)', keterangan: `${d.total} usulan.`, namaLembar: 'Usulan', baris: d.items, kolom: [
    { judul: 'Nomor', nilai: (u) => u.id, lebar: 9 },
    { judul: 'Diajukan', nilai: (u) => jamDindingUtc(new Date(u.diajukanPada), ctx.zona), format: 'd mmmm yyyy', lebar: 16 },
    { judul: 'NIP', nilai: (u) => u.pegawai.nip, teks: true, lebar: 21 },
    { judul: 'Nama', nilai: (u) => u.pegawai.nama, lebar: 30 },
    { judul: 'Unit kerja', nilai: (u) => u.pegawai.unit ?? 'Tanpa unit', lebar: 30 },
    { judul: 'Jenis usulan', nilai: (u) => u.labelJenis, lebar: 28 },
    { judul: 'Alasan', nilai: (u) => u.alasan, lebar: 40 },
    { judul: 'Status', nilai: (u) => LABEL_STATUS_USULAN[u.status], lebar: 18 },
    { judul: 'Diputus', nilai: (u) => (u.diputusPada ? jamDindingUtc(new Date(u.diputusPada), ctx.zona) : null), format: 'd mmmm yyyy', lebar: 18 },
    { judul: 'Catatan verifikator', nilai: (u) => u.catatanVerifikator, lebar: 30 },
  ] });
  return { namaBerkas: 'usulan-perubahan.xlsx', isi };
}

async function namaRujukan(ctx: Konteks, isian: string, nilai: unknown): Promise<unknown> {
  if (nilai == null) return nilai;
  if (isian === 'jabatanId') {
    return (await ctx.db.maybeOne<{ nama: string }>(sql`select nama from jabatan where instansi_id = ${ctx.instansiId} and id = ${Number(nilai)}`))?.nama ?? nilai;
  }
  if (isian === 'unitId') {
    return (await ctx.db.maybeOne<{ nama: string }>(sql`select nama from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${Number(nilai)}`))?.nama ?? nilai;
  }
  return nilai;
}

/** One proposal with a field-by-field comparison: value when proposed, value now, proposed value. */
export async function ambilUsulan(ctx: Konteks, id: number): Promise<UsulanRinci> {
  const l = lingkup(ctx, 'usulan:baca');
  const r = await ctx.db.maybeOne<BarisUsulanRinci>(sql`
    select u.*, p.nip, p.nama, un.nama as unit_nama, b.nama_berkas, b.ukuran,
           a1.nama_tampilan as pengusul, a2.nama_tampilan as pemutus
      from usulan_perubahan u
      join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
      left join unit_organisasi un on un.instansi_id = p.instansi_id and un.id = p.unit_id
      left join berkas b on b.instansi_id = u.instansi_id and b.id = u.berkas_id
      left join akun a1 on a1.instansi_id = u.instansi_id and a1.id = u.diajukan_oleh
      left join akun a2 on a2.instansi_id = u.instansi_id and a2.id = u.diputus_oleh
     where u.instansi_id = ${ctx.instansiId} and u.id = ${id} and ${syaratLingkup(l)}`);
  if (!r) throw tidakDitemukan('Usulan tidak ditemukan.');
  const jenis = uraiJenisUsulan(r.jenis)!;
  const baru = bukaDataUsulan('data_baru', json<Record<string, unknown>>(r.data_baru))!;
  const lama = bukaDataUsulan('data_lama', json<Record<string, unknown> | null>(r.data_lama));
  let sekarang: Record<string, unknown> | null = null;
  if (jenis.macam === 'identitas') sekarang = await bacaIdentitas(ctx, r.pegawai_id);
  else if (jenis.macam === 'ubah') {
    sekarang = await ambilBarisRiwayat(ctx.db, ctx.instansiId, r.pegawai_id, jenis.riwayat, r.riwayat_id!).then((b) => dariKolom(jenis.riwayat, b)).catch(() => null);
  }
  const semuaIsian = jenis.macam === 'identitas' ? Object.keys(baru) : Object.keys((SKEMA_RIWAYAT[jenis.riwayat] as z.ZodObject).shape);
  // The shared label when there is one, else the field's own label from its riwayat declaration.
  const labelIsianRiwayat: Record<string, string> = jenis.macam === 'identitas' ? {} : Object.fromEntries(DEKLARASI_RIWAYAT[jenis.riwayat].isian.map((m) => [m.nama, m.label]));
  const perbandingan: BarisPerbandingan[] = [];
  for (const f of semuaIsian.filter((k) => k in baru || (lama && k in lama))) {
    const nilaiLama = lama?.[f] ?? null;
    const nilaiKini = sekarang?.[f] ?? null;
    perbandingan.push({ isian: f, label: LABEL_ISIAN[f] ?? labelIsianRiwayat[f] ?? f, lama: await namaRujukan(ctx, f, nilaiLama), sekarang: await namaRujukan(ctx, f, nilaiKini),
      baru: await namaRujukan(ctx, f, baru[f] ?? null), berubah: JSON.stringify(baru[f] ?? null) !== JSON.stringify(nilaiKini),
      berubahSejakDiajukan: jenis.macam !== 'tambah' && JSON.stringify(nilaiLama) !== JSON.stringify(nilaiKini) });
  }
  return { id: r.id, jenis: r.jenis, labelJenis: labelJenisUsulan(jenis), status: r.status, alasan: r.alasan, diajukanPada: r.diajukan_pada, diajukanOleh: r.pengusul,
    diputusPada: r.diputus_pada, diputusOleh: r.pemutus, catatanVerifikator: r.catatan_verifikator, pegawai: { nip: r.nip, nama: r.nama, unit: r.unit_nama },
    berkas: r.berkas_id ? { id: r.berkas_id, namaBerkas: r.nama_berkas!, ukuran: r.ukuran! } : null, perbandingan };
}
