import { join, sql, type Sql } from '@simasn/db';
import { ATURAN_JPM_BAWAAN, aturanJpm, formatTanggal, hariIniIso, hitungJpm, namaLengkap, type AturanJpm } from '@simasn/domain';
import { CacheVersi, catatAudit, halamanBaris, kolasi, kunciLingkup, lingkup, punyaIzin, syaratLingkup, tabelKeXlsx, tidakDitemukan, uraikan, wajibMasuk, type Konteks,
  type Lingkup } from '@simasn/platform';
import { bacaLevelPegawai, type LevelTerakhir } from '../asesmen/level-pegawai.ts';
import { bacaKamus } from '../kamus/kamus.ts';
import { skemaDaftarJpm, skemaProfilKompetensi } from '../kompetensi.types.ts';
import { bacaStandar, type LevelStandar } from '../standar/standar.ts';
import type { KatalogKursus } from './katalog-kursus.ts';

/**
 * The gap per competency and the JPM of a person against the standard of their jabatan
 * (`hitungJpm`, RULES.md section 11) with the instansi's bands, from the latest verified level of
 * each competency; the development suggestion from the largest gaps; the same per unit with the
 * distribution over the bands.
 */

/** The band rule in force for the instansi (the mapping example of RULES.md section 11). */
export function aturanJpmInstansi(): AturanJpm {
  const a = aturanJpm(ATURAN_JPM_BAWAAN);
  if (!a.ok) throw new Error(a.alasan);
  return a.nilai;
}

export const KATEGORI_BELUM_LENGKAP = 'Belum lengkap dinilai';
export const KATEGORI_TANPA_STANDAR = 'Jabatan tanpa standar';
/** How many of the largest gaps a suggestion names. */
const JUMLAH_SARAN = 3;

interface NilaiPegawai {
  rincian: { kode: string, nama: string, kelompok: LevelStandar['kelompok'], standar: number, level: number | null, selisih: number | null, tanggal: string | null,
    sumber: LevelTerakhir['sumber'] | null }[];
  belumDinilai: string[];
  jpm: { nilai: number, kategori: string, jumlahLevel: number, jumlahStandar: number } | null;
  kategori: string;
  /** Gaps (assessed competencies below the standard), largest first, ties in the standard's order. */
  kesenjangan: { kode: string, nama: string, standar: number, level: number, selisih: number }[];
}

function nilaiPegawai(aturan: AturanJpm, standar: LevelStandar[] | undefined, level: Map<string, LevelTerakhir> | undefined): NilaiPegawai {
  if (!standar?.length) return { rincian: [], belumDinilai: [], jpm: null, kategori: KATEGORI_TANPA_STANDAR, kesenjangan: [] };
  const rincian = standar.map((s) => {
    const l = level?.get(s.kode);
    return { kode: s.kode, nama: s.nama, kelompok: s.kelompok, standar: s.level, level: l?.level ?? null, selisih: l ? l.level - s.level : null, tanggal: l?.tanggal ?? null,
      sumber: l?.sumber ?? null };
  });
  const belumDinilai = rincian.filter((r) => r.level === null).map((r) => r.nama);
  const kesenjangan = rincian.map((r, i) => ({ r, i })).filter(({ r }) => r.selisih !== null && r.selisih < 0).sort((a, b) => a.r.selisih! - b.r.selisih! || a.i - b.i).map((
    { r },
  ) => ({ kode: r.kode, nama: r.nama, standar: r.standar, level: r.level!, selisih: r.selisih! }));
  if (belumDinilai.length) return { rincian, belumDinilai, jpm: null, kategori: KATEGORI_BELUM_LENGKAP, kesenjangan };
  const h = hitungJpm(aturan, standar, rincian.map((r) => ({ kode: r.kode, level: r.level! })));
  if (!h.ok) throw new Error(h.alasan);
  return { rincian, belumDinilai, kesenjangan, kategori: h.nilai.kategori,
    jpm: { nilai: h.nilai.jpm, kategori: h.nilai.kategori, jumlahLevel: h.nilai.jumlahLevel, jumlahStandar: h.nilai.jumlahStandar } };
}

