import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { ambilPekerjaan, PelariPekerjaan, unduhHasilPekerjaan, type Konteks } from '@simasn/platform';
import { bacaDocx, bacaPdf } from '@simasn/platform/dokumen/baca';
import { fixturePerBerkas } from '@simasn/kepegawaian/uji';
import { ajukanPk, ambilNarasiLkjip, ambilSaranaPrasarana, buatPk, buatRenstra, cetakPk, daftarkanPekerjaanLkjip, mintaLkjip, setujuiPk, simpanIndikator, simpanNarasiLkjip,
  simpanProgramKegiatan, simpanRealisasi, simpanRealisasiAnggaran, simpanSaranaPrasarana, simpanSasaran, simpanTujuan, susunLaporanLkjip, ubahRenstra,
  ambilRenstra } from '../src/index.ts';
import { galat, NIP_KEPALA, status, tambahKepala } from './bantu.ts';

/**
 * The LKjIP from the app's own records, on the real engine: a Renstra with a program tree and
 * pagu, an approved PK, realisasi of two tribulan (one N/A), budget spent, narratives and the
 * sarana list; then the model, the consistency checks, the background job and the two files.
 * Figures expected are worked by hand from what was entered (Lumajang's IP ASN 57,12 / 56,35).
 */
const fx = fixturePerBerkas();
let perencana: Konteks;
let pimpinan: Konteks;
let adminDinkes: Konteks;
let adminBkpsdm: Konteks;
const id = { renstra: 0, p1: 0, k1: 0, s1: 0, s2: 0, p2: 0, k2: 0, s3: 0, merit: 0, ipAsn: 0, skKp: 0, layanan: 0, pk: 0 };

