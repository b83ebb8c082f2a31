import { sql, type Sql } from '@simasn/db';
import { bersihkanNip, formatTanggal, hariIniIso } from '@simasn/domain';
import { catatAudit, lingkup, syaratLingkup, tabelKeXlsx, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { type Dokumen, renderPdf } from '@simasn/platform/dokumen';
import { hariTutupTerakhir, kerjakanAntrean } from '../hari/simpan-hari.ts';
import { skemaRekapBulan, type URUT_REKAP } from '../rekap.types.ts';

export { skemaRekapBulan };

const KOLOM = sql`r.hari_kerja, r.hadir, r.dinas_luar, r.cuti, r.tugas_belajar, r.diklat, r.sakit, r.izin, r.alpa, r.tl1, r.tl2, r.tl3, r.tl4, r.psw1, r.psw2, r.psw3, r.psw4,
  r.terlambat_menit, r.pulang_cepat_menit, r.potongan_persen, r.menunggu_tinjau`;

interface BarisMentah {
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  hari_kerja: number;
  hadir: number;
  dinas_luar: number;
  cuti: number;
  tugas_belajar: number;
  diklat: number;
  sakit: number;
  izin: number;
  alpa: number;
  tl1: number;
  tl2: number;
  tl3: number;
  tl4: number;
  psw1: number;
  psw2: number;
  psw3: number;
  psw4: number;
  terlambat_menit: number;
  pulang_cepat_menit: number;
  potongan_persen: number | string;
  menunggu_tinjau: number;
}

const keRingkas = (r: Omit<BarisMentah, 'pegawaiId' | 'nip' | 'nama' | 'unit'>) => ({ hariKerja: Number(r.hari_kerja), hadir: Number(r.hadir), dinasLuar: Number(r.dinas_luar),
  cuti: Number(r.cuti), tugasBelajar: Number(r.tugas_belajar), diklat: Number(r.diklat), sakit: Number(r.sakit), izin: Number(r.izin), alpa: Number(r.alpa),
  tl: { TL1: Number(r.tl1), TL2: Number(r.tl2), TL3: Number(r.tl3), TL4: Number(r.tl4) },
  psw: { PSW1: Number(r.psw1), PSW2: Number(r.psw2), PSW3: Number(r.psw3), PSW4: Number(r.psw4) }, terlambatMenit: Number(r.terlambat_menit),
  pulangCepatMenit: Number(r.pulang_cepat_menit), potonganPersen: Math.round(Number(r.potongan_persen) * 100) / 100, menungguTinjau: Number(r.menunggu_tinjau) });

/** The search, filters and reach of a rekap request, as one where-clause over `rekap_presensi_bulan r join pegawai p`. */
async function saringanRekap(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaRekapBulan, masukan);
  const l = lingkup(ctx, 'presensi:baca');
  const bulan = f.bulan ?? hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 7);
  await kerjakanAntrean(ctx.db, ctx.instansiId, ctx.zona, ctx.sekarang());
  const unit = f.unitId ? await ctx.db.maybeOne<{ jalur: string }>(sql`select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.unitId}`) : null;
  const q = f.q?.trim();
  const syarat = sql`r.instansi_id = ${ctx.instansiId} and r.bulan = ${`${bulan}-01`}::date and ${syaratLingkup(l, 'p')}
    ${f.unitId ? sql`and p.jalur_unit like ${`${unit?.jalur ?? '/x/'}%`}` : sql``}
    ${q ? sql`and (p.nama ilike ${`%${q}%`} or p.nip like ${`${bersihkanNip(q)}%`})` : sql``}
    ${
    f.saring === 'alpa'
      ? sql`and r.alpa > 0`
      : f.saring === 'terlambat'
      ? sql`and (r.tl1 + r.tl2 + r.tl3 + r.tl4) > 0`
      : f.saring === 'tinjau'
      ? sql`and r.menunggu_tinjau > 0`
      : sql``
  }`;
  const urut = { nama: sql`p.nama`, nip: sql`p.nip`, unit: sql`p.jalur_unit`, alpa: sql`r.alpa`, terlambat: sql`(r.tl1 + r.tl2 + r.tl3 + r.tl4)`,
    potongan: sql`r.potongan_persen` } satisfies Record<(typeof URUT_REKAP)[number], Sql>;
  return { f, bulan, unit, syarat, urut };
}

