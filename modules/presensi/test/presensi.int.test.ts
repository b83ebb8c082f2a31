import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { LIBUR_NASIONAL_2026 } from '@simasn/domain';
import { pasangLiburBawaan } from '@simasn/kalender';
import { fixturePerBerkas, galatAplikasi, NIP } from '@simasn/kepegawaian/uji';
import { type Konteks, tungguSegelAudit } from '@simasn/platform';
import { ambilSwafoto, catatPresensi, daftarPerangkat, daftarSinyal, dasborHariIni, eksporSinyal, hapusSwafotoKedaluwarsa, mintaPerangkat, presensiSaya, putuskanPerangkat,
  putuskanSinyal, tambahTitik, trenBulanan, ubahTitik } from '../src/index.ts';
import { DEKAT, HARI, JAUH, KANTOR, kunciBaru, pada, tambahPegawaiAsn } from './bantu.ts';

/**
 * Check-in and its guards on a real database (PGlite, and PostgreSQL with TEST_DATABASE_URL):
 * geofence in and out, TL/PSW minutes, the idempotency key, offline device time and its gap,
 * the fraud signals (device, shared coordinates, impossible travel), the review queue and its
 * reach, selfies with retention, the dashboard.
 */
const fx = fixturePerBerkas();
let andi: Konteks;
let citra: Konteks;
let adminBkpsdm: Konteks;
let adminDinkes: Konteks;
let adminBkd: Konteks;
const HP = 'perangkat-andi-0001';

const jumlahBaris = async (tabel: 'presensi' | 'sinyal_presensi', syarat = sql`true`) =>
  (await fx.db.one<{ n: number }>(sql`select count(*)::int as n from ${sql([tabel] as unknown as TemplateStringsArray)} where ${syarat}`)).n;

beforeAll(async () => {
  andi = await fx.ctx(NIP.a1);
  citra = await fx.ctx(NIP.b1);
  adminBkpsdm = await fx.ctx('admin.bkpsdm');
  adminDinkes = await fx.ctx('admin.dinkes');
  adminBkd = await fx.ctx('admin.bkd');
  // The unit calendars (modules/kalender): the instansi's default, with the 2026 holiday list installed.
  await pasangLiburBawaan(fx.sistem, 2026, LIBUR_NASIONAL_2026, 'SKB 2026');
  await tambahTitik(adminBkpsdm, { unitId: fx.unit.bkpsdm, nama: 'Kantor BKPSDM', ...KANTOR, radiusMeter: 100 });
  await tambahTitik(adminBkd, { unitId: fx.unit.dinkes, nama: 'Kantor Dinas Kesehatan', lat: -6.95, lon: 107.65, radiusMeter: 150 });
});

describe('check-in points', () => {
  it('admin OPD keeps points of its own units only; admin BKD of every unit', async () => {
    const g = await galatAplikasi(tambahTitik(adminBkpsdm, { unitId: fx.unit.dinkes, nama: 'Titik bobol', ...KANTOR, radiusMeter: 100 }));
    expect(g.status).toBe(422);
    const t = await tambahTitik(adminBkpsdm, { unitId: fx.unit.mutasi, nama: 'Gedung Bidang Mutasi', lat: -6.91, lon: 107.61, radiusMeter: 50, aktif: false });
    const u = await ubahTitik(adminBkpsdm, t.id, { radiusMeter: 80, versi: t.versi });
    expect(u).toMatchObject({ radiusMeter: 80, aktif: false, versi: 2 });
    expect((await galatAplikasi(ubahTitik(adminDinkes, t.id, { radiusMeter: 90, versi: 2 }))).status).toBe(404);
    expect((await galatAplikasi(ubahTitik(adminBkpsdm, t.id, { radiusMeter: 90, versi: 1 }))).status).toBe(409);
    const g2 = await galatAplikasi(tambahTitik(adminBkd, { unitId: fx.unit.dinkes, nama: 'X', lat: 95, lon: 107, radiusMeter: 5 }));
    expect(g2.status).toBe(422);
    expect(JSON.stringify(g2.rincian)).toContain('lintang antara -90 dan 90');
  });
});