beforeAll(async () => {
  await fx.db.run(sql`update instansi set nama = 'Kabupaten Uji', ibu_kota = 'Ujimulya' where instansi_id = 1`);
  const jabatanKepala = await tambahKepala(fx, { gelarBelakang: 'S.H., M.Hum.' });
  perencana = await fx.ctx('perencana');
  pimpinan = await fx.ctx('pimpinan');
  adminDinkes = await fx.ctx('admin.dinkes');
  adminBkpsdm = await fx.ctx('admin.bkpsdm');
  const kepala = await fx.ctx(NIP_KEPALA);

  // Renstra: a tujuan with the merit index, a sasaran with IP ASN and SK counts, a program indicator.
  id.renstra = (await buatRenstra(perencana, { unitId: fx.unit.bkpsdm, tahunAwal: 2021, tahunAkhir: 2026, nama: 'Renstra BKPSDM 2021-2026' })).id;
  const tujuan = (await simpanTujuan(perencana, id.renstra, { kode: 'T1', uraian: 'Optimalnya Penyelenggaraan Reformasi Birokrasi' })).id;
  const sasaran = (await simpanSasaran(perencana, id.renstra, { tujuanId: tujuan, kode: 'S1', uraian: 'Meningkatnya Profesionalitas ASN' })).id;
  const pk = (x: object) => simpanProgramKegiatan(perencana, id.renstra, x);
  id.p1 = (await pk({ tingkat: 'program', kode: '5.03.02', nama: 'Program Kepegawaian Daerah' })).id;
  id.k1 = (await pk({ tingkat: 'kegiatan', indukId: id.p1, kode: '5.03.02.2.01', nama: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN' })).id;
  id.s1 = (await pk({ tingkat: 'sub_kegiatan', indukId: id.k1, kode: '5.03.02.2.01.0001', nama: 'Penyusunan Rencana Kebutuhan ASN', pagu: [{ tahun: 2024, pagu: 8_100_000 }] })).id;
  id.s2 =
    (await pk({ tingkat: 'sub_kegiatan', indukId: id.k1, kode: '5.03.02.2.01.0002', nama: 'Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK',
      pagu: [{ tahun: 2024, pagu: 167_724_900 }] })).id;
  id.p2 = (await pk({ tingkat: 'program', kode: '5.03.01', nama: 'Program Penunjang Urusan Pemerintahan Daerah' })).id;
  id.k2 = (await pk({ tingkat: 'kegiatan', indukId: id.p2, kode: '5.03.01.2.02', nama: 'Administrasi Keuangan Perangkat Daerah' })).id;
  id.s3 =
    (await pk({ tingkat: 'sub_kegiatan', indukId: id.k2, kode: '5.03.01.2.02.0001', nama: 'Penyediaan Gaji dan Tunjangan ASN', pagu: [{ tahun: 2024, pagu: 5_383_556_021 }] })).id;
  const ind = (x: object) => simpanIndikator(perencana, id.renstra, { polaritas: 'positif', ...x });
  id.merit =
    (await ind({ tujuanId: tujuan, kode: 'IT1', uraian: 'Indeks Sistem Merit', satuan: 'indeks', agregasi: 'snapshot', targetAkhir: 0.81,
      target: [{ tahun: 2023, target: 0.68 }, { tahun: 2024, target: 0.7 }] })).id;
  id.ipAsn =
    (await ind({ sasaranId: sasaran, kode: 'IK1', uraian: 'Indeks Profesionalitas ASN', satuan: 'indeks', agregasi: 'snapshot', baseline: 55.13, tahunBaseline: 2022,
      targetAkhir: 57.06, angkaNasional: 76.18, target: [{ tahun: 2023, target: 66.75 }, { tahun: 2024, target: 56.35 }], programIds: [id.p1] })).id;
  id.skKp =
    (await ind({ sasaranId: sasaran, kode: 'IK2', uraian: 'Jumlah SK kenaikan pangkat diterbitkan', satuan: 'SK', agregasi: 'kumulatif', target: [{ tahun: 2024, target: 1000 }],
      programIds: [id.s3] })).id;
  id.layanan =
    (await ind({ programKegiatanId: id.p1, kode: 'IP1', uraian: 'Persentase layanan kepegawaian tepat waktu', satuan: '%', agregasi: 'rata_rata',
      target: [{ tahun: 2024, target: 90 }] })).id;
  const r = await ambilRenstra(perencana, id.renstra);
  await ubahRenstra(perencana, id.renstra, { status: 'berlaku', versi: r.versi });

  // The Kepala's PK with the Bupati, signed and approved.
  let p = await buatPk(perencana, { renstraId: id.renstra, tahun: 2024, jabatanId: jabatanKepala, tanggal: '2024-01-10',
    pihakKedua: { nama: 'H. Sukamto, S.H.', jabatan: 'Bupati Uji' }, indikator: [{ indikatorId: id.ipAsn }, { indikatorId: id.skKp }],
    anggaran: [{ programKegiatanId: id.p1 }, { programKegiatanId: id.p2 }] });
  p = await ajukanPk(kepala, p.id, { versi: p.versi });
  p = await setujuiPk(pimpinan, p.id, { versi: p.versi });
  id.pk = p.id;

  // Realisasi: 2023 for the comparison, 2024 tribulan I-II (IP ASN not released in TW I).
  const real = (indikatorId: number, tahun: number, tribulan: number, nilai: number | null) =>
    simpanRealisasi(perencana, nilai === null ? { indikatorId, tahun, tribulan, na: true, catatan: 'belum dirilis BKN' } : { indikatorId, tahun, tribulan, nilai });
  await real(id.merit, 2023, 4, 0.72);
  await real(id.ipAsn, 2023, 4, 66.9);
  await real(id.merit, 2024, 1, 0.7);
  await real(id.merit, 2024, 2, 0.72);
  await real(id.ipAsn, 2024, 1, null);
  await real(id.ipAsn, 2024, 2, 57.12);
  await real(id.skKp, 2024, 1, 200);
  await real(id.skKp, 2024, 2, 300);
  await real(id.layanan, 2024, 1, 80);
  await real(id.layanan, 2024, 2, 90);
  const ang = (programKegiatanId: number, tribulan: number, nilai: number) => simpanRealisasiAnggaran(perencana, { programKegiatanId, tahun: 2024, tribulan, nilai });
  await ang(id.s1, 1, 4_000_000);
  await ang(id.s1, 2, 4_040_000);
  await ang(id.s2, 2, 41_954_500);
  await ang(id.s3, 1, 1_500_000_000);
  await ang(id.s3, 2, 1_575_302_587);
});

describe('narasi LKjIP', () => {
  it('saves a part with its version; a stale save is 409 and changes nothing; audited', async () => {
    const a = await ambilNarasiLkjip(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024, periode: 1 });
    expect(a.bagian.find((b) => b.bagian === 'tugas_fungsi')).toMatchObject({ isi: '', versi: 0, dariPeriode: null });
    const s = await simpanNarasiLkjip(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024, periode: 1, bagian: 'tugas_fungsi', isi: 'Membantu Bupati di bidang kepegawaian.',
      versi: 0 });
    expect(s.versi).toBe(1);
    const basi = await galat(simpanNarasiLkjip(adminBkpsdm, { unitId: fx.unit.bkpsdm, tahun: 2024, periode: 1, bagian: 'tugas_fungsi', isi: 'Ditimpa', versi: 0 }));
    expect(basi.status).toBe(409);
    expect(basi.message).toMatch(/baru saja diubah orang lain/);
    await simpanNarasiLkjip(adminBkpsdm, { unitId: fx.unit.bkpsdm, tahun: 2024, periode: 2, bagian: 'ikhtisar_eksekutif',
      isi: 'Capaian **Tribulan II** baik.\n\n- IP ASN melampaui target', versi: 0 });
    const audit = await fx.db.many<{ aksi: string, sesudah: { isi: string } }>(sql`select aksi, sesudah from audit_log where entitas = 'narasi_lkjip' order by id`);
    expect(audit.map((x) => x.aksi)).toEqual(['lkjip.simpan_narasi', 'lkjip.simpan_narasi']);
  });

  it('carries an unwritten part over from an earlier tribulan, saying from where', async () => {
    const a = await ambilNarasiLkjip(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024, periode: 2 });
    expect(a.bagian.find((b) => b.bagian === 'tugas_fungsi')).toMatchObject({ isi: 'Membantu Bupati di bidang kepegawaian.', versi: 0, dariPeriode: { tahun: 2024, periode: 1 } });
    expect(a.bagian.find((b) => b.bagian === 'ikhtisar_eksekutif')).toMatchObject({ versi: 1, dariPeriode: null });
  });

  it('refuses a part name it does not know (422, field named) and another OPD (422 save, 404 read)', async () => {
    const salah = await galat(simpanNarasiLkjip(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024, periode: 1, bagian: 'puisi' as never, isi: 'x', versi: 0 }));
    expect(salah.status).toBe(422);
    expect(salah.rincian[0].kolom).toBe('bagian');
    expect(status(await galat(simpanNarasiLkjip(adminDinkes, { unitId: fx.unit.bkpsdm, tahun: 2024, periode: 1, bagian: 'strategi', isi: 'x', versi: 0 })))).toBe(422);
    expect(status(await galat(ambilNarasiLkjip(adminDinkes, { unitId: fx.unit.bkpsdm, tahun: 2024, periode: 1 })))).toBe(404);
  });
});

