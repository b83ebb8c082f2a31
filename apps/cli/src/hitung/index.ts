import { daftarkan, type KalkulatorTerdaftar } from './kalkulator.ts';
import { IKM } from './ikm.ts';
import { IP_ASN } from './ip-asn.ts';
import { MERIT } from './merit.ts';
import { CAPAIAN } from './capaian.ts';
import { KGB } from './kgb.ts';
import { PENSIUN } from './pensiun.ts';
import { PERIKSA_LKJIP } from './periksa-lkjip.ts';
import { PRESENSI } from './presensi.ts';
import { TPP } from './tpp.ts';
import { JP } from './jp.ts';
import { ANALISIS_BUTIR } from './analisis-butir.ts';

/**
 * The batch calculators, by command name (`simasn hitung ip-asn`, `simasn periksa lkjip`).
 * Each lives in its own file beside this one; the rules themselves are in @simasn/domain.
 */
export const KALKULATOR: Record<string, KalkulatorTerdaftar> = { 'hitung ip-asn': daftarkan(IP_ASN), 'hitung ikm': daftarkan(IKM), 'hitung merit': daftarkan(MERIT),
  'hitung kgb': daftarkan(KGB), 'hitung pensiun': daftarkan(PENSIUN), 'hitung capaian': daftarkan(CAPAIAN), 'periksa lkjip': daftarkan(PERIKSA_LKJIP),
  'hitung presensi': daftarkan(PRESENSI), 'hitung tpp': daftarkan(TPP), 'hitung jp': daftarkan(JP), 'hitung analisis-butir': daftarkan(ANALISIS_BUTIR) };
