import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { ajukanAktivitas, putuskanAktivitas, simpanAktivitas } from '@simasn/aktivitas';
import { fixturePerBerkas, galatAplikasi, NIP } from '@simasn/kepegawaian/uji';
import { bacaDocx, bacaPdf } from '@simasn/platform/dokumen/baca';
import { simpanRealisasi } from '@simasn/sakip';
import type { Konteks } from '@simasn/platform';
import type { z } from 'zod';
import { KONTRAK_KINERJA } from '../src/kontrak.ts';
import { siapkanPkKepala } from './bkpsdm-pk.ts';
import { ajukanSkp, ambilRhkDariPk, ambilSkp, buatSkp, cetakSkp, evaluasiPeriodik, finalkanPenilaian, kinerjaSaya, konteksPenilaian, lepasAktivitas, nilaiSkp, pilihanRhk,
  setujuiSkp, simpanEkspektasi, simpanRealisasiSkp, simpanRhk, tambahUmpanBalik, tautkanAktivitas } from '../src/index.ts';

/**
 * Issue 12 items 2-4 on the real database: the SKP and its evaluation as official documents
 * (opened again as PDF and DOCX), the periodic evaluation by rule data, daily activities linked
 * to an RHK counting toward its realisasi, and the unit head's hasil kerja proposed from the
 * unit's capaian in SAKIP. Clock: Monday 4 May 2026, 10.00 WIB (Triwulan II).
 */
const fx = fixturePerBerkas();
const JAM = new Date('2026-05-04T03:00:00Z');
const sebagai = async (nama: string): Promise<Konteks> => ({ ...(await fx.ctx(nama)), sekarang: () => JAM });
let kepala: Konteks;
let kabid: Konteks;
let staf: Konteks;
let pimpinan: Konteks;
let perencana: Konteks;
let indikatorPk: number[] = [];
let skpKepala = 0;
let skpKabid = 0;
let skpStaf = 0;
let rhkStaf = 0;
/** A NIK-like number in free text: the documents mask it (the personal-data rule). */
const NIK = '3508123456789012';

const indikator = [{ aspek: 'kuantitas', uraian: 'Jumlah usulan mutasi yang diproses', pendekatan: 'kuantitatif', targetMin: 120, targetMaks: 150, satuan: 'usulan' }, {
  aspek: 'kualitas',
  uraian: 'Usulan lengkap dan sesuai ketentuan',
  pendekatan: 'kualitatif',
  targetTeks: 'Tanpa pengembalian dari BKN',
}];

const teksPdf = async (b: Buffer) => (await bacaPdf(b)).halaman.join(' ');

beforeAll(async () => {
  const siap = await siapkanPkKepala(fx, sebagai);
  ({ perencana, indikatorPk, kepala, pimpinan } = siap);
  const pk = { id: siap.pkId };
  kabid = await sebagai(NIP.a2);
  staf = await sebagai(NIP.a1);
  let s = await buatSkp(kepala, { tahun: 2026 });
  s = await ambilRhkDariPk(kepala, s.id, { versi: s.versi, pkId: pk.id, indikatorIds: indikatorPk });
  s = await ajukanSkp(kepala, s.id, { versi: s.versi });
  skpKepala = (await setujuiSkp(pimpinan, s.id, { versi: s.versi, setuju: true })).id;
  let k = await buatSkp(kabid, { tahun: 2026 });
  k = await simpanRhk(kabid, k.id, { versi: k.versi, jenis: 'utama', uraian: 'Terlaksananya layanan mutasi tepat waktu',
    rhkAtasanAkarId: (await pilihanRhk(kabid, k.id)).rhkAtasan[1]!.akarId, indikator });
  k = await ajukanSkp(kabid, k.id, { versi: k.versi });
  skpKabid = (await setujuiSkp(kepala, k.id, { versi: k.versi, setuju: true })).id;
  let t = await buatSkp(staf, { tahun: 2026 });
  t = await simpanRhk(staf, t.id, { versi: t.versi, jenis: 'utama', uraian: `Tersusunnya berkas usulan mutasi (pemohon NIK ${NIK})`,
    rhkAtasanAkarId: (await pilihanRhk(staf, t.id)).rhkAtasan[0]!.akarId, indikator });
  t = await simpanRhk(staf, t.id, { versi: t.versi, jenis: 'tambahan', uraian: 'Menjadi narasumber sosialisasi mutasi',
    indikator: [{ aspek: 'kuantitas', uraian: 'Sosialisasi yang diisi', pendekatan: 'kuantitatif', targetMin: 2, satuan: 'kegiatan' }] });
  t = await simpanEkspektasi(kabid, t.id, { versi: t.versi, perilaku: [{ kode: 'akuntabel', ekspektasiKhusus: 'Setiap SK mutasi diperiksa dua kali' }] });
  t = await ajukanSkp(staf, t.id, { versi: t.versi });
  const ok = await setujuiSkp(kabid, t.id, { versi: t.versi, setuju: true });
  skpStaf = ok.id;
  rhkStaf = ok.rhk[0]!.akarId;
});

