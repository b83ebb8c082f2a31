import { statusHariUsulan, type StatusHariUsulan } from '@simasn/cuti';
import { sql, type Db } from '@simasn/db';
import { ATURAN_PRESENSI, uraianDasarHari, type AturanPresensi, type JadwalHari, type KodeMasuk, type KodePulang, menitJam, nilaiHari, type StatusHari, tambahHari, type TanggalIso,
  tulisJam, tulisPersen, type ZonaWaktu } from '@simasn/domain';
import { bacaDataKalender, bacaRoster, hitungKalenderPegawai } from '@simasn/kalender';

/** One computed day of one pegawai: what `hari_presensi` stores and what the own month shows. */
export interface HariTerhitung {
  pegawaiId: number;
  tanggal: TanggalIso;
  unitId: number | null;
  hariKerja: boolean;
  /** null only on a day still running (computed live) with nothing recorded yet. */
  status: StatusHari | null;
  /** The kind of the approved request that set the status (cuti_tahunan, dinas_luar...). */
  jenisAbsen: string | null;
  kodeMasuk: KodeMasuk | null;
  terlambatMenit: number;
  kodePulang: KodePulang | null;
  pulangCepatMenit: number;
  gantiWaktu: boolean;
  /** Local `HH:MM` of the counted check-in and check-out (a night shift's end may read `31:05`). */
  jamMasuk: string | null;
  jamPulang: string | null;
  potonganPersen: number;
  usulanId: number | null;
  /** A counted check-in still waits for the reviewer (counted until they decide otherwise). */
  menungguTinjau: boolean;
  /** The reason in words: which rule, which minutes, which request, which version. */
  keterangan: string;
  versiAturan: string;
  versiKalender: string | null;
}

export interface PegawaiHari {
  id: number;
  unitId: number | null;
  jalurUnit: string | null;
}

/** One check-in or check-out as the rekap reads it (presensi's table, read only). */
export interface Scan {
  pegawaiId: number;
  tanggal: TanggalIso;
  jenis: 'masuk' | 'pulang';
  /** Local minutes after midnight of `tanggal`. */
  menit: number;
  sumber: string;
  luring: boolean;
  /** A reviewer found a violation: it does not count. */
  ditolak: boolean;
  /** A signal waits for the reviewer: it counts for now. */
  ditinjau: boolean;
}

const LABEL_SUMBER: Record<string, string> = { ponsel: 'ponsel', kiosk: 'kios', sidik_jari: 'mesin sidik jari', koreksi: 'koreksi admin' };
const SIANG = 12 * 60;

const jamDariMenit = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const tulis = (m: number) => (m >= 1440 ? `${tulisJam(jamDariMenit(m - 1440))} (hari berikutnya)` : tulisJam(jamDariMenit(m)));

/**
 * The counted check-in and check-out of a day from the scans of that day and the next: the
 * earliest counted check-in and the latest counted check-out; on a shift crossing midnight the
 * check-in from noon on and the check-out of the next morning. Scans outside the radius never
 * reach here (presensi did not count them); scans a reviewer rejected are left out and named.
 */
export function pilihScan(jadwal: Pick<JadwalHari, 'lintasTengahMalam'>, hariIni: readonly Scan[], besok: readonly Scan[]) {
  const lintas = jadwal.lintasTengahMalam;
  const kandidatMasuk = hariIni.filter((s) => s.jenis === 'masuk' && (!lintas || s.menit >= SIANG));
  const kandidatPulang = lintas
    ? [
      ...hariIni.filter((s) => s.jenis === 'pulang' && s.menit >= SIANG),
      ...besok.filter((s) => s.jenis === 'pulang' && s.menit < SIANG).map((s) => ({ ...s, menit: s.menit + 1440 })),
    ]
    : hariIni.filter((s) => s.jenis === 'pulang');
  const ditolak = [...kandidatMasuk, ...kandidatPulang].filter((s) => s.ditolak);
  const masuk = kandidatMasuk.filter((s) => !s.ditolak).sort((a, b) => a.menit - b.menit)[0] ?? null;
  const pulang = kandidatPulang.filter((s) => !s.ditolak && (!masuk || s.menit >= masuk.menit)).sort((a, b) => b.menit - a.menit)[0] ?? null;
  return { masuk, pulang, ditolak };
}

