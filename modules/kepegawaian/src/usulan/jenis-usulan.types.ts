import type { z } from '@simasn/kontrak';
import { ISIAN_USULAN_IDENTITAS, skemaIdentitas } from '../pegawai/identitas.types.ts';
import { SKEMA_RIWAYAT } from '../riwayat/jenis-riwayat.ts';
import type { JenisUsulan } from './jenis-usulan.ts';

export const skemaIdentitasUsulan = skemaIdentitas.pick(
  Object.fromEntries(ISIAN_USULAN_IDENTITAS.map((f) => [f, true])) as { [K in (typeof ISIAN_USULAN_IDENTITAS)[number]]: true; },
).partial();

export function skemaDataUsulan(j: JenisUsulan): z.ZodType {
  return j.macam === 'identitas' ? skemaIdentitasUsulan : SKEMA_RIWAYAT[j.riwayat];
}
