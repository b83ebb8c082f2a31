import { GalatAplikasi } from '@simasn/platform';

/**
 * One step of a multi-step change, Medusa's `createStep(invoke, compensate)`: `jalankan` does it
 * and may return a value the later steps read (by step name); `pulihkan` undoes it when a later
 * step fails. Steps that write the database in the caller's transaction are undone by its
 * rollback and have no `pulihkan`; only a step with an effect outside the transaction (a file
 * handed to a signing service, a record sent to SIASN) needs one. `I` is what every step is
 * given (for the workflow engine: the transition).
 */
export interface LangkahSaga<I = void> {
  nama: string;
  jalankan: (hasil: Record<string, unknown>, masukan: I) => Promise<unknown>;
  pulihkan?: (hasil: Record<string, unknown>, masukan: I) => Promise<void>;
}

/** Declares a saga step (`langkahSaga({ nama, jalankan, pulihkan? })`), typed by its input. */
export function langkahSaga<I = void>(l: LangkahSaga<I>): LangkahSaga<I> {
  return l;
}

/** A failed multi-step change: which step failed, what was undone, and whether an undo failed too. */
export class GagalSaga extends GalatAplikasi {
  readonly langkahGagal: string;
  readonly dibatalkan: string[];
  readonly gagalBatal: { nama: string, pesan: string }[];
  readonly sebab: unknown;
  constructor(langkahGagal: string, sebab: unknown, dibatalkan: string[], gagalBatal: { nama: string, pesan: string }[]) {
    // A refusal on purpose (422, 409...) reaches the caller as it was raised, fields and all; an
    // unexpected failure says which step failed and what was undone.
    const asal = sebab instanceof GalatAplikasi && sebab.status < 500 && !gagalBatal.length ? sebab : null;
    const pesan = asal ?
      asal.message :
      `Langkah "${langkahGagal}" gagal: ${sebab instanceof Error ? sebab.message : String(sebab)}. `
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
export async function jalankanLangkah<I = void>(langkah: readonly LangkahSaga<I>[], masukan?: I): Promise<Record<string, unknown>> {
  const hasil: Record<string, unknown> = {};
  const selesai: LangkahSaga<I>[] = [];
  for (const l of langkah) {
    try {
      hasil[l.nama] = await l.jalankan(hasil, masukan as I);
      selesai.push(l);
    } catch (e) {
      const dibatalkan: string[] = [];
      const gagalBatal: { nama: string, pesan: string }[] = [];
      for (const s of selesai.reverse()) {
        try {
          if (s.pulihkan) await s.pulihkan(hasil, masukan as I);
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