export interface OpsiNilai {
  /** The day is still running at this local minute (computed live): a missing scan is not yet a miss. */
  berjalanMenit?: number | null;
  aturanGanti?: AturanPresensi;
}

/**
 * A day's status and result (pure): the calendar first (a day off stays a day off), then an
 * approved request, then the counted scans; a working day without any is alpa once it is over.
 */
export function nilaiHariPegawai(p: PegawaiHari, jadwal: JadwalHari, usulan: StatusHariUsulan | undefined, scan: ReturnType<typeof pilihScan>,
  opsi: OpsiNilai = {}): HariTerhitung
{
  const aturan = opsi.aturanGanti ?? ATURAN_PRESENSI[jadwal.versiAturan]!;
  const versi = uraianDasarHari(aturan, jadwal.versiKalender);
  const dasar = { pegawaiId: p.id, tanggal: jadwal.tanggal, unitId: p.unitId, versiAturan: aturan.id, versiKalender: jadwal.versiKalender ?? null, jenisAbsen: null,
    kodeMasuk: null, terlambatMenit: 0, kodePulang: null, pulangCepatMenit: 0, gantiWaktu: false, jamMasuk: null, jamPulang: null, potonganPersen: 0, usulanId: null,
    menungguTinjau: false };
  if (!jadwal.hariKerja) {
    const n = nilaiHari(aturan, jadwal, { status: 'libur', jamMasuk: null, jamPulang: null });
    return { ...dasar, hariKerja: false, status: 'libur', keterangan: `${n.keterangan} ${versi}` };
  }
  if (usulan?.status) {
    const n = nilaiHari(aturan, jadwal, { status: usulan.status, jamMasuk: null, jamPulang: null });
    return { ...dasar, hariKerja: true, status: usulan.status, jenisAbsen: usulan.jenis, usulanId: usulan.usulanId, potonganPersen: n.potonganPersen,
      keterangan: `${usulan.keterangan}: ${n.potonganPersen ? `potongan ${tulisPersen(n.potonganPersen)}` : 'tanpa potongan'}, jam masuk dan pulang tidak dinilai. ${versi}` };
  }
  if (usulan?.bebasPresensi) {
    return { ...dasar, hariKerja: true, status: 'hadir', jenisAbsen: usulan.jenis, usulanId: usulan.usulanId,
      keterangan: `${usulan.keterangan}: dibebaskan dari presensi, tanpa potongan. ${versi}` };
  }
  const { masuk, pulang, ditolak } = scan;
  const catatan: string[] = [];
  const sumber = (s: Scan) => `${LABEL_SUMBER[s.sumber] ?? s.sumber}${s.luring ? ', dikirim tanpa sinyal' : ''}`;
  if (masuk) catatan.push(`Masuk pukul ${tulis(masuk.menit)} (${sumber(masuk)}).`);
  if (pulang) catatan.push(`Pulang pukul ${tulis(pulang.menit)} (${sumber(pulang)}).`);
  for (const s of ditolak) catatan.push(`Presensi ${s.jenis} pukul ${tulis(s.menit)} tidak dihitung: dinyatakan pelanggaran oleh peninjau.`);
  const menungguTinjau = !!(masuk?.ditinjau || pulang?.ditinjau);
  if (menungguTinjau) catatan.push('Presensi ini masih menunggu tinjauan admin; dihitung sampai diputuskan lain.');
  const berjalan = opsi.berjalanMenit ?? null;
  if (!masuk && !pulang) {
    if (berjalan !== null) {
      return { ...dasar, hariKerja: true, status: null, keterangan: `Belum ada presensi yang dihitung hari ini. ${catatan.join(' ')}${catatan.length ? ' ' : ''}${versi}` };
    }
    const n = nilaiHari(aturan, jadwal, { status: 'alpa', jamMasuk: null, jamPulang: null });
    return { ...dasar, hariKerja: true, status: 'alpa', potonganPersen: n.potonganPersen,
      keterangan: `Tidak ada presensi yang dihitung dan tidak ada usulan yang disetujui: alpa (tanpa keterangan), potongan ${tulisPersen(n.potonganPersen)}. ${catatan.join(' ')}${
        catatan.length ? ' ' : ''
      }${versi}` };
  }
  const jamMasuk = masuk ? jamDariMenit(masuk.menit) : null;
  const jamPulang = pulang ? jamDariMenit(pulang.menit) : null;
  const n = nilaiHari(aturan, jadwal, { status: 'hadir', jamMasuk, jamPulang });
  let { kodePulang, pulangCepatMenit, potonganPersen, keterangan } = n;
  // The day is still running and no check-out yet: not a PSW4 (yet).
  const akhir = menitJam(jadwal.pulang!) + (jadwal.lintasTengahMalam ? 1440 : 0);
  if (berjalan !== null && !pulang && berjalan < akhir + 12 * 60) {
    kodePulang = null;
    pulangCepatMenit = 0;
    potonganPersen = Math.round((potonganPersen - aturan.potonganPulangCepat[aturan.tanpaScanPulang]) * 100) / 100;
    keterangan = `${keterangan.replace(/;? ?tidak absen pulang \([^)]*\)/, '').replace(/\.$/, '')}; belum absen pulang.`;
  }
  return { ...dasar, hariKerja: true, status: 'hadir', kodeMasuk: n.kodeMasuk, terlambatMenit: n.terlambatMenit, kodePulang, pulangCepatMenit, gantiWaktu: n.gantiWaktu, jamMasuk,
    jamPulang, potonganPersen, menungguTinjau, keterangan: `${keterangan} ${catatan.join(' ')} ${versi}` };
}

