import { sql, type Db } from '@simasn/db';
import { hariIniIso, instanSetempat, LIBUR_NASIONAL_2026, singkatanZona, tambahBulan, tambahHari, type TanggalIso, type ZonaWaktu } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import { aturanInstansi, bulatKoordinat, catatPresensi, cekGeofence, jadwalHari, nilaiScan, susunHasil } from '@simasn/presensi';
import type { Organisasi } from './organisasi.ts';
import type { Pegawai } from './orang.ts';
import { buatAcak } from './prng.ts';
import { sisipMassal, type KolomTetap } from './sisip.ts';

/** The demo kabupaten's town centre (fictional, somewhere in Central Java). */
const PUSAT = { lat: -7.05, lon: 110.4 };
/**
 * Months of check-in history for the BKPSDM staff before the demo's month: the two whole months
 * before it (their TPP months: the older locked, the latest open for review) and this month so far.
 */
const BULAN_RIWAYAT = 2;
const KALENDER = { libur: Object.fromEntries(LIBUR_NASIONAL_2026.map((l) => [l.tanggal, l.nama])) };

const jamKe = (menit: number) => `${String(Math.floor(menit / 60)).padStart(2, '0')}:${String(menit % 60).padStart(2, '0')}`;

/**
 * Check-in points for every perangkat daerah (one each on a grid around the town centre, the BKPSDM
 * with a second building), and for the BKPSDM staff the check-ins of the two months before the demo's
 * month and of this month up to the demo's
 * creation (realistic lateness, a few early departures, some absences), each with its bound device
 * (but the named demo ASN, whose phone binds itself at its first check-in in the app).
 * Two fraud patterns are planted through the real check-in action, so their signals are the ones
 * the app raises: six people checking in from one identical coordinate on two days (the Cirebon
 * case), and two impossible journeys. Bulk rows are inserted in one statement per table (fast).
 */
