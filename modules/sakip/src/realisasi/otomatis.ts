import { sql } from '@simasn/db';
import { akhirTribulan, awalTribulan, bulatkan, DIMENSI_IP_ASN, hariIniIso, NA, type DimensiIpAsn, type Tribulan } from '@simasn/domain';
import { hitungIpAsn, ringkasanIkmInstansi } from '@simasn/indeks';
import { pemanggilSistem, type Konteks } from '@simasn/platform';
import type { SumberOtomatis } from './sumber-otomatis.ts';

/** A measured figure and where it came from (kept in realisasi_indikator.rincian). */
export interface NilaiOtomatis {
  nilai: number | typeof NA;
  rincian: Record<string, unknown>;
}

/**
 * The platform measures these for the whole instansi (the BKD's indicators are the kabupaten's
 * figures), so they are read with the system's reach whoever asks: an admin OPD filling the
 * BKD's realisasi gets the same IP ASN as the pimpinan sees.
 */
function konteksUkur(ctx: Konteks): Konteks {
  return { ...ctx, pemanggil: pemanggilSistem(ctx.instansiId, 'sakip-otomatis') };
}

async function hasilBeku(ctx: Konteks, jenis: string, tahun: number, periode: string[]) {
  return ctx.db.maybeOne<{ id: number; nilai: number; periode: string; tanggal_acuan: string; aturan_id: string; rincian: Record<string, any> }>(sql`
    select id, nilai, periode, tanggal_acuan, aturan_id, rincian from hasil_indeks
     where instansi_id = ${ctx.instansiId} and jenis = ${jenis} and tahun = ${tahun} and periode = any(${periode}) and unit_id is null
     order by array_position(${periode}::text[], periode), dihitung_pada desc limit 1`);
}

/** One IP ASN computation per reference date serves the index and its four dimensions. */
export type MemoUkur = Map<string, Promise<unknown>>;

async function ipAsn(ctx: Konteks, tahun: number, tribulan: Tribulan, dimensi: DimensiIpAsn | null, memo: MemoUkur): Promise<NilaiOtomatis> {
  const periode = tribulan === 4 ? ['tw4', 'tahunan'] : [`tw${tribulan}`];
  const beku = await hasilBeku(ctx, 'ip_asn', tahun, periode);
  if (beku) {
    const nilai = dimensi ? Number(beku.rincian?.rataRata?.[dimensi]) : Number(beku.nilai);
    if (Number.isFinite(nilai)) {
      return { nilai, rincian: { sumber: 'hasil_indeks', hasilIndeksId: beku.id, periode: beku.periode, tanggalAcuan: beku.tanggal_acuan, aturan: beku.aturan_id } };
    }
  }
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  if (awalTribulan(tahun, tribulan) > hariIni) return { nilai: NA, rincian: { sumber: 'ip_asn', keterangan: 'tribulan belum dimulai' } };
  const akhir = akhirTribulan(tahun, tribulan);
  const tanggal = akhir < hariIni ? akhir : hariIni;
  if (!memo.has(`ip_asn:${tanggal}`)) memo.set(`ip_asn:${tanggal}`, hitungIpAsn(konteksUkur(ctx), { tanggal }));
  const h = await (memo.get(`ip_asn:${tanggal}`) as ReturnType<typeof hitungIpAsn>);
  if (!h.jumlahPegawai) return { nilai: NA, rincian: { sumber: 'ip_asn', tanggalAcuan: tanggal, keterangan: 'tidak ada PNS yang dihitung' } };
  return {
    nilai: dimensi ? h.rataRata[dimensi] : h.rataRata.total,
    rincian: { sumber: 'ip_asn', tanggalAcuan: h.tanggalAcuan, aturan: h.aturan.id, jumlahPegawai: h.jumlahPegawai, rataRata: h.rataRata },
  };
}

/** A yearly index (merit, NSPK): its frozen result of the year, N/A until it is final. */
async function indeksTahunan(ctx: Konteks, jenis: 'merit' | 'nspk', tahun: number): Promise<NilaiOtomatis> {
  const beku = await hasilBeku(ctx, jenis, tahun, ['tahunan']);
  if (!beku) return { nilai: NA, rincian: { sumber: jenis, keterangan: `hasil ${jenis === 'merit' ? 'Sistem Merit' : 'NSPK'} tahun ${tahun} belum final` } };
  return { nilai: Number(beku.nilai), rincian: { sumber: 'hasil_indeks', hasilIndeksId: beku.id, tanggalAcuan: beku.tanggal_acuan, aturan: beku.aturan_id } };
}

async function ikm(ctx: Konteks, tahun: number, tribulan: Tribulan): Promise<NilaiOtomatis> {
  const r = await ringkasanIkmInstansi(konteksUkur(ctx), { tahun, tribulan });
  if (r.ikm === null) return { nilai: NA, rincian: { sumber: 'ikm', periode: r.periode, keterangan: 'belum ada responden survei pada tribulan ini' } };
  return { nilai: bulatkan(r.ikm, 2), rincian: { sumber: 'ikm', periode: r.periode, responden: r.responden, jumlahLayanan: r.jumlahLayanan, mutu: r.mutu } };
}

/** SK issued within the tribulan, counted from the riwayat (the SK date; the TMT when no date was recorded). */
async function jumlah(ctx: Konteks, sumber: 'jumlah_sk_pangkat' | 'jumlah_sk_jabatan' | 'jumlah_diklat', tahun: number, tribulan: Tribulan): Promise<NilaiOtomatis> {
  const dari = awalTribulan(tahun, tribulan);
  const sampai = akhirTribulan(tahun, tribulan);
  const i = ctx.instansiId;
  const q = {
    jumlah_sk_pangkat: sql`select count(*)::int as n from riwayat_pangkat where instansi_id = ${i} and jenis_kp not in ('cpns', 'pns', 'pppk')
                             and coalesce(tanggal_sk, tmt) between ${dari} and ${sampai}`,
    jumlah_sk_jabatan: sql`select count(*)::int as n from riwayat_jabatan where instansi_id = ${i} and coalesce(tanggal_sk, tmt) between ${dari} and ${sampai}`,
    jumlah_diklat: sql`select count(*)::int as n from riwayat_diklat where instansi_id = ${i} and tanggal_selesai between ${dari} and ${sampai}`,
  }[sumber];
  const r = await ctx.db.one<{ n: number }>(q);
  return { nilai: r.n, rincian: { sumber, dari, sampai } };
}

/** The measured value of an automatic indicator for a tribulan. */
export async function ukurOtomatis(ctx: Konteks, sumber: SumberOtomatis, tahun: number, tribulan: Tribulan, memo: MemoUkur = new Map()): Promise<NilaiOtomatis> {
  if (sumber === 'ip_asn') return ipAsn(ctx, tahun, tribulan, null, memo);
  if (sumber.startsWith('ip_asn:')) {
    const d = sumber.slice(7) as DimensiIpAsn;
    if (DIMENSI_IP_ASN.includes(d)) return ipAsn(ctx, tahun, tribulan, d, memo);
  }
  if (sumber === 'sistem_merit') return indeksTahunan(ctx, 'merit', tahun);
  if (sumber === 'nspk') return indeksTahunan(ctx, 'nspk', tahun);
  if (sumber === 'ikm') return ikm(ctx, tahun, tribulan);
  return jumlah(ctx, sumber as 'jumlah_sk_pangkat', tahun, tribulan);
}
