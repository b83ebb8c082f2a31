import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { galatAplikasi, fixturePerBerkas, NIP } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { bacaPdf } from '@simasn/platform/dokumen/baca';
import { tambahRiwayat } from '@simasn/kepegawaian';
import { lampirkanDokumenUsulan } from '@simasn/layanan';
import { ajukanUsulanLayanan, prosesUsulanLayanan } from '@simasn/platform/alur';
import { PDF } from '@simasn/kepegawaian/uji';
import { bukaKursus, cabutSertifikat, cetakSertifikat, daftarJp, daftarKursus, eksporJp, ikutiKursus, jpPegawai, katalogKursus, kirimKuis, selesaiModul, simpanKursus,
  ubahStatusKursus, kursusPengembangan, unduhPdfModul, unggahPdfModul, verifikasiSertifikat } from '../src/index.ts';
import { KONTRAK_PEMBELAJARAN as K } from '../src/kontrak.ts';

/**
 * E-learning on a real database (PGlite, and PostgreSQL with TEST_DATABASE_URL): BKD builds two
 * courses (the second needs the first and is for BKPSDM only), an ASN fails then passes the quiz,
 * reads the rest and completes: the certificate is issued, the riwayat diklat written once (with
 * its SIASN kind and source), the public check answers; the 20 JP count reads it together with a
 * typed-in riwayat (the same certificate number counted once) and the list within each reach.
 */
const fx = fixturePerBerkas();
const pada = (ctx: Konteks, iso: string): Konteks => ({ ...ctx, sekarang: () => new Date(iso) });
const WAKTU = '2026-05-06T03:00:00Z';
let bkd: Konteks;
let bkpsdm: Konteks;
let dinkes: Konteks;
let andi: Konteks;
let citra: Konteks;
let publik: Konteks;
const kursus = { dasar: 0, lanjut: 0 };
const modul = { teks: 0, video: 0, kuis: 0, pdf: 0 };
const soal: number[] = [];

const KURSUS_DASAR = { kode: 'ETIKA-01', judul: 'Etika dan Integritas ASN', deskripsi: 'Nilai dasar BerAKHLAK.', penyelenggara: 'BKPSDM Kabupaten Uji', jenisDiklat: 16,
  jenisIpAsn: 'teknis', jp: 20, kompetensi: ['integritas'], modul: [
    { judul: 'Nilai dasar ASN', jenis: 'teks', isi: 'ASN BerAKHLAK: berorientasi pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif.' },
    { judul: 'Video pengantar', jenis: 'video', isi: 'https://www.youtube.com/watch?v=abc123' },
    { judul: 'Kuis akhir', jenis: 'kuis', nilaiLulus: 100, soal: [
      { pertanyaan: 'Huruf A pada BerAKHLAK adalah', pilihan: ['Akuntabel', 'Aktif', 'Amanah'], kunci: [0], pembahasan: 'A = Akuntabel.' },
      { pertanyaan: 'Yang termasuk nilai dasar (pilih semua)', pilihan: ['Harmonis', 'Loyal', 'Lambat'], kunci: [0, 1], pembahasan: 'Harmonis dan Loyal.' },
    ] },
  ] };

beforeAll(async () => {
  bkd = pada(await fx.ctx('admin.bkd'), WAKTU);
  bkpsdm = pada(await fx.ctx('admin.bkpsdm'), WAKTU);
  dinkes = pada(await fx.ctx('admin.dinkes'), WAKTU);
  andi = pada(await fx.ctx(NIP.a1), WAKTU);
  citra = pada(await fx.ctx(NIP.b1), WAKTU);
  publik = { ...andi, pemanggil: null };
});

