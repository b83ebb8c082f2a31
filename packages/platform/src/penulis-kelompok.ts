import type { Db } from '@simasn/db';

export interface OpsiPenulisKelompok<T, R> {
  db: Db;
  /**
   * Writes a batch in the one transaction it is given and returns one result per item, in order.
   * Make it idempotent per item (an idempotency key with `on conflict`): when a batch fails, its
   * items are written again one by one, and when a commit's outcome is unknown the client resends.
   */
  tulis: (tx: Db, batch: T[]) => Promise<R[]>;
  /** At most this many items in one transaction (default 500). */
  maksBatch?: number;
  /**
   * How long to wait for more items before writing when nothing is being written (ms, default 0:
   * write at once; items that arrive while a batch is being committed form the next batch).
   */
  jedaMs?: number;
  /** Batches being written at once, each on its own connection (default 1). */
  paralel?: number;
  /**
   * False for a group of reads (PembacaKelompok): `tulis` gets the database itself, not a
   * transaction, and runs its statements on the pool (default true).
   */
  transaksi?: boolean;
}

interface Menunggu<T, R> {
  item: T;
  terima: (r: R) => void;
  tolak: (e: unknown) => void;
}

/**
 * Group commit for many small writes (a morning's check-ins): callers hand in one item each and get
 * their result only after the transaction holding it has committed, so every acknowledged item is
 * durable. Items that arrive while a batch is being committed wait and go together in the next
 * transaction: one multi-row insert, one audit statement, one commit for dozens of requests, while
 * a lone request is written at once (no fixed delay unless `jedaMs` asks for one).
 *
 * A failing batch does not fail its other items: each is written again in its own transaction and
 * answered by its own outcome.
 */
export class PenulisKelompok<T, R> {
  private readonly antre: Menunggu<T, R>[] = [];
  private berjalan = 0;
  private pewaktu: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate> | null = null;
  private ditutup = false;
  private readonly sedang = new Set<Promise<void>>();
  private readonly maksBatch: number;
  private readonly jedaMs: number;
  private readonly paralel: number;
  /** Batches written, items written, the largest batch (bench, tests). */
  readonly statistik = { batch: 0, item: 0, terbesar: 0, ulangSatuSatu: 0 };
  private readonly opsi: OpsiPenulisKelompok<T, R>;

  constructor(opsi: OpsiPenulisKelompok<T, R>) {
    this.opsi = opsi;
    this.maksBatch = Math.max(1, opsi.maksBatch ?? 500);
    this.jedaMs = Math.max(0, opsi.jedaMs ?? 0);
    this.paralel = Math.max(1, opsi.paralel ?? 1);
  }

  /** Resolves with the item's result after its transaction committed; rejects when it was not written. */
  tulis(item: T): Promise<R> {
    if (this.ditutup) return Promise.reject(new Error('Penulis kelompok sudah ditutup.'));
    return new Promise<R>((terima, tolak) => {
      this.antre.push({ item, terima, tolak });
      this.jadwalkan();
    });
  }

  /** Writes what is queued, waits for every batch in flight, and refuses new items. */
  async tutup(): Promise<void> {
    this.ditutup = true;
    while (this.antre.length || this.sedang.size) {
      this.kirim();
      await Promise.all([...this.sedang]);
    }
  }

  private jadwalkan(): void {
    if (this.berjalan >= this.paralel || !this.antre.length) return;
    if (this.antre.length >= this.maksBatch) {
      this.kirim();
      return;
    }
    // Items handed in during the same turn of the event loop go together even without a delay.
    this.pewaktu ??= this.jedaMs > 0 ? setTimeout(() => this.kirim(), this.jedaMs) : setImmediate(() => this.kirim());
  }

  private kirim(): void {
    if (this.pewaktu) {
      clearTimeout(this.pewaktu as ReturnType<typeof setTimeout>);
      clearImmediate(this.pewaktu as ReturnType<typeof setImmediate>);
      this.pewaktu = null;
    }
    while (this.berjalan < this.paralel && this.antre.length) {
      const batch = this.antre.splice(0, this.maksBatch);
      this.berjalan++;
      const p = this.tulisBatch(batch).finally(() => {
        this.berjalan--;
        this.sedang.delete(p);
        this.jadwalkan();
      });
      this.sedang.add(p);
    }
  }

  private async satuTransaksi(batch: T[]): Promise<R[]> {
    const hasil = this.opsi.transaksi === false ? await this.opsi.tulis(this.opsi.db, batch) : await this.opsi.db.transaction((tx) => this.opsi.tulis(tx, batch));
    if (hasil.length !== batch.length) throw new Error(`Penulis kelompok: ${hasil.length} hasil untuk ${batch.length} item.`);
    return hasil;
  }

  private async tulisBatch(batch: Menunggu<T, R>[]): Promise<void> {
    this.statistik.batch++;
    this.statistik.item += batch.length;
    this.statistik.terbesar = Math.max(this.statistik.terbesar, batch.length);
    try {
      const hasil = await this.satuTransaksi(batch.map((b) => b.item));
      for (const [i, b] of batch.entries()) b.terima(hasil[i]!);
      return;
    } catch (e) {
      if (batch.length === 1) {
        batch[0]!.tolak(e);
        return;
      }
    }
    // One bad item must not cost the others their write: each again in its own transaction.
    this.statistik.ulangSatuSatu++;
    for (const b of batch) {
      try {
        b.terima((await this.satuTransaksi([b.item]))[0]!);
      } catch (e) {
        b.tolak(e);
      }
    }
  }
}

/**
 * The same queue for reads: requests that arrive together are read with one statement per group
 * (a "data loader"), each gets its own row. `baca` runs on the pool, outside any transaction, and
 * returns one result per item in order; a group that fails is read again item by item.
 */
export class PembacaKelompok<T, R> extends PenulisKelompok<T, R> {
  constructor(opsi: { db: Db, baca: (db: Db, batch: T[]) => Promise<R[]>, maksBatch?: number, paralel?: number }) {
    super({ db: opsi.db, tulis: opsi.baca, maksBatch: opsi.maksBatch, paralel: opsi.paralel ?? 4, transaksi: false });
  }

  /** The item's result (a name for reads). */
  baca(item: T): Promise<R> {
    return this.tulis(item);
  }
}
