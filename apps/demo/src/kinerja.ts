import { sql, type Db } from '@simasn/db';
import { ajukanSkp, ambilRhkDariPk, buatSkp, pilihanRhk, setujuiSkp, simpanEkspektasi, simpanRealisasiSkp, simpanRhk, tambahDialog, tambahUmpanBalik } from '@simasn/kinerja';
import { konteksAkunDemo } from './konteks-akun.ts';

const TAHUN = 2026;
const pukul = (tanggal: string, jam = '02:00') => new Date(`${tanggal}T${jam}:00Z`);

const RHK_STAF = [
  ['Tersusunnya berkas usulan mutasi dan promosi yang lengkap', 'Jumlah berkas usulan yang diproses', 120, 'berkas'],
  ['Terlaksananya pemutakhiran data riwayat jabatan pegawai', 'Jumlah data riwayat jabatan yang dimutakhirkan', 600, 'data'],
  ['Tersusunnya rekapitulasi usulan pengembangan kompetensi', 'Jumlah rekapitulasi yang disusun', 12, 'rekap'],
] as const;

/**
 * SKP 2026 in progress for BKPSDM, cascaded from the existing Perjanjian Kinerja, through the
 * module's actions by the demo accounts on the demo clock: the Kepala takes his RHK from his PK
 * (agreed by the kepala daerah through the pimpinan account), every Kepala Bidang intervenes
 * them (agreed by the Kepala); in the demo atasan's team one staff member has an agreed SKP with
 * realisasi, feedback and a dialog kinerja, another waits for the atasan's agreement, and the
 * demo ASN has none yet (the journey the e2e test walks). Small on purpose: the demo stays fast.
 */