describe('check-in from the phone', () => {
  it('inside the radius, on time: the server decides the time and says so in Indonesian', async () => {
    const h = await catatPresensi(pada(andi, '07:25'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, akurasi: 12, perangkat: HP });
    expect(h).toMatchObject({ diDalam: true, kode: 'tepat', menit: 0, tanggal: HARI, jam: '07.25', perangkatTerikat: true, sinyal: [] });
    expect(h.pesan).toBe('Presensi masuk tercatat pukul 07.25 WIB di Kantor BKPSDM: tepat waktu. Jadwal 07.30-16.00.');
    expect(h.jarakMeter).toBeGreaterThan(35);
    expect(h.jarakMeter).toBeLessThan(55);
  });

  it('late: TL with minutes; leaving early: PSW with minutes', async () => {
    const h = await catatPresensi(pada(andi, '07:42'), { jenis: 'masuk', kunci: kunciBaru(), ...KANTOR, perangkat: HP });
    expect(h).toMatchObject({ kode: 'TL1', menit: 12 });
    expect(h.pesan).toContain('terlambat 12 menit (TL1)');
    const p = await catatPresensi(pada(andi, '15:20'), { jenis: 'pulang', kunci: kunciBaru(), ...KANTOR, perangkat: HP });
    expect(p).toMatchObject({ kode: 'PSW2', menit: 40 });
    expect(p.pesan).toContain('pulang sebelum waktunya 40 menit (PSW2)');
  });

  it('make-up time: a short lateness is said to be forgivable, and is forgiven by staying as long after the end', async () => {
    const h = await catatPresensi(pada(andi, '07:45', '2026-04-20'), { jenis: 'masuk', kunci: kunciBaru(), ...KANTOR, perangkat: HP });
    expect(h).toMatchObject({ kode: 'TL1', menit: 15 });
    expect(h.pesan).toContain('Keterlambatan ini tidak dihitung bila Anda pulang paling cepat pukul 16.15.');
    const p = await catatPresensi(pada(andi, '16:20', '2026-04-20'), { jenis: 'pulang', kunci: kunciBaru(), ...KANTOR, perangkat: HP });
    expect(p).toMatchObject({ kode: 'tepat', menit: 0 });
    expect(p.pesan).toContain('tepat waktu, keterlambatan pagi ini diganti dengan pulang lebih lama');
  });

  it('a holiday is not a working day: recorded, not judged', async () => {
    const h = await catatPresensi(pada(andi, '08:00', '2026-04-03'), { jenis: 'masuk', kunci: kunciBaru(), ...KANTOR, perangkat: HP });
    expect(h).toMatchObject({ hariKerja: false, kode: null, diDalam: true });
    expect(h.pesan).toContain('Hari ini bukan hari kerja (Libur: ');
  });

  it('outside the radius: the distance is shown and nothing counts', async () => {
    const h = await catatPresensi(pada(andi, '07:50'), { jenis: 'masuk', kunci: kunciBaru(), ...JAUH, perangkat: HP });
    expect(h).toMatchObject({ diDalam: false, kode: null, titik: { nama: 'Kantor BKPSDM', radiusMeter: 100 } });
    expect(h.jarakMeter).toBeGreaterThan(2100);
    expect(h.pesan).toMatch(/^Di luar radius: Anda berjarak 2\.\d{3} m dari Kantor BKPSDM \(radius 100 m\)/);
  });

  it('a repeated tap or a resend never makes a second record, and gets the same answer', async () => {
    const kunci = kunciBaru();
    const sebelum = await jumlahBaris('presensi');
    const badan = { jenis: 'masuk', kunci, ...DEKAT, perangkat: HP };
    const [a, b, c] = await Promise.all([catatPresensi(pada(andi, '08:01'), badan), catatPresensi(pada(andi, '08:01'), badan), catatPresensi(pada(andi, '08:01'), badan)]);
    // The resend arrives later (the server's clock moved on): still the first answer.
    const d = await catatPresensi(pada(andi, '08:09'), badan);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(d).toEqual(a);
    expect(a.jam).toBe('08.01');
    expect(await jumlahBaris('presensi')).toBe(sebelum + 1);
    await tungguSegelAudit(fx.db);
    expect(await fx.db.one<{ n: number }>(sql`select count(*)::int as n from audit_log where aksi = 'presensi.masuk' and entitas_id = ${String(a.id)}`)).toEqual({ n: 1 });
  });

  it('an ASN checks in only for themself: extra fields naming someone else are ignored; accounts without an employee are refused', async () => {
    const h = await catatPresensi(pada(andi, '08:30'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: HP, nip: NIP.b1, pegawaiId: 3 });
    const r = await fx.db.one<{ nip: string }>(sql`select p.nip from presensi r join pegawai p on p.id = r.pegawai_id where r.id = ${h.id}`);
    expect(r.nip).toBe(NIP.a1);
    expect((await galatAplikasi(catatPresensi(adminBkpsdm, { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: HP }))).status).toBe(403);
  });

  it('bad input is a 422 naming the field, nothing written', async () => {
    const sebelum = await jumlahBaris('presensi');
    const g = await galatAplikasi(catatPresensi(andi, { jenis: 'istirahat', kunci: 'x', lat: 'a', lon: 200, perangkat: HP }));
    expect(g.status).toBe(422);
    const kolom = (g.rincian as { kolom: string }[]).map((m) => m.kolom);
    expect(kolom).toEqual(expect.arrayContaining(['jenis', 'kunci', 'lat', 'lon']));
    const g2 = await galatAplikasi(catatPresensi(andi, { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: HP, luring: true }));
    expect((g2.rincian as { kolom: string, pesan: string }[])[0]).toMatchObject({ kolom: 'waktuPerangkat', pesan: 'presensi luring wajib menyertakan waktu perangkat' });
    expect(await jumlahBaris('presensi')).toBe(sebelum);
  });
});

