import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { raw, sql } from '@simasn/db';
import { bukuXlsx, fixturePerBerkas, galatAplikasi, NIP } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { bacaPdf } from '@simasn/platform/dokumen/baca';
import { aturanBulan, bacaDanSusun, larik } from '../src/hitung/hitung-bulan.ts';
import { ringkasAsal } from '../src/hitung/susun-tpp.ts';
import { barisTpp, berkasBankTpp, buatPenyesuaianTpp, bulanTpp, cetakNominatifTpp, daftarGajiTpp, daftarKelasJabatan, daftarRekeningTpp, eksporGajiTpp, imporGajiTpp,
  templatGajiTpp, eksporKelasJabatan, eksporNominatifTpp, eksporRekeningTpp, hitungBulanTpp, imporKelasJabatan, imporRekeningTpp, kunciTpp, rincianTpp, simpanRekeningTpp,
  templatRekeningTpp, tinjauTpp, ubahKelasJabatanTpp } from '../src/index.ts';

/**
 * The TPP month on a real database (PGlite, and PostgreSQL with TEST_DATABASE_URL): April 2026 of
 * the test kabupaten computed from the rekap, approved activities, riwayat gaji and hukdis (figures
 * worked by hand from RULES.md section 10), an ASN with missing data listed with the reason, the
 * reach of each role, review and lock, the nominatif and bank files opened and read, a late
 * correction paid as an adjustment in May, the kelas jabatan import (all or nothing), and the bank
 * accounts: the bank file never a blank row, the list in reach, the import all or nothing within
 * the importer's reach, every change audited masked.
 */
const fx = fixturePerBerkas();
const pada = (ctx: Konteks, iso: string): Konteks => ({ ...ctx, sekarang: () => new Date(iso) });
const MEI = '2026-05-06T03:00:00Z';
let bkd: Konteks;
let bkpsdm: Konteks;
let dinkes: Konteks;
let bkad: Konteks;
let andi: Konteks;
const id = { andi: 0, bambang: 0, citra: 0 };

async function rekap(pegawaiId: number, bulan: string, hariKerja: number, cuti: number, potongan: number) {
  await fx.db.run(sql`delete from rekap_presensi_bulan where instansi_id = 1 and pegawai_id = ${pegawaiId} and bulan = ${`${bulan}-01`}::date`);
  await fx.db.run(sql`insert into rekap_presensi_bulan (instansi_id, pegawai_id, bulan, hari_kerja, hadir, dinas_luar, cuti, tugas_belajar, diklat, sakit, izin, alpa,
      tl1, tl2, tl3, tl4, psw1, psw2, psw3, psw4, terlambat_menit, pulang_cepat_menit, potongan_persen, menunggu_tinjau, versi_aturan)
    values (1, ${pegawaiId}, ${`${bulan}-01`}::date, ${hariKerja}, ${
    hariKerja - cuti
  }, 0, ${cuti}, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 50, 0, ${potongan}, 0, 'perbup-sukamaju-2026')`);
}