describe('kursus (pengelola BKD)', () => {
  it('refuses bad input (422), other roles (403), and saves a course with modules and quiz', async () => {
    expect((await galatAplikasi(simpanKursus(andi, null, KURSUS_DASAR))).status).toBe(403);
    expect((await galatAplikasi(simpanKursus(bkpsdm, null, KURSUS_DASAR))).status).toBe(403);
    const salah = await galatAplikasi(simpanKursus(bkd, null, { ...KURSUS_DASAR, jenisDiklat: 26, modul: [
      { judul: 'Video', jenis: 'video', isi: 'http://contoh.test/video' },
      { judul: 'Kuis', jenis: 'kuis', nilaiLulus: 70, soal: [] },
    ] }));
    expect(salah.status).toBe(422);
    const masalah = (salah.rincian as { kolom: string }[]).map((m) => m.kolom);
    expect(masalah).toContain('jenisDiklat');
    const salah2 = await galatAplikasi(simpanKursus(bkd, null, { ...KURSUS_DASAR, modul: [
      { judul: 'Video', jenis: 'video', isi: 'http://contoh.test/video' },
      { judul: 'Kuis', jenis: 'kuis', nilaiLulus: 70, soal: [] },
    ] }));
    expect((salah2.rincian as { kolom: string }[]).map((m) => m.kolom)).toEqual(['modul.0.isi', 'modul.1.soal']);

    kursus.dasar = (await simpanKursus(bkd, null, KURSUS_DASAR)).id;
    expect((await galatAplikasi(simpanKursus(bkd, null, KURSUS_DASAR))).status).toBe(422); // the code is taken
    kursus.lanjut =
      (await simpanKursus(bkd, null, { ...KURSUS_DASAR, kode: 'ETIKA-02', judul: 'Etika Lanjutan', jp: 4, jenisDiklat: 17, sasaran: 'unit', sasaranId: [fx.unit.bkpsdm],
        prasyarat: [kursus.dasar], modul: [{ judul: 'Bahan bacaan', jenis: 'pdf', isi: 'Unduh dan baca.' }] })).id;
    // A cycle is refused.
    const siklus = await galatAplikasi(simpanKursus(bkd, kursus.dasar, { ...KURSUS_DASAR, prasyarat: [kursus.lanjut] }));
    expect(siklus.status).toBe(422);
    expect(siklus.message).toBe('Prasyarat tidak sah.');

    const d = await daftarKursus(bkd, { page: 1 });
    expect(d.items.map((k) => [k.kode, k.status, k.modul])).toEqual([['ETIKA-02', 'draf', 1], ['ETIKA-01', 'draf', 3]]);
    const m = await fx.db.many<{ id: number, jenis: string }>(sql`select id::int as id, jenis from kursus_modul order by id`);
    modul.teks = m[0]!.id;
    modul.video = m[1]!.id;
    modul.kuis = m[2]!.id;
    modul.pdf = m[3]!.id;
  });

  it('publishes only a complete course; a PDF module needs its file (a real PDF, at most 10 MB)', async () => {
    // A draft develops nothing yet: the competency suggestion offers published courses only.
    expect((await kursusPengembangan(andi, ['integritas'])).size).toBe(0);
    expect((await galatAplikasi(ubahStatusKursus(bkd, kursus.lanjut, { status: 'terbit' }))).message).toBe('Berkas PDF modul "Bahan bacaan" belum diunggah.');
    expect((await galatAplikasi(unggahPdfModul(bkd, kursus.lanjut, modul.pdf, { namaBerkas: 'x.pdf', isi: Buffer.from('bukan pdf') }))).status).toBe(422);
    await unggahPdfModul(bkd, kursus.lanjut, modul.pdf, { namaBerkas: 'bahan.pdf', isi: Buffer.from('%PDF-1.4\n%%EOF') });
    await ubahStatusKursus(bkd, kursus.lanjut, { status: 'terbit' });
    await ubahStatusKursus(bkd, kursus.dasar, { status: 'terbit' });
    const saran = await kursusPengembangan(andi, ['integritas', 'perekat_bangsa']);
    expect(saran.get('integritas')).toContainEqual({ id: String(kursus.dasar), judul: 'Etika dan Integritas ASN', jp: 20, alamat: `/pembelajaran/kursus/${kursus.dasar}` });
    expect(saran.get('integritas')!.map((k) => Number(k.id)).sort()).toEqual([kursus.dasar, kursus.lanjut].sort());
    expect(saran.has('perekat_bangsa')).toBe(false);
  });
});

