import PQueue from 'p-queue';
import { sql, type Db } from '@simasn/db';
import { catatAudit } from '../audit.ts';
import { wajibMasuk, type Konteks } from '../konteks.ts';

/** Reports how far a job is: 0-100 and the step it is on, in Indonesian ("Menyusun Bab III"). */
export type LaporProgres = (progres: number, langkah: string) => Promise<void>;

export interface HasilPekerjaan {
  isi: Uint8Array;
  namaBerkas: string;
  mime: string;
  /** what the job reports besides the file (timings, findings...), kept as jsonb */
  rincian?: unknown;
}

/**
 * The work of one job kind. It runs with the context of whoever asked for it (their reach and
 * permissions, a fresh clock), outside any request, after the request has answered.
 */
export type PenanganPekerjaan = (ctx: Konteks, parameter: Record<string, unknown>, lapor: LaporProgres) => Promise<HasilPekerjaan>;

export const PESAN_TERHENTI = 'Proses terhenti karena server dimulai ulang sebelum selesai. Silakan jalankan lagi.';

/**
 * Background jobs with progress. The `pekerjaan` table is the source of truth (status, progress,
 * step, result bytes, error), so the web can poll it and a restart cannot leave a job that looks
 * alive; p-queue bounds how many run at once inside this process.
 *
 * One process runs the jobs of one database (the PGlite folder is locked to one process; with
 * PostgreSQL, run one server process per database or give job kinds to one of them): `pulihkan`
 * at start marks every job still queued or running as failed, as nothing else can finish it.
 */
export class PelariPekerjaan {
  private readonly antrian: PQueue;
  private readonly penangan = new Map<string, PenanganPekerjaan>();
  private readonly berjalan = new Map<number, Promise<void>>();
  private readonly db: Db;
  private readonly sekarang: () => Date;

  /** `sekarang`: the clock of the jobs (their `ctx.sekarang`, start and end times): the application's (default the wall clock). */
  constructor(db: Db, opsi: { konkurensi?: number, sekarang?: () => Date } = {}) {
    this.db = db;
    this.antrian = new PQueue({ concurrency: opsi.konkurensi ?? 2 });
    this.sekarang = opsi.sekarang ?? (() => new Date());
  }

  daftarkan(jenis: string, penangan: PenanganPekerjaan): void {
    if (this.penangan.has(jenis)) throw new Error(`Jenis pekerjaan ${jenis} sudah terdaftar`);
    this.penangan.set(jenis, penangan);
  }

  /** At start: jobs a previous (crashed or stopped) process left queued or running become failed. */
  async pulihkan(): Promise<number> {
    return this.db.run(sql`
      update pekerjaan set status = 'gagal', galat = ${PESAN_TERHENTI}, selesai_pada = ${this.sekarang()}
       where status in ('antri', 'berjalan')`);
  }

  /**
   * Queues a job for the caller: the row and the audit record are written in one transaction,
   * then the job starts when a slot is free. Returns the job's id at once.
   */
  async kirim(ctx: Konteks, jenis: string, parameter: Record<string, unknown>): Promise<{ id: number, status: 'antri' }> {
    const penangan = this.penangan.get(jenis);
    if (!penangan) throw new Error(`Jenis pekerjaan ${jenis} belum terdaftar`);
    const p = wajibMasuk(ctx);
    const id = await ctx.db.transaction(async (tx) => {
      const c = { ...ctx, db: tx };
      const r = await tx.one<{ id: number }>(sql`
        insert into pekerjaan (instansi_id, jenis, parameter, dibuat_oleh, dibuat_pada)
        values (${ctx.instansiId}, ${jenis}, ${JSON.stringify(parameter)}::jsonb, ${p.sistem ? null : p.akunId}, ${ctx.sekarang()})
        returning id`);
      await catatAudit(c, { aksi: 'pekerjaan.kirim', entitas: 'pekerjaan', entitasId: r.id, sesudah: { jenis, parameter } });
      return r.id;
    });
    const jalan = this.antrian.add(() => this.jalankan(ctx, id, penangan, parameter));
    this.berjalan.set(id, jalan.finally(() => this.berjalan.delete(id)));
    return { id, status: 'antri' };
  }

  /** Resolves when the job has ended here (selesai or gagal); at once for a job not running here. */
  async tunggu(id: number): Promise<void> {
    await this.berjalan.get(id);
  }

  /** Waits for every queued and running job (shutdown, tests). */
  async tutup(): Promise<void> {
    await this.antrian.onIdle();
  }

  private async jalankan(ctxAsal: Konteks, id: number, penangan: PenanganPekerjaan, parameter: Record<string, unknown>): Promise<void> {
    const ctx: Konteks = { ...ctxAsal, db: this.db, sekarang: this.sekarang };
    const kunci = sql`instansi_id = ${ctx.instansiId} and id = ${id}`;
    await this.db.run(sql`update pekerjaan set status = 'berjalan', dimulai_pada = ${this.sekarang()}, langkah = 'Memulai' where ${kunci}`);
    let terakhir = 0;
    const lapor: LaporProgres = async (progres, langkah) => {
      terakhir = Math.max(terakhir, Math.min(99, Math.max(0, Math.round(progres))));
      await this.db.run(sql`update pekerjaan set progres = ${terakhir}, langkah = ${langkah} where ${kunci} and status = 'berjalan'`);
    };
    try {
      const h = await penangan(ctx, parameter, lapor);
      await this.db.run(sql`
        update pekerjaan set status = 'selesai', progres = 100, langkah = 'Selesai', hasil = ${h.isi}, nama_berkas = ${h.namaBerkas},
               mime = ${h.mime}, rincian = ${h.rincian === undefined ? null : JSON.stringify(h.rincian)}::jsonb, selesai_pada = ${this.sekarang()}
         where ${kunci} and status = 'berjalan'`);
    } catch (e) {
      // an intended refusal (GalatAplikasi) carries its message and details for the user; anything else is logged
      const pesan = e instanceof Error ? e.message : String(e);
      const rincian = (e as { rincian?: unknown }).rincian;
      if (!(e as { status?: number }).status) console.error(`pekerjaan ${id} gagal`, e);
      await this.db.run(sql`
        update pekerjaan set status = 'gagal', galat = ${pesan || 'Galat tidak dikenal'},
               rincian = ${rincian === undefined ? null : JSON.stringify(rincian)}::jsonb, selesai_pada = ${this.sekarang()}
         where ${kunci} and status = 'berjalan'`);
    }
  }
}
