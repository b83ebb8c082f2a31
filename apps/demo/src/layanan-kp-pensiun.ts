import { sql, type Db } from '@simasn/db';
import { awalBulanBerikutnya, periodeKpBerikutnya, type Penduduk } from '@simasn/domain';
import { ambilKeluargaPegawai } from '@simasn/kepegawaian';
import { ajukanKenaikanPangkat, ajukanUsulanLayanan, ambilUsulanLayanan, daftarKenaikanPangkat, daftarPensiun, DOKUMEN_KP, DOKUMEN_PENSIUN, lampirkanDokumenUsulan,
  prosesUsulanLayanan, simpanPendudukLokal } from '@simasn/layanan';
import { konteksSistem, type Konteks } from '@simasn/platform';
import { HARI_INI, tambahHari } from './karier.ts';
import { konteksAkunDemo } from './konteks-akun.ts';
import { pdfContoh } from './pdf-contoh.ts';

/**
 * Kenaikan pangkat and pension requests of the demo in every state, made through the same
 * actions the app uses, by the demo accounts, on a fixed demo clock (two weeks after HARI_INI):
 * KP for the next period (submitted without documents, waiting for BKD, returned, rejected, SK
 * issued and waiting for the TMT) and for the current one (completed: the new riwayat golongan
 * written); pension requests at every step from the file to the TMT. The local population
 * register gets the family cards of the employees on the pension list, a few with a difference.
 */
const labelDokumen = (kode: string) => [...DOKUMEN_KP, ...DOKUMEN_PENSIUN].find((d) => d.kode === kode)?.label ?? kode;
const JAM = new Date(`${HARI_INI.slice(0, 8)}16T03:00:00Z`);

const lampirkanSemua = async (ctx: Konteks, id: number, kode: readonly string[]) => {
  for (const k of kode) await lampirkanDokumenUsulan(ctx, id, k, { namaBerkas: `${k}.pdf`, isi: await pdfContoh(labelDokumen(k)) });
};
const versi = async (ctx: Konteks, id: number) => (await ambilUsulanLayanan(ctx, id)).versi;

/** Family cards for the pension list: the employee and their keluarga; every third card differs in one child's birth date. */
async function isiKependudukan(db: Db, instansiId: number, pegawaiId: number[]) {
  const ctx = konteksSistem(db, instansiId, 'demo');
  for (const [i, id] of pegawaiId.entries()) {
    const p = await db.one<{ nama: string, tanggal_lahir: string, jenis_kelamin: 'L' | 'P' }>(sql`
      select nama, tanggal_lahir, jenis_kelamin from pegawai where instansi_id = ${instansiId} and id = ${id}`);
    const { nik, keluarga } = await ambilKeluargaPegawai(ctx, id);
    if (!nik) continue;
    const kk = `${nik.slice(0, 6)}${String(100000 + id).slice(-6)}0001`.slice(0, 16);
    const orang: Omit<Penduduk, 'meninggal'>[] = [{ nik, noKk: kk, nama: p.nama.toUpperCase(), tanggalLahir: p.tanggal_lahir, jenisKelamin: p.jenis_kelamin,
      hubungan: 'kepala_keluarga' }];
    let anakPertama = true;
    for (const k of keluarga) {
      if (!k.nik || !['suami', 'istri', 'anak'].includes(k.hubungan)) continue;
      const geser = i % 3 === 0 && k.hubungan === 'anak' && anakPertama && k.tanggalLahir;
      if (k.hubungan === 'anak') anakPertama = false;
      orang.push({ nik: k.nik, noKk: kk, nama: k.nama.toUpperCase(), tanggalLahir: geser ? tambahHari(k.tanggalLahir!, 1) : k.tanggalLahir,
        jenisKelamin: k.jenisKelamin as 'L' | 'P' | null, hubungan: k.hubungan as Penduduk['hubungan'] });
    }
    await simpanPendudukLokal(db, instansiId, orang);
  }
}