describe('offline check-ins', () => {
  it('queued on the device and sent later: counted at the device time, both times kept', async () => {
    const dibuat = pada(andi, '07:20', '2026-04-08').sekarang();
    const h = await catatPresensi(pada(andi, '07:55', '2026-04-08'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: HP, luring: true,
      waktuPerangkat: dibuat.toISOString() });
    expect(h).toMatchObject({ luring: true, kode: 'tepat', jam: '07.20', perluTinjau: false, sinyal: [] });
    expect(h.pesan).toContain('Dibuat tanpa sinyal pukul 07.20 dan diterima server 35 menit kemudian.');
    const r = await fx.db.one<{ waktu: Date, waktu_terima: Date, waktu_perangkat: Date, luring: boolean }>(sql`
      select waktu, waktu_terima, waktu_perangkat, luring from presensi where id = ${h.id}`);
    expect(new Date(r.waktu).toISOString()).toBe(dibuat.toISOString());
    expect(new Date(r.waktu_terima).toISOString()).toBe(pada(andi, '07:55', '2026-04-08').sekarang().toISOString());
  });

  it('an implausible gap (sent 30 hours later, or a device clock in the future) is marked for review', async () => {
    const dibuat = pada(andi, '07:10', '2026-04-08').sekarang();
    const h = await catatPresensi(pada(andi, '13:10', '2026-04-09'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: HP, luring: true,
      waktuPerangkat: dibuat.toISOString() });
    expect(h).toMatchObject({ perluTinjau: true, sinyal: ['Selisih waktu luring tidak wajar'], tanggal: '2026-04-08' });
    expect(h.pesan).toContain('Selisih waktu perangkat dan server tidak wajar');
    const maju = await catatPresensi(pada(andi, '07:00', '2026-04-10'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: HP, luring: true,
      waktuPerangkat: pada(andi, '09:00', '2026-04-10').sekarang().toISOString() });
    expect(maju).toMatchObject({ perluTinjau: true, jam: '07.00' });
  });
});

