import type { AturanPresensi, KodeMasuk, KodePulang, PitaTerlambat, StatusHari } from './aturan.ts';
import { bacaJam, menitJam, tulisDurasi } from './jam.ts';
import type { JadwalHari } from './jadwal.ts';

export interface MasukanHari {
  status: StatusHari;
  /** Local `HH:MM` of the check-in / check-out, null without a scan. `24:00`-`47:59` is the next day (a night shift's end). */
  jamMasuk: string | null;
  jamPulang: string | null;
  /** The kind of cuti when `status` is cuti (`tahunan`, `sakit`...), for the reason shown. */
  jenisCuti?: string | null;
}

export interface NilaiHari {
  /** A working day under the calendar and the status (`libur` makes any day a day off). */
  hariKerja: boolean;
  status: StatusHari;
  /** null when not evaluated (not a working day, or a status other than hadir). */
  kodeMasuk: KodeMasuk | null;
  /** Minutes after the start (0 when on time or not evaluated); a forgiven lateness keeps its minutes with `kodeMasuk` tepat. */
  terlambatMenit: number;
  kodePulang: KodePulang | null;
  pulangCepatMenit: number;
  /** Lateness forgiven by make-up time (stayed at least as long after the end). */
  gantiWaktu: boolean;
  /** Minutes stayed after the end (0 when left on time or earlier). */
  lebihMenit: number;
  /** Cut of the day, % of the disiplin part of TPP. */
  potonganPersen: number;
  /** Why, in Indonesian, for the pegawai's own month. */
  keterangan: string;
  versiAturan: string;
  versiKalender?: string;
}

export const LABEL_STATUS_HARI: Record<StatusHari, string> = { hadir: 'Hadir', dinas_luar: 'Dinas luar', cuti: 'Cuti', tugas_belajar: 'Tugas belajar', diklat: 'Diklat',
  sakit: 'Sakit', izin: 'Izin', alpa: 'Alpa (tanpa keterangan)', libur: 'Libur' };

export const LABEL_KODE_PRESENSI: Record<KodeMasuk | KodePulang, string> = { tepat: 'Tepat waktu', TL1: 'Terlambat 1-30 menit (TL1)', TL2: 'Terlambat 31-60 menit (TL2)',
  TL3: 'Terlambat 61-90 menit (TL3)', TL4: 'Terlambat 91 menit atau lebih / tidak absen masuk (TL4)', PSW1: 'Pulang cepat 1-30 menit (PSW1)',
  PSW2: 'Pulang cepat 31-60 menit (PSW2)', PSW3: 'Pulang cepat 61-90 menit (PSW3)', PSW4: 'Pulang cepat 91 menit atau lebih / tidak absen pulang (PSW4)' };

/** `0,5%`, `1,25%`, `5%`. */
export const tulisPersen = (x: number): string => `${String(Math.round(x * 100) / 100).replace('.', ',')}%`;

/** The band level of a positive number of minutes. */
export function tingkatPita(pita: readonly PitaTerlambat[], menit: number): 1 | 2 | 3 | 4 {
  for (const p of pita) if (p.sampaiMenit === null || menit <= p.sampaiMenit) return p.tingkat;
  return pita[pita.length - 1]?.tingkat ?? 4;
}

/**
 * A scan's place on the schedule's timeline (minutes after midnight of the schedule's day). On a
 * shift crossing midnight a bare `HH:MM` belongs to the nearer end of the shift: the times before
 * the middle of the off-duty gap fall on the next day (shift 21.00-07.00: 00.30 and 06.30 are the
 * next morning, 20.30 and 23.00 the same evening; the gap 07.00-21.00 splits at 14.00).
 */
export function menitScan(jadwal: Pick<JadwalHari, 'masuk' | 'pulang' | 'lintasTengahMalam'>, jam: string): number {
  const h = bacaJam(jam);
  if (!h.ok) throw new RangeError(`Jam tidak sah: ${jam}`);
  const t = h.nilai;
  if (t >= 1440 || !jadwal.lintasTengahMalam || jadwal.masuk === null || jadwal.pulang === null) return t;
  const masuk = menitJam(jadwal.masuk);
  const pulang = menitJam(jadwal.pulang) + 1440;
  const tengah = (pulang + masuk + 1440) / 2;
  return t >= tengah - 1440 ? t : t + 1440;
}

const bulat2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The result of a day under a rule set (RULES.md section 8): on a working day with status hadir
 * the TL and PSW codes with their minutes (make-up time included), otherwise the status's own cut.
 */
