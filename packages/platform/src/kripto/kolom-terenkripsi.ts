import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join as gabungPath } from 'node:path';
import { join, raw, sql, type Db } from '@simasn/db';
import { petakanDataPribadi, petakanTeks, POLA_MUNGKIN_PRIBADI_SQL } from '@simasn/domain';
import { AWALAN_SANDI, CincinKunci, GalatKunci, kunciDariEnv, kunciDariTeks, KunciData, pasangKunciData } from './kunci-data.ts';

/**
 * A column kept encrypted at rest, declared by the module that owns its table (kepegawaian:
 * `pegawai.nik`, `pegawai.alamat`, `pegawai.telepon`, `keluarga.nik`; layanan:
 * `kependudukan_lokal.nik`, `no_kk`). `indeks` names the blind-index column an exact search uses.
 * Rows are keyed by (instansi_id, id). The owner encrypts on write and decrypts in its
 * data-access code; this file holds what works on all of them at once: the start-up check, the
 * encryption of rows stored in clear before encryption existed, and the key rotation.
 */
export interface KolomTerenkripsi {
  tabel: string;
  kolom: string;
  indeks?: { kolom: string, ranah: string };
  /**
   * A jsonb column (a proposal's data) whose top-level isian named here hold personal data:
   * each of those values is encrypted on its own (authenticated data `tabel.kolom.isian`).
   */
  json?: readonly string[];
  /**
   * A jsonb column of free-form data (a service request's data): every value the one rule of
   * personal data finds in it (packages/domain data-pribadi.ts: personal keys at any depth, family
   * containers, texts holding a NIK) is encrypted on its own (authenticated data `tabel.kolom`).
   */
  pribadi?: true;
}

/** The additional authenticated data of a column's values (of one isian, in a jsonb column). */
export const aadKolom = (k: Pick<KolomTerenkripsi, 'tabel' | 'kolom'>, isian?: string) => `${k.tabel}.${k.kolom}${isian ? `.${isian}` : ''}`;

/** A jsonb column's object with its personal isian encrypted (`cincin`: the installed keys by default). */
export function sandikanJson(k: KolomTerenkripsi, data: Record<string, unknown> | null, cincin: CincinKunci): Record<string, unknown> | null {
  if (!data) return data;
  const hasil = { ...data };
  for (const f of k.json ?? []) {
    const v = hasil[f];
    if (typeof v === 'string' && v !== '') hasil[f] = cincin.enkripsi(cincin.dekripsi(v, aadKolom(k, f)), aadKolom(k, f));
  }
  return hasil;
}

/** The same object in clear. */
export function bukaJson(k: KolomTerenkripsi, data: Record<string, unknown> | null, cincin: CincinKunci): Record<string, unknown> | null {
  if (!data) return data;
  const hasil = { ...data };
  for (const f of k.json ?? []) {
    const v = hasil[f];
    if (typeof v === 'string') hasil[f] = cincin.dekripsi(v, aadKolom(k, f));
  }
  return hasil;
}

/**
 * Free-form data as stored: every personal value encrypted under the primary key. `baru`: data
 * from input, where a text that merely looks like a ciphertext is encrypted too (so it reads back
 * as typed); otherwise (stored data) a ciphertext is re-encrypted only when another key wrote it.
 */
export function sandikanDataPribadi<T>(k: KolomTerenkripsi, data: T, cincin: CincinKunci, opsi: { baru: boolean }): T {
  const aad = aadKolom(k);
  const awalanUtama = `${AWALAN_SANDI}${cincin.utama.id}:`;
  const tulis = (v: string | number) => {
    const s = String(v);
    if (!opsi.baru && s.startsWith(AWALAN_SANDI)) return s.startsWith(awalanUtama) ? v : cincin.enkripsi(cincin.dekripsi(s, aad), aad);
    return cincin.enkripsi(s, aad);
  };
  return petakanDataPribadi(data, tulis, (t) => (t.startsWith(AWALAN_SANDI) ? tulis(t) : t));
}