describe('SKP document (rencana)', () => {
  it('PDF and DOCX in the official layout: parties, hasil kerja with targets, perilaku with ekspektasi khusus, lampiran, both signatures dated', async () => {
    const pdf = await cetakSkp(staf, skpStaf, { jenis: 'rencana', format: 'pdf' });
    expect(pdf).toMatchObject({ namaBerkas: `SKP-2026-${NIP.a1}.pdf`, mime: 'application/pdf' });
    const isi = await bacaPdf(pdf.isi);
    expect(isi.judul).toBe('SKP 2026 Andi Saputra');
    const t = isi.halaman.join(' ');
    for (const teks of [
      'SASARAN KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'PERIODE PENILAIAN: 1 JANUARI 2026 SD 31 DESEMBER 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'Andi Saputra',
      'Bambang Wijaya',
      'Kepala Bidang Mutasi dan Promosi',
      'Pembina (IV/a)',
      'Terlaksananya layanan mutasi tepat waktu',
      '120-150 usulan',
      'Tanpa pengembalian dari BKN',
      'B. TAMBAHAN',
      'Menjadi narasumber sosialisasi mutasi',
      '2 kegiatan',
      'PERILAKU KERJA',
      'Berorientasi Pelayanan',
      'Setiap SK mutasi diperiksa dua kali',
      'LAMPIRAN SASARAN KINERJA PEGAWAI',
      'SKEMA PERTANGGUNGJAWABAN',
      'KONSEKUENSI',
      'Pejabat Penilai Kinerja,',
      'Pegawai yang Dinilai,',
      'Uji, 4 Mei 2026',
    ]) expect(t).toContain(teks);
    // NIP printed as the official form spaces it; the NIK-like number in the RHK masked.
    const nip = NIP.a1;
    expect(t).toContain(`NIP. ${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14]} ${nip.slice(15)}`);
    expect(t).not.toContain(NIK);
    expect(t).toContain('3508**********12');
    expect(t).not.toContain('DRAF');
    const docx = await cetakSkp(staf, skpStaf, { jenis: 'rencana', format: 'docx' });
    expect(docx.namaBerkas).toBe(`SKP-2026-${NIP.a1}.docx`);
    const d = await bacaDocx(docx.isi);
    expect(d.jumlahTabel).toBeGreaterThanOrEqual(4);
    for (const teks of ['SASARAN KINERJA PEGAWAI', 'Terlaksananya layanan mutasi tepat waktu', '120-150 usulan', 'Setiap SK mutasi diperiksa dua kali', 'Uji, 4 Mei 2026']) {
      expect(d.teks).toContain(teks);
    }
    expect(d.teks).not.toContain(NIK);
    // Line breaks inside a cell are Word breaks, not lost.
    expect(d.xml).toContain('<w:br/>');
  });

  it('a head rated by the kepala daerah: the RHK from the PK and the Bupati as penilai; a draft is marked; others cannot print it', async () => {
    const t = await teksPdf((await cetakSkp(kepala, skpKepala, {})).isi);
    expect(t).toContain('Perjanjian Kinerja: IK1 Nilai IP ASN');
    expect(t).toContain('H. Suyono');
    const draf = await buatSkp(await sebagai(NIP.b1), { tahun: 2026 });
    expect(await teksPdf((await cetakSkp(await sebagai(NIP.b1), draf.id, {})).isi)).toContain('DRAF (Draf): belum disepakati kedua pihak');
    expect((await galatAplikasi(cetakSkp(kepala, skpStaf, {}))).status).toBe(404);
    expect((await galatAplikasi(cetakSkp(await sebagai('admin.dinkes'), skpStaf, {}))).status).toBe(404);
    expect((await galatAplikasi(cetakSkp(staf, skpStaf, { format: 'xls' }))).status).toBe(422);
    // No rating yet: the evaluation is not printed (the penilai is told to fill it in).
    expect((await galatAplikasi(cetakSkp(kabid, skpStaf, { jenis: 'evaluasi', periode: 'tw1' }))).status).toBe(409);
    expect((await galatAplikasi(cetakSkp(staf, skpStaf, { jenis: 'evaluasi', periode: 'tw1' }))).status).toBe(404);
  });
});

