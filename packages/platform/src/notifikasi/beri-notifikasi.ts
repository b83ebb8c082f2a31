import { sql } from '@simasn/db';
import { samarkanTeks } from '@simasn/domain';
import { jangkauanPeran, type Izin, type Konteks, type Peran } from '@simasn/platform';
import { konfigurasiSmtp } from './smtp.ts';

export interface Pemberitahuan {
  judul: string;
  isi: string;
  /** A path in the web app, e.g. `/layanan/usulan/12`. */
  tautan?: string | null;
  usulanId?: number | null;
}

/**
 * Notifies accounts in the app and, when SMTP is configured, queues an e-mail to those whose
 * employee record has an address. Both are written in the caller's transaction: a rolled-back
 * change leaves neither a notification nor a mail (the outbox is sent after commit).
 */
export async function beriNotifikasi(ctx: Konteks, akunIds: readonly number[], n: Pemberitahuan): Promise<number> {
  return beriNotifikasiBanyak(ctx, [...new Set(akunIds)].map((akunId) => ({ ...n, akunId })));
}

/** One message per recipient: by account, or to every account of an employee (`pegawaiId`). */
export type PemberitahuanUntuk = Pemberitahuan & ({ akunId: number } | { pegawaiId: number });

/**
 * Many different messages in two statements (bulk actions), same rules as beriNotifikasi. Title
 * and text pass the personal-data rule (domain data-pribadi.ts) first: a notification or an
 * e-mail never carries a NIK in clear, whoever reads it.
 */
export async function beriNotifikasiBanyak(ctx: Konteks, daftar: readonly PemberitahuanUntuk[]): Promise<number> {
  if (!daftar.length) return 0;
  const baris = JSON.stringify(
    daftar.map((n) => ({ akun_id: 'akunId' in n ? n.akunId : null, pegawai_id: 'pegawaiId' in n ? n.pegawaiId : null, judul: samarkanTeks(n.judul), isi: samarkanTeks(n.isi),
      tautan: n.tautan ?? null, usulan_id: n.usulanId ?? null })
    ),
  );
  // Two equality joins (by account, by employee) rather than one OR: thousands of messages over
  // 100,000 accounts stay a hash join.
  const sasaran = sql`
    from (select a.id as akun_id, a.pegawai_id, x.judul, x.isi, x.tautan, x.usulan_id
            from jsonb_to_recordset(${baris}::jsonb) as x(akun_id bigint, pegawai_id bigint, judul text, isi text, tautan text, usulan_id bigint)
            join akun a on a.instansi_id = ${ctx.instansiId} and a.aktif and a.id = x.akun_id
          union all
          select a.id, a.pegawai_id, x.judul, x.isi, x.tautan, x.usulan_id
            from jsonb_to_recordset(${baris}::jsonb) as x(akun_id bigint, pegawai_id bigint, judul text, isi text, tautan text, usulan_id bigint)
            join akun a on a.instansi_id = ${ctx.instansiId} and a.aktif and a.pegawai_id = x.pegawai_id) x`;
  const jumlah = await ctx.db.run(sql`
    insert into notifikasi (instansi_id, akun_id, judul, isi, tautan, usulan_id, dibuat_pada)
    select ${ctx.instansiId}, x.akun_id, x.judul, x.isi, x.tautan, x.usulan_id, ${ctx.sekarang()} ${sasaran}`);
  if (konfigurasiSmtp()) {
    await ctx.db.run(sql`
      insert into email_keluar (instansi_id, kepada, subjek, isi, dibuat_pada)
      select ${ctx.instansiId}, p.email, '[SIMASN] ' || x.judul,
             x.isi || coalesce(E'\n\nBuka: ' || x.tautan, '') || E'\n\n-- \nPesan otomatis SIMASN.', ${ctx.sekarang()}
        ${sasaran}
        join pegawai p on p.instansi_id = ${ctx.instansiId} and p.id = x.pegawai_id
       where p.email like '%@%'`);
  }
  return jumlah;
}

/**
 * Active accounts that hold one of `peran` with a reach for `izin` covering the employee: the
 * whole instansi, their OPD (the role's unit is an ancestor of the employee's unit), their own
 * subtree (atasan) or the employee themself.
 */
export async function akunBerperan(ctx: Konteks, peran: readonly Peran[], izin: Izin, pegawaiId: number): Promise<number[]> {
  const per = (j: string) => peran.filter((r) => jangkauanPeran(izin, r) === j) as string[];
  const rows = await ctx.db.many<{ id: number }>(sql`
    select distinct a.id
      from akun a
      join akun_peran ap on ap.instansi_id = a.instansi_id and ap.akun_id = a.id
      join pegawai t on t.instansi_id = a.instansi_id and t.id = ${pegawaiId}
      left join unit_organisasi u on u.instansi_id = ap.instansi_id and u.id = ap.unit_id
      left join pegawai s on s.instansi_id = a.instansi_id and s.id = a.pegawai_id
     where a.instansi_id = ${ctx.instansiId} and a.aktif and (
           ap.peran = any(${per('instansi')}::text[])
        or (ap.peran = any(${per('opd')}::text[]) and t.jalur_unit like u.jalur || '%')
        or (ap.peran = any(${per('bawahan')}::text[]) and t.jalur_unit like s.jalur_unit || '%')
        or (ap.peran = any(${per('diri')}::text[]) and a.pegawai_id = t.id))`);
  return rows.map((r) => r.id);
}

/** The employee's own accounts (an ASN follows their requests). */
export async function akunPegawai(ctx: Konteks, pegawaiId: number): Promise<number[]> {
  const rows = await ctx.db.many<{ id: number }>(sql`
    select id from akun where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawaiId} and aktif`);
  return rows.map((r) => r.id);
}
