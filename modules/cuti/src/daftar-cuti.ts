import { join, sql, type Sql } from '@simasn/db';
import { bersihkanNip, hariIniIso } from '@simasn/domain';
import { lingkup, punyaIzin, syaratLingkup, terlarang, tidakDitemukan, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { LABEL_STATUS, type StatusUsulan } from '@simasn/platform/alur';
import { aturanCuti, LABEL_JENIS_ABSEN, type JenisAbsen, type LingkupDispensasi } from './aturan/jenis-absen.ts';
import { skemaCutiSaya, skemaPersetujuanCuti } from './cuti.types.ts';
import { layananCuti } from './layanan-cuti.ts';
import { saldoPegawai } from './periksa-cuti.ts';
import { denganPengganti } from './pengganti/pengganti-atasan.ts';

export { skemaCutiSaya, skemaPersetujuanCuti } from './cuti.types.ts';

type AksiCuti = 'teruskan' | 'setujui' | 'tolak' | 'kembalikan' | 'batalkan';

interface BarisCuti {
  id: number;
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  jenis: JenisAbsen;
  dari: string;
  sampai: string;
  hariKerja: number;
  alasan: string;
  alamatSelama: string | null;
  tujuan: string | null;
  lat: number | null;
  lon: number | null;
  radiusMeter: number | null;
  lingkupDispensasi: LingkupDispensasi | null;
  langkah: string;
  status: StatusUsulan;
  versi: number;
  diajukanPada: string;
  dokumenAda: string[];
  alasanTerakhir: string | null;
  bolehAtasan: boolean;
  bolehBkd: boolean;
  sampaiSemula: string | null;
  pembatalan: { id: number, mulai: string, alasan: string, hariKembali: number, status: StatusUsulan, langkah: string, versi: number, alasanTerakhir: string | null } | null;
}

/** The caller's reach for a permission as a SQL flag, false when no role of theirs holds it. */
function bendera(ctx: Konteks, izin: 'cuti:setujui' | 'cuti:proses'): Sql {
  return punyaIzin(wajibMasuk(ctx), izin) ? syaratLingkup(lingkup(ctx, izin)) : sql`false`;
}

const DARI = sql`from usulan_cuti c
  join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
  join pegawai p on p.instansi_id = c.instansi_id and p.id = c.pegawai_id`;

function kolom(ctx: Konteks): Sql {
  return sql`c.usulan_id as id, c.pegawai_id as "pegawaiId", p.nip, p.nama,
    (select o.nama from unit_organisasi o where o.instansi_id = p.instansi_id and o.id = p.unit_id) as unit,
    c.jenis, c.dari::text as dari, c.sampai::text as sampai, c.hari_kerja as "hariKerja", c.alasan, c.alamat_selama as "alamatSelama", c.tujuan, c.lat, c.lon,
    c.radius_meter as "radiusMeter", c.lingkup_dispensasi as "lingkupDispensasi", u.langkah, u.status, u.versi, u.diajukan_pada as "diajukanPada",
    coalesce((select array_agg(d.kode) from dokumen_usulan_layanan d where d.instansi_id = u.instansi_id and d.usulan_id = u.id), '{}') as "dokumenAda",
    (select j.alasan from jejak_usulan_layanan j where j.instansi_id = u.instansi_id and j.usulan_id = u.id and j.alasan is not null order by j.id desc limit 1)
      as "alasanTerakhir",
    ${bendera(ctx, 'cuti:setujui')} as "bolehAtasan", ${bendera(ctx, 'cuti:proses')} as "bolehBkd", c.sampai_semula::text as "sampaiSemula",
    (select json_build_object('id', b.usulan_id, 'mulai', b.mulai::text, 'alasan', b.alasan, 'hariKembali', b.hari_kembali, 'status', ub.status, 'langkah', ub.langkah,
            'versi', ub.versi, 'alasanTerakhir', (select j.alasan from jejak_usulan_layanan j where j.instansi_id = ub.instansi_id and j.usulan_id = ub.id and j.alasan is not null
                                                   order by j.id desc limit 1))
       from pembatalan_cuti b join usulan_layanan ub on ub.instansi_id = b.instansi_id and ub.id = b.usulan_id
      where b.instansi_id = c.instansi_id and b.usulan_cuti_id = c.usulan_id order by b.usulan_id desc limit 1) as pembatalan`;
}

/** A stored row as the web shows it, with what the caller may do now. */
function tampil(ctx: Konteks, r: BarisCuti) {
  const p = wajibMasuk(ctx);
  const a = aturanCuti().jenis[r.jenis];
  const def = layananCuti(r.jenis);
  const langkah = def.langkah.find((l) => l.kode === r.langkah)!;
  const terbuka = r.status === 'diproses' || r.status === 'dikembalikan';
  const dokumenKurang = a.dokumenWajib && !r.dokumenAda.includes(a.dokumenWajib.kode) ? [a.dokumenWajib] : [];
  const dokumenAda = def.dokumen.filter((d) => r.dokumenAda.includes(d.kode)).map((d) => ({ kode: d.kode, label: d.label }));
  const milikSendiri = !p.sistem && p.pegawaiId === r.pegawaiId;
  const aksi = new Set<AksiCuti>();
  if (terbuka && milikSendiri) {
    aksi.add('batalkan');
    if (r.langkah === 'pengajuan' && !dokumenKurang.length) aksi.add('teruskan');
  }
  const bolehDiLangkah = (r.langkah === 'atasan' && r.bolehAtasan && !milikSendiri && p.peran.some((x) => x.peran === 'atasan'))
    || (r.langkah === 'bkd' && r.bolehBkd && p.peran.some((x) => langkah.peran.includes(x.peran)));
  if (terbuka && r.status === 'diproses' && bolehDiLangkah) { for (const x of langkah.aksi) if (x !== 'batalkan') aksi.add(x as AksiCuti); }
  const { dokumenAda: _d, bolehAtasan: _a, bolehBkd: _b, pembatalan: b, ...sisa } = r;
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const batalTerbuka = b && (b.status === 'diproses' || b.status === 'dikembalikan');
  const aksiBatal = new Set<'setujui' | 'tolak' | 'batalkan'>();
  if (b && batalTerbuka && milikSendiri) aksiBatal.add('batalkan');
  if (b && b.status === 'diproses' && b.langkah === 'atasan' && r.bolehAtasan && !milikSendiri && p.peran.some((x) => x.peran === 'atasan')) {
    aksiBatal.add('setujui');
    aksiBatal.add('tolak');
  }
  const pembatalan = b ?
    { ...b, labelStatus: b.status === 'selesai' ? 'Disetujui' : b.status === 'diproses' ? 'Menunggu persetujuan atasan' : LABEL_STATUS[b.status], aksi: [...aksiBatal] } :
    null;
  const bolehMintaBatal = milikSendiri && r.status === 'selesai' && !r.sampaiSemula && r.sampai >= hariIni && !batalTerbuka;
  return { ...sisa, pembatalan, bolehMintaBatal, lat: r.lat == null ? null : Number(r.lat), lon: r.lon == null ? null : Number(r.lon), labelJenis: LABEL_JENIS_ABSEN[r.jenis],
    labelLangkah: langkah.label, labelStatus: r.status === 'selesai' ? 'Disetujui' : LABEL_STATUS[r.status], dokumenKurang, dokumenAda, aksi: [...aksi] };
}

/** One leave request in the caller's reach (cuti:baca), 404 otherwise. */
export async function ambilCuti(asal: Konteks, id: number) {
  const { ctx } = await denganPengganti(asal);
  const l = lingkup(ctx, 'cuti:baca');
  const r = await ctx.db.maybeOne<BarisCuti>(sql`select ${kolom(ctx)} ${DARI} where c.instansi_id = ${ctx.instansiId} and c.usulan_id = ${id} and ${syaratLingkup(l)}`);
  if (!r) throw tidakDitemukan(`Usulan cuti nomor ${id} tidak ditemukan.`);
  return tampil(ctx, r);
}

/**
 * The ASN's own requests (newest first) and their cuti tahunan balance per year, each year with
 * how it was reached (right, what was carried and why, taken, waiting).
 */
export async function cutiSaya(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaCutiSaya, masukan);
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'cuti:baca');
  const peg = await ctx.db.maybeOne<{ id: number, nip: string, nama: string }>(sql`
    select p.id, p.nip, p.nama from pegawai p where p.instansi_id = ${ctx.instansiId} and p.id = ${p.pegawaiId ?? 0} and ${syaratLingkup(l)}`);
  if (!peg) throw tidakDitemukan('Akun ini tidak terhubung dengan data pegawai.');
  const tahunIni = Number(hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 4));
  const tahun = f.tahun ?? tahunIni;
  const rows = await ctx.db.many<BarisCuti>(sql`select ${kolom(ctx)} ${DARI}
    where c.instansi_id = ${ctx.instansiId} and c.pegawai_id = ${peg.id} order by c.dari desc, c.usulan_id desc limit 200`);
  const saldo = await saldoPegawai(ctx, peg.id, Math.max(tahun, tahunIni));
  return { pegawai: { nip: peg.nip, nama: peg.nama }, tahun, saldo, saldoTahunIni: saldo.find((s) => s.tahun === tahun) ?? null, usulan: rows.map((r) => tampil(ctx, r)) };
}

