import { disiapkan, sql, type Db } from '@simasn/db';
import { type EntriAuditKelompok, type Konteks, mintaSegelAudit, PenulisKelompok, sqlAuditKelompok } from '@simasn/platform';

/** One answer to write: the attempt (checked running by the write itself) and the page's sequence number. */
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
 * A group of answers (the group writer's batch) in ONE statement per instansi, committed on its
 * own (one round trip, no transaction block): the upsert keeps per item the highest sequence
 * number (an older or repeated number changes nothing), only into attempts still running before
 * their deadline by the request's clock, and the audit entries of the rows actually written are a
 * CTE of the same statement. The attempt's row is share-locked by the statement (FOR KEY SHARE,
 * rechecked after a wait): an attempt being closed (tutupPercobaan holds it FOR UPDATE while it
 * scores the saved answers) is waited for and then seen closed, so an acknowledged answer is
 * always one the score counted or will count. With `antre` (PostgreSQL) the audit entries go to
 * the audit queue (migration 0036) and the sealer is asked for after the commit.
 */
export async function tulisJawabanKelompok(db: Db, batch: readonly ItemJawaban[], opsi: { antre?: boolean } = {}): Promise<HasilTulisJawaban[]> {
  const hasil: HasilTulisJawaban[] = new Array(batch.length).fill(null);
  // One instansi at a time, in a fixed order (one audit chain each).
  const perInstansi = [...Map.groupBy(batch.map((item, i) => ({ item, i })), (x) => x.item.ctx.instansiId)].sort((a, b) => a[0] - b[0]);
  for (const [instansiId, xs] of perInstansi) {
    // Within a group, the highest number per item is the one to write (one row may be changed once per statement).
    const terbaik = new Map<string, number>();
    for (const { item: b, i } of xs) {
      const k = `${b.percobaanId}:${b.urutan}`;
      const j = terbaik.get(k);
      if (j === undefined || batch[j]!.nomor < b.nomor) terbaik.set(k, i);
    }
    const tulis = new Set(terbaik.values());
    const baris = xs.map(({ item: b, i }) => ({ i, percobaan_id: b.percobaanId, urutan: b.urutan, pilihan: b.pilihan, nomor: b.nomor, waktu: b.ctx.sekarang().toISOString(),
      tulis: tulis.has(i) })
    );
    const audit: EntriAuditKelompok[] = [...tulis].map((i) => {
      const b = batch[i]!;
      return { ctx: b.ctx, kunciBaris: `${b.percobaanId}:${b.urutan}`,
        entri: { aksi: 'jawaban_ujian.simpan' as const, entitas: 'percobaan_ujian', entitasId: b.percobaanId, pegawaiId: b.pegawaiId,
          sesudah: { soal: b.urutan + 1, pilihan: b.pilihan.join(',') || '(kosong)', nomor: b.nomor } } };
    });
    // `tersimpan`: the number stored before this statement (its snapshot); an item not written has at least its group's best number stored.
    // Both lookups go by key (the attempt's and the answer's primary keys): the group's size is not known to the planner
    // (jsonb_to_recordset counts as 100 rows), and a join would read every stored answer of every attempt.
    const r = await db.many<{ i: number, berjalan: boolean, ditulis: number | null, tersimpan: number | null }>(disiapkan(sql`
      with x as (
        select * from jsonb_to_recordset(${JSON.stringify(baris)}::jsonb) as x(i int, percobaan_id bigint, urutan int, pilihan text[], nomor int, waktu timestamptz, tulis boolean)
      ), c as (
        select c.id, c.batas_pada from percobaan_ujian c
         where c.instansi_id = ${instansiId} and c.id = any(${[...new Set(xs.map((x) => x.item.percobaanId))]}::bigint[]) and c.status = 'berjalan'
           for key share
      ), baru as (
        insert into jawaban_ujian (instansi_id, percobaan_id, urutan, pilihan, nomor, disimpan_pada)
        select ${instansiId}, x.percobaan_id, x.urutan, x.pilihan, x.nomor, x.waktu from x join c on c.id = x.percobaan_id and c.batas_pada > x.waktu where x.tulis
        on conflict (instansi_id, percobaan_id, urutan) do update set pilihan = excluded.pilihan, nomor = excluded.nomor, disimpan_pada = excluded.disimpan_pada
          where jawaban_ujian.nomor < excluded.nomor
        returning percobaan_id as id, percobaan_id, urutan, nomor, percobaan_id::text || ':' || urutan::text as kunci_audit
      ), audit as (${sqlAuditKelompok(audit, { cte: 'baru' }, { antre: opsi.antre === true })})
      select x.i, c.id is not null and c.batas_pada > x.waktu as berjalan, b.nomor as ditulis,
             (select j.nomor from jawaban_ujian j where j.instansi_id = ${instansiId} and j.percobaan_id = x.percobaan_id and j.urutan = x.urutan) as tersimpan
        from x left join c on c.id = x.percobaan_id
        left join baru b on b.percobaan_id = x.percobaan_id and b.urutan = x.urutan`));
    const perI = new Map(r.map((x) => [x.i, x]));
    for (const { item: b, i } of xs) {
      const t = perI.get(i);
      if (!t?.berjalan) continue;
      const best = terbaik.get(`${b.percobaanId}:${b.urutan}`)!;
      const ditulis = perI.get(best)?.ditulis ?? null;
      hasil[i] = ditulis !== null ? { nomor: ditulis, ditulis: i === best } : { nomor: Math.max(t.tersimpan ?? 0, batch[best]!.nomor), ditulis: false };
    }
    if (opsi.antre && !db.dalamTransaksi) void mintaSegelAudit(db, instansiId);
  }
  return hasil;
}

const penulis = new WeakMap<Db, PenulisKelompok<ItemJawaban, HasilTulisJawaban>>();

/**
 * Hands one answer to the database's group writer; resolves after the statement holding it
 * committed (every acknowledged answer is durable). Inside a caller's transaction it writes there, alone.
 */
export async function tulisJawaban(item: ItemJawaban): Promise<HasilTulisJawaban> {
  const db = item.ctx.db;
  if (db.dalamTransaksi) return (await tulisJawabanKelompok(db, [item]))[0]!;
  let p = penulis.get(db);
  if (!p) {
    // transaksi: false: a group is one statement, committed on its own. PostgreSQL: audit entries
    // through the queue, so groups commit side by side (PGlite runs one statement at a time anyway).
    const antre = db.mesin !== 'pglite';
    p = new PenulisKelompok({ db, tulis: (d, b) => tulisJawabanKelompok(d, b, { antre }), maksBatch: 500, paralel: antre ? 8 : 1, transaksi: false });
    penulis.set(db, p);
  }
  return p.tulis(item);
}

/** The writer's counters for a database handle (groups written, answers, the largest group): the bench. */
export function statistikPenulisJawaban(db: Db): { batch: number, item: number, terbesar: number, ulangSatuSatu: number } {
  return { ...(penulis.get(db)?.statistik ?? { batch: 0, item: 0, terbesar: 0, ulangSatuSatu: 0 }) };
}