const DARI = sql`from rekap_presensi_bulan r join pegawai p on p.instansi_id = r.instansi_id and p.id = r.pegawai_id`;
/** The unit's name by a join (one hash join over the month, not a look-up per row). */
const KOLOM_BARIS = sql`p.id as "pegawaiId", p.nip, p.nama, o.nama as unit, ${KOLOM}`;
const DARI_BARIS = sql`${DARI} left join unit_organisasi o on o.instansi_id = p.instansi_id and o.id = p.unit_id`;

/** One row as the screen and the exports show it (one object literal: a spread per row cost 0,6 s of CPU over 100.000 rows). */
const keBaris = (r: BarisMentah) => ({ pegawaiId: Number(r.pegawaiId), nip: r.nip, nama: r.nama, unit: r.unit, hariKerja: Number(r.hari_kerja), hadir: Number(r.hadir),
  dinasLuar: Number(r.dinas_luar), cuti: Number(r.cuti), tugasBelajar: Number(r.tugas_belajar), diklat: Number(r.diklat), sakit: Number(r.sakit), izin: Number(r.izin),
  alpa: Number(r.alpa), tl: { TL1: Number(r.tl1), TL2: Number(r.tl2), TL3: Number(r.tl3), TL4: Number(r.tl4) },
  psw: { PSW1: Number(r.psw1), PSW2: Number(r.psw2), PSW3: Number(r.psw3), PSW4: Number(r.psw4) }, terlambatMenit: Number(r.terlambat_menit),
  pulangCepatMenit: Number(r.pulang_cepat_menit), potonganPersen: Math.round(Number(r.potongan_persen) * 100) / 100, menungguTinjau: Number(r.menunggu_tinjau) });

/**
 * The month's rekap per pegawai (one stored row each: the closed days summed) within the
 * caller's reach for presensi:baca, searched (name, NIP), filtered (unit subtree, only those
 * with alpa / lateness / check-ins under review), sorted and paged in the query; the totals
 * and the breakdown per unit one level below over the whole filtered set. The page, the totals
 * (with the count) and the breakdown are independent reads, sent together (a pool answers them
 * at once: at 100.000 ASN each is a scan of the month).
 */