/**
 * The requests waiting for the caller's decision: at the atasan's step for an atasan (their team
 * in reach, never their own), at BKD's step for BKD; oldest first, searched by name or NIP, paged.
 */
export async function persetujuanCuti(asal: Konteks, masukan: unknown = {}) {
  // A plt or delegate of an away atasan sees that atasan's queue too.
  const { ctx } = await denganPengganti(asal);
  const f = uraikan(skemaPersetujuanCuti, masukan);
  const p = wajibMasuk(ctx);
  const atasan = p.peran.some((r) => r.peran === 'atasan') && punyaIzin(p, 'cuti:setujui');
  const bkd = p.peran.some((r) => r.peran === 'verifikator_bkd' || r.peran === 'admin_bkd') && punyaIzin(p, 'cuti:proses');
  if (!atasan && !bkd) throw terlarang('Daftar persetujuan cuti hanya untuk atasan langsung dan BKD.');
  const bagian: Sql[] = [];
  if (atasan) bagian.push(sql`(u.langkah = 'atasan' and ${syaratLingkup(lingkup(ctx, 'cuti:setujui'))} and p.id <> ${p.pegawaiId ?? 0})`);
  if (bkd) bagian.push(sql`(u.langkah = 'bkd' and ${syaratLingkup(lingkup(ctx, 'cuti:proses'))})`);
  // A cancellation of an approved request waits for the same atasan.
  const batal = atasan ?
    sql`(u.status = 'selesai' and ${syaratLingkup(lingkup(ctx, 'cuti:setujui'))} and p.id <> ${p.pegawaiId ?? 0}
      and exists (select 1 from pembatalan_cuti b join usulan_layanan ub on ub.instansi_id = b.instansi_id and ub.id = b.usulan_id
                   where b.instansi_id = c.instansi_id and b.usulan_cuti_id = c.usulan_id and ub.status = 'diproses' and ub.langkah = 'atasan'))` :
    sql`false`;
  const syarat = sql`c.instansi_id = ${ctx.instansiId} and ((u.status = 'diproses' and (${bagian.length ? join(bagian, ' or ') : sql`false`})) or ${batal})
    ${f.q ? sql`and (p.nama ilike ${`%${f.q}%`} or p.nip like ${`${bersihkanNip(f.q)}%`})` : sql``}`;
  const total = (await ctx.db.one<{ n: number }>(sql`select count(*)::int as n ${DARI} where ${syarat}`)).n;
  const rows = await ctx.db.many<BarisCuti>(sql`select ${kolom(ctx)} ${DARI} where ${syarat}
    order by u.diajukan_pada, c.usulan_id limit ${f.limit} offset ${(f.page - 1) * f.limit}`);
  return { total, page: f.page, limit: f.limit, items: rows.map((r) => tampil(ctx, r)) };
}
