import { describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { LIBUR_NASIONAL_2026 } from '@simasn/domain';
import { bukuXlsx, fixturePerBerkas, galatAplikasi, NIP } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { aturSumberMasukanHari, daftarKalender, daftarLibur, hapusKalenderUnit, hitungUlang, imporLibur, jadwalPegawai, jadwalUnit, kalenderPegawai, pasangLiburBawaan,
  simpanJadwalShift, tambahKalenderUnit, templatLibur, ubahLibur } from '../src/index.ts';

const fx = fixturePerBerkas();
/** 2 March 2026, 10.00 WIB: the tests' "today". */
const SEKARANG = new Date('2026-03-02T03:00:00Z');
const ctx = async (nama: string): Promise<Konteks> => ({ ...(await fx.ctx(nama)), sekarang: () => SEKARANG });
const sistem = () => ({ ...fx.sistem, sekarang: () => SEKARANG });
const idPegawai = async (nip: string) => (await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${nip}`)).id;
const hitungBaris = async () =>
  fx.db.one<{ k: number, d: number, h: number, j: number }>(sql`select (select count(*)::int from kalender_unit) as k, (select count(*)::int from daftar_libur) as d,
    (select count(*)::int from hari_libur) as h, (select count(*)::int from jadwal_shift) as j`);

describe('kalender kerja', () => {
  it('without any calendar every pegawai follows the demo Perbup office week, naming the versions', async () => {
    const a1 = await idPegawai(NIP.a1);
    const k = await kalenderPegawai(fx.db, 1, [a1, 999_999], '2026-01-01', '2026-01-05');
    expect([...k.keys()]).toEqual([a1]);
    expect(k.get(a1)!.map((j) => [j.tanggal, j.hariKerja, j.masuk, j.pulang])).toEqual([
      ['2026-01-01', true, '07:30', '16:00'],
      ['2026-01-02', true, '07:30', '16:30'],
      ['2026-01-03', false, null, null],
      ['2026-01-04', false, null, null],
      ['2026-01-05', true, '07:30', '16:00'],
    ]);
    expect(k.get(a1)![0]).toMatchObject({ versiAturan: 'perbup-sukamaju-2026', versiKalender: 'kalender-bawaan' });
  });

  it('installs the 2026 holidays once, with the Perbup Ramadan range; the days off and Ramadan hours follow', async () => {
    expect(await pasangLiburBawaan(sistem(), 2026, LIBUR_NASIONAL_2026, 'SKB 2026')).toEqual({ versi: 1 });
    expect(await pasangLiburBawaan(sistem(), 2026, LIBUR_NASIONAL_2026, 'SKB 2026')).toBeNull();
    const a1 = await idPegawai(NIP.a1);
    const k = (await kalenderPegawai(fx.db, 1, [a1], '2026-01-01', '2026-12-31')).get(a1)!;
    const hari = new Map(k.map((j) => [j.tanggal, j]));
    expect(hari.get('2026-01-01')).toMatchObject({ hariKerja: false, alasan: 'Libur: Tahun Baru 2026 Masehi', versiKalender: 'kalender-bawaan/libur-2026-v1' });
    expect(hari.get('2026-02-18')).toMatchObject({ hariKerja: true, masuk: '08:00', pulang: '15:00', ramadan: true });
    expect(hari.get('2026-03-18')).toMatchObject({ hariKerja: false, alasan: 'Libur: Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948' });
    // 2026: 261 weekdays, 19 of the 25 days fall on weekdays
    expect(k.filter((j) => j.hariKerja)).toHaveLength(261 - LIBUR_NASIONAL_2026.filter((l) => ![0, 6].includes(new Date(`${l.tanggal}T00:00:00Z`).getUTCDay())).length);
  });

  it('a unit version applies from its date to the unit and its sub-units; the instansi default to the others', async () => {
    const bkd = await ctx('admin.bkd');
    await tambahKalenderUnit(sistem(), { unitId: null, berlakuMulai: '2026-01-01', aturanId: 'perbup-sukamaju-2026', pola: 'lima-hari', keterangan: 'Perbup 2026' });
    const v = await tambahKalenderUnit(bkd, { unitId: fx.unit.dinkes, berlakuMulai: '2026-03-09', aturanId: 'perbup-sukamaju-2026', pola: 'enam-hari' });
    expect(v).toMatchObject({ unitNama: 'Dinas Kesehatan', sudahBerlaku: false });
    const [a1, b1] = [await idPegawai(NIP.a1), await idPegawai(NIP.b1)];
    const k = await kalenderPegawai(fx.db, 1, [a1, b1], '2026-03-07', '2026-03-14');
    const sabtu = (id: number, t: string) => k.get(id)!.find((j) => j.tanggal === t)!;
    expect(sabtu(b1, '2026-03-07')).toMatchObject({ hariKerja: false, alasan: 'Hari Sabtu' });
    expect(sabtu(b1, '2026-03-14')).toMatchObject({ hariKerja: true, pola: 'enam-hari', masuk: '08:00', versiKalender: `kalender-${v.id}/libur-2026-v1` });
    expect(sabtu(a1, '2026-03-14')).toMatchObject({ hariKerja: false, pola: 'lima-hari' });
    const audit = await fx.db.many(sql`select aksi, sesudah->>'pola' as pola from audit_log where entitas = 'kalender_unit' order by id`);
    expect(audit).toEqual([{ aksi: 'kalender.tambah', pola: 'lima-hari' }, { aksi: 'kalender.tambah', pola: 'enam-hari' }]);
  });

  it('refuses past dates, unknown patterns, twice the same date and callers without the permission; removes only versions not yet in force', async () => {
    const bkd = await ctx('admin.bkd');
    const lalu = await galatAplikasi(tambahKalenderUnit(bkd, { unitId: fx.unit.bkpsdm, berlakuMulai: '2026-03-01', aturanId: 'perbup-sukamaju-2026', pola: 'lima-hari' }));
    expect(lalu.status).toBe(422);
    expect(lalu.rincian).toEqual([{ kolom: 'berlakuMulai',
      pesan: 'berlaku mulai paling awal hari ini (2 Maret 2026); untuk melihat hari yang lalu di bawah aturan lain pakai Hitung ulang' }]);
    const pola = await galatAplikasi(tambahKalenderUnit(bkd, { unitId: fx.unit.bkpsdm, berlakuMulai: '2026-04-01', aturanId: 'perbup-sukamaju-2026', pola: 'tujuh-hari' }));
    expect(pola.rincian).toMatchObject([{ kolom: 'pola', pesan: expect.stringContaining('Lima hari kerja (Senin-Jumat), Enam hari kerja (Senin-Sabtu)') }]);
    const dua = await galatAplikasi(tambahKalenderUnit(bkd, { unitId: fx.unit.dinkes, berlakuMulai: '2026-03-09', aturanId: 'perpres-21-2023', pola: 'lima-hari' }));
    expect(dua.status).toBe(409);
    expect(
      (await galatAplikasi(
        tambahKalenderUnit(await ctx('admin.dinkes'), { unitId: fx.unit.dinkes, berlakuMulai: '2026-04-01', aturanId: 'perbup-sukamaju-2026', pola: 'lima-hari' }),
      )).status,
    ).toBe(403);
    const sekarang = await fx.db.one<{ id: number }>(sql`select id from kalender_unit where unit_id is null`);
    expect((await galatAplikasi(hapusKalenderUnit(bkd, sekarang.id))).rincian).toMatchObject([{ pesan: expect.stringContaining('berlaku sejak 1 Januari 2026') }]);
    const nanti = await tambahKalenderUnit(bkd, { unitId: fx.unit.bkpsdm, berlakuMulai: '2026-05-01', aturanId: 'perpres-21-2023', pola: 'lima-hari' });
    expect((await galatAplikasi(hapusKalenderUnit(await ctx('admin.dinkes'), nanti.id))).status).toBe(403);
    expect(await hapusKalenderUnit(bkd, nanti.id)).toEqual({ id: nanti.id });
    expect(await fx.db.many(sql`select 1 from kalender_unit where id = ${nanti.id}`)).toEqual([]);
  });

  it('shows an admin OPD only its own units, with the calendar they follow today', async () => {
    const d = await daftarKalender(await ctx('admin.dinkes'));
    expect(d.unit.map((u) => u.kode)).toEqual(['DINKES', 'DINKES.02']);
    expect(d.unit[1]!.berlaku).toMatchObject({ aturanId: 'perbup-sukamaju-2026', pola: 'lima-hari', dariUnitId: null });
    expect(d.unit[0]!.versi).toMatchObject([{ pola: 'enam-hari', berlakuMulai: '2026-03-09', sudahBerlaku: false }]);
    expect(d.bolehKelola).toBe(false);
    expect(d.aturan.map((a) => a.id)).toEqual(['perbup-sukamaju-2026', 'perpres-21-2023']);
    const b = await daftarKalender(await ctx('admin.bkd'));
    expect(b.unit.map((u) => u.kode)).toEqual(['BKPSDM', 'BKPSDM.02', 'DINKES', 'DINKES.02']);
    // Each unit's path in the tree (the unit picker indents and finds the perangkat daerah by it).
    expect(b.unit.map((u) => u.jalur)).toEqual([`/${fx.unit.bkpsdm}/`, `/${fx.unit.bkpsdm}/${b.unit[1]!.id}/`, `/${fx.unit.dinkes}/`, `/${fx.unit.dinkes}/${b.unit[3]!.id}/`]);
    expect(b.bolehKelola).toBe(true);
    const j = await jadwalUnit(await ctx('admin.dinkes'), { unitId: fx.unit.yankes, bulan: '2026-03' });
    expect(j.ringkas.hariKerja).toBe(19 + 3 - 3); // 22 weekdays - Nyepi/cuti bersama (18, 19, 20, 23, 24) + Saturdays 14, 21, 28 from 9 March
    expect((await galatAplikasi(jadwalUnit(await ctx('admin.dinkes'), { unitId: fx.unit.mutasi, bulan: '2026-03' }))).status).toBe(422);
  });
});

describe('daftar libur', () => {
  it('imports a year all-or-nothing, naming row and column of every problem in Indonesian', async () => {
    const bkd = await ctx('admin.bkd');
    const sebelum = await hitungBaris();
    const salah = await bukuXlsx({ Libur: [
      ['Tanggal', 'Nama', 'Jenis'],
      ['2026-01-01', 'Tahun Baru 2026 Masehi', 'libur_nasional'],
      ['2025-12-31', 'Malam Tahun Baru', 'libur_daerah'],
      ['31-02-2026', 'Hari Aneh', 'libur_nasional'],
      ['01/01/2026', 'Tahun Baru lagi', 'Libur nasional'],
      ['2026-08-17', '', 'cuti'],
      ['2026-08-18', 'Hari Lain', 'mingguan'],
    ] });
    const h = await imporLibur(bkd, { tahun: 2026 }, { namaBerkas: 'libur.xlsx', isi: salah });
    expect(h.ok).toBe(false);
    expect(h.masalah).toEqual([
      { baris: 3, kolom: 'tanggal', nilai: '2025-12-31', pesan: 'bukan tanggal tahun 2026' },
      { baris: 4, kolom: 'tanggal', nilai: '31-02-2026', pesan: 'tanggal "31-02-2026" tidak ada di kalender' },
      { baris: 5, kolom: 'tanggal', nilai: '01/01/2026', pesan: '1 Januari 2026 sudah ada pada baris 2' },
      { baris: 6, kolom: 'nama', nilai: null, pesan: 'wajib diisi' },
      { baris: 7, kolom: 'jenis', nilai: 'mingguan', pesan: expect.stringContaining('jenis tidak dikenal; pilihan: libur_nasional (Libur nasional)') },
    ]);
    expect(await hitungBaris()).toEqual(sebelum);
    const tanpaKolom = await imporLibur(bkd, { tahun: 2026 }, { namaBerkas: 'l.xlsx', isi: await bukuXlsx({ L: [['tanggal', 'nama'], ['2026-01-01', 'Tahun Baru']] }) });
    expect(tanpaKolom.masalah).toEqual([{ baris: 1, kolom: 'jenis', nilai: null, pesan: 'kolom "jenis" tidak ada pada baris judul' }]);
  });

  it('a good import is a new version keeping the Ramadan range; the old version stays readable with what changed', async () => {
    const bkd = await ctx('admin.bkd');
    const t = await templatLibur(bkd, { tahun: 2026 });
    expect(t.namaBerkas).toBe('libur-2026.xlsx');
    const baik = await bukuXlsx({ Libur: [['tanggal', 'nama', 'jenis'], ...LIBUR_NASIONAL_2026.filter((l) => l.tanggal !== '2026-12-24').map((l) => [l.tanggal, l.nama, l.jenis]), [
      new Date(Date.UTC(2026, 9, 12)),
      'Hari Jadi Kabupaten Sukamaju',
      'libur daerah',
    ]] });
    const h = await imporLibur(bkd, { tahun: 2026 }, { namaBerkas: 'skb-2026.xlsx', isi: baik });
    expect(h).toEqual({ ok: true, tahun: 2026, jumlahBaris: 25, masalah: [], versi: 2 });
    const d = await daftarLibur(bkd, { tahun: 2026 });
    expect(d).toMatchObject({ berlaku: 2, dipilih: { versi: 2, sumber: 'impor', ramadanDari: '2026-02-18', ramadanSampai: '2026-03-19', jumlahHari: 25 } });
    expect(d.perubahan).toEqual({ ditambah: [{ tanggal: '2026-10-12', nama: 'Hari Jadi Kabupaten Sukamaju', jenis: 'libur_daerah' }],
      dihapus: [{ tanggal: '2026-12-24', nama: 'Cuti bersama Kelahiran Yesus Kristus', jenis: 'cuti_bersama' }] });
    expect((await daftarLibur(bkd, { tahun: 2026, versi: 1 })).hari).toHaveLength(25);
    expect(await fx.db.many(sql`select aksi from audit_log where entitas = 'daftar_libur' order by id`)).toEqual([{ aksi: 'libur.impor' }, { aksi: 'libur.impor' }]);
  });

  it('local changes are new versions with their reason; the calendar follows the version in force', async () => {
    const bkd = await ctx('admin.bkd');
    const d = await ubahLibur(bkd, { tahun: 2026, hapus: '2026-10-12', alasan: 'Hari jadi dipindah ke Sabtu' });
    expect(d.dipilih).toMatchObject({ versi: 3, sumber: 'ubah',
      keterangan: 'Perubahan daerah: menghapus 12 Oktober 2026 (Hari Jadi Kabupaten Sukamaju). Alasan: Hari jadi dipindah ke Sabtu' });
    const r = await ubahLibur(bkd, { tahun: 2026, ramadan: { dari: '2026-02-19', sampai: '2026-03-20' }, alasan: 'Surat edaran Sekda' });
    expect(r.dipilih).toMatchObject({ versi: 4, ramadanDari: '2026-02-19' });
    const a1 = await idPegawai(NIP.a1);
    const k = new Map((await kalenderPegawai(fx.db, 1, [a1], '2026-02-18', '2026-10-12')).get(a1)!.map((j) => [j.tanggal, j]));
    expect(k.get('2026-02-18')).toMatchObject({ masuk: '07:30', ramadan: false });
    expect(k.get('2026-02-19')).toMatchObject({ masuk: '08:00', ramadan: true, versiKalender: expect.stringMatching(/libur-2026-v4$/) });
    expect(k.get('2026-10-12')).toMatchObject({ hariKerja: true });
    const g = await galatAplikasi(ubahLibur(bkd, { tahun: 2026, hapus: '2026-10-13', alasan: 'salah tanggal' }));
    expect(g.rincian).toEqual([{ kolom: 'hapus', pesan: '13 Oktober 2026 tidak ada dalam daftar libur 2026 yang berlaku' }]);
    expect((await galatAplikasi(ubahLibur(await ctx('admin.dinkes'), { tahun: 2026, hapus: '2026-01-01', alasan: 'bukan wewenang' }))).status).toBe(403);
  });
});

describe('jadwal shift and hitung ulang', () => {
  it('keeps a roster on a shift unit (refused elsewhere), spreads the rotation over the staff, and shows a night shift crossing midnight', async () => {
    const bkd = await ctx('admin.bkd');
    await tambahKalenderUnit(bkd, { unitId: fx.unit.yankes, berlakuMulai: '2026-03-02', aturanId: 'perbup-sukamaju-2026', pola: 'shift-rsud' });
    const b1 = await idPegawai(NIP.b1);
    const a1 = await idPegawai(NIP.a1);
    const dinkes = await ctx('admin.dinkes');
    const salah = await galatAplikasi(simpanJadwalShift(dinkes, b1, { jadwal: [{ tanggal: '2026-03-03', kodeShift: 'X' }, { tanggal: '2026-03-01', kodeShift: 'P' }] }));
    expect(salah.rincian).toEqual([{ kolom: 'jadwal.0.kodeShift', pesan: 'shift "X" tidak ada; pilihan: P (Pagi), S (Siang), M (Malam)' }, { kolom: 'jadwal.1.tanggal',
      pesan: 'pada 1 Maret 2026 unit pegawai ini tidak bekerja dalam shift (Lima hari kerja (Senin-Jumat))' }]);
    expect((await galatAplikasi(simpanJadwalShift(dinkes, a1, { jadwal: [{ tanggal: '2026-03-03', kodeShift: 'P' }] }))).status).toBe(404);
    expect(await simpanJadwalShift(dinkes, b1, { jadwal: [{ tanggal: '2026-03-03', kodeShift: 'M' }, { tanggal: '2026-03-04', kodeShift: null }] })).toEqual({ pegawaiId: b1,
      disimpan: 2 });
    const j = await jadwalPegawai(dinkes, b1, { bulan: '2026-03' });
    expect(j.hari[2]).toMatchObject({ tanggal: '2026-03-03', hariKerja: true, masuk: '21:00', pulang: '07:00', lintasTengahMalam: true, shift: { kode: 'M', nama: 'Malam' } });
    expect(j.hari[3]).toMatchObject({ tanggal: '2026-03-04', hariKerja: false, alasan: 'Lepas dinas (tidak ada shift)' });
    // Nyepi is no day off for a 24-hour service
    expect(j.hari[18]).toMatchObject({ tanggal: '2026-03-19' });
    expect(j.hari.slice(5, 13).filter((h) => h.hariKerja)).toHaveLength(6);
  });

  it('recomputes a month under another rule version without storing anything', async () => {
    // Without a registered source first (rekap registers one when loaded: another file in the same worker may have loaded it)
    const terdaftar = aturSumberMasukanHari(null);
    const bkd = await ctx('admin.bkd');
    const sebelum = await hitungBaris();
    const auditSebelum = await fx.db.one<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    const h = await hitungUlang(bkd, { aturanId: 'perpres-21-2023', bulan: '2026-01',
      hari: [{ nip: NIP.a1, tanggal: '2026-01-05', status: 'hadir', jamMasuk: '07:50', jamPulang: '16:30' }, { nip: NIP.a1, tanggal: '2026-01-06', status: 'hadir',
        jamMasuk: '07:30', jamPulang: '16:00' }] });
    expect(h.sumber).toBe('masukan');
    const p = h.pegawai[0]!;
    expect(p.hari[4]).toMatchObject({ tanggal: '2026-01-05', berubah: true,
      nilaiSekarang: { kodeMasuk: 'tepat', terlambatMenit: 20, potonganPersen: 0, versiAturan: 'perbup-sukamaju-2026' },
      nilaiUlang: { kodeMasuk: 'TL1', potonganPersen: 0.5, versiAturan: 'perpres-21-2023' } });
    expect(p.hari[5]).toMatchObject({ berubah: false });
    expect(p.ringkas).toEqual({ potonganSekarang: 0, potonganUlang: 0.5, hariBerubah: 1 });
    expect(await hitungBaris()).toEqual(sebelum);
    expect(await fx.db.one(sql`select count(*)::int as n from audit_log`)).toEqual(auditSebelum);
    const u = await hitungUlang(await ctx('admin.dinkes'), { aturanId: 'perpres-21-2023', bulan: '2026-02', unitId: fx.unit.dinkes });
    expect(u.sumber).toBe('jadwal');
    expect(u.pegawai.map((x) => x.nip)).toEqual([NIP.b1]);
    // The same office hours under both; the year's Ramadan range is the calendar's (from 19 February), whichever rule judges the day
    expect(u.pegawai[0]!.ringkas).toEqual({ potonganSekarang: 0, potonganUlang: 0, hariBerubah: 0 });
    expect(u.pegawai[0]!.hari[18]).toMatchObject({ tanggal: '2026-02-19', jadwalSekarang: { masuk: '08:00', versiAturan: 'perbup-sukamaju-2026' },
      jadwalUlang: { masuk: '08:00', versiAturan: 'perpres-21-2023' } });
    const luar = await galatAplikasi(
      hitungUlang(await ctx('admin.dinkes'), { aturanId: 'perpres-21-2023', bulan: '2026-01',
        hari: [{ nip: NIP.a1, tanggal: '2026-01-05', status: 'alpa', jamMasuk: null, jamPulang: null }] }),
    );
    expect(luar.rincian).toEqual([{ kolom: 'hari.0.nip', pesan: `NIP ${NIP.a1} tidak ditemukan atau di luar kewenangan Anda` }]);
    expect((await galatAplikasi(hitungUlang(bkd, { aturanId: 'perbup-x', bulan: '2026-01', unitId: fx.unit.dinkes }))).rincian).toMatchObject([{ kolom: 'aturanId' }]);
    // The stored day inputs come from the source presensi registers (here a stand-in): asked for the unit's pegawai and the month only.
    const diminta: unknown[] = [];
    aturSumberMasukanHari(async (_db, instansiId, ids, dari, sampai) => {
      diminta.push({ instansiId, ids, dari, sampai });
      return new Map(ids.map((id) => [id, new Map([['2026-01-07', { status: 'hadir' as const, jamMasuk: '07:45', jamPulang: '16:15' }]])]));
    });
    try {
      const t = await hitungUlang(await ctx('admin.dinkes'), { aturanId: 'perpres-21-2023', bulan: '2026-01', unitId: fx.unit.dinkes });
      expect(t.sumber).toBe('tersimpan');
      expect(diminta).toEqual([{ instansiId: 1, ids: [await idPegawai(NIP.b1)], dari: '2026-01-01', sampai: '2026-01-31' }]);
      expect(t.pegawai[0]!.hari[6]).toMatchObject({ berubah: true, nilaiSekarang: { kodeMasuk: 'tepat', terlambatMenit: 15 }, nilaiUlang: { kodeMasuk: 'TL1' } });
    } finally {
      aturSumberMasukanHari(terdaftar);
    }
  });
});