/** Free-form stored data in clear (every ciphertext in it opened). */
export function bukaDataPribadi<T>(k: KolomTerenkripsi, data: T, cincin: CincinKunci): T {
  const aad = aadKolom(k);
  return petakanTeks(data, (t) => (t.startsWith(AWALAN_SANDI) ? cincin.dekripsi(t, aad) : t));
}

/** How many personal values of free-form stored data are still in clear. */
export function hitungNilaiJelas(data: unknown): number {
  let n = 0;
  petakanDataPribadi(data, (v) => {
    if (!String(v).startsWith(AWALAN_SANDI)) n++;
    return v;
  });
  return n;
}

/** SQL: a free-form jsonb column may hold a personal value (the rule's cheap filter); the rule itself runs in code. */
const mungkinPribadi = (k: KolomTerenkripsi) => sql`${raw(k.kolom)}::text ~* ${POLA_MUNGKIN_PRIBADI_SQL}`;

const bacaJson = (v: unknown): Record<string, unknown> | null => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown> | null;

/** SQL: a jsonb column holds one of the personal isian in clear. */
const jsonJelas = (k: KolomTerenkripsi) =>
  sql`exists (select 1 from jsonb_each(${raw(k.kolom)}) e where e.key = any(${[...k.json!]}) and jsonb_typeof(e.value) = 'string' and e.value #>> '{}' <> ''
               and e.value #>> '{}' not like ${`${AWALAN_SANDI}%`})`;

export interface KeadaanSandi {
  /** Values per key id. */
  perKunci: Record<string, number>;
  /** Values still in clear (stored before encryption). */
  jelas: number;
}