describe('sarana prasarana', () => {
  it('is saved per year, offered to the next year until it is reviewed, and names a bad row', async () => {
    const baris = [{ uraian: 'Kendaraan roda empat', jumlah: 3, satuan: 'Unit', kondisi: 'Baik' }, { uraian: 'Komputer', jumlah: 40, satuan: 'Unit', kondisi: 'Baik',
      keterangan: 'Termasuk laptop' }];
    const s = await simpanSaranaPrasarana(perencana, { unitId: fx.unit.bkpsdm, tahun: 2023, baris, versi: 0 });
    expect(s.versi).toBe(1);
    expect(await ambilSaranaPrasarana(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024 })).toMatchObject({ versi: 0, dariTahun: 2023,
      baris: [{ uraian: 'Kendaraan roda empat' }, { keterangan: 'Termasuk laptop' }] });
    const buruk = await galat(simpanSaranaPrasarana(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024, baris: [{ ...baris[0]!, jumlah: -1 }], versi: 0 }));
    expect(buruk.rincian[0]).toMatchObject({ kolom: 'baris.0.jumlah' });
    expect(status(await galat(simpanSaranaPrasarana(perencana, { unitId: fx.unit.bkpsdm, tahun: 2023, baris, versi: 0 })))).toBe(409);
  });
});

