import { sql, type Db } from '@simasn/db';
import { konteksSistem, type Konteks, type Pemanggil } from '@simasn/platform';
import { barisRekapBulan, bulanSaya, eksporRekapBulan, kerjakanAntrean, rekapBulan, tutupHari } from '@simasn/rekap';

function persentil(ms: number[], p: number) {
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const ringkas = (ms: number[]) => ({ n: ms.length, p50: +persentil(ms, 50).toFixed(2), p95: +persentil(ms, 95).toFixed(2), p99: +persentil(ms, 99).toFixed(2),
  maks: +Math.max(...ms).toFixed(2) });
const detik = (ms: number) => +(ms / 1000).toFixed(2);

/**
 * The rekap (issue 11 goals: the month's rekap of 100,000 ASN under 10 s, an ASN's own month under
 * 50 ms). A month (November 2026) of check-ins for every active pegawai is written in one SQL
 * statement (weekdays, lateness and early departures spread by id, about 2% of days without any
 * check-in), every perangkat daerah started on 1 November, then:
 *   - the day-close job over that month (all pegawai, 5,000 per transaction): what the server's job
 *     does once a day for one day, here a whole month at once;
 *   - the month's rekap for the whole instansi (admin BKD): the screen (totals, per unit, the first
 *     page) and every row (what the export reads), and the XLSX export;
 *   - the same screen for an admin OPD (Dinas Kesehatan);
 *   - an ASN's own month: a closed month (stored days) and the current month (the days not yet
 *     closed computed live), p50/p99 over sampled ASN.
 */
export async function ukurRekap(db: Db, sekarang = new Date('2026-12-03T03:00:00Z')) {
  const i = 1;
  await db.run(sql`delete from tutup_hari_presensi where instansi_id = ${i}`);
  await db.run(sql`delete from antrean_hari_presensi where instansi_id = ${i}`);
  await db.run(sql`insert into mulai_presensi_unit (instansi_id, unit_id, mulai) select instansi_id, id, '2026-11-01' from unit_organisasi
                    where instansi_id = ${i} and induk_id is null on conflict (instansi_id, unit_id) do update set mulai = excluded.mulai`);
  const t0 = performance.now();
  // Approved absences of the month, as the cuti workflow leaves them (a finished usulan_layanan and
  // its usulan_cuti): cuti tahunan of 3 working days for every 10th ASN and dinas luar of 2 days for
  // every 15th (Monday to Wednesday starts, so every day is a working day); nobody checks in on them.
  const cuti = await db.run(sql`
    with calon as (
      select p.instansi_id, p.id, x.jenis, x.dari, x.dari + (x.hari - 1) as sampai, x.hari from pegawai p
       cross join lateral (values
         ('cuti_tahunan', '2026-11-02'::date + 7 * (p.id % 4)::int + (p.id % 3)::int, 3, p.id % 10 = 1),
         ('dinas_luar', '2026-11-03'::date + 7 * (p.id % 4)::int, 2, p.id % 15 = 2)) x(jenis, dari, hari, ya)
       where p.instansi_id = ${i} and p.kedudukan = 'aktif' and x.ya
         and not exists (select 1 from usulan_cuti c where c.instansi_id = p.instansi_id and c.pegawai_id = p.id and c.dari <= x.dari + (x.hari - 1) and c.sampai >= x.dari)),
    u as (
      insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, diajukan_pada, diubah_pada, selesai_pada)
      select instansi_id, jenis, id, 'selesai', 'selesai', jsonb_build_object('dari', dari, 'sampai', sampai, 'hari', hari), ${sekarang}, ${sekarang}, ${sekarang} from calon
      returning instansi_id, id, pegawai_id, jenis, data)
    insert into usulan_cuti (instansi_id, usulan_id, pegawai_id, jenis, dari, sampai, hari_kerja, alasan, tujuan)
    select instansi_id, id, pegawai_id, jenis, (data->>'dari')::date, (data->>'sampai')::date, (data->>'hari')::int,
           case when jenis = 'dinas_luar' then 'Rapat koordinasi di provinsi' else 'Keperluan keluarga' end,
           case when jenis = 'dinas_luar' then 'Kantor Gubernur Jawa Timur' end
      from u`);
  // In slices of 10,000 pegawai: one statement for 100,000 ASN (4 million rows) keeps the whole
  // transition table of the late-input trigger and every new row in one transaction.
  const batas = await db.one<{ min: number, max: number }>(
    sql`select coalesce(min(id), 0)::bigint as min, coalesce(max(id), 0)::bigint as max from pegawai where instansi_id = ${i}`,
  );
  let ditulis = 0;
  for (let dari = Number(batas.min); dari <= Number(batas.max); dari += 10_000) {
    ditulis += await db.run(sql`
    insert into presensi (instansi_id, pegawai_id, tanggal, jenis, sumber, waktu, waktu_terima, di_dalam, kunci, hasil)
    select p.instansi_id, p.id, d::date, j.jenis, 'ponsel', w, w, true, 'bench-' || p.id || '-' || to_char(d, 'YYYYMMDD') || '-' || j.jenis, '{}'::jsonb
      from pegawai p
      cross join generate_series('2026-11-01'::date, '2026-11-30'::date, interval '1 day') d
      cross join (values ('masuk'), ('pulang')) j(jenis)
      cross join lateral (select ((d::date + case when j.jenis = 'masuk' then time '07:05' + ((p.id * 7 + extract(day from d)::int * 13) % 50) * interval '1 minute'
                                               else time '15:50' + ((p.id * 11 + extract(day from d)::int * 5) % 40) * interval '1 minute' end)
                                  at time zone 'Asia/Jakarta') as w) x
     where p.instansi_id = ${i} and p.id >= ${dari} and p.id < ${dari + 10_000} and p.kedudukan in ('aktif', 'tugas_belajar') and extract(isodow from d) < 6
       and (p.id * 31 + extract(day from d)::int) % 50 <> 0
       and not exists (select 1 from presensi r where r.instansi_id = p.instansi_id and r.pegawai_id = p.id and r.tanggal = d::date)
       and not exists (select 1 from usulan_cuti c where c.instansi_id = p.instansi_id and c.pegawai_id = p.id and d::date between c.dari and c.sampai)`);
  }
  const t1 = performance.now();
  if (db.mesin === 'postgres') await db.exec('analyze presensi');
  const ditutup = await tutupHari(db, i, 'Asia/Jakarta', sekarang, { sampai: '2026-11-30' });
  const t2 = performance.now();
  if (db.mesin === 'postgres') await db.exec('analyze hari_presensi; analyze rekap_presensi_bulan');
  else {
    await db.exec('vacuum analyze hari_presensi');
    await db.exec('vacuum analyze rekap_presensi_bulan');
  }
  const hari = (await db.one<{ n: number }>(sql`select count(*)::int as n from hari_presensi where instansi_id = ${i} and tanggal between '2026-11-01' and '2026-11-30'`)).n;
  const statusHari = Object.fromEntries((await db.many<{ status: string, n: number }>(sql`select status, count(*)::int as n from hari_presensi
      where instansi_id = ${i} and tanggal between '2026-11-01' and '2026-11-30' group by status order by status`)).map((r) => [r.status, r.n]));

  const bkd: Konteks = { ...konteksSistem(db, i, 'bench'), sekarang: () => sekarang };
  const opd = await db.one<{ id: number, jalur: string, unit_id: number }>(sql`
    select a.id, u.jalur, u.id as unit_id from akun a join akun_peran ap on ap.instansi_id = a.instansi_id and ap.akun_id = a.id
      join unit_organisasi u on u.instansi_id = ap.instansi_id and u.id = ap.unit_id where a.nama_pengguna = 'admin.dinkes'`);
  const ctxOpd: Konteks = { ...bkd,
    pemanggil: { akunId: opd.id, namaPengguna: 'admin.dinkes', namaTampilan: 'Admin Dinkes', instansiId: i, pegawaiId: null, jalurUnitSendiri: null,
      peran: [{ peran: 'admin_opd', unitId: opd.unit_id, jalurUnit: opd.jalur }] } };
  const kali = async (n: number, f: () => Promise<unknown>) => {
    await f();
    const ms: number[] = [];
    for (let k = 0; k < n; k++) {
      const t = performance.now();
      await f();
      ms.push(performance.now() - t);
    }
    return ringkas(ms);
  };
  const layarBkd = await kali(5, () => rekapBulan(bkd, { bulan: '2026-11' }));
  const layarBkdCari = await kali(5, () => rekapBulan(bkd, { bulan: '2026-11', saring: 'alpa', urut: 'alpa', arah: 'turun', page: 3 }));
  const layarOpd = await kali(5, () => rekapBulan(ctxOpd, { bulan: '2026-11' }));
  let baris = 0;
  const semua = await kali(3, async () => {
    baris = (await barisRekapBulan(bkd, { bulan: '2026-11' })).items.length;
  });
  const te = performance.now();
  const x = await eksporRekapBulan(bkd, { bulan: '2026-11' });
  const msEkspor = performance.now() - te;

  const asn = await db.many<{ akun: number, nip: string, pegawai: number, jalur: string }>(sql`
    select a.id as akun, p.nip, p.id as pegawai, p.jalur_unit as jalur from akun a join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
     where a.instansi_id = ${i} and p.kedudukan = 'aktif' order by (p.id * 7919) % 10007 limit 200`);
  const ctxAsn = (a: (typeof asn)[number]): Konteks => ({ ...bkd,
    pemanggil: { akunId: a.akun, namaPengguna: a.nip, namaTampilan: a.nip, instansiId: i, pegawaiId: a.pegawai, jalurUnitSendiri: a.jalur,
      peran: [{ peran: 'asn', unitId: null, jalurUnit: null }] } satisfies Pemanggil });
  const ukurAsn = async (bulan: string) => {
    for (const a of asn.slice(0, 10)) await bulanSaya(ctxAsn(a), { bulan });
    const ms: number[] = [];
    for (const a of asn) {
      const t = performance.now();
      await bulanSaya(ctxAsn(a), { bulan });
      ms.push(performance.now() - t);
    }
    return ringkas(ms);
  };
  const bulanTutup = await ukurAsn('2026-11');
  const bulanBerjalan = await ukurAsn('2026-12');
  await kerjakanAntrean(db, i, 'Asia/Jakarta', sekarang);
  return { usulanCutiDanDinasLuar: cuti, presensiDitulis: ditulis, detikTulisPresensi: detik(t1 - t0), hariDitutup: ditutup.length, hariTersimpan: hari, hariPerStatus: statusHari,
    detikTutupSebulan: detik(t2 - t1), rekapLayarBkdMs: layarBkd, rekapLayarBkdSaringMs: layarBkdCari, rekapLayarAdminOpdMs: layarOpd, rekapSemuaBarisMs: semua, barisRekap: baris,
    eksporXlsx: { detik: detik(msEkspor), mb: +(x.isi.length / 1e6).toFixed(1) }, bulanSayaDitutupMs: bulanTutup, bulanSayaBerjalanMs: bulanBerjalan };
}
