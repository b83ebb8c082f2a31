import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { AturanBerversi } from '../indeks/aturan.ts';
import type { JenisDiklat } from '../riwayat.ts';
import { tanggalValid, type TanggalIso } from '../tanggal.ts';

/**
 * The 20 JP of competency development every ASN is owed a year (RULES.md section 11): the SIASN
 * jenisDiklat list, the JP rule set as data (minutes per JP, the yearly target) and the counting
 * rule of `simasn hitung jp`. Arithmetic is exact: every duration is held as a whole number of
 * 1/10.000 minute, so 3 activities of 15 minutes are exactly 1 JP and a total of 20 JP is never
 * 19,999999.
 */

/** Classical (in a classroom or its equivalent) or non-classical learning (Peraturan LAN 10/2018) [open per RULES.md]. */
export type BentukDiklat = 'klasikal' | 'nonklasikal';
export const LABEL_BENTUK_DIKLAT: Record<BentukDiklat, string> = { klasikal: 'Klasikal', nonklasikal: 'Nonklasikal' };

export interface JenisDiklatSiasn {
  /** SIASN `jenisDiklatId` (1-25). */
  kode: number;
  nama: string;
  bentuk: BentukDiklat;
  /**
   * Which IP ASN kompetensi item (RULES.md section 2) a riwayat of this kind is, when the kind says
   * it by itself; `null` when it does not (a Bimtek may be technical or not: the recorder chooses).
   */
  jenisIpAsn: JenisDiklat | null;
}

/** SIASN's jenisDiklat reference (RULES.md section 11) [impl SIASN reference]; 1-13 classical, 14-25 non-classical. */
export const JENIS_DIKLAT_SIASN: readonly JenisDiklatSiasn[] = [
  { kode: 1, nama: 'Diklat Struktural', bentuk: 'klasikal', jenisIpAsn: 'kepemimpinan' },
  { kode: 2, nama: 'Diklat Fungsional', bentuk: 'klasikal', jenisIpAsn: 'fungsional' },
  { kode: 3, nama: 'Diklat Teknis', bentuk: 'klasikal', jenisIpAsn: 'teknis' },
  { kode: 4, nama: 'Workshop', bentuk: 'klasikal', jenisIpAsn: 'seminar' },
  { kode: 5, nama: 'Pelatihan Manajerial', bentuk: 'klasikal', jenisIpAsn: null },
  { kode: 6, nama: 'Pelatihan Sosial Kultural', bentuk: 'klasikal', jenisIpAsn: null },
  { kode: 7, nama: 'Sosialisasi', bentuk: 'klasikal', jenisIpAsn: null },
  { kode: 8, nama: 'Bimbingan Teknis', bentuk: 'klasikal', jenisIpAsn: null },
  { kode: 9, nama: 'Seminar', bentuk: 'klasikal', jenisIpAsn: 'seminar' },
  { kode: 10, nama: 'Magang', bentuk: 'klasikal', jenisIpAsn: null },
  { kode: 11, nama: 'Kursus', bentuk: 'klasikal', jenisIpAsn: null },
  { kode: 12, nama: 'Penataran', bentuk: 'klasikal', jenisIpAsn: null },
  { kode: 13, nama: 'Klasikal lainnya', bentuk: 'klasikal', jenisIpAsn: null },
  { kode: 14, nama: 'Coaching', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 15, nama: 'Mentoring', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 16, nama: 'E-Learning', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 17, nama: 'Pelatihan Jarak Jauh', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 18, nama: 'Detasering (Secondment)', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 19, nama: 'Pembelajaran Alam Terbuka (Outbound)', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 20, nama: 'Patok Banding (Benchmarking)', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 21, nama: 'Pertukaran PNS dengan Pegawai Swasta/BUMN/BUMD', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 22, nama: 'Belajar Mandiri (Self Development)', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 23, nama: 'Komunitas Belajar (Community of Practices)', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 24, nama: 'Bimbingan di Tempat Kerja', bentuk: 'nonklasikal', jenisIpAsn: null },
  { kode: 25, nama: 'Nonklasikal lainnya', bentuk: 'nonklasikal', jenisIpAsn: null },
];

