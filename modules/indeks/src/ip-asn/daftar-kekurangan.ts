import { join, sql, type Sql } from '@simasn/db';
import { kategoriIpAsn, kekuranganIpAsn, namaLengkap, nilaiIpAsnPegawai, type AturanIpAsn } from '@simasn/domain';
import { lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Konteks } from '@simasn/platform';
import { pembacaIpAsn, tentukanAcuan } from './aturan-dan-acuan.ts';
import { sqlFitur, type FiturPegawai } from './fitur-pegawai.ts';
import { KODE_KEKURANGAN, skemaDaftarKekurangan } from './ip-asn.types.ts';

export { KODE_KEKURANGAN, skemaDaftarKekurangan };

/** The SQL form of "lacks this item", on the `fitur f` row (mirrors kekuranganIpAsn). */
function syaratKekurangan(kode: (typeof KODE_KEKURANGAN)[number] | undefined, aturan: AturanIpAsn): Sql {
  switch (kode) {
    case undefined:
      return sql`true`;
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
 * the reach is inside the query, as for the pegawai list.
 */
export async function daftarKekuranganIpAsn(ctx: Konteks, masukan: unknown = {}, semua = false) {
  const f = uraikan(skemaDaftarKekurangan, masukan);
  const l = lingkup(ctx, 'indeks:baca');
  const { tanggal, aturan } = tentukanAcuan(ctx, f);
  const syarat: Sql[] = [syaratLingkup(l), await syaratSubtreeUnit(ctx, f.unitId)];
  const q = f.q?.trim();
  if (q) syarat.push(/^\d+$/.test(q.replace(/\s/g, '')) ? sql`p.nip like ${`${q.replace(/\s/g, '')}%`}` : sql`p.nama ilike ${`%${q.replace(/[%_\\]/g, '')}%`}`);
  const baris = await ctx.db.many<
    FiturPegawai & { nip: string, nama: string, gelar_depan: string | null, gelar_belakang: string | null, unit: string | null, jabatan: string | null, total: number }
  >(sql`
    ${sqlFitur(ctx.instansiId, tanggal, join(syarat, ' and '), aturan)}
    select f.*, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, u.nama as unit, jb.nama as jabatan, count(*) over ()::int as total
      from fitur f
      join pegawai p on p.instansi_id = ${ctx.instansiId} and p.id = f.pegawai_id
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
      left join jabatan jb on jb.instansi_id = p.instansi_id and jb.id = p.jabatan_id
     where ${syaratKekurangan(f.kekurangan, aturan)}
     order by p.nama, p.nip
     ${semua ? sql`` : sql`limit ${f.limit} offset ${(f.page - 1) * f.limit}`}`);
  return { aturan: aturan.id, tanggalAcuan: tanggal, total: baris[0]?.total ?? 0, page: f.page, limit: f.limit, items: baris.map((b) => {
    const p = pembacaIpAsn(aturan)(b);
    return { nip: b.nip, nama: namaLengkap({ gelarDepan: b.gelar_depan, nama: b.nama, gelarBelakang: b.gelar_belakang }), unit: b.unit, jabatan: b.jabatan,
      jenisJabatan: p.jenisJabatan, nilai: nilaiIpAsnPegawai(p, aturan), kategori: kategoriIpAsn(nilaiIpAsnPegawai(p, aturan).total, aturan),
      kekurangan: kekuranganIpAsn(p, aturan).map((k) => ({ dimensi: k.dimensi, kode: k.kode, uraian: k.uraian, tambahan: k.tambahanMaks })) };
  }) };
}
