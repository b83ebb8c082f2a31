import { sql, type Db } from '@simasn/db';
import { tambahHari, type TanggalIso, waktuSetempat, type ZonaWaktu } from '@simasn/domain';
import { bacaMulai, type HariTerhitung, hitungHari, type OpsiHitung, opdDariJalur, type PegawaiHari } from './hitung-hari.ts';

const PER_SISIP = 2000;
/** Pegawai computed per transaction by the day-close job. */
const PER_KELOMPOK = 5000;

/**
 * Stores computed days (replacing what was stored for those pegawai and days, and removing a
 * stored day the computation no longer yields) and brings their months' sums up to date, in
 * the caller's transaction. Returns the pegawai-months touched.
 */
export async function simpanHari(tx: Db, instansiId: number, pegawaiIds: readonly number[], dari: TanggalIso, sampai: TanggalIso, hari: readonly HariTerhitung[],
  sekarang: Date): Promise<void>
{
  if (!pegawaiIds.length) return;
  await tx.run(sql`delete from hari_presensi where instansi_id = ${instansiId} and pegawai_id = any(${[...pegawaiIds]}::bigint[])
                     and tanggal between ${dari}::date and ${sampai}::date`);
  // One array per column (unnest): PostgreSQL reads typed arrays faster than it takes apart a
  // JSON document of the same rows (a month of 100.000 ASN is 3 million rows).
  for (let i = 0; i < hari.length; i += PER_SISIP) {
    const b = hari.slice(i, i + PER_SISIP);
    const kolom = <K extends keyof HariTerhitung>(k: K) => b.map((h) => h[k]);
    await tx.run(sql`
      insert into hari_presensi (instansi_id, pegawai_id, tanggal, unit_id, hari_kerja, status, jenis_absen, kode_masuk, terlambat_menit, kode_pulang, pulang_cepat_menit,
                                 ganti_waktu, jam_masuk, jam_pulang, potongan_persen, usulan_id, menunggu_tinjau, keterangan, versi_aturan, versi_kalender, dihitung_pada)
      select ${instansiId}, x.*, ${sekarang}
        from unnest(${kolom('pegawaiId')}::bigint[], ${kolom('tanggal')}::date[], ${kolom('unitId')}::bigint[], ${kolom('hariKerja')}::boolean[],
                    ${b.map((h) => h.status ?? 'alpa')}::text[], ${kolom('jenisAbsen')}::text[], ${kolom('kodeMasuk')}::text[], ${kolom('terlambatMenit')}::integer[],
                    ${kolom('kodePulang')}::text[], ${kolom('pulangCepatMenit')}::integer[], ${kolom('gantiWaktu')}::boolean[], ${kolom('jamMasuk')}::text[],
                    ${kolom('jamPulang')}::text[], ${kolom('potonganPersen')}::numeric[], ${kolom('usulanId')}::bigint[], ${kolom('menungguTinjau')}::boolean[],
                    ${kolom('keterangan')}::text[], ${kolom('versiAturan')}::text[], ${kolom('versiKalender')}::text[]) as x`);
  }
  await segarkanBulan(tx, instansiId, pegawaiIds, dari, sampai);
}

/** The first day of each month of [dari, sampai]. */
export function bulanDalam(dari: TanggalIso, sampai: TanggalIso): TanggalIso[] {
  const hasil: TanggalIso[] = [];
  for (let b = `${dari.slice(0, 7)}-01`; b <= sampai; b = `${tambahHari(`${b.slice(0, 7)}-28`, 4).slice(0, 7)}-01`) hasil.push(b);
  return hasil;
}