/** The perangkat daerah id of a unit path `/12/40/`. */
export const opdDariJalur = (jalur: string | null): number | null => {
  const x = (jalur ?? '').split('/').find(Boolean);
  return x ? Number(x) : null;
};

/** From which day each perangkat daerah's ASN are bound to check in (mulai_presensi_unit). */
export async function bacaMulai(db: Db, instansiId: number): Promise<Map<number, TanggalIso>> {
  const r = await db.many<{ unit_id: number, mulai: string }>(sql`select unit_id, mulai::text as mulai from mulai_presensi_unit where instansi_id = ${instansiId}`);
  return new Map(r.map((x) => [Number(x.unit_id), x.mulai]));
}

/** The scans of the pegawai over [dari, sampai] as the rekap counts them (inside the radius, with their review state). */
export async function bacaScan(db: Db, instansiId: number, pegawaiIds: readonly number[], dari: TanggalIso, sampai: TanggalIso, zona: ZonaWaktu): Promise<Scan[]> {
  if (!pegawaiIds.length) return [];
  // The local minutes after the row day's midnight are computed by the database (a previous day's
  // instant is negative, the next day's above 1440): one Intl call per scan cost seconds a month.
  const baris = await db.many<
    { pegawai_id: number, tanggal: string, jenis: 'masuk' | 'pulang', menit: number, sumber: string, luring: boolean, ditolak: boolean, ditinjau: boolean }
  >(sql`
    select r.pegawai_id, r.tanggal::text as tanggal, r.jenis, floor(extract(epoch from (r.waktu at time zone ${zona}) - r.tanggal::timestamp) / 60)::int as menit,
           r.sumber, r.luring, coalesce(s.ditolak, false) as ditolak, coalesce(s.ditinjau, false) as ditinjau
      from presensi r
      -- The open signals of the pegawai asked only (one ASN's own month must not summarize every open signal of the instansi).
      left join (select presensi_id, bool_or(status = 'pelanggaran') as ditolak, bool_or(status = 'baru') as ditinjau from sinyal_presensi
                  where instansi_id = ${instansiId} and status in ('pelanggaran', 'baru') and pegawai_id = any(${[...pegawaiIds]}::bigint[])
                  group by presensi_id) s on s.presensi_id = r.id
     where r.instansi_id = ${instansiId} and r.pegawai_id = any(${[...pegawaiIds]}::bigint[]) and r.tanggal between ${dari}::date and ${sampai}::date and r.di_dalam`);
  return baris.map((b) => ({ pegawaiId: Number(b.pegawai_id), tanggal: b.tanggal, jenis: b.jenis, menit: Number(b.menit), sumber: b.sumber, luring: b.luring, ditolak: b.ditolak,
    ditinjau: b.ditinjau })
  );
}

export interface OpsiHitung {
  zona: ZonaWaktu;
  /** Days from this one on are computed live (still running or not closed): `sekarangMenit` is the local minute of `hariIni`. */
  hariIni?: TanggalIso;
  sekarangMenit?: number;
  aturanGanti?: AturanPresensi;
  /** Ignore the OPD start dates (a pegawai is bound every day). */
  semuaTerikat?: boolean;
}

