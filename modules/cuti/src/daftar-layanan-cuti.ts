import { daftarkanLayanan } from '@simasn/platform/alur';
import { LAYANAN_CUTI } from './layanan-cuti.ts';
import { LAYANAN_PEMBATALAN_CUTI } from './pembatalan-cuti.ts';

/** Every kind of absence request, and the cancellation of an approved one, registered with the workflow engine when the module loads. */
for (const d of LAYANAN_CUTI) daftarkanLayanan(d);
daftarkanLayanan(LAYANAN_PEMBATALAN_CUTI);

export { LAYANAN_CUTI };
