import {
  GOLONGAN_PNS, hitungKgb, langkahMkg, penundaanKgb, tambahBulan, formatTanggal,
  type HukdisBerjalan, type KodeGolonganPns, type PredikatSkp,
} from '@simasn/domain';

/** What the monthly query reads per employee (one row, set-based). */
export interface DasarKgb {
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  perangkatDaerah: string | null;
  golongan: string | null;
  /** The basis: the latest riwayat gaji in the current golongan, else the latest riwayat pangkat. */
  tmtDasar: string | null;
  mkTahun: number | null;
  mkBulan: number | null;
  sumberDasar: 'gaji' | 'pangkat' | null;
  predikat: PredikatSkp | null;
  tahunSkp: number | null;
  hukdis: HukdisBerjalan[] | null;
  usulanId: number | null;
}

export type StatusKgb = 'jatuh_tempo' | 'terhambat' | 'diusulkan' | 'terbit';

export const LABEL_STATUS_KGB: Record<StatusKgb, string> = {
  jatuh_tempo: 'Jatuh tempo', terhambat: 'Terhambat', diusulkan: 'Sedang diusulkan', terbit: 'Sudah terbit',
};

export interface BarisKgb {
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  perangkatDaerah: string | null;
  golongan: string;
  tmtKgb: string;
  mkgLamaTahun: number;
  mkgBaruTahun: number;
  mkgBaruBulan: number;
  gajiPokokLama: number;
  gajiPokokBaru: number;
  aturanGaji: string;
  aturanKgb: string;
  status: StatusKgb;
  alasan: string[];
  catatan: string[];
  usulanId: number | null;
  nomorSurat: string | null;
  riwayatGajiId: number | null;
}

export interface DataKurang {
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  alasan: string;
}

const PNS = new Set<string>(GOLONGAN_PNS.map((g) => g.kode));
const langkahCache = new Map<string, number[]>();
const langkahGolongan = (g: KodeGolonganPns) => {
  let l = langkahCache.get(g);
  if (!l) langkahCache.set(g, (l = langkahMkg(g)));
  return l;
};

/**
 * One employee's KGB for the month starting `awalBulan` (YYYY-MM-01), or why it cannot be
 * computed. KGBs between the recorded basis and this month are taken to have been granted on
 * schedule (the last grid step reached before the month becomes the basis), so the list does not
 * depend on every past letter being typed in; the row says so in `catatan`. The rule itself is
 * hitungKgb (domain): new MKG, gaji pokok old and new from the grid in force on the TMT, SKP
 * predikat at least Baik; a hukuman disiplin being served on the TMT postpones it (penundaanKgb).
 */
export function hitungBarisKgb(d: DasarKgb, awalBulan: string): BarisKgb | DataKurang | null {
  const kurang = (alasan: string): DataKurang => ({ pegawaiId: d.pegawaiId, nip: d.nip, nama: d.nama, unit: d.unit, alasan });
  if (!d.golongan || !PNS.has(d.golongan)) return kurang('golongan PNS belum tercatat di riwayat pangkat');
  if (!d.tmtDasar || d.mkTahun === null || d.mkBulan === null) return kurang('TMT dan masa kerja golongan belum tercatat');
  const golongan = d.golongan as KodeGolonganPns;
  const langkah = langkahGolongan(golongan);
  const bulanDasar = d.mkTahun * 12 + d.mkBulan;
  // The last step reached before this month, after the basis.
  let dasar = { tmt: d.tmtDasar, mkTahun: d.mkTahun, mkBulan: d.mkBulan };
  let dianggap: string | null = null;
  for (const s of langkah) {
    if (s * 12 <= bulanDasar) continue;
    const tmt = tambahBulan(d.tmtDasar, s * 12 - bulanDasar);
    if (tmt >= awalBulan) break;
    dasar = { tmt, mkTahun: s, mkBulan: 0 };
    dianggap = tmt;
  }
  const h = hitungKgb({ golongan, tmtKgbTerakhir: dasar.tmt, mkgTahun: dasar.mkTahun, mkgBulan: dasar.mkBulan, predikatKinerja: d.predikat });
  if (!h.ok) return kurang(h.alasan);
  const k = h.nilai;
  if (!k.tmtKgbBerikutnya || k.tmtKgbBerikutnya.slice(0, 7) !== awalBulan.slice(0, 7) || k.gajiPokokBaru === null) return null;
  const alasan = [...k.alasan];
  const catatan = [...k.catatan];
  const tahunTmt = Number(k.tmtKgbBerikutnya.slice(0, 4));
  // The last SKP must be recent: the year's SKP is settled early the next year, so two years back is the oldest that counts.
  if (d.tahunSkp !== null && d.tahunSkp < tahunTmt - 2) alasan.push(`SKP tahun ${tahunTmt - 2} atau sesudahnya belum tercatat (SKP terakhir tahun ${d.tahunSkp})`);
  const tunda = penundaanKgb(k.tmtKgbBerikutnya, d.hukdis ?? []);
  if (tunda.bulan > 0) {
    alasan.push(`hukuman disiplin ${tunda.hukdis!.tingkat} (TMT ${formatTanggal(tunda.hukdis!.tmt)}, ${tunda.hukdis!.masaBulan} bulan) sedang dijalani: KGB ditunda ${tunda.bulan} bulan, menjadi TMT ${formatTanggal(tambahBulan(k.tmtKgbBerikutnya, tunda.bulan))}`);
  }
  if (dianggap) catatan.push(`KGB TMT ${formatTanggal(dianggap)} belum tercatat di riwayat gaji; dianggap diberikan sesuai jadwal`);
  return {
    pegawaiId: d.pegawaiId, nip: d.nip, nama: d.nama, unit: d.unit, perangkatDaerah: d.perangkatDaerah, golongan,
    tmtKgb: k.tmtKgbBerikutnya, mkgLamaTahun: dasar.mkTahun, mkgBaruTahun: k.mkgTahun, mkgBaruBulan: k.mkgBulan,
    gajiPokokLama: k.gajiPokokLama, gajiPokokBaru: k.gajiPokokBaru, aturanGaji: k.aturan.gajiPokok, aturanKgb: k.aturan.kgb,
    status: alasan.length ? 'terhambat' : d.usulanId ? 'diusulkan' : 'jatuh_tempo',
    alasan, catatan, usulanId: d.usulanId, nomorSurat: null, riwayatGajiId: null,
  };
}
