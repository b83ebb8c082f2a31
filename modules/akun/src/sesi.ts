import { createHash, randomBytes } from 'node:crypto';
import { disiapkan, sql, type Db } from '@simasn/db';
import { type Pemanggil, type Peran, versiSemuaInstansi } from '@simasn/platform';

/** A session ends after 12 hours, or after 2 hours without activity. */
export const UMUR_SESI_JAM = 12;
export const BATAS_DIAM_MENIT = 120;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SesiBaru {
  /** Cookie value: `<instansi_id>.<token>`. */
  cookie: string;
  tokenCsrf: string;
  kedaluwarsa: Date;
}

export async function buatSesi(db: Db, instansiId: number, akunId: number, info: { alamatIp?: string | null, agen?: string | null }, sekarang = new Date()): Promise<SesiBaru> {
  const token = randomBytes(32).toString('base64url');
  const tokenCsrf = randomBytes(24).toString('base64url');
  const kedaluwarsa = new Date(sekarang.getTime() + UMUR_SESI_JAM * 3600_000);
  await db.run(sql`
    insert into sesi (instansi_id, id, akun_id, token_csrf, dibuat_pada, aktif_terakhir, kedaluwarsa_pada, alamat_ip, agen_pengguna)
    values (${instansiId}, ${hashToken(token)}, ${akunId}, ${tokenCsrf}, ${sekarang}, ${sekarang}, ${kedaluwarsa},
            ${info.alamatIp ?? null}, ${(info.agen ?? '').slice(0, 300) || null})`);
  return { cookie: `${instansiId}.${token}`, tokenCsrf, kedaluwarsa };
}

function pecahCookie(cookie: string): { instansiId: number, id: string } | null {
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(cookie);
  return m ? { instansiId: Number(m[1]), id: hashToken(m[2]!) } : null;
}

export interface SesiAktif {
  pemanggil: Pemanggil;
  tokenCsrf: string;
  harusGantiSandi: boolean;
}

/** A session as read from the database, with the instants the cache checks on every hit. */
interface SesiTerbaca extends SesiAktif {
  kedaluwarsa: number;
  aktifTerakhir: number;
}

/** The session row joined with its account, roles (and their units) and the account's pegawai. */
async function bacaSesiDb(db: Db, k: { instansiId: number, id: string }, sekarang: Date): Promise<SesiTerbaca | null> {
  const batasDiam = new Date(sekarang.getTime() - BATAS_DIAM_MENIT * 60_000);
  const r = await db.maybeOne<
    { akun_id: number, nama_pengguna: string, nama_tampilan: string, pegawai_id: number | null, jalur_sendiri: string | null, token_csrf: string, aktif_terakhir: Date,
      kedaluwarsa_pada: Date, harus_ganti_sandi: boolean, peran: { peran: Peran, unitId: number | null, jalurUnit: string | null }[] | string }
  >(disiapkan(sql`
    select a.id as akun_id, a.nama_pengguna, a.nama_tampilan, a.pegawai_id, p.jalur_unit as jalur_sendiri,
           s.token_csrf, s.aktif_terakhir, s.kedaluwarsa_pada, a.harus_ganti_sandi,
           coalesce((select json_agg(json_build_object('peran', ap.peran, 'unitId', ap.unit_id, 'jalurUnit', u.jalur) order by ap.peran)
                       from akun_peran ap
                       left join unit_organisasi u on u.instansi_id = ap.instansi_id and u.id = ap.unit_id
                      where ap.instansi_id = a.instansi_id and ap.akun_id = a.id), '[]'::json) as peran
      from sesi s
      join akun a on a.instansi_id = s.instansi_id and a.id = s.akun_id
      left join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
     where s.instansi_id = ${k.instansiId} and s.id = ${k.id}
       and s.kedaluwarsa_pada > ${sekarang} and s.aktif_terakhir > ${batasDiam} and a.aktif`));
  if (!r) return null;
  let aktifTerakhir = new Date(r.aktif_terakhir).getTime();
  // Refresh the idle clock at most once a minute: a busy page must not write on every request.
  if (sekarang.getTime() - aktifTerakhir > JEDA_SENTUH_MS) {
    await sentuhSesi(db, k, sekarang);
    aktifTerakhir = sekarang.getTime();
  }
  const peran = (typeof r.peran === 'string' ? JSON.parse(r.peran) : r.peran) as SesiAktif['pemanggil']['peran'];
  return { tokenCsrf: r.token_csrf, harusGantiSandi: r.harus_ganti_sandi, kedaluwarsa: new Date(r.kedaluwarsa_pada).getTime(), aktifTerakhir,
    pemanggil: { akunId: r.akun_id, namaPengguna: r.nama_pengguna, namaTampilan: r.nama_tampilan, instansiId: k.instansiId, pegawaiId: r.pegawai_id,
      jalurUnitSendiri: r.jalur_sendiri, peran } };
}

