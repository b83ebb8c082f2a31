import { sql } from '@simasn/db';
import { bulatkan, DIMENSI_IP_ASN, kategoriIpAsn, kekuranganIpAsn, nilaiIpAsnPegawai, uraianKekuranganIpAsn, type DimensiIpAsn } from '@simasn/domain';
import { CacheVersi, kunciLingkup, lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Konteks, type Lingkup } from '@simasn/platform';
import { pembacaIpAsn, skemaAcuanIpAsn, tentukanAcuan } from './aturan-dan-acuan.ts';
import { KOLOM_FITUR, sqlFitur, type FiturPegawai } from './fitur-pegawai.ts';

type Jumlah = Record<DimensiIpAsn, number>;
const nol = (): Jumlah => ({ kualifikasi: 0, kompetensi: 0, kinerja: 0, disiplin: 0 });

function ringkas(j: Jumlah, n: number) {
  const tepat = Object.fromEntries(DIMENSI_IP_ASN.map((d) => [d, n ? j[d] / n : 0])) as Jumlah;
  const total = DIMENSI_IP_ASN.reduce((s, d) => s + tepat[d], 0);
  return { kualifikasi: bulatkan(tepat.kualifikasi, 2), kompetensi: bulatkan(tepat.kompetensi, 2), kinerja: bulatkan(tepat.kinerja, 2), disiplin: bulatkan(tepat.disiplin, 2),
    total: bulatkan(total, 2) };
}

/**
 * The IP ASN of the instansi (or of a unit subtree), computed from the riwayat on a reference
 * date: the dimension means, the category, the same per perangkat daerah, and where the points
 * are lost (how many employees lack each item and how much the index would gain if they had it).
 * Within the caller's reach: an admin OPD sees their OPD's index, an ASN their own score.
 * One grouped query: the employees are counted per combination of what the rules read.
 */
export async function hitungIpAsn(ctx: Konteks, masukan: unknown = {}) {
  const a = uraikan(skemaAcuanIpAsn, masukan);
  const l = lingkup(ctx, 'indeks:baca');
  const { tanggal, aturan } = tentukanAcuan(ctx, a);
  // Computed once per reach, unit, reference date and rule set at a version of the personnel data
  // (every riwayat the features read, the units): the page, its export and every revisit read it again.
  return (await cacheIpAsn.ambil(ctx, { l: kunciLingkup(l), unit: a.unitId ?? null, tanggal, aturan: aturan.id }, () => hitungIpAsnPada(ctx, l, a.unitId, tanggal, aturan))).nilai;
}

const cacheIpAsn = new CacheVersi<Awaited<ReturnType<typeof hitungIpAsnPada>>>({ ranah: ['pegawai'], maks: 16 });

async function hitungIpAsnPada(ctx: Konteks, l: Lingkup, unitId: number | undefined, tanggal: string, aturan: ReturnType<typeof tentukanAcuan>['aturan']) {
  const populasi = sql`${syaratLingkup(l)} and ${await syaratSubtreeUnit(ctx, unitId)}`;
  // One read-only transaction with room to hash the riwayat in memory (the default 4 MB spills
  // the grouping of 300,000 diklat rows to disk at 100,000 employees), and without JIT: on
  // PostgreSQL 15 compiling this query cost 0.8 s of its 2.3 s at 100,000 employees.
  const kelompok = await ctx.db.transaction(async (tx) => {
    await tx.exec("set local work_mem = '64MB'");
    await tx.exec('set local jit = off');
    return tx.many<FiturPegawai & { perangkat_daerah_id: number, n: number }>(sql`
      ${sqlFitur(ctx.instansiId, tanggal, populasi, aturan)}
      select perangkat_daerah_id, ${KOLOM_FITUR}, count(*)::int as n
        from fitur group by perangkat_daerah_id, ${KOLOM_FITUR}`);
  });

  const pembaca = pembacaIpAsn(aturan);
  const uraianPendek: Record<string, string> = uraianKekuranganIpAsn(aturan);
  const semua = nol();
  let n = 0;
  const perUnit = new Map<number, { jumlah: Jumlah, n: number }>();
  const kurang = new Map<string, { dimensi: string, kode: string, jenis: string, uraian: string, pegawai: number, poin: number }>();
  const celahData = { tanpaJabatan: 0, tanpaPendidikan: 0, tanpaSkp: 0 };
  for (const k of kelompok) {
    const p = pembaca(k);
    const v = nilaiIpAsnPegawai(p, aturan);
    const u = perUnit.get(k.perangkat_daerah_id) ?? { jumlah: nol(), n: 0 };
    for (const d of DIMENSI_IP_ASN) {
      semua[d] += v[d] * k.n;
      u.jumlah[d] += v[d] * k.n;
    }
    n += k.n;
    u.n += k.n;
    perUnit.set(k.perangkat_daerah_id, u);
    if (k.jenis_jabatan === null) celahData.tanpaJabatan += k.n;
    if (k.pendidikan === null) celahData.tanpaPendidikan += k.n;
    if (k.predikat === null) celahData.tanpaSkp += k.n;
    for (const c of kekuranganIpAsn(p, aturan)) {
      const kunci = c.kode;
      const e = kurang.get(kunci) ?? { dimensi: c.dimensi, kode: c.kode, jenis: c.jenis, uraian: c.uraian.replace(/ \(.*$/, '').replace(/;.*$/, ''), pegawai: 0, poin: 0 };
      e.pegawai += k.n;
      e.poin += c.tambahanMaks * k.n;
      kurang.set(kunci, e);
    }
  }
  const unitNama = new Map((await ctx.db.many<{ id: number, nama: string }>(sql`
    select id, nama from unit_organisasi where instansi_id = ${ctx.instansiId} and induk_id is null`)).map((u) => [u.id, u.nama]));
  const rataRata = ringkas(semua, n);
  return { aturan: { id: aturan.id, nama: aturan.nama, dasarHukum: aturan.dasarHukum }, tanggalAcuan: tanggal, jumlahPegawai: n, rataRata,
    kategori: n ? kategoriIpAsn(rataRata.total, aturan) : null, maksimum: aturan.maksimum, celahData,
    kekurangan: [...kurang.values()].map((e) => ({ ...e, uraian: uraianPendek[e.kode] ?? e.uraian, poin: undefined, potensiKenaikan: n ? bulatkan(e.poin / n, 2) : 0 })).sort((x,
      y) => y.potensiKenaikan - x.potensiKenaikan
    ), perUnit: [...perUnit.entries()].map(([id, u]) => {
      const r = ringkas(u.jumlah, u.n);
      return { unitId: id, nama: (id === null ? undefined : unitNama.get(id)) ?? 'Tanpa unit', jumlahPegawai: u.n, rataRata: r, kategori: kategoriIpAsn(r.total, aturan) };
    }).sort((x, y) => x.rataRata.total - y.rataRata.total) };
}

/** Short labels of what is lacking, for the summary table (per-employee details keep the long text), under the default rule set. */
export const URAIAN_KEKURANGAN: Record<string, string> = uraianKekuranganIpAsn();
