import { join, sql, type Sql } from '@simasn/db';
import { kategoriIpAsn, kekuranganIpAsn, namaLengkap, nilaiIpAsnPegawai, type AturanIpAsn } from '@simasn/domain';
import { CacheVersi, kunciLingkup, lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Konteks, type Lingkup } from '@simasn/platform';
import { pembacaIpAsn, tentukanAcuan } from './aturan-dan-acuan.ts';
import { sqlFitur, type FiturPegawai } from './fitur-pegawai.ts';
import { KODE_KEKURANGAN, skemaDaftarKekurangan } from './ip-asn.types.ts';

export { KODE_KEKURANGAN, skemaDaftarKekurangan };

/** The SQL form of "lacks this item", on the `fitur f` row (mirrors kekuranganIpAsn). */
function syaratKekurangan(kode: (typeof KODE_KEKURANGAN)[number], aturan: AturanIpAsn): Sql {
  switch (kode) {
    case 'pendidikan_kosong':
      return sql`f.pendidikan is null`;
    case 'diklat_kepemimpinan': {
      const tingkat = Object.keys(aturan.kepemimpinanDiperlukan);
      const perlu = tingkat.map((t) => aturan.kepemimpinanDiperlukan[t]!);
      return sql`f.jenis_jabatan = 'struktural' and (f.kepemimpinan is null or f.kepemimpinan >
        coalesce((${perlu}::int[])[array_position(${tingkat}::text[], f.tingkat_struktural)], ${aturan.kepemimpinanDiperlukanLain}))`;
    }
    case 'diklat_fungsional':
      return sql`f.jenis_jabatan = 'fungsional' and not f.fungsional`;
    case 'diklat_teknis':
      return sql`not f.teknis`;
    case 'seminar':
      return sql`not f.seminar`;
    case 'skp_kosong':
      return sql`f.predikat is null`;
    case 'predikat_kinerja':
      return sql`f.predikat is not null and f.predikat <> 'sangat_baik'`;
    case 'hukuman_disiplin':
      return sql`f.hukdis is not null`;
  }
}

/**
 * The "why" of the index, per employee: each PNS in the caller's reach with their four scores and
 * what they lack (with the points fixing it adds), filtered by what is lacking. Personal data:
 * the reach is inside the query, as for the pegawai list. The whole reach is computed once per
 * unit, reference date and rule set at a version of the personnel data (with, per row, the codes
 * of what it lacks as the SQL conditions above decide them); the filter, the search and the pages
 * run on the kept rows.
 */
export async function daftarKekuranganIpAsn(ctx: Konteks, masukan: unknown = {}, semua = false) {
  const f = uraikan(skemaDaftarKekurangan, masukan);
  const l = lingkup(ctx, 'indeks:baca');
  const { tanggal, aturan } = tentukanAcuan(ctx, f);
  const { nilai: baris } = await cacheKekurangan.ambil(ctx, { l: kunciLingkup(l), unit: f.unitId ?? null, tanggal, aturan: aturan.id },
    () => bacaKekurangan(ctx, l, f.unitId, tanggal, aturan));
  // The search as the query read it: a NIP prefix when only digits, else part of the name.
  const q = f.q?.trim();
  const nip = q && /^\d+$/.test(q.replace(/\s/g, '')) ? q.replace(/\s/g, '') : null;
  const nama = q && !nip ? q.replace(/[%_\\]/g, '').toLocaleLowerCase('id') : null;
  const cocok = baris.filter((b) => (!f.kekurangan || b.kurang.includes(f.kekurangan)) && (!nip || b.item.nip.startsWith(nip)) && (nama === null || b.namaKecil.includes(nama)));
  const items = semua ? cocok : cocok.slice((f.page - 1) * f.limit, f.page * f.limit);
  return { aturan: aturan.id, tanggalAcuan: tanggal, total: cocok.length, page: f.page, limit: f.limit, items: items.map((b) => b.item) };
}

/** Every employee of the reach on the date, in the list's order (name, NIP), with what they lack. */
async function bacaKekurangan(ctx: Konteks, l: Lingkup, unitId: number | undefined, tanggal: string, aturan: AturanIpAsn) {
  const syarat: Sql[] = [syaratLingkup(l), await syaratSubtreeUnit(ctx, unitId)];
  const kodeKurang = join(KODE_KEKURANGAN.map((k) => sql`case when ${syaratKekurangan(k, aturan)} then ${k} end`), ', ');
  const baris = await ctx.db.many<
    FiturPegawai & { nip: string, nama: string, gelar_depan: string | null, gelar_belakang: string | null, unit: string | null, jabatan: string | null, kurang: string[] }
  >(sql`
    ${sqlFitur(ctx.instansiId, tanggal, join(syarat, ' and '), aturan)}
    select f.*, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, u.nama as unit, jb.nama as jabatan,
           array_remove(array[${kodeKurang}]::text[], null) as kurang
      from fitur f
      join pegawai p on p.instansi_id = ${ctx.instansiId} and p.id = f.pegawai_id
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
      left join jabatan jb on jb.instansi_id = p.instansi_id and jb.id = p.jabatan_id
     order by p.nama, p.nip`);
  const baca = pembacaIpAsn(aturan);
  return baris.map((b) => {
    const p = baca(b);
    const nilai = nilaiIpAsnPegawai(p, aturan);
    return { kurang: b.kurang, namaKecil: b.nama.toLocaleLowerCase('id'),
      item: { nip: b.nip, nama: namaLengkap({ gelarDepan: b.gelar_depan, nama: b.nama, gelarBelakang: b.gelar_belakang }), unit: b.unit, jabatan: b.jabatan,
        jenisJabatan: p.jenisJabatan, nilai, kategori: kategoriIpAsn(nilai.total, aturan),
        kekurangan: kekuranganIpAsn(p, aturan).map((k) => ({ dimensi: k.dimensi, kode: k.kode, uraian: k.uraian, tambahan: k.tambahanMaks })) } };
  });
}

const cacheKekurangan = new CacheVersi<Awaited<ReturnType<typeof bacaKekurangan>>>({ ranah: ['pegawai'], maks: 8 });