/** The competency profile of one person (the caller's own without `nip`): standard, levels, gaps, JPM, suggestion, assessments. */
export async function ambilProfilKompetensi(ctx: Konteks, masukan: unknown, katalog: KatalogKursus) {
  const f = uraikan(skemaProfilKompetensi, masukan);
  const pm = wajibMasuk(ctx);
  const l = lingkup(ctx, 'kompetensi:baca');
  if (!f.nip && pm.pegawaiId === null) throw tidakDitemukan('Akun Anda tidak terhubung dengan data pegawai; pilih pegawai dari daftar JPM.');
  const p = await ctx.db.maybeOne<
    { id: number, nip: string, nama: string, gelar_depan: string | null, gelar_belakang: string | null, jabatan_id: number | null, jabatan: string | null, jenis: string | null,
      unit: string | null, laporan: boolean }
  >(sql`
    select p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.jabatan_id, j.nama as jabatan, j.jenis,
           (select u.nama from unit_organisasi u where u.instansi_id = p.instansi_id and u.id = p.unit_id) as unit,
           ${punyaIzin(pm, 'pegawai:data_pribadi') ? syaratLingkup(lingkup(ctx, 'pegawai:data_pribadi')) : sql`false`} as laporan
      from pegawai p left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
     where p.instansi_id = ${ctx.instansiId} and ${f.nip ? sql`p.nip = ${f.nip}` : sql`p.id = ${pm.pegawaiId}`} and ${syaratLingkup(l)}`);
  if (!p) throw tidakDitemukan(f.nip ? `Pegawai dengan NIP ${f.nip} tidak ditemukan dalam kewenangan Anda.` : 'Data pegawai Anda tidak ditemukan.');
  const id = Number(p.id);
  const aturan = aturanJpmInstansi();
  const standar = p.jabatan_id === null ? undefined : (await bacaStandar(ctx, [Number(p.jabatan_id)])).get(Number(p.jabatan_id));
  const level = (await bacaLevelPegawai(ctx, sql`p.id = ${id}`)).get(id);
  const n = nilaiPegawai(aturan, standar, level);
  const teratas = n.kesenjangan.slice(0, JUMLAH_SARAN);
  const kursus = teratas.length ? await katalog.kursusUntuk(ctx, teratas.map((k) => k.kode)) : new Map();
  const kamus = await bacaKamus(ctx);
  const asesmen = await ctx.db.many<
    { id: number, tanggal: string, sumber: 'assessment_center' | 'ujian', lembaga: string, asesor: string | null, status: 'menunggu' | 'terverifikasi' | 'ditolak',
      berkas_id: number | null }
  >(sql`
    select id, to_char(tanggal, 'YYYY-MM-DD') as tanggal, sumber, lembaga, asesor, status, berkas_id from asesmen_kompetensi
     where instansi_id = ${ctx.instansiId} and pegawai_id = ${id} order by tanggal desc, id desc`);
  return {
    pegawai: { nip: p.nip, nama: namaLengkap({ gelarDepan: p.gelar_depan, nama: p.nama, gelarBelakang: p.gelar_belakang }), jabatan: p.jabatan, jenisJabatan: p.jenis,
      unit: p.unit },
    aturan: { id: aturan.id, nama: aturan.nama, kategori: aturan.kategori.map((k) => ({ min: k.min, label: k.label })) },
    adaStandar: !!standar?.length,
    rincian: n.rincian,
    belumDinilai: n.belumDinilai,
    jpm: n.jpm,
    saran: teratas.map((k) => ({ kode: k.kode, nama: kamus.get(k.kode)?.nama ?? k.nama, levelKini: k.level, levelTarget: k.standar,
      kursus: (kursus.get(k.kode) ?? []).map((c: { id: string, judul: string, jp: number | null, alamat: string | null }) => ({ id: String(c.id), judul: c.judul, jp: c.jp,
        alamat: c.alamat })
      ) })
    ),
    // The assessment-centre report (a document in the person's archive) only to whoever may open
    // that archive (pegawai:data_pribadi, as kepegawaian's `ambilBerkas` checks): the person, admin
    // OPD, BKD, inspektorat. An atasan reads the bawahan's levels, gaps, JPM and suggestion, which is
    // what planning their development together needs, not the assessor's full report (UU 27/2022:
    // need to know; pegawai:data_pribadi gives the atasan no documents).
    asesmen: asesmen.map((a) => ({ id: Number(a.id), tanggal: a.tanggal, sumber: a.sumber, lembaga: a.lembaga, asesor: a.asesor, status: a.status,
      berkasId: a.berkas_id === null || !p.laporan ? null : Number(a.berkas_id) })
    ),
  };
}

interface BarisJpm {
  nip: string;
  nama: string;
  jabatan: string | null;
  unit: string | null;
  jpm: number | null;
  kategori: string;
  kesenjangan: { nama: string, selisih: number }[];
}

/** An active ASN of a reach with their JPM in hundredths (null while not every competency of the standard is assessed) and band. */
interface BarisSetJpm {
  id: number;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jabatan_id: number | null;
  jabatan: string | null;
  unit: string | null;
  jpm100: number | null;
  kategori: string;
}