beforeAll(async () => {
  bkd = pada(await fx.ctx('admin.bkd'), MEI);
  bkpsdm = pada(await fx.ctx('admin.bkpsdm'), MEI);
  dinkes = pada(await fx.ctx('admin.dinkes'), MEI);
  bkad = pada(await fx.ctx('bkad'), MEI);
  andi = pada(await fx.ctx(NIP.a1), MEI);
  for (const [k, nip] of [['andi', NIP.a1], ['bambang', NIP.a2], ['citra', NIP.b1]] as const) {
    id[k] = Number((await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${nip}`)).id);
  }
  await fx.db.run(sql`insert into riwayat_gaji (instansi_id, pegawai_id, golongan, tmt, mk_tahun, gaji_pokok, aturan_gaji) values
    (1, ${id.andi}, 'III/a', '2026-01-01', 10, 3000000, 'pp-5-2024'), (1, ${id.bambang}, 'IV/a', '2025-01-01', 25, 11500000, 'pp-5-2024')`);
  // Andi: 21 working days, 1 cuti -> target 20 x 450 = 9.000 minutes; 16 approved days of 450 -> 80%. Potongan disiplin 2,5%.
  await rekap(id.andi, '2026-04', 21, 1, 2.5);
  await rekap(id.bambang, '2026-04', 21, 0, 0);
  await rekap(id.citra, '2026-04', 21, 0, 0);
  for (let d = 1; d <= 16; d++) {
    await fx.db.run(sql`insert into aktivitas_harian (instansi_id, pegawai_id, tanggal, uraian, kuantitas, satuan, jam_mulai, jam_selesai, status)
      values (1, ${id.andi}, ${`2026-04-${String(d).padStart(2, '0')}`}::date, 'Menyusun laporan', 1, 'laporan', '07:30', '15:00', 'disetujui')`);
  }
  // One not approved: does not count.
  await fx.db.run(sql`insert into aktivitas_harian (instansi_id, pegawai_id, tanggal, uraian, kuantitas, satuan, jam_mulai, jam_selesai, status)
    values (1, ${id.andi}, '2026-04-20', 'Rapat', 1, 'kegiatan', '07:30', '15:00', 'diajukan')`);
  // Bambang: a hukuman disiplin sedang from 1 March for 6 months runs in April.
  await fx.db.run(sql`insert into riwayat_hukdis (instansi_id, pegawai_id, tingkat, jenis, nomor_sk, tmt, masa_bulan)
    values (1, ${id.bambang}, 'sedang', 'potong_tukin_6', '800/12/2026', '2026-03-01', 6)`);
});

describe('kelas jabatan', () => {
  it('lists, edits (BKD only) and imports all or nothing with row/column/reason', async () => {
    const d = await daftarKelasJabatan(bkd, { q: 'Kepala Bidang' });
    expect(d.items.map((j) => [j.kode, j.kelasJabatan, j.besaran, j.pegawai])).toEqual([['ST-MUT', 7, 3_000_000, 1]]);
    // Active employees per jabatan (counted set-based), and sorted by that count.
    const perPegawai = (await daftarKelasJabatan(bkd, { urut: 'pegawai', arah: 'turun' }, true)).items;
    const aktif = await fx.db.many<{ jabatan_id: string | number, n: number }>(
      sql`select jabatan_id, count(*)::int as n from pegawai where kedudukan = 'aktif' group by jabatan_id`,
    );
    expect(perPegawai.map((j) => j.pegawai)).toEqual(perPegawai.map((j) => aktif.find((a) => Number(a.jabatan_id) === j.id)?.n ?? 0));
    expect(perPegawai.map((j) => j.pegawai)).toEqual(perPegawai.map((j) => j.pegawai).sort((a, b) => b - a));
    expect((await galatAplikasi(ubahKelasJabatanTpp(bkpsdm, d.items[0]!.id, { kelasJabatan: 12 }))).status).toBe(403);
    expect((await galatAplikasi(ubahKelasJabatanTpp(bkd, d.items[0]!.id, { kelasJabatan: 18 }))).status).toBe(422);

    const salah = await bukuXlsx({ Kelas: [['Kode jabatan', 'Kelas jabatan'], ['ST-MUT', 12], ['XX-99', 5], ['JF-PRW', 18], ['ST-MUT', 11]] });
    const h = await imporKelasJabatan(bkd, { namaBerkas: 'kelas.xlsx', isi: salah });
    expect(h.ok).toBe(false);
    expect(h.masalah).toEqual([
      { baris: 3, kolom: 'Kode jabatan', pesan: 'kode jabatan "XX-99" tidak ada di SIMASN' },
      { baris: 4, kolom: 'Kelas jabatan', pesan: 'kelas jabatan "18" tidak sah (1 sampai 17)' },
      { baris: 5, kolom: 'Kode jabatan', pesan: 'kode jabatan "ST-MUT" sudah ada di baris 2' },
    ]);
    expect((await daftarKelasJabatan(bkd, { q: 'ST-MUT' })).items[0]!.kelasJabatan).toBe(7);

    // The exported list is the import's template: change a cell and send it back.
    const ekspor = await eksporKelasJabatan(bkd);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(ekspor.isi as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    let ubah = 0;
    ws.eachRow((r) => {
      if (r.getCell(1).value === 'ST-MUT') {
        r.getCell(5).value = 12;
        ubah++;
      }
    });
    expect(ubah).toBe(1);
    const baik = await imporKelasJabatan(bkd, { namaBerkas: 'kelas-jabatan.xlsx', isi: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(baik).toEqual({ ok: true, diubah: 1, baris: 3, masalah: [] });
    expect((await daftarKelasJabatan(bkd, { q: 'ST-MUT' })).items[0]).toMatchObject({ kelasJabatan: 12, besaran: 6_300_000 });
  });
});

describe('TPP April 2026', () => {
  it('is computed by BKD only, for every ASN, with the missing data named', async () => {
    expect((await galatAplikasi(hitungBulanTpp(bkpsdm, { bulan: '2026-04' }))).status).toBe(403);
    const h = await hitungBulanTpp(bkd, { bulan: '2026-04' });
    expect(h).toMatchObject({ bulan: '2026-04', aturan: 'perbup-sukamaju-2026', dihitung: 2, masalah: 1 });
    const m = await barisTpp(bkd, { bulan: '2026-04', saring: 'masalah' });
    expect(m.items.map((r) => [r.nama, r.masalah])).toEqual([['Citra Lestari', 'belum ada riwayat gaji (gaji pokok) sampai April 2026']]);
  });

  it('gives every figure by RULES.md section 10 (worked by hand)', async () => {
    const semua = await barisTpp(bkd, { bulan: '2026-04', urut: 'nama' });
    const andiRow = semua.items.find((r) => r.pegawaiId === id.andi)!;
    // 3.000.000 x 60% x 80% = 1.440.000; x 40% x 97,5% = 1.170.000; bruto 2.610.000; BPJS 1% 26.100, 4% 104.400; PPh 5% 130.500.
    expect(andiRow).toMatchObject({ kelasJabatan: 7, besaran: 3_000_000, capaianKinerja: 80, potonganDisiplin: 2.5, tppKinerja: 1_440_000, tppDisiplin: 1_170_000,
      potonganHukdis: 0, bruto: 2_610_000, iuranBpjsPegawai: 26_100, iuranBpjsPemda: 104_400, pph21: 130_500, netto: 2_453_400 });
    const bambang = semua.items.find((r) => r.pegawaiId === id.bambang)!;
    // Kelas 12: 6.300.000; capaian 0; disiplin 2.520.000; hukdis sedang 25% = 630.000; bruto 1.890.000;
    // gaji 11.500.000: only 500.000 of TPP under the 12.000.000 cap: 5.000 / 20.000; PPh IV 15% 283.500.
    expect(bambang).toMatchObject({ kelasJabatan: 12, besaran: 6_300_000, capaianKinerja: 0, hukdis: 'sedang', tppKinerja: 0, tppDisiplin: 2_520_000, potonganHukdis: 630_000,
      bruto: 1_890_000, iuranBpjsPegawai: 5_000, iuranBpjsPemda: 20_000, pph21: 283_500, netto: 1_601_500 });
  });

  it('shows the ASN their own month with the reason of every rupiah, and nobody else', async () => {
    const r = await rincianTpp(andi, { bulan: '2026-04' });
    expect(r.pegawai?.netto).toBe(2_453_400);
    expect(r.diterima).toBe(2_453_400);
    expect(r.asal.join(' ')).toContain('aktivitas harian disetujui 7.200 menit dari target 9.000 menit (20 hari wajib kerja x 450 menit)');
    expect(r.rincian.map((x) => x.kode)).toEqual(['besaran', 'tppKinerja', 'tppDisiplin', 'potonganHukdis', 'bruto', 'iuranBpjsPegawai', 'iuranBpjsPemda', 'pph21', 'netto']);
    expect(r.rincian.find((x) => x.kode === 'netto')!.alasan).toContain('Rp 2.453.400,00');
    expect((await galatAplikasi(rincianTpp(andi, { bulan: '2026-04', pegawaiId: id.citra }))).status).toBe(404);
    const b = await rincianTpp(pada(await fx.ctx(NIP.a2), MEI), { bulan: '2026-04' });
    expect(b.asal.join(' ')).toContain('Hukuman disiplin sedang berjalan: pemotongan tunjangan kinerja 25% selama 6 bulan, SK 800/12/2026, TMT 1 Maret 2026 selama 6 bulan.');
  });

  it('keeps each role to its reach; BKAD sees nothing before the lock', async () => {
    const semua = await bulanTpp(bkd, { bulan: '2026-04' });
    expect(semua.opd.map((o) => [o.nama, o.pegawai, o.masalah, o.netto])).toEqual([
      ['Badan Kepegawaian dan Pengembangan SDM', 2, 0, 2_453_400 + 1_601_500],
      ['Dinas Kesehatan', 1, 1, 0],
    ]);
    const opd = await bulanTpp(bkpsdm, { bulan: '2026-04' });
    expect(opd.opd.map((o) => o.nama)).toEqual(['Badan Kepegawaian dan Pengembangan SDM']);
    expect(opd).toMatchObject({ bolehHitung: false, bolehKunci: false, bolehTinjau: true });
    expect((await barisTpp(dinkes, { bulan: '2026-04' })).items.map((r) => r.nama)).toEqual(['Citra Lestari']);
    expect((await bulanTpp(bkad, { bulan: '2026-04' })).ada).toBe(false);
    // Opened without a month in May, BKD and admin OPD land on April, the draft there is work on (not on May, not computed).
    expect(await bulanTpp(bkd, {})).toMatchObject({ bulan: '2026-04', ada: true, status: 'draf' });
    expect(await bulanTpp(bkpsdm, {})).toMatchObject({ bulan: '2026-04', ada: true, status: 'draf', bolehTinjau: true });
    // Nothing locked yet: BKAD's page has no month to show, and says so (no draft month in its list).
    expect(await bulanTpp(bkad, {})).toMatchObject({ bulan: '2026-05', ada: false, hanyaTerkunci: true, bulanTerakhir: [] });
    expect((await galatAplikasi(barisTpp(bkad, { bulan: '2026-04' }))).status).toBe(404);
    expect((await galatAplikasi(eksporNominatifTpp(bkad, { bulan: '2026-04' }))).status).toBe(404);
  });

  it('recomputes idempotently while draf and clears the reviews', async () => {
    const pd = (await bulanTpp(bkd, { bulan: '2026-04' })).opd[0]!.perangkatDaerahId!;
    await tinjauTpp(bkpsdm, { bulan: '2026-04', perangkatDaerahId: pd, catatan: 'sudah dicek' });
    expect((await bulanTpp(bkpsdm, { bulan: '2026-04' })).opd[0]).toMatchObject({ ditinjau: true, catatan: 'sudah dicek' });
    const sebelum = (await barisTpp(bkd, { bulan: '2026-04' })).items;
    await hitungBulanTpp(bkd, { bulan: '2026-04' });
    expect((await barisTpp(bkd, { bulan: '2026-04' })).items).toEqual(sebelum);
    expect((await bulanTpp(bkpsdm, { bulan: '2026-04' })).opd[0]!.ditinjau).toBe(false);
    // Only what changed is rewritten: Andi's cut becomes 5%, Citra leaves (no longer aktif) and comes back.
    const versiBaris = async () =>
      new Map((await fx.db.many<{ p: string, x: string }>(sql`select pegawai_id::text as p, xmin::text as x from tpp_pegawai where bulan = '2026-04-01'`)).map((r) => [
        Number(r.p),
        r.x,
      ]));
    const v1 = await versiBaris();
    await rekap(id.andi, '2026-04', 21, 1, 5);
    await fx.db.run(sql`update pegawai set kedudukan = 'pensiun' where id = ${id.citra}`);
    await hitungBulanTpp(bkd, { bulan: '2026-04' });
    const v2 = await versiBaris();
    expect([v2.get(id.andi) === v1.get(id.andi), v2.get(id.bambang) === v1.get(id.bambang), v2.has(id.citra)]).toEqual([false, true, false]);
    const ubah = (await barisTpp(bkd, { bulan: '2026-04' })).items;
    expect(ubah.map((r) => [r.nama, r.potonganDisiplin])).toEqual([['Andi Saputra', 5], ['Bambang Wijaya', 0]]);
    expect(ubah[1]).toEqual(sebelum.find((r) => r.nama === 'Bambang Wijaya'));
    await rekap(id.andi, '2026-04', 21, 1, 2.5);
    await fx.db.run(sql`update pegawai set kedudukan = 'aktif' where id = ${id.citra}`);
    await hitungBulanTpp(bkd, { bulan: '2026-04' });
    expect((await barisTpp(bkd, { bulan: '2026-04' })).items).toEqual(sebelum);
  });

  it('is reviewed per OPD by its admin, then locked by BKD, and never recomputed', async () => {
    const [pdBkpsdm, pdDinkes] = (await bulanTpp(bkd, { bulan: '2026-04' })).opd.map((o) => o.perangkatDaerahId!);
    expect((await galatAplikasi(tinjauTpp(bkpsdm, { bulan: '2026-04', perangkatDaerahId: pdDinkes! }))).status).toBe(403);
    await tinjauTpp(bkpsdm, { bulan: '2026-04', perangkatDaerahId: pdBkpsdm! });
    const belum = await galatAplikasi(kunciTpp(bkd, { bulan: '2026-04' }));
    expect(belum.status).toBe(409);
    expect(belum.message).toContain('Dinas Kesehatan');
    await tinjauTpp(dinkes, { bulan: '2026-04', perangkatDaerahId: pdDinkes! });
    expect((await galatAplikasi(kunciTpp(bkpsdm, { bulan: '2026-04' }))).status).toBe(403);
    await kunciTpp(bkd, { bulan: '2026-04' });
    const lagi = await galatAplikasi(hitungBulanTpp(bkd, { bulan: '2026-04' }));
    expect(lagi.status).toBe(409);
    expect(lagi.message).toContain('penyesuaian');
    expect((await galatAplikasi(tinjauTpp(bkpsdm, { bulan: '2026-04', perangkatDaerahId: pdBkpsdm! }))).status).toBe(409);
    expect((await bulanTpp(bkad, { bulan: '2026-04' })).status).toBe('dikunci');
    // Opening the page without a month: BKAD lands on the latest locked month (to pay), BKD on the month after it (May, to compute).
    expect(await bulanTpp(bkad, {})).toMatchObject({ bulan: '2026-04', ada: true, status: 'dikunci', hanyaTerkunci: true, bolehBank: true,
      bulanTerakhir: [{ bulan: '2026-04', status: 'dikunci' }] });
    expect(await bulanTpp(bkd, {})).toMatchObject({ bulan: '2026-05', hanyaTerkunci: false });
  });

  it('gives BKAD the nominatif (XLSX with the figures and totals, PDF) and the bank file with full accounts', async () => {
    const pd = (await bulanTpp(bkad, { bulan: '2026-04' })).opd[0]!.perangkatDaerahId!;
    // Nobody has an account yet: the month says so per perangkat daerah (Citra is not paid: no warning for her).
    expect((await bulanTpp(bkad, { bulan: '2026-04' })).opd.map((o) => o.tanpaRekening)).toEqual([2, 0]);
    const salah = await galatAplikasi(simpanRekeningTpp(bkpsdm, NIP.a1, { namaBank: 'Bank Jatim', nomorRekening: '0011-2233-4455' }));
    expect([salah.status, salah.rincian]).toEqual([422, [{ kolom: 'nomorRekening', pesan: 'nomor rekening hanya angka, tanpa spasi, titik atau tanda hubung' }]]);
    await simpanRekeningTpp(bkpsdm, NIP.a1, { namaBank: 'Bank Jatim', nomorRekening: '001122334455' });
    expect((await bulanTpp(bkad, { bulan: '2026-04' })).jumlah.tanpaRekening).toBe(1);
    expect((await galatAplikasi(simpanRekeningTpp(bkpsdm, NIP.b1, { namaBank: 'Bank Jatim', nomorRekening: '12345678' }))).status).toBe(404);
    const x = await eksporNominatifTpp(bkad, { bulan: '2026-04', perangkatDaerahId: pd });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.isi as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const kepala = (ws.getRow(4).values as unknown[]).slice(1);
    const kol = (judul: string) => kepala.indexOf(judul) + 1;
    const baris = [5, 6, 7].map((n) => ws.getRow(n));
    expect(baris.map((r) => r.getCell(kol('Nama')).value)).toEqual(['Andi Saputra', 'Bambang Wijaya', 'JUMLAH']);
    expect(baris.map((r) => r.getCell(kol('Netto')).value)).toEqual([2_453_400, 1_601_500, 4_054_900]);
    expect(baris.map((r) => r.getCell(kol('PPh 21')).value)).toEqual([130_500, 283_500, 414_000]);
    expect(baris.map((r) => r.getCell(kol('BPJS 4% (Pemda)')).value)).toEqual([104_400, 20_000, 124_400]);
    expect(baris[0]!.getCell(kol('% kinerja')).value).toBe('80%');
    expect(baris[0]!.getCell(kol('% disiplin')).value).toBe('97,5%');
    expect(baris[0]!.getCell(kol('Rekening')).value).toBe('Bank Jatim ********4455');
    const pdf = await cetakNominatifTpp(bkad, { bulan: '2026-04', perangkatDaerahId: pd });
    expect(pdf.isi.subarray(0, 5).toString()).toBe('%PDF-');
    const teksPdf = (await bacaPdf(pdf.isi)).halaman.join(' ');
    for (const t of [
      'DAFTAR NOMINATIF PENERIMA TAMBAHAN PENGHASILAN PEGAWAI (TPP) BULAN APRIL 2026',
      'Andi Saputra',
      `NIP ${NIP.a1}`,
      '2.453.400',
      '4.054.900',
      'JUMLAH',
      'Bank Jatim ********4455',
      'Diverifikasi oleh,',
      'Mengetahui,',
      'Halaman 1',
    ]) expect(teksPdf).toContain(t);
    expect((await galatAplikasi(cetakNominatifTpp(bkad, { bulan: '2026-04' }))).status).toBe(422);
    const bank = await berkasBankTpp(bkad, { bulan: '2026-04', perangkatDaerahId: pd });
    expect(bank.isi.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n')).toEqual([
      'no_rekening,nama_bank,nama,nip,jumlah',
      `001122334455,Bank Jatim,Andi Saputra,${NIP.a1},2453400`,
    ]);
    // Bambang has no account: never a blank row, named in the answer and counted in the audit entry.
    expect(bank.tanpaRekening).toEqual([{ nip: NIP.a2, nama: 'Bambang Wijaya' }]);
    const jejak = await fx.db.one<{ sesudah: { tanpaRekening: number } }>(sql`select sesudah from audit_log where aksi = 'tpp.berkas_bank' order by id desc limit 1`);
    expect(jejak.sesudah.tanpaRekening).toBe(1);
    expect((await galatAplikasi(berkasBankTpp(bkpsdm, { bulan: '2026-04' }))).status).toBe(403);
  });

  it('pays a late correction of the locked month as an adjustment line in May, leaving April untouched', async () => {
    // A late attendance correction: Andi's April cut becomes 5%.
    await rekap(id.andi, '2026-04', 21, 1, 5);
    expect((await galatAplikasi(buatPenyesuaianTpp(bkd, { bulanDikoreksi: '2026-04', bulanDibayar: '2026-05', pegawaiId: id.andi, alasan: 'koreksi presensi' }))).status).toBe(404);
    await rekap(id.andi, '2026-05', 20, 0, 0);
    await hitungBulanTpp(bkd, { bulan: '2026-05' });
    const p = await buatPenyesuaianTpp(bkd, { bulanDikoreksi: '2026-04', bulanDibayar: '2026-05', pegawaiId: id.andi, alasan: 'koreksi presensi terlambat' });
    // Disiplin 3.000.000 x 40% x 95% = 1.140.000 (-30.000); bruto 2.580.000; BPJS 25.800 (-300); PPh 129.000 (-1.500); netto -28.200.
    expect(p.netto).toBe(-28_200);
    expect(p.rincian.find((x) => x.kode === 'tppDisiplin')!.alasan).toContain('semula Rp 1.170.000,00 menjadi Rp 1.140.000,00, selisih -Rp 30.000,00');
    const april = await rincianTpp(andi, { bulan: '2026-04' });
    expect(april.pegawai?.netto).toBe(2_453_400);
    expect(april.koreksi.map((k) => [k.bulanDibayar, k.netto])).toEqual([['2026-05', -28_200]]);
    const mei = await rincianTpp(andi, { bulan: '2026-05' });
    expect(mei.penyesuaian.map((k) => [k.bulanDikoreksi, k.alasan, k.netto])).toEqual([['2026-04', 'koreksi presensi terlambat', -28_200]]);
    expect(mei.diterima).toBe(mei.pegawai!.netto! - 28_200);
    // Recomputing May keeps the adjustment; the same correction again has nothing left to pay.
    await hitungBulanTpp(bkd, { bulan: '2026-05' });
    expect((await barisTpp(bkd, { bulan: '2026-05', saring: 'penyesuaian' })).items.map((r) => [r.nama, r.penyesuaianNetto])).toEqual([['Andi Saputra', -28_200]]);
    // The month's summary carries it on Andi's perangkat daerah and in the total.
    const ringkasMei = await bulanTpp(bkd, { bulan: '2026-05' });
    expect([ringkasMei.jumlah.penyesuaianNetto, ringkasMei.opd.map((o) => o.penyesuaianNetto).sort((a, b) => a - b)[0]]).toEqual([-28_200, -28_200]);
    expect((await galatAplikasi(buatPenyesuaianTpp(bkd, { bulanDikoreksi: '2026-04', bulanDibayar: '2026-05', pegawaiId: id.andi, alasan: 'sekali lagi' }))).status).toBe(409);
    expect((await galatAplikasi(buatPenyesuaianTpp(bkpsdm, { bulanDikoreksi: '2026-04', bulanDibayar: '2026-05', pegawaiId: id.andi, alasan: 'koreksi' }))).status).toBe(403);
    const audit = await fx.db.many<{ aksi: string }>(sql`select aksi from audit_log where aksi like 'tpp.%' order by id`);
    expect(new Set(audit.map((a) => a.aksi))).toEqual(new Set(['tpp.hitung', 'tpp.tinjau', 'tpp.kunci', 'tpp.ekspor', 'tpp.cetak', 'tpp.berkas_bank', 'tpp.penyesuaian']));
  });
});

describe('rekening TPP', () => {
  const sheet = (...rows: unknown[][]) => bukuXlsx({ Rekening: [['nip', 'nama_bank', 'nomor_rekening'], ...rows] });
  const rekeningDb = async (nip: string) =>
    fx.db.one<{ nama_bank: string | null, nomor_rekening: string | null }>(sql`select nama_bank, nomor_rekening from pegawai where nip = ${nip}`);

  it('lists the active pegawai in reach with their account, searched, filtered, paged; an ASN only their own', async () => {
    const semua = await daftarRekeningTpp(bkd, { urut: 'nama' });
    expect(semua.items.map((r) => [r.nama, r.namaBank, r.nomorRekening])).toEqual([
      ['Andi Saputra', 'Bank Jatim', '001122334455'],
      ['Bambang Wijaya', null, null],
      ['Citra Lestari', null, null],
    ]);
    expect(semua.tanpaRekening).toBe(2);
    expect((await daftarRekeningTpp(bkd, { rekening: 'belum' })).items.map((r) => r.nip)).toEqual([NIP.a2, NIP.b1]);
    expect((await daftarRekeningTpp(bkd, { unitId: fx.unit.dinkes })).items.map((r) => r.nip)).toEqual([NIP.b1]);
    expect((await daftarRekeningTpp(bkd, { q: NIP.a2.slice(0, 8) })).items.map((r) => r.nip)).toEqual([NIP.a2]);
    expect((await daftarRekeningTpp(bkd, { q: 'citra' })).items.map((r) => r.nip)).toEqual([NIP.b1]);
    expect(await daftarRekeningTpp(bkd, { limit: 1, page: 2 })).toMatchObject({ total: 3, page: 2, items: [{ nip: NIP.a2 }] });
    expect((await daftarRekeningTpp(bkpsdm)).items.map((r) => r.nip)).toEqual([NIP.a1, NIP.a2]);
    expect((await daftarRekeningTpp(andi)).items.map((r) => r.nip)).toEqual([NIP.a1]);
    // The export holds what the caller may see: the admin BKD every number in clear.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await eksporRekeningTpp(bkd)).isi as unknown as ArrayBuffer);
    const teks = JSON.stringify(wb.worksheets[0]!.getSheetValues());
    expect(teks).toContain('001122334455');
  });

  it('refuses a whole import on any problem, naming row, column and reason; nothing is written', async () => {
    const h = await imporRekeningTpp(bkpsdm, { namaBerkas: 'rekening.xlsx',
      isi: await sheet([NIP.a2, 'BRI', '123456789012345'], [NIP.b1, 'BNI', '1234567890'], [NIP.a1, 'Bank Antah', '12ab'], [NIP.a2, 'bank mandiri', '1234567890123'], [
        NIP.a1,
        'BSI',
        1234567890,
      ], [NIP.a1, 'BTN', '12345']) });
    expect(h.ok).toBe(false);
    expect(h.masalah).toEqual([
      { baris: 3, kolom: 'nip', nilai: NIP.b1, pesan: 'pegawai dengan NIP ini tidak ditemukan dalam kewenangan Anda' },
      { baris: 4, kolom: 'nama_bank', nilai: 'Bank Antah',
        pesan: 'bank "Bank Antah" tidak ada dalam daftar; pilihan: Bank Jatim, Bank Jatim Syariah, BRI, BNI, Bank Mandiri, BSI, BTN' },
      { baris: 4, kolom: 'nomor_rekening', nilai: '12ab', pesan: 'nomor rekening hanya angka, tanpa spasi, titik atau tanda hubung' },
      { baris: 5, kolom: 'nip', nilai: NIP.a2, pesan: 'NIP ini sudah ada pada baris 2' },
      { baris: 6, kolom: 'nip', nilai: NIP.a1, pesan: 'NIP ini sudah ada pada baris 4' },
      { baris: 6, kolom: 'nomor_rekening', nilai: '1234567890',
        pesan: 'sel berisi angka, bukan teks: nol di depan dan angka sesudah digit ke-15 bisa hilang; jadikan kolom bertipe Teks lalu ketik ulang' },
      { baris: 7, kolom: 'nip', nilai: NIP.a1, pesan: 'NIP ini sudah ada pada baris 4' },
      { baris: 7, kolom: 'nomor_rekening', nilai: '12345', pesan: 'nomor rekening 8 sampai 20 angka (terbaca 5 angka)' },
    ]);
    // Row 2 was right, but nothing was written.
    expect((await rekeningDb(NIP.a2)).nomor_rekening).toBeNull();
    const kolom = await imporRekeningTpp(bkpsdm, { namaBerkas: 'r.xlsx', isi: await bukuXlsx({ R: [['nip', 'bank'], [NIP.a2, 'BRI']] }) });
    expect(kolom.masalah).toEqual([{ baris: 1, kolom: 'nomor_rekening', nilai: null, pesan: 'kolom "nomor_rekening" tidak ada pada baris judul' }]);
  });

  it("keeps an admin OPD to its own perangkat daerah: another OPD's pegawai is refused and unchanged", async () => {
    const h = await imporRekeningTpp(dinkes, { namaBerkas: 'rekening.xlsx', isi: await sheet([NIP.b1, 'BRI', '123456789012345'], [NIP.a2, 'BNI', '1234567890']) });
    expect(h).toMatchObject({ ok: false, diubah: 0, masalah: [{ baris: 3, kolom: 'nip', nilai: NIP.a2, pesan: 'pegawai dengan NIP ini tidak ditemukan dalam kewenangan Anda' }] });
    expect((await rekeningDb(NIP.b1)).nomor_rekening).toBeNull();
    expect((await galatAplikasi(simpanRekeningTpp(dinkes, NIP.a2, { namaBank: 'BNI', nomorRekening: '1234567890' }))).status).toBe(404);
    expect((await galatAplikasi(imporRekeningTpp(bkad, { namaBerkas: 'r.xlsx', isi: await sheet([NIP.b1, 'BRI', '123456789012345']) }))).status).toBe(403);
    expect((await rekeningDb(NIP.a2)).nomor_rekening).toBeNull();
  });

  it('writes every row of a correct sheet (the template filled in), once checked; each change audited, masked', async () => {
    const t = new ExcelJS.Workbook();
    await t.xlsx.load((await templatRekeningTpp(bkpsdm)).isi as unknown as ArrayBuffer);
    const ws = t.getWorksheet('Rekening')!;
    // The pegawai of the reach still without an account: Bambang (Andi has one, Citra is another OPD's).
    expect([ws.getRow(1).values, ws.getRow(2).values].map((v) => (v as unknown[]).slice(1))).toEqual([['nip', 'nama', 'nama_bank', 'nomor_rekening'], [
      NIP.a2,
      'Bambang Wijaya',
    ]]);
    ws.getRow(2).getCell(3).value = 'BANK BRI';
    ws.getRow(2).getCell(4).value = '123456789012345';
    ws.addRow([NIP.a1, 'Andi Saputra', 'PT Bank Negara Indonesia Tbk', '0987654321']);
    const isi = Buffer.from(await t.xlsx.writeBuffer());
    const coba = await imporRekeningTpp(bkpsdm, { namaBerkas: 'templat.xlsx', isi }, { dryRun: true });
    expect(coba).toEqual({ ok: true, dryRun: true, baris: 2, diubah: 2, masalah: [] });
    expect((await rekeningDb(NIP.a2)).nomor_rekening).toBeNull();
    expect(await imporRekeningTpp(bkpsdm, { namaBerkas: 'templat.xlsx', isi })).toEqual({ ok: true, dryRun: false, baris: 2, diubah: 2, masalah: [] });
    expect((await daftarRekeningTpp(bkpsdm)).items.map((r) => [r.nip, r.namaBank, r.nomorRekening])).toEqual([
      [NIP.a1, 'BNI', '0987654321'],
      [NIP.a2, 'BRI', '123456789012345'],
    ]);
    // Stored encrypted; the audit holds before and after with the numbers masked, never in clear.
    expect((await rekeningDb(NIP.a2)).nomor_rekening).toMatch(/^enc:v1:/);
    const audit = await fx.db.many<{ aksi: string, pegawai_id: string | number | null, sebelum: unknown, sesudah: unknown }>(
      sql`select aksi, pegawai_id, sebelum, sesudah from audit_log where aksi in ('pegawai.ubah_rekening', 'pegawai.impor_rekening') order by id`,
    );
    expect(audit.slice(-3).map((a) => [a.aksi, a.sebelum, a.sesudah])).toEqual([
      ['pegawai.ubah_rekening', { namaBank: null, nomorRekening: null }, { namaBank: 'BRI', nomorRekening: '***********2345' }],
      ['pegawai.ubah_rekening', { namaBank: 'Bank Jatim', nomorRekening: '********4455' }, { namaBank: 'BNI', nomorRekening: '******4321' }],
      ['pegawai.impor_rekening', null, { berkas: 'templat.xlsx', baris: 2, diubah: 2 }],
    ]);
    const bocor = await fx.db.one<{ n: number }>(sql`select count(*)::int as n from audit_log where concat(sebelum::text, sesudah::text, keterangan)
      ~ '(001122334455|0987654321|123456789012345)'`);
    expect(bocor.n).toBe(0);
    // The same sheet again changes nothing.
    expect((await imporRekeningTpp(bkpsdm, { namaBerkas: 'templat.xlsx', isi })).diubah).toBe(0);
  });
});

describe('the month written set-based', () => {
  it('sends text with quotes, backslashes, commas, braces and nulls through the array literal unchanged', async () => {
    const teks = ['Andi "Bos" Saputra', 'C:\\data\\x', 'a,b {c}', null, 'NULL', '', 'Ñoño ☺'];
    const r = await fx.db.one<{ t: (string | null)[], n: (string | null)[] }>(
      sql`select ${larik(teks)}::text[] as t, ${larik([1, null, 9007199254740991])}::bigint[]::text[] as n`,
    );
    expect(r.t).toEqual(teks);
    expect(r.n).toEqual(['1', null, '9007199254740991']);
  });

  it("writes the rows the rule's JS result gives, byte for byte (one parameter per value, row by row), the adjustment kept, the locked month refused", async () => {
    // A mixed May: Andi computed (adjustment line from April), Bambang and Citra without a May rekap (rows with the reasons); a name with quotes, comma and backslash.
    await fx.db.run(sql`update pegawai set gelar_belakang = ${'S.Kom., M.T. "Bos" \\x'} where id = ${id.bambang}`);
    await hitungBulanTpp(bkd, { bulan: '2026-05' });
    const kolom = sql`instansi_id, bulan, pegawai_id, perangkat_daerah_id, unit_id, jalur_unit, nip, nama, jabatan, golongan, status_pegawai, kelas_jabatan, besaran,
      capaian_kinerja, sumber_capaian, potongan_disiplin, hukdis, gaji_dan_tunjangan, tpp_kinerja, tpp_disiplin, potongan_hukdis, bruto, iuran_bpjs_pegawai, iuran_bpjs_pemda,
      pph21, netto, asal_masukan, masalah`;
    const aturan = aturanBulan('2026-05');
    const harap = await bacaDanSusun(fx.db, 1, bkd.zona, bkd.sekarang(), '2026-05', aturan);
    expect(harap.map((b) => [b.pegawai.pegawaiId, b.hasil !== null]).sort()).toEqual([[id.andi, true], [id.bambang, false], [id.citra, false]].sort());
    await fx.db.run(sql`create temp table tpp_pegawai_harap as select ${kolom} from tpp_pegawai with no data`);
    for (const b of harap) {
      const h = b.hasil;
      await fx.db.run(sql`insert into tpp_pegawai_harap (${kolom}) values (1, '2026-05-01', ${b.pegawai.pegawaiId}, ${b.pegawai.perangkatDaerahId}, ${b.pegawai.unitId},
        ${b.pegawai.jalurUnit}, ${b.pegawai.nip}, ${b.pegawai.nama}, ${b.pegawai.jabatan}, ${b.pegawai.golongan}, ${b.statusPegawai}, ${b.pegawai.kelasJabatan}, ${b.besaran},
        ${b.capaianKinerja}, ${aturan.capaianKinerja.sumber}, ${b.potonganDisiplin}, ${b.hukdis}, ${b.gajiDanTunjangan}, ${h?.tppKinerja ?? null}, ${h?.tppDisiplin ?? null},
        ${h?.potonganHukdis ?? null}, ${h?.bruto ?? null}, ${h?.iuranBpjsPegawai ?? null}, ${h?.iuranBpjsPemda ?? null}, ${h?.pph21 ?? null}, ${h?.netto ?? null},
        ${JSON.stringify(ringkasAsal(b.asal))}::jsonb, ${b.masalah})`);
    }
    const teks = async (tabel: string) =>
      (await fx.db.many<{ t: string }>(sql`select (${kolom})::text as t from ${raw(tabel)} where bulan = '2026-05-01' order by pegawai_id`)).map((r) => r.t);
    const tertulis = await teks('tpp_pegawai');
    expect(tertulis).toHaveLength(3);
    expect(tertulis.some((t) => t.includes('Bos'))).toBe(true);
    expect(tertulis).toEqual(await teks('tpp_pegawai_harap'));
    // The recomputation (on conflict path) leaves them byte for byte; the adjustment line is still paid with May.
    await hitungBulanTpp(bkd, { bulan: '2026-05' });
    expect(await teks('tpp_pegawai')).toEqual(tertulis);
    expect((await barisTpp(bkd, { bulan: '2026-05', saring: 'penyesuaian' })).items.map((r) => [r.nama, r.penyesuaianNetto])).toEqual([['Andi Saputra', -28_200]]);
    await fx.db.run(sql`drop table tpp_pegawai_harap`);
    // April is locked: refused, its rows untouched.
    const april = async () => (await fx.db.many<{ t: string }>(sql`select (${kolom})::text as t from tpp_pegawai where bulan = '2026-04-01' order by pegawai_id`)).map((r) => r.t);
    const sebelum = await april();
    expect((await galatAplikasi(hitungBulanTpp(bkd, { bulan: '2026-04' }))).status).toBe(409);
    expect(await april()).toEqual(sebelum);
    await fx.db.run(sql`update pegawai set gelar_belakang = null where id = ${id.bambang}`);
  });
});

describe('TPP January 2027 under the rule measuring capaian from SKP realisasi', () => {
  const FEB_2027 = '2027-02-05T03:00:00Z';

  it("reads each ASN's agreed SKP and its January realisasi in one pass, and names the ASN without one", async () => {
    const bkd27 = pada(bkd, FEB_2027);
    for (const p of [id.andi, id.bambang, id.citra]) await rekap(p, '2027-01', 20, 0, 0);
    // Andi's agreed SKP 2027: RHK utama 1 (120 dokumen a year: 10 in January; 8 reported -> 80%), RHK utama 2 (a level of 85%:
    // 85 reported -> 100%), an RHK tambahan (not counted). Capaian (80 + 100) / 2 = 90%. The quarter's report is not January's.
    await fx.db.run(sql`insert into skp (instansi_id, id, seri_id, pegawai_id, tahun, status) values (1, 9001, 9001, ${id.andi}, 2027, 'disetujui'),
      (1, 9002, 9002, ${id.bambang}, 2027, 'diajukan')`);
    await fx.db.run(sql`insert into skp_rhk (instansi_id, id, akar_id, skp_id, jenis, uraian, urutan) values
      (1, 9101, 9101, 9001, 'utama', 'Tersusunnya dokumen mutasi pegawai', 1), (1, 9102, 9102, 9001, 'utama', 'Meningkatnya ketepatan data kepegawaian', 2),
      (1, 9103, 9103, 9001, 'tambahan', 'Terlaksananya sosialisasi aplikasi', 3), (1, 9104, 9104, 9002, 'utama', 'Tersusunnya laporan bidang', 1)`);
    await fx.db.run(sql`insert into skp_indikator (instansi_id, rhk_id, aspek, uraian, pendekatan, target_min, target_maks, satuan, target_teks, urutan) values
      (1, 9101, 'kualitas', 'Dokumen sesuai ketentuan', 'kualitatif', null, null, null, 'Tanpa perbaikan', 1),
      (1, 9101, 'kuantitas', 'Jumlah dokumen mutasi', 'kuantitatif', 120, 130, 'dokumen', null, 2),
      (1, 9102, 'kuantitas', 'Persentase data yang mutakhir', 'kuantitatif', 85, 85, '%', null, 1),
      (1, 9103, 'kuantitas', 'Jumlah sosialisasi', 'kuantitatif', 4, 4, 'kegiatan', null, 1),
      (1, 9104, 'kuantitas', 'Jumlah laporan', 'kuantitatif', 12, 12, 'laporan', null, 1)`);
    await fx.db.run(sql`insert into skp_realisasi (instansi_id, skp_seri_id, rhk_akar_id, periode, realisasi, nilai) values
      (1, 9001, 9101, 'b01', '8 dokumen mutasi disusun', 8), (1, 9001, 9101, 'tw1', '30 dokumen mutasi disusun', 30),
      (1, 9001, 9102, 'b01', '85% data mutakhir', 85), (1, 9001, 9103, 'b01', 'tidak ada sosialisasi', 0), (1, 9002, 9104, 'b01', '1 laporan disusun', 1)`);

    const h = await hitungBulanTpp(bkd27, { bulan: '2027-01' });
    expect(h).toMatchObject({ bulan: '2027-01', aturan: 'perbup-sukamaju-2027-skp', dihitung: 1, masalah: 2 });
    const semua = (await barisTpp(bkd27, { bulan: '2027-01', urut: 'nama' })).items;
    // Kelas 7: 3.000.000 x 60% x 90% = 1.620.000; disiplin 1.200.000; bruto 2.820.000; BPJS 1% 28.200; PPh 5% 141.000; netto 2.650.800.
    expect(semua.find((r) => r.pegawaiId === id.andi)).toMatchObject({ capaianKinerja: 90, tppKinerja: 1_620_000, tppDisiplin: 1_200_000, bruto: 2_820_000, netto: 2_650_800,
      masalah: null });
    expect(semua.find((r) => r.pegawaiId === id.bambang)!.masalah).toBe(
      'belum ada SKP tahun 2027 yang disepakati dengan pejabat penilai (capaian kinerja diukur dari realisasi SKP)',
    );
    expect((await fx.db.one<{ s: string }>(sql`select sumber_capaian as s from tpp_pegawai where bulan = '2027-01-01' and pegawai_id = ${id.andi}`)).s).toBe('realisasi_skp');

    // The ASN reads where the capaian came from: which SKP, which period, realisasi against target per RHK.
    const r = await rincianTpp(pada(andi, FEB_2027), { bulan: '2027-01' });
    expect(r.asal).toContain(
      'Capaian kinerja 90% dari realisasi SKP tahun 2027 (versi 1) periode Januari 2027: rata-rata 2 RHK utama yang diukur. '
        + 'RHK 1 realisasi 8 dokumen dari target Januari 2027 10 dokumen (1/12 dari target setahun 120 dokumen) = 80%; '
        + 'RHK 2 realisasi 85% dari target Januari 2027 85% (target setahun) = 100%.',
    );
    expect(r.rincian.find((x) => x.kode === 'tppKinerja')!.alasan).toContain('x capaian kinerja 90% = Rp 1.620.000,00');
    // One ASN alone (a correction's path) reads the same.
    const satu = await bacaDanSusun(fx.db, 1, bkd27.zona, bkd27.sekarang(), '2027-01', aturanBulan('2027-01'), id.andi);
    expect(satu.map((b) => [b.capaianKinerja, b.asal.skp?.skpId])).toEqual([[90, 9001]]);
  });
});

describe('daftar gaji bulanan (dasar BPJS TPP)', () => {
  const JUNI = '2026-06-25T03:00:00Z';
  let bkdJuni: Konteks;
  let bkadJuni: Konteks;
  const KEPALA = ['nip', 'nama', 'gaji_pokok', 'tunjangan_keluarga', 'tunjangan_jabatan', 'tunjangan_umum', 'tunjangan_beras', 'tunjangan_lain', 'jumlah_kotor'];
  const jumlahBaris = async () => (await fx.db.one<{ n: number }>(sql`select count(*)::int as n from tpp_gaji_bulan`)).n;
  const baris = async (ctx: Konteks) => (await barisTpp(ctx, { bulan: '2026-06' })).items;

  beforeAll(async () => {
    bkdJuni = pada(bkd, JUNI);
    bkadJuni = pada(bkad, JUNI);
    await rekap(id.andi, '2026-06', 22, 0, 0);
    await rekap(id.bambang, '2026-06', 22, 0, 0);
    await rekap(id.citra, '2026-06', 22, 0, 0);
    // Citra becomes a PPPK (golongan IX): no riwayat gaji, as PPPK have none in SIMASN.
    await fx.db.run(sql`update pegawai set status_kepegawaian = 'PPPK', golongan_akhir = 'IX' where id = ${id.citra}`);
  });

  it('without a daftar gaji: PNS from the gaji pokok (tunjangan said to be left out), the PPPK with the missing gaji named', async () => {
    await hitungBulanTpp(bkdJuni, { bulan: '2026-06' });
    const b = await baris(bkdJuni);
    expect(b.map((r) => [r.nama, r.statusPegawai, r.masalah])).toEqual([
      ['Andi Saputra', 'pns', null],
      ['Bambang Wijaya', 'pns', null],
      ['Citra Lestari', 'pppk', 'belum ada riwayat gaji (gaji pokok) sampai Juni 2026'],
    ]);
    // Bambang: riwayat gaji 11.500.000, bruto 1.890.000 (as in April: hukdis sedang still running): base 500.000 -> 5.000 / 20.000.
    expect(b[1]).toMatchObject({ bruto: 1_890_000, iuranBpjsPegawai: 5_000, iuranBpjsPemda: 20_000 });
    const r = await rincianTpp(bkdJuni, { bulan: '2026-06', pegawaiId: id.bambang });
    expect(r.asal[0]).toBe(
      'Gaji pokok Rp 11.500.000,00 dari riwayat gaji TMT 1 Januari 2025 (dasar batas iuran BPJS); tunjangan tidak termasuk karena daftar gaji Juni 2026 belum diimpor.',
    );
  });

  it('refuses a whole file on any problem, naming row, column and reason; nothing is written', async () => {
    const isi = await bukuXlsx({ Gaji: [
      KEPALA,
      [NIP.a2, 'Bambang', 5_800_000, 812_000, 2_025_000, 0, 289_680, 1_850_000, 10_776_680],
      ['199901012020011001', 'Orang lain', 3_000_000, 0, 0, 0, 0, 0, null],
      [NIP.a2, 'Bambang lagi', 5_800_000, 0, 0, 0, 0, 0, null],
      [NIP.b1, 'Citra', null, '12,5ab', -100, '1.000,50', 0, 0, null],
      [NIP.a1, 'Andi', '3.000.000', 300_000, 0, 185_000, 72_420, 0, 'Rp 3.600.000'],
      [198501012010011000, 'NIP angka', 3_000_000, 0, 0, 0, 0, 0, null],
    ] });
    const h = await imporGajiTpp(bkdJuni, { namaBerkas: 'gaji-salah.xlsx', isi }, { bulan: '2026-06' });
    expect(h).toMatchObject({ ok: false, dryRun: false, bulan: '2026-06', baris: 6, baru: 0 });
    expect(h.masalah).toEqual([
      { baris: 3, kolom: 'nip', nilai: '199901012020011001', pesan: 'pegawai dengan NIP ini tidak ditemukan di instansi ini' },
      { baris: 4, kolom: 'nip', nilai: NIP.a2, pesan: 'NIP ini sudah ada pada baris 2' },
      { baris: 5, kolom: 'gaji_pokok', nilai: null, pesan: 'gaji pokok wajib diisi' },
      { baris: 5, kolom: 'tunjangan_keluarga', nilai: '12,5ab', pesan: 'bukan angka rupiah (contoh: 3250000 atau 3.250.000)' },
      { baris: 5, kolom: 'tunjangan_jabatan', nilai: '-100', pesan: 'tidak boleh negatif' },
      { baris: 5, kolom: 'tunjangan_umum', nilai: '1.000,50', pesan: 'harus rupiah bulat, tanpa sen' },
      { baris: 6, kolom: 'jumlah_kotor', nilai: 'Rp 3.600.000', pesan: 'Rp 3.600.000,00 tidak sama dengan jumlah gaji pokok dan tunjangan Rp 3.557.420,00' },
      { baris: 7, kolom: 'nip', nilai: '198501012010011000',
        pesan: 'sel berisi angka, bukan teks: angka sesudah digit ke-15 bisa hilang; jadikan kolom bertipe Teks lalu ketik ulang' },
    ]);
    expect(await jumlahBaris()).toBe(0);
    // A missing column is named on the header row.
    const kolom = await imporGajiTpp(bkdJuni, { namaBerkas: 'g.xlsx', isi: await bukuXlsx({ G: [KEPALA.filter((k) => k !== 'tunjangan_beras'), [NIP.a2, 'B', 1, 0, 0, 0, 0]] }) }, {
      bulan: '2026-06',
    });
    expect(kolom.masalah).toEqual([{ baris: 1, kolom: 'tunjangan_beras', nilai: null, pesan: 'kolom "tunjangan_beras" tidak ada pada baris judul' }]);
    // Only admin BKD and BKAD (tpp:bayar); a month is required.
    expect((await galatAplikasi(imporGajiTpp(pada(bkpsdm, JUNI), { namaBerkas: 'g.xlsx', isi }, { bulan: '2026-06' }))).status).toBe(403);
    expect((await galatAplikasi(daftarGajiTpp(pada(dinkes, JUNI), { bulan: '2026-06' }))).status).toBe(403);
    expect((await galatAplikasi(imporGajiTpp(bkdJuni, { namaBerkas: 'g.xlsx', isi }, { bulan: '2026-13' }))).status).toBe(422);
    expect(await jumlahBaris()).toBe(0);
  });

  it('imports the filled-in template after a dry run, all rows at once, audited; lists, searches and exports it', async () => {
    const t = new ExcelJS.Workbook();
    await t.xlsx.load((await templatGajiTpp(bkadJuni)).isi as unknown as ArrayBuffer);
    const ws = t.getWorksheet('Daftar gaji')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(KEPALA);
    // Bambang: 5.800.000 + keluarga 812.000 + jabatan 2.025.000 + beras 289.680 + lain (tunjangan PPh) 1.850.000 = 10.776.680.
    ws.addRow([NIP.a2, 'Bambang Wijaya', 5_800_000, 812_000, 2_025_000, 0, 289_680, 1_850_000, 10_776_680]);
    // Citra (PPPK): 3.203.600 + umum 185.000 + beras 72.420 = 3.461.020 (jumlah_kotor left empty: summed).
    ws.addRow([NIP.b1, 'Citra Lestari', '3.203.600', null, null, '185.000', '72.420', null, null]);
    const isi = Buffer.from(await t.xlsx.writeBuffer());
    const coba = await imporGajiTpp(bkadJuni, { namaBerkas: 'daftar-gaji-juni.xlsx', isi }, { bulan: '2026-06', dryRun: true });
    expect(coba).toEqual({ ok: true, dryRun: true, bulan: '2026-06', baris: 2, baru: 2, diganti: 0, jumlahKotor: 14_237_700, masalah: [] });
    expect(await jumlahBaris()).toBe(0);
    expect(await imporGajiTpp(bkadJuni, { namaBerkas: 'daftar-gaji-juni.xlsx', isi }, { bulan: '2026-06' })).toEqual({ ok: true, dryRun: false, bulan: '2026-06', baris: 2, baru: 2,
      diganti: 0, jumlahKotor: 14_237_700, masalah: [] });
    const d = await daftarGajiTpp(bkdJuni, { bulan: '2026-06', urut: 'jumlah', arah: 'turun' });
    expect(d.items.map((r) => [r.nama, r.gajiPokok, r.tunjanganKeluarga, r.tunjanganJabatan, r.tunjanganUmum, r.tunjanganBeras, r.tunjanganLain, r.jumlahKotor])).toEqual([
      ['Bambang Wijaya', 5_800_000, 812_000, 2_025_000, 0, 289_680, 1_850_000, 10_776_680],
      ['Citra Lestari', 3_203_600, 0, 0, 185_000, 72_420, 0, 3_461_020],
    ]);
    expect(d.items[0]).toMatchObject({ namaBerkas: 'daftar-gaji-juni.xlsx', namaPengimpor: bkad.pemanggil!.namaTampilan });
    expect(d.jumlah).toMatchObject({ pegawai: 2, jumlahKotor: 14_237_700, terakhir: { namaBerkas: 'daftar-gaji-juni.xlsx' } });
    expect((await daftarGajiTpp(bkdJuni, { bulan: '2026-06', q: 'citra' })).items.map((r) => r.nip)).toEqual([NIP.b1]);
    expect(await daftarGajiTpp(bkdJuni, { bulan: '2026-06', limit: 1, page: 2 })).toMatchObject({ total: 2, page: 2, items: [{ nip: NIP.b1 }] });
    expect((await daftarGajiTpp(bkdJuni, { bulan: '2026-05' })).total).toBe(0);
    const jejak = await fx.db.many<{ entitas_id: string, sesudah: unknown }>(sql`select entitas_id, sesudah from audit_log where aksi = 'tpp.impor_gaji'`);
    expect(jejak).toEqual([{ entitas_id: '2026-06', sesudah: { berkas: 'daftar-gaji-juni.xlsx', bulan: '2026-06', baris: 2, baru: 2, diganti: 0, jumlahKotor: 14_237_700 } }]);
    // The export is an import sheet: sent back, it replaces the same rows.
    const x = await eksporGajiTpp(bkdJuni, { bulan: '2026-06' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.isi as unknown as ArrayBuffer);
    expect(JSON.stringify(wb.worksheets[0]!.getSheetValues())).toContain('10776680');
    expect(await imporGajiTpp(bkdJuni, { namaBerkas: x.namaBerkas, isi: x.isi }, { bulan: '2026-06' })).toMatchObject({ ok: true, baris: 2, baru: 0, diganti: 2 });
    expect(await jumlahBaris()).toBe(2);
  });

  it('makes the TPP month take gaji dan tunjangan from the daftar gaji for the BPJS base, and computes the PPPK', async () => {
    await hitungBulanTpp(bkdJuni, { bulan: '2026-06' });
    const b = await baris(bkdJuni);
    expect(b.map((r) => [r.nama, r.masalah])).toEqual([['Andi Saputra', null], ['Bambang Wijaya', null], ['Citra Lestari', null]]);
    // RULES.md section 10 by hand: bruto 1.890.000; base_bpjs = max(0, min(12.000.000, 10.776.680 + 1.890.000) - 10.776.680) = 1.223.320;
    // 1% = 12.233,2 -> 12.233; 4% = 48.932,8 -> 48.933; PPh IV 15% = 283.500; netto = 1.890.000 - 12.233 - 283.500 = 1.594.267.
    expect(b[1]).toMatchObject({ bruto: 1_890_000, iuranBpjsPegawai: 12_233, iuranBpjsPemda: 48_933, pph21: 283_500, netto: 1_594_267 });
    const simpan = await fx.db.many<{ p: string, g: string | null }>(sql`select pegawai_id::text as p, gaji_dan_tunjangan::text as g from tpp_pegawai where bulan = '2026-06-01'
      order by nama`);
    expect(simpan.map((r) => r.g)).toEqual(['3000000', '10776680', '3461020']);
    const r = await rincianTpp(bkdJuni, { bulan: '2026-06', pegawaiId: id.bambang });
    expect(r.asal[0]).toBe(
      'Gaji dan tunjangan Rp 10.776.680,00 dari daftar gaji Juni 2026 (impor daftar-gaji-2026-06.xlsx, 25 Juni 2026): gaji pokok Rp 5.800.000,00 dan tunjangan Rp 4.976.680,00 (dasar batas iuran BPJS).',
    );
    // Citra (PPPK IX, taxed like III: 5%): the base is her whole bruto, far under the cap.
    const c = b[2]!;
    expect(c.statusPegawai).toBe('pppk');
    expect(c).toMatchObject({ iuranBpjsPegawai: Math.round(c.bruto! * 0.01), iuranBpjsPemda: Math.round(c.bruto! * 0.04), pph21: Math.round(c.bruto! * 0.05) });
    expect(c.netto).toBe(c.bruto! - c.iuranBpjsPegawai! - c.pph21!);
    expect(c.bruto).toBeGreaterThan(0);
    // Andi has no daftar gaji: riwayat gaji's gaji pokok, said so.
    expect((await rincianTpp(bkdJuni, { bulan: '2026-06', pegawaiId: id.andi })).asal[0]).toContain('tunjangan tidak termasuk karena daftar gaji Juni 2026 belum diimpor');
    await fx.db.run(sql`update pegawai set status_kepegawaian = 'PNS', golongan_akhir = 'III/a' where id = ${id.citra}`);
  });
});