export async function buatPresensiDemo(tx: Db,
  o: { instansiId: number, org: Organisasi, pegawai: readonly Pegawai[], seed: number, zona: ZonaWaktu, sekarang: Date, ctxAsn: (p: Pegawai, sekarang: Date) => Konteks }
): Promise<void> {
  const tetap: KolomTetap[] = [['instansi_id', 'bigint', o.instansiId]];
  const opd = o.org.unit.filter((u) => u.jenis === 'perangkat_daerah');
  const titik = opd.map((u, i) => [
    u.id,
    `Kantor ${u.singkatan ?? u.nama}`,
    bulatKoordinat(PUSAT.lat + ((i % 7) - 3) * 0.006),
    bulatKoordinat(PUSAT.lon + (Math.floor(i / 7) - 3) * 0.006),
    u.kode === 'DINKES' || u.kode === 'RSUD' ? 200 : 100,
  ]);
  const bkpsdm = opd.find((u) => u.kode === 'BKPSDM');
  if (bkpsdm) {
    const utama = titik.find((t) => t[0] === bkpsdm.id)!;
    titik.push([bkpsdm.id, 'Gedung Arsip BKPSDM', bulatKoordinat(Number(utama[2]) + 0.0027), bulatKoordinat(Number(utama[3]) + 0.0012), 60]);
  }
  await sisipMassal(tx, 'titik_presensi', tetap, [['unit_id', 'bigint'], ['nama', 'text'], ['lat', 'double precision'], ['lon', 'double precision'], ['radius_meter', 'integer']],
    titik);
  if (!bkpsdm) return;

  const kantor = (await tx.many<{ id: number, nama: string, lat: number, lon: number, radiusMeter: number }>(sql`
    select id::int as id, nama, lat, lon, radius_meter as "radiusMeter" from titik_presensi where instansi_id = ${o.instansiId} and unit_id = ${bkpsdm.id} order by id`)).map((
    t,
  ) => ({ ...t, lat: Number(t.lat), lon: Number(t.lon) }));
  const staf = o.pegawai.filter((p) => p.unit.perangkatDaerahId === bkpsdm.id && p.kedudukan === 'aktif');
  await sisipMassal(tx, 'perangkat_presensi', [...tetap, ['status', 'text', 'aktif'], ['keterangan', 'text', 'Android · Chrome · ponsel']], [
    ['pegawai_id', 'bigint'],
    [
      'sidik',
      'text',
    ],
    ['diminta_pada', 'timestamptz'],
    ['diputuskan_pada', 'timestamptz'],
    ['catatan', 'text'],
  ], staf.filter((p) => !p.asnDemo).map((p) => [p.id, `demo-${p.nip}`, '2026-01-02T00:30:00Z', '2026-01-02T00:30:00Z', 'terikat otomatis pada presensi pertama']));
  const perangkat = new Map((await tx.many<{ pegawai_id: number, id: number }>(sql`
    select pegawai_id::int as pegawai_id, id::int as id from perangkat_presensi where instansi_id = ${o.instansiId}`)).map((r) => [r.pegawai_id, r.id]));

  // The working days of the history, oldest first, up to today (the instansi's local day).
  const aturan = aturanInstansi();
  const hariIni = hariIniIso(o.sekarang, o.zona);
  const hari: TanggalIso[] = [];
  for (let t = tambahBulan(`${hariIni.slice(0, 7)}-01`, -BULAN_RIWAYAT); t <= hariIni; t = tambahHari(t, 1)) if (jadwalHari(aturan, KALENDER, t).hariKerja) hari.push(t);

  // The planted people (not the named demo ASN): six share one coordinate on the two days before today; two travel impossibly.
  const calon = staf.filter((p) => !p.asnDemo);
  const berbagi = calon.slice(0, 6);
  const melompat = calon.slice(6, 8);
  const hariTanam = hari.slice(-3, -1);
  const ditanam = new Set([...berbagi, ...melompat].flatMap((p) => hariTanam.map((t) => `${p.id}|${t}`)));

  const zona = singkatanZona(o.zona);
  const baris: unknown[][] = [];
  for (const [i, p] of staf.entries()) {
    const acak = buatAcak(o.seed, 'presensi', p.id);
    const utama = kantor[i % 7 === 6 && kantor.length > 1 ? 1 : 0]!;
    for (const t of hari) {
      if (ditanam.has(`${p.id}|${t}`) || acak.peluang(0.04)) continue;
      const jadwal = jadwalHari(aturan, KALENDER, t);
      const masukMenit = acak.peluang(0.12) ? 7 * 60 + 31 + acak.bulat(0, 55) : 7 * 60 + acak.bulat(0, 29);
      const pulangMenit = acak.peluang(0.06) ? 15 * 60 + acak.bulat(0, 50) : 16 * 60 + acak.bulat(jadwal.pulang === '16:30' ? 30 : 0, 45);
      let jamMasuk: string | null = null;
      for (const [jenis, menit] of [['masuk', masukMenit], ['pulang', pulangMenit]] as const) {
        const jam = jamKe(menit);
        const waktu = instanSetempat(t, jam, o.zona);
        if (waktu.getTime() > o.sekarang.getTime()) continue;
        const lat = bulatKoordinat(utama.lat + (acak.angka() - 0.5) * 0.0006);
        const lon = bulatKoordinat(utama.lon + (acak.angka() - 0.5) * 0.0006);
        const g = cekGeofence({ lat, lon }, kantor.map((k) => ({ ...k, id: String(k.id) })));
        const nilai = nilaiScan(aturan, jadwal, jenis, jam, jamMasuk);
        if (jenis === 'masuk') jamMasuk = jam;
        const hasil = susunHasil({ jenis, tanggal: t, waktu, jam, zona, luring: false, diDalam: g.diDalam, jarakMeter: g.jarakMeter, titik: g.titikTerdekat, jadwal, nilai,
          sinyal: [], perangkatTerikat: true, selisihMenit: null, selisihTidakWajar: false });
        baris.push([
          p.id,
          t,
          jenis,
          waktu.toISOString(),
          waktu.toISOString(),
          lat,
          lon,
          5 + acak.bulat(0, 25),
          perangkat.get(p.id) ?? null,
          Number(g.titikTerdekat?.id),
          g.diDalam,
          hasil.jarakMeter,
          `demo-${p.nip}-${t}-${jenis}`,
          hasil,
        ]);
      }
    }
  }
  await sisipMassal(tx, 'presensi', [...tetap, ['sumber', 'text', 'ponsel'], ['luring', 'boolean', 'false'], ['perlu_tinjau', 'boolean', 'false']], [
    ['pegawai_id', 'bigint'],
    [
      'tanggal',
      'date',
    ],
    ['jenis', 'text'],
    ['waktu', 'timestamptz'],
    ['waktu_terima', 'timestamptz'],
    ['lat', 'double precision'],
    ['lon', 'double precision'],
    ['akurasi_meter', 'real'],
    ['perangkat_id', 'bigint'],
    [
      'titik_id',
      'bigint',
    ],
    ['di_dalam', 'boolean'],
    ['jarak_meter', 'integer'],
    ['kunci', 'text'],
    ['hasil', 'jsonb'],
  ], baris);

  // Planted through the action itself: its signals are the app's own.
  const utama = kantor[0]!;
  const titikPalsu = { lat: bulatKoordinat(utama.lat + 0.00031), lon: bulatKoordinat(utama.lon - 0.00027) };
  for (const t of hariTanam) {
    for (const [k, p] of berbagi.entries()) {
      const w = instanSetempat(t, jamKe(7 * 60 + 2 + k * 3), o.zona);
      await catatPresensi(o.ctxAsn(p, w), { jenis: 'masuk', kunci: `demo-cirebon-${p.nip}-${t}`, ...titikPalsu, akurasi: 3, perangkat: `demo-${p.nip}` });
    }
    for (const [k, p] of melompat.entries()) {
      const w1 = instanSetempat(t, k ? '07:20' : '07:25', o.zona);
      await catatPresensi(o.ctxAsn(p, w1), { jenis: 'masuk', kunci: `demo-lompat-${p.nip}-${t}-1`, lat: utama.lat, lon: utama.lon, akurasi: 8, perangkat: `demo-${p.nip}` });
      // 40 minutes later from Surabaya (about 260 km) or from Jakarta (about 400 km).
      const jauh = k ? { lat: -7.2575, lon: 112.7521 } : { lat: -6.1754, lon: 106.8272 };
      const w2 = instanSetempat(t, k ? '08:00' : '08:05', o.zona);
      await catatPresensi(o.ctxAsn(p, w2), { jenis: 'pulang', kunci: `demo-lompat-${p.nip}-${t}-2`, ...jauh, akurasi: 12, perangkat: `demo-${p.nip}` });
    }
  }
}
