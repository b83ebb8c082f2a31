import { denganDb, GalatAplikasi, tidakValid, uraikan, type Konteks, type MasalahIsian } from '@simasn/platform';
import { ajukanUsulanLayanan, GagalSaga, type UsulanLayanan } from '@simasn/platform/alur';
import { skemaAjukanKenaikanPangkat } from './kenaikan-pangkat.types.ts';
import { JENIS_KP_LAYANAN } from './dokumen-kp.ts';

export { skemaAjukanKenaikanPangkat } from './kenaikan-pangkat.types.ts';

/** The error a failed row caused, without the saga's wrapping (its fields are what the form shows). */
function sebabAsli(e: unknown): unknown {
  return e instanceof GagalSaga && e.sebab instanceof GalatAplikasi ? e.sebab : e;
}

/**
 * The OPD proposes one or many employees of a period at once: one KP usulan each, all or none.
 * Each is checked against the rules as it is created; the first refusal (not eligible, outside
 * the reach, already proposed) names the row and nothing is stored. Documents already in the
 * archive are attached by the engine; the rest are attached per usulan before it is sent on.
 */
export async function ajukanKenaikanPangkat(ctx: Konteks, masukan: unknown): Promise<UsulanLayanan[]> {
  const f = uraikan(skemaAjukanKenaikanPangkat, masukan);
  const nip = f.pegawai.map((p) => p.nip.replace(/\s/g, ''));
  const ganda = nip.findIndex((n, i) => nip.indexOf(n) !== i);
  if (ganda >= 0) {
    throw tidakValid('NIP ganda dalam usulan.', [{ baris: ganda + 1, kolom: `pegawai.${ganda}.nip`, pesan: 'NIP ini sudah ada di baris sebelumnya',
      nilai: f.pegawai[ganda]!.nip }]);
  }
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const hasil: UsulanLayanan[] = [];
    for (const [i, p] of f.pegawai.entries()) {
      try {
        hasil.push(
          await ajukanUsulanLayanan(c, { jenis: JENIS_KP_LAYANAN, nip: p.nip, catatan: f.catatan,
            data: { periode: f.periode, jenisKp: p.jenisKp, angkaKredit: p.angkaKredit ?? null } }),
        );
      } catch (e) {
        const asli = sebabAsli(e);
        if (!(asli instanceof GalatAplikasi)) throw e;
        const masalah = Array.isArray(asli.rincian) ? (asli.rincian as MasalahIsian[]) : [{ kolom: 'nip', pesan: asli.message }];
        throw new GalatAplikasi(asli.status, asli.kode, `Baris ${i + 1} (NIP ${p.nip}): ${asli.message}`,
          masalah.map((m) => ({ ...m, baris: i + 1, kolom: `pegawai.${i}.${m.kolom}`, nilai: m.nilai ?? p.nip })));
      }
    }
    return hasil;
  });
}