export async function rekapBulan(ctx: Konteks, masukan: unknown = {}) {
  const { f, bulan, unit, syarat, urut } = await saringanRekap(ctx, masukan);
  const page = f.page ?? 1;
  const arah = f.arah === 'turun' ? sql`desc` : sql`asc`;
  const [items, total, perUnit, ditutupSampai] = await Promise.all([
    ctx.db.many<BarisMentah>(sql`select ${KOLOM_BARIS} ${DARI_BARIS} where ${syarat}
      order by ${urut[f.urut ?? 'nama']} ${arah} nulls last, p.id ${arah} limit ${f.limit} offset ${(page - 1) * f.limit}`),
    ctx.db.one<Omit<BarisMentah, 'pegawaiId' | 'nip' | 'nama' | 'unit'> & { pegawai: number }>(sql`
    select count(*)::int as pegawai, coalesce(sum(r.hari_kerja), 0)::int as hari_kerja, coalesce(sum(r.hadir), 0)::int as hadir, coalesce(sum(r.dinas_luar), 0)::int as dinas_luar,
           coalesce(sum(r.cuti), 0)::int as cuti, coalesce(sum(r.tugas_belajar), 0)::int as tugas_belajar, coalesce(sum(r.diklat), 0)::int as diklat,
           coalesce(sum(r.sakit), 0)::int as sakit, coalesce(sum(r.izin), 0)::int as izin, coalesce(sum(r.alpa), 0)::int as alpa,
           coalesce(sum(r.tl1), 0)::int as tl1, coalesce(sum(r.tl2), 0)::int as tl2, coalesce(sum(r.tl3), 0)::int as tl3, coalesce(sum(r.tl4), 0)::int as tl4,
           coalesce(sum(r.psw1), 0)::int as psw1, coalesce(sum(r.psw2), 0)::int as psw2, coalesce(sum(r.psw3), 0)::int as psw3, coalesce(sum(r.psw4), 0)::int as psw4,
           coalesce(sum(r.terlambat_menit), 0)::int as terlambat_menit, coalesce(sum(r.pulang_cepat_menit), 0)::int as pulang_cepat_menit,
           coalesce(avg(r.potongan_persen), 0) as potongan_persen, coalesce(sum(r.menunggu_tinjau), 0)::int as menunggu_tinjau
      ${DARI} where ${syarat}`),
    // Per unit one level below the chosen one (or the perangkat daerah).
    ctx.db.many<{ unit_id: number | null, nama: string | null, pegawai: number, hari_kerja: number, hadir: number, alpa: number, terlambat: number, potongan: number | string }>(
      sql`
    select u.id as unit_id, u.nama, count(*)::int as pegawai, sum(r.hari_kerja)::int as hari_kerja, sum(r.hadir)::int as hadir, sum(r.alpa)::int as alpa,
           sum(r.tl1 + r.tl2 + r.tl3 + r.tl4)::int as terlambat, avg(r.potongan_persen) as potongan
      ${DARI}
      left join unit_organisasi u on u.instansi_id = p.instansi_id
        and u.id = nullif(split_part(p.jalur_unit, '/', ${(unit ? unit.jalur.split('/').filter(Boolean).length : 0) + 2}), '')::bigint
     where ${syarat} group by u.id, u.nama order by u.nama nulls last limit 200`,
    ),
    hariTutupTerakhir(ctx.db, ctx.instansiId),
  ]);
  return { total: Number(total.pegawai), page, limit: f.limit, items: items.map(keBaris), bulan, ditutupSampai, jumlah: { pegawai: Number(total.pegawai), ...keRingkas(total) },
    perUnit: perUnit.map((u) => ({ unitId: u.unit_id === null ? null : Number(u.unit_id), nama: u.nama ?? 'Tanpa sub-unit', pegawai: u.pegawai, hariKerja: u.hari_kerja,
      hadir: u.hadir, alpa: u.alpa, terlambat: u.terlambat, potonganRataPersen: Math.round(Number(u.potongan) * 100) / 100 })
    ) };
}

/**
 * Every row of the rekap (the same search, filters and order), for the exports: one read of the
 * month (the count is the rows' number; the screen's totals and breakdown are not read).
 */
export async function barisRekapBulan(ctx: Konteks, masukan: unknown = {}) {
  const { f, bulan, syarat, urut } = await saringanRekap(ctx, masukan);
  const arah = f.arah === 'turun' ? sql`desc` : sql`asc`;
  const [items, ditutupSampai] = await Promise.all([
    ctx.db.many<BarisMentah>(sql`select ${KOLOM_BARIS} ${DARI_BARIS} where ${syarat} order by ${urut[f.urut ?? 'nama']} ${arah} nulls last, p.id ${arah}`),
    hariTutupTerakhir(ctx.db, ctx.instansiId),
  ]);
  return { total: items.length, items: items.map(keBaris), bulan, ditutupSampai };
}

/** Rows of one printed rekap (about 80 pages of F4). */
const BATAS_CETAK = 3000;

const NAMA_BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const tulisBulan = (bulan: string) => `${NAMA_BULAN[Number(bulan.slice(5, 7)) - 1]} ${bulan.slice(0, 4)}`;
const persen = (x: number) => `${String(Math.round(x * 100) / 100).replace('.', ',')}%`;

/** Every row of the rekap (the same search and filters), for the exports; the unit's name for the titles. */
async function semuaBaris(ctx: Konteks, masukan: unknown) {
  const d = await barisRekapBulan(ctx, masukan);
  const f = uraikan(skemaRekapBulan, masukan);
  const unit = f.unitId
    ? (await ctx.db.maybeOne<{ nama: string }>(sql`select nama from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.unitId}`))?.nama ?? null
    : null;
  return { ...d, unit };
}

