import type { Konteks } from '@simasn/platform';
import type { AdapterKependudukan } from './adapter.ts';
import { AdapterDukcapilHttp, konfigurasiDukcapil } from './dukcapil.ts';
import { AdapterKependudukanLokal } from './lokal.ts';

/**
 * The adapter this installation uses: the Dukcapil web service when `KEPENDUDUKAN=dukcapil` and
 * `DUKCAPIL_URL` are set, the local register otherwise.
 */
export function pilihAdapterKependudukan(ctx: Konteks, env: Record<string, string | undefined> = process.env): AdapterKependudukan {
  const k = konfigurasiDukcapil(env);
  return k ? new AdapterDukcapilHttp(k) : new AdapterKependudukanLokal(ctx.db, ctx.instansiId);
}
