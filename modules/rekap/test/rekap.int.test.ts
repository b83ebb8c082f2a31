import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { sql } from '@simasn/db';
import { instanSetempat, LIBUR_NASIONAL_2026 } from '@simasn/domain';
import { hitungUlang, pasangLiburBawaan, tambahKalenderUnit, ubahLibur } from '@simasn/kalender';
import { ajukanCuti, prosesCuti } from '@simasn/cuti';
import { fixturePerBerkas, galatAplikasi, NIP } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { catatPresensi, daftarSinyal, putuskanSinyal, tambahTitik } from '@simasn/presensi';
import { bacaPegawaiHari, bulanSaya, cetakRekapBulan, daftarUsulanDisiplin, eksporRekapBulan, hitungHari, jalankanRekapHarian, periksaAmbangDisiplin, pasangSumberMasukanHari,
  putuskanUsulanDisiplin, rekapBulan } from '../src/index.ts';
import { KONTRAK_REKAP } from '../src/kontrak.ts';

/**
 * The rekap on a real database (PGlite, and PostgreSQL with TEST_DATABASE_URL), driven by the
 * clock through one April 2026 week of the test kabupaten: check-ins through presensi's own
 * action, a leave request through cuti's, the day-close job, late inputs (an offline check-in,
 * a review decision, a holiday added) putting closed days back in the queue, the own month with
 * live today, the rekap with its reach and exports, the PP 94/2021 tracker and its decision.
 */
const fx = fixturePerBerkas();
const KANTOR = { lat: -6.9, lon: 107.6 };
const DEKAT = { lat: -6.8996, lon: 107.6 };
const JAUH = { lat: -6.9, lon: 107.62 };
const HP = 'perangkat-andi-0001';
let n = 0;
const kunci = () => `rekap-${(n++).toString(36).padStart(6, '0')}`;
const pada = (ctx: Konteks, tanggal: string, jam: string): Konteks => {
  const t = instanSetempat(tanggal, jam, 'Asia/Jakarta');
  return { ...ctx, sekarang: () => t };
};
let andi: Konteks;
let bambang: Konteks;
let citra: Konteks;
let adminBkpsdm: Konteks;
let adminDinkes: Konteks;
let adminBkd: Konteks;
let idAndi = 0;
let idBambang = 0;
let idCitra = 0;

const masuk = (ctx: Konteks, tanggal: string, jam: string, tempat = DEKAT, perangkat = HP) =>
  catatPresensi(pada(ctx, tanggal, jam), { jenis: 'masuk', kunci: kunci(), ...tempat, akurasi: 10, perangkat });
const pulang = (ctx: Konteks, tanggal: string, jam: string) => catatPresensi(pada(ctx, tanggal, jam), { jenis: 'pulang', kunci: kunci(), ...DEKAT, akurasi: 10, perangkat: HP });
const hari = async (pegawaiId: number, tanggal: string) =>
  fx.db.maybeOne<
    { status: string, kode_masuk: string | null, kode_pulang: string | null, terlambat_menit: number, keterangan: string, menunggu_tinjau: boolean, versi_aturan: string,
      potongan_persen: string }
  >(sql`
    select status, kode_masuk, kode_pulang, terlambat_menit, keterangan, menunggu_tinjau, versi_aturan, potongan_persen::text from hari_presensi
     where instansi_id = 1 and pegawai_id = ${pegawaiId} and tanggal = ${tanggal}::date`);
const jalankan = (tanggal: string, jam: string) => jalankanRekapHarian(fx.db, instanSetempat(tanggal, jam, 'Asia/Jakarta'));