describe('belajar (ASN)', () => {
  it('shows the catalogue within the audience, with prerequisites; refuses enrolment before them', async () => {
    const k = await katalogKursus(andi, {});
    expect(k.items.map((x) => [x.kode, x.status, x.prasyaratKurang])).toEqual([['ETIKA-02', 'belum', ['Etika dan Integritas ASN']], ['ETIKA-01', 'belum', []]]);
    expect((await galatAplikasi(ikutiKursus(andi, kursus.lanjut))).message).toBe('Kursus ini memerlukan kursus yang belum Anda selesaikan: Etika dan Integritas ASN.');
    // Citra (Dinkes) is outside the second course's audience: it is not there for her.
    expect((await katalogKursus(citra, {})).items.map((x) => x.kode)).toEqual(['ETIKA-01']);
    expect((await galatAplikasi(bukaKursus(citra, kursus.lanjut))).status).toBe(404);
    expect((await galatAplikasi(katalogKursus(bkd, {}))).status).toBe(403);
  });

  it('fails then passes the quiz, reads the modules, completes: certificate and riwayat diklat once', async () => {
    expect((await galatAplikasi(selesaiModul(andi, kursus.dasar, modul.teks))).message).toBe('Ikuti kursus ini terlebih dahulu.');
    expect(await ikutiKursus(andi, kursus.dasar)).toMatchObject({ baru: true });
    expect(await ikutiKursus(andi, kursus.dasar)).toMatchObject({ baru: false });
    const b = await bukaKursus(andi, kursus.dasar);
    expect(b.status).toBe('berjalan');
    const kuis = b.modul.find((m) => m.jenis === 'kuis')!;
    expect(kuis.soal.map((s) => s.ganda)).toEqual([false, true]);
    expect(JSON.stringify(b)).not.toContain('kunci');
    soal.push(...kuis.soal.map((s) => s.id));

    expect((await galatAplikasi(kirimKuis(andi, kursus.dasar, modul.kuis, { jawaban: { [soal[0]!]: [0] } }))).message).toBe('Jawaban belum lengkap.');
    // Half right (the multiple-answer item needs both): below 100, no keys shown.
    const gagal = await kirimKuis(andi, kursus.dasar, modul.kuis, { jawaban: { [soal[0]!]: [0], [soal[1]!]: [0] } });
    expect(gagal).toMatchObject({ benar: 1, jumlah: 2, nilai: 50, lulus: false, selesai: false, persen: 0 });
    expect(gagal.pembahasan.every((p) => p.kunci.length === 0 && p.pembahasan === '')).toBe(true);
    const lulus = await kirimKuis(andi, kursus.dasar, modul.kuis, { jawaban: { [soal[0]!]: [0], [soal[1]!]: [1, 0] } });
    expect(lulus).toMatchObject({ nilai: 100, lulus: true, selesai: false, persen: 33 });
    expect(lulus.pembahasan[1]).toMatchObject({ benar: true, kunci: [0, 1], pembahasan: 'Harmonis dan Loyal.' });

    expect(await selesaiModul(andi, kursus.dasar, modul.teks)).toMatchObject({ selesai: false, persen: 66, sertifikat: null });
    const akhir = await selesaiModul(andi, kursus.dasar, modul.video);
    expect(akhir).toMatchObject({ selesai: true, persen: 100, lulusKursus: true, sertifikat: { nomor: '0001/ETIKA-01/SIMASN/2026' } });
    // Again: nothing more is written.
    await selesaiModul(andi, kursus.dasar, modul.video);
    const r = await fx.db.many(sql`select nama, jenis, jenis_diklat_siasn, jumlah_jp, nomor_sertifikat, sumber, to_char(tanggal_selesai, 'YYYY-MM-DD') as selesai
                                     from riwayat_diklat where pegawai_id = (select id from pegawai where nip = ${NIP.a1})`);
    expect(r).toEqual([{ nama: 'Etika dan Integritas ASN', jenis: 'teknis', jenis_diklat_siasn: 16, jumlah_jp: 20, nomor_sertifikat: '0001/ETIKA-01/SIMASN/2026', sumber: 'kursus',
      selesai: '2026-05-06' }]);
    const audit = await fx.db.many<{ aksi: string }>(sql`select aksi from audit_log where aksi like 'kursus.%' or aksi like 'riwayat_diklat.%' order by id`);
    expect(audit.filter((a) => a.aksi === 'kursus.lulus')).toHaveLength(1);
    expect(audit.filter((a) => a.aksi === 'riwayat_diklat.tambah')).toHaveLength(1);

    // The prerequisite is now met.
    expect(await ikutiKursus(andi, kursus.lanjut)).toMatchObject({ baru: true });
    const pdf = await unduhPdfModul(andi, kursus.lanjut, modul.pdf);
    expect(pdf.isi.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await galatAplikasi(unduhPdfModul(citra, kursus.dasar, modul.teks))).status).toBe(409);
  });

  it('prints the certificate for its holder and the reach, and the public check answers', async () => {
    const { sertifikat } = await bukaKursus(andi, kursus.dasar);
    const kode = sertifikat!.kode;
    expect(kode).toMatch(/^[A-Z0-9]{12}$/);
    const pdf = await cetakSertifikat(andi, { kode }, 'https://simasn.uji.go.id');
    const isiPdf = await bacaPdf(pdf.isi);
    expect(isiPdf.jumlahGambar).toBe(1); // the QR code
    const teks = isiPdf.halaman.join(' ');
    for (const t of ['SERTIFIKAT', '0001/ETIKA-01/SIMASN/2026', 'Andi Saputra', '20 JP', '6 Mei 2026', kode, `https://simasn.uji.go.id/verifikasi-sertifikat/${kode}`]) {
      expect(teks).toContain(t);
    }
    expect((await galatAplikasi(cetakSertifikat(citra, { kode }, 'https://x'))).status).toBe(404);
    expect((await galatAplikasi(cetakSertifikat(dinkes, { kode }, 'https://x'))).status).toBe(404);
    await cetakSertifikat(bkpsdm, { kode }, 'https://x');

    const v = await verifikasiSertifikat(publik, { kode: kode.toLowerCase() });
    expect(v).toEqual({ sah: true, dicabut: false, dicabutPada: null, nomor: '0001/ETIKA-01/SIMASN/2026', nama: 'Andi Saputra', nip: '1990••••••••••1001',
      judulKursus: 'Etika dan Integritas ASN', penyelenggara: 'BKPSDM Kabupaten Uji', jp: 20, tanggalMulai: '6 Mei 2026', tanggalSelesai: '6 Mei 2026',
      instansi: 'Kabupaten Uji' });
    expect((await galatAplikasi(verifikasiSertifikat(publik, { kode: 'ABCDEFGHJKLM' }))).status).toBe(404);
    expect((await galatAplikasi(verifikasiSertifikat(publik, { kode: 'x' }))).status).toBe(422);
  });
});