/** The rekap as XLSX (every row of the search and filters), audited. */
export async function eksporRekapBulan(ctx: Konteks, masukan: unknown = {}) {
  const d = await semuaBaris(ctx, masukan);
  type B = (typeof d.items)[number];
  const isi = await tabelKeXlsx<B>({ judul: `Rekap presensi ${tulisBulan(d.bulan)}${d.unit ? ` - ${d.unit}` : ''}`,
    keterangan: `${d.total} pegawai. Hari yang sudah ditutup s.d. ${d.ditutupSampai ? formatTanggal(d.ditutupSampai) : '-'}.`, namaLembar: 'Rekap', kolom: [
      { judul: 'NIP', nilai: (r) => r.nip, teks: true, lebar: 21 },
      { judul: 'Nama', nilai: (r) => r.nama, lebar: 30 },
      { judul: 'Unit kerja', nilai: (r) => r.unit ?? '', lebar: 30 },
      { judul: 'Hari kerja', nilai: (r) => r.hariKerja, lebar: 9 },
      { judul: 'Hadir', nilai: (r) => r.hadir, lebar: 8 },
      { judul: 'Dinas luar', nilai: (r) => r.dinasLuar, lebar: 8 },
      { judul: 'Cuti', nilai: (r) => r.cuti, lebar: 7 },
      { judul: 'Sakit', nilai: (r) => r.sakit, lebar: 7 },
      { judul: 'Izin', nilai: (r) => r.izin, lebar: 7 },
      { judul: 'Tugas belajar', nilai: (r) => r.tugasBelajar, lebar: 8 },
      { judul: 'Diklat', nilai: (r) => r.diklat, lebar: 7 },
      { judul: 'Alpa', nilai: (r) => r.alpa, lebar: 7 },
      { judul: 'TL1', nilai: (r) => r.tl.TL1, lebar: 6 },
      { judul: 'TL2', nilai: (r) => r.tl.TL2, lebar: 6 },
      { judul: 'TL3', nilai: (r) => r.tl.TL3, lebar: 6 },
      { judul: 'TL4', nilai: (r) => r.tl.TL4, lebar: 6 },
      { judul: 'PSW1', nilai: (r) => r.psw.PSW1, lebar: 6 },
      { judul: 'PSW2', nilai: (r) => r.psw.PSW2, lebar: 6 },
      { judul: 'PSW3', nilai: (r) => r.psw.PSW3, lebar: 6 },
      { judul: 'PSW4', nilai: (r) => r.psw.PSW4, lebar: 6 },
      { judul: 'Menit terlambat', nilai: (r) => r.terlambatMenit, lebar: 9 },
      { judul: 'Menit pulang cepat', nilai: (r) => r.pulangCepatMenit, lebar: 9 },
      { judul: 'Potongan disiplin (%)', nilai: (r) => r.potonganPersen, lebar: 10 },
    ], baris: d.items });
  await catatAudit(ctx, { aksi: 'rekap_presensi.ekspor', entitas: 'rekap_presensi_bulan', sesudah: { bulan: d.bulan, jumlah: d.total, format: 'xlsx' } });
  return { namaBerkas: `rekap-presensi-${d.bulan}.xlsx`, isi };
}

/**
 * The rekap as a printable PDF in the official layout: letterhead, title, the per-pegawai table
 * with the codes, the legend, and the signatures (the head of the unit knowing it, the officer
 * who made it), audited.
 */