/** Recomputes the month sums (rekap_presensi_bulan) of the pegawai over the months of [dari, sampai] from their stored days. */
export async function segarkanBulan(tx: Db, instansiId: number, pegawaiIds: readonly number[], dari: TanggalIso, sampai: TanggalIso): Promise<void> {
  const bulan = bulanDalam(dari, sampai);
  const semua = pegawaiIds.length > 5000;
  await tx.run(sql`delete from rekap_presensi_bulan where instansi_id = ${instansiId} and bulan = any(${bulan}::date[])
                     and ${semua ? sql`true` : sql`pegawai_id = any(${[...pegawaiIds]}::bigint[])`}`);
  await tx.run(sql`
    insert into rekap_presensi_bulan (instansi_id, pegawai_id, bulan, unit_id, hari_kerja, hadir, dinas_luar, cuti, tugas_belajar, diklat, sakit, izin, alpa,
                                      tl1, tl2, tl3, tl4, psw1, psw2, psw3, psw4, terlambat_menit, pulang_cepat_menit, potongan_persen, menunggu_tinjau, versi_aturan)
    select h.instansi_id, h.pegawai_id, date_trunc('month', h.tanggal)::date, (array_agg(h.unit_id order by h.tanggal desc))[1],
           count(*) filter (where h.hari_kerja), count(*) filter (where h.hari_kerja and h.status = 'hadir'), count(*) filter (where h.hari_kerja and h.status = 'dinas_luar'),
           count(*) filter (where h.hari_kerja and h.status = 'cuti'), count(*) filter (where h.hari_kerja and h.status = 'tugas_belajar'),
           count(*) filter (where h.hari_kerja and h.status = 'diklat'), count(*) filter (where h.hari_kerja and h.status = 'sakit'),
           count(*) filter (where h.hari_kerja and h.status = 'izin'), count(*) filter (where h.hari_kerja and h.status = 'alpa'),
           count(*) filter (where h.kode_masuk = 'TL1'), count(*) filter (where h.kode_masuk = 'TL2'), count(*) filter (where h.kode_masuk = 'TL3'),
           count(*) filter (where h.kode_masuk = 'TL4'), count(*) filter (where h.kode_pulang = 'PSW1'), count(*) filter (where h.kode_pulang = 'PSW2'),
           count(*) filter (where h.kode_pulang = 'PSW3'), count(*) filter (where h.kode_pulang = 'PSW4'),
           coalesce(sum(h.terlambat_menit) filter (where h.kode_masuk like 'TL%'), 0), coalesce(sum(h.pulang_cepat_menit) filter (where h.kode_pulang like 'PSW%'), 0),
           least(100, coalesce(sum(h.potongan_persen), 0)), count(*) filter (where h.menunggu_tinjau), max(h.versi_aturan)
      from hari_presensi h
     where h.instansi_id = ${instansiId} and h.tanggal >= ${bulan[0]!}::date and h.tanggal < (${bulan[bulan.length - 1]!}::date + interval '1 month')
       and ${semua ? sql`true` : sql`h.pegawai_id = any(${[...pegawaiIds]}::bigint[])`}
     group by h.instansi_id, h.pegawai_id, date_trunc('month', h.tanggal)`);
}

/** The pegawai as the day computation needs them (active ones, or the ids given). */
export async function bacaPegawaiHari(db: Db, instansiId: number, ids?: readonly number[]): Promise<PegawaiHari[]> {
  const r = await db.many<{ id: number, unit_id: number | null, jalur_unit: string | null }>(sql`
    select id, unit_id, jalur_unit from pegawai where instansi_id = ${instansiId}
       and ${ids ? sql`id = any(${[...ids]}::bigint[])` : sql`kedudukan in ('aktif', 'tugas_belajar')`} order by id`);
  return r.map((p) => ({ id: Number(p.id), unitId: p.unit_id === null ? null : Number(p.unit_id), jalurUnit: p.jalur_unit }));
}

/**
 * The pegawai bound to check in on some day of [dari, sampai]: their perangkat daerah started by
 * `sampai`, or they have a check-in in the range (the others have no day to
 * compute: a whole kabupaten whose OPDs have not started costs nothing).
 */
