import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { hitungIpAsn as hitungIpAsnMurni, type PegawaiIpAsn } from '@simasn/domain';
import { tambahRiwayat } from '@simasn/kepegawaian';
import { fixturePerBerkas, NIP } from '@simasn/kepegawaian/uji';
import { daftarHasilIndeks, daftarKekuranganIpAsn, eksporPegawaiIpAsn, hitungIpAsn, kePegawaiIpAsn, rencanaPelatihan, simpanHasilIpAsn, sqlFitur } from '../src/index.ts';

/**
 * IP ASN from the records, on the real database engine: the three fixture employees get riwayat
 * whose points are known by hand, so every figure below is checked against arithmetic, not
 * against the code that produced it.
 */
const fx = fixturePerBerkas();
const TANGGAL = '2026-06-30';

beforeAll(async () => {
  const s = fx.sistem;
  // a1: pelaksana, S1 (15), diklat teknis 24 JP in the last year (22,5), no seminar, SKP 2025 baik (25), no hukdis (5) = 67,5
  await tambahRiwayat(s, NIP.a1, 'pendidikan', { tingkat: 'S1', namaSekolah: 'Universitas Jember', tahunLulus: 2013 });
  await tambahRiwayat(s, NIP.a1, 'diklat', { jenis: 'teknis', nama: 'Pengelolaan Arsip Dinamis', tanggalMulai: '2026-02-02', tanggalSelesai: '2026-02-05', jumlahJp: 24 });
  await tambahRiwayat(s, NIP.a1, 'skp', { tahun: 2025, predikat: 'baik' });
  // a2: struktural administrator, S2 (20), PKA (15) + seminar 2025 (10), teknis 16 JP only (0), SKP sangat baik (30),
  //     hukdis ringan in the last 12 months (3) = 78
  await tambahRiwayat(s, NIP.a2, 'pendidikan', { tingkat: 'S2', namaSekolah: 'Universitas Brawijaya', tahunLulus: 2010 });
  await tambahRiwayat(s, NIP.a2, 'diklat', { jenis: 'kepemimpinan', nama: 'Pelatihan Kepemimpinan Administrator', tingkat: 'PKA', tanggalMulai: '2021-03-01',
    tanggalSelesai: '2021-06-30', jumlahJp: 260 });
  await tambahRiwayat(s, NIP.a2, 'diklat', { jenis: 'seminar', nama: 'Seminar Manajemen Talenta', tanggalMulai: '2025-09-10', tanggalSelesai: '2025-09-10', jumlahJp: 8 });
  await tambahRiwayat(s, NIP.a2, 'diklat', { jenis: 'teknis', nama: 'Bimtek SIASN', tanggalMulai: '2026-01-12', tanggalSelesai: '2026-01-13', jumlahJp: 16 });
  await tambahRiwayat(s, NIP.a2, 'skp', { tahun: 2025, predikat: 'sangat_baik' });
  await tambahRiwayat(s, NIP.a2, 'hukdis', { tingkat: 'ringan', jenis: 'teguran_tertulis', tmt: '2026-01-15' });
  // b1: fungsional (Dinkes), no pendidikan record (0), diklat fungsional (15), seminar 2023 is outside 2 years (0),
  //     no SKP (0), hukdis sedang in 2024 is outside 12 months (5) = 20
  await tambahRiwayat(s, NIP.b1, 'diklat', { jenis: 'fungsional', nama: 'Pelatihan Pembentukan JF Perawat', tanggalMulai: '2013-04-01', tanggalSelesai: '2013-04-10',
    jumlahJp: 80 });
  await tambahRiwayat(s, NIP.b1, 'diklat', { jenis: 'seminar', nama: 'Seminar Keperawatan', tanggalMulai: '2023-05-01', tanggalSelesai: '2023-05-01', jumlahJp: 8 });
  await tambahRiwayat(s, NIP.b1, 'hukdis', { tingkat: 'sedang', jenis: 'potong_tukin_6', tmt: '2024-03-01', masaBulan: 6 });
});

