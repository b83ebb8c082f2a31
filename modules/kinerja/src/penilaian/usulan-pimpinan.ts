import { sql } from '@simasn/db';
import { formatAngka, formatPersen, LABEL_PREDIKAT_ORGANISASI, LABEL_RATING, NA, usulRatingPimpinan, type BisaNa } from '@simasn/domain';
import { hitungCapaianUnit } from '@simasn/sakip';
import { GalatAplikasi, pemanggilSistem, type Konteks } from '@simasn/platform';
import type { z } from '@simasn/kontrak';
import { labelPeriode, tribulanPeriode } from '../aturan-kinerja.ts';
import type { BarisSkp } from '../skp/skp.ts';
import type { skemaUsulanPimpinan } from './penilaian.types.ts';

export type UsulanPimpinan = z.output<typeof skemaUsulanPimpinan>;

const angka = (x: BisaNa | null) => (x === null ? '-' : x === NA ? 'N/A' : formatAngka(x, Number.isInteger(x) ? 0 : 2));
const persen = (x: BisaNa | null) => (x === null ? '-' : x === NA ? 'N/A' : formatPersen(x));

/**
 * For an SKP whose RHK were taken from the Perjanjian Kinerja (a unit head or JPT): the hasil kerja
 * rating proposed from the capaian of those PK indicators in SAKIP up to the period's tribulan
 * (packages/domain `usulRatingPimpinan`), with the figures. `null` for any other SKP; `{ gagal }`
 * when the unit has no Renstra or no capaian yet. The capaian is read through modules/sakip as
 * the system: the caller has already been found to be the SKP's penilai.
 */
export async function usulanPimpinan(ctx: Konteks, s: BarisSkp, periode: string): Promise<null | { usulan: UsulanPimpinan } | { gagal: string }> {
  const pk = await ctx.db.many<{ indikatorId: number, unitId: number }>(sql`
    select distinct r.indikator_id as "indikatorId", rs.unit_id as "unitId"
      from skp_rhk r join perjanjian_kinerja pk on pk.instansi_id = r.instansi_id and pk.id = r.pk_id
      join renstra rs on rs.instansi_id = pk.instansi_id and rs.id = pk.renstra_id
     where r.instansi_id = ${ctx.instansiId} and r.skp_id = ${s.id} and r.indikator_id is not null`);
  if (!pk.length) return null;
  const sistem: Konteks = { ...ctx, pemanggil: pemanggilSistem(ctx.instansiId) };
  const tribulan = periode === 'tahunan' ? undefined : tribulanPeriode(periode);
  let c: Awaited<ReturnType<typeof hitungCapaianUnit>>;
  try {
    c = await hitungCapaianUnit(sistem, { unitId: pk[0]!.unitId, tahun: s.tahun, tribulan });
  } catch (e) {
    if (e instanceof GalatAplikasi && e.status < 500) return { gagal: `Rating hasil kerja belum dapat diusulkan dari capaian unit: ${e.message}` };
    throw e;
  }
  const ids = new Set(pk.map((x) => x.indikatorId));
  const indikator = c.indikator.filter((i) => ids.has(i.id));
  const u = usulRatingPimpinan(indikator.map((i) => i.capaian));
  const labelCapaian = tribulan ? `capaian sampai Tribulan ${['I', 'II', 'III', 'IV'][tribulan - 1]} ${s.tahun}` : `capaian Tahun ${s.tahun}`;
  if (!u.ok) return { gagal: `Rating hasil kerja belum dapat diusulkan dari ${labelCapaian} (${labelPeriode(periode)}): ${u.alasan}.` };
  const n = u.nilai;
  return {
    usulan: { aturan: n.aturan, unit: c.unit.nama, labelCapaian, capaianUnit: formatPersen(n.capaianUnit), jumlahIndikator: n.jumlahIndikator,
      predikatOrganisasi: n.predikatOrganisasi, labelPredikatOrganisasi: LABEL_PREDIKAT_ORGANISASI[n.predikatOrganisasi], rating: n.rating, labelRating: LABEL_RATING[n.rating],
      alasan: n.alasan,
      indikator: indikator.map((i) => ({ kode: i.kode, uraian: i.uraian, target: `${angka(i.target)} ${i.satuan}`.trim(),
        realisasi: `${angka(i.realisasi)} ${i.realisasi === null || i.realisasi === NA ? '' : i.satuan}`.trim(), capaian: persen(i.capaian) })
      ) },
  };
}
