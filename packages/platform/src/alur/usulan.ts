import { sql } from '@simasn/db';
import { hariIniIso, tambahHari } from '@simasn/domain';
import { catatAudit, lingkup, type AksiTransisiAudit, punyaIzin, syaratLingkup, terlarang, tidakDitemukan, tidakValid, wajibMasuk, type Konteks,
  type Peran } from '@simasn/platform';
import { bukaUsulan, sandikanDataLayanan } from './data-usulan.ts';
import { definisiLayanan, izinBacaLayanan, izinLangkah, type DefinisiLayanan, type LangkahLayanan, type UsulanLayanan } from './definisi.ts';

/** The columns every read of a request selects (alias u for usulan_layanan, p for pegawai). */
export const KOLOM_USULAN = sql`
  u.id, u.jenis, u.pegawai_id as "pegawaiId", p.nip, p.nama, u.langkah, u.status, u.data, u.tenggat::text as tenggat, u.versi,
  u.diajukan_pada as "diajukanPada"`;

/**
 * A request within the caller's reach for `layanan:baca` (404 otherwise, like one that does not
 * exist); `kunci` locks its row for the running transaction.
 */
export async function bacaUsulan(ctx: Konteks, id: number, kunci = false): Promise<UsulanLayanan> {
  // The service says which permission reads it (leave requests: cuti:baca); unknown ids fall to 404 below.
  const jenis = await ctx.db.maybeOne<{ jenis: string }>(sql`select jenis from usulan_layanan where instansi_id = ${ctx.instansiId} and id = ${id}`);
  const l = lingkup(ctx, izinBacaLayanan(jenis ? definisiLayanan(jenis.jenis) : undefined));
  const u = await ctx.db.maybeOne<UsulanLayanan>(sql`
    select ${KOLOM_USULAN}
      from usulan_layanan u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
     where u.instansi_id = ${ctx.instansiId} and u.id = ${id} and ${syaratLingkup(l)}
     ${kunci ? sql`for update of u` : sql``}`);
  if (!u) throw tidakDitemukan(`Usulan layanan nomor ${id} tidak ditemukan.`);
  return bukaUsulan(u);
}

/** The definition of a stored request's jenis (a jenis no longer defined is a server fault). */
export function definisiUsulan(u: { jenis: string }): DefinisiLayanan {
  const d = definisiLayanan(u.jenis);
  if (!d) throw new Error(`definisi layanan "${u.jenis}" tidak terdaftar`);
  return d;
}

export function definisiAtau422(jenis: string): DefinisiLayanan {
  const d = definisiLayanan(jenis);
  if (!d) throw tidakValid('Jenis layanan tidak dikenal.', [{ kolom: 'jenis', pesan: `"${jenis}" tidak dikenal`, nilai: jenis }]);
  return d;
}

/** The caller's role that may act at a step (the first that matches), or null. The system acts as 'sistem'. */
export function peranDiLangkah(ctx: Konteks, langkah: LangkahLayanan): Peran | 'sistem' | null {
  const p = wajibMasuk(ctx);
  if (p.sistem) return 'sistem';
  return p.peran.find((r) => langkah.peran.includes(r.peran))?.peran ?? null;
}

/** Same, or 403 naming who may act. */
export function wajibPeranDiLangkah(ctx: Konteks, langkah: LangkahLayanan): Peran | 'sistem' {
  const r = peranDiLangkah(ctx, langkah);
  if (!r) throw terlarang(`Langkah "${langkah.label}" hanya dapat diproses oleh ${langkah.peran.join(', ')}.`);
  return r;
}

/** The deadline of a step entered today. */
export function tenggatLangkah(ctx: Konteks, langkah: LangkahLayanan): string | null {
  return langkah.tenggatHari ? tambahHari(hariIniIso(ctx.sekarang(), ctx.zona), langkah.tenggatHari) : null;
}

export interface EntriJejak {
  usulanId: number;
  aksi: string;
  dari: string | null;
  ke: string;
  status: string;
  peran: string | null;
  alasan?: string | null;
  catatan?: string | null;
}

/** Appends one line to the request's timeline (in the caller's transaction). */
export async function catatJejak(ctx: Konteks, e: EntriJejak): Promise<void> {
  const p = ctx.pemanggil;
  await ctx.db.run(sql`
    insert into jejak_usulan_layanan (instansi_id, usulan_id, waktu, akun_id, nama_pengguna, peran, aksi, dari_langkah, ke_langkah, status, alasan, catatan)
    values (${ctx.instansiId}, ${e.usulanId}, ${ctx.sekarang()}, ${p && !p.sistem ? p.akunId : null}, ${p?.namaTampilan ?? 'sistem'},
            ${e.peran}, ${e.aksi}, ${e.dari}, ${e.ke}, ${e.status}, ${e.alasan ?? null}, ${e.catatan ?? null})`);
}

/** The audit entry of a transition. */
export function auditTransisi(ctx: Konteks, u: UsulanLayanan, aksi: AksiTransisiAudit, sebelum: unknown, sesudah: unknown, keterangan?: string | null) {
  return catatAudit(ctx, { aksi: `layanan.${aksi}`, entitas: 'usulan_layanan', entitasId: u.id, pegawaiId: u.pegawaiId, sebelum, sesudah, keterangan: keterangan ?? null });
}

/**
 * Whether the caller may act at a step of a request for this employee: a role of the step, the
 * step's permission, and the employee within that permission's reach (checked in the query).
 */
export async function bolehBertindak(ctx: Konteks, def: DefinisiLayanan, langkah: LangkahLayanan, pegawaiId: number): Promise<boolean> {
  const p = wajibMasuk(ctx);
  const izin = izinLangkah(def, langkah.kode);
  if (!peranDiLangkah(ctx, langkah) || !punyaIzin(p, izin)) return false;
  const l = lingkup(ctx, izin);
  return !!(await ctx.db.maybeOne(sql`select 1 from pegawai p where p.instansi_id = ${ctx.instansiId} and p.id = ${pegawaiId} and ${syaratLingkup(l)}`));
}

/** Merges fields into a request's `data` (a service's effect recording what it computed), in the caller's transaction. */
export async function gabungDataUsulan(ctx: Konteks, id: number, patch: Record<string, unknown>): Promise<void> {
  await ctx.db.run(sql`update usulan_layanan set data = data || ${JSON.stringify(sandikanDataLayanan(patch))}::jsonb where instansi_id = ${ctx.instansiId} and id = ${id}`);
}

/** Sets the note of a request's latest timeline line (the one the running transition has just written). */
export async function catatanJejakTerakhir(ctx: Konteks, usulanId: number, catatan: string): Promise<void> {
  await ctx.db.run(sql`update jejak_usulan_layanan set catatan = ${catatan}
    where instansi_id = ${ctx.instansiId} and id = (select max(id) from jejak_usulan_layanan where instansi_id = ${ctx.instansiId} and usulan_id = ${usulanId})`);
}
