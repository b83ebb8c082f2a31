import { randomBytes } from 'node:crypto';
import { sql, type Db } from '@simasn/db';
import { susunUjian, VERSI_ACAK_UJIAN } from '@simasn/domain';
import { catatAudit, denganDb, konflik, konteksSistemInstansi, lingkup, syaratLingkup, tidakDitemukan, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { namaKategori } from '../bank/aturan-butir.ts';
import { ambilTes, aturanTes, syaratSasaran, type BarisTes } from '../tes/tes.ts';
import { skemaMulai } from '../ujian.types.ts';
import { type AturanPercobaan, ingatAturanPercobaan } from './aturan-percobaan.ts';
import { catatDiklatTes } from './diklat-tes.ts';
import { bacaVersiSusunan, type ButirSusunan, nilaiPercobaan } from './nilai.ts';

export interface BarisPercobaan {
  id: number;
  tesId: number;
  pegawaiId: number;
  susunan: ButirSusunan[];
  mulaiPada: Date;
  batasPada: Date;
  selesaiPada: Date | null;
  status: 'berjalan' | 'selesai';
  caraSelesai: 'peserta' | 'waktu_habis' | null;
  perangkat: string[];
  alamat: string[];
}

export const KOLOM_PERCOBAAN = sql`c.id, c.tes_id as "tesId", c.pegawai_id as "pegawaiId", c.susunan, c.mulai_pada as "mulaiPada", c.batas_pada as "batasPada",
  c.selesai_pada as "selesaiPada", c.status, c.cara_selesai as "caraSelesai", c.perangkat, c.alamat_ip as "alamat"`;

/** The caller's pegawai id, within their ujian:ikut reach (their own record). */
export async function pegawaiPeserta(ctx: Konteks, db: Db = ctx.db): Promise<number> {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'ujian:ikut');
  const r = await db.maybeOne<{ id: number }>(sql`select p.id from pegawai p where p.instansi_id = ${ctx.instansiId} and p.id = ${p.pegawaiId ?? 0} and ${syaratLingkup(l)}`);
  if (!r) throw tidakDitemukan('Akun ini tidak terhubung dengan data pegawai.');
  return r.id;
}

/**
 * Closes an attempt: its saved answers scored against the versions it drew, under the test's
 * categories and pass marks. `waktu_habis` closes it at its deadline (auto-submit), `peserta` now.
 * Only a running attempt is closed (conditional update: one winner between the job, a read and the participant).
 */
export async function tutupPercobaan(ctx: Konteks, tx: Db, id: number, cara: 'peserta' | 'waktu_habis'): Promise<boolean> {
  const c = await tx.maybeOne<BarisPercobaan>(sql`select ${KOLOM_PERCOBAAN} from percobaan_ujian c where c.instansi_id = ${ctx.instansiId} and c.id = ${id}
    and c.status = 'berjalan' for update`);
  if (!c) return false;
  const tes = await ambilTes(tx, ctx.instansiId, c.tesId);
  const versi = await bacaVersiSusunan(tx, ctx.instansiId, c.susunan);
  const jawaban = new Map((await tx.many<{ urutan: number, pilihan: string[] }>(sql`select urutan, pilihan from jawaban_ujian
    where instansi_id = ${ctx.instansiId} and percobaan_id = ${id}`)).map((j) => [j.urutan, j.pilihan]));
  const nilai = nilaiPercobaan(tes, c.susunan, versi, jawaban);
  const selesai = cara === 'waktu_habis' ? c.batasPada : new Date(Math.min(ctx.sekarang().getTime(), c.batasPada.getTime()));
  await tx.run(sql`update percobaan_ujian set status = 'selesai', cara_selesai = ${cara}, selesai_pada = ${selesai}, nilai = ${JSON.stringify(nilai)}::jsonb,
    total = ${nilai.total}, lulus = ${nilai.lulus} where instansi_id = ${ctx.instansiId} and id = ${id}`);
  await catatAudit(denganDb(ctx, tx), { aksi: cara === 'peserta' ? 'percobaan_ujian.selesai' : 'percobaan_ujian.waktu_habis', entitas: 'percobaan_ujian', entitasId: id,
    pegawaiId: c.pegawaiId, sesudah: { tes: tes.judul, total: nilai.total, lulus: nilai.lulus, dijawab: jawaban.size } });
  if (nilai.lulus) await catatDiklatTes(ctx, tx, c, tes, selesai);
  return true;
}

