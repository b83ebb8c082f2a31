import { sql } from '@simasn/db';
import { bersihkanNip, formatTanggal, hariIniIso } from '@simasn/domain';
import { aturanCuti, efekHari, JENIS_ABSEN, kalenderPegawai } from '@simasn/cuti';
import { catatAudit, halamanSql, lingkup, syaratLingkup, tabelKeXlsx, uraikan, type Konteks } from '@simasn/platform';
import { skemaBelumIsi, type URUT_BELUM_ISI } from './aktivitas.types.ts';

export { skemaBelumIsi } from './aktivitas.types.ts';

/** Kinds of approved absence that excuse the activity log (leave, sick, izin, tugas belajar), from cuti's rule data. */
const JENIS_BEBAS = JENIS_ABSEN.filter((k) => k !== 'dispensasi' && efekHari(aturanCuti().jenis[k], null).bebasAktivitas);

/**
 * Who in the caller's reach (atasan: their team; admin OPD: the OPD) has submitted no activity
 * for a working day (default today): active employees with nothing submitted or approved, minus
 * those excused by an approved request (leave, sick, izin, tugas belajar, a dispensasi from the
 * activity log). Drafts not yet submitted are counted beside the name. Searched, filtered by
 * unit, sorted and paged in the query; `semua` for the XLSX export.
 */
export async function belumIsiAktivitas(ctx: Konteks, masukan: unknown = {}, semua = false) {
  const f = uraikan(skemaBelumIsi, masukan);
  const l = lingkup(ctx, 'aktivitas:baca');
  const tanggal = f.tanggal ?? hariIniIso(ctx.sekarang(), ctx.zona);
  const kal = await kalenderPegawai(ctx.db, ctx.instansiId, 0, tanggal, tanggal);
  if (!kal.hariKerja(tanggal)) {
    return { total: 0, page: f.page ?? 1, limit: f.limit, items: [], tanggal, hariKerja: false,
      keterangan: `${formatTanggal(tanggal)} bukan hari kerja (${kal.alasanLibur?.(tanggal) ?? 'libur'}).` };
  }
  const syarat = sql`p.instansi_id = ${ctx.instansiId} and p.kedudukan = 'aktif' and ${syaratLingkup(l)}
    ${f.unitId ? sql`and p.jalur_unit like (select o.jalur from unit_organisasi o where o.instansi_id = ${ctx.instansiId} and o.id = ${f.unitId}) || '%'` : sql``}
    ${f.q ? sql`and (p.nama ilike ${`%${f.q}%`} or p.nip like ${`${bersihkanNip(f.q)}%`})` : sql``}
    and not exists (select 1 from aktivitas_harian a where a.instansi_id = p.instansi_id and a.pegawai_id = p.id and a.tanggal = ${tanggal}::date
                      and a.status in ('diajukan', 'disetujui'))
    and not exists (select 1 from usulan_cuti c join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
                     where c.instansi_id = p.instansi_id and c.pegawai_id = p.id and u.status = 'selesai' and c.dari <= ${tanggal}::date and c.sampai >= ${tanggal}::date
                       and (c.jenis = any(${JENIS_BEBAS}::text[]) or c.lingkup_dispensasi in ('aktivitas', 'keduanya')))`;
  const h = await halamanSql<{ pegawaiId: number, nip: string, nama: string, unit: string | null, konsep: number }, (typeof URUT_BELUM_ISI)[number]>(ctx,
    semua ? { ...f, page: undefined } : { ...f, page: f.page ?? 1 }, {
    kolom: sql`p.id as "pegawaiId", p.nip, p.nama, (select o.nama from unit_organisasi o where o.instansi_id = p.instansi_id and o.id = p.unit_id) as unit,
        (select count(*)::int from aktivitas_harian a where a.instansi_id = p.instansi_id and a.pegawai_id = p.id and a.tanggal = ${tanggal}::date and a.status = 'konsep')
          as konsep`,
    dari: sql`from pegawai p`,
    syarat,
    urut: { nama: sql`p.nama`, nip: sql`p.nip`, unit: sql`p.jalur_unit` },
    bawaan: 'nama',
    pemutus: sql`p.id`,
  });
  return { ...h, tanggal, hariKerja: true, keterangan: `${h.total} pegawai belum mengajukan aktivitas ${formatTanggal(tanggal)}.` };
}

/** The same list as XLSX (every row of the search and filters), audited. */
export async function eksporBelumIsi(ctx: Konteks, masukan: unknown = {}) {
  const d = await belumIsiAktivitas(ctx, masukan, true);
  type Baris = (typeof d.items)[number];
  const isi = await tabelKeXlsx<Baris>({ judul: `Belum mengisi aktivitas harian ${formatTanggal(d.tanggal)}`, keterangan: d.keterangan, namaLembar: 'Belum mengisi', kolom: [
    { judul: 'NIP', nilai: (r) => r.nip, teks: true, lebar: 21 },
    { judul: 'Nama', nilai: (r) => r.nama, lebar: 32 },
    { judul: 'Unit kerja', nilai: (r) => r.unit, lebar: 36 },
    { judul: 'Konsep belum diajukan', nilai: (r) => r.konsep, lebar: 12 },
  ], baris: d.items });
  await catatAudit(ctx, { aksi: 'aktivitas.ekspor', entitas: 'aktivitas_harian', sesudah: { tanggal: d.tanggal, jumlah: d.total } });
  return { namaBerkas: `belum-isi-aktivitas-${d.tanggal}.xlsx`, isi };
}
