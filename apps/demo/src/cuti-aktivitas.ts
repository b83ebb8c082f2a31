import { sql, type Db } from '@simasn/db';
import { tambahHari } from '@simasn/domain';
import { ajukanAktivitas, putuskanAktivitas, simpanAktivitas } from '@simasn/aktivitas';
import { ajukanCuti, hariDalamMinggu, prosesCuti } from '@simasn/cuti';
import { HARI_INI } from './karier.ts';
import { konteksAkunDemo } from './konteks-akun.ts';

/** 09.00 WIB of a day (the demo kabupaten is in WIB). */
const pukul = (tanggal: string, jam = '02:00') => new Date(`${tanggal}T${jam}:00Z`);

const URAIAN = [
  ['Memverifikasi berkas usulan kenaikan pangkat', 'berkas'],
  ['Menyusun draf surat keputusan mutasi', 'dokumen'],
  ['Memperbarui data riwayat jabatan pegawai', 'data'],
  ['Menjawab konsultasi kepegawaian ASN', 'layanan'],
  ['Menyiapkan bahan rapat koordinasi bidang', 'dokumen'],
  ['Merekap usulan diklat teknis', 'rekap'],
  ['Mengarsipkan SK pangkat yang terbit', 'berkas'],
  ['Menginput realisasi kinerja tribulan', 'laporan'],
] as const;

/**
 * Leave requests and daily activities of the demo's BKPSDM bidang, through the module actions
 * by the demo accounts on the demo clock: the plain ASN has taken cuti tahunan in September and
 * an izin in October (approved) and waits for the atasan on a December request; teammates have an
 * approved dinas luar with its check-in point and a waiting request; the team recorded the last
 * working week before the demo's today, the atasan approved most of it in bulk (one rejected with
 * a reason) and the last day waits in the atasan's inbox. Small on purpose: the demo stays fast.
 */
export async function buatCutiAktivitasDemo(db: Db, instansiId: number, akun: { namaPengguna: string, peran: string[] }[]) {
  const asnNip = akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.includes('atasan'))?.namaPengguna;
  const atasanNip = akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && a.peran.includes('atasan'))?.namaPengguna;
  if (!asnNip || !atasanNip) return { cuti: 0, aktivitas: 0 };
  const tim = await db.many<{ nip: string }>(sql`
    select p.nip from pegawai p join pegawai s on s.instansi_id = p.instansi_id and s.nip = ${atasanNip}
     where p.instansi_id = ${instansiId} and p.kedudukan = 'aktif' and p.id <> s.id and p.jalur_unit like s.jalur_unit || '%'
       and exists (select 1 from akun a where a.instansi_id = p.instansi_id and a.pegawai_id = p.id)
     order by (p.nip = ${asnNip}) desc, p.id limit 5`);
  const sebagai = (nip: string, tanggal: string, jam?: string) => konteksAkunDemo(db, instansiId, nip, pukul(tanggal, jam));
  let cuti = 0;
  const setujui = async (nip: string, tanggalAju: string, masukan: Parameters<typeof ajukanCuti>[1], putus: boolean) => {
    const u = await ajukanCuti(await sebagai(nip, tanggalAju), masukan);
    cuti++;
    if (putus) await prosesCuti(await sebagai(atasanNip, tanggalAju, '04:00'), u.id, { aksi: 'setujui', versi: u.versi });
  };
  await setujui(asnNip, '2026-09-01', { jenis: 'cuti_tahunan', dari: '2026-09-14', sampai: '2026-09-16', alasan: 'Menghadiri pernikahan adik di Malang',
    alamatSelama: 'Jl. Ijen 12, Malang' }, true);
  await setujui(asnNip, '2026-10-19', { jenis: 'izin', dari: '2026-10-20', sampai: '2026-10-20', alasan: 'Mengurus dokumen kependudukan keluarga' }, true);
  await setujui(asnNip, HARI_INI, { jenis: 'cuti_tahunan', dari: '2026-12-21', sampai: '2026-12-23', alasan: 'Libur akhir tahun bersama keluarga', alamatSelama: 'Sukamaju' },
    false);
  const [, satu, dua] = tim.map((t) => t.nip);
  if (satu) {
    await setujui(satu, '2026-10-28', { jenis: 'dinas_luar', dari: '2026-11-03', sampai: '2026-11-04', alasan: 'Rapat koordinasi kepegawaian di BKD Provinsi',
      tujuan: 'Kantor BKD Provinsi', lat: -7.2575, lon: 112.7521, radiusMeter: 200 }, true);
  }
  if (dua) await setujui(dua, HARI_INI, { jenis: 'cuti_alasan_penting', dari: '2026-11-09', sampai: '2026-11-10', alasan: 'Orang tua dirawat di rumah sakit' }, false);

  // The last working week before the demo's today: two activities a day per teammate.
  const hari: string[] = [];
  for (let t = tambahHari(HARI_INI, -1); hari.length < 5; t = tambahHari(t, -1)) if (hariDalamMinggu(t) % 6 !== 0) hari.unshift(t);
  let aktivitas = 0;
  const diajukan: number[] = [];
  for (const [i, { nip }] of tim.entries()) {
    for (const [j, t] of hari.entries()) {
      const ctx = await sebagai(nip, t, '09:30');
      const ids: number[] = [];
      for (const k of [0, 1]) {
        const [uraian, satuan] = URAIAN[(i * 3 + j * 2 + k) % URAIAN.length]!;
        const a = await simpanAktivitas(ctx, { tanggal: t, uraian, kuantitas: 1 + ((i + j + k) % 4), satuan, jamMulai: k ? '13:00' : '08:00', jamSelesai: k ? '15:30' : '11:30' });
        ids.push(a.id);
        aktivitas++;
      }
      await ajukanAktivitas(ctx, { ids });
      if (j < hari.length - 1) diajukan.push(...ids);
    }
  }
  // The atasan approves the week but its last day in bulk, and rejects one with a reason.
  const ditolak = diajukan.splice(3, 1);
  const atasan = await sebagai(atasanNip, hari.at(-1)!, '08:00');
  if (diajukan.length) await putuskanAktivitas(atasan, { ids: diajukan, keputusan: 'setujui' });
  if (ditolak.length) await putuskanAktivitas(atasan, { ids: ditolak, keputusan: 'tolak', alasan: 'Uraian terlalu umum; sebutkan berkas siapa yang diverifikasi.' });
  return { cuti, aktivitas };
}