const JENIS_PER_KODE = new Map(JENIS_DIKLAT_SIASN.map((j) => [j.kode, j]));

/** A jenisDiklat by its SIASN code (`3`, `"03"`), or a refusal naming the range. */
export function jenisDiklatSiasn(kode: number | string): Hasil<JenisDiklatSiasn> {
  const s = String(kode ?? '').trim();
  const j = /^\d{1,2}$/.test(s) ? JENIS_PER_KODE.get(Number(s)) : undefined;
  return j ? berhasil(j) : gagal(`jenis diklat "${s}" tidak dikenal; kode SIASN 1 sampai 25 (1-13 klasikal, 14-25 nonklasikal)`);
}

export interface AturanJp extends AturanBerversi {
  /** 1 JP (jam pelajaran) in minutes [open]. */
  menitPerJp: number;
  /** The yearly right of every ASN, JP. */
  targetJpTahunan: number;
  /** Above this one activity's JP is refused as a typing mistake (the longest leadership training is some hundreds of JP). */
  jpMaksKegiatan: number;
}

/** RULES.md section 11: 20 JP a year, 1 JP = 45 minutes. */
export const JP_PP_17_2020: AturanJp = { id: 'pp-17-2020', nama: 'Pengembangan kompetensi 20 JP setahun, 1 JP = 45 menit',
  dasarHukum: 'PP 11/2017 sebagaimana diubah PP 17/2020 Pasal 203; Peraturan LAN 10/2018 (klasikal/nonklasikal); PPPK: Peraturan LAN 15/2020', berlakuMulai: '2020-01-01',
  catatan: '1 JP = 45 menit [open]; pembagian klasikal 1-13 dan nonklasikal 14-25 menurut daftar jenis diklat SIASN.', menitPerJp: 45, targetJpTahunan: 20, jpMaksKegiatan: 2000 };

export const ATURAN_JP: Record<string, AturanJp> = { [JP_PP_17_2020.id]: JP_PP_17_2020 };
export const ATURAN_JP_BAWAAN = 'pp-17-2020';

export function aturanJp(id: string): Hasil<AturanJp> {
  const a = Object.hasOwn(ATURAN_JP, id) ? ATURAN_JP[id] : undefined;
  return a ? berhasil(a) : gagal(`aturan JP "${id}" tidak dikenal; pilihan: ${Object.keys(ATURAN_JP).join(', ')}`);
}

/** One development activity as the counting rule reads it: its length in JP or in minutes (exactly one of them). */
export interface KegiatanJp {
  nip: string;
  /** SIASN jenisDiklat 1-25. */
  jenisDiklat: number;
  /** The year it counts in is the year of this date. */
  tanggalSelesai: TanggalIso;
  jp?: number | null;
  menit?: number | null;
  nomorSertifikat?: string | null;
}

/** Durations are read to this many decimals (JP or minutes). */
export const DESIMAL_DURASI_JP = 4;
const SKALA = 10 ** DESIMAL_DURASI_JP;

export interface MasalahJp {
  kolom: 'nip' | 'jenisDiklat' | 'tanggalSelesai' | 'jp' | 'menit' | 'nomorSertifikat';
  alasan: string;
}

/** A non-negative number with at most `DESIMAL_DURASI_JP` decimals, as a whole count of 1/10.000. */
function satuanDesimal(x: number): number | null {
  const n = Math.round(x * SKALA);
  return Math.abs(n - x * SKALA) < 1e-6 * Math.max(1, Math.abs(x)) ? n : null;
}