/**
 * Auto-submit: every running attempt past its deadline is closed with every saved answer counted.
 * Run by the server's scheduler and before any read of attempts (`pegawaiId` narrows it to one
 * person's, `tesId` to one test's), so a result never waits for the job.
 */
export async function tutupPercobaanKedaluwarsa(db: Db, instansiId: number, sekarang: Date, saring: { pegawaiId?: number, tesId?: number } = {}): Promise<number> {
  const ids = await db.many<{ id: number }>(sql`select id from percobaan_ujian where instansi_id = ${instansiId} and status = 'berjalan' and batas_pada <= ${sekarang}
    and (${saring.pegawaiId ?? null}::bigint is null or pegawai_id = ${saring.pegawaiId ?? null})
    and (${saring.tesId ?? null}::bigint is null or tes_id = ${saring.tesId ?? null}) order by id limit 2000`);
  if (!ids.length) return 0;
  const ctx = { ...(await konteksSistemInstansi(db, instansiId, 'penutup-ujian')), sekarang: () => sekarang };
  let n = 0;
  for (const { id } of ids) if (await db.transaction((tx) => tutupPercobaan(ctx, tx, id, 'waktu_habis'))) n++;
  return n;
}

/** Every instansi's expired attempts (the scheduler's pass). */
export async function tutupSemuaPercobaanKedaluwarsa(db: Db, sekarang: Date): Promise<number> {
  const rows = await db.many<{ instansiId: number }>(sql`select distinct instansi_id as "instansiId" from percobaan_ujian where status = 'berjalan'
    and batas_pada <= ${sekarang}`);
  let n = 0;
  for (const r of rows) n += await tutupPercobaanKedaluwarsa(db, r.instansiId, sekarang);
  return n;
}

/** The attempt as the participant sees it: items in the drawn order, options shuffled, no keys, their saved answers, the server's time left. */
export async function tampilPercobaan(ctx: Konteks, c: BarisPercobaan, tes: BarisTes) {
  const versi = await bacaVersiSusunan(ctx.db, ctx.instansiId, c.susunan);
  const jawaban = new Map((await ctx.db.many<{ urutan: number, pilihan: string[], nomor: number }>(sql`select urutan, pilihan, nomor from jawaban_ujian
    where instansi_id = ${ctx.instansiId} and percobaan_id = ${c.id}`)).map((j) => [j.urutan, j]));
  const nama = new Map(tes.kategori.map((k) => [k.kode, k.nama || namaKategori(k.kode)]));
  const sekarang = ctx.sekarang();
  return { id: c.id, tesId: c.tesId, judul: tes.judul, status: c.status, mulaiPada: c.mulaiPada, batasPada: c.batasPada, waktuServer: sekarang,
    sisaDetik: c.status === 'selesai' ? 0 : Math.max(0, Math.floor((c.batasPada.getTime() - sekarang.getTime()) / 1000)),
    butir: c.status === 'selesai' ? [] : c.susunan.map((s, i) => {
      const v = versi.get(`${s.butirId}:${s.versi}`)!;
      const teks = new Map(v.opsi.map((o) => [o.id, o.teks]));
      const j = jawaban.get(i);
      return { urutan: i, kategori: s.kategori, namaKategori: nama.get(s.kategori) ?? s.kategori, teks: v.teks, jenis: v.jenis, adaGambar: v.gambarId !== null,
        opsi: s.opsi.map((id) => ({ id, teks: teks.get(id) ?? '' })), pilihan: j?.pilihan ?? [], nomor: j?.nomor ?? 0 };
    }) };
}

/** Notes a device or address not seen before in a running attempt (a signal for the proctor, never a penalty). */
export async function catatPerangkat(ctx: Konteks, tx: Db, c: Pick<BarisPercobaan, 'id' | 'perangkat' | 'alamat'>, perangkat: string | undefined) {
  const alamat = ctx.alamatIp ?? null;
  const perangkatBaru = perangkat && !c.perangkat.includes(perangkat);
  const alamatBaru = alamat && !c.alamat.includes(alamat);
  if (!perangkatBaru && !alamatBaru) return;
  await tx.run(
    sql`update percobaan_ujian set perangkat = case when ${perangkatBaru ? perangkat : null}::text is null then perangkat else array_append(perangkat, ${perangkat ?? null}) end,
    alamat_ip = case when ${alamatBaru ? alamat : null}::text is null then alamat_ip else array_append(alamat_ip, ${alamat}) end
    where instansi_id = ${ctx.instansiId} and id = ${c.id}`,
  );
  if (perangkatBaru && c.perangkat.length) {
    await tx.run(sql`insert into sinyal_ujian (instansi_id, percobaan_id, jenis, rincian, pada) values (${ctx.instansiId}, ${c.id}, 'perangkat_lain',
      ${`perangkat ke-${c.perangkat.length + 1}`}, ${ctx.sekarang()})`);
  }
  if (alamatBaru && c.alamat.length) {
    await tx.run(sql`insert into sinyal_ujian (instansi_id, percobaan_id, jenis, rincian, pada) values (${ctx.instansiId}, ${c.id}, 'alamat_lain',
      ${`alamat ke-${c.alamat.length + 1}: ${alamat}`}, ${ctx.sekarang()})`);
  }
}