/**
 * Every active ASN of a reach (and unit) with their JPM band, computed once per version of the
 * personnel data and of the competency data (standards, assessments, levels: the 'kompetensi'
 * area of versi_data, migration 0041) and kept (CacheVersi): the search, band filter, sort and
 * page of the list, and the export, read the kept rows. Set-based: each person's latest verified
 * level per competency, the sums over their jabatan's standard (`hitungJpm`'s whole-number rule:
 * JPM = level sum / standard sum, halves up to 2 decimals; the band the first whose minimum it
 * reaches, from the rule's data) are computed in the database in one statement.
 */
const cacheJpm = new CacheVersi<BarisSetJpm[]>({ ranah: ['pegawai', 'kompetensi'], maks: 12 });

async function setJpm(ctx: Konteks, l: Lingkup, unitId: number | undefined, aturan: AturanJpm): Promise<BarisSetJpm[]> {
  const { nilai } = await cacheJpm.ambil(ctx, { l: kunciLingkup(l), unit: unitId ?? null, aturan: aturan.id }, async () => {
    // The unit's path read once, so that the condition (used twice below) is a constant prefix.
    const jalur = unitId
      ? (await ctx.db.maybeOne<{ jalur: string }>(sql`select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${unitId}`))?.jalur ?? null
      : null;
    const syarat: Sql = sql`p.kedudukan = 'aktif' and ${syaratLingkup(l)} ${unitId ? (jalur ? sql`and p.jalur_unit like ${`${jalur}%`}` : sql`and false`) : sql``}`;
    const i = ctx.instansiId;
    const pita = aturan.kategori.slice(0, -1).map((k) => sql`when dn.jml * 100 >= ${k.min}::numeric * st.jml then ${k.label}::text`);
    const rows = await ctx.db.many<BarisSetJpm>(sql`
      with lv as (
        select distinct on (a.pegawai_id, l.kode) a.pegawai_id, l.kode, l.level
          from asesmen_kompetensi a
          join level_asesmen l on l.instansi_id = a.instansi_id and l.asesmen_id = a.id
          join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
         where a.instansi_id = ${i} and a.status = 'terverifikasi' and ${syarat}
         order by a.pegawai_id, l.kode, a.tanggal desc, a.id desc),
      st as (select jabatan_id, count(*)::int as n, sum(level)::int as jml from standar_kompetensi where instansi_id = ${i} group by jabatan_id),
      dn as (
        select p.id as pegawai_id, count(*)::int as n, sum(lv.level)::int as jml
          from pegawai p
          join standar_kompetensi s on s.instansi_id = p.instansi_id and s.jabatan_id = p.jabatan_id
          join lv on lv.pegawai_id = p.id and lv.kode = s.kode
         where p.instansi_id = ${i} and ${syarat}
         group by p.id)
      select p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.jabatan_id, j.nama as jabatan, u.nama as unit,
             case when st.n is not null and coalesce(dn.n, 0) = st.n then (20000 * dn.jml + st.jml) / (2 * st.jml) end as jpm100,
             case when st.n is null then ${KATEGORI_TANPA_STANDAR}::text when coalesce(dn.n, 0) < st.n then ${KATEGORI_BELUM_LENGKAP}::text
                  ${join([...pita, sql`else ${aturan.kategori.at(-1)!.label}::text`], ' ')} end as kategori
        from pegawai p
        left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
        left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
        left join st on st.jabatan_id = p.jabatan_id
        left join dn on dn.pegawai_id = p.id
       where p.instansi_id = ${i} and ${syarat}`);
    // In name order (the collation the lists sort by), so that equal keys of any sort stay so.
    return rows.map((r) => ({ ...r, id: Number(r.id), jabatan_id: r.jabatan_id === null ? null : Number(r.jabatan_id), jpm100: r.jpm100 === null ? null : Number(r.jpm100) })).sort(
      (a, b) => kolasi.compare(a.nama, b.nama) || kolasi.compare(a.nip, b.nip)
    );
  });
  return nilai;
}

/**
 * The JPM list of a reach: the kept set (above), searched (name, NIP: `halamanBaris`, as the other
 * kept lists); the distribution over the bands, the mean and the count of that set; then the band
 * asked for, the sort (name, unit, JPM; equal keys stay in name order) and the page (every row for
 * the export). Only the rows returned have their largest gaps read.
 */