describe('daily activities linked to an RHK', () => {
  it('counts the approved linked activities toward the RHK as evidence; refuses what is not the ASN own', async () => {
    const isi = (tanggal: string, uraian: string, kuantitas: number) => ({ tanggal, uraian, kuantitas, satuan: 'berkas', jamMulai: '08:00', jamSelesai: '10:00' });
    const a1 = await simpanAktivitas(staf, isi('2026-05-04', 'Memverifikasi berkas usulan mutasi', 5));
    const a2 = await simpanAktivitas(staf, isi('2026-05-04', 'Menyusun draf SK mutasi', 3));
    const a3 = await simpanAktivitas(staf, isi('2026-05-01', 'Mengarsip berkas', 2));
    await ajukanAktivitas(staf, { ids: [a1.id, a2.id] });
    await putuskanAktivitas(kabid, { ids: [a1.id], keputusan: 'setujui' });
    await putuskanAktivitas(kabid, { ids: [a2.id], keputusan: 'tolak', alasan: 'Belum ada nomor agenda' });
    const lain = await simpanAktivitas(await sebagai(NIP.b1), isi('2026-05-04', 'Aktivitas orang lain', 1));
    // A rejected activity and someone else's are refused; nothing is linked.
    expect((await galatAplikasi(tautkanAktivitas(staf, skpStaf, { rhkAkarId: rhkStaf, aktivitasIds: [a1.id, a2.id] }))).rincian).toEqual([{ kolom: 'aktivitasIds',
      pesan: 'aktivitas yang ditolak tidak dapat ditautkan' }]);
    expect((await galatAplikasi(tautkanAktivitas(staf, skpStaf, { rhkAkarId: rhkStaf, aktivitasIds: [lain.id] }))).rincian).toEqual([{ kolom: 'aktivitasIds',
      pesan: `aktivitas nomor ${lain.id} bukan aktivitas harian Anda` }]);
    expect((await galatAplikasi(tautkanAktivitas(staf, skpStaf, { rhkAkarId: 999999, aktivitasIds: [a1.id] }))).status).toBe(422);
    expect((await galatAplikasi(tautkanAktivitas(staf, skpStaf, { rhkAkarId: rhkStaf, aktivitasIds: [] }))).status).toBe(422);
    expect((await galatAplikasi(tautkanAktivitas(kabid, skpStaf, { rhkAkarId: rhkStaf, aktivitasIds: [a1.id] }))).status).toBe(404);
    expect((await ambilSkp(staf, skpStaf)).rhk[0]!.aktivitas).toEqual([]);
    const s = await tautkanAktivitas(staf, skpStaf, { rhkAkarId: rhkStaf, aktivitasIds: [a1.id, a3.id] });
    expect(s.rhk[0]!.aktivitas.map((a) => [a.tanggal, a.uraian, a.status])).toEqual([['2026-05-01', 'Mengarsip berkas', 'konsep'], [
      '2026-05-04',
      'Memverifikasi berkas usulan mutasi',
      'disetujui',
    ]]);
    // Only the approved one counts.
    expect(s.rhk[0]!.ringkasAktivitas).toBe('1 aktivitas harian disetujui (5 berkas)');
    // Moving an activity to the other RHK, and unlinking.
    const pindah = await tautkanAktivitas(staf, skpStaf, { rhkAkarId: s.rhk[1]!.akarId, aktivitasIds: [a3.id] });
    expect(pindah.rhk.map((r) => r.aktivitas.length)).toEqual([1, 1]);
    const lepas = await lepasAktivitas(staf, skpStaf, a3.id);
    expect(lepas.rhk[1]!.aktivitas).toEqual([]);
    expect((await galatAplikasi(lepasAktivitas(staf, skpStaf, a3.id))).status).toBe(422);
    // The penilai sees the evidence on the SKP.
    expect((await ambilSkp(kabid, skpStaf)).rhk[0]!.ringkasAktivitas).toBe('1 aktivitas harian disetujui (5 berkas)');
    expect(await fx.db.one(sql`select count(*)::int as n from audit_log where aksi in ('skp.tautkan_aktivitas', 'skp.lepas_aktivitas')`)).toEqual({ n: 3 });
  });
});