export async function pegawaiTerikat(db: Db, instansiId: number, pegawai: readonly PegawaiHari[], dari: TanggalIso, sampai: TanggalIso): Promise<PegawaiHari[]> {
  const mulai = await bacaMulai(db, instansiId);
  const lain = new Set((await db.many<{ id: number }>(sql`
    select distinct pegawai_id as id from presensi where instansi_id = ${instansiId} and tanggal between ${dari}::date and ${sampai}::date`)).map((r) => Number(r.id)));
  return pegawai.filter((p) => {
    const m = mulai.get(opdDariJalur(p.jalurUnit) ?? -1);
    return (m !== undefined && m <= sampai) || lain.has(p.id);
  });
}

/** The last day the instansi has closed (stored), or null. */
export async function hariTutupTerakhir(db: Db, instansiId: number): Promise<TanggalIso | null> {
  const r = await db.maybeOne<{ t: string | null }>(sql`select max(tanggal)::text as t from tutup_hari_presensi where instansi_id = ${instansiId}`);
  return r?.t ?? null;
}

/**
 * Works off the queue of closed days to compute again (late check-ins, review decisions,
 * approved or cancelled requests, calendar and roster changes): per day, the pegawai named (or
 * all for a calendar change) are computed and stored in one transaction that also takes their
 * markers, so a failure leaves them queued. Returns the number of days recomputed.
 */
export async function kerjakanAntrean(db: Db, instansiId: number, zona: ZonaWaktu, sekarang: Date, batas = 200): Promise<number> {
  const ada = await db.maybeOne<{ x: number }>(sql`select 1 as x from antrean_hari_presensi where instansi_id = ${instansiId} limit 1`);
  if (!ada) return 0;
  let jumlah = 0;
  await db.transaction(async (tx) => {
    const antre = await tx.many<{ pegawai_id: number, tanggal: string }>(sql`
      delete from antrean_hari_presensi where (instansi_id, pegawai_id, tanggal) in (
        select instansi_id, pegawai_id, tanggal from antrean_hari_presensi where instansi_id = ${instansiId} order by tanggal, pegawai_id limit ${batas} for update skip locked)
      returning pegawai_id, tanggal::text as tanggal`);
    const perTanggal = new Map<string, Set<number>>();
    for (const a of antre) {
      let s = perTanggal.get(a.tanggal);
      if (!s) {
        s = new Set();
        perTanggal.set(a.tanggal, s);
      }
      s.add(Number(a.pegawai_id));
    }
    const opsi = { zona, ...waktuKini(sekarang, zona) };
    for (const [tanggal, ids] of perTanggal) {
      const semua = ids.has(0) ? await bacaPegawaiHari(tx, instansiId) : await bacaPegawaiHari(tx, instansiId, [...ids]);
      const pegawai = await pegawaiTerikat(tx, instansiId, semua, tanggal, tanggal);
      const hari = await hitungHari(tx, instansiId, pegawai, tanggal, tanggal, opsi);
      // Every pegawai named (not only the bound ones): a day that no longer applies is removed.
      await simpanHari(tx, instansiId, semua.map((p) => p.id), tanggal, tanggal, hari, sekarang);
      jumlah += hari.length;
    }
  });
  return jumlah + (await kerjakanAntrean(db, instansiId, zona, sekarang, batas));
}

/** Today's local date and minute, for the live part of a computation. */
export function waktuKini(sekarang: Date, zona: ZonaWaktu): Pick<OpsiHitung, 'hariIni' | 'sekarangMenit'> {
  const w = waktuSetempat(sekarang, zona);
  return { hariIni: w.tanggal, sekarangMenit: w.jam * 60 + w.menit };
}

/** The last day that may be closed now: yesterday once it is noon (a night shift's check-out is in), else the day before. */
export function hariBolehTutup(sekarang: Date, zona: ZonaWaktu): TanggalIso {
  const w = waktuSetempat(sekarang, zona);
  return tambahHari(w.tanggal, w.jam >= 12 ? -1 : -2);
}

