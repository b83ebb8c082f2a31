import { createHash, randomBytes } from 'node:crypto';
import { sql, type Db } from '@simasn/db';
import type { Pemanggil, Peran } from '@simasn/platform';

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

/** Resolves a session cookie to the caller (roles and unit paths included), or null. */
export async function bacaSesi(db: Db, cookie: string, sekarang = new Date()): Promise<SesiAktif | null> {
  const k = pecahCookie(cookie);
  if (!k) return null;
  const batasDiam = new Date(sekarang.getTime() - BATAS_DIAM_MENIT * 60_000);
  const r = await db.maybeOne<
    { akun_id: number, nama_pengguna: string, nama_tampilan: string, pegawai_id: number | null, jalur_sendiri: string | null, token_csrf: string, aktif_terakhir: Date,
      harus_ganti_sandi: boolean, peran: { peran: Peran, unitId: number | null, jalurUnit: string | null }[] | string }
  >(sql`
    select a.id as akun_id, a.nama_pengguna, a.nama_tampilan, a.pegawai_id, p.jalur_unit as jalur_sendiri,
           s.token_csrf, s.aktif_terakhir, a.harus_ganti_sandi,
           coalesce((select json_agg(json_build_object('peran', ap.peran, 'unitId', ap.unit_id, 'jalurUnit', u.jalur) order by ap.peran)
                       from akun_peran ap
                       left join unit_organisasi u on u.instansi_id = ap.instansi_id and u.id = ap.unit_id
                      where ap.instansi_id = a.instansi_id and ap.akun_id = a.id), '[]'::json) as peran
      from sesi s
      join akun a on a.instansi_id = s.instansi_id and a.id = s.akun_id
      left join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
     where s.instansi_id = ${k.instansiId} and s.id = ${k.id}
       and s.kedaluwarsa_pada > ${sekarang} and s.aktif_terakhir > ${batasDiam} and a.aktif`);
  if (!r) return null;
  // Refresh the idle clock at most once a minute: a busy page must not write on every request.
  if (sekarang.getTime() - new Date(r.aktif_terakhir).getTime() > 60_000) {
    await db.run(sql`update sesi set aktif_terakhir = ${sekarang} where instansi_id = ${k.instansiId} and id = ${k.id}`);
  }
  const peran = typeof r.peran === 'string' ? JSON.parse(r.peran) : r.peran;
  return { tokenCsrf: r.token_csrf, harusGantiSandi: r.harus_ganti_sandi,
    pemanggil: { akunId: r.akun_id, namaPengguna: r.nama_pengguna, namaTampilan: r.nama_tampilan, instansiId: k.instansiId, pegawaiId: r.pegawai_id,
      jalurUnitSendiri: r.jalur_sendiri, peran } };
}

export async function hapusSesi(db: Db, cookie: string): Promise<void> {
  const k = pecahCookie(cookie);
  if (k) await db.run(sql`delete from sesi where instansi_id = ${k.instansiId} and id = ${k.id}`);
}

export async function hapusSesiKedaluwarsa(db: Db, sekarang = new Date()): Promise<number> {
  const batasDiam = new Date(sekarang.getTime() - BATAS_DIAM_MENIT * 60_000);
  return db.run(sql`delete from sesi where kedaluwarsa_pada <= ${sekarang} or aktif_terakhir <= ${batasDiam}`);
}
