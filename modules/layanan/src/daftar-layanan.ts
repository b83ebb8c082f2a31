import { daftarkanLayanan } from '@simasn/platform/alur';
import { LAYANAN_KENAIKAN_PANGKAT } from './kenaikan-pangkat/layanan-kp.ts';
import { LAYANAN_KGB } from './kgb/definisi-kgb.ts';
import { LAYANAN_PENSIUN } from './pensiun/layanan-pensiun.ts';

/** Every personnel service of this module, registered with the workflow engine when the module loads. */
export const LAYANAN = [LAYANAN_KGB, LAYANAN_KENAIKAN_PANGKAT, LAYANAN_PENSIUN] as const;

for (const d of LAYANAN) daftarkanLayanan(d);
