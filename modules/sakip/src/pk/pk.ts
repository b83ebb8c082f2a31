import { empty, join, sql, type Sql } from '@simasn/db';
import { jumlahRupiah, namaLengkap } from '@simasn/domain';
import { lingkup, tidakDitemukan, type Izin, type Konteks } from '@simasn/platform';
import { syaratUnit } from '../lingkup.ts';
import type { PerjanjianKinerja, StatusPk } from './pk.types.ts';

export { zBarisAnggaranPk, zBarisIndikatorPk } from './pk.types.ts';

export type { StatusPk };

export interface BarisPk {
  id: number;
  seri_id: number;
  nomor_perubahan: number;
  renstra_id: number;
  unit_id: number;
  tahun: number;
  induk_seri_id: number | null;
  jabatan_id: number;
  pegawai_id: number;
  pihak_kedua_pegawai_id: number | null;
  pihak_kedua_nama: string | null;
  pihak_kedua_jabatan: string | null;
  tanggal: string;
  alasan_perubahan: string | null;
  status: StatusPk;
  ditandatangani_pada: Date | null;
  disetujui_pada: Date | null;
  versi: number;
}

/**
 * Who reaches a PK: the units of the caller's reach (for reading also the units above, whose PK
 * one's own cascades from), and, for an ASN, the PKs they are a party of. `pk` and `u` are the
 * aliases of perjanjian_kinerja and its unit.
 */
export function syaratPk(ctx: Konteks, izin: Izin): Sql {
  const l = lingkup(ctx, izin);
  const bagian = [syaratUnit(l, 'u', { leluhur: izin === 'sakip:baca' })];
  if (l.pegawaiId.length) bagian.push(sql`(pk.pegawai_id = any(${l.pegawaiId}) or pk.pihak_kedua_pegawai_id = any(${l.pegawaiId}))`);
  return sql`(${join(bagian, ' or ')})`;
}

export const KOLOM_PK = sql`pk.id, pk.seri_id, pk.nomor_perubahan, pk.renstra_id, pk.unit_id, pk.tahun, pk.induk_seri_id, pk.jabatan_id, pk.pegawai_id,
  pk.pihak_kedua_pegawai_id, pk.pihak_kedua_nama, pk.pihak_kedua_jabatan, pk.tanggal, pk.alasan_perubahan, pk.status,
  pk.ditandatangani_pada, pk.disetujui_pada, pk.versi`;

/** One PK version inside the caller's reach for `izin`, or 404. */
export async function pkDalamLingkup(ctx: Konteks, id: number, izin: Izin = 'sakip:baca', kunci = false): Promise<BarisPk> {
  const pk = await ctx.db.maybeOne<BarisPk>(sql`
    select ${KOLOM_PK} from perjanjian_kinerja pk join unit_organisasi u on u.instansi_id = pk.instansi_id and u.id = pk.unit_id
     where pk.instansi_id = ${ctx.instansiId} and pk.id = ${id} and ${syaratPk(ctx, izin)}
     ${kunci ? sql`for update of pk` : empty}`);
  if (!pk) throw tidakDitemukan('Perjanjian Kinerja tidak ditemukan.');
  return pk;
}

interface Pihak {
  pegawaiId: number | null;
  nip: string | null;
  nama: string;
  jabatan: string;
}

async function pihak(ctx: Konteks, pegawaiId: number, jabatanId?: number): Promise<Pihak> {
  const p = await ctx.db.one<{ nip: string, nama: string, gelar_depan: string | null, gelar_belakang: string | null, jabatan: string | null }>(sql`
    select p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama as jabatan from pegawai p
      left join jabatan j on j.instansi_id = p.instansi_id and j.id = ${jabatanId ?? null}
     where p.instansi_id = ${ctx.instansiId} and p.id = ${pegawaiId}`);
  return { pegawaiId, nip: p.nip, nama: namaLengkap({ gelarDepan: p.gelar_depan, nama: p.nama, gelarBelakang: p.gelar_belakang }), jabatan: p.jabatan ?? '' };
}

