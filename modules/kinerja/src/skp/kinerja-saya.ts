import { sql } from '@simasn/db';
import { hariIniIso } from '@simasn/domain';
import { terlarang, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { tentukanPenilai } from './buat-skp.ts';
import { bacaOrang, KOLOM_SKP, susunSkp, type BarisSkp } from './skp.ts';
import { skemaTahunKinerja } from './skp.types.ts';

/**
 * "Kinerja Saya": the caller's own SKP of a year (this year in the instansi's zone by default):
 * the version in progress when there is one, else the one in force; with who will rate it when
 * there is none yet, and the years that have an SKP.
 */
export async function kinerjaSaya(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaTahunKinerja, masukan);
  const p = wajibMasuk(ctx);
  if (p.pegawaiId === null) throw terlarang('Akun ini tidak terhubung dengan data pegawai.');
  const tahun = f.tahun ?? Number(hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 4));
  const [s, tahunAda] = await Promise.all([
    ctx.db.maybeOne<BarisSkp>(sql`select ${KOLOM_SKP} from skp s where s.instansi_id = ${ctx.instansiId} and s.pegawai_id = ${p.pegawaiId} and s.tahun = ${tahun}
      and s.status <> 'diganti' order by (s.status in ('draf', 'diajukan')) desc, s.nomor_versi desc limit 1`),
    ctx.db.many<{ tahun: number }>(sql`select distinct tahun from skp where instansi_id = ${ctx.instansiId} and pegawai_id = ${p.pegawaiId} order by tahun desc`),
  ]);
  if (s) {
    const skp = await susunSkp(ctx, s);
    return { tahun, skp, penilai: skp.penilai, tahunAda: tahunAda.map((x) => x.tahun) };
  }
  const n = await tentukanPenilai(ctx, p.pegawaiId, tahun);
  const penilai = n.atasan !== null ?
    (await bacaOrang(ctx, [n.atasan])).get(n.atasan)! :
    { pegawaiId: null, nip: null, nama: n.penilaiNama ?? '', jabatan: n.penilaiJabatan ?? '', unit: null, golongan: null };
  return { tahun, skp: null, penilai, tahunAda: tahunAda.map((x) => x.tahun) };
}
