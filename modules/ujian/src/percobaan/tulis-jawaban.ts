import { sql, type Db } from '@simasn/db';
import { catatAuditKelompok, type Konteks, mintaSegelAudit, PenulisKelompok } from '@simasn/platform';

/** One answer to write: the attempt (checked running by the caller's read, checked again here) and the page's sequence number. */
export interface ItemJawaban {
  ctx: Konteks;
  percobaanId: number;
  pegawaiId: number;
  urutan: number;
  pilihan: string[];
  nomor: number;
}

/** The number stored for the item after the write (`ditulis`: this item's answer is the stored one), or null when the attempt is no longer running. */
export type HasilTulisJawaban = { nomor: number, ditulis: boolean } | null;

/**
 * A group of answers in one transaction (group commit: 500 people answering at once share
 * commits): one upsert per instansi, keeping per item the highest sequence number (an older or
 * repeated number changes nothing), only into attempts still running before their deadline by the
 * request's clock; one audit statement for the answers written; one read of the stored numbers
 * for the others. With `antre` (the group writer on PostgreSQL) the audit entries go to the audit
 * queue (migration 0036): the transaction takes no lock on the audit chain's tail, so groups
 * commit side by side instead of one after the other's WAL flush; the caller asks for the seal
 * after the commit.
 */
export async function tulisJawabanKelompok(tx: Db, batch: ItemJawaban[], opsi: { antre?: boolean } = {}): Promise<HasilTulisJawaban[]> {
  const hasil: HasilTulisJawaban[] = new Array(batch.length).fill(null);
  const perInstansi = new Map<number, number[]>();
  for (const [i, b] of batch.entries()) perInstansi.set(b.ctx.instansiId, [...(perInstansi.get(b.ctx.instansiId) ?? []), i]);
  for (const [instansiId, indeks] of perInstansi) {
    // Within a group, the highest number per item is the one to write (one row may be changed once per statement).
    const terbaik = new Map<string, number>();
    for (const i of indeks) {
      const b = batch[i]!;
      const k = `${b.percobaanId}:${b.urutan}`;
      const j = terbaik.get(k);
      if (j === undefined || batch[j]!.nomor < b.nomor) terbaik.set(k, i);
    }
    const baris = [...terbaik.values()].map((i) => {
      const b = batch[i]!;
      return { i, percobaan_id: b.percobaanId, urutan: b.urutan, pilihan: b.pilihan, nomor: b.nomor, waktu: b.ctx.sekarang().toISOString() };
    });
    const ditulis = await tx.many<{ i: number, nomor: number }>(sql`
      with x as (select * from jsonb_to_recordset(${JSON.stringify(baris)}::jsonb) as x(i int, percobaan_id bigint, urutan int, pilihan text[], nomor int, waktu timestamptz)),
      baru as (
        insert into jawaban_ujian (instansi_id, percobaan_id, urutan, pilihan, nomor, disimpan_pada)
        select ${instansiId}, x.percobaan_id, x.urutan, x.pilihan, x.nomor, x.waktu from x
          join percobaan_ujian c on c.instansi_id = ${instansiId} and c.id = x.percobaan_id and c.status = 'berjalan' and c.batas_pada > x.waktu
        on conflict (instansi_id, percobaan_id, urutan) do update set pilihan = excluded.pilihan, nomor = excluded.nomor, disimpan_pada = excluded.disimpan_pada
          where jawaban_ujian.nomor < excluded.nomor
        returning percobaan_id, urutan, nomor)
      select x.i, baru.nomor from baru join x on x.percobaan_id = baru.percobaan_id and x.urutan = baru.urutan`);
    const ditulisI = new Set(ditulis.map((d) => d.i));
    await catatAuditKelompok(tx, ditulis.map((d) => {
      const b = batch[d.i]!;
      return { ctx: b.ctx,
        entri: { aksi: 'jawaban_ujian.simpan' as const, entitas: 'percobaan_ujian', entitasId: b.percobaanId, pegawaiId: b.pegawaiId,
          sesudah: { soal: b.urutan + 1, pilihan: b.pilihan.join(',') || '(kosong)', nomor: b.nomor } } };
    }), { antre: opsi.antre === true });
    // Everyone else: the number stored now, if their attempt is still running.
    const kunci = indeks.map((i) => ({ i, percobaan_id: batch[i]!.percobaanId, urutan: batch[i]!.urutan, waktu: batch[i]!.ctx.sekarang().toISOString() }));
    const tersimpan = await tx.many<{ i: number, nomor: number | null }>(sql`
      select x.i, j.nomor from jsonb_to_recordset(${JSON.stringify(kunci)}::jsonb) as x(i int, percobaan_id bigint, urutan int, waktu timestamptz)
        join percobaan_ujian c on c.instansi_id = ${instansiId} and c.id = x.percobaan_id and c.status = 'berjalan' and c.batas_pada > x.waktu
        left join jawaban_ujian j on j.instansi_id = c.instansi_id and j.percobaan_id = c.id and j.urutan = x.urutan`);
    for (const t of tersimpan) hasil[t.i] = { nomor: t.nomor ?? 0, ditulis: ditulisI.has(t.i) };
  }
  return hasil;
}

const penulis = new WeakMap<Db, PenulisKelompok<ItemJawaban, HasilTulisJawaban>>();

/**
 * Hands one answer to the database's group writer; resolves after its transaction committed. On
 * PostgreSQL the audit entries go through the queue and the sealer is asked for after the commit.
 */
export async function tulisJawaban(item: ItemJawaban): Promise<HasilTulisJawaban> {
  const db = item.ctx.db;
  const antre = db.mesin !== 'pglite' && !db.dalamTransaksi;
  let p = penulis.get(db);
  if (!p) {
    p = new PenulisKelompok({ db, tulis: (tx, b) => tulisJawabanKelompok(tx, b, { antre }), maksBatch: 500, paralel: antre ? 4 : 1 });
    penulis.set(db, p);
  }
  const r = await p.tulis(item);
  if (antre) void mintaSegelAudit(db, item.ctx.instansiId);
  return r;
}
