import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LIBUR_NASIONAL_2026 } from '@simasn/domain';
import { bukuXlsx, fixturePerBerkas, galatAplikasi, NIP } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { sql } from '@simasn/db';
import { daftarKalender, daftarLibur, hapusKalenderUnit, hitungUlang, imporLibur, jadwalPegawai, jadwalUnit, pasangLiburBawaan, simpanJadwalShift, simpanRosterUnit,
  tambahKalenderUnit, ubahLibur } from '../src/index.ts';
import { KONTRAK_KALENDER as K } from '../src/kontrak.ts';

/**
 * The response schemas of the kalender contract against what the actions really return: every
 * answer encodes (what Fastify does before sending) to exactly the action's JSON.
 */
const fx = fixturePerBerkas();
const SEKARANG = new Date('2026-03-02T03:00:00Z');
const ctx = async (nama: string): Promise<Konteks> => ({ ...(await fx.ctx(nama)), sekarang: () => SEKARANG });

function persis(t: { respons?: z.ZodType }, hasil: unknown) {
  const kawat = JSON.parse(JSON.stringify(z.encode(t.respons!, hasil as never)));
  expect(kawat).toEqual(JSON.parse(JSON.stringify(hasil)));
  return kawat;
}

describe('kalender answers through their response schemas', () => {
  it('calendars, schedules, rosters, holiday lists, imports and recomputation encode to exactly what the actions return', async () => {
    const bkd = await ctx('admin.bkd');
    await pasangLiburBawaan({ ...fx.sistem, sekarang: () => SEKARANG }, 2026, LIBUR_NASIONAL_2026, 'SKB 2026');
    persis(K.tambahVersi, await tambahKalenderUnit(bkd, { unitId: null, berlakuMulai: '2026-03-02', aturanId: 'perbup-sukamaju-2026', pola: 'lima-hari' }));
    persis(K.tambahVersi,
      await tambahKalenderUnit(bkd, { unitId: fx.unit.yankes, berlakuMulai: '2026-03-02', aturanId: 'perbup-sukamaju-2026', pola: 'shift-rsud',
        keterangan: 'Instalasi rawat inap' }));
    const nanti = persis(K.tambahVersi, await tambahKalenderUnit(bkd, { unitId: fx.unit.mutasi, berlakuMulai: '2026-07-01', aturanId: 'perpres-21-2023', pola: 'enam-hari' }));
    const d = persis(K.daftar, await daftarKalender(bkd));
    expect(d.unit.length).toBe(4);
    persis(K.hapusVersi, await hapusKalenderUnit(bkd, nanti.id));
    persis(K.jadwalUnit, await jadwalUnit(bkd, { unitId: fx.unit.bkpsdm, bulan: '2026-03' }));
    persis(K.jadwalUnit, await jadwalUnit(bkd, { bulan: '2026-03' }));
    const b1 = (await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${NIP.b1}`)).id;
    persis(K.simpanShift, await simpanJadwalShift(bkd, b1, { jadwal: [{ tanggal: '2026-03-03', kodeShift: 'M' }] }));
    const j = persis(K.jadwalPegawai, await jadwalPegawai(bkd, b1, { bulan: '2026-03' }));
    expect(j.hari[2].shift).toEqual({ kode: 'M', nama: 'Malam' });
    // The roster page's save: a morning shift straight after the night one is refused beside its cell, nothing saved; a day off then a morning shift is saved.
    const galat = await galatAplikasi(simpanRosterUnit(bkd, { unitId: fx.unit.yankes, bulan: '2026-03', perubahan: [{ pegawaiId: b1, tanggal: '2026-03-04', kodeShift: 'P' }] }));
    expect(galat.status).toBe(422);
    expect(galat.rincian).toEqual([{ kolom: 'perubahan.0.kodeShift',
      pesan: 'Malam 3 Maret 2026 berakhir pukul 07.00, Pagi mulai pukul 07.00: istirahat tidak ada (paling sedikit 8 jam)' }]);
    expect(await fx.db.many(sql`select kode_shift from jadwal_shift where pegawai_id = ${b1} and tanggal = '2026-03-04'`)).toEqual([]);
    const luar = await galatAplikasi(simpanRosterUnit(bkd, { unitId: fx.unit.yankes, bulan: '2026-03', perubahan: [{ pegawaiId: b1, tanggal: '2026-04-01', kodeShift: 'X' }] }));
    expect((luar.rincian as { pesan: string }[]).map((m) => m.pesan)).toEqual(['1 April 2026 di luar bulan yang sedang disusun']);
    persis(K.simpanRoster,
      await simpanRosterUnit(bkd, { unitId: fx.unit.yankes, bulan: '2026-03',
        perubahan: [{ pegawaiId: b1, tanggal: '2026-03-04', kodeShift: null }, { pegawaiId: b1, tanggal: '2026-03-05', kodeShift: 'P' }] }));
    expect((await jadwalPegawai(bkd, b1, { bulan: '2026-03' })).hari.slice(2, 5).map((h) => h.shift?.kode ?? null)).toEqual(['M', null, 'P']);
    persis(K.libur, await daftarLibur(bkd, { tahun: 2026 }));
    persis(K.libur, await daftarLibur(bkd, { tahun: 2027 }));
    persis(K.ubahLibur, await ubahLibur(bkd, { tahun: 2026, tambah: { tanggal: '2026-10-12', nama: 'Hari Jadi Kabupaten', jenis: 'libur_daerah' }, alasan: 'Perda hari jadi' }));
    persis(K.imporLibur,
      await imporLibur(bkd, { tahun: 2027 }, { namaBerkas: 'l.xlsx', isi: await bukuXlsx({ L: [['tanggal', 'nama', 'jenis'], ['2027-01-01', 'Tahun Baru', 'x']] }) }));
    persis(K.imporLibur,
      await imporLibur(bkd, { tahun: 2027 }, { namaBerkas: 'l.xlsx',
        isi: await bukuXlsx({ L: [['tanggal', 'nama', 'jenis'], ['2027-01-01', 'Tahun Baru 2027', 'libur_nasional']] }) }));
    persis(K.hitungUlang, await hitungUlang(bkd, { aturanId: 'perpres-21-2023', bulan: '2026-03', unitId: fx.unit.dinkes }));
    persis(K.hitungUlang,
      await hitungUlang(bkd, { aturanId: 'perpres-21-2023', bulan: '2026-03',
        hari: [{ nip: NIP.a1, tanggal: '2026-03-02', status: 'hadir', jamMasuk: '08:10', jamPulang: null }] }));
  });
});