export async function cetakRekapBulan(ctx: Konteks, masukan: unknown = {}) {
  const n = (await rekapBulan(ctx, { ...(masukan as object), page: 1, limit: 1 })).total;
  if (n > BATAS_CETAK) {
    throw tidakValid('Terlalu banyak pegawai untuk satu cetakan.', [{ kolom: 'unitId',
      pesan: `paling banyak ${BATAS_CETAK.toLocaleString('id-ID')} pegawai per cetakan (sekarang ${n.toLocaleString('id-ID')}); pilih unit kerja, atau ekspor XLSX` }]);
  }
  const d = await semuaBaris(ctx, masukan);
  const instansi = await ctx.db.maybeOne<{ nama: string }>(sql`select nama from instansi where instansi_id = ${ctx.instansiId}`);
  const pembuat = ctx.pemanggil?.pegawaiId
    ? await ctx.db.maybeOne<{ nama: string, nip: string }>(sql`select nama, nip from pegawai where instansi_id = ${ctx.instansiId} and id = ${ctx.pemanggil.pegawaiId}`)
    : null;
  const f = uraikan(skemaRekapBulan, masukan);
  const kepala = f.unitId
    ? await ctx.db.maybeOne<{ nama: string, nip: string, jabatan: string | null }>(sql`
        select p.nama, p.nip, j.nama as jabatan from pegawai p join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
         where p.instansi_id = ${ctx.instansiId} and p.unit_id = ${f.unitId} and j.jenis = 'struktural' and p.kedudukan = 'aktif' order by j.eselon nulls last, p.id limit 1`)
    : null;
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const dok: Dokumen = { judul: `Rekap presensi ${tulisBulan(d.bulan)}`, kertas: 'F4', orientasi: 'mendatar', nomorHalaman: true,
    kakiHalaman: `Rekap presensi ${tulisBulan(d.bulan)} - dicetak ${formatTanggal(hariIni)}`, isi: [
      { jenis: 'kop', baris: [`PEMERINTAH ${(instansi?.nama ?? 'KABUPATEN').toUpperCase()}`, (d.unit ?? 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA').toUpperCase()],
        alamat: [] },
      { jenis: 'paragraf', teks: [{ teks: `REKAPITULASI KEHADIRAN PEGAWAI BULAN ${tulisBulan(d.bulan).toUpperCase()}`, tebal: true }], rata: 'tengah' },
      { jenis: 'paragraf',
        teks: `Unit kerja: ${d.unit ?? 'semua unit dalam kewenangan'}. Jumlah pegawai: ${d.total}. Hari yang sudah ditutup s.d. ${
          d.ditutupSampai ? formatTanggal(d.ditutupSampai) : '-'
        }.`, ukuran: 9 },
      { jenis: 'tabel', lebar: [3, 14, 20, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7], ukuran: 7, kepala: [[
        'No',
        'NIP',
        'Nama',
        'HK',
        'H',
        'DL',
        'C',
        'S',
        'I',
        'A',
        'TL1',
        'TL2',
        'TL3',
        'TL4',
        'PSW1-2',
        'PSW3-4',
        'Menit TL',
        'Potongan',
      ]], isi: d.items.map((r, i) => [
        String(i + 1),
        r.nip,
        r.nama,
        String(r.hariKerja),
        String(r.hadir),
        String(r.dinasLuar),
        String(r.cuti),
        String(r.sakit),
        String(r.izin),
        String(r.alpa),
        String(r.tl.TL1),
        String(r.tl.TL2),
        String(r.tl.TL3),
        String(r.tl.TL4),
        String(r.psw.PSW1 + r.psw.PSW2),
        String(r.psw.PSW3 + r.psw.PSW4),
        String(r.terlambatMenit),
        persen(r.potonganPersen),
      ]) },
      { jenis: 'paragraf', ukuran: 7,
        teks: 'Keterangan: HK hari kerja; H hadir; DL dinas luar; C cuti; S sakit; I izin; A alpa (tanpa keterangan); TL terlambat; '
          + 'PSW pulang sebelum waktunya (1: 1-30 menit, 2: 31-60, 3: 61-90, 4: 91 menit atau lebih / tanpa presensi). Potongan: persen bagian disiplin TPP, paling besar 100%.' },
      { jenis: 'spasi', pt: 12 },
      { jenis: 'tandaTangan', kolom: [
        { atas: ['Mengetahui,', kepala?.jabatan ?? `Kepala ${d.unit ?? 'Perangkat Daerah'}`], nama: kepala?.nama ?? '.................................',
          bawah: [`NIP ${kepala?.nip ?? '.................................'}`] },
        { atas: [`Dibuat ${formatTanggal(hariIni)},`, 'Pengelola Kepegawaian'], nama: pembuat?.nama ?? '.................................',
          bawah: [`NIP ${pembuat?.nip ?? '.................................'}`] },
      ] },
    ] };
  const isi = await renderPdf(dok);
  await catatAudit(ctx, { aksi: 'rekap_presensi.cetak', entitas: 'rekap_presensi_bulan', sesudah: { bulan: d.bulan, jumlah: d.total, format: 'pdf' } });
  return { namaBerkas: `rekap-presensi-${d.bulan}.pdf`, isi };
}
