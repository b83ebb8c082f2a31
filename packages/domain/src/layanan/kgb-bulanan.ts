import { GOLONGAN_PNS, type KodeGolonganPns } from '../golongan.ts';
import type { PredikatSkp } from '../riwayat.ts';
import { formatTanggal, tambahBulan, type TanggalIso } from '../tanggal.ts';
import { langkahMkg } from './gaji-pokok.ts';
import { hitungKgb } from './kgb.ts';
import { penundaanKgb, type HukdisBerjalan } from './penundaan-kgb.ts';

/**
 * The KGB of one employee for a calendar month (the monthly E-Berkala list), from what the
 * records hold: the basis (the latest riwayat gaji in the current golongan, else the riwayat
 * pangkat: TMT and masa kerja golongan then), the last SKP and the hukuman disiplin.
 *
 * KGBs between the basis and the month are taken to have been granted on schedule: the last grid
 * step reached before the month becomes the basis, so the list does not depend on every past
 * letter having been typed in (the result says so in `catatan`). The KGB itself is hitungKgb.
 * Blocking reasons: SKP predikat below Baik or none (hitungKgb), an SKP older than two years
 * before the TMT, a hukuman disiplin being served on the TMT (penundaanKgb, with the new TMT).
 */
export interface DasarKgbBulanan {
  golongan: string | null;
  tmtDasar: TanggalIso | null;
  mkTahun: number | null;
  mkBulan: number | null;
  predikat: PredikatSkp | null;
  tahunSkp: number | null;
  hukdis: readonly HukdisBerjalan[] | null;
}

export interface KgbBulanan {
  golongan: KodeGolonganPns;
  tmtKgb: TanggalIso;
  mkgLamaTahun: number;
  mkgBaruTahun: number;
  mkgBaruBulan: number;
  gajiPokokLama: number;
  gajiPokokBaru: number;
  aturanGaji: string;
  aturanKgb: string;
  /** Why it cannot be granted now (empty: due and unblocked). */
  alasan: string[];
  catatan: string[];
}

export type HasilKgbBulanan = { jenis: 'tidak' } | { jenis: 'kurang', alasan: string } | ({ jenis: 'kgb' } & KgbBulanan);

const PNS = new Set<string>(GOLONGAN_PNS.map((g) => g.kode));
const langkahCache = new Map<string, number[]>();
function langkahGolongan(g: KodeGolonganPns): number[] {
  let l = langkahCache.get(g);
  if (!l) {
    l = langkahMkg(g);
    langkahCache.set(g, l);
  }
  return l;
}

/** Month number (year x 12 + month) of a date, for month arithmetic. */
export const indeksBulan = (iso: TanggalIso) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));

/**
 * The pre-filter a query may apply before calling kgbPadaBulan (it keeps every row for which
 * kgbPadaBulan may answer 'kgb'): the masa kerja golongan in months at the month, counted from
 * the basis month, is a whole number of years that is a grid step after the basis.
 */
export function mungkinKgbPadaBulan(golongan: KodeGolonganPns, tmtDasar: TanggalIso, mkTahun: number, mkBulan: number, awalBulan: TanggalIso): boolean {
  const m = indeksBulan(awalBulan) - indeksBulan(tmtDasar) + mkTahun * 12 + mkBulan;
  return m % 12 === 0 && m > mkTahun * 12 + mkBulan && langkahGolongan(golongan).includes(m / 12);
}

export function kgbPadaBulan(d: DasarKgbBulanan, awalBulan: TanggalIso): HasilKgbBulanan {
  if (!d.golongan || !PNS.has(d.golongan)) return { jenis: 'kurang', alasan: 'golongan PNS belum tercatat di riwayat pangkat' };
  if (!d.tmtDasar || d.mkTahun === null || d.mkBulan === null) return { jenis: 'kurang', alasan: 'TMT dan masa kerja golongan belum tercatat' };
  const golongan = d.golongan as KodeGolonganPns;
  const bulanDasar = d.mkTahun * 12 + d.mkBulan;
  let dasar = { tmt: d.tmtDasar, mkTahun: d.mkTahun, mkBulan: d.mkBulan };
  let dianggap: TanggalIso | null = null;
  for (const s of langkahGolongan(golongan)) {
    if (s * 12 <= bulanDasar) continue;
    const tmt = tambahBulan(d.tmtDasar, s * 12 - bulanDasar);
    if (tmt >= awalBulan) break;
    dasar = { tmt, mkTahun: s, mkBulan: 0 };
    dianggap = tmt;
  }
  const h = hitungKgb({ golongan, tmtKgbTerakhir: dasar.tmt, mkgTahun: dasar.mkTahun, mkgBulan: dasar.mkBulan, predikatKinerja: d.predikat });
  if (!h.ok) return { jenis: 'kurang', alasan: h.alasan };
  const k = h.nilai;
  if (!k.tmtKgbBerikutnya || k.gajiPokokBaru === null || k.tmtKgbBerikutnya.slice(0, 7) !== awalBulan.slice(0, 7)) return { jenis: 'tidak' };
  const alasan = [...k.alasan];
  const catatan = [...k.catatan];
  const tahunTmt = Number(k.tmtKgbBerikutnya.slice(0, 4));
  // A year's SKP is settled early the next year: two years before the TMT is the oldest that counts.
  if (d.tahunSkp !== null && d.tahunSkp < tahunTmt - 2) alasan.push(`SKP tahun ${tahunTmt - 2} atau sesudahnya belum tercatat (SKP terakhir tahun ${d.tahunSkp})`);
  const tunda = penundaanKgb(k.tmtKgbBerikutnya, d.hukdis ?? []);
  if (tunda.bulan > 0) {
    alasan.push(
      `hukuman disiplin ${tunda.hukdis!.tingkat} (TMT ${formatTanggal(tunda.hukdis!.tmt)}, ${
        tunda.hukdis!.masaBulan
      } bulan) sedang dijalani: KGB ditunda ${tunda.bulan} bulan, menjadi TMT ${formatTanggal(tambahBulan(k.tmtKgbBerikutnya, tunda.bulan))}`,
    );
  }
  if (dianggap) catatan.push(`KGB TMT ${formatTanggal(dianggap)} belum tercatat di riwayat gaji; dianggap diberikan sesuai jadwal`);
  return { jenis: 'kgb', golongan, tmtKgb: k.tmtKgbBerikutnya, mkgLamaTahun: dasar.mkTahun, mkgBaruTahun: k.mkgTahun, mkgBaruBulan: k.mkgBulan, gajiPokokLama: k.gajiPokokLama,
    gajiPokokBaru: k.gajiPokokBaru, aturanGaji: k.aturan.gajiPokok, aturanKgb: k.aturan.kgb, alasan, catatan };
}
