import { daftarkanLayanan } from '@simasn/platform/alur';
import { LAYANAN_CUTI } from './layanan-cuti.ts';

/** Every kind of absence request, registered with the workflow engine when the module loads. */
for (const d of LAYANAN_CUTI) daftarkanLayanan(d);

export { LAYANAN_CUTI };