/**
 * Starts the test (a new attempt: items drawn and shuffled from a fresh cryptographic seed saved
 * with it) or resumes the running one (a finished one answers with status selesai and no items). One attempt per test, one running attempt at a time; only
 * within the test's window and for those it is assigned to. The attempt's deadline is the test's
 * minutes from the start, never past the window's close.
 */
export async function mulaiPercobaan(ctx: Konteks, tesId: number, masukan: unknown) {
  const f = uraikan(skemaMulai, masukan, 'Permintaan belum benar.');
  const pegawaiId = await pegawaiPeserta(ctx);
  await tutupPercobaanKedaluwarsa(ctx.db, ctx.instansiId, ctx.sekarang(), { pegawaiId });
  let baru: AturanPercobaan | null = null;
  const id = await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const tes = await tx.maybeOne<BarisTes>(sql`select t.id from tes_ujian t join pegawai p on p.instansi_id = t.instansi_id and p.id = ${pegawaiId}
      where t.instansi_id = ${ctx.instansiId} and t.id = ${tesId} and ${syaratSasaran()}`);
    if (!tes) throw tidakDitemukan(`Tes nomor ${tesId} tidak ditemukan.`);
    const t = await ambilTes(tx, ctx.instansiId, tesId);
    const ada = await tx.maybeOne<BarisPercobaan>(sql`select ${KOLOM_PERCOBAAN} from percobaan_ujian c where c.instansi_id = ${ctx.instansiId} and c.tes_id = ${tesId}
      and c.pegawai_id = ${pegawaiId} for update`);
    if (ada) {
      // A finished attempt (submitted, or closed at its deadline while the tab was shut) answers as finished: the page opens its result.
      if (ada.status === 'selesai') return ada.id;
      await catatPerangkat(c, tx, ada, f.perangkat);
      return ada.id;
    }
    const sekarang = ctx.sekarang();
    if (sekarang < t.dibukaPada) throw konflik('Tes ini belum dibuka.');
    if (sekarang >= t.ditutupPada) throw konflik('Waktu pelaksanaan tes ini sudah berakhir.');
    const lain = await tx.maybeOne<{ judul: string }>(sql`select t.judul from percobaan_ujian c join tes_ujian t on t.instansi_id = c.instansi_id and t.id = c.tes_id
      where c.instansi_id = ${ctx.instansiId} and c.pegawai_id = ${pegawaiId} and c.status = 'berjalan'`);
    if (lain) throw konflik(`Anda masih mengerjakan tes "${lain.judul}". Selesaikan tes itu terlebih dahulu.`);
    const bank = await tx.many<{ id: string, kategori: string, versi: number, opsi: { id: string }[], acakOpsi: boolean, jenis: string }>(sql`
      select s.id::text as id, s.kategori, s.versi, v.opsi, v.acak_opsi as "acakOpsi", v.jenis
        from butir_soal s join versi_butir v on v.instansi_id = s.instansi_id and v.butir_id = s.id and v.versi = s.versi
        join jsonb_to_recordset(${JSON.stringify(t.kategori.map((k) => ({ kode: k.kode, bank: k.bankId })))}::jsonb) as k(kode text, bank bigint)
          on k.kode = s.kategori and k.bank = s.bank_id
       where s.instansi_id = ${ctx.instansiId} and s.status = 'aktif'`);
    const benih = randomBytes(32).toString('hex');
    const h = susunUjian(aturanTes(t), bank.map((b) => ({ id: b.id, kategori: b.kategori, opsi: b.opsi.map((o) => o.id), acakOpsi: b.acakOpsi })), benih);
    if (!h.ok) throw konflik(`Tes ini belum dapat dimulai: ${h.alasan}. Hubungi pengelola tes.`);
    const versi = new Map(bank.map((b) => [b.id, b.versi]));
    const susunan: ButirSusunan[] = h.nilai.butir.map((b) => ({ butirId: Number(b.id), versi: versi.get(b.id)!, kategori: b.kategori, opsi: b.opsi }));
    const batas = new Date(Math.min(sekarang.getTime() + t.menit * 60_000, t.ditutupPada.getTime()));
    const r = await tx.one<{ id: number }>(
      sql`insert into percobaan_ujian (instansi_id, tes_id, pegawai_id, benih, versi_acak, susunan, mulai_pada, batas_pada, perangkat, alamat_ip)
      values (${ctx.instansiId}, ${tesId}, ${pegawaiId}, ${benih}, ${VERSI_ACAK_UJIAN}, ${JSON.stringify(susunan)}::jsonb, ${sekarang}, ${batas},
              ${[f.perangkat]}::text[], ${ctx.alamatIp ? [ctx.alamatIp] : []}::text[]) returning id`,
    );
    await catatAudit(c, { aksi: 'percobaan_ujian.mulai', entitas: 'percobaan_ujian', entitasId: r.id, pegawaiId,
      sesudah: { tes: t.judul, butir: susunan.length, batas: batas.toISOString() } });
    const jenis = new Map(bank.map((b) => [b.id, b.jenis]));
    baru = { pegawaiId, batasPada: batas, butir: susunan.map((s) => ({ opsi: s.opsi, tunggal: jenis.get(String(s.butirId)) === 'tunggal' })),
      perangkat: new Set(f.perangkat ? [f.perangkat] : []), alamat: new Set(ctx.alamatIp ? [ctx.alamatIp] : []) };
    return r.id;
  });
  // Committed: the attempt's first answer checks against these without reading them.
  if (baru) ingatAturanPercobaan(ctx.db, ctx.instansiId, id, baru);
  return ambilPercobaan(ctx, id);
}