/** Every problem of one activity (empty when it counts). */
export function periksaKegiatanJp(aturan: AturanJp, k: KegiatanJp): MasalahJp[] {
  const masalah: MasalahJp[] = [];
  if (!String(k.nip ?? '').trim()) masalah.push({ kolom: 'nip', alasan: 'NIP wajib diisi' });
  if (!JENIS_PER_KODE.has(k.jenisDiklat)) masalah.push({ kolom: 'jenisDiklat', alasan: `jenis diklat "${k.jenisDiklat}" tidak dikenal; kode SIASN 1 sampai 25` });
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(k.tanggalSelesai ?? ''));
  if (!m || !tanggalValid(Number(m[1]), Number(m[2]), Number(m[3]))) {
    masalah.push({ kolom: 'tanggalSelesai', alasan: `tanggal selesai "${k.tanggalSelesai}" harus tanggal YYYY-MM-DD` });
  }
  const adaJp = k.jp !== undefined && k.jp !== null;
  const adaMenit = k.menit !== undefined && k.menit !== null;
  if (!adaJp && !adaMenit) masalah.push({ kolom: 'jp', alasan: 'isi jp atau menit (salah satu)' });
  for (const [kolom, x, satuan, maks] of [['jp', k.jp, 'JP', aturan.jpMaksKegiatan], ['menit', k.menit, 'menit', aturan.jpMaksKegiatan * aturan.menitPerJp]] as const) {
    if (x === undefined || x === null) continue;
    if (typeof x !== 'number' || !Number.isFinite(x)) masalah.push({ kolom, alasan: `${kolom} harus angka` });
    else if (x < 0) masalah.push({ kolom, alasan: `${kolom} tidak boleh negatif` });
    else if (x > maks) masalah.push({ kolom, alasan: `${kolom} lebih dari ${maks} ${satuan} untuk satu kegiatan; periksa angkanya` });
    else if (satuanDesimal(x) === null) masalah.push({ kolom, alasan: `${kolom} paling banyak ${DESIMAL_DURASI_JP} angka di belakang koma` });
  }
  if (adaJp && adaMenit && !masalah.some((x) => x.kolom === 'jp' || x.kolom === 'menit')) {
    if (satuanDesimal(k.jp!)! * aturan.menitPerJp !== satuanDesimal(k.menit!)) {
      masalah.push({ kolom: 'menit', alasan: `jp ${k.jp} dan menit ${k.menit} tidak sama (1 JP = ${aturan.menitPerJp} menit); isi salah satu saja` });
    }
  }
  return masalah;
}

/** The duration of a valid activity in 1/10.000 minute. */
function durasi(aturan: AturanJp, k: KegiatanJp): number {
  return k.menit !== undefined && k.menit !== null ? satuanDesimal(k.menit)! : satuanDesimal(k.jp!)! * aturan.menitPerJp;
}

/** 1/10.000 minutes as JP, 2 decimals, halves up, on whole numbers. */
function keJp(aturan: AturanJp, satuan: number): number {
  const perJp = aturan.menitPerJp * SKALA;
  return Math.floor((satuan * 200 + perJp) / (2 * perJp)) / 100;
}