describe('20 JP', () => {
  it('counts the year from riwayat diklat: the course, a typed-in one, the same certificate once', async () => {
    // A typed-in seminar of 6 JP, and a duplicate entry of the course's certificate with 8 JP (the larger, 20, counts).
    await tambahRiwayat(bkd, NIP.a1, 'diklat', { jenis: 'seminar', nama: 'Seminar Pelayanan Publik', tanggalMulai: '2026-02-10', tanggalSelesai: '2026-02-10', jumlahJp: 6 });
    await tambahRiwayat(bkd, NIP.a1, 'diklat', { jenis: 'teknis', nama: 'Etika (salinan)', tanggalMulai: '2026-05-01', tanggalSelesai: '2026-05-06', jumlahJp: 8,
      nomorSertifikat: '0001/etika-01/simasn/2026' });
    await tambahRiwayat(bkd, NIP.a1, 'diklat', { jenis: 'teknis', nama: 'Diklat tahun lalu', tanggalMulai: '2025-03-01', tanggalSelesai: '2025-03-05', jumlahJp: 30 });
    const j = await jpPegawai(andi, {});
    expect(j).toMatchObject({ nip: NIP.a1, tahun: 2026, target: 20, jp: 26, jpKlasikal: 6, jpNonklasikal: 20, memenuhi: true, kurang: 0 });
    expect(j.kegiatan.map((k) => [k.nama, k.jp, k.dihitung, k.bentuk])).toEqual([['Seminar Pelayanan Publik', 6, true, 'klasikal'], [
      'Etika dan Integritas ASN',
      20,
      true,
      'nonklasikal',
    ], ['Etika (salinan)', 8, false, 'klasikal']]);
    expect(j.kegiatan[2]!.catatan).toContain('sudah dihitung');
    expect(j.kegiatan[1]!.sumber).toBe('Kursus e-learning SIMASN');
    expect((await jpPegawai(andi, { tahun: 2025 })).jp).toBe(30);
    // Someone else's year only within the reach.
    expect((await galatAplikasi(jpPegawai(andi, { nip: NIP.b1 }))).status).toBe(404);
    expect((await jpPegawai(dinkes, { nip: NIP.b1 })).jp).toBe(0);
  });

  it('lists who is below 20 JP within the reach, filtered, paged, exported', async () => {
    const semua = await daftarJp(bkd, { page: 1, urut: 'nama' });
    expect(semua.items.map((b) => [b.nip, b.jp, b.memenuhi])).toEqual([[NIP.a1, 26, true], [NIP.a2, 0, false], [NIP.b1, 0, false]]);
    expect((await daftarJp(bkd, { page: 1, urut: 'jp', arah: 'turun', limit: 1 })).items.map((b) => b.nip)).toEqual([NIP.a1]);
    expect(semua.ringkasan).toMatchObject({ pegawai: 3, memenuhi: 1 });
    const kurang = await daftarJp(bkpsdm, { page: 1, saring: 'kurang' });
    expect(kurang.items.map((b) => b.nip)).toEqual([NIP.a2]);
    expect((await daftarJp(dinkes, { page: 1 })).items.map((b) => b.nip)).toEqual([NIP.b1]);
    expect((await daftarJp(andi, { page: 1 })).items.map((b) => b.nip)).toEqual([NIP.a1]);
    const x = await eksporJp(bkd, { saring: 'kurang' });
    expect(x.isi.subarray(0, 2).toString()).toBe('PK');
  });

  it('groups the year in SQL exactly as the counting rule does (one ASN per JS rule), and searches, sorts and sums over the set computed once per version of the data', async () => {
    // Bambang: the same certificate typed three ways (spaces, case): one counts, the largest (12); on
    // a tie (7 and 7 for another number) the earliest end counts; a non-classical kind; year edges.
    const d = (nama: string, selesai: string, jumlahJp: number, nomorSertifikat?: string) =>
      tambahRiwayat(bkd, NIP.a2, 'diklat', { jenis: 'teknis', nama, tanggalMulai: selesai, tanggalSelesai: selesai, jumlahJp, nomorSertifikat });
    await d('Bimtek A', '2026-03-02', 4, 'BKN/7/2026');
    await d('Bimtek A ulang', '2026-03-09', 12, '  bkn/7/2026 ');
    await d('Bimtek A salin', '2026-01-09', 12, 'BKN/7/2026');
    await d('Seminar B', '2026-04-01', 7, 'X 1');
    await d('Seminar B salin', '2026-02-01', 7, 'x   1');
    await d('Coaching', '2026-01-01', 3);
    await d('Tahun lalu', '2025-12-31', 50);
    await fx.db.run(sql`update riwayat_diklat set jenis_diklat_siasn = 14 where nama = 'Coaching'`);
    const aturan = await jpPegawai(bkd, { nip: NIP.a2 });
    expect(aturan).toMatchObject({ jp: 22, jpKlasikal: 19, jpNonklasikal: 3, memenuhi: true });
    expect(aturan.kegiatan.filter((k) => k.dihitung).map((k) => k.nama)).toEqual(['Coaching', 'Bimtek A salin', 'Seminar B salin']);
    const semua = await daftarJp(bkd, { page: 1, urut: 'jp', arah: 'turun' });
    for (const nip of [NIP.a1, NIP.a2, NIP.b1]) {
      const j = await jpPegawai(bkd, { nip });
      expect(semua.items.find((b) => b.nip === nip)).toMatchObject({ jp: j.jp, jpKlasikal: j.jpKlasikal, jpNonklasikal: j.jpNonklasikal, memenuhi: j.memenuhi });
    }
    expect(semua.items.map((b) => b.nip)).toEqual([NIP.a1, NIP.a2, NIP.b1]);
    expect(semua.ringkasan).toEqual({ pegawai: 3, memenuhi: 2, rataRata: 16,
      sebaran: [{ label: '0 JP', jumlah: 1 }, { label: '1-9 JP', jumlah: 0 }, { label: '10-19 JP', jumlah: 0 }, { label: '20-39 JP', jumlah: 2 }, { label: '40 JP atau lebih',
        jumlah: 0 }] });
    // The summary is the whole reach; the total and the page follow the filter and the search.
    const kurang = await daftarJp(bkd, { page: 1, saring: 'kurang' });
    expect([kurang.total, kurang.ringkasan.pegawai, kurang.items.map((b) => b.nip)]).toEqual([1, 3, [NIP.b1]]);
    expect((await daftarJp(bkd, { page: 1, q: 'pelayanan  KESEHATAN' })).items.map((b) => b.nip)).toEqual([NIP.b1]);
    expect((await daftarJp(bkd, { page: 1, q: NIP.a2.slice(0, 8) })).items.map((b) => b.nip)).toEqual([NIP.a2]);
    expect((await daftarJp(bkd, { page: 1, q: '%' })).total).toBe(0);
    const h2 = await daftarJp(bkd, { page: 2, limit: 2, urut: 'nama' });
    expect([h2.total, h2.page, h2.limit, h2.items.map((b) => b.nip)]).toEqual([3, 2, 2, [NIP.b1]]);
    expect((await daftarJp(bkd, { page: 1, unitId: fx.unit.dinkes })).ringkasan.pegawai).toBe(1);
    expect((await daftarJp(dinkes, { page: 1, tahun: 2025 })).ringkasan).toMatchObject({ pegawai: 1, memenuhi: 0 });
    expect((await daftarJp(bkd, { page: 1, tahun: 2025, saring: 'memenuhi' })).items.map((b) => [b.nip, b.jp])).toEqual([[NIP.a1, 30], [NIP.a2, 50]]);
    // The list is kept between reads until the personnel data changes: a new riwayat shows at once.
    const sebelum = await daftarJp(bkd, { page: 1, tahun: 2024, saring: 'kurang' });
    expect(await daftarJp(bkd, { page: 1, tahun: 2024, saring: 'kurang' })).toEqual(sebelum);
    await tambahRiwayat(bkd, NIP.b1, 'diklat', { jenis: 'teknis', nama: 'Bimtek C', tanggalMulai: '2024-05-04', tanggalSelesai: '2024-05-06', jumlahJp: 24 });
    const sesudah = await daftarJp(bkd, { page: 1, tahun: 2024, saring: 'kurang' });
    expect([sesudah.total, sesudah.ringkasan.memenuhi, sesudah.items.map((b) => b.nip)]).toEqual([sebelum.total - 1, sebelum.ringkasan.memenuhi + 1, [NIP.a1, NIP.a2]]);
  });
});