/** The idle clock is written at most this often per session. */
export const JEDA_SENTUH_MS = 60_000;

/** Touches waiting in memory are written this long after the first of them (ms). */
export const TUNDA_TULIS_SENTUH_MS = 1_000;

interface Sentuhan {
  instansiId: number;
  id: string;
  sekarang: Date;
}

/** Touches of many sessions in one statement (each session's latest instant; never moved back). */
async function sentuhBanyak(db: Db, daftar: readonly Sentuhan[]): Promise<void> {
  await db.run(disiapkan(sql`
    update sesi s set aktif_terakhir = x.t
      from (select x.instansi_id, x.id, max(x.t) as t
              from jsonb_to_recordset(${JSON.stringify(daftar.map((d) => ({ instansi_id: d.instansiId, id: d.id, t: d.sekarang.toISOString() })))}::jsonb)
                as x(instansi_id bigint, id text, t timestamptz)
             group by x.instansi_id, x.id) x
     where s.instansi_id = x.instansi_id and s.id = x.id and s.aktif_terakhir < x.t`));
}

/**
 * The idle clocks waiting to be written for one database handle: the latest instant per session,
 * written together a moment later (TUNDA_TULIS_SENTUH_MS), never inside a request. A request only
 * notes its instant here: the morning peak's first request of each ASN used to wait for an UPDATE
 * and its commit flush, and rows of `sesi` locked by it.
 *
 * The touch only ever moves the idle clock forward, so nothing is weaker for it: a session is never
 * kept alive by a touch that was not made; at worst (the process dies with touches in memory) a
 * session's idle clock is up to TUNDA_TULIS_SENTUH_MS + JEDA_SENTUH_MS older than its last use,
 * and it ends that much earlier. For the same reason the touch is committed without waiting for
 * its WAL flush on PostgreSQL (synchronous_commit off for that transaction only).
 */
class AntreanSentuh {
  private readonly tunggu = new Map<string, Sentuhan>();
  private pewaktu: ReturnType<typeof setTimeout> | null = null;
  private berjalan: Promise<void> = Promise.resolve();
  /** Statements written (tests). */
  tulisan = 0;
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  catat(s: Sentuhan): void {
    const kunci = `${s.instansiId}.${s.id}`;
    const ada = this.tunggu.get(kunci);
    if (!ada || ada.sekarang.getTime() < s.sekarang.getTime()) this.tunggu.set(kunci, s);
    if (!this.pewaktu) {
      this.pewaktu = setTimeout(() => void this.tulis(), TUNDA_TULIS_SENTUH_MS);
      this.pewaktu.unref?.();
    }
  }

  /** Writes what waits now (after any write in flight); resolves when it is committed. */
  tulis(): Promise<void> {
    if (this.pewaktu) clearTimeout(this.pewaktu);
    this.pewaktu = null;
    const daftar = [...this.tunggu.values()];
    this.tunggu.clear();
    this.berjalan = this.berjalan.then(async () => {
      if (!daftar.length) return;
      this.tulisan++;
      try {
        await this.db.transaction(async (tx) => {
          if (tx.mesin === 'postgres') await tx.exec('set local synchronous_commit = off');
          await sentuhBanyak(tx, daftar);
        });
      } catch (e) {
        // Best effort (see above): a lost touch makes a session end earlier, never later.
        console.error('Jam aktif sesi tidak tersimpan:', e instanceof Error ? e.message : e);
      }
    });
    return this.berjalan;
  }
}

