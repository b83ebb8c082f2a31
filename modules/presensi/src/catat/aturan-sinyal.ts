/**
 * Thresholds of the fraud signals and of the offline queue, as rule data (one place to change).
 * A signal only puts a check-in in the review queue; a person decides.
 */
export const ATURAN_SINYAL = {
  id: 'sinyal-presensi-2026',
  /** Reported accuracy worse than this (metres) is a signal. */
  akurasiMaksMeter: 100,
  /** The same coordinates (to 6 decimals, about 10 cm) used by at least this many people... */
  koordinatSamaMinOrang: 5,
  /** ...within this many days (Cirebon: one point shared by five or more ASN). */
  koordinatSamaJendelaHari: 30,
  /** Faster than this between two consecutive located check-ins of one person is impossible travel. */
  kecepatanMaksKmJam: 200,
  /** ...when they lie at least this far apart (GPS jitter between two close taps is not travel). */
  kecepatanMinJarakMeter: 1000,
  /** An offline check-in may be sent at most this long after it was made... */
  luringSelisihMaksJam: 24,
  /** ...and its device time may be ahead of the server by at most this (clock drift). */
  luringMajuMaksMenit: 5,
  /** A selfie is kept this many days, then deleted (UU 27/2022: retention limit). */
  retensiSwafotoHari: 30,
} as const;

/** Coordinates are stored to 6 decimals: the same spot typed twice compares equal (and by index). */
export const bulatKoordinat = (x: number) => Math.round(x * 1e6) / 1e6;
