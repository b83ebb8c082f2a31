import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { LIBUR_NASIONAL_2026 } from '@simasn/domain';
import { pasangLiburBawaan, ubahLibur } from '@simasn/kalender';
import { fixturePerBerkas, NIP } from '@simasn/kepegawaian/uji';
import { type Konteks, periksaRantai, tungguSegelAudit } from '@simasn/platform';
import { catatPresensi, statistikPenulisPresensi, tambahTitik } from '../src/index.ts';
import { DEKAT, kunciBaru, pada, tambahPegawaiAsn } from './bantu.ts';

/**
 * The morning peak (issue 11, performance): concurrent check-ins are read together and written by
 * the group-commit writer, many per statement. What must not change with it: every check-in
 * recorded once with its own audit entry and the chain intact, the answer to a repeat the same,
 * one device bound when two race, and data changed between two check-ins seen by the second.
 */
const fx = fixturePerBerkas();
let adminBkpsdm: Konteks;
let asn: Konteks[];

beforeAll(async () => {
  adminBkpsdm = await fx.ctx('admin.bkpsdm');
  await pasangLiburBawaan(fx.sistem, 2026, LIBUR_NASIONAL_2026, 'SKB 2026');
  await tambahTitik(adminBkpsdm, { unitId: fx.unit.bkpsdm, nama: 'Kantor BKPSDM', lat: -6.9, lon: 107.6, radiusMeter: 100 });
  const nip = await tambahPegawaiAsn(fx, fx.unit.mutasi, 23);
  asn = await Promise.all([NIP.a1, NIP.a2, ...nip].map((n) => fx.ctx(n)));
});

describe('check-ins of the morning peak', () => {
  it('arriving together, they are written in far fewer statements than check-ins, each audited once, the chain intact', async () => {
    const sebelum = statistikPenulisPresensi(fx.db);
    // Each a little apart so that no two share coordinates (no "shared coordinates" signal).
    const hasil = await Promise.all(
      asn.map((c, i) =>
        catatPresensi(pada(c, '07:20', '2026-04-21'), { jenis: 'masuk', kunci: kunciBaru(), lat: DEKAT.lat + i * 0.000011, lon: DEKAT.lon, akurasi: 10,
          perangkat: `hp-kelompok-${i}-0001` })
      ),
    );
    expect(hasil.every((h) => h.kode === 'tepat' && h.perangkatTerikat && h.sinyal.length === 0)).toBe(true);
    expect(new Set(hasil.map((h) => h.id)).size).toBe(asn.length);
    const s = statistikPenulisPresensi(fx.db);
    expect(s.item - sebelum.item).toBe(asn.length);
    expect(s.batch - sebelum.batch).toBeLessThan(asn.length / 2);
    // The stored answer is the one given; one audit entry per check-in and one per device bound
    // (on PostgreSQL through the audit queue: sealed into the chain right after the commit).
    await tungguSegelAudit(fx.db);
    const baris = await fx.db.many<{ id: number, hasil: object }>(sql`select id, hasil from presensi where id = any(${hasil.map((h) => h.id)})`);
    for (const b of baris) expect({ ...b.hasil, id: Number(b.id) }).toEqual(hasil.find((h) => h.id === Number(b.id)));
    const audit = await fx.db.one<{ n: number, d: number }>(sql`
      select count(*)::int as n, count(distinct entitas_id)::int as d from audit_log where aksi = 'presensi.masuk' and entitas_id = any(${hasil.map((h) => String(h.id))})`);
    expect(audit).toEqual({ n: asn.length, d: asn.length });
    const ikat = await fx.db.one<{ n: number }>(
      sql`select count(*)::int as n from audit_log where aksi = 'presensi.perangkat_ikat' and pegawai_id = any(${asn.map((c) => c.pemanggil!.pegawaiId!)})`,
    );
    expect(ikat.n).toBe(asn.length);
    expect(await periksaRantai(fx.db, 1)).toMatchObject({ utuh: true });
  });

  it('a repeat in the same group and one after it get the first answer; nothing is written twice', async () => {
    const kunci = kunciBaru();
    const badan = { jenis: 'pulang', kunci, ...DEKAT, perangkat: 'hp-kelompok-0-0001' };
    const [a, b, c] = await Promise.all([
      catatPresensi(pada(asn[0]!, '16:05', '2026-04-21'), badan),
      catatPresensi(pada(asn[0]!, '16:05', '2026-04-21'), badan),
      catatPresensi(pada(asn[1]!, '16:05', '2026-04-21'), { ...badan, perangkat: 'hp-kelompok-1-0001' }),
    ]);
    const d = await catatPresensi(pada(asn[0]!, '16:30', '2026-04-21'), badan);
    expect(b).toEqual(a);
    expect(d).toEqual(a);
    expect(c.id).not.toBe(a.id); // the same key of another person is another check-in
    expect(a).toMatchObject({ jenis: 'pulang', kode: 'tepat', jam: '16.05' });
    expect(await fx.db.one<{ n: number }>(sql`select count(*)::int as n from presensi where kunci = ${kunci}`)).toEqual({ n: 2 });
    await tungguSegelAudit(fx.db);
    expect(await fx.db.one<{ n: number }>(sql`select count(*)::int as n from audit_log where aksi = 'presensi.pulang' and entitas_id = ${String(a.id)}`)).toEqual({ n: 1 });
    expect(await periksaRantai(fx.db, 1)).toMatchObject({ utuh: true });
  });

  it('two phones of a new ASN at once: one binds itself, the other is flagged for review', async () => {
    const [n] = await tambahPegawaiAsn(fx, fx.unit.mutasi, 1, 40);
    const c = pada(await fx.ctx(n!), '07:25', '2026-04-22');
    const [a, b] = await Promise.all([
      catatPresensi(c, { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: 'ponsel-satu-0001' }),
      catatPresensi(c, { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: 'ponsel-dua-00002' }),
    ]);
    expect([a.perangkatTerikat, b.perangkatTerikat].sort()).toEqual([false, true]);
    const kalah = a.perangkatTerikat ? b : a;
    expect(kalah.sinyal).toEqual(['Perangkat belum terikat ke akun']);
    expect(kalah.perluTinjau).toBe(true);
    const aktif = await fx.db.many(sql`select sidik from perangkat_presensi where pegawai_id = ${c.pemanggil!.pegawaiId} and status = 'aktif'`);
    expect(aktif).toHaveLength(1);
    const sinyal = await fx.db.many<{ presensi_id: number }>(
      sql`select presensi_id from sinyal_presensi where pegawai_id = ${c.pemanggil!.pegawaiId} and jenis = 'perangkat_lain'`,
    );
    expect(sinyal.map((s) => Number(s.presensi_id))).toEqual([kalah.id]);
  });

  it('a holiday added between two check-ins is seen by the second (the calendars kept in memory follow their changes)', async () => {
    const h1 = await catatPresensi(pada(asn[2]!, '07:10', '2026-04-23'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: 'hp-kelompok-2-0001' });
    expect(h1).toMatchObject({ hariKerja: true, kode: 'tepat' });
    await ubahLibur(fx.sistem, { tahun: 2026, tambah: { tanggal: '2026-04-23', nama: 'Hari Jadi Kabupaten', jenis: 'libur_daerah' }, alasan: 'Perbup hari jadi' });
    const h2 = await catatPresensi(pada(asn[2]!, '07:40', '2026-04-23'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: 'hp-kelompok-2-0001' });
    expect(h2).toMatchObject({ hariKerja: false, kode: null });
    expect(h2.pesan).toContain('Hari Jadi Kabupaten');
  });
});
