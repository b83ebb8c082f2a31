import { disiapkan, empty, sql, type Db } from '@simasn/db';
import { type EntriAuditKelompok, type Konteks, mintaSegelAudit, PenulisKelompok, sqlAuditKelompok } from '@simasn/platform';
import type { JenisPresensi } from '../label-presensi.ts';
import type { HasilPresensi, SumberPresensi } from './catat.types.ts';
import type { Sinyal } from './periksa-sinyal.ts';

/** The answer of a check-in and its signals, for a device outcome (bound to the account or not). */
export interface Susunan {
  hasil: Omit<HasilPresensi, 'id'>;
  sinyal: Sinyal[];
}

/** One check-in, judged, waiting for its commit. */
export interface ItemPresensi {
  /** The caller's context: instansi, who and from where (audit), the request's clock. Its `db` is not used. */
  ctx: Konteks;
  pegawaiId: number;
  kunci: string;
  tanggal: string;
  jenis: JenisPresensi;
  sumber: SumberPresensi;
  luring: boolean;
  waktu: Date;
  terima: Date;
  waktuPerangkat: Date | null;
  lat: number;
  lon: number;
  akurasi: number | null;
  lokasiPalsu: boolean | null;
  titikId: number | null;
  titikPenugasan: string | null;
  diDalam: boolean;
  dicatatOleh: number | null;
  swafoto: { jenisMime: string, data: string, kedaluwarsa: Date } | null;
  /**
   * The device: `{ id }` bound to the account, `{ ikat }` the employee has none yet (this one binds
   * itself with the check-in, unless another request binds one first), or null (not bound).
   */
  perangkat: { id: number } | { ikat: { sidik: string, keterangan: string | null } } | null;
  /** The answer under the device outcome (decided at the write for a first device). */
  susun: (perangkatTerikat: boolean) => Susunan;
}

interface Akhir {
  item: ItemPresensi;
  perangkatId: number | null;
  s: Susunan;
}

/**
 * Writes a group of check-ins (the group-commit writer's batch), each with its audit entry, in ONE
 * statement committed on its own: the records (an idempotency key already recorded, by an earlier
 * request or another item of the group, makes nothing new: that record's answer is the item's),
 * their signals and selfies and every audit entry are CTEs of one insert, so the audit chain's
 * lock is held only inside the database, never across a round trip to this process. A first
 * device binds itself with its check-in: that group is one transaction of two statements.
 *
 * With `antre` (the group writer on PostgreSQL) the audit entries go to the audit queue
 * (migration 0036) and touch no lock at all: concurrent groups commit side by side like plain
 * INSERTs, and the sealer is asked to chain them right after the commit (not awaited: the entries
 * are committed with the records already).
 */
export async function tulisPresensiKelompok(tx: Db, batch: readonly ItemPresensi[], opsi: { antre?: boolean } = {}): Promise<HasilPresensi[]> {
  const hasil: HasilPresensi[] = Array.from({ length: batch.length });
  // One instansi at a time (one audit chain each), in a fixed order: two groups never wait on each other's chains in a cycle.
  const perInstansi = [...Map.groupBy(batch.map((item, i) => ({ item, i })), (x) => x.item.ctx.instansiId)].sort((a, b) => a[0] - b[0]);
  for (const [instansiId, xs] of perInstansi) {
    const r = await tulisInstansi(tx, instansiId, xs.map((x) => x.item), opsi.antre === true);
    if (opsi.antre && !tx.dalamTransaksi) void mintaSegelAudit(tx, instansiId);
    for (const [k, x] of xs.entries()) hasil[x.i] = r[k]!;
  }
  return hasil;
}