describe('fraud signals', () => {
  it('a second device is flagged, can be requested by the ASN, and is bound only by admin approval', async () => {
    const h = await catatPresensi(pada(andi, '07:15', '2026-04-13'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: 'ponsel-baru-andi-02',
      keteranganPerangkat: 'Android 14; Chrome' });
    expect(h).toMatchObject({ perangkatTerikat: false, perluTinjau: true, sinyal: ['Perangkat belum terikat ke akun'] });
    const m = await mintaPerangkat(andi, { perangkat: 'ponsel-baru-andi-02', keterangan: 'Android 14; Chrome', alasan: 'Ponsel lama rusak' });
    expect(m.status).toBe('menunggu');
    expect((await daftarPerangkat(adminDinkes, {})).items).toEqual([]);
    const antre = await daftarPerangkat(adminBkpsdm, {});
    expect(antre.items).toHaveLength(1);
    expect((await galatAplikasi(putuskanPerangkat(adminDinkes, m.id, { setuju: true, versi: antre.items[0]!.versi }))).status).toBe(404);
    await putuskanPerangkat(adminBkpsdm, m.id, { setuju: true, versi: antre.items[0]!.versi });
    const s = await presensiSaya(pada(andi, '08:00', '2026-04-13'), { perangkat: 'ponsel-baru-andi-02' });
    expect(s.perangkat).toEqual({ terikat: true, menunggu: false, ada: true });
    const lama = await catatPresensi(pada(andi, '16:05', '2026-04-13'), { jenis: 'pulang', kunci: kunciBaru(), ...DEKAT, perangkat: HP });
    expect(lama.perangkatTerikat).toBe(false);
    await mintaPerangkat(andi, { perangkat: HP, alasan: 'kembali ke ponsel lama' });
    const lagi = await daftarPerangkat(adminBkpsdm, {});
    await putuskanPerangkat(adminBkpsdm, lagi.items[0]!.id, { setuju: true, versi: lagi.items[0]!.versi });
  });

  it('the same coordinates used by five people within the window are flagged (Cirebon)', async () => {
    const nip = await tambahPegawaiAsn(fx, fx.unit.mutasi, 4);
    const titikPalsu = { lat: -6.900123, lon: 107.600456 };
    const hasil = [];
    for (const [i, n] of [NIP.a1, ...nip].entries()) {
      const c = pada(await fx.ctx(n), `07:0${i}`, '2026-04-14');
      hasil.push(await catatPresensi(c, { jenis: 'masuk', kunci: kunciBaru(), ...titikPalsu, perangkat: n === NIP.a1 ? HP : `hp-${n}` }));
    }
    expect(hasil.slice(0, 4).every((h) => !h.sinyal.includes('Koordinat sama dipakai banyak orang'))).toBe(true);
    expect(hasil[4]!.sinyal).toEqual(['Koordinat sama dipakai banyak orang']);
    const q = await daftarSinyal(adminBkpsdm, { jenis: 'koordinat_sama', page: 1, limit: 20 });
    expect(q.total).toBe(1);
    expect(q.items[0]!.uraian).toBe('Koordinat -6,900123, 107,600456 yang sama persis dipakai 5 orang dalam 30 hari terakhir.');
    expect(q.items[0]!.pegawaiLain.map((p) => p.nip).sort()).toEqual([NIP.a1, ...nip.slice(0, 3)].sort());
  });

  it('impossible travel between consecutive check-ins is flagged with the speed', async () => {
    await catatPresensi(pada(citra, '07:00', '2026-04-15'), { jenis: 'masuk', kunci: kunciBaru(), lat: -6.95, lon: 107.65, perangkat: 'hp-citra-0001' });
    // About 120 km away 20 minutes later.
    const h = await catatPresensi(pada(citra, '07:20', '2026-04-15'), { jenis: 'masuk', kunci: kunciBaru(), lat: -6.2, lon: 106.8, perangkat: 'hp-citra-0001' });
    expect(h.sinyal).toEqual(['Perpindahan terlalu cepat']);
    const q = await daftarSinyal(adminDinkes, { jenis: 'kecepatan_mustahil', page: 1, limit: 20 });
    expect(q.items).toHaveLength(1);
    expect(q.items[0]!.uraian).toMatch(/^Berpindah 12\d,\d km dalam 20 menit \(3\d\d km\/jam; batas 200 km\/jam\) sejak presensi 15 April 2026 07\.00 WIB\.$/);
    // A short hop is GPS jitter, not travel.
    const dekat = await catatPresensi(pada(citra, '07:21', '2026-04-15'), { jenis: 'masuk', kunci: kunciBaru(), lat: -6.2004, lon: 106.8, perangkat: 'hp-citra-0001' });
    expect(dekat.sinyal).toEqual([]);
  });

  it('reported accuracy and mock location are signals too', async () => {
    const h = await catatPresensi(pada(andi, '07:00', '2026-04-16'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: HP, akurasi: 850, lokasiPalsu: true });
    expect(h.sinyal.sort()).toEqual(['Akurasi lokasi rendah', 'Lokasi palsu (mock location)']);
    expect(h.diDalam).toBe(true);
  });
});