describe('periodic evaluation', () => {
  it('quarterly by rule data: the atasan rates each team member for the period with notes; the ASN sees the final one', async () => {
    await simpanRealisasiSkp(staf, skpStaf, { rhkAkarId: rhkStaf, periode: 'tw1', realisasi: '36 usulan mutasi diproses', nilai: 36 });
    await tambahUmpanBalik(kabid, skpStaf, { rhkAkarId: rhkStaf, periode: 'tw1', isi: 'Periksa kelengkapan berkas sebelum diajukan' });
    const layar = await evaluasiPeriodik(kabid, { tahun: 2026 });
    expect(layar).toMatchObject({ periode: 'tw2', labelPeriode: 'Triwulan II', jenisPeriodik: 'Triwulanan' });
    expect(layar.periodePeriodik.map((p) => [p.label, p.dimulai])).toEqual([['Triwulan I', true], ['Triwulan II', true], ['Triwulan III', false], ['Triwulan IV', false]]);
    expect(layar.items.map((x) => [x.nip, x.jumlahRhk, x.rhkDenganRealisasi, x.aktivitasDisetujui, x.penilaian])).toEqual([[NIP.a1, 2, 1, 1, null]]);
    const tw1 = await evaluasiPeriodik(kabid, { tahun: 2026, periode: 'tw1' });
    // Activities of May do not count before the end of March.
    expect(tw1.items[0]).toMatchObject({ rhkDenganRealisasi: 1, aktivitasDisetujui: 0 });
    expect((await galatAplikasi(evaluasiPeriodik(kabid, { tahun: 2026, periode: 'b04' }))).rincian).toEqual([{ kolom: 'periode',
      pesan: 'penilaian periodik instansi ini triwulanan: pilih Triwulan I, Triwulan II, Triwulan III, Triwulan IV' }]);
    expect((await galatAplikasi(evaluasiPeriodik(staf, {}))).status).toBe(403);
    const nilai = { ratingHasil: 'sesuai', alasanHasil: 'Target triwulan I tercapai', ratingPerilaku: 'di_atas', alasanPerilaku: 'Sangat membantu rekan kerja' };
    expect((await galatAplikasi(nilaiSkp(kabid, skpStaf, { ...nilai, periode: 'b04' }))).rincian).toEqual([{ kolom: 'periode',
      pesan: 'penilaian periodik instansi ini triwulanan: pilih Triwulan I, Triwulan II, Triwulan III, Triwulan IV atau Tahunan' }]);
    expect((await galatAplikasi(nilaiSkp(kabid, skpStaf, { ...nilai, periode: 'tw3' }))).rincian).toEqual([{ kolom: 'periode',
      pesan: 'Triwulan III 2026 baru dimulai 1 Juli 2026' }]);
    const n = await nilaiSkp(kabid, skpStaf, { ...nilai, periode: 'tw1', catatan: 'Pertahankan; lengkapi daftar periksa berkas' });
    expect(n.penilaian).toMatchObject({ periode: 'tw1', labelPeriode: 'Triwulan I', predikat: 'baik', catatan: 'Pertahankan; lengkapi daftar periksa berkas', usulanHasil: null });
    // A draft is not shown to the ASN; made final, it is.
    expect((await kinerjaSaya(staf, { tahun: 2026 })).skp!.penilaian).toEqual([]);
    await finalkanPenilaian(kabid, skpStaf, { periode: 'tw1', versi: n.penilaian.versi, lanjutkan: true });
    expect((await kinerjaSaya(staf, { tahun: 2026 })).skp!.penilaian.map((x) => [x.labelPeriode, x.labelPredikat, x.status, x.catatan])).toEqual([[
      'Triwulan I',
      'Baik',
      'final',
      'Pertahankan; lengkapi daftar periksa berkas',
    ]]);
    expect((await evaluasiPeriodik(kabid, { tahun: 2026, periode: 'tw1' })).items[0]!.penilaian).toEqual({ ratingHasil: 'sesuai', ratingPerilaku: 'di_atas', labelPredikat: 'Baik',
      status: 'final' });
    // No riwayat SKP from a periodic rating.
    expect(await fx.db.many(sql`select 1 from riwayat_skp r join pegawai p on p.id = r.pegawai_id where p.nip = ${NIP.a1} and r.tahun = 2026`)).toEqual([]);
  });

  it('the annual rating gets the periodic ones and the realisasi so far as context', async () => {
    const k = await konteksPenilaian(kabid, skpStaf, { periode: 'tahunan' });
    expect(k).toMatchObject({ periode: 'tahunan', jenisPeriodik: 'Triwulanan', usulanPimpinan: null, usulanGagal: null,
      periodik: [{ periode: 'tw1', labelPredikat: 'Baik', status: 'final' }],
      usulanTahunan: { ratingHasil: 'sesuai', ratingPerilaku: 'di_atas',
        keterangan: 'Dari 1 penilaian triwulanan yang final (yang terakhir): hasil kerja Sesuai Ekspektasi, perilaku kerja Di Atas Ekspektasi.' } });
    expect(k.realisasi[0]).toMatchObject({ realisasi: '36 usulan mutasi diproses', labelPeriodeRealisasi: 'Triwulan I', aktivitas: '1 aktivitas harian disetujui (5 berkas)' });
    expect((await konteksPenilaian(kabid, skpStaf, { periode: 'tw1' })).realisasi[0]!.aktivitas).toBeNull();
    expect((await galatAplikasi(konteksPenilaian(staf, skpStaf, {}))).status).toBe(403);
    expect((await galatAplikasi(konteksPenilaian(kepala, skpStaf, {}))).status).toBe(404);
  });

  it('the evaluation document: three parties, capaian organisasi, realisasi with evidence and feedback, both ratings, the predikat, dated signatures', async () => {
    const pdf = await cetakSkp(staf, skpStaf, { jenis: 'evaluasi', periode: 'tw1', format: 'pdf' });
    expect(pdf.namaBerkas).toBe(`Evaluasi-Triwulan_I-2026-${NIP.a1}.pdf`);
    const t = await teksPdf(pdf.isi);
    for (const teks of [
      'EVALUASI KINERJA PEGAWAI PERIODIK',
      'PERIODE: TRIWULAN I 2026',
      'PERIODE PENILAIAN: 1 JANUARI 2026 SD 31 MARET 2026',
      'ATASAN PEJABAT PENILAI KINERJA',
      'Hendra Gunawan',
      'CAPAIAN KINERJA ORGANISASI',
      '36 usulan mutasi diproses (Triwulan I)',
      'Periksa kelengkapan berkas sebelum diajukan',
      'RATING HASIL KERJA',
      'SESUAI EKSPEKTASI',
      'Target triwulan I tercapai',
      'RATING PERILAKU KERJA',
      'DI ATAS EKSPEKTASI',
      'PREDIKAT KINERJA PEGAWAI',
      'BAIK',
      'Pertahankan; lengkapi daftar periksa berkas',
      'Uji, 4 Mei 2026',
    ]) expect(t).toContain(teks);
    // No capaian in SAKIP yet: said so, not a number.
    expect(t).toContain('Belum dapat dihitung');
    expect(t).not.toContain(NIK);
    expect(t).not.toContain('DRAF');
    const d = await bacaDocx((await cetakSkp(kabid, skpStaf, { jenis: 'evaluasi', periode: 'tw1', format: 'docx' })).isi);
    expect(d.teks).toContain('EVALUASI KINERJA PEGAWAI PERIODIK');
    expect(d.teks).toContain('PREDIKAT KINERJA PEGAWAI');
  });
});

