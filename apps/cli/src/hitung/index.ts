import type { Kalkulator } from './kalkulator.ts';
import { IKM } from './ikm.ts';
import { IP_ASN } from './ip-asn.ts';
import { MERIT } from './merit.ts';
import { CAPAIAN } from './capaian.ts';
import { KGB } from './kgb.ts';
import { PENSIUN } from './pensiun.ts';
import { PERIKSA_LKJIP } from './periksa-lkjip.ts';

/**
 * The batch calculators, by command name (`simasn hitung ip-asn`, `simasn periksa lkjip`).
 * Each lives in its own file beside this one; the rules themselves are in @simasn/domain.
 */
export const KALKULATOR: Record<string, Kalkulator> = { 'hitung ip-asn': IP_ASN, 'hitung ikm': IKM, 'hitung merit': MERIT, 'hitung kgb': KGB, 'hitung pensiun': PENSIUN,
  'hitung capaian': CAPAIAN, 'periksa lkjip': PERIKSA_LKJIP };
