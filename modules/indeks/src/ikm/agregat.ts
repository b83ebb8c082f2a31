import { join, raw, sql, type Sql } from '@simasn/db';
import { ATURAN_IKM, ATURAN_IKM_BAWAAN, hitungIkm, sampelKrejcieMorgan, type AturanIkm } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import { GABUNG_LAYANAN } from './lingkup-layanan.ts';
import { KOLOM_JAWABAN } from './kuesioner.ts';
import type { RentangPeriode } from './periode.ts';

/** What the IKM of one service unit reads from its responses in a period. */
export interface AgregatRespon {
  layananId: number;
  responden: number;
  /** Sum of the answers per unsur, u1..u9. */
  total: number[];
  /** How many answered 1, 2, 3, 4, per unsur (only when asked for). */
  sebaran?: number[][];
}

/**
 * Sums the answers per service unit, in one grouped query over the responses of the period, for
 * the service units matching `syarat` (a condition on `layanan_survei l`, the reach included).
 */
export async function agregatRespon(ctx: Konteks, syarat: Sql, periode: RentangPeriode, opsi: { sebaran?: boolean } = {}): Promise<AgregatRespon[]> {
  const jumlah = KOLOM_JAWABAN.map((k, i) => sql`coalesce(sum(r.${raw(k)}), 0)::int as ${raw(`t${i + 1}`)}`);
  const sebaran = opsi.sebaran
    ? KOLOM_JAWABAN.flatMap((k, i) => [1, 2, 3, 4].map((v) => sql`count(*) filter (where r.${raw(k)} = ${raw(String(v))})::int as ${raw(`s${i + 1}_${v}`)}`))
    : [];
  const baris = await ctx.db.many<Record<string, number>>(sql`
    select r.layanan_id as "layananId", count(*)::int as responden, ${join([...jumlah, ...sebaran])}
      from respon_survei r
      join layanan_survei l on l.instansi_id = r.instansi_id and l.id = r.layanan_id
      ${GABUNG_LAYANAN}
     where r.instansi_id = ${ctx.instansiId} and r.tanggal between ${periode.dari}::date and ${periode.sampai}::date and ${syarat}
     group by r.layanan_id`);
  return baris.map((b) => ({ layananId: Number(b.layananId), responden: b.responden!, total: KOLOM_JAWABAN.map((_, i) => b[`t${i + 1}`]!),
    ...(opsi.sebaran ? { sebaran: KOLOM_JAWABAN.map((_, i) => [1, 2, 3, 4].map((v) => b[`s${i + 1}_${v}`]!)) } : {}) })
  );
}

/** The rule set a service unit is judged under (its own, else the default). */
export function aturanLayanan(aturanId: string): AturanIkm {
  return ATURAN_IKM[aturanId] ?? ATURAN_IKM[ATURAN_IKM_BAWAAN]!;
}

export interface IkmMenurutAturan {
  aturan: string;
  nama: string;
  /** '1/9' or the written weight ('0,111'). */
  bobot: string;
  /** The weight as a number (0.1111..., 0.111). */
  faktor: number;
  ikm: number;
  mutu: { kode: string, label: string };
}

/**
 * The IKM under the service unit's rule set first, then under every other rule set side by side
 * (the exact 1/9 and the 0,111 of the regulation's annex). Null without respondents.
 */
export function ikmSemuaAturan(responden: number, total: readonly number[], aturanId: string): IkmMenurutAturan[] | null {
  if (!responden) return null;
  const utama = aturanLayanan(aturanId);
  return [utama, ...Object.values(ATURAN_IKM).filter((a) => a.id !== utama.id)].map((a) => {
    const h = hitungIkm({ responden, totalUnsur: total }, a);
    if (!h.ok) throw new Error(`IKM tidak dapat dihitung: ${h.alasan}`);
    return { aturan: a.id, nama: a.nama, bobot: a.bobotUnsur === 'sama' ? `1/${a.unsur.length}` : String(a.bobotUnsur).replace('.', ','),
      faktor: a.bobotUnsur === 'sama' ? 1 / a.unsur.length : a.bobotUnsur, ikm: h.nilai.ikm, mutu: { kode: h.nilai.mutu.kode, label: h.nilai.mutu.label } };
  });
}

/** Required sample (Krejcie-Morgan) against respondents gathered; null when the population is unknown. */
export function periksaSampel(populasi: number | null, responden: number) {
  if (!populasi) return null;
  const s = sampelKrejcieMorgan(populasi);
  if (!s.ok) return null;
  return { populasi, diperlukan: s.nilai.sampel, terkumpul: responden, cukup: responden >= s.nilai.sampel, kurang: Math.max(0, s.nilai.sampel - responden),
    aturan: s.nilai.aturan };
}
