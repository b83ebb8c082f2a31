import { sql, type Sql } from '@simasn/db';
import { bersihkanNip, formatAngka, formatTanggal, hariIniIso, hitungJp, JENIS_DIKLAT_SIASN, JP_PP_17_2020, type KegiatanJp } from '@simasn/domain';
import { daftarDiklatTahun, SIASN_DARI_JENIS, type DiklatJp } from '@simasn/kepegawaian';
import { CacheVersi, catatAudit, halamanBaris, kolasi, kunciLingkup, labelSumberAudit, lingkup, syaratLingkup, tabelKeXlsx, tidakDitemukan, uraikan, wajibMasuk,
  type Konteks } from '@simasn/platform';
import { skemaDaftarJp, skemaJpSaya } from '../pembelajaran.types.ts';

/**
 * The 20 JP of competency development (RULES.md section 11, domain kompetensi/jp.ts), read from
 * riwayat diklat only (every source ends there: courses, verified external training, typed-in
 * rows): one ASN's year with each activity and whether it counted, and the list of everyone in
 * the caller's reach with who is below the target (search, filter, paging, XLSX, a spread).
 */
const ATURAN = JP_PP_17_2020;
const JENIS = new Map(JENIS_DIKLAT_SIASN.map((j) => [j.kode, j]));

function kegiatan(d: DiklatJp, nip: string): KegiatanJp {
  return { nip, jenisDiklat: d.jenisDiklatSiasn, tanggalSelesai: d.tanggalSelesai, jp: Math.min(d.jumlahJp, ATURAN.jpMaksKegiatan), nomorSertifikat: d.nomorSertifikat };
}

function tahunKini(ctx: Konteks): number {
  return Number(hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 4));
}

/** One ASN's year: themself without `nip`, else someone in their `pembelajaran:baca` reach. */
export async function jpPegawai(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaJpSaya, masukan);
  const l = lingkup(ctx, 'pembelajaran:baca');
  const tahun = f.tahun ?? tahunKini(ctx);
  const pemanggil = wajibMasuk(ctx);
  const p = await ctx.db.maybeOne<{ id: number, nip: string, nama: string }>(sql`
    select p.id::int as id, p.nip, p.nama from pegawai p
     where p.instansi_id = ${ctx.instansiId} and ${f.nip ? sql`p.nip = ${bersihkanNip(f.nip)}` : sql`p.id = ${pemanggil.pegawaiId ?? 0}`} and ${syaratLingkup(l)}`);
  if (!p) throw tidakDitemukan(f.nip ? `Pegawai dengan NIP ${f.nip} tidak ditemukan.` : 'Akun ini tidak terhubung dengan data pegawai.');
  const diklat = await daftarDiklatTahun(ctx, [p.id], tahun);
  const h = hitungJp(ATURAN, diklat.map((d) => kegiatan(d, p.nip)));
  if (!h.ok) throw new Error(h.alasan);
  const t = h.nilai.tahunan.find((x) => x.tahun === tahun);
  const jp = t?.jp ?? 0;
  const diabaikan = new Map(h.nilai.diabaikan.map((x) => [x.indeks, x.alasan]));
  // What they could take: published courses open to everyone they have not finished (the catalogue filters the audience further).
  const saran = await ctx.db.many<{ id: number, judul: string, jp: number, status: 'belum' | 'berjalan' | 'selesai' }>(sql`
    select k.id::int as id, k.judul, k.jp, case when kp.id is null then 'belum' when kp.selesai_pada is null then 'berjalan' else 'selesai' end as status
      from kursus k left join kursus_peserta kp on kp.instansi_id = k.instansi_id and kp.kursus_id = k.id and kp.pegawai_id = ${p.id}
     where k.instansi_id = ${ctx.instansiId} and k.status = 'terbit' and (kp.id is null or kp.selesai_pada is null)
     order by (kp.id is null), k.jp desc, k.judul limit 5`);
  return { nip: p.nip, nama: p.nama, tahun, target: ATURAN.targetJpTahunan, jp, jpKlasikal: t?.jpKlasikal ?? 0, jpNonklasikal: t?.jpNonklasikal ?? 0,
    memenuhi: t?.memenuhiTarget ?? false, kurang: Math.max(0, Math.round((ATURAN.targetJpTahunan - jp) * 100) / 100), kegiatan: diklat.map((d, i) => {
      const j = JENIS.get(d.jenisDiklatSiasn)!;
      return { id: d.id, nama: d.nama, jenisDiklat: d.jenisDiklatSiasn, namaJenis: j.nama, bentuk: j.bentuk, penyelenggara: d.penyelenggara, tanggalMulai: d.tanggalMulai,
        tanggalSelesai: d.tanggalSelesai, jp: d.jumlahJp, nomorSertifikat: d.nomorSertifikat, sumber: labelSumberAudit(d.sumber), dihitung: !diabaikan.has(i),
        catatan: diabaikan.get(i) ?? null };
    }), saran };
}

