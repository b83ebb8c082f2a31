import { join, raw, sql } from '@simasn/db';
import { catatAudit, selisih, tidakDitemukan, type Konteks } from '@simasn/platform';
import { kodeGanda, sudahDiubah } from './renstra.ts';

/** The Renstra tables edited row by row, with their labels for messages and the audit. */
export type TabelRenstra = 'tujuan_renstra' | 'sasaran_renstra' | 'program_kegiatan' | 'indikator_kinerja';

export const LABEL_TABEL: Record<TabelRenstra, string> = { tujuan_renstra: 'Tujuan', sasaran_renstra: 'Sasaran', program_kegiatan: 'Program/kegiatan',
  indikator_kinerja: 'Indikator' };

export interface SimpanBaris {
  tabel: TabelRenstra;
  renstraId: number;
  /** Absent: a new row. */
  id?: number | undefined;
  versi?: number | undefined;
  kode: string;
  /** Column -> value (snake_case column names, constants of the caller). */
  kolom: Record<string, unknown>;
}

/**
 * Inserts a row of a Renstra table, or updates it when its version is the one read (409
 * otherwise), and writes the audit entry, inside the caller's transaction (`c.db`). A clashing
 * code is a 409 naming it.
 */
export async function simpanBaris(c: Konteks, s: SimpanBaris): Promise<{ id: number, versi: number, baru: boolean }> {
  const label = LABEL_TABEL[s.tabel];
  const t = raw(s.tabel);
  const nama = Object.keys(s.kolom);
  const nilai = Object.values(s.kolom).map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : v));
  try {
    if (s.id === undefined) {
      const r = await c.db.one<{ id: number, versi: number }>(sql`
        insert into ${t} (instansi_id, renstra_id, kode, ${raw(nama.join(', '))})
        values (${c.instansiId}, ${s.renstraId}, ${s.kode}, ${join(nilai.map((v) => sql`${v}`), ', ')}) returning id, versi`);
      await catatAudit(c, { aksi: `${s.tabel}.buat`, entitas: s.tabel, entitasId: r.id, sesudah: { renstraId: s.renstraId, kode: s.kode, ...s.kolom } });
      return { ...r, baru: true };
    }
    const lama = await c.db.maybeOne<Record<string, unknown> & { versi: number }>(sql`
      select kode, versi, ${raw(nama.join(', '))} from ${t}
       where instansi_id = ${c.instansiId} and renstra_id = ${s.renstraId} and id = ${s.id} for update`);
    if (!lama) throw tidakDitemukan(`${label} tidak ditemukan di Renstra ini.`);
    if (lama.versi !== s.versi) throw sudahDiubah(`${label} ${lama.kode as string}`, lama.versi, s.versi);
    const set = join([sql`kode = ${s.kode}`, ...nama.map((k, i) => sql`${raw(k)} = ${nilai[i]}`)], ', ');
    const r = await c.db.one<{ id: number, versi: number }>(sql`
      update ${t} set ${set}, versi = versi + 1 where instansi_id = ${c.instansiId} and id = ${s.id} returning id, versi`);
    const d = selisih(lama as Record<string, unknown>, { kode: s.kode, ...s.kolom });
    await catatAudit(c, { aksi: `${s.tabel}.ubah`, entitas: s.tabel, entitasId: s.id, ...d });
    return { ...r, baru: false };
  } catch (e) {
    return kodeGanda(e, label, s.kode);
  }
}