describe('susunLaporanLkjip', () => {
  it('assembles every chapter from the records, and the tables agree with each other', async () => {
    const l = await susunLaporanLkjip(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024, tribulan: 2 });
    expect(l.temuan).toEqual([]);
    expect(l.instansi).toEqual({ nama: 'Kabupaten Uji', ibuKota: 'Ujimulya' });
    expect(l.kepala).toMatchObject({ nama: 'Hendra Gunawan, S.H., M.Hum.', nip: '19700303 199503 1 001', jabatan: 'Kepala Badan Kepegawaian',
      pangkat: 'Pembina Utama Muda (IV/c)' });
    expect(l.struktur).toEqual([{ nama: 'Badan Kepegawaian dan Pengembangan SDM', tingkat: 0 }, { nama: 'Bidang Mutasi dan Promosi', tingkat: 1 }]);
    // 3 employees in the BKPSDM subtree: the Kepala, the Kabid, a pelaksana; all men
    expect(l.personil.jabatan.reduce((s, b) => s + b.l + b.p, 0)).toBe(3);
    expect(l.personil.golongan.map((g) => g.label)).toEqual(['IV/c (Pembina Utama Muda)', 'IV/a (Pembina)', 'III/a (Penata Muda)']);
    expect(l.sarana.map((s) => s.uraian)).toEqual(['Kendaraan roda empat', 'Komputer']);
    expect(l.narasi.tugas_fungsi).toEqual({ isi: 'Membantu Bupati di bidang kepegawaian.', dariPeriode: { tahun: 2024, periode: 1 } });
    const i = (kode: string) => l.indikator.find((x) => x.kode === kode)!;
    // snapshot: TW II's 57,12 against the PK's 56,35 -> 101,37%; TW I was N/A
    expect(i('IK1')).toMatchObject({ level: 'sasaran', pemilik: 'Meningkatnya Profesionalitas ASN', target: 56.35, realisasi: 57.12, capaian: 101.37,
      tribulan: ['N/A', 57.12, null, null], angkaNasional: 76.18 });
    expect(i('IK1').tahunLalu.find((t) => t.tahun === 2023)).toMatchObject({ target: 66.75, realisasi: 66.9 });
    expect(i('IK1').program).toEqual(['5.03.02 Program Kepegawaian Daerah']);
    // kumulatif: 200 + 300 = 500 of 1000 -> 50%
    expect(i('IK2')).toMatchObject({ realisasi: 500, capaian: 50, pagu: 5_383_556_021, realisasiAnggaran: 3_075_302_587 });
    // rata-rata of 80 and 90 = 85 of 90 -> 94,44%
    expect(i('IP1')).toMatchObject({ level: 'program', pemilik: 'Program Kepegawaian Daerah', realisasi: 85, capaian: 94.44 });
    expect(i('IT1')).toMatchObject({ level: 'tujuan', realisasi: 0.72, capaian: 102.86, capaianTerhadapTargetAkhir: 88.89 });
    // budget: 8.100.000 + 167.724.900 + 5.383.556.021; spent 8.040.000 + 41.954.500 + 3.075.302.587
    expect(l.anggaran.total).toMatchObject({ pagu: 5_559_380_921, realisasi: 3_125_297_087, sisa: 2_434_083_834, penyerapan: 56.22 });
    expect(l.anggaran.baris.map((b) => [b.tingkat, b.kode])).toEqual([
      ['program', '5.03.01'],
      ['kegiatan', '5.03.01.2.02'],
      ['sub_kegiatan', '5.03.01.2.02.0001'],
      ['program', '5.03.02'],
      ['kegiatan', '5.03.02.2.01'],
      ['sub_kegiatan', '5.03.02.2.01.0001'],
      ['sub_kegiatan', '5.03.02.2.01.0002'],
    ]);
    expect(l.pk).toMatchObject({ tanggal: '2024-01-10', pihakKedua: { nama: 'H. Sukamto, S.H.', jabatan: 'Bupati Uji' }, jumlahAnggaran: 5_559_380_921 });
    expect(l.pk!.indikator.map((x) => [x.uraian, x.target])).toEqual([['Indeks Profesionalitas ASN', 56.35], ['Jumlah SK kenaikan pangkat diterbitkan', 1000]]);
    expect(l.renstra!.tujuan[0]!.sasaran[0]!.indikator.map((x) => x.kode)).toEqual(['IK1', 'IK2']);
  });

  it('is refused outside the reach (404), as for a unit without a Renstra', async () => {
    expect(status(await galat(susunLaporanLkjip(adminDinkes, { unitId: fx.unit.bkpsdm, tahun: 2024 })))).toBe(404);
    expect(status(await galat(susunLaporanLkjip(perencana, { unitId: fx.unit.dinkes, tahun: 2024 })))).toBe(404);
  });
});