interface BarisJp {
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  jp: number;
  jpKlasikal: number;
  jpNonklasikal: number;
  memenuhi: boolean;
}

/** The classical kinds (SIASN 1-13) and the kind a riwayat typed in without one takes (SIASN_DARI_JENIS), as query parameters. */
const KODE_KLASIKAL = JENIS_DIKLAT_SIASN.filter((j) => j.bentuk === 'klasikal').map((j) => j.kode);
const JENIS_RIWAYAT = Object.keys(SIASN_DARI_JENIS);
const KODE_RIWAYAT = Object.values(SIASN_DARI_JENIS);

/**
 * The year's JP of every pegawai the condition `syaratPegawai` (on `pegawai p`, holding the reach)
 * selects, grouped in the database: `hitungJp`'s rule in SQL over the riwayat diklat ending in the
 * year (each activity's JP capped at `jpMaksKegiatan`; the same certificate number of the same
 * person, spaces collapsed and case ignored, counted once on its largest activity, then the earliest
 * end, then the first recorded; classical by its SIASN kind). One row per pegawai with any activity.
 * Every JP is a whole number (riwayat_diklat.jumlah_jp is), so the sums are exact.
 */
export function jpTahunSql(ctx: Konteks, tahun: number, syaratPegawai: Sql): Sql {
  return sql`
    select pegawai_id, coalesce(sum(jp) filter (where klasikal), 0)::int as klasikal, coalesce(sum(jp) filter (where not klasikal), 0)::int as nonklasikal
      from (
        select d.pegawai_id, least(coalesce(d.jumlah_jp, 0), ${ATURAN.jpMaksKegiatan}::int) as jp,
               coalesce(d.jenis_diklat_siasn, (${KODE_RIWAYAT}::int[])[array_position(${JENIS_RIWAYAT}::text[], d.jenis)]) = any(${KODE_KLASIKAL}::int[]) as klasikal,
               case when s.nomor = '' then 1
                    else row_number() over (partition by d.pegawai_id, s.nomor order by least(coalesce(d.jumlah_jp, 0), ${ATURAN.jpMaksKegiatan}::int) desc, d.tanggal_selesai, d.id) end as ke
          from riwayat_diklat d
         cross join lateral (select upper(regexp_replace(regexp_replace(coalesce(d.nomor_sertifikat, ''), '^\\s+|\\s+$', '', 'g'), '\\s+', ' ', 'g')) as nomor) s
         where d.instansi_id = ${ctx.instansiId} and d.tanggal_selesai >= ${`${tahun}-01-01`}::date and d.tanggal_selesai <= ${`${tahun}-12-31`}::date
           and d.pegawai_id in (select p.id from pegawai p where p.instansi_id = ${ctx.instansiId} and ${syaratPegawai})
      ) k
     where ke = 1
     group by pegawai_id`;
}

const SEBARAN_JP = [
  { label: '0 JP', dari: 0, sampai: 1 },
  { label: '1-9 JP', dari: 1, sampai: 10 },
  { label: '10-19 JP', dari: 10, sampai: 20 },
  { label: '20-39 JP', dari: 20, sampai: 40 },
  { label: '40 JP atau lebih', dari: 40, sampai: Number.POSITIVE_INFINITY },
] as const;

/**
 * The year's JP of every active ASN of a reach (and unit), computed once per version of the
 * personnel data, which holds riwayat diklat whatever wrote the row (a course, a verified external
 * training, a typed-in riwayat): the set-based query (`jpTahunSql`) runs on the first read after a
 * write, and the pages, searches, filters and sorts of the same year read the cached rows.
 */
const cacheJp = new CacheVersi<BarisJp[]>({ ranah: ['pegawai'], maks: 12 });

/**
 * The JP list: the active ASN in reach (and in the unit asked for) with their year's JP (cached,
 * above); the summary (count, meeting the target, mean, spread) over that whole set, then the
 * filter (below/meeting the target), the search (name, NIP, unit), the sort and the page.
 */