/**
 * THE day computation: for each pegawai and each day of [dari, sampai] on which they are bound
 * to check in (their OPD has started; days after `hariIni` are left out), the day's status and
 * result from the calendar (kalender), the approved requests (cuti) and the counted check-ins
 * (presensi). Reads only; the caller stores or shows.
 */
export async function hitungHari(db: Db, instansiId: number, pegawai: readonly PegawaiHari[], dari: TanggalIso, sampai: TanggalIso, opsi: OpsiHitung): Promise<HariTerhitung[]> {
  if (!pegawai.length || dari > sampai) return [];
  if (opsi.hariIni && sampai > opsi.hariIni) sampai = opsi.hariIni;
  if (dari > sampai) return [];
  const ids = pegawai.map((p) => p.id);
  const [data, roster, usulan, scan, mulai] = await Promise.all([
    bacaDataKalender(db, instansiId, dari, sampai),
    bacaRoster(db, instansiId, ids, dari, sampai),
    statusHariUsulan(db, instansiId, ids, dari, sampai),
    bacaScan(db, instansiId, ids, dari, tambahHari(sampai, 1), opsi.zona),
    opsi.semuaTerikat ? Promise.resolve(new Map<number, TanggalIso>()) : bacaMulai(db, instansiId),
  ]);
  const kal = hitungKalenderPegawai(data, pegawai.map((p) => ({ id: p.id, jalurUnit: p.jalurUnit })), dari, sampai, roster, opsi.aturanGanti);
  // Per pegawai, per day (no string keys over every pegawai-day), and the next day of each day of the range computed once.
  const usulanHari = new Map<number, Map<TanggalIso, StatusHariUsulan>>();
  for (const u of usulan) {
    if (!u.status && !u.bebasPresensi) continue;
    const m = usulanHari.get(u.pegawaiId) ?? new Map<TanggalIso, StatusHariUsulan>();
    usulanHari.set(u.pegawaiId, m);
    m.set(u.tanggal, u);
  }
  const scanHari = new Map<number, Map<TanggalIso, Scan[]>>();
  for (const s of scan) {
    const m = scanHari.get(s.pegawaiId) ?? new Map<TanggalIso, Scan[]>();
    scanHari.set(s.pegawaiId, m);
    const d = m.get(s.tanggal);
    if (d) d.push(s);
    else m.set(s.tanggal, [s]);
  }
  const besok = new Map<TanggalIso, TanggalIso>();
  for (let t = dari; t <= sampai; t = besok.get(t)!) besok.set(t, tambahHari(t, 1));
  const kemarinHariIni = opsi.hariIni ? tambahHari(opsi.hariIni, -1) : null;
  const tanpaScan: Scan[] = [];
  const hasil: HariTerhitung[] = [];
  for (const p of pegawai) {
    const mulaiOpd = opsi.semuaTerikat ? '0000-00-00' : mulai.get(opdDariJalur(p.jalurUnit) ?? -1);
    const scanP = scanHari.get(p.id);
    const usulanP = usulanHari.get(p.id);
    for (const j of kal.get(p.id) ?? []) {
      const s = scanP?.get(j.tanggal) ?? tanpaScan;
      // Bound from the OPD's start; before it only a day with the pegawai's own scans counts.
      if (!(mulaiOpd !== undefined && j.tanggal >= mulaiOpd) && !s.length) continue;
      const pilih = pilihScan(j, s, scanP?.get(besok.get(j.tanggal) ?? tambahHari(j.tanggal, 1)) ?? tanpaScan);
      const berjalanMenit = opsi.hariIni && j.tanggal === opsi.hariIni
        ? (opsi.sekarangMenit ?? 0)
        : opsi.hariIni && j.tanggal === kemarinHariIni
        ? (opsi.sekarangMenit ?? 0) + 1440
        : null;
      const berjalan = berjalanMenit !== null && j.hariKerja && j.pulang !== null && berjalanMenit < menitJam(j.pulang) + (j.lintasTengahMalam ? 1440 : 0) + 12 * 60
        ? berjalanMenit
        : null;
      hasil.push(nilaiHariPegawai(p, j, usulanP?.get(j.tanggal), pilih, { berjalanMenit: berjalan, ...(opsi.aturanGanti ? { aturanGanti: opsi.aturanGanti } : {}) }));
    }
  }
  return hasil;
}
