import { join, sql } from '@simasn/db';
import { bersihkanNip, formatTanggal, hariIniIso } from '@simasn/domain';
import { halamanSql, lingkup, syaratLingkup, tidakDitemukan, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaDaftarUsulanLayanan, skemaLayananPegawai, type URUT_USULAN_LAYANAN } from './usulan-layanan.types.ts';
import { judulUsulan, LABEL_STATUS, semuaLayanan, type UsulanLayanan } from './definisi.ts';
import { bukaUsulan } from './data-usulan.ts';
import { jejakUsulan, susunLangkah } from './ambil-usulan-layanan.ts';
import { definisiUsulan, KOLOM_USULAN } from './usulan.ts';

/** A yes/no query flag, kept as text so parsing it twice (route, then action) gives the same. */
const ya = (v: string | undefined) => v === '1' || v === 'true';

export { skemaDaftarUsulanLayanan, skemaLayananPegawai } from './usulan-layanan.types.ts';

/** (jenis, langkah) pairs where one of the caller's roles may act. */
function langkahSaya(ctx: Konteks): { jenis: string, langkah: string }[] {
  const p = wajibMasuk(ctx);
  return semuaLayanan().flatMap((d) => d.langkah.filter((l) => p.sistem || p.peran.some((r) => l.peran.includes(r.peran))).map((l) => ({ jenis: d.jenis, langkah: l.kode })));
}

/**
 * The requests in the caller's reach (the queue of verifiers, the OPD's requests), newest first
 * by default; searched, filtered, sorted and paged inside the scoped query (halamanSql). A request
 * still open past its step's deadline (the service standard) is marked `terlambat`. `semua`: every
 * matching row (the export).
 */
export async function daftarUsulanLayanan(ctx: Konteks, masukan: unknown = {}, semua = false) {
  const f = uraikan(skemaDaftarUsulanLayanan, masukan);
  // Each service's last day (if it declares one) as one expression over the row.
  const batas = semuaLayanan().filter((d) => d.batasAkhir);
  const batasAkhir = batas.length ? sql`(case u.jenis ${join(batas.map((d) => sql`when ${d.jenis} then (${d.batasAkhir!.sql})::date`), ' ')} end)` : sql`null::date`;
  const l = lingkup(ctx, 'layanan:baca');
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const pasangan = ya(f.menunggu) ? langkahSaya(ctx).map((x) => `${x.jenis}:${x.langkah}`) : null;
  const syarat = sql`u.instansi_id = ${ctx.instansiId} and ${syaratLingkup(l)}
    ${f.jenis ? sql`and u.jenis = ${f.jenis}` : sql``}
    ${f.status ? sql`and u.status = ${f.status}` : sql``}
    ${f.langkah ? sql`and u.langkah = ${f.langkah}` : sql``}
    ${pasangan ? sql`and u.status in ('diproses', 'dikembalikan') and (u.jenis || ':' || u.langkah) = any(${pasangan}::text[])` : sql``}
    ${ya(f.terlambat) ? sql`and u.status in ('diproses', 'dikembalikan') and (u.tenggat < ${hariIni}::date or ${batasAkhir} < ${hariIni}::date)` : sql``}
    ${f.q ? sql`and (p.nama ilike ${`%${f.q}%`} or p.nip like ${`${bersihkanNip(f.q)}%`})` : sql``}`;
  const h = await halamanSql<UsulanLayanan & { unit: string | null, batasAkhir: string | null }, (typeof URUT_USULAN_LAYANAN)[number]>(ctx, semua ? { ...f, page: undefined } : f, {
    kolom: sql`${KOLOM_USULAN}, (select nama from unit_organisasi o where o.instansi_id = p.instansi_id and o.id = p.unit_id) as unit,
      ${batasAkhir}::text as "batasAkhir"`,
    dari: sql`from usulan_layanan u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id`,
    syarat,
    urut: { diajukan: sql`u.diajukan_pada`, tenggat: sql`u.tenggat`, nama: sql`p.nama`, langkah: sql`u.langkah` },
    bawaan: 'diajukan',
    arahBawaan: f.urut && f.urut !== 'diajukan' ? 'naik' : 'turun',
    pemutus: sql`u.id`,
  });
  return { total: h.total, page: h.page, limit: h.limit, items: h.items.map(bukaUsulan).map((u) => {
    const def = definisiUsulan(u);
    const terbuka = u.status === 'diproses' || u.status === 'dikembalikan';
    const lewatBatas = terbuka && !!u.batasAkhir && u.batasAkhir < hariIni;
    const lewatTenggat = terbuka && !!u.tenggat && u.tenggat < hariIni;
    const alasanTerlambat = lewatBatas
      ? `${def.batasAkhir!.alasan} (batas ${formatTanggal(u.batasAkhir!)})`
      : lewatTenggat
      ? `melewati tenggat langkah (${formatTanggal(u.tenggat!)})`
      : null;
    return { ...u, judul: judulUsulan(def, u), labelJenis: def.label, labelStatus: LABEL_STATUS[u.status],
      labelLangkah: def.langkah.find((x) => x.kode === u.langkah)?.label ?? u.langkah, terlambat: lewatBatas || lewatTenggat, alasanTerlambat };
  }) };
}

/**
 * Every request of one employee (the caller's own when no NIP is given: the ASN's "Layanan
 * Saya"), each with its steps and its whole timeline with dates. Services built on the engine
 * (KGB, kenaikan pangkat, pensiun) all appear here.
 */
export async function layananPegawai(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaLayananPegawai, masukan);
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'layanan:baca');
  const syaratPegawai = f.nip ? sql`p.nip = ${bersihkanNip(f.nip)}` : sql`p.id = ${p.pegawaiId ?? 0}`;
  const pegawai = await ctx.db.maybeOne<{ id: number, nip: string, nama: string }>(sql`
    select p.id, p.nip, p.nama from pegawai p where p.instansi_id = ${ctx.instansiId} and ${syaratPegawai} and ${syaratLingkup(l)}`);
  if (!pegawai) throw tidakDitemukan(f.nip ? `Pegawai dengan NIP ${f.nip} tidak ditemukan.` : 'Akun ini tidak terhubung dengan data pegawai.');
  const rows = await ctx.db.many<UsulanLayanan>(sql`
    select ${KOLOM_USULAN} from usulan_layanan u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
     where u.instansi_id = ${ctx.instansiId} and u.pegawai_id = ${pegawai.id} order by u.diajukan_pada desc, u.id desc`);
  const jejak = await jejakUsulan(ctx, rows.map((r) => r.id));
  return { pegawai, usulan: rows.map(bukaUsulan).map((u) => {
    const def = definisiUsulan(u);
    const j = jejak.get(u.id) ?? [];
    return { ...u, judul: judulUsulan(def, u), labelJenis: def.label, labelStatus: LABEL_STATUS[u.status],
      labelLangkah: def.langkah.find((x) => x.kode === u.langkah)?.label ?? u.langkah, langkahDaftar: susunLangkah(u, j), jejak: j };
  }) };
}