/** A PK version with its parties, lines and the other versions of its series (what pages and the print show). */
export async function susunPk(ctx: Konteks, pk: BarisPk): Promise<PerjanjianKinerja> {
  const i = ctx.instansiId;
  const [unit, jabatan, indikator, anggaran, versiLain, induk] = await Promise.all([
    ctx.db.one<{ id: number, kode: string, nama: string }>(sql`select id, kode, nama from unit_organisasi where instansi_id = ${i} and id = ${pk.unit_id}`),
    ctx.db.one<{ id: number, nama: string }>(sql`select id, nama from jabatan where instansi_id = ${i} and id = ${pk.jabatan_id}`),
    ctx.db.many<
      { indikatorId: number, kode: string, uraian: string, satuan: string, polaritas: string, target: number, sasaran: string | null, tujuan: string | null, program: string | null,
        urutan: number }
    >(sql`
      select l.indikator_id as "indikatorId", ik.kode, ik.uraian, ik.satuan, ik.polaritas, l.target, s.uraian as sasaran, t.uraian as tujuan,
             pg.nama as program, l.urutan
        from pk_indikator l join indikator_kinerja ik on ik.instansi_id = l.instansi_id and ik.id = l.indikator_id
        left join sasaran_renstra s on s.instansi_id = ik.instansi_id and s.id = ik.sasaran_id
        left join tujuan_renstra t on t.instansi_id = ik.instansi_id and t.id = ik.tujuan_id
        left join program_kegiatan pg on pg.instansi_id = ik.instansi_id and pg.id = ik.program_kegiatan_id
       where l.instansi_id = ${i} and l.pk_id = ${pk.id} order by l.urutan, ik.kode`),
    ctx.db.many<{ programKegiatanId: number, kode: string, nama: string, tingkat: string, anggaran: number, urutan: number }>(sql`
      select l.program_kegiatan_id as "programKegiatanId", pg.kode, pg.nama, pg.tingkat, l.anggaran, l.urutan
        from pk_anggaran l join program_kegiatan pg on pg.instansi_id = l.instansi_id and pg.id = l.program_kegiatan_id
       where l.instansi_id = ${i} and l.pk_id = ${pk.id} order by l.urutan, pg.kode`),
    ctx.db.many<{ id: number, nomorPerubahan: number, tanggal: string, status: StatusPk, alasanPerubahan: string | null }>(sql`
      select id, nomor_perubahan as "nomorPerubahan", tanggal, status, alasan_perubahan as "alasanPerubahan" from perjanjian_kinerja
       where instansi_id = ${i} and seri_id = ${pk.seri_id} order by nomor_perubahan`),
    pk.induk_seri_id === null ? undefined : ctx.db.one<{ id: number, jabatan: string }>(sql`
      select pk.id, j.nama as jabatan from perjanjian_kinerja pk join jabatan j on j.instansi_id = pk.instansi_id and j.id = pk.jabatan_id
       where pk.instansi_id = ${i} and pk.seri_id = ${pk.induk_seri_id} order by (pk.status = 'disetujui') desc, pk.nomor_perubahan desc limit 1`),
  ]);
  const pertama = await pihak(ctx, pk.pegawai_id, pk.jabatan_id);
  const kedua: Pihak = pk.pihak_kedua_pegawai_id !== null
    ? { ...(await pihak(ctx, pk.pihak_kedua_pegawai_id)), jabatan: induk?.jabatan ?? '' }
    : { pegawaiId: null, nip: null, nama: pk.pihak_kedua_nama ?? '', jabatan: pk.pihak_kedua_jabatan ?? '' };
  return { id: pk.id, seriId: pk.seri_id, nomorPerubahan: pk.nomor_perubahan, jenis: pk.nomor_perubahan === 0 ? 'PK' : `Perubahan PK ke-${pk.nomor_perubahan}`,
    renstraId: pk.renstra_id, tahun: pk.tahun, tanggal: pk.tanggal, alasanPerubahan: pk.alasan_perubahan, status: pk.status, versi: pk.versi, unit, jabatan,
    indukSeriId: pk.induk_seri_id, indukId: induk?.id ?? null, pihakPertama: pertama, pihakKedua: kedua, indikator, anggaran,
    jumlahAnggaran: jumlahRupiah(anggaran.map((a) => Number(a.anggaran))), ditandatanganiPada: pk.ditandatangani_pada, disetujuiPada: pk.disetujui_pada, versiLain };
}

export type { PerjanjianKinerja };