describe('unit head rating proposed from the unit capaian', () => {
  it('shows the proposal with its figures; rating otherwise needs a written reason, kept with the proposal', async () => {
    // No capaian yet: the penilai is told why there is no proposal.
    const kosong = await konteksPenilaian(pimpinan, skpKepala, { periode: 'tw1' });
    expect(kosong.usulanPimpinan).toBeNull();
    expect(kosong.usulanGagal).toContain('belum ada capaian indikator unit yang terisi');
    await simpanRealisasi(perencana, { indikatorId: indikatorPk[0]!, tahun: 2026, tribulan: 1, nilai: 70 });
    await simpanRealisasi(perencana, { indikatorId: indikatorPk[1]!, tahun: 2026, tribulan: 1, nilai: 96 });
    const k = await konteksPenilaian(pimpinan, skpKepala, { periode: 'tw1' });
    expect(k.usulanGagal).toBeNull();
    expect(k.usulanPimpinan).toMatchObject({ unit: 'Badan Kepegawaian dan Pengembangan SDM', labelCapaian: 'capaian sampai Tribulan I 2026', capaianUnit: '99,14%',
      jumlahIndikator: 2, predikatOrganisasi: 'baik', rating: 'sesuai', labelRating: 'Sesuai Ekspektasi',
      indikator: [{ kode: 'IK1', target: '72 indeks', realisasi: '70 indeks', capaian: '97,22%' }, { kode: 'IK2', target: '95 %', realisasi: '96 %', capaian: '101,05%' }] });
    expect(k.usulanPimpinan!.alasan).toContain('Capaian unit rata-rata 99,14% dari 2 indikator');
    // A staff SKP (no RHK from the PK) gets no proposal.
    expect((await konteksPenilaian(kabid, skpStaf, { periode: 'tw1' })).usulanPimpinan).toBeNull();
    const dasar = { periode: 'tw1', ratingHasil: 'di_atas', alasanHasil: 'Reformasi layanan mutasi selesai lebih cepat', ratingPerilaku: 'sesuai',
      alasanPerilaku: 'Sesuai ekspektasi' };
    const tolak = await galatAplikasi(nilaiSkp(pimpinan, skpKepala, dasar));
    expect(tolak.status).toBe(422);
    expect(tolak.rincian).toEqual([{ kolom: 'alasanBedaUsulan',
      pesan: 'rating hasil kerja berbeda dari usulan capaian unit (Sesuai Ekspektasi, 99,14%): tuliskan alasannya (paling sedikit 10 huruf)' }]);
    expect(await fx.db.many(sql`select 1 from skp_penilaian n join skp s on s.id = n.skp_seri_id where s.id = ${skpKepala}`)).toEqual([]);
    const n = await nilaiSkp(pimpinan, skpKepala, { ...dasar, alasanBedaUsulan: 'Inovasi layanan mutasi daring diakui provinsi' });
    expect(n.penilaian).toMatchObject({ ratingHasil: 'di_atas', usulanHasil: 'sesuai', alasanBedaUsulan: 'Inovasi layanan mutasi daring diakui provinsi' });
    const rinci = await fx.db.one<{ u: { capaianUnit: string, rating: string } }>(sql`select usulan_rincian as u from skp_penilaian where id = ${n.penilaian.id}`);
    expect(rinci.u).toMatchObject({ capaianUnit: '99,14%', rating: 'sesuai' });
    // Agreeing with the proposal needs no extra reason, and none is kept.
    const sama = await nilaiSkp(pimpinan, skpKepala, { ...dasar, ratingHasil: 'sesuai', alasanBedaUsulan: 'tidak dipakai lagi', versi: n.penilaian.versi });
    expect(sama.penilaian).toMatchObject({ ratingHasil: 'sesuai', usulanHasil: 'sesuai', alasanBedaUsulan: null });
    const beda = await nilaiSkp(pimpinan, skpKepala, { ...dasar, alasanBedaUsulan: 'Inovasi layanan mutasi daring diakui provinsi', versi: sama.penilaian.versi });
    const t = await teksPdf((await cetakSkp(pimpinan, skpKepala, { jenis: 'evaluasi', periode: 'tw1' })).isi);
    expect(t).toContain('DRAF: penilaian belum final');
    expect(t).toContain('Berbeda dari usulan capaian unit (Sesuai Ekspektasi): Inovasi layanan mutasi daring diakui provinsi');
    expect(t).toContain('BAIK (capaian rata-rata Badan Kepegawaian dan Pengembangan SDM 99,14%)');
    expect(beda.penilaian.versi).toBeGreaterThan(sama.penilaian.versi);
  });
});

function utuh<S extends z.ZodType>(skema: S | undefined, nilai: unknown) {
  const h = skema!.safeEncode(nilai as z.output<S>);
  if (!h.success) throw new Error(JSON.stringify(h.error.issues, null, 1));
  expect(JSON.parse(JSON.stringify(h.data))).toEqual(JSON.parse(JSON.stringify(nilai)));
}

describe('contract', () => {
  it('the new answers encode through their schemas with nothing lost', async () => {
    const k = KONTRAK_KINERJA;
    utuh(k.ambil.respons, await ambilSkp(staf, skpStaf));
    utuh(k.evaluasiPeriodik.respons, await evaluasiPeriodik(kabid, { tahun: 2026, periode: 'tw1' }));
    utuh(k.konteksNilai.respons, await konteksPenilaian(kabid, skpStaf, { periode: 'tahunan' }));
    utuh(k.konteksNilai.respons, await konteksPenilaian(pimpinan, skpKepala, { periode: 'tw1' }));
    utuh(k.ambil.respons, await ambilSkp(pimpinan, skpKepala));
    expect(skpKabid).toBeGreaterThan(0);
  });
});
