import { raw, sql } from '@simasn/db';
import { awalHariSetempat, samarkanDataPribadi, samarkanTeks, tambahHari } from '@simasn/domain';
import { lingkup, type Konteks } from './konteks.ts';
import { uraikan, type z } from './zod.ts';
import { skemaDaftarAudit, type BarisAudit } from './daftar-audit.types.ts';
import { jenisRujukan, KUNCI_KODE_AUDIT, LABEL_AKSI_AUDIT, labelKodeAudit, type RujukanAudit } from './aksi-audit.ts';

export { skemaDaftarAudit, type BarisAudit };

const URUTAN = { terbaru: 'a.waktu desc, a.id desc', terlama: 'a.waktu asc, a.id asc', pengguna: 'a.nama_pengguna asc nulls last, a.waktu desc, a.id desc',
  aksi: 'a.aksi asc, a.waktu desc, a.id desc' } as const;

const pola = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const awalan = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The action codes whose Indonesian label contains the words searched for ("kata sandi" -> akun.ganti_sandi). */
function aksiBerlabel(q: string): string[] {
  const kecil = q.toLowerCase();
  return Object.entries(LABEL_AKSI_AUDIT).filter(([, l]) => l.toLowerCase().includes(kecil)).map(([k]) => k);
}

/**
 * The audit trail for the inspectorate and the BKD: who did what, when, before and after;
 * searched, filtered by actor, action, target type and local days, sorted and paged. The page
 * carries the names of the unit and pegawai ids its before/after mention.
 */
export async function daftarAudit(ctx: Konteks, masukan: z.input<typeof skemaDaftarAudit>): Promise<{ total: number, items: BarisAudit[], rujukan: RujukanAudit }> {
  lingkup(ctx, 'audit:baca');
  const f = uraikan(skemaDaftarAudit, masukan);
  // Days are the instansi's local days: their first instants in its zone, not midnight of the
  // database session's zone (which `'YYYY-MM-DD'::date` compared with a timestamp would be).
  const mulai = f.dari ? awalHariSetempat(f.dari, ctx.zona) : null;
  const sebelum = f.sampai ? awalHariSetempat(tambahHari(f.sampai, 1), ctx.zona) : null;
  const aksiTepat = f.aksi && f.aksi in LABEL_AKSI_AUDIT;
  const q = f.q || null;
  const syarat = sql`a.instansi_id = ${ctx.instansiId}
    and (${f.nip ?? null}::text is null or p.nip = ${f.nip?.replace(/\s/g, '') ?? null})
    and (${f.aksi ?? null}::text is null or ${aksiTepat ? sql`a.aksi = ${f.aksi ?? ''}` : sql`a.aksi like ${awalan(f.aksi ?? '')}`})
    and (${f.nama ?? null}::text is null or a.nama_pengguna ilike ${awalan(f.nama ?? '')})
    and (${f.entitas ?? null}::text is null or a.entitas = ${f.entitas ?? null})
    and (${q}::text is null or a.nama_pengguna ilike ${pola(q ?? '')} or a.aksi = any(${aksiBerlabel(q ?? '')}::text[]) or a.aksi ilike ${pola(q ?? '')}
         or a.entitas_id = ${q} or p.nama ilike ${pola(q ?? '')} or p.nip = ${q?.replace(/\s/g, '') ?? null} or a.keterangan ilike ${pola(q ?? '')})
    and (${mulai}::timestamptz is null or a.waktu >= ${mulai}::timestamptz)
    and (${sebelum}::timestamptz is null or a.waktu < ${sebelum}::timestamptz)`;
  const dari = sql`from audit_log a left join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id`;
  const [total, items] = await Promise.all([
    ctx.db.one<{ n: number }>(sql`select count(*)::int as n ${dari} where ${syarat}`),
    ctx.db.many<BarisAudit>(sql`
      select a.id, a.waktu, a.nama_pengguna as "namaPengguna", a.peran, a.aksi, a.entitas, a.entitas_id as "entitasId",
             p.nip, p.nama as "namaPegawai", a.sebelum, a.sesudah, a.alamat_ip as "alamatIp", a.keterangan
        ${dari} where ${syarat}
       order by ${raw(URUTAN[f.urut])} limit ${f.limit} offset ${(f.page - 1) * f.limit}`),
  ]);
  const tersamar = items.map(samarkanBarisAudit);
  return { total: total.n, items: tersamar, rujukan: await rujukanAudit(ctx, tersamar) };
}

/**
 * An entry's before/after and note through the one rule of personal data, for everyone (as
 * `catatAudit` masks them when it writes). Entries written before masking existed may hold
 * personal values in clear; they cannot be rewritten (the table refuses UPDATE and each entry's
 * hash, chained to the next, covers its content: a rewrite would show as a broken chain), so
 * they are masked here, on every way out of the log (the page, its export). For entries written
 * since, this changes nothing.
 */
export function samarkanBarisAudit<T extends { sebelum: unknown, sesudah: unknown, keterangan: string | null }>(a: T): T {
  const sebelum = samarkanDataPribadi(a.sebelum);
  const sesudah = samarkanDataPribadi(a.sesudah);
  const keterangan = a.keterangan === null ? null : samarkanTeks(a.keterangan);
  return sebelum === a.sebelum && sesudah === a.sesudah && keterangan === a.keterangan ? a : { ...a, sebelum, sesudah, keterangan };
}

/** Unit and pegawai ids mentioned in before/after (at any depth), with their names. */
async function rujukanAudit(ctx: Konteks, items: readonly BarisAudit[]): Promise<RujukanAudit> {
  const id = { unit: new Set<number>(), pegawai: new Set<number>(), berkas: new Set<number>() };
  const kode: Record<string, string> = {};
  const jelajah = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (KUNCI_KODE_AUDIT.test(k) && typeof x === 'string' && labelKodeAudit(x)) kode[x] = labelKodeAudit(x)!;
      const r = jenisRujukan(k);
      const ids = Array.isArray(x) ? x : [x];
      if (r) { for (const n of ids) if (Number.isSafeInteger(Number(n)) && n !== null && n !== '') id[r].add(Number(n)); }
      if (typeof x === 'object') jelajah(x);
    }
  };
  for (const a of items) {
    jelajah(a.sebelum);
    jelajah(a.sesudah);
  }
  const nama = async (tabel: 'unit_organisasi' | 'pegawai' | 'berkas', kolom: 'nama' | 'nama_berkas', daftar: Set<number>) => {
    if (!daftar.size) return {};
    const baris = await ctx.db.many<{ id: number, nama: string }>(sql`
      select id, ${raw(kolom)} as nama from ${raw(tabel)} where instansi_id = ${ctx.instansiId} and id = any(${[...daftar]}::bigint[])`);
    return Object.fromEntries(baris.map((b) => [String(b.id), b.nama]));
  };
  return { unit: await nama('unit_organisasi', 'nama', id.unit), pegawai: await nama('pegawai', 'nama', id.pegawai), berkas: await nama('berkas', 'nama_berkas', id.berkas), kode };
}