export async function buatKinerjaDemo(db: Db, instansiId: number, akun: { namaPengguna: string, peran: string[] }[]) {
  const asnNip = akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.includes('atasan'))?.namaPengguna;
  const atasanNip = akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && a.peran.includes('atasan') && a.namaPengguna !== asnNip)?.namaPengguna;
  const pemegang = await db.many<{ kode: string, nip: string }>(sql`
    select j.kode, p.nip from jabatan j join pegawai p on p.instansi_id = j.instansi_id and p.jabatan_id = j.id and p.kedudukan = 'aktif'
      join akun a on a.instansi_id = p.instansi_id and a.pegawai_id = p.id
     where j.instansi_id = ${instansiId} and j.kode ~ '^JS\\.BKPSDM(\\.0[1-5])?$' order by j.kode, p.id`);
  const kepala = pemegang.find((p) => p.kode === 'JS.BKPSDM')?.nip;
  if (!kepala || !asnNip || !atasanNip) return { skp: 0 };
  const sebagai = (nip: string, tanggal: string, jam?: string) => konteksAkunDemo(db, instansiId, nip, pukul(tanggal, jam));
  let jumlah = 0;

  // The Kepala: RHK from his PK in one click, agreed by the kepala daerah.
  const k0 = await buatSkp(await sebagai(kepala, '2026-02-05'), { tahun: TAHUN });
  const pk = (await pilihanRhk(await sebagai(kepala, '2026-02-05'), k0.id)).pk;
  if (!pk) return { skp: 0 };
  const k1 = await ambilRhkDariPk(await sebagai(kepala, '2026-02-05'), k0.id, { versi: k0.versi, pkId: pk.pkId, indikatorIds: pk.indikator.slice(0, 4).map((i) => i.indikatorId) });
  const k2 = await ajukanSkp(await sebagai(kepala, '2026-02-05', '03:00'), k0.id, { versi: k1.versi });
  await setujuiSkp(await sebagai('pimpinan', '2026-02-06'), k0.id, { versi: k2.versi, setuju: true });
  jumlah++;

  // Every Kepala Bidang intervenes one of the Kepala's RHK; the Kepala sets an expectation and agrees.
  const rhkKepala = k1.rhk.map((r) => r.akarId);
  for (const [i, b] of pemegang.filter((p) => p.kode !== 'JS.BKPSDM').entries()) {
    const s = await buatSkp(await sebagai(b.nip, '2026-02-09'), { tahun: TAHUN });
    const unit = s.pegawai.unit ?? 'bidang';
    const r = await simpanRhk(await sebagai(b.nip, '2026-02-09'), s.id, { versi: s.versi, jenis: 'utama', uraian: `Terlaksananya program dan kegiatan ${unit}`,
      rhkAtasanAkarId: rhkKepala[i % rhkKepala.length]!, indikator: [
        { aspek: 'kuantitas', uraian: 'Persentase kegiatan bidang yang terlaksana', pendekatan: 'kuantitatif', targetMin: 100, satuan: '%' },
        { aspek: 'waktu', uraian: 'Ketepatan waktu pelaporan kinerja bidang', pendekatan: 'kuantitatif', targetMin: 12, satuan: 'bulan' },
      ] });
    const a = await ajukanSkp(await sebagai(b.nip, '2026-02-09', '03:00'), s.id, { versi: r.versi });
    const e = await simpanEkspektasi(await sebagai(kepala, '2026-02-10'), s.id, { versi: a.versi,
      perilaku: [{ kode: 'akuntabel', ekspektasiKhusus: 'Laporan kinerja bidang tepat waktu setiap triwulan' }] });
    await setujuiSkp(await sebagai(kepala, '2026-02-10', '03:00'), s.id, { versi: e.versi, setuju: true });
    jumlah++;
  }

  // The demo atasan's team: one agreed SKP through the year, one waiting; the demo ASN has none.
  const tim = await db.many<{ nip: string }>(sql`
    select p.nip from pegawai p join pegawai s on s.instansi_id = p.instansi_id and s.nip = ${atasanNip}
      join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
     where p.instansi_id = ${instansiId} and p.kedudukan = 'aktif' and p.id <> s.id and p.nip <> ${asnNip} and j.jenis <> 'struktural'
       and p.jalur_unit like s.jalur_unit || '%' and exists (select 1 from akun a where a.instansi_id = p.instansi_id and a.pegawai_id = p.id)
     order by p.id limit 2`);
  const rhkAtasan = (await db.many<{ akarId: number }>(sql`
    select r.akar_id as "akarId" from skp_rhk r join skp s on s.instansi_id = r.instansi_id and s.id = r.skp_id join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
     where r.instansi_id = ${instansiId} and p.nip = ${atasanNip} and s.tahun = ${TAHUN} order by r.id`)).map((r) => r.akarId);
  for (const [i, t] of tim.entries()) {
    const s = await buatSkp(await sebagai(t.nip, '2026-02-12'), { tahun: TAHUN });
    const [uraian, indikator, target, satuan] = RHK_STAF[i % RHK_STAF.length]!;
    const r = await simpanRhk(await sebagai(t.nip, '2026-02-12'), s.id, { versi: s.versi, jenis: 'utama', uraian, rhkAtasanAkarId: rhkAtasan[0]!, indikator: [
      { aspek: 'kuantitas', uraian: indikator, pendekatan: 'kuantitatif', targetMin: target, satuan },
      { aspek: 'kualitas', uraian: 'Hasil kerja sesuai ketentuan', pendekatan: 'kualitatif', targetTeks: 'Tanpa perbaikan dari pimpinan' },
    ] });
    const a = await ajukanSkp(await sebagai(t.nip, '2026-02-12', '03:00'), s.id, { versi: r.versi });
    jumlah++;
    if (i > 0) continue;
    const ok = await setujuiSkp(await sebagai(atasanNip, '2026-02-13'), s.id, { versi: a.versi, setuju: true });
    const akar = ok.rhk[0]!.akarId;
    for (const [tw, tanggal, capai] of [['tw1', '2026-04-03', 31], ['tw2', '2026-07-03', 33], ['tw3', '2026-10-05', 30]] as const) {
      await simpanRealisasiSkp(await sebagai(t.nip, tanggal), s.id, { rhkAkarId: akar, periode: tw, realisasi: `${capai} ${satuan} diselesaikan`, nilai: capai });
    }
    await tambahUmpanBalik(await sebagai(atasanNip, '2026-04-06'), s.id, { rhkAkarId: akar, periode: 'tw1', isi: 'Capaian sesuai rencana; jaga kelengkapan berkas.' });
    await tambahDialog(await sebagai(atasanNip, '2026-07-08'), s.id, { tanggal: '2026-07-08', catatan: 'Evaluasi semester I: capaian sesuai target, beberapa berkas terlambat.',
      tindakLanjut: 'Memakai daftar periksa berkas dan melapor setiap Jumat.' });
  }
  return { skp: jumlah };
}
