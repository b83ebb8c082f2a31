import { pecahIso, tambahBulan, type TanggalIso } from '../tanggal.ts';

/**
 * When a hukuman disiplin postpones a KGB, as versioned data. RULES.md marks the postponement
 * [reg, PP 94/2021] without fixing which sanctions and for how long, so the choice is a rule
 * version: by default a hukuman disiplin sedang or berat still being served on the KGB's TMT
 * moves the TMT to the first day after it ends (whole months; the postponement counts as masa
 * kerja, as hitungKgb says). Ringan sanctions do not postpone.
 */
export interface AturanPenundaanKgb {
  id: string;
  dasarHukum: string;
  tingkat: readonly ('ringan' | 'sedang' | 'berat')[];
}

export const ATURAN_PENUNDAAN_KGB: AturanPenundaanKgb = { id: 'penundaan-kgb-hukdis-2021',
  dasarHukum: 'PP 94/2021 (hukuman disiplin sedang dan berat yang sedang dijalani menunda KGB sampai masa hukuman berakhir; dapat disesuaikan)', tingkat: ['sedang', 'berat'] };

export interface HukdisBerjalan {
  tingkat: 'ringan' | 'sedang' | 'berat';
  jenis?: string;
  tmt: TanggalIso;
  /** Length of the sanction in months (0: a one-off such as a reprimand). */
  masaBulan: number;
}

export interface PenundaanKgb {
  bulan: number;
  /** The sanction that postpones it, when any. */
  hukdis: HukdisBerjalan | null;
  /** The day the sanction ends (the postponed TMT is on or after it). */
  berakhir: TanggalIso | null;
}

const bulanAbsolut = (iso: TanggalIso) => {
  const t = pecahIso(iso);
  return t.tahun * 12 + t.bulan - 1;
};

/**
 * Months a KGB due on `tmtKgb` is postponed: the longest wait among the sanctions of the rule's
 * levels whose period [tmt, tmt + masaBulan) covers `tmtKgb`, rounded up to whole months.
 */
export function penundaanKgb(tmtKgb: TanggalIso, hukdis: readonly HukdisBerjalan[], aturan: AturanPenundaanKgb = ATURAN_PENUNDAAN_KGB): PenundaanKgb {
  let hasil: PenundaanKgb = { bulan: 0, hukdis: null, berakhir: null };
  for (const h of hukdis) {
    if (!aturan.tingkat.includes(h.tingkat) || h.masaBulan <= 0) continue;
    const berakhir = tambahBulan(h.tmt, h.masaBulan);
    if (!(h.tmt <= tmtKgb && tmtKgb < berakhir)) continue;
    let bulan = bulanAbsolut(berakhir) - bulanAbsolut(tmtKgb);
    if (tambahBulan(tmtKgb, bulan) < berakhir) bulan += 1;
    if (bulan > hasil.bulan) hasil = { bulan, hukdis: h, berakhir };
  }
  return hasil;
}