describe('review queue', () => {
  it('admin OPD sees only its units; a person decides, with a note for a violation; audited; nothing deducted', async () => {
    const bkpsdm = await daftarSinyal(adminBkpsdm, { page: 1, limit: 50 });
    const dinkes = await daftarSinyal(adminDinkes, { page: 1, limit: 50 });
    expect(bkpsdm.items.every((s) => s.pegawai.unit === 'Bidang Mutasi dan Promosi')).toBe(true);
    expect(dinkes.items.every((s) => s.pegawai.nip === NIP.b1)).toBe(true);
    expect(bkpsdm.total + dinkes.total).toBe((await daftarSinyal(adminBkd, { page: 1, limit: 50 })).total);
    const s = bkpsdm.items.find((x) => x.jenis === 'lokasi_palsu')!;
    expect((await galatAplikasi(putuskanSinyal(adminDinkes, s.id, { keputusan: 'valid', versi: s.versi }))).status).toBe(404);
    const g = await galatAplikasi(putuskanSinyal(adminBkpsdm, s.id, { keputusan: 'pelanggaran', versi: s.versi }));
    expect(g.status).toBe(422);
    await putuskanSinyal(adminBkpsdm, s.id, { keputusan: 'pelanggaran', catatan: 'Aplikasi lokasi palsu ditemukan saat klarifikasi', versi: s.versi });
    expect((await galatAplikasi(putuskanSinyal(adminBkpsdm, s.id, { keputusan: 'valid', versi: s.versi }))).status).toBe(409);
    const selesai = await daftarSinyal(adminBkpsdm, { status: 'pelanggaran', page: 1, limit: 10 });
    expect(selesai.items.map((x) => x.id)).toEqual([s.id]);
    expect(selesai.items[0]!.catatan).toBe('Aplikasi lokasi palsu ditemukan saat klarifikasi');
    const a = await fx.db.one<{ n: number }>(sql`select count(*)::int as n from audit_log where aksi = 'presensi.sinyal_putuskan' and entitas_id = ${String(s.id)}`);
    expect(a.n).toBe(1);
    // Search by name, export of the same rows.
    const cari = await daftarSinyal(adminBkd, { status: 'semua', q: 'citra', page: 1, limit: 10 });
    expect(cari.items.every((x) => x.pegawai.nama === 'Citra Lestari')).toBe(true);
    const x = await eksporSinyal(adminBkpsdm, { status: 'semua' });
    expect(x.isi.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('selfies (UU 27/2022)', () => {
  it('seen by the employee and their reviewer only, deleted when the retention passes', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const h = await catatPresensi(pada(andi, '07:05', '2026-04-17'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: HP,
      swafoto: { jenisMime: 'image/png', data: png.toString('base64') } });
    expect((await ambilSwafoto(pada(andi, '09:00', '2026-04-17'), h.id)).isi.equals(png)).toBe(true);
    expect((await ambilSwafoto(pada(adminBkpsdm, '09:00', '2026-04-17'), h.id)).jenisMime).toBe('image/png');
    expect((await galatAplikasi(ambilSwafoto(pada(adminDinkes, '09:00', '2026-04-17'), h.id))).status).toBe(404);
    expect((await galatAplikasi(ambilSwafoto(pada(citra, '09:00', '2026-04-17'), h.id))).status).toBe(404);
    expect(await hapusSwafotoKedaluwarsa(pada(fx.sistem, '09:00', '2026-05-01'))).toBe(0);
    expect(await hapusSwafotoKedaluwarsa(pada(fx.sistem, '09:00', '2026-05-18'))).toBe(1);
    expect((await galatAplikasi(ambilSwafoto(pada(andi, '09:00', '2026-05-18'), h.id))).status).toBe(404);
  });
});

describe('dashboard', () => {
  it('today per unit within the reach: present, late, absent; the map; the monthly trend', async () => {
    const d = await dasborHariIni(pada(adminBkpsdm, '10:00', HARI));
    // BKPSDM: Andi (present, on time at 07.25), Bambang and the four added for the Cirebon case (absent that day).
    expect(d.jumlah).toMatchObject({ pegawai: 6, hadir: 1, tepatWaktu: 1, terlambat: 0, belumHadir: 5 });
    expect(d.titik.map((t) => t.nama)).toContain('Kantor BKPSDM');
    expect(d.titik.map((t) => t.nama)).not.toContain('Kantor Dinas Kesehatan');
    expect(d.presensi.length).toBeGreaterThan(0);
    const semua = await dasborHariIni(pada(await fx.ctx('pimpinan'), '10:00', HARI));
    expect(semua.jumlah.pegawai).toBeGreaterThan(d.jumlah.pegawai);
    const t = await trenBulanan(pada(adminBkpsdm, '10:00', '2026-04-30'), { tahun: 2026 });
    // April 2026: 22 weekdays less Good Friday (3 April, national holiday).
    expect(t.bulan[3]!.hariKerja).toBe(21);
    expect(t.bulan[3]!.hadirPersen).toBeGreaterThan(0);
    expect(t.bulan[4]!.hariKerja).toBe(0);
  });
});

describe('approved requests of @simasn/cuti', () => {
  it("a dinas luar's destination is a check-in point that day, and the dashboard counts the day as on duty, a sick day as on leave", async () => {
    const [dinas, sakit] = await tambahPegawaiAsn(fx, fx.unit.bkpsdm, 2, 60);
    const tanggal = '2026-04-08';
    const tujuan = { lat: -7.25, lon: 112.75 };
    // Two approved requests, as the leave workflow leaves them (status selesai).
    for (const [nip, jenis, titik] of [[dinas!, 'dinas_luar', tujuan], [sakit!, 'sakit', null]] as const) {
      const p = await fx.db.one<{ id: number }>(sql`select id from pegawai where instansi_id = 1 and nip = ${nip}`);
      const u = await fx.db.one<{ id: number }>(sql`insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, kunci_terbuka)
        values (1, ${jenis}, ${p.id}, 'selesai', 'selesai', ${JSON.stringify({ dari: tanggal, sampai: tanggal })}::jsonb, ${tanggal}) returning id`);
      await fx.db.run(sql`insert into usulan_cuti (instansi_id, usulan_id, pegawai_id, jenis, dari, sampai, hari_kerja, alasan, tujuan, lat, lon, radius_meter)
        values (1, ${u.id}, ${p.id}, ${jenis}, ${tanggal}, ${tanggal}, 1, 'uji', ${titik ? 'Kantor Regional BKN Surabaya' : null}, ${titik?.lat ?? null},
                ${titik?.lon ?? null}, ${titik ? 200 : null})`);
    }
    const sebelum = await dasborHariIni(pada(adminBkpsdm, '07:00', tanggal));
    expect(sebelum.jumlah).toMatchObject({ cuti: 1, dinas: 1 });
    const ctx = pada(await fx.ctx(dinas!), '07:20', tanggal);
    const h = await catatPresensi(ctx, { jenis: 'masuk', kunci: kunciBaru(), lat: -7.2505, lon: 112.7502, perangkat: 'perangkat-dinas-luar-01' });
    expect(h).toMatchObject({ diDalam: true, kode: 'tepat', titik: { nama: 'Dinas luar: Kantor Regional BKN Surabaya', radiusMeter: 200 } });
    const d = await dasborHariIni(pada(adminBkpsdm, '10:00', tanggal));
    // The one on dinas luar checked in at the destination (present), so is not counted twice as on duty.
    expect(d.jumlah).toMatchObject({ cuti: 1, dinas: 0, hadir: sebelum.jumlah.hadir + 1, belumHadir: sebelum.jumlah.belumHadir });
  });
});