async function tulisInstansi(tx: Db, instansiId: number, items: readonly ItemPresensi[], antre: boolean): Promise<HasilPresensi[]> {
  const kunciItem = (it: { pegawaiId: number, kunci: string }) => `${it.pegawaiId}/${it.kunci}`;
  // The same key twice in the group (a double tap sent twice at once): the first writes, the others get its answer.
  const pertama = new Map<string, number>();
  for (const [i, it] of items.entries()) if (!pertama.has(kunciItem(it))) pertama.set(kunciItem(it), i);
  const unik = [...pertama.values()].map((i) => items[i]!);
  const mauIkat = unik.filter((it) => it.perangkat && 'ikat' in it.perangkat);
  // Binding and recording go together: a transaction of two statements (rare: once per employee).
  if (mauIkat.length && !tx.dalamTransaksi) return tx.transaction((t) => tulisInstansi(t, instansiId, items, antre));
  const audit: EntriAuditKelompok[] = [];

  // A first device binds itself (one per employee; a device bound meanwhile by another request wins).
  const perangkatBaru = new Map<number, { id: number, sidik: string } | null>();
  if (mauIkat.length) {
    const satuPerPegawai = [...new Map(mauIkat.map((it) => [it.pegawaiId, it])).values()];
    const baris = satuPerPegawai.map((it) => {
      const ikat = (it.perangkat as { ikat: { sidik: string, keterangan: string | null } }).ikat;
      return { pegawai_id: it.pegawaiId, sidik: ikat.sidik, keterangan: ikat.keterangan, waktu: it.terima.toISOString() };
    });
    const terikat = await tx.many<{ id: number, pegawai_id: number, sidik: string }>(sql`
      insert into perangkat_presensi (instansi_id, pegawai_id, sidik, keterangan, status, diminta_pada, diputuskan_pada, catatan)
      select ${instansiId}, x.pegawai_id, x.sidik, x.keterangan, 'aktif', x.waktu, x.waktu, 'terikat otomatis pada presensi pertama'
        from jsonb_to_recordset(${JSON.stringify(baris)}::jsonb) as x(pegawai_id bigint, sidik text, keterangan text, waktu timestamptz)
      on conflict do nothing returning id, pegawai_id, sidik`);
    for (const t of terikat) {
      perangkatBaru.set(Number(t.pegawai_id), { id: Number(t.id), sidik: t.sidik });
      const it = satuPerPegawai.find((x) => x.pegawaiId === Number(t.pegawai_id))!;
      audit.push({ ctx: it.ctx,
        entri: { aksi: 'presensi.perangkat_ikat', entitas: 'perangkat_presensi', entitasId: Number(t.id), pegawaiId: it.pegawaiId,
          sesudah: { status: 'aktif', keterangan: (it.perangkat as { ikat: { keterangan: string | null } }).ikat.keterangan },
          keterangan: 'perangkat pertama terikat otomatis' } });
    }
    const kalah = satuPerPegawai.filter((it) => !perangkatBaru.has(it.pegawaiId)).map((it) => it.pegawaiId);
    if (kalah.length) {
      const aktif = await tx.many<{ id: number, pegawai_id: number, sidik: string }>(sql`
        select id, pegawai_id, sidik from perangkat_presensi where instansi_id = ${instansiId} and pegawai_id = any(${kalah}) and status = 'aktif'`);
      for (const a of aktif) perangkatBaru.set(Number(a.pegawai_id), { id: Number(a.id), sidik: a.sidik });
    }
  }
  const akhir: Akhir[] = unik.map((item) => {
    const p = item.perangkat;
    let perangkatId: number | null = null;
    if (p && 'id' in p) perangkatId = p.id;
    else if (p) {
      const b = perangkatBaru.get(item.pegawaiId);
      perangkatId = b && b.sidik === p.ikat.sidik ? b.id : null;
    }
    return { item, perangkatId, s: item.susun(perangkatId !== null) };
  });

  const baris = akhir.map(({ item: it, perangkatId, s }) => ({ pegawai_id: it.pegawaiId, tanggal: it.tanggal, jenis: it.jenis, sumber: it.sumber, luring: it.luring,
    waktu: it.waktu.toISOString(), waktu_terima: it.terima.toISOString(), waktu_perangkat: it.waktuPerangkat?.toISOString() ?? null, lat: it.lat, lon: it.lon,
    akurasi_meter: it.akurasi, lokasi_palsu: it.lokasiPalsu, perangkat_id: perangkatId, titik_id: it.titikId, titik_penugasan: it.titikPenugasan, di_dalam: it.diDalam,
    jarak_meter: s.hasil.jarakMeter, perlu_tinjau: s.hasil.perluTinjau, kunci: it.kunci, hasil: s.hasil, dicatat_oleh: it.dicatatOleh })
  );
  const kunciAudit = (a: Akhir) => kunciItem(a.item);
  const sinyal = akhir.flatMap((a) =>
    a.s.sinyal.map((s) => ({ kunci_audit: kunciAudit(a), pegawai_id: a.item.pegawaiId, jenis: s.jenis, bukti: s.bukti, dibuat_pada: a.item.terima.toISOString() }))
  );
  const swafoto = akhir.filter((a) => a.item.swafoto).map((a) => ({ kunci_audit: kunciAudit(a), jenis_mime: a.item.swafoto!.jenisMime, data: a.item.swafoto!.data,
    kedaluwarsa: a.item.swafoto!.kedaluwarsa.toISOString() })
  );
  for (const a of akhir) {
    const h = a.s.hasil;
    audit.push({ ctx: a.item.ctx, kunciBaris: kunciAudit(a),
      entri: { aksi: `presensi.${a.item.jenis}`, entitas: 'presensi', pegawaiId: a.item.pegawaiId,
        sesudah: { tanggal: a.item.tanggal, jam: h.jam, luring: a.item.luring, diDalam: a.item.diDalam, jarakMeter: h.jarakMeter, kode: h.kode, sinyal: a.s.sinyal.map((s) =>
          s.jenis
        ), swafoto: !!a.item.swafoto } } });
  }
  // Signals, selfies and audit entries join the rows actually inserted (`baru`): a key recorded before writes nothing.
  const masuk = await tx.many<{ id: number, pegawai_id: number, kunci: string }>(disiapkan(sql`
    with baru as (
      insert into presensi (instansi_id, pegawai_id, tanggal, jenis, sumber, luring, waktu, waktu_terima, waktu_perangkat, lat, lon, akurasi_meter, lokasi_palsu,
                            perangkat_id, titik_id, titik_penugasan, di_dalam, jarak_meter, perlu_tinjau, kunci, hasil, dicatat_oleh)
      select ${instansiId}, x.pegawai_id, x.tanggal, x.jenis, x.sumber, x.luring, x.waktu, x.waktu_terima, x.waktu_perangkat, x.lat, x.lon, x.akurasi_meter, x.lokasi_palsu,
             x.perangkat_id, x.titik_id, x.titik_penugasan, x.di_dalam, x.jarak_meter, x.perlu_tinjau, x.kunci, x.hasil, x.dicatat_oleh
        from jsonb_to_recordset(${JSON.stringify(baris)}::jsonb)
          as x(pegawai_id bigint, tanggal date, jenis text, sumber text, luring boolean, waktu timestamptz, waktu_terima timestamptz, waktu_perangkat timestamptz,
               lat float8, lon float8, akurasi_meter real, lokasi_palsu boolean, perangkat_id bigint, titik_id bigint, titik_penugasan text, di_dalam boolean,
               jarak_meter integer, perlu_tinjau boolean, kunci text, hasil jsonb, dicatat_oleh bigint)
      on conflict (instansi_id, pegawai_id, kunci) do nothing
      returning id, pegawai_id, kunci, pegawai_id::text || '/' || kunci as kunci_audit
    )${
    sinyal.length
      ? sql`, sinyal as (
      insert into sinyal_presensi (instansi_id, presensi_id, pegawai_id, jenis, bukti, dibuat_pada)
      select ${instansiId}, b.id, x.pegawai_id, x.jenis, x.bukti, x.dibuat_pada
        from jsonb_to_recordset(${JSON.stringify(sinyal)}::jsonb) as x(kunci_audit text, pegawai_id bigint, jenis text, bukti jsonb, dibuat_pada timestamptz)
        join baru b on b.kunci_audit = x.kunci_audit)`
      : empty
  }${
    swafoto.length
      ? sql`, swafoto as (
      insert into swafoto_presensi (instansi_id, presensi_id, jenis_mime, isi, kedaluwarsa_pada)
      select ${instansiId}, b.id, x.jenis_mime, decode(x.data, 'base64'), x.kedaluwarsa
        from jsonb_to_recordset(${JSON.stringify(swafoto)}::jsonb) as x(kunci_audit text, jenis_mime text, data text, kedaluwarsa timestamptz)
        join baru b on b.kunci_audit = x.kunci_audit)`
      : empty
  }, audit as (${sqlAuditKelompok(audit, { cte: 'baru' }, { antre })})
    select id, pegawai_id, kunci from baru`));
  const idBaru = new Map(masuk.map((r) => [kunciItem({ pegawaiId: Number(r.pegawai_id), kunci: r.kunci }), Number(r.id)]));

  // Keys another request recorded first (it committed while this group was on its way): its answer, nothing written here.
  const tersimpan = new Map<string, HasilPresensi>();
  const lain = akhir.filter((a) => !idBaru.has(kunciItem(a.item)));
  if (lain.length) {
    const r = await tx.many<{ id: number, pegawai_id: number, kunci: string, hasil: Omit<HasilPresensi, 'id'> }>(sql`
      select r.id, r.pegawai_id, r.kunci, r.hasil from presensi r
        join jsonb_to_recordset(${JSON.stringify(lain.map((a) => ({ pegawai_id: a.item.pegawaiId, kunci: a.item.kunci })))}::jsonb) as x(pegawai_id bigint, kunci text)
          on r.pegawai_id = x.pegawai_id and r.kunci = x.kunci
       where r.instansi_id = ${instansiId}`);
    for (const b of r) tersimpan.set(kunciItem({ pegawaiId: Number(b.pegawai_id), kunci: b.kunci }), { ...b.hasil, id: Number(b.id) });
  }
  const baru = akhir.filter((a) => idBaru.has(kunciItem(a.item))).map((a) => ({ ...a, id: idBaru.get(kunciItem(a.item))! }));

  const jawaban = new Map<string, HasilPresensi>();
  for (const a of baru) jawaban.set(kunciItem(a.item), { ...a.s.hasil, id: a.id });
  for (const [k, h] of tersimpan) jawaban.set(k, h);
  return items.map((it) => {
    const j = jawaban.get(kunciItem(it));
    if (!j) throw new Error(`Presensi ${it.kunci} tidak tersimpan dan tidak ditemukan.`);
    return j;
  });
}