const antreanSentuh = new WeakMap<Db, AntreanSentuh>();

/**
 * Moves the session's idle clock forward (never back: another server process may have moved it
 * further), a moment later and outside the request (AntreanSentuh). Inside a caller's transaction
 * it writes there.
 */
async function sentuhSesi(db: Db, k: { instansiId: number, id: string }, sekarang: Date): Promise<void> {
  if (db.dalamTransaksi) {
    await sentuhBanyak(db, [{ ...k, sekarang }]);
    return;
  }
  let a = antreanSentuh.get(db);
  if (!a) {
    a = new AntreanSentuh(db);
    antreanSentuh.set(db, a);
  }
  a.catat({ ...k, sekarang });
}

/** Writes the idle clocks waiting in memory for this database handle and waits for them (shutdown, tests). */
export async function tulisSentuhanSesi(db: Db): Promise<void> {
  await antreanSentuh.get(db)?.tulis();
}

/** How many touch statements were written for this database handle (tests). */
export function jumlahTulisanSentuhSesi(db: Db): number {
  return antreanSentuh.get(db)?.tulisan ?? 0;
}

const tanpaWaktu = ({ kedaluwarsa: _k, aktifTerakhir: _a, ...sesi }: SesiTerbaca): SesiAktif => sesi;

/** Resolves a session cookie to the caller (roles and unit paths included), or null. Always reads the database. */
export async function bacaSesi(db: Db, cookie: string, sekarang = new Date()): Promise<SesiAktif | null> {
  const k = pecahCookie(cookie);
  if (!k) return null;
  const r = await bacaSesiDb(db, k, sekarang);
  return r ? tanpaWaktu(r) : null;
}

interface IsiCache {
  sesi: SesiAktif;
  instansiId: number;
  /** The instansi's 'sesi' version (`versi_data`) read before the session was. */
  versi: number;
  /** When it was read (the cache's own monotonic clock). */
  dibaca: number;
  kedaluwarsa: number;
  aktifTerakhir: number;
}

export interface OpsiCacheSesi {
  /** How long a resolved session may be served without reading it again, even with no change signalled (ms). */
  umurMs?: number;
  /** At most this many sessions are kept (the oldest go first). */
  maks?: number;
  /** The cache's clock for `umurMs` (monotonic ms); tests give their own. Session expiry and idle time follow the request's `sekarang`. */
  jam?: () => number;
}

/**
 * Resolved sessions kept in memory, keyed by the token's hash, so that an authenticated request
 * does not run the session join. Nothing weaker than reading the database each time:
 *
 * - Every request first reads the 'sesi' versions (`versi_data`, the one version table of the
 *   computed lists too), which triggers (migrations 0019, 0021) move at the commit of any change to what a session resolves to (logout, deactivation,
 *   password change or reset, roles, unit moves, the account's pegawai moving). The read starts
 *   after the request arrived, so a change committed before it is always seen, on every server
 *   process; requests that arrive while a read runs share the next one (one query per batch).
 * - A cached session whose instansi's counter moved is read again from the database.
 * - Expiry and the idle timeout are checked on every hit against the request's clock; when the
 *   cached idle clock says "idle too long" the database is asked (another process may have seen
 *   the session since), so the cache never extends a session.
 * - The idle clock is written at most once a minute per session (JEDA_SENTUH_MS).
 * - An entry older than `umurMs` (5 minutes) is read again anyway: a safety net, not the
 *   mechanism (a short one would make every ASN who opens the app every few minutes miss).
 */
