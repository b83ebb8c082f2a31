import type { Konteks } from '@simasn/platform';
import { jumlahBobotInstrumen, semuaInstrumen } from './instrumen.ts';
import { izinBaca } from './penilaian.ts';

/** The instruments an assessment may use (the instansi's own editions first), with their sub-aspects and weights. */
export async function daftarInstrumenMerit(ctx: Konteks) {
  izinBaca(ctx);
  return Object.values(await semuaInstrumen(ctx)).map((i) => ({ id: i.id, nama: i.nama, dasarHukum: i.dasarHukum, berlakuMulai: i.berlakuMulai, catatan: i.catatan ?? null,
    milikInstansi: i.milikInstansi, jumlahBobot: jumlahBobotInstrumen(i), jumlahSubAspek: i.aspek.reduce((t, a) => t + a.subAspek.length, 0), aspek: i.aspek })
  );
}