describe('LKjIP as a background job', () => {
  it('generates DOCX and PDF with progress, for the requester only', async () => {
    const pelari = new PelariPekerjaan(fx.db);
    daftarkanPekerjaanLkjip(pelari);
    // Parts nobody wrote: refused at once with their list, unless the user chooses to leave them blank.
    const belum = await galat(mintaLkjip(perencana, pelari, { unitId: fx.unit.bkpsdm, tahun: 2024, tribulan: 2, format: 'docx' }));
    expect(status(belum)).toBe(422);
    expect(belum.message).toContain('bagian belum diisi pada menu Laporan LKjIP');
    const pesan = (belum.rincian as { kolom: string, pesan: string }[]).map((m) => m.pesan);
    expect(pesan).toContain('Bab IV - A. Kesimpulan belum diisi');
    // written for an earlier tribulan of the year: carried over, not missing
    expect(pesan.some((m) => m.startsWith('Bab I - B. Tugas, Fungsi'))).toBe(false);
    const docx = await mintaLkjip(perencana, pelari, { unitId: fx.unit.bkpsdm, tahun: 2024, tribulan: 2, format: 'docx', kosongkan: true });
    const pdf = await mintaLkjip(perencana, pelari, { unitId: fx.unit.bkpsdm, tahun: 2024, tribulan: 2, format: 'pdf', kosongkan: true });
    await pelari.tutup();
    const k = await ambilPekerjaan(perencana, docx.id, 'lkjip');
    expect(k).toMatchObject({ status: 'selesai', progres: 100, namaBerkas: 'LKjIP-BKPSDM-2024-TW2.docx' });
    expect(status(await galat(ambilPekerjaan(pimpinan, docx.id, 'lkjip')))).toBe(404);

    const d = await bacaDocx((await unduhHasilPekerjaan(perencana, docx.id, 'lkjip')).isi);
    for (const t of [
      'BAB III AKUNTABILITAS KINERJA',
      'Tabel 3.1 Pengukuran Capaian Kinerja Tribulan II Tahun 2024',
      '101,37%',
      '94,44%',
      'N/A',
      '5.559.380.921',
      '3.125.297.087',
      '56,22%',
      'Hendra Gunawan, S.H., M.Hum.',
      'Ujimulya,',
      'Membantu Bupati di bidang kepegawaian.',
      'Kendaraan roda empat',
    ]) {
      expect(d.teks, t).toContain(t);
    }
    expect(d.teks).not.toContain('Bagian ini belum diisi');
    expect(d.gambar.length).toBeGreaterThanOrEqual(1); // kinerja vs anggaran (IP ASN from the records when there are PNS)
    const p = await bacaPdf((await unduhHasilPekerjaan(perencana, pdf.id, 'lkjip')).isi);
    const teks = p.halaman.join('\n');
    expect(teks).toContain('Tabel 3.8 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan');
    expect(teks).toContain('Rp 5.559.380.921,00');
    expect(p.jumlahHalaman).toBeGreaterThan(8);
  });

  it('refuses at once what it cannot generate: bad format (422), a unit out of reach (404); no job is queued', async () => {
    const pelari = new PelariPekerjaan(fx.db);
    daftarkanPekerjaanLkjip(pelari);
    const n = async () => (await fx.db.one<{ n: number }>(sql`select count(*)::int as n from pekerjaan`)).n;
    const sebelum = await n();
    const f = await galat(mintaLkjip(perencana, pelari, { unitId: fx.unit.bkpsdm, tahun: 2024, format: 'odt' as never }));
    expect(f.rincian[0].kolom).toBe('format');
    expect(status(await galat(mintaLkjip(adminDinkes, pelari, { unitId: fx.unit.bkpsdm, tahun: 2024, format: 'pdf' })))).toBe(404);
    expect(await n()).toBe(sebelum);
  });
});

describe('cetak Perjanjian Kinerja', () => {
  it('prints the official layout with both parties, the lampiran tables and the total budget', async () => {
    const c = await cetakPk(perencana, { id: id.pk, format: 'pdf' });
    expect(c.mime).toBe('application/pdf');
    const p = await bacaPdf(c.isi);
    const t = p.halaman.join('\n');
    for (const s of [
      'PERJANJIAN KINERJA TAHUN 2024',
      'Pihak Pertama',
      'Pihak Kedua',
      'PIHAK PERTAMA,',
      'H. Sukamto, S.H.',
      'Hendra Gunawan, S.H., M.Hum.',
      'NIP. 19700303 199503 1 001',
      'Ujimulya, 10 Januari 2024',
      'Indeks Profesionalitas ASN',
      '56,35',
      '5.559.380.921',
      'JUMLAH',
    ]) expect(t, s).toContain(s);
    expect(t).not.toContain('DRAF');
    expect(p.jumlahHalaman).toBe(2);
    const d = await bacaDocx((await cetakPk(perencana, { id: id.pk, format: 'docx' })).isi);
    expect(d.teks).toContain('LAMPIRAN PERJANJIAN KINERJA TAHUN 2024');
    expect(status(await galat(cetakPk(adminDinkes, { id: id.pk })))).toBe(404);
  });
});