/** The caller's own attempt (closed first when its time is up). */
export async function ambilPercobaan(ctx: Konteks, id: number) {
  const pegawaiId = await pegawaiPeserta(ctx);
  await tutupPercobaanKedaluwarsa(ctx.db, ctx.instansiId, ctx.sekarang(), { pegawaiId });
  const c = await ctx.db.maybeOne<BarisPercobaan>(sql`select ${KOLOM_PERCOBAAN} from percobaan_ujian c where c.instansi_id = ${ctx.instansiId} and c.id = ${id}
    and c.pegawai_id = ${pegawaiId}`);
  if (!c) throw tidakDitemukan(`Tes yang Anda kerjakan (nomor ${id}) tidak ditemukan.`);
  return tampilPercobaan(ctx, c, await ambilTes(ctx.db, ctx.instansiId, c.tesId));
}

/** The participant submits before the time is up. */
export async function selesaikanPercobaan(ctx: Konteks, id: number) {
  const pegawaiId = await pegawaiPeserta(ctx);
  await tutupPercobaanKedaluwarsa(ctx.db, ctx.instansiId, ctx.sekarang(), { pegawaiId });
  await ctx.db.transaction(async (tx) => {
    const c = await tx.maybeOne<{ status: string }>(sql`select status from percobaan_ujian where instansi_id = ${ctx.instansiId} and id = ${id}
      and pegawai_id = ${pegawaiId}`);
    if (!c) throw tidakDitemukan(`Tes yang Anda kerjakan (nomor ${id}) tidak ditemukan.`);
    if (c.status === 'selesai') return;
    await tutupPercobaan(denganDb(ctx, tx), tx, id, 'peserta');
  });
  return ambilPercobaan(ctx, id);
}

/** The image of an item of the caller's own running (or finished) attempt, by its place. */
export async function ambilGambarPercobaan(ctx: Konteks, id: number, urutan: number) {
  const pegawaiId = await pegawaiPeserta(ctx);
  const d = await ctx.db.maybeOne<{ jenisMime: string, isi: Uint8Array }>(sql`
    select d.jenis_mime as "jenisMime", d.isi from percobaan_ujian c
      join versi_butir v on v.instansi_id = c.instansi_id and v.butir_id = (c.susunan->(${urutan}::int)->>'butirId')::bigint
        and v.versi = (c.susunan->(${urutan}::int)->>'versi')::int
      join dokumen_bukti d on d.instansi_id = v.instansi_id and d.id = v.gambar_id
     where c.instansi_id = ${ctx.instansiId} and c.id = ${id} and c.pegawai_id = ${pegawaiId}`);
  if (!d) throw tidakDitemukan('Gambar soal tidak ditemukan.');
  return { jenisMime: d.jenisMime, isi: Buffer.from(d.isi) };
}