/** What the encrypted columns hold: how many values under each key, how many still in clear. */
export async function periksaSandiTersimpan(db: Db, daftar: readonly KolomTerenkripsi[]): Promise<KeadaanSandi> {
  const hasil: KeadaanSandi = { perKunci: {}, jelas: 0 };
  for (const k of daftar) {
    if (k.pribadi) {
      for (const r of await db.many<{ kunci: string, n: number }>(sql`
        select m[1] as kunci, count(*)::int as n from ${raw(k.tabel)}, regexp_matches(${raw(k.kolom)}::text, ${`${AWALAN_SANDI}([^:"]+):`}, 'g') as m group by 1`)) {
        hasil.perKunci[r.kunci] = (hasil.perKunci[r.kunci] ?? 0) + r.n;
      }
      for (const r of await db.many<{ d: unknown }>(sql`select ${raw(k.kolom)} as d from ${raw(k.tabel)} where ${mungkinPribadi(k)}`)) {
        hasil.jelas += hitungNilaiJelas(bacaJson(r.d));
      }
      continue;
    }
    if (k.json) {
      for (const r of await db.many<{ kunci: string, n: number }>(sql`
        select m[1] as kunci, count(*)::int as n from ${raw(k.tabel)}, regexp_matches(${raw(k.kolom)}::text, ${`${AWALAN_SANDI}([^:"]+):`}, 'g') as m group by 1`)) {
        hasil.perKunci[r.kunci] = (hasil.perKunci[r.kunci] ?? 0) + r.n;
      }
      hasil.jelas += (await db.one<{ n: number }>(sql`
        select count(*)::int as n from ${raw(k.tabel)}, jsonb_each(${raw(k.kolom)}) e
         where e.key = any(${[...k.json]}) and jsonb_typeof(e.value) = 'string' and e.value #>> '{}' <> '' and e.value #>> '{}' not like ${`${AWALAN_SANDI}%`}`)).n;
      continue;
    }
    const rows = await db.many<{ kunci: string | null, n: number }>(sql`
      select case when ${raw(k.kolom)} like ${`${AWALAN_SANDI}%`} then split_part(${raw(k.kolom)}, ':', 3) end as kunci, count(*)::int as n
        from ${raw(k.tabel)} where ${raw(k.kolom)} is not null group by 1`);
    for (const r of rows) {
      if (r.kunci === null) hasil.jelas += r.n;
      else hasil.perKunci[r.kunci] = (hasil.perKunci[r.kunci] ?? 0) + r.n;
    }
  }
  return hasil;
}

function perTabel(daftar: readonly KolomTerenkripsi[]): Map<string, KolomTerenkripsi[]> {
  const m = new Map<string, KolomTerenkripsi[]>();
  for (const k of daftar) m.set(k.tabel, [...(m.get(k.tabel) ?? []), k]);
  return m;
}

/**
 * Rewrites, in batches of `batch` rows each in its own transaction, every value not stored under
 * the primary key (`sasaran: 'bukan-utama'`: rotation) or only those still in clear
 * (`'jelas'`: the start-up migration of older data), with their blind indexes. Rows are locked
 * while rewritten; values keep their meaning, so `versi` is left alone. Safe to interrupt and run
 * again: each batch is whole or not at all, and what is done no longer matches.
 */
export async function sandikanUlang(db: Db, daftar: readonly KolomTerenkripsi[], cincin: CincinKunci,
  opsi: { sasaran: 'jelas' | 'bukan-utama', batch?: number, progres?: (tabel: string, selesai: number) => void }): Promise<Record<string, number>>
{
  const batch = opsi.batch ?? 500;
  const awalanUtama = `${AWALAN_SANDI}${cincin.utama.id}:%`;
  const hasil: Record<string, number> = {};
  for (const [tabel, semuaKolom] of perTabel(daftar)) {
    // A free-form column (the rule decides in code) is walked on its own, in the list's order.
    for (const k of semuaKolom.filter((x) => x.pribadi)) hasil[tabel] = (hasil[tabel] ?? 0) + await sandikanUlangPribadi(db, k, cincin, { ...opsi, batch });
    const kolom = semuaKolom.filter((x) => !x.pribadi);
    if (!kolom.length) continue;
    const perlu = join(kolom.map((k) => {
      const c = raw(k.kolom);
      if (k.json) {
        return opsi.sasaran === 'jelas' ? jsonJelas(k) : sql`(${jsonJelas(k)} or replace(${c}::text, ${`${AWALAN_SANDI}${cincin.utama.id}:`}, '') like ${`%${AWALAN_SANDI}%`})`;
      }
      const isi = opsi.sasaran === 'jelas' ? sql`(${c} is not null and ${c} not like ${`${AWALAN_SANDI}%`})` : sql`(${c} is not null and ${c} not like ${awalanUtama})`;
      return k.indeks ? sql`${isi} or (${c} is not null and ${raw(k.indeks.kolom)} is null)` : isi;
    }), ' or ');
    const nama = kolom.flatMap((k) => k.indeks ? [k.kolom, k.indeks.kolom] : [k.kolom]);
    let selesai = 0;
    const sudah = new Set<string>();
    for (;;) {
      const n = await db.transaction(async (tx) => {
        const rows = await tx.many<Record<string, string | null> & { instansi_id: number, id: number }>(sql`
          select instansi_id, id, ${raw(kolom.map((k) => k.kolom).join(', '))} from ${raw(tabel)}
           where ${perlu} order by instansi_id, id limit ${batch} for update`);
        if (!rows.length) return 0;
        for (const r of rows) {
          // A row rewritten once no longer matches; seeing it again would loop for ever.
          if (sudah.has(`${r.instansi_id}:${r.id}`)) throw new Error(`${tabel} #${r.id}: nilai terenkripsi tidak berubah setelah ditulis ulang`);
          sudah.add(`${r.instansi_id}:${r.id}`);
        }
        const baru = rows.map((r) => {
          const o: Record<string, unknown> = { instansi_id: r.instansi_id, id: r.id };
          for (const k of kolom) {
            if (k.json) {
              const d = sandikanJson(k, bacaJson(r[k.kolom]), cincin);
              o[k.kolom] = d == null ? null : JSON.stringify(d);
              continue;
            }
            const v = r[k.kolom];
            const jelas = v == null ? null : cincin.dekripsi(v, aadKolom(k));
            o[k.kolom] = jelas == null ? null : cincin.enkripsi(jelas, aadKolom(k));
            if (k.indeks) o[k.indeks.kolom] = jelas == null ? null : cincin.indeks(k.indeks.ranah, jelas);
          }
          return o;
        });
        await tx.run(sql`
          update ${raw(tabel)} t set ${raw(nama.map((c) => `${c} = x.${c}${kolom.some((k) => k.json && k.kolom === c) ? '::jsonb' : ''}`).join(', '))}
            from json_to_recordset(${JSON.stringify(baru)}::json) as x(instansi_id bigint, id bigint, ${raw(nama.map((c) => `${c} text`).join(', '))})
           where t.instansi_id = x.instansi_id and t.id = x.id`);
        return rows.length;
      });
      if (!n) break;
      selesai += n;
      opsi.progres?.(tabel, selesai);
    }
    hasil[tabel] = selesai;
  }
  return hasil;
}

/**
 * `sandikanUlang` for a free-form column: which values are personal is decided by the rule in
 * code, so the rows are walked by key (a cursor, not "what still matches"), each batch locked and
 * rewritten in its own transaction; only rows that change are written.
 */
async function sandikanUlangPribadi(db: Db, k: KolomTerenkripsi, cincin: CincinKunci,
  opsi: { sasaran: 'jelas' | 'bukan-utama', batch: number, progres?: (tabel: string, selesai: number) => void }): Promise<number>
{
  const c = raw(k.kolom);
  const perlu = opsi.sasaran === 'jelas' ?
    mungkinPribadi(k) :
    sql`(${mungkinPribadi(k)} or replace(${c}::text, ${`${AWALAN_SANDI}${cincin.utama.id}:`}, '') like ${`%${AWALAN_SANDI}%`})`;
  let selesai = 0;
  let setelah: [number, number] = [0, 0];
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const rows = await tx.many<{ instansi_id: number, id: number, d: unknown }>(sql`
        select instansi_id, id, ${c} as d from ${raw(k.tabel)}
         where (instansi_id, id) > (${setelah[0]}, ${setelah[1]}) and ${perlu} order by instansi_id, id limit ${opsi.batch} for update`);
      if (!rows.length) return null;
      const last = rows.at(-1)!;
      setelah = [Number(last.instansi_id), Number(last.id)];
      const baru = rows.flatMap((r) => {
        const d = bacaJson(r.d);
        const s = sandikanDataPribadi(k, d, cincin, { baru: false });
        return s === d ? [] : [{ instansi_id: r.instansi_id, id: r.id, d: JSON.stringify(s) }];
      });
      if (baru.length) {
        await tx.run(sql`
          update ${raw(k.tabel)} t set ${c} = x.d::jsonb
            from json_to_recordset(${JSON.stringify(baru)}::json) as x(instansi_id bigint, id bigint, d text)
           where t.instansi_id = x.instansi_id and t.id = x.id`);
      }
      return baru.length;
    });
    if (n === null) break;
    selesai += n;
    if (n) opsi.progres?.(k.tabel, selesai);
  }
  return selesai;
}

/** The key file of the embedded database (PGlite): first line the primary key, further lines older keys during a rotation. */
export const berkasKunci = (dataDir: string) => gabungPath(dataDir, 'kunci-data');

export function bacaBerkasKunci(berkas: string): CincinKunci {
  const [utama, ...lama] = kunciDariTeks(readFileSync(berkas, 'utf8'), berkas);
  if (!utama) throw new GalatKunci(`Berkas kunci ${berkas} kosong.`);
  return new CincinKunci(utama, lama);
}

/** Writes the key file with owner-only permissions (0600), replacing it. */
export function tulisBerkasKunci(berkas: string, kunciBase64: string[]): void {
  writeFileSync(berkas, `${kunciBase64.join('\n')}\n`, { mode: 0o600 });
}

export interface OpsiSiapkanKunci {
  daftar: readonly KolomTerenkripsi[];
  env?: NodeJS.ProcessEnv;
  /** The PGlite data folder (a key file is created there on first start); null on PostgreSQL. */
  dataDir: string | null;
  log?: (pesan: string) => void;
  /** Encrypt values still in clear (default true). */
  sandikanDataJelas?: boolean;
}

/**
 * At start (server, CLI): finds the keys (environment, else the embedded database's key file,
 * created on first start), refuses to go on when the database holds values under a key that is
 * not there (a clear Indonesian message; no key material in it), installs the keys, and encrypts
 * what is still in clear.
 */
export async function siapkanKunciData(db: Db, opsi: OpsiSiapkanKunci): Promise<CincinKunci> {
  const log = opsi.log ?? (() => {});
  const keadaan = await periksaSandiTersimpan(db, opsi.daftar);
  const adaSandi = Object.keys(keadaan.perKunci).length > 0;
  let cincin = kunciDariEnv(opsi.env ?? process.env);
  if (!cincin && opsi.dataDir) {
    const berkas = berkasKunci(opsi.dataDir);
    if (existsSync(berkas)) {
      cincin = bacaBerkasKunci(berkas);
      if ((statSync(berkas).mode & 0o077) !== 0) log(`Peringatan: berkas kunci ${berkas} dapat dibaca pengguna lain; jalankan "chmod 600 ${berkas}".`);
    } else if (!adaSandi) {
      const { kunci, base64 } = KunciData.acak();
      tulisBerkasKunci(berkas, [base64]);
      cincin = new CincinKunci(kunci);
      log(`Kunci enkripsi data dibuat di ${berkas} (id ${kunci.id}); simpan salinannya di tempat aman: tanpa kunci ini NIK, alamat dan telepon tidak dapat dibaca.`);
    }
  }
  if (!cincin) {
    throw new GalatKunci(
      adaSandi
        ? `Basis data berisi data pribadi terenkripsi (NIK, alamat, telepon), tetapi kunci enkripsi data tidak ditemukan. Isi SIMASN_KUNCI_DATA dengan kunci yang dipakai saat data disimpan${
          opsi.dataDir ? ` atau kembalikan berkas ${berkasKunci(opsi.dataDir)} dari cadangan` : ''
        }. SIMASN tidak dijalankan.`
        : 'Kunci enkripsi data belum diisi. Pada PostgreSQL isi SIMASN_KUNCI_DATA dengan 32 byte acak dalam base64 (mis. "openssl rand -base64 32") dan simpan cadangannya; lihat README bagian Kunci enkripsi data.',
    );
  }
  const asing = Object.entries(keadaan.perKunci).filter(([id]) => !cincin.kenal(id));
  if (asing.length) {
    throw new GalatKunci(
      `Basis data berisi data pribadi terenkripsi dengan kunci ${asing.map(([id, n]) => `${id} (${n} nilai)`).join(', ')} yang tidak terpasang (kunci terpasang: ${
        cincin.semua.map((k) => k.id).join(', ')
      }). Isi SIMASN_KUNCI_DATA, atau SIMASN_KUNCI_DATA_LAMA selama rotasi, dengan kunci yang benar. SIMASN tidak dijalankan.`,
    );
  }
  pasangKunciData(cincin);
  if (keadaan.jelas > 0 && opsi.sandikanDataJelas !== false) {
    const h = await sandikanUlang(db, opsi.daftar, cincin, { sasaran: 'jelas' });
    log(`Data pribadi yang masih tersimpan terbuka dienkripsi: ${Object.entries(h).map(([t, n]) => `${t} ${n} baris`).join(', ')}.`);
  }
  return cincin;
}