export async function buatLayananKpPensiunDemo(db: Db, instansiId: number): Promise<void> {
  const opd = await konteksAkunDemo(db, instansiId, 'admin.dindik', JAM);
  const opd2 = await konteksAkunDemo(db, instansiId, 'admin.dinkes', JAM);
  const verif = await konteksAkunDemo(db, instansiId, 'verifikator', JAM);
  const bkd = await konteksAkunDemo(db, instansiId, 'admin.bkd', JAM);
  const hariIni = JAM.toISOString().slice(0, 10);

  // Kenaikan pangkat: the next period in every open state, the current one completed.
  const periode = periodeKpBerikutnya(awalBulanBerikutnya(hariIni))!;
  const reguler = async (ctx: Konteks) =>
    (await daftarKenaikanPangkat(ctx, { periode })).memenuhi.filter((r) => r.hasil.memenuhiSyarat && r.hasil.jenis === 'reguler').map((r) => r.nip);
  const calon = [await reguler(opd), await reguler(opd2)];
  const kp = async (ctx: Konteks, nip: string, p = periode) => (await ajukanKenaikanPangkat(ctx, { periode: p, pegawai: [{ nip }] }))[0]!.id;
  const wajibKp = DOKUMEN_KP.filter((d) => d.wajib).map((d) => d.kode);
  const keadaanKp = ['pengajuan', 'verifikasi', 'dikembalikan', 'ditolak', 'penetapan', 'verifikasi'] as const;
  const dipakai = new Set<string>();
  for (const [i, keadaan] of keadaanKp.entries()) {
    const nip = calon[i % 2]![Math.floor(i / 2)];
    if (!nip) continue;
    dipakai.add(nip);
    const ctx = i % 2 ? opd2 : opd;
    const id = await kp(ctx, nip);
    if (keadaan === 'pengajuan') continue;
    await lampirkanSemua(ctx, id, wajibKp);
    await prosesUsulanLayanan(ctx, id, { aksi: 'teruskan', versi: await versi(ctx, id) });
    if (keadaan === 'dikembalikan') {
      await prosesUsulanLayanan(verif, id, { aksi: 'kembalikan', versi: await versi(verif, id), alasan: 'SKP tahun terakhir belum ditandatangani pejabat penilai; unggah ulang.' });
    } else if (keadaan === 'ditolak') {
      await prosesUsulanLayanan(verif, id, { aksi: 'tolak', versi: await versi(verif, id), alasan: 'Pegawai sedang diusulkan mutasi ke instansi lain.' });
    } else if (keadaan === 'penetapan') {
      await prosesUsulanLayanan(verif, id, { aksi: 'teruskan', versi: await versi(verif, id) });
    }
  }
  // Completed: the current period (TMT already passed on the demo clock).
  const kini = periodeKpBerikutnya(`${hariIni.slice(0, 8)}01`)!;
  const selesai = (await daftarKenaikanPangkat(opd, { periode: kini })).memenuhi.find((r) => r.hasil.memenuhiSyarat && r.hasil.jenis === 'reguler' && !dipakai.has(r.nip));
  if (selesai && kini <= hariIni) {
    const id = await kp(opd, selesai.nip, kini);
    await lampirkanSemua(opd, id, wajibKp);
    await prosesUsulanLayanan(opd, id, { aksi: 'teruskan', versi: await versi(opd, id) });
    await prosesUsulanLayanan(verif, id, { aksi: 'teruskan', versi: await versi(verif, id) });
    await prosesUsulanLayanan(bkd, id, { aksi: 'setujui', versi: await versi(bkd, id) });
  }

  // Pensiun: the BUP list of two OPDs, one request per step.
  const dariOpd = (await daftarPensiun(opd, {})).pegawai;
  const daftar = [...dariOpd, ...(await daftarPensiun(opd2, {})).pegawai];
  await isiKependudukan(db, instansiId, daftar.map((p) => p.pegawaiId));
  const wajibPensiun = DOKUMEN_PENSIUN.filter((d) => d.wajib && !d.arsip).map((d) => d.kode);
  const langkah = ['pengajuan', 'verifikasi', 'dikembalikan', 'usulan_bkn', 'sk', 'penyerahan', 'tmt'] as const;
  for (const [i, keadaan] of langkah.entries()) {
    const p = daftar[i];
    if (!p) break;
    const ctx = i < dariOpd.length ? opd : opd2;
    const id = (await ajukanUsulanLayanan(ctx, { jenis: 'pensiun', nip: p.nip })).id;
    if (keadaan === 'pengajuan') {
      await lampirkanDokumenUsulan(ctx, id, 'dpcp', { namaBerkas: 'dpcp.pdf', isi: await pdfContoh(labelDokumen('dpcp')) });
      continue;
    }
    await lampirkanSemua(ctx, id, [...wajibPensiun, ...DOKUMEN_PENSIUN.filter((d) => d.wajib && d.arsip).map((d) => d.kode)]);
    await prosesUsulanLayanan(ctx, id, { aksi: 'teruskan', versi: await versi(ctx, id) });
    if (keadaan === 'verifikasi') continue;
    if (keadaan === 'dikembalikan') {
      await prosesUsulanLayanan(verif, id, { aksi: 'kembalikan', versi: await versi(verif, id),
        alasan: 'Data anak pada kartu keluarga berbeda dengan data kependudukan; perbaiki data keluarga.' });
      continue;
    }
    // Past a flagged family difference the verifier writes why (the engine refuses it otherwise).
    await prosesUsulanLayanan(verif, id, { aksi: 'teruskan', versi: await versi(verif, id),
      alasan: 'Perbedaan data keluarga sudah dicek dengan akta dan surat keterangan; berkas lengkap.' });
    if (keadaan === 'usulan_bkn') continue;
    await prosesUsulanLayanan(bkd, id, { aksi: 'teruskan', versi: await versi(bkd, id),
      data: { tanggalUsulBkn: hariIni, nomorUsulBkn: `PENS-${String(1000 + i)}/BKN/${hariIni.slice(0, 4)}` } });
    if (keadaan === 'sk') continue;
    await lampirkanDokumenUsulan(bkd, id, 'sk_pensiun', { namaBerkas: 'sk-pensiun.pdf', isi: await pdfContoh(labelDokumen('sk_pensiun')) });
    await prosesUsulanLayanan(bkd, id, { aksi: 'teruskan', versi: await versi(bkd, id),
      data: { nomorSkPensiun: `${String(2000 + i)}/KEP/AY/13001/${hariIni.slice(2, 4)}`, tanggalSkPensiun: hariIni } });
    if (keadaan === 'penyerahan') continue;
    await prosesUsulanLayanan(bkd, id, { aksi: 'teruskan', versi: await versi(bkd, id), data: { tanggalPenyerahan: hariIni, diterimaOleh: p.nama } });
  }
}