async function hitungDaftar(ctx: Konteks, masukan: unknown, semua: boolean) {
  const f = uraikan(skemaDaftarJp, masukan);
  const l = lingkup(ctx, 'pembelajaran:baca');
  const tahun = f.tahun ?? tahunKini(ctx);
  const target = ATURAN.targetJpTahunan;
  const { nilai: baris } = await cacheJp.ambil(ctx, { l: kunciLingkup(l), unit: f.unitId ?? null, tahun }, async () => {
    const jalurUnit = f.unitId
      ? (await ctx.db.maybeOne<{ jalur: string }>(sql`select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.unitId}`))?.jalur
      : null;
    if (f.unitId && !jalurUnit) throw tidakDitemukan('Unit tidak ditemukan.');
    // Active ASN in reach (and in the unit asked for).
    const syaratPegawai = sql`p.kedudukan = 'aktif' and ${syaratLingkup(l)} ${jalurUnit ? sql`and p.jalur_unit like ${`${jalurUnit}%`}` : sql``}`;
    const rows = await ctx.db.many<{ id: number, nip: string, nama: string, unit: string | null, klasikal: number, nonklasikal: number }>(sql`
      with jp as (${jpTahunSql(ctx, tahun, syaratPegawai)})
      select p.id, p.nip, p.nama, u.nama as unit, coalesce(jp.klasikal, 0) as klasikal, coalesce(jp.nonklasikal, 0) as nonklasikal
        from pegawai p
        left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
        left join jp on jp.pegawai_id = p.id
       where p.instansi_id = ${ctx.instansiId} and ${syaratPegawai}`);
    // In name order (the collation the lists sort by), so that equal keys of any sort stay so.
    return rows.sort((a, b) => kolasi.compare(a.nama, b.nama) || Number(a.id) - Number(b.id)).map((b): BarisJp => {
      const jp = Number(b.klasikal) + Number(b.nonklasikal);
      return { pegawaiId: Number(b.id), nip: b.nip, nama: b.nama, unit: b.unit, jp, jpKlasikal: Number(b.klasikal), jpNonklasikal: Number(b.nonklasikal), memenuhi: jp >= target };
    });
  });
  const disaring = f.saring === 'kurang' ? baris.filter((b) => !b.memenuhi) : f.saring === 'memenuhi' ? baris.filter((b) => b.memenuhi) : baris;
  // Sorted by the key asked for; equal keys stay in name order (the sort is stable).
  const h = halamanBaris(disaring, semua ? { ...f, page: undefined } : f, { teks: (b) => [b.nama, b.nip, b.unit], bawaan: 'nama',
    urut: { nama: (b) => b.nama, nip: (b) => b.nip, jp: (b) => b.jp, unit: (b) => b.unit } });
  const n = baris.length;
  const ringkasan = { pegawai: n, memenuhi: baris.filter((b) => b.memenuhi).length, rataRata: n ? Math.round((baris.reduce((s, b) => s + b.jp, 0) / n) * 100) / 100 : 0,
    sebaran: SEBARAN_JP.map((s) => ({ label: s.label, jumlah: baris.filter((b) => b.jp >= s.dari && b.jp < s.sampai).length })) };
  return { tahun, target, total: h.total, page: h.page, limit: h.limit, items: h.items, ringkasan };
}

export async function daftarJp(ctx: Konteks, masukan: unknown) {
  return hitungDaftar(ctx, masukan, false);
}

export async function eksporJp(ctx: Konteks, masukan: unknown) {
  const d = await hitungDaftar(ctx, masukan, true);
  const isi = await tabelKeXlsx<BarisJp>({ judul: `Pengembangan kompetensi ${d.tahun} (target ${d.target} JP)`,
    keterangan: `${d.total} pegawai; ${d.ringkasan.memenuhi} dari ${d.ringkasan.pegawai} memenuhi ${d.target} JP; rata-rata ${formatAngka(d.ringkasan.rataRata, 2)} JP. Dibuat ${
      formatTanggal(hariIniIso(ctx.sekarang(), ctx.zona))
    }.`, namaLembar: 'JP', kolom: [
      { judul: 'NIP', nilai: (b) => b.nip, teks: true, lebar: 20 },
      { judul: 'Nama', nilai: (b) => b.nama, lebar: 32 },
      { judul: 'Unit', nilai: (b) => b.unit ?? '', lebar: 32 },
      { judul: 'JP', nilai: (b) => b.jp, format: '0.00', lebar: 9 },
      { judul: 'JP klasikal', nilai: (b) => b.jpKlasikal, format: '0.00', lebar: 11 },
      { judul: 'JP nonklasikal', nilai: (b) => b.jpNonklasikal, format: '0.00', lebar: 13 },
      { judul: `Memenuhi ${d.target} JP`, nilai: (b) => (b.memenuhi ? 'Ya' : 'Belum'), lebar: 12 },
    ], baris: d.items });
  await catatAudit(ctx, { aksi: 'jp.ekspor', entitas: 'riwayat_diklat', sesudah: { tahun: d.tahun, baris: d.total } });
  return { isi, namaBerkas: `jp-${d.tahun}.xlsx` };
}