/** A certificate number as compared: spaces collapsed, case ignored (`123/BKD/2025` is `123/bkd/2025 `). */
export function normalNomorSertifikat(nomor: string | null | undefined): string {
  return String(nomor ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
}

export interface JpTahunan {
  nip: string;
  tahun: number;
  /** JP to 2 decimals, halves up (each figure from the exact total). */
  jp: number;
  jpKlasikal: number;
  jpNonklasikal: number;
  /** The exact total reaches the target (an exact 19,996 JP prints as 20,00 but does not). */
  memenuhiTarget: boolean;
  /** The year's exact total in minutes (to 4 decimals). */
  menit: number;
  /** Indices (into the input) of the activities counted in the year. */
  kegiatan: number[];
}

export interface KegiatanDiabaikan {
  indeks: number;
  /** The activity counted instead. */
  diganti: number;
  alasan: string;
}

export interface HasilJp {
  aturan: string;
  /** One row per nip and year: nips in their first appearance, years ascending. */
  tahunan: JpTahunan[];
  /** Activities not counted because the same person's certificate is counted on another one. */
  diabaikan: KegiatanDiabaikan[];
}

/**
 * The counting rule of RULES.md section 11: a year's JP is the sum over the activities ending in
 * that year; minutes count minutes / 45; the same certificate number of the same person counts
 * once, on the activity with the largest JP (on a tie, the earliest end date, then the first in the
 * input), whose end date and kind then decide the year and the classical/non-classical part;
 * the target is met when the year's exact total is at least 20 JP. Refuses an invalid activity
 * (the first problems, naming it) without computing anything.
 */
export function hitungJp(aturan: AturanJp, kegiatan: readonly KegiatanJp[]): Hasil<HasilJp> {
  const durasiKe: number[] = [];
  for (let i = 0; i < kegiatan.length; i++) {
    const masalah = periksaKegiatanJp(aturan, kegiatan[i]!);
    if (masalah.length) return gagal(`kegiatan ke-${i + 1}: ${masalah.map((m) => m.alasan).join('; ')}`);
    durasiKe.push(durasi(aturan, kegiatan[i]!));
  }
  // The same certificate of the same person: keep the largest.
  const kunciKe = kegiatan.map((k) => {
    const nomor = normalNomorSertifikat(k.nomorSertifikat);
    return nomor ? `${k.nip.trim()}\u0000${nomor}` : null;
  });
  const terpilih = new Map<string, number>();
  kunciKe.forEach((kunci, i) => {
    if (kunci === null) return;
    const j = terpilih.get(kunci);
    const lebihBaik = j === undefined || durasiKe[i]! > durasiKe[j]! || (durasiKe[i] === durasiKe[j] && kegiatan[i]!.tanggalSelesai < kegiatan[j]!.tanggalSelesai);
    if (lebihBaik) terpilih.set(kunci, i);
  });
  const diabaikan: KegiatanDiabaikan[] = [];
  const dihitung = kunciKe.map((kunci, i) => kunci === null || terpilih.get(kunci) === i);
  dihitung.forEach((ya, i) => {
    if (ya) return;
    const pakai = terpilih.get(kunciKe[i]!)!;
    diabaikan.push({ indeks: i, diganti: pakai,
      alasan: `sertifikat ${String(kegiatan[pakai]!.nomorSertifikat).trim()} sudah dihitung pada kegiatan ke-${pakai + 1} (${
        keJp(aturan, durasiKe[pakai]!)
      } JP, yang terbesar); kegiatan ini tidak dihitung lagi` });
  });

  const perNip = new Map<string, Map<number, { klasikal: number, nonklasikal: number, kegiatan: number[] }>>();
  for (let i = 0; i < kegiatan.length; i++) {
    if (!dihitung[i]) continue;
    const k = kegiatan[i]!;
    const nip = k.nip.trim();
    const tahun = Number(k.tanggalSelesai.slice(0, 4));
    let tahunan = perNip.get(nip);
    if (!tahunan) {
      tahunan = new Map();
      perNip.set(nip, tahunan);
    }
    let t = tahunan.get(tahun);
    if (!t) {
      t = { klasikal: 0, nonklasikal: 0, kegiatan: [] };
      tahunan.set(tahun, t);
    }
    t[JENIS_PER_KODE.get(k.jenisDiklat)!.bentuk] += durasiKe[i]!;
    t.kegiatan.push(i);
  }
  const tahunan: JpTahunan[] = [];
  const target = aturan.targetJpTahunan * aturan.menitPerJp * SKALA;
  for (const [nip, perTahun] of perNip) {
    for (const tahun of [...perTahun.keys()].sort((a, b) => a - b)) {
      const t = perTahun.get(tahun)!;
      const jumlah = t.klasikal + t.nonklasikal;
      tahunan.push({ nip, tahun, jp: keJp(aturan, jumlah), jpKlasikal: keJp(aturan, t.klasikal), jpNonklasikal: keJp(aturan, t.nonklasikal), memenuhiTarget: jumlah >= target,
        menit: jumlah / SKALA, kegiatan: t.kegiatan });
    }
  }
  return berhasil({ aturan: aturan.id, tahunan, diabaikan });
}
