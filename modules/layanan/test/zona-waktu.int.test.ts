import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { instanSetempat, type ZonaWaktu } from '@simasn/domain';
import { ubahZonaInstansi } from '@simasn/kepegawaian';
import { buatFixture, NIP, type Fixture } from '@simasn/kepegawaian/uji';
import { jalankanDigestHarian, jalankanTmtHarian, kirimDigestVerifikator } from '../src/index.ts';

/**
 * Days and hours in the instansi's own zone (issue 9): the daily digest's "once a day" at the
 * local midnight edges (23.30 and 00.30) in WIB, WITA and WIT, the digest and TMT timers per
 * instansi local day. Every instant is set here: nothing reads the wall clock.
 */
let db: Db;
let fx: Fixture;
const diam = () => {};

beforeAll(async () => {
  db = await bukaDbUji();
  fx = await buatFixture(db);
  // Two KGB requests waiting at BKD's step (admin.bkd, verifikator, verifikator2 act there).
  await db.run(sql`insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, tenggat)
    select 1, 'kgb', id, 'penetapan', 'diproses', '{"bulan":"2026-03"}'::jsonb, date '2026-03-01'
      from pegawai where nip in (${NIP.a1}, ${NIP.b1})`);
  // Two bare instansi in the other zones, for the timers.
  await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis, zona_waktu) values
    (2, 'wita', 'Kabupaten WITA', 'kabupaten', 'Asia/Makassar'), (3, 'wit', 'Kabupaten WIT', 'kabupaten', 'Asia/Jayapura')`);
});
afterAll(async () => {
  await ubahZonaInstansi(db, 1, 'Asia/Jakarta');
  await db?.close();
});

describe('daily digest at the local midnight edges', () => {
  // One local day per zone so that the cases do not see each other's notifications.
  const kasus: [ZonaWaktu, string][] = [['Asia/Jakarta', '2026-03-10'], ['Asia/Makassar', '2026-03-12'], ['Asia/Jayapura', '2026-03-14']];
  for (const [zona, hari] of kasus) {
    it(`goes out once per local day in ${zona}: at 00.30, not again at 00.40 nor 23.30, again at 00.30 the next day`, async () => {
      await ubahZonaInstansi(db, 1, zona);
      const pada = (tanggal: string, jam: string) => ({ ...fx.sistem, zona, sekarang: () => instanSetempat(tanggal, jam, zona) });
      const besok = `${hari.slice(0, 8)}${String(Number(hari.slice(8)) + 1).padStart(2, '0')}`;
      expect(await kirimDigestVerifikator(pada(hari, '00:30'))).toEqual({ penerima: 3, usulan: 2 });
      // In WIB 00.30 is 17.30 UTC of the day before: the old check ('YYYY-MM-DD'::date in a UTC
      // session) looked for today's digest after a midnight still in the future, and sent again.
      expect((await kirimDigestVerifikator(pada(hari, '00:40'))).penerima).toBe(0);
      expect((await kirimDigestVerifikator(pada(hari, '23:30'))).penerima).toBe(0);
      expect((await kirimDigestVerifikator(pada(besok, '00:30'))).penerima).toBe(3);
      expect((await kirimDigestVerifikator(pada(besok, '23:30'))).penerima).toBe(0);
      const n = await db.one<{ n: number }>(sql`select count(*)::int as n from notifikasi n join akun a on a.id = n.akun_id
        where a.nama_pengguna = 'verifikator' and n.judul = 'Ringkasan harian layanan: 2 usulan menunggu, 2 melewati tenggat'
          and n.dibuat_pada >= ${instanSetempat(hari, '00:00', zona)} and n.dibuat_pada < ${instanSetempat(besok, '23:59', zona)}`);
      expect(n.n).toBe(2);
    });
  }

  it('the timer serves each instansi after 07.00 of its own zone, once per its local day', async () => {
    await ubahZonaInstansi(db, 1, 'Asia/Jakarta');
    const sudah = new Map<number, string>();
    const jalan = (iso: string) => jalankanDigestHarian(db, new Date(iso), sudah, 7);
    expect(await jalan('2026-03-19T21:59:00Z')).toEqual([]); // 04.59 WIB, 05.59 WITA, 06.59 WIT
    expect(await jalan('2026-03-19T22:00:00Z')).toEqual([3]); // 07.00 WIT on the 20th
    expect(await jalan('2026-03-19T23:00:00Z')).toEqual([2]); // 07.00 WITA
    expect(await jalan('2026-03-19T23:30:00Z')).toEqual([]);
    expect(await jalan('2026-03-20T00:00:00Z')).toEqual([1]); // 07.00 WIB
    expect(await jalan('2026-03-20T16:30:00Z')).toEqual([]); // 23.30 WIB, 00.30 WITA/WIT on the 21st: before 07.00 there
    expect(await jalan('2026-03-20T22:00:00Z')).toEqual([3]); // the 21st in Jayapura
    expect(sudah).toEqual(new Map([[1, '2026-03-20'], [2, '2026-03-20'], [3, '2026-03-21']]));
  });
});

describe('daily TMT job per instansi local day', () => {
  it('runs each instansi on its own date: a pension on 1 August takes effect at 00.30 WIT while it is still 31 July in WIB', async () => {
    await ubahZonaInstansi(db, 1, 'Asia/Jayapura');
    await db.run(sql`insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data)
      select 1, 'pensiun', id, 'tmt', 'diproses', '{"bup":58,"tanggalBup":"2026-07-10","tmtPensiun":"2026-08-01","aturanBup":"bup-pp11-2017"}'::jsonb
        from pegawai where nip = ${NIP.a2}`);
    const kedudukan = async () => (await db.one<{ k: string }>(sql`select kedudukan as k from pegawai where nip = ${NIP.a2}`)).k;
    // 23.30 WIT on 31 July (14.30 UTC): not yet.
    expect(await jalankanTmtHarian(db, new Date('2026-07-31T14:30:00Z'), new Map(), diam)).toEqual([
      { instansiId: 1, tanggal: '2026-07-31' },
      { instansiId: 2, tanggal: '2026-07-31' },
      { instansiId: 3, tanggal: '2026-07-31' },
    ]);
    expect(await kedudukan()).toBe('aktif');
    // 00.30 WIT on 1 August = 23.30 WITA, 22.30 WIB on 31 July.
    const sudah = new Map<number, string>();
    expect(await jalankanTmtHarian(db, new Date('2026-07-31T15:30:00Z'), sudah, diam)).toEqual([
      { instansiId: 1, tanggal: '2026-08-01' },
      { instansiId: 2, tanggal: '2026-07-31' },
      { instansiId: 3, tanggal: '2026-08-01' },
    ]);
    expect(await kedudukan()).toBe('pensiun');
    // 00.30 WITA: only instansi 2 has a new day.
    expect(await jalankanTmtHarian(db, new Date('2026-07-31T16:30:00Z'), sudah, diam)).toEqual([{ instansiId: 2, tanggal: '2026-08-01' }]);
  });
});