describe('IP ASN computed from the riwayat', () => {
  it('gives each dimension and the instansi index as arithmetic says', async () => {
    const h = await hitungIpAsn(fx.sistem, { tanggal: TANGGAL });
    expect(h.aturan.id).toBe('bkn-8-2019');
    expect(h.jumlahPegawai).toBe(3);
    // kualifikasi (15 + 20 + 0) / 3; kompetensi (22,5 + 25 + 15) / 3; kinerja (25 + 30 + 0) / 3; disiplin (5 + 3 + 5) / 3
    expect(h.rataRata).toEqual({ kualifikasi: 11.67, kompetensi: 20.83, kinerja: 18.33, disiplin: 4.33, total: 55.17 });
    expect(h.kategori).toBe('Sangat Rendah');
    expect(h.celahData).toEqual({ tanpaJabatan: 0, tanpaPendidikan: 1, tanpaSkp: 1 });
    const dinkes = h.perUnit.find((u) => u.unitId === fx.unit.dinkes)!;
    expect(dinkes.rataRata.total).toBe(20);
    const teknis = h.kekurangan.find((k) => k.kode === 'diklat_teknis')!;
    expect(teknis.pegawai).toBe(2); // a2 (16 JP) and b1
    expect(teknis.potensiKenaikan).toBe(10); // (15 + 15) / 3
  });

  it('recomputes a past date and another rule version from the same records', async () => {
    // On 2024-12-31: a1's diklat (2026) not yet, SKP 2025 not yet (the window is 2023-2024).
    const lama = await hitungIpAsn(fx.sistem, { tanggal: '2024-12-31' });
    const a1Lama = 15 + 0 + 0 + 5;
    const a2Lama = 20 + 15 + 0 + 5; // PKA only; seminar (Sep 2025), teknis (2026), SKP 2025 and the hukdis (2026) not yet
    const b1Lama = 0 + 15 + 10 + 0 + 2; // seminar May 2023 inside 2 years; hukdis sedang (Mar 2024) inside 12 months
    expect(lama.tanggalAcuan).toBe('2024-12-31');
    expect(lama.rataRata.total).toBe(Number(((a1Lama + a2Lama + b1Lama) / 3).toFixed(2)));
    const varian = await hitungIpAsn(fx.sistem, { tanggal: TANGGAL, aturan: 'bkn-8-2019-pelaksana-30-10' });
    expect(varian.aturan.id).toBe('bkn-8-2019-pelaksana-30-10');
    expect(varian.rataRata.kompetensi).toBe(23.33); // a1: teknis 30 instead of 22,5
  });

  it('agrees with the pure rules applied employee by employee', async () => {
    const fitur = await fx.db.many<Parameters<typeof kePegawaiIpAsn>[0]>(sql`${sqlFitur(1, TANGGAL, sql`true`)} select * from fitur`);
    const murni = hitungIpAsnMurni(fitur.map(kePegawaiIpAsn) as PegawaiIpAsn[]);
    const h = await hitungIpAsn(fx.sistem, { tanggal: TANGGAL });
    expect(murni.ok && murni.nilai.rataRata).toEqual(h.rataRata);
  });

  it('keeps each caller to their reach: an admin OPD sees their OPD, an ASN their own score', async () => {
    const dinkes = await hitungIpAsn(await fx.ctx('admin.dinkes'), { tanggal: TANGGAL });
    expect(dinkes.jumlahPegawai).toBe(1);
    expect(dinkes.rataRata.total).toBe(20);
    const diri = await hitungIpAsn(await fx.ctx(NIP.a1), { tanggal: TANGGAL });
    expect(diri.jumlahPegawai).toBe(1);
    expect(diri.rataRata.total).toBe(67.5);
    const daftar = await daftarKekuranganIpAsn(await fx.ctx('admin.bkpsdm'), { tanggal: TANGGAL });
    expect(daftar.items.map((i) => i.nip).sort()).toEqual([NIP.a1, NIP.a2].sort());
  });

  it('lists who lacks what, with the points a fix adds', async () => {
    const d = await daftarKekuranganIpAsn(fx.sistem, { tanggal: TANGGAL, kekurangan: 'seminar' });
    expect(d.items.map((i) => i.nip).sort()).toEqual([NIP.a1, NIP.b1].sort());
    const a1 = d.items.find((i) => i.nip === NIP.a1)!;
    expect(a1.nilai.total).toBe(67.5);
    expect(a1.kekurangan).toContainEqual(expect.objectContaining({ kode: 'seminar', tambahan: 17.5 }));
    const kosong = await daftarKekuranganIpAsn(fx.sistem, { tanggal: TANGGAL, kekurangan: 'pendidikan_kosong' });
    expect(kosong.items.map((i) => i.nip)).toEqual([NIP.b1]);
  });

  it('exports every ASN of the reach with the four dimensions, total, category and what they lack (issue 10 item 19)', async () => {
    const baca = async (ctx: Parameters<typeof eksporPegawaiIpAsn>[0], q: Record<string, unknown> = {}) => {
      const x = await eksporPegawaiIpAsn(ctx, { tanggal: TANGGAL, ...q });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(x.isi as unknown as ArrayBuffer);
      const baris: unknown[][] = [];
      wb.worksheets[0]!.eachRow((r) => baris.push((r.values as unknown[]).slice(1)));
      return { namaBerkas: x.namaBerkas, baris, data: baris.filter((r) => typeof r[0] === 'number') };
    };
    // Instansi reach (BKD): every PNS of the instansi, all on one sheet, beyond one page of the list.
    const bkd = await baca(await fx.ctx('admin.bkd'), { limit: 1 });
    expect(bkd.namaBerkas).toBe(`ip-asn-pegawai-${TANGGAL}.xlsx`);
    expect(bkd.data.map((r) => r[1]).sort()).toEqual([NIP.a1, NIP.a2, NIP.b1].sort());
    const a1 = bkd.data.find((r) => r[1] === NIP.a1)!;
    // kualifikasi 15, kompetensi 22,5, kinerja 25, disiplin 5 = 67,5 (the arithmetic above)
    expect(a1.slice(5, 11)).toEqual([15, 22.5, 25, 5, 67.5, expect.any(String)]);
    expect(String(a1[11])).toMatch(/seminar/i);
    // A unit's reach gets its own employees only; a filter narrows the same way as on the page.
    expect((await baca(await fx.ctx('admin.bkpsdm'))).data.map((r) => r[1]).sort()).toEqual([NIP.a1, NIP.a2].sort());
    expect((await baca(fx.sistem, { kekurangan: 'pendidikan_kosong' })).data.map((r) => r[1])).toEqual([NIP.b1]);
  });

  it('plans training within the budget for the largest gain', async () => {
    // One seat (Rp 3.000.000): the best seat is a1's seminar (17,5 points) -> +5,83.
    const r = await rencanaPelatihan(fx.sistem, { tanggal: TANGGAL, anggaran: 3_000_000, biaya: { teknis: 3_000_000, seminar: 3_000_000 } });
    expect(r.jumlahKursi).toBe(1);
    expect(r.peserta[0]).toMatchObject({ nip: NIP.a1, pelatihan: 'seminar', tambahanPoin: 17.5 });
    expect(r.sebelum.total).toBe(55.17);
    expect(r.sesudah.total).toBe(61);
    expect(r.kenaikan).toBe(5.83);
    const semua = await rencanaPelatihan(fx.sistem, { tanggal: TANGGAL, anggaran: 100_000_000, biaya: { teknis: 3_000_000, seminar: 1_000_000 } });
    expect(semua.jumlahKursi).toBe(4); // a1 seminar, a2 teknis, b1 teknis and seminar
    expect(semua.biayaTerpakai).toBe(8_000_000);
  });

  it('freezes a figure with its rule version and lists the series', async () => {
    const s = await simpanHasilIpAsn(fx.sistem, { tahun: 2026, periode: 'tw2' });
    expect(s.tanggalAcuan).toBe('2026-06-30');
    expect(s.rataRata.total).toBe(55.17);
    const seri = await daftarHasilIndeks(fx.sistem, { jenis: 'ip_asn' });
    expect(seri[0]).toMatchObject({ tahun: 2026, periode: 'tw2', aturan: 'bkn-8-2019', nilai: 55.17 });
    const audit = await fx.db.one<{ n: number }>(sql`select count(*)::int n from audit_log where aksi = 'indeks.simpan'`);
    expect(audit.n).toBe(1);
    expect(await daftarHasilIndeks(await fx.ctx('admin.dinkes'), { jenis: 'ip_asn' })).toEqual([]);
  });
});