export class CacheSesi {
  private readonly isi = new Map<string, IsiCache>();
  private readonly umurMs: number;
  private readonly maks: number;
  private readonly jam: () => number;
  private berjalan: Promise<Map<number, number>> | null = null;
  private antre: Promise<Map<number, number>> | null = null;
  /** How many requests were answered from memory and how many read the session join (bench, tests). */
  readonly hitungan = { kena: 0, baca: 0, bacaVersi: 0 };

  private readonly db: Db;

  constructor(db: Db, opsi: OpsiCacheSesi = {}) {
    this.db = db;
    this.umurMs = opsi.umurMs ?? 5 * 60_000;
    this.maks = opsi.maks ?? 50_000;
    this.jam = opsi.jam ?? (() => performance.now());
  }

  /** The counters as of a read that started after this call. */
  private versiTerbaru(): Promise<Map<number, number>> {
    if (!this.berjalan) return this.mulaiBacaVersi();
    // The read in flight may have started before a change this caller must see: wait for the next one.
    this.antre ??= this.berjalan.then(() => undefined, () => undefined).then(() => {
      this.antre = null;
      return this.mulaiBacaVersi();
    });
    return this.antre;
  }

  private mulaiBacaVersi(): Promise<Map<number, number>> {
    this.hitungan.bacaVersi++;
    const p = versiSemuaInstansi(this.db, 'sesi').finally(() => {
      if (this.berjalan === p) this.berjalan = null;
    });
    this.berjalan = p;
    return p;
  }

  async baca(cookie: string, sekarang = new Date()): Promise<SesiAktif | null> {
    const k = pecahCookie(cookie);
    if (!k) return null;
    const kunci = `${k.instansiId}.${k.id}`;
    const versi = (await this.versiTerbaru()).get(k.instansiId) ?? 0;
    const t = sekarang.getTime();
    const e = this.isi.get(kunci);
    if (e && e.versi === versi && this.jam() - e.dibaca < this.umurMs && t < e.kedaluwarsa && t - e.aktifTerakhir < BATAS_DIAM_MENIT * 60_000) {
      this.hitungan.kena++;
      if (t - e.aktifTerakhir > JEDA_SENTUH_MS) {
        await sentuhSesi(this.db, k, sekarang);
        e.aktifTerakhir = t;
      }
      return e.sesi;
    }
    this.hitungan.baca++;
    const dibaca = this.jam();
    const r = await bacaSesiDb(this.db, k, sekarang);
    if (!r) {
      this.isi.delete(kunci);
      return null;
    }
    const sesi = bekukan(tanpaWaktu(r));
    this.isi.delete(kunci);
    this.isi.set(kunci, { sesi, instansiId: k.instansiId, versi, dibaca, kedaluwarsa: r.kedaluwarsa, aktifTerakhir: r.aktifTerakhir });
    if (this.isi.size > this.maks) this.isi.delete(this.isi.keys().next().value!);
    return sesi;
  }

  /** Forgets every session (tests; a process that cannot trust its memory any more). */
  kosongkan(): void {
    this.isi.clear();
  }

  get ukuran(): number {
    return this.isi.size;
  }
}

/** One resolved session serves many requests: nobody may change it in place. */
function bekukan(s: SesiAktif): SesiAktif {
  for (const p of s.pemanggil.peran) Object.freeze(p);
  Object.freeze(s.pemanggil.peran);
  Object.freeze(s.pemanggil);
  return Object.freeze(s);
}

export async function hapusSesi(db: Db, cookie: string): Promise<void> {
  const k = pecahCookie(cookie);
  if (k) await db.run(sql`delete from sesi where instansi_id = ${k.instansiId} and id = ${k.id}`);
}

export async function hapusSesiKedaluwarsa(db: Db, sekarang = new Date()): Promise<number> {
  const batasDiam = new Date(sekarang.getTime() - BATAS_DIAM_MENIT * 60_000);
  return db.run(sql`delete from sesi where kedaluwarsa_pada <= ${sekarang} or aktif_terakhir <= ${batasDiam}`);
}