describe('pengakuan diklat luar (alur layanan)', () => {
  const DATA = { nama: 'Bimtek Penyusunan Anjab', penyelenggara: 'BKN Kantor Regional II', jenisDiklat: 8, jenisIpAsn: 'teknis', tanggalMulai: '2026-04-01',
    tanggalSelesai: '2026-04-03', jp: 24, nomorSertifikat: 'BKN-2026/0099' };
  it('ASN proposes with the certificate, BKD returns, then approves: the riwayat diklat is written once, counted in the 20 JP', async () => {
    const verifikator = pada(await fx.ctx('verifikator'), WAKTU);
    const salah = await galatAplikasi(ajukanUsulanLayanan(citra, { jenis: 'diklat_eksternal', nip: NIP.b1, data: { ...DATA, tanggalSelesai: '2026-03-01' } }));
    expect(salah.status).toBe(422);
    const depan = await galatAplikasi(ajukanUsulanLayanan(citra, { jenis: 'diklat_eksternal', nip: NIP.b1, data: { ...DATA, tanggalSelesai: '2026-06-01' } }));
    expect(depan.message).toBe('Diklat belum selesai.');
    // Someone else's: not in the ASN's reach.
    expect((await galatAplikasi(ajukanUsulanLayanan(citra, { jenis: 'diklat_eksternal', nip: NIP.a1, data: DATA }))).status).toBe(404);
    let u = await ajukanUsulanLayanan(citra, { jenis: 'diklat_eksternal', nip: NIP.b1, data: DATA });
    expect(u.langkah).toBe('pengajuan');
    // Forward without the certificate: refused.
    expect((await galatAplikasi(prosesUsulanLayanan(citra, u.id, { aksi: 'teruskan', versi: u.versi }))).status).toBe(422);
    await lampirkanDokumenUsulan(citra, u.id, 'sertifikat', { namaBerkas: 'sertifikat.pdf', isi: PDF });
    u =
      (await prosesUsulanLayanan(citra, u.id, { aksi: 'teruskan', versi: (await fx.db.one<{ versi: number }>(sql`select versi from usulan_layanan where id = ${u.id}`)).versi }))!;
    const versi = async () => (await fx.db.one<{ versi: number }>(sql`select versi from usulan_layanan where id = ${u.id}`)).versi;
    // The ASN cannot approve their own.
    expect((await galatAplikasi(prosesUsulanLayanan(citra, u.id, { aksi: 'setujui', versi: await versi() }))).status).toBe(403);
    await prosesUsulanLayanan(verifikator, u.id, { aksi: 'kembalikan', versi: await versi(), alasan: 'Lampirkan sertifikat yang terbaca.' });
    expect(await fx.db.many(sql`select 1 from riwayat_diklat where sumber_ref = ${`layanan:${u.id}`}`)).toEqual([]);
    await lampirkanDokumenUsulan(citra, u.id, 'sertifikat', { namaBerkas: 'sertifikat-jelas.pdf', isi: PDF });
    await prosesUsulanLayanan(citra, u.id, { aksi: 'teruskan', versi: await versi() });
    await prosesUsulanLayanan(verifikator, u.id, { aksi: 'setujui', versi: await versi() });
    const r = await fx.db.many(sql`select nama, jenis, jenis_diklat_siasn, jumlah_jp, sumber from riwayat_diklat where sumber_ref = ${`layanan:${u.id}`}`);
    expect(r).toEqual([{ nama: 'Bimtek Penyusunan Anjab', jenis: 'teknis', jenis_diklat_siasn: 8, jumlah_jp: 24, sumber: 'verifikasi_diklat' }]);
    const j = await jpPegawai(citra, {});
    expect(j).toMatchObject({ jp: 24, jpKlasikal: 24, memenuhi: true });
    expect(j.kegiatan[0]!.sumber).toBe('Pengajuan diklat yang diverifikasi BKD');
  });
});