async function hitungDaftarJpm(ctx: Konteks, f: ReturnType<typeof skemaDaftarJpm.parse>, semua: boolean) {
  const l = lingkup(ctx, 'kompetensi:baca');
  const aturan = aturanJpmInstansi();
  const set = await setJpm(ctx, l, f.unitId, aturan);
  // Searched (name, NIP) by the lists' own rule; the kept set is in name order.
  const cari = { teks: (b: BarisSetJpm) => [b.nama, b.nip], bawaan: 'nama' as const,
    urut: { nama: (b: BarisSetJpm) => b.nama, unit: (b: BarisSetJpm) => b.unit, jpm: (b: BarisSetJpm) => b.jpm100 } };
  const dicari = halamanBaris(set, { q: f.q, limit: f.limit }, cari).cocok;
  const label = [...aturan.kategori.map((k) => k.label), KATEGORI_BELUM_LENGKAP, KATEGORI_TANPA_STANDAR];
  const sebaran = label.map((k) => ({ kategori: k, jumlah: dicari.filter((b) => b.kategori === k).length }));
  const dinilai = dicari.filter((b) => b.jpm100 !== null);
  // The mean of the JPM shown (2 decimals), in hundredths so that a half rounds up exactly.
  const rataRata = dinilai.length ? Math.round(dinilai.reduce((a, b) => a + b.jpm100!, 0) / dinilai.length) / 100 : null;
  // Then the band asked for, the sort (JPM highest first unless asked otherwise; empty JPM last) and the page.
  const terpilih = f.kategori ? dicari.filter((b) => b.kategori === f.kategori) : dicari;
  const arah = f.arah ?? (f.urut === 'jpm' ? 'turun' : 'naik');
  const h = halamanBaris(terpilih, { urut: f.urut, arah, limit: f.limit, page: semua ? undefined : f.page ?? 1 }, cari);
  const rows = h.items;
  // The largest gaps of the rows shown only.
  const ids = rows.map((r) => r.id);
  const jabatan = [...new Set(rows.filter((r) => r.jabatan_id !== null).map((r) => r.jabatan_id!))];
  const standar = ids.length ? await bacaStandar(ctx, jabatan) : new Map<number, LevelStandar[]>();
  const level = ids.length ? await bacaLevelPegawai(ctx, sql`${syaratLingkup(l)} and p.id = any(${ids})`) : new Map<number, Map<string, LevelTerakhir>>();
  const hasil: BarisJpm[] = rows.map((p) => {
    const n = nilaiPegawai(aturan, p.jabatan_id === null ? undefined : standar.get(p.jabatan_id), level.get(p.id));
    return { nip: p.nip, nama: namaLengkap({ gelarDepan: p.gelar_depan, nama: p.nama, gelarBelakang: p.gelar_belakang }), jabatan: p.jabatan, unit: p.unit,
      jpm: p.jpm100 === null ? null : p.jpm100 / 100, kategori: p.kategori, kesenjangan: n.kesenjangan.slice(0, JUMLAH_SARAN).map((k) => ({ nama: k.nama, selisih: k.selisih })) };
  });
  return { aturan: aturan.nama, sebaran, rataRata, pegawai: dicari.length, total: h.total, page: h.page, baris: hasil };
}

export async function daftarJpm(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarJpm, masukan);
  const h = await hitungDaftarJpm(ctx, f, false);
  return { aturan: h.aturan, sebaran: h.sebaran, rataRata: h.rataRata, pegawai: h.pegawai, total: h.total, page: h.page, limit: f.limit, items: h.baris };
}

/** The same list (search and filters, no page) as XLSX. */
export async function eksporJpm(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarJpm, masukan);
  const h = await hitungDaftarJpm(ctx, f, true);
  const isi = await tabelKeXlsx<BarisJpm>({ judul: 'Job Person Match (JPM) pegawai',
    keterangan: `${h.baris.length} pegawai. ${h.aturan}. Dibuat ${formatTanggal(hariIniIso(ctx.sekarang(), ctx.zona))}.`, namaLembar: 'JPM', kolom: [
      { judul: 'NIP', nilai: (b) => b.nip, teks: true, lebar: 20 },
      { judul: 'Nama', nilai: (b) => b.nama, lebar: 32 },
      { judul: 'Jabatan', nilai: (b) => b.jabatan ?? '', lebar: 36 },
      { judul: 'Unit', nilai: (b) => b.unit ?? '', lebar: 30 },
      { judul: 'JPM (%)', nilai: (b) => b.jpm, format: '0.00', lebar: 10 },
      { judul: 'Kategori', nilai: (b) => b.kategori, lebar: 22 },
      { judul: 'Kesenjangan terbesar', nilai: (b) => b.kesenjangan.map((k) => `${k.nama} (${k.selisih})`).join('; '), lebar: 50 },
    ], baris: h.baris });
  await catatAudit(ctx, { aksi: 'kompetensi.ekspor_jpm', entitas: 'asesmen_kompetensi',
    sesudah: { baris: h.baris.length, unitId: f.unitId ?? null, kategori: f.kategori ?? null } });
  return { namaBerkas: 'jpm-pegawai.xlsx', isi };
}
