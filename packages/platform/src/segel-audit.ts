import { sql, type Db } from '@simasn/db';

/**
 * The audit queue's sealer (migration 0036, ARCHITECTURE.md "The audit queue"). A hot write path
 * (check-ins, answer saves) commits its audit entries into `audit_antre` in the same statement as
 * its records, without the chain's lock; `audit_segel(instansi)` moves them into the chain. Here:
 * one sealer run at a time per database handle and instansi; a request while one runs makes one
 * more run after it (which sees everything committed before it started), so a burst of group
 * commits costs a few sealer commits, not one each.
 */
interface Keadaan {
  berjalan: Promise<void> | null;
  lagi: boolean;
}

const keadaan = new WeakMap<Db, Map<number, Keadaan>>();
/** Sealer runs and entries sealed per database handle (bench, tests). */
const hitungan = new WeakMap<Db, { jalan: number, entri: number, gagal: number }>();

/**
 * Seals the instansi's queued entries now (its own statement, committed on its own). Returns how
 * many. `semua` false is the writers' run (migration 0039): it reads the queue only from a little
 * below the highest id sealed, so its cost does not grow with the sealed entries VACUUM has not
 * removed yet; an entry committed long after its id was taken waits for the next full run.
 */
export async function segelAudit(db: Db, instansiId: number, opsi: { semua?: boolean } = {}): Promise<number> {
  const n = (await db.one<{ n: number }>(sql`select audit_segel(${instansiId}, ${opsi.semua ?? true}) as n`)).n;
  const h = hitungan.get(db) ?? { jalan: 0, entri: 0, gagal: 0 };
  h.jalan++;
  h.entri += Number(n);
  hitungan.set(db, h);
  return Number(n);
}

/** How long a sealer run asked for by a writer waits before it starts (entries outside the chain that much longer). */
export const TUNDA_SEGEL_MS = 10;

/**
 * Asks for a sealer run after a commit that queued entries; does not wait for it (the caller's
 * records and entries are committed already). A failed run is retried by the next request, the
 * minute job (`segelSemuaAudit`) or the chain check.
 */
export function mintaSegelAudit(db: Db, instansiId: number): Promise<void> {
  const m = keadaan.get(db) ?? new Map<number, Keadaan>();
  keadaan.set(db, m);
  const kk = m.get(instansiId) ?? { berjalan: null, lagi: false };
  m.set(instansiId, kk);
  if (kk.berjalan) {
    kk.lagi = true;
    return kk.berjalan;
  }
  const jalan = async () => {
    // A burst's first request waits a moment, so the commits of the next few milliseconds share
    // its run: a run's own cost (lock, tail, commit) is then paid once for tens of entries, not
    // for each group.
    await new Promise((r) => setTimeout(r, TUNDA_SEGEL_MS));
    do {
      kk.lagi = false;
      try {
        await segelAudit(db, instansiId, { semua: false });
      } catch {
        const h = hitungan.get(db) ?? { jalan: 0, entri: 0, gagal: 0 };
        h.gagal++;
        hitungan.set(db, h);
        return;
      }
    } while (kk.lagi);
  };
  kk.berjalan = jalan().finally(() => {
    kk.berjalan = null;
  });
  return kk.berjalan;
}

/** Waits for the sealer runs in flight on this handle (tests, a server closing). */
export async function tungguSegelAudit(db: Db): Promise<void> {
  const m = keadaan.get(db);
  if (!m) return;
  await Promise.all([...m.values()].map((k) => k.berjalan));
}

/** Seals every instansi's queue (server start, the minute job, the chain check). Returns how many entries. */
export async function segelSemuaAudit(db: Db): Promise<number> {
  const ada = await db.many<{ instansi_id: number }>(sql`select distinct instansi_id from audit_antre`);
  let n = 0;
  for (const a of ada) n += await segelAudit(db, Number(a.instansi_id));
  return n;
}

/** The sealer's counters for a handle. */
export function statistikSegelAudit(db: Db): { jalan: number, entri: number, gagal: number } {
  return { ...(hitungan.get(db) ?? { jalan: 0, entri: 0, gagal: 0 }) };
}
