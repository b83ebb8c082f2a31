import { sql } from '@simasn/db';
import { hariIniIso, type DimensiIpAsn } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import { hitungIpAsn } from '../ip-asn/hitung-ip-asn.ts';

/** What an IP ASN computation returns, and what a frozen IP ASN result keeps as its `rincian`. */
export type RincianIpAsn = Awaited<ReturnType<typeof hitungIpAsn>>;

/** The frozen Sistem Merit result of a year (finalisasi-merit.ts): the fields readers use. */
export interface RincianMerit {
  penilaianId: number;
  tahun: number;
  total: number;
  indeks: number;
  kategori: unknown;
  aspek: { nomor: number, nama: string, maksimum: number, nilai: number }[];
  [lain: string]: unknown;
}

/** The frozen NSPK result of a year (bekukan-nspk.ts): the fields readers use. */
export interface RincianNspk {
  tahun: number;
  indeks: number;
  kategori: unknown;
  aturan: { id: string, nama: string };
  elemen: unknown[];
  [lain: string]: unknown;
}

interface RincianMenurutJenis {
  ip_asn: RincianIpAsn;
  merit: RincianMerit;
  nspk: RincianNspk;
}
export type JenisHasilIndeks = keyof RincianMenurutJenis;

/** A row of hasil_indeks for the whole instansi, its `rincian` typed by the kind of index. */
export type HasilIndeksBeku = {
  [J in JenisHasilIndeks]: { jenis: J, id: number, periode: string, tanggalAcuan: string, aturanId: string, nilai: number, rincian: RincianMenurutJenis[J] };
}[JenisHasilIndeks];

/** The frozen result of the first of `periode` (in that order of preference) that has one; the latest if frozen twice. */
export async function hasilIndeksBeku<J extends JenisHasilIndeks>(ctx: Konteks, jenis: J, tahun: number,
  periode: readonly string[]): Promise<Extract<HasilIndeksBeku, { jenis: J }> | null>
{
  const r = await ctx.db.maybeOne<{ id: number, nilai: number, periode: string, tanggal_acuan: string, aturan_id: string, rincian: unknown }>(sql`
    select id, nilai, periode, tanggal_acuan, aturan_id, rincian from hasil_indeks
     where instansi_id = ${ctx.instansiId} and jenis = ${jenis} and tahun = ${tahun} and periode = any(${periode}) and unit_id is null
     order by array_position(${periode}::text[], periode), dihitung_pada desc limit 1`);
  if (!r) return null;
  return { jenis, id: r.id, periode: r.periode, tanggalAcuan: r.tanggal_acuan, aturanId: r.aturan_id, nilai: Number(r.nilai), rincian: r.rincian } as Extract<HasilIndeksBeku,
    { jenis: J }>;
}

/** One IP ASN computation per reference date, shared by the callers that pass the same map. */
export type MemoIpAsn = Map<string, Promise<unknown>>;

/** The IP ASN of a period: frozen, computed at its end, or nothing (not started, nobody measured). */
export type IpAsnPeriode = { sumber: 'hasil_indeks', beku: Extract<HasilIndeksBeku, { jenis: 'ip_asn' }>, tanggalAcuan: string, aturan: string, nilai: number,
  rataRata: Record<DimensiIpAsn | 'total', number> } | { sumber: 'ip_asn', hasil: RincianIpAsn, tanggalAcuan: string, aturan: string, nilai: number,
  rataRata: Record<DimensiIpAsn | 'total', number> } | { sumber: 'belum_dimulai' } | { sumber: 'tanpa_pegawai', tanggalAcuan: string };

/**
 * The IP ASN of the instansi for a period: the frozen result (hasil_indeks) of the first of
 * `periode` that has one with its averages, else computed from the riwayat at the period's end
 * (`akhir`, or today while the period runs), else nothing when the period starts (`mulai`) after
 * today. The reach is the caller's: pass a system context for the kabupaten's figure.
 */
export async function ipAsnPeriode(ctx: Konteks, p: { tahun: number, periode: readonly string[], mulai: string, akhir: string, memo?: MemoIpAsn }): Promise<IpAsnPeriode> {
  const beku = await hasilIndeksBeku(ctx, 'ip_asn', p.tahun, p.periode);
  if (beku?.rincian?.rataRata) {
    return { sumber: 'hasil_indeks', beku, tanggalAcuan: beku.tanggalAcuan, aturan: beku.aturanId, nilai: beku.nilai, rataRata: beku.rincian.rataRata };
  }
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  if (p.mulai > hariIni) return { sumber: 'belum_dimulai' };
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings (Math.min would give NaN)
  const tanggal = p.akhir < hariIni ? p.akhir : hariIni;
  const memo = p.memo ?? new Map();
  if (!memo.has(`ip_asn:${tanggal}`)) memo.set(`ip_asn:${tanggal}`, hitungIpAsn(ctx, { tanggal }));
  const h = await (memo.get(`ip_asn:${tanggal}`) as Promise<RincianIpAsn>);
  if (!h.jumlahPegawai) return { sumber: 'tanpa_pegawai', tanggalAcuan: tanggal };
  return { sumber: 'ip_asn', hasil: h, tanggalAcuan: h.tanggalAcuan, aturan: h.aturan.id, nilai: h.rataRata.total, rataRata: h.rataRata };
}
