import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { buatDemo } from '@simasn/demo';
import { kalenderDariJadwal, pasangSumberKalender, statusHariUsulan } from '@simasn/cuti';
import { kalenderPegawai } from '@simasn/kalender';
import { bacaPegawaiHari, hitungHari, type HariTerhitung, tutupHari } from '@simasn/rekap';

/**
 * The set-based day-close on the demo kabupaten (PGlite, and PostgreSQL with TEST_DATABASE_URL):
 * a month of check-ins for everyone (the bench's generator), every perangkat daerah started, the
 * day-close job over it (5.000 pegawai per batch, the leave statuses with every calendar computed
 * once), compared day by day with the per-pegawai evaluation the job did before (each pegawai
 * alone, each approved request asking the calendar of its own pegawai), and the number of
 * statements the leave statuses cost, which no longer grows with the number of requests.
 */
let db: Db;
const SEKARANG = new Date('2026-12-03T03:00:00Z');
const DARI = '2026-11-01';
const SAMPAI = '2026-11-30';

/** A handle that counts the statements sent through it. */
function hitungKueri(asal: Db): { db: Db, jumlah: () => number } {
  let n = 0;
  const hitung = <A extends unknown[], R>(f: (...a: A) => R) => (...a: A): R => {
    n++;
    return f(...a);
  };
  const db: Db = { mesin: asal.mesin, dalamTransaksi: asal.dalamTransaksi, many: hitung(asal.many.bind(asal)), one: hitung(asal.one.bind(asal)),
    maybeOne: hitung(asal.maybeOne.bind(asal)), run: hitung(asal.run.bind(asal)), exec: asal.exec.bind(asal), transaction: asal.transaction.bind(asal),
    close: asal.close.bind(asal) } as Db;
  return { db, jumlah: () => n };
}

beforeAll(async () => {
  db = await bukaDbUji();
  await buatDemo(db, { jumlahPegawai: 300, sekarang: SEKARANG });
  // The demo has approved requests (cuti, izin, dinas luar in November).
  const contoh = await db.maybeOne<{ usulan_id: number }>(sql`
    select c.usulan_id from usulan_cuti c join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id where u.status = 'selesai' limit 1`);
  expect(contoh).toBeDefined();
  await db.run(sql`delete from tutup_hari_presensi where instansi_id = 1`);
  await db.run(sql`delete from antrean_hari_presensi where instansi_id = 1`);
  await db.run(sql`insert into mulai_presensi_unit (instansi_id, unit_id, mulai) select instansi_id, id, ${DARI}::date from unit_organisasi
                    where instansi_id = 1 and induk_id is null on conflict (instansi_id, unit_id) do update set mulai = excluded.mulai`);
  await db.run(sql`
    insert into presensi (instansi_id, pegawai_id, tanggal, jenis, sumber, waktu, waktu_terima, di_dalam, kunci, hasil)
    select p.instansi_id, p.id, d::date, j.jenis, 'ponsel', w, w, true, 'uji-' || p.id || '-' || to_char(d, 'YYYYMMDD') || '-' || j.jenis, '{}'::jsonb
      from pegawai p
      cross join generate_series(${DARI}::date, ${SAMPAI}::date, interval '1 day') d
      cross join (values ('masuk'), ('pulang')) j(jenis)
      cross join lateral (select ((d::date + case when j.jenis = 'masuk' then time '07:05' + ((p.id * 7 + extract(day from d)::int * 13) % 50) * interval '1 minute'
                                               else time '15:50' + ((p.id * 11 + extract(day from d)::int * 5) % 40) * interval '1 minute' end)
                                  at time zone 'Asia/Jakarta') as w) x
     where p.instansi_id = 1 and p.kedudukan in ('aktif', 'tugas_belajar') and extract(isodow from d) < 7
       and (p.id * 31 + extract(day from d)::int) % 9 <> 0
       and not exists (select 1 from presensi r where r.instansi_id = p.instansi_id and r.pegawai_id = p.id and r.tanggal = d::date)`);
}, 300_000);
afterAll(async () => {
  pasangSumberKalender(null);
  await db?.close();
});

const ringkas = (h: Pick<HariTerhitung, 'pegawaiId' | 'tanggal' | 'status' | 'kodeMasuk' | 'kodePulang' | 'potonganPersen' | 'keterangan' | 'versiKalender'>) =>
  `${h.pegawaiId}|${h.tanggal}|${h.status}|${h.kodeMasuk}|${h.kodePulang}|${Number(h.potonganPersen)}|${h.versiKalender}|${h.keterangan}`;

describe('set-based day-close', () => {
  it('stores exactly what the per-pegawai evaluation gives, for every pegawai and day of the month', async () => {
    const ditutup = await tutupHari(db, 1, 'Asia/Jakarta', SEKARANG, { sampai: SAMPAI });
    // From the first check-in of the month (the job starts there after the closed days were cleared) to its end.
    const dari = ditutup.find((t) => t >= DARI)!;
    expect(ditutup.at(-1)).toBe(SAMPAI);
    const tersimpan = await db.many<HariTerhitung & { potonganPersen: string }>(sql`
      select pegawai_id as "pegawaiId", tanggal::text as tanggal, status, kode_masuk as "kodeMasuk", kode_pulang as "kodePulang", potongan_persen as "potonganPersen",
             keterangan, versi_kalender as "versiKalender"
        from hari_presensi where instansi_id = 1 and tanggal between ${dari}::date and ${SAMPAI}::date order by pegawai_id, tanggal`);
    // The old way: one pegawai at a time, and every approved request reading its pegawai's calendar on its own.
    pasangSumberKalender(async (d, i, id, dari, sampai) => kalenderDariJadwal((await kalenderPegawai(d, i, [id], dari, sampai)).get(id) ?? []));
    const lama: HariTerhitung[] = [];
    try {
      for (const p of await bacaPegawaiHari(db, 1)) lama.push(...(await hitungHari(db, 1, [p], dari, SAMPAI, { zona: 'Asia/Jakarta' })));
    } finally {
      pasangSumberKalender(null);
    }
    expect(tersimpan.length).toBeGreaterThan(5000);
    expect(new Set(tersimpan.map((h) => h.status))).toEqual(new Set(['hadir', 'alpa', 'libur', 'dinas_luar']));
    // Shift units (puskesmas rawat inap, RSUD) are in: night shifts cross midnight.
    expect(tersimpan.some((h) => /shift|Malam/i.test(h.keterangan))).toBe(true);
    expect(tersimpan.map(ringkas)).toEqual(lama.map(ringkas));
  }, 300_000);

  it('reads the leave statuses of every pegawai with a fixed number of statements, however many requests there are', async () => {
    const semua = (await bacaPegawaiHari(db, 1)).map((p) => p.id);
    const dengan = (await db.many<{ id: number }>(sql`
      select distinct c.pegawai_id as id from usulan_cuti c join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
       where u.status = 'selesai' and c.instansi_id = 1`)).map((r) => Number(r.id));
    expect(dengan.length).toBeGreaterThan(1);
    const satu = hitungKueri(db);
    const a = await statusHariUsulan(satu.db, 1, [dengan[0]!], '2026-01-01', '2026-12-31');
    const banyak = hitungKueri(db);
    const b = await statusHariUsulan(banyak.db, 1, semua, '2026-01-01', '2026-12-31');
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(a.length);
    // Before: one statement for the requests, then four per request (pegawai, calendars, roster, unit history).
    expect(banyak.jumlah()).toBe(satu.jumlah());
    expect(banyak.jumlah()).toBeLessThanOrEqual(7);
  }, 120_000);
});