/**
 * The day-close job for one instansi: every day after the last closed one (or, the first time,
 * from the first check-in) up to `hariBolehTutup` is computed for every active pegawai and
 * stored, one transaction per day; a perangkat daerah with check-ins on a day starts being bound
 * from that day. Then the queue is worked off. Returns the days closed.
 */
export async function tutupHari(db: Db, instansiId: number, zona: ZonaWaktu, sekarang: Date,
  opsi: { sampai?: TanggalIso, log?: (pesan: string) => void } = {}): Promise<TanggalIso[]>
{
  const batas = opsi.sampai && opsi.sampai < hariBolehTutup(sekarang, zona) ? opsi.sampai : hariBolehTutup(sekarang, zona);
  const akhir = await hariTutupTerakhir(db, instansiId);
  let dari: TanggalIso | null = akhir ? tambahHari(akhir, 1) : null;
  if (!dari) {
    const r = await db.maybeOne<{ t: string | null }>(sql`select min(tanggal)::text as t from presensi where instansi_id = ${instansiId}`);
    dari = r?.t ?? null;
  }
  const ditutup: TanggalIso[] = [];
  if (dari) {
    const semua = await bacaPegawaiHari(db, instansiId);
    // One transaction per stretch of days within a month (a first run catches up a month at a time).
    for (let t = dari; t <= batas;) {
      const akhirBulan = tambahHari(`${tambahHari(`${t.slice(0, 7)}-28`, 4).slice(0, 7)}-01`, -1);
      const s = [akhirBulan, batas].sort()[0]!;
      await db.run(sql`
        insert into mulai_presensi_unit (instansi_id, unit_id, mulai)
        select ${instansiId}::bigint, split_part(p.jalur_unit, '/', 2)::bigint, min(r.tanggal)
          from presensi r join pegawai p on p.instansi_id = r.instansi_id and p.id = r.pegawai_id
         where r.instansi_id = ${instansiId} and r.tanggal between ${t}::date and ${s}::date and p.jalur_unit like '/%'
         group by split_part(p.jalur_unit, '/', 2)
        on conflict do nothing`);
      const pegawai = await pegawaiTerikat(db, instansiId, semua, t, s);
      const jumlah: Record<string, number> = {};
      // A batch of pegawai per transaction (memory stays flat at 100,000 ASN); a stretch is marked
      // closed after its last batch, so a crash in between computes the stretch again (idempotent).
      for (let i = 0; i < pegawai.length || i === 0; i += PER_KELOMPOK) {
        const bagian = pegawai.slice(i, i + PER_KELOMPOK);
        await db.transaction(async (tx) => {
          const hari = await hitungHari(tx, instansiId, bagian, t, s, { zona });
          await simpanHari(tx, instansiId, bagian.map((p) => p.id), t, s, hari, sekarang);
          for (const h of hari) jumlah[h.tanggal] = (jumlah[h.tanggal] ?? 0) + 1;
        });
      }
      await db.run(sql`
        insert into tutup_hari_presensi (instansi_id, tanggal, jumlah, ditutup_pada)
        select ${instansiId}, g::date, coalesce((${JSON.stringify(jumlah)}::jsonb ->> g::date::text)::int, 0), ${sekarang}
          from generate_series(${t}::date, ${s}::date, interval '1 day') g
        on conflict (instansi_id, tanggal) do update set jumlah = excluded.jumlah, ditutup_pada = excluded.ditutup_pada`);
      for (let x = t; x <= s; x = tambahHari(x, 1)) ditutup.push(x);
      t = tambahHari(s, 1);
    }
    if (ditutup.length) opsi.log?.(`Hari presensi ditutup: ${ditutup[0]} s.d. ${ditutup[ditutup.length - 1]} (instansi ${instansiId})`);
  }
  await kerjakanAntrean(db, instansiId, zona, sekarang);
  return ditutup;
}