describe('pencabutan sertifikat', () => {
  it('BKD revokes with a reason: the public check says dicabut with the day (never the reason), the riwayat diklat is removed with audit, twice is 409', async () => {
    const { sertifikat } = await bukaKursus(andi, kursus.dasar);
    const kode = sertifikat!.kode;
    const ref = sql`sumber_ref = (select 'kursus:' || peserta_id from sertifikat_kursus where kode = ${kode})`;
    expect(await fx.db.many(sql`select jumlah_jp from riwayat_diklat where ${ref}`)).toEqual([{ jumlah_jp: 20 }]);
    const alasan = 'Peserta terbukti mengerjakan kuis dengan akun orang lain';
    expect((await galatAplikasi(cabutSertifikat(bkpsdm, { kode }, { alasan }))).status).toBe(403);
    expect((await galatAplikasi(cabutSertifikat(andi, { kode }, { alasan }))).status).toBe(403);
    const pendek = await galatAplikasi(cabutSertifikat(bkd, { kode }, { alasan: 'curang' }));
    expect([pendek.status, pendek.rincian]).toEqual([422, [{ kolom: 'alasan', pesan: 'tuliskan alasan pencabutan, paling sedikit 10 huruf' }]]);
    expect((await galatAplikasi(cabutSertifikat(bkd, { kode: 'ABCDEFGHJKLM' }, { alasan }))).status).toBe(404);
    // Nothing changed by the refusals.
    expect((await verifikasiSertifikat(publik, { kode })).sah).toBe(true);

    const cabut = pada(bkd, '2026-06-10T03:00:00Z');
    const r = await cabutSertifikat(cabut, { kode }, { alasan });
    expect(K.cabutSertifikat.respons!.safeParse(r).success).toBe(true);
    expect(r).toEqual({ nomor: '0001/ETIKA-01/SIMASN/2026', nama: 'Andi Saputra', dicabutPada: '10 Juni 2026', riwayatDihapus: true, jp: 20 });
    const v = await verifikasiSertifikat(publik, { kode });
    expect(v).toMatchObject({ sah: false, dicabut: true, dicabutPada: '10 Juni 2026', nomor: '0001/ETIKA-01/SIMASN/2026' });
    expect(JSON.stringify(v)).not.toContain('akun orang lain');
    expect(K.verifikasi.respons!.safeParse(v).success).toBe(true);
    // The riwayat it wrote is gone: the 20 JP no longer list the course.
    expect(await fx.db.many(sql`select 1 from riwayat_diklat where ${ref}`)).toEqual([]);
    expect((await jpPegawai(andi, {})).kegiatan.map((k) => k.nama)).not.toContain('Etika dan Integritas ASN');
    // The revoked certificate is no longer printed.
    expect((await galatAplikasi(cetakSertifikat(andi, { kode }, 'https://x'))).status).toBe(409);
    const audit = await fx.db.many<{ aksi: string, sesudah: { alasan?: string } | null }>(sql`select aksi, sesudah from audit_log
      where aksi in ('sertifikat.cabut', 'riwayat_diklat.hapus') order by id`);
    expect(audit.map((a) => a.aksi)).toEqual(['riwayat_diklat.hapus', 'sertifikat.cabut']);
    expect(audit[1]!.sesudah!.alasan).toBe(alasan);
    const lagi = await galatAplikasi(cabutSertifikat(cabut, { kode }, { alasan }));
    expect([lagi.status, lagi.message]).toEqual([409, 'Sertifikat 0001/ETIKA-01/SIMASN/2026 sudah dicabut pada 10 Juni 2026.']);
  });
});