const penulis = new WeakMap<Db, PenulisKelompok<ItemPresensi, HasilPresensi>>();

/**
 * Records one check-in through the group-commit writer of this database handle: check-ins that
 * arrive while a group is being committed go together in the next transaction, and each caller
 * is answered only after the commit that holds its record (never before: every acknowledged
 * check-in is durable). Inside a caller's transaction it writes there, alone.
 */
export async function tulisPresensi(db: Db, item: ItemPresensi): Promise<HasilPresensi> {
  if (db.dalamTransaksi) return (await tulisPresensiKelompok(db, [item]))[0]!;
  let p = penulis.get(db);
  if (!p) {
    // transaksi: false: a group is one statement, committed on its own (one round trip).
    // PostgreSQL: audit entries through the queue, so groups commit in parallel (PGlite runs one statement at a time anyway).
    const antre = db.mesin !== 'pglite';
    p = new PenulisKelompok({ db, tulis: (d, b) => tulisPresensiKelompok(d, b, { antre }), maksBatch: 500, paralel: antre ? 8 : 1, transaksi: false });
    penulis.set(db, p);
  }
  return p.tulis(item);
}

/** Writes what is queued and waits for it (a server that shuts down cleanly). */
export async function tutupPenulisPresensi(db: Db): Promise<void> {
  await penulis.get(db)?.tutup();
  penulis.delete(db);
}

/** The writer's counters for a database handle (groups written, check-ins, the largest group): tests and the bench. */
export function statistikPenulisPresensi(db: Db): { batch: number, item: number, terbesar: number, ulangSatuSatu: number } {
  return { ...(penulis.get(db)?.statistik ?? { batch: 0, item: 0, terbesar: 0, ulangSatuSatu: 0 }) };
}
