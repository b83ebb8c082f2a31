import { GalatAplikasi } from '@simasn/platform';

/**
 * One step of a multi-step change. `jalankan` does it and may return a value the later steps
 * read (by step name); `batalkan` undoes it when a later step fails. Database steps that run in
 * the caller's transaction are undone by its rollback and need no `batalkan`; a step with an
 * effect outside the transaction (a stored file, a message handed to another system) must have one.
 */
export interface LangkahSaga {
  nama: string;
  jalankan: (hasil: Record<string, unknown>) => Promise<unknown>;
  batalkan?: (hasil: Record<string, unknown>) => Promise<void>;
}

/** A failed multi-step change: which step failed, what was undone, and whether an undo failed too. */
export class GagalSaga extends GalatAplikasi {
  readonly langkahGagal: string;
  readonly dibatalkan: string[];
  readonly gagalBatal: { nama: string; pesan: string }[];
  readonly sebab: unknown;
  constructor(langkahGagal: string, sebab: unknown, dibatalkan: string[], gagalBatal: { nama: string; pesan: string }[]) {
    // A refusal on purpose (422, 409...) reaches the caller as it was raised, fields and all; an
    // unexpected failure says which step failed and what was undone.
    const asal = sebab instanceof GalatAplikasi && sebab.status < 500 && !gagalBatal.length ? sebab : null;
    const pesan = asal ? asal.message : `Langkah "${langkahGagal}" gagal: ${sebab instanceof Error ? sebab.message : String(sebab)}. `
      + (dibatalkan.length ? `Langkah sebelumnya dibatalkan (${dibatalkan.join(', ')}); ` : '')
      + (gagalBatal.length ? `PERHATIAN: pembatalan ${gagalBatal.map((g) => g.nama).join(', ')} gagal.` : 'tidak ada perubahan yang tersimpan.');
    super(asal?.status ?? 500, asal?.kode ?? 'langkah_gagal', pesan, asal ? asal.rincian : { langkah: langkahGagal, dibatalkan, gagalBatal });
    this.langkahGagal = langkahGagal;
    this.dibatalkan = dibatalkan;
    this.gagalBatal = gagalBatal;
    this.sebab = sebab;
  }
}

/**
 * Runs the steps in order. When one throws, the steps already done are compensated in reverse
 * order (every compensation is attempted even if one of them fails) and a GagalSaga is thrown
 * carrying the original error's status (a 409 stays a 409). Returns each step's result by name.
 */
export async function jalankanLangkah(langkah: readonly LangkahSaga[]): Promise<Record<string, unknown>> {
  const hasil: Record<string, unknown> = {};
  const selesai: LangkahSaga[] = [];
  for (const l of langkah) {
    try {
      hasil[l.nama] = await l.jalankan(hasil);
      selesai.push(l);
    } catch (e) {
      const dibatalkan: string[] = [];
      const gagalBatal: { nama: string; pesan: string }[] = [];
      for (const s of selesai.reverse()) {
        try {
          if (s.batalkan) await s.batalkan(hasil);
          dibatalkan.push(s.nama);
        } catch (eb) {
          gagalBatal.push({ nama: s.nama, pesan: eb instanceof Error ? eb.message : String(eb) });
        }
      }
      throw new GagalSaga(l.nama, e, dibatalkan, gagalBatal);
    }
  }
  return hasil;
}