describe('IP ASN after a promotion and a new degree', () => {
  it('reads the jabatan and the pendidikan as they were on the reference date', async () => {
    // a1 graduates S2 in 2026 and becomes Kepala Bidang (struktural administrator) on 1 March 2026.
    await tambahRiwayat(fx.sistem, NIP.a1, 'pendidikan', { tingkat: 'S2', namaSekolah: 'Universitas Airlangga', tahunLulus: 2026 });
    await tambahRiwayat(fx.sistem, NIP.a1, 'jabatan', { jabatanId: fx.jabatan.kabid, unitId: fx.unit.mutasi, tmt: '2026-03-01' });
    const a1 = async (tanggal: string) => (await daftarKekuranganIpAsn(fx.sistem, { tanggal, q: NIP.a1 })).items[0]!;
    const kini = await a1(TANGGAL);
    expect(kini.jenisJabatan).toBe('struktural');
    // S2 20; struktural: no PKA (0) + teknis 24 JP (15) + no seminar (0); SKP baik 25; disiplin 5
    expect(kini.nilai).toEqual({ kualifikasi: 20, kompetensi: 15, kinerja: 25, disiplin: 5, total: 65 });
    const lalu = await a1('2025-12-31');
    expect(lalu.jenisJabatan).toBe('pelaksana');
    // S1 15; pelaksana, no diklat in the window yet; SKP 2025 baik 25; disiplin 5
    expect(lalu.nilai).toEqual({ kualifikasi: 15, kompetensi: 0, kinerja: 25, disiplin: 5, total: 45 });
  });
});