export function nilaiHari(aturan: AturanPresensi, jadwal: JadwalHari, masukan: MasukanHari): NilaiHari {
  const versi = { versiAturan: aturan.id, ...(jadwal.versiKalender ? { versiKalender: jadwal.versiKalender } : {}) };
  const kosong = { kodeMasuk: null, terlambatMenit: 0, kodePulang: null, pulangCepatMenit: 0, gantiWaktu: false, lebihMenit: 0 };
  const { status } = masukan;
  if (!jadwal.hariKerja || status === 'libur') {
    const alasan = jadwal.hariKerja ? 'Libur' : (jadwal.alasan ?? 'Bukan hari kerja');
    return { ...kosong, ...versi, hariKerja: false, status, potonganPersen: 0, keterangan: `${alasan}: bukan hari kerja, tidak dinilai.` };
  }
  if (status !== 'hadir') {
    const potongan = aturan.potonganStatus[status];
    const label = status === 'cuti' && masukan.jenisCuti ? `Cuti ${masukan.jenisCuti.replace(/_/g, ' ')}` : LABEL_STATUS_HARI[status];
    return { ...kosong, ...versi, hariKerja: true, status, potonganPersen: potongan,
      keterangan: `${label}: ${potongan ? `potongan ${tulisPersen(potongan)}` : 'tanpa potongan'}, jam masuk dan pulang tidak dinilai.` };
  }
  const masukJadwal = menitJam(jadwal.masuk!);
  const pulangJadwal = menitJam(jadwal.pulang!) + (jadwal.lintasTengahMalam ? 1440 : 0);
  const scanMasuk = masukan.jamMasuk === null ? null : menitScan(jadwal, masukan.jamMasuk);
  const scanPulang = masukan.jamPulang === null ? null : menitScan(jadwal, masukan.jamPulang);
  const alasan: string[] = [];
  let kodeMasuk: KodeMasuk = 'tepat';
  let terlambatMenit = 0;
  let gantiWaktu = false;
  let potongan = 0;
  const lebihMenit = scanPulang === null ? 0 : Math.max(0, scanPulang - pulangJadwal);
  if (scanMasuk === null) {
    kodeMasuk = `TL${aturan.tanpaScanMasuk}`;
    potongan += aturan.potonganTerlambat[aturan.tanpaScanMasuk];
    alasan.push(`tidak absen masuk (${kodeMasuk}, potongan ${tulisPersen(aturan.potonganTerlambat[aturan.tanpaScanMasuk])})`);
  } else {
    terlambatMenit = Math.max(0, scanMasuk - masukJadwal);
    if (terlambatMenit === 0) alasan.push('masuk tepat waktu');
    else if (aturan.gantiWaktu && terlambatMenit <= aturan.gantiWaktu.maksMenit && scanPulang !== null && lebihMenit >= terlambatMenit) {
      gantiWaktu = true;
      alasan.push(`terlambat ${tulisDurasi(terlambatMenit)} diganti dengan pulang ${tulisDurasi(lebihMenit)} setelah jam pulang (tanpa potongan)`);
    } else {
      const t = tingkatPita(aturan.pitaTerlambat, terlambatMenit);
      kodeMasuk = `TL${t}`;
      potongan += aturan.potonganTerlambat[t];
      alasan.push(`terlambat ${tulisDurasi(terlambatMenit)} (${kodeMasuk}, potongan ${tulisPersen(aturan.potonganTerlambat[t])})`);
    }
  }
  let kodePulang: KodePulang = 'tepat';
  let pulangCepatMenit = 0;
  if (scanPulang === null) {
    kodePulang = `PSW${aturan.tanpaScanPulang}`;
    potongan += aturan.potonganPulangCepat[aturan.tanpaScanPulang];
    alasan.push(`tidak absen pulang (${kodePulang}, potongan ${tulisPersen(aturan.potonganPulangCepat[aturan.tanpaScanPulang])})`);
  } else {
    pulangCepatMenit = Math.max(0, pulangJadwal - scanPulang);
    if (pulangCepatMenit === 0) alasan.push('pulang tepat waktu');
    else {
      const t = tingkatPita(aturan.pitaPulangCepat, pulangCepatMenit);
      kodePulang = `PSW${t}`;
      potongan += aturan.potonganPulangCepat[t];
      alasan.push(`pulang ${tulisDurasi(pulangCepatMenit)} sebelum waktunya (${kodePulang}, potongan ${tulisPersen(aturan.potonganPulangCepat[t])})`);
    }
  }
  const teks = alasan.join('; ');
  return { ...versi, hariKerja: true, status, kodeMasuk, terlambatMenit, kodePulang, pulangCepatMenit, gantiWaktu, lebihMenit, potonganPersen: bulat2(potongan),
    keterangan: `${teks.charAt(0).toUpperCase()}${teks.slice(1)}.` };
}