beforeAll(async () => {
  andi = await fx.ctx(NIP.a1);
  bambang = await fx.ctx(NIP.a2);
  citra = await fx.ctx(NIP.b1);
  adminBkpsdm = await fx.ctx('admin.bkpsdm');
  adminDinkes = await fx.ctx('admin.dinkes');
  adminBkd = await fx.ctx('admin.bkd');
  const id = async (nip: string) => Number((await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${nip}`)).id);
  idAndi = await id(NIP.a1);
  idBambang = await id(NIP.a2);
  idCitra = await id(NIP.b1);
  await pasangLiburBawaan(fx.sistem, 2026, LIBUR_NASIONAL_2026, 'SKB 2026');
  await tambahTitik(adminBkpsdm, { unitId: fx.unit.bkpsdm, nama: 'Kantor BKPSDM', ...KANTOR, radiusMeter: 100 });
  // Thursday 9 April: an approved cuti tahunan, requested the week before.
  const u = await ajukanCuti(pada(andi, '2026-04-01', '09:00'), { jenis: 'cuti_tahunan', dari: '2026-04-09', sampai: '2026-04-09', alasan: 'Acara keluarga' });
  await prosesCuti(pada(bambang, '2026-04-01', '10:00'), u.id, { aksi: 'setujui', versi: u.versi });
  // Monday 6 April to Friday 10 April, Andi:
  await masuk(andi, '2026-04-06', '07:25');
  await pulang(andi, '2026-04-06', '16:05');
  await masuk(andi, '2026-04-07', '07:50'); // 20 minutes late, made up by leaving at 16.25
  await pulang(andi, '2026-04-07', '16:25');
  await masuk(andi, '2026-04-08', '09:05'); // 95 minutes late (TL4), no check-out (PSW4)
  await masuk(andi, '2026-04-10', '07:20', JAUH); // outside the radius: not counted
});

describe('day status computed from check-ins, requests and the calendar', () => {
  it('the day-close job stores each closed day naming the rule version; an OPD that has not started is not alpa', async () => {
    // Friday 10 April at 09.00: nothing may be closed after Wednesday 8 (Thursday closes at noon on Friday).
    await jalankan('2026-04-10', '09:00');
    expect((await fx.db.one<{ t: string }>(sql`select max(tanggal)::text as t from tutup_hari_presensi`)).t).toBe('2026-04-08');
    await jalankan('2026-04-11', '13:00');
    expect((await fx.db.one<{ t: string }>(sql`select max(tanggal)::text as t from tutup_hari_presensi`)).t).toBe('2026-04-10');
    expect(await hari(idAndi, '2026-04-06')).toMatchObject({ status: 'hadir', kode_masuk: 'tepat', kode_pulang: 'tepat', versi_aturan: 'perbup-sukamaju-2026' });
    const selasa = await hari(idAndi, '2026-04-07');
    expect(selasa).toMatchObject({ status: 'hadir', kode_masuk: 'tepat', terlambat_menit: 20 });
    expect(selasa!.keterangan).toContain('Terlambat 20 menit diganti dengan pulang 25 menit setelah jam pulang');
    expect(selasa!.keterangan).toContain('Dasar: Perbup Sukamaju 2026 tentang Hari dan Jam Kerja (fiktif, demo); kalender kerja');
    const rabu = await hari(idAndi, '2026-04-08');
    expect(rabu).toMatchObject({ status: 'hadir', kode_masuk: 'TL4', kode_pulang: 'PSW4', terlambat_menit: 95, potongan_persen: '3.00' });
    const kamis = await hari(idAndi, '2026-04-09');
    expect(kamis).toMatchObject({ status: 'cuti', kode_masuk: null, potongan_persen: '0.00' });
    expect(kamis!.keterangan).toMatch(/^Cuti tahunan 9 April 2026, usulan nomor \d+: tanpa potongan/);
    const jumat = await hari(idAndi, '2026-04-10');
    expect(jumat).toMatchObject({ status: 'alpa', potongan_persen: '5.00' });
    // Bambang (same OPD) never checked in: alpa every working day from the OPD's start.
    expect((await hari(idBambang, '2026-04-06'))!.status).toBe('alpa');
    // Citra's Dinas Kesehatan has not started using presensi: no day of hers is stored.
    expect(await hari(idCitra, '2026-04-06')).toBeFalsy();
    // 3 April (Good Friday) was before the start: nothing stored.
    expect(await hari(idAndi, '2026-04-03')).toBeFalsy();
  });

  it('a late offline check-in puts its closed day back in the queue; the reviewer rejecting it undoes it', async () => {
    // Friday's check-in made offline at 07.20 from a second phone, received Saturday 14.00.
    const t = instanSetempat('2026-04-10', '07:20', 'Asia/Jakarta').toISOString();
    await catatPresensi(pada(andi, '2026-04-11', '14:00'), { jenis: 'masuk', kunci: kunci(), ...DEKAT, akurasi: 10, perangkat: 'perangkat-lain-0002', luring: true,
      waktuPerangkat: t });
    expect((await fx.db.one<{ n: number }>(sql`select count(*)::int as n from antrean_hari_presensi`)).n).toBe(1);
    const m = await bulanSaya(pada(andi, '2026-04-11', '14:05'), { bulan: '2026-04' });
    const jumat = m.hari.find((h) => h.tanggal === '2026-04-10')!;
    expect(jumat).toMatchObject({ status: 'hadir', kodeMasuk: 'tepat', kodePulang: 'PSW4', menungguTinjau: true, sumber: 'tersimpan' });
    expect(jumat.keterangan).toContain('dikirim tanpa sinyal');
    expect(jumat.keterangan).toContain('menunggu tinjauan');
    const s = (await daftarSinyal(adminBkpsdm, {})).items.find((x) => x.pegawai.nip === NIP.a1 && x.presensi.tanggal === '2026-04-10')!;
    await putuskanSinyal(adminBkpsdm, s.id, { keputusan: 'pelanggaran', catatan: 'Perangkat orang lain', versi: s.versi });
    await jalankan('2026-04-11', '15:00');
    const lagi = await hari(idAndi, '2026-04-10');
    expect(lagi!.status).toBe('alpa');
    expect(lagi!.keterangan).toContain('tidak dihitung: dinyatakan pelanggaran oleh peninjau');
  });

  it('a holiday added for a closed day recomputes every pegawai of that day', async () => {
    await ubahLibur(adminBkd, { tahun: 2026, tambah: { tanggal: '2026-04-10', nama: 'Hari Jadi Kabupaten', jenis: 'libur_daerah' }, alasan: 'Perbup hari jadi' });
    await jalankan('2026-04-11', '16:00');
    expect(await hari(idAndi, '2026-04-10')).toMatchObject({ status: 'libur' });
    expect((await hari(idBambang, '2026-04-10'))!.keterangan).toContain('Hari Jadi Kabupaten');
  });
});

describe('the own month (Presensi Saya)', () => {
  it('every day with its mark and reason; today computed live; later days show the schedule', async () => {
    await masuk(andi, '2026-04-13', '07:40');
    const m = await bulanSaya(pada(andi, '2026-04-13', '10:00'), { bulan: '2026-04' });
    expect(m.hari).toHaveLength(30);
    const senin = m.hari.find((h) => h.tanggal === '2026-04-13')!;
    expect(senin).toMatchObject({ status: 'hadir', kodeMasuk: 'TL1', kodePulang: null, terlambatMenit: 10, sumber: 'berjalan', tanda: 'TL1' });
    expect(senin.keterangan).toContain('belum absen pulang');
    expect(m.hari.find((h) => h.tanggal === '2026-04-14')).toMatchObject({ status: null, sumber: 'jadwal', keterangan: 'Jadwal 07.30-16.00.' });
    expect(m.hari.find((h) => h.tanggal === '2026-04-08')).toMatchObject({ tanda: 'TL4/PSW4', sumber: 'tersimpan' });
    expect(m.hari.find((h) => h.tanggal === '2026-04-09')).toMatchObject({ tanda: 'C', status: 'cuti', jenisAbsen: 'cuti_tahunan' });
    expect(m.ringkas).toMatchObject({ hadir: 4, cuti: 1, alpa: 0 });
    expect(m.pegawai.nip).toBe(NIP.a1);
    // Another pegawai's month by NIP only within the reach.
    expect((await bulanSaya(pada(adminBkpsdm, '2026-04-13', '10:00'), { bulan: '2026-04', nip: NIP.a1 })).pegawai.nama).toBe('Andi Saputra');
    expect((await galatAplikasi(bulanSaya(adminDinkes, { bulan: '2026-04', nip: NIP.a1 }))).status).toBe(404);
    expect((await galatAplikasi(bulanSaya(citra, { bulan: '2026-04', nip: NIP.a1 }))).status).toBe(404);
    expect((await galatAplikasi(bulanSaya(andi, { bulan: '2026-13' }))).status).toBe(422);
  });
});

describe('monthly rekap per pegawai and per unit', () => {
  it('scoped by reach in the query, searched, filtered, with totals and units', async () => {
    const r = await rekapBulan(adminBkpsdm, { bulan: '2026-04' });
    expect(r.items.map((x) => x.nip).sort()).toEqual([NIP.a1, NIP.a2].sort());
    const a = r.items.find((x) => x.nip === NIP.a1)!;
    expect(a).toMatchObject({ hadir: 3, cuti: 1, alpa: 0, tl: { TL1: 0, TL2: 0, TL3: 0, TL4: 1 }, psw: { PSW4: 1 } });
    const b = r.items.find((x) => x.nip === NIP.a2)!;
    expect(b.alpa).toBe(4);
    expect(r.jumlah.pegawai).toBe(2);
    expect(r.perUnit.map((u) => u.nama)).toEqual(['Badan Kepegawaian dan Pengembangan SDM']);
    expect((await rekapBulan(adminBkpsdm, { bulan: '2026-04', unitId: fx.unit.bkpsdm })).perUnit).toMatchObject([{ nama: 'Bidang Mutasi dan Promosi', pegawai: 2, alpa: 4 }]);
    expect((await rekapBulan(adminBkpsdm, { bulan: '2026-04', saring: 'alpa' })).items.map((x) => x.nip)).toEqual([NIP.a2]);
    expect((await rekapBulan(adminBkpsdm, { bulan: '2026-04', q: 'andi' })).items.map((x) => x.nip)).toEqual([NIP.a1]);
    expect((await rekapBulan(adminDinkes, { bulan: '2026-04' })).total).toBe(0);
    expect((await rekapBulan(andi, { bulan: '2026-04' })).items.map((x) => x.nip)).toEqual([NIP.a1]);
    expect((await galatAplikasi(rekapBulan(adminBkpsdm, { bulan: 'april' }))).status).toBe(422);
  });

  it('exports XLSX and an official PDF, both audited', async () => {
    const x = await eksporRekapBulan(adminBkpsdm, { bulan: '2026-04' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.isi as unknown as ArrayBuffer);
    const teks = JSON.stringify(wb.worksheets[0]!.getSheetValues());
    expect(teks).toContain('Andi Saputra');
    expect(teks).toContain('Rekap presensi April 2026');
    const p = await cetakRekapBulan(adminBkpsdm, { bulan: '2026-04', unitId: fx.unit.mutasi });
    expect(p.isi.subarray(0, 4).toString()).toBe('%PDF');
    const audit = await fx.db.many<{ aksi: string }>(sql`select aksi from audit_log where aksi like 'rekap_presensi.%' order by id`);
    expect(audit.map((a) => a.aksi)).toEqual(['rekap_presensi.ekspor', 'rekap_presensi.cetak']);
  });
});

describe('PP 94/2021 tracker', () => {
  it('proposes once per step, alerts the atasan and BKD, and the authorised official decides with an SK that writes riwayat hukdis', async () => {
    const jumlah = await periksaAmbangDisiplin({ ...fx.sistem, sekarang: () => new Date('2026-04-13T05:00:00Z') }, 2026);
    // Bambang: 3 alpa days by Wednesday (teguran lisan), 5 by Friday (teguran tertulis, which replaces the lisan one still waiting);
    // 10 April then became a holiday: 4 alpa, still the tertulis step. Checking again proposes nothing new.
    expect(jumlah).toBe(0);
    const d = await daftarUsulanDisiplin(adminBkd, { tahun: 2026, status: 'semua', urut: 'dibuat', arah: 'naik' });
    expect(d.items.map((u) => [u.nip, u.usulan, u.alpaSetahun, u.status])).toEqual([[NIP.a2, 'teguran_lisan', 3, 'dikesampingkan'], [NIP.a2, 'teguran_tertulis', 4, 'menunggu']]);
    expect(d.items[0]!.catatan).toContain('Digantikan');
    const notif = await fx.db.many<{ nama_pengguna: string }>(sql`
      select a.nama_pengguna from notifikasi n join akun a on a.id = n.akun_id where n.judul like 'Ambang disiplin%' order by a.nama_pengguna`);
    expect(notif.map((x) => x.nama_pengguna)).toContain('admin.bkd');
    expect(notif.map((x) => x.nama_pengguna)).not.toContain(NIP.a2);
    expect((await daftarUsulanDisiplin(adminDinkes, { tahun: 2026 })).total).toBe(0);
    const u = d.items[1]!;
    expect((await galatAplikasi(putuskanUsulanDisiplin(adminBkpsdm, u.id, { keputusan: 'kesampingkan', catatan: 'tidak berwenang', versi: u.versi }))).status).toBe(403);
    expect((await galatAplikasi(putuskanUsulanDisiplin(adminBkd, u.id, { keputusan: 'tetapkan', jenis: 'teguran_tertulis', versi: u.versi }))).status).toBe(422);
    const k = await putuskanUsulanDisiplin(adminBkd, u.id, { keputusan: 'tetapkan', jenis: 'teguran_tertulis', nomorSk: '800/12/BKPSDM/2026', tanggalSk: '2026-04-20',
      tmt: '2026-04-20', versi: u.versi });
    expect(k).toMatchObject({ status: 'diputuskan', jenisHukdis: 'teguran_tertulis', nomorSk: '800/12/BKPSDM/2026' });
    const r = await fx.db.one<{ jenis: string, nomor_sk: string, tingkat: string }>(sql`select jenis, nomor_sk, tingkat from riwayat_hukdis where pegawai_id = ${idBambang}`);
    expect(r).toEqual({ jenis: 'teguran_tertulis', nomor_sk: '800/12/BKPSDM/2026', tingkat: 'ringan' });
    expect((await galatAplikasi(putuskanUsulanDisiplin(adminBkd, u.id, { keputusan: 'kesampingkan', catatan: 'dua kali', versi: u.versi }))).status).toBe(409);
    const audit = await fx.db.many<{ aksi: string }>(sql`select aksi from audit_log where aksi like 'disiplin.%' or aksi = 'riwayat_hukdis.tambah' order by id`);
    expect(audit.map((a) => a.aksi)).toEqual(['disiplin.usulan_buat', 'disiplin.usulan_buat', 'disiplin.usulan_ganti', 'riwayat_hukdis.tambah', 'disiplin.usulan_putuskan']);
  });
});

describe('computation without storing', () => {
  it('recomputes a day under another rule version when asked (the pure path the stored days use)', async () => {
    const pegawai = await bacaPegawaiHari(fx.db, 1, [idAndi]);
    const h = await hitungHari(fx.db, 1, pegawai, '2026-04-06', '2026-04-06', { zona: 'Asia/Jakarta' });
    expect(h[0]).toMatchObject({ status: 'hadir', versiAturan: 'perbup-sukamaju-2026' });
  });
});

function utuh<S extends z.ZodType>(skema: S | undefined, nilai: unknown) {
  const h = skema!.safeEncode(nilai as z.output<S>);
  if (!h.success) throw new Error(JSON.stringify(h.error.issues, null, 1));
  expect(JSON.parse(JSON.stringify(h.data))).toEqual(JSON.parse(JSON.stringify(nilai)));
}

describe('rekap contract', () => {
  it('every JSON answer, as the actions return it on real data, encodes through its schema with nothing lost', async () => {
    utuh(KONTRAK_REKAP.saya.respons, await bulanSaya(pada(andi, '2026-04-13', '10:00'), { bulan: '2026-04' }));
    utuh(KONTRAK_REKAP.bulan.respons, await rekapBulan(adminBkpsdm, { bulan: '2026-04', unitId: fx.unit.bkpsdm }));
    utuh(KONTRAK_REKAP.disiplin.respons, await daftarUsulanDisiplin(adminBkd, { tahun: 2026, status: 'semua' }));
    const { hitungUlangBulan } = await import('../src/index.ts');
    const h = await hitungUlangBulan(adminBkd, { bulan: '2026-04' });
    expect(h).toMatchObject({ bulan: '2026-04', pegawai: 2 });
    utuh(KONTRAK_REKAP.hitungUlang.respons, h);
    // Recomputed under the rules in force: the same results.
    expect(await hari(idAndi, '2026-04-08')).toMatchObject({ kode_masuk: 'TL4', kode_pulang: 'PSW4' });
  });
});

describe('a past month under another rule version', () => {
  it("kalender's preview reads the stored days; a version set from a past date recomputes the stored days under its rules", async () => {
    pasangSumberMasukanHari();
    const adminBkdApril = pada(adminBkd, '2026-04-13', '10:00');
    const u = await hitungUlang(adminBkdApril, { aturanId: 'perpres-21-2023', bulan: '2026-04', unitId: fx.unit.bkpsdm });
    expect(u.sumber).toBe('tersimpan');
    const a = u.pegawai.find((p) => p.nip === NIP.a1)!;
    // No make-up time under Perpres 21/2023: Tuesday's 20 minutes become TL1.
    expect(a.hari.find((h) => h.tanggal === '2026-04-07')).toMatchObject({ berubah: true, nilaiSekarang: { kodeMasuk: 'tepat' }, nilaiUlang: { kodeMasuk: 'TL1' } });
    // The BKD (as the system: a version in the past is not an admin's everyday edit) sets Perpres 21/2023 from 1 April.
    await tambahKalenderUnit({ ...fx.sistem, sekarang: () => instanSetempat('2026-04-13', '10:00', 'Asia/Jakarta') }, { unitId: null, berlakuMulai: '2026-04-01',
      aturanId: 'perpres-21-2023', pola: 'lima-hari', keterangan: 'Perbup dicabut' });
    await jalankan('2026-04-13', '13:00');
    expect(await hari(idAndi, '2026-04-07')).toMatchObject({ kode_masuk: 'TL1', versi_aturan: 'perpres-21-2023' });
    expect((await rekapBulan(pada(adminBkpsdm, '2026-04-13', '13:00'), { bulan: '2026-04', q: 'andi' })).items[0]!.tl.TL1).toBe(1);
  });
});
