import { sql } from '@simasn/db';
import { akhirTribulan, awalTribulan, bulatkan, DIMENSI_IP_ASN, NA, type DimensiIpAsn, type Tribulan } from '@simasn/domain';
import { hasilIndeksBeku, ipAsnPeriode, ringkasanIkmInstansi, type MemoIpAsn } from '@simasn/indeks';
import { pemanggilSistem, type Konteks } from '@simasn/platform';
import { indeksDisiplin } from '@simasn/rekap';
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

/** One IP ASN computation per reference date serves the index and its four dimensions. */
export type MemoUkur = MemoIpAsn;

async function ipAsn(ctx: Konteks, tahun: number, tribulan: Tribulan, dimensi: DimensiIpAsn | null, memo: MemoUkur): Promise<NilaiOtomatis> {
  const h = await ipAsnPeriode(konteksUkur(ctx), { tahun, periode: tribulan === 4 ? ['tw4', 'tahunan'] : [`tw${tribulan}`], mulai: awalTribulan(tahun, tribulan),
    akhir: akhirTribulan(tahun, tribulan), memo });
  switch (h.sumber) {
    case 'hasil_indeks':
      return { nilai: dimensi ? Number(h.rataRata[dimensi]) : h.nilai,
        rincian: { sumber: 'hasil_indeks', hasilIndeksId: h.beku.id, periode: h.beku.periode, tanggalAcuan: h.tanggalAcuan, aturan: h.aturan } };
    case 'belum_dimulai':
      return { nilai: NA, rincian: { sumber: 'ip_asn', keterangan: 'tribulan belum dimulai' } };
    case 'tanpa_pegawai':
      return { nilai: NA, rincian: { sumber: 'ip_asn', tanggalAcuan: h.tanggalAcuan, keterangan: 'tidak ada PNS yang dihitung' } };
    case 'ip_asn':
      return { nilai: dimensi ? h.rataRata[dimensi] : h.nilai,
        rincian: { sumber: 'ip_asn', tanggalAcuan: h.tanggalAcuan, aturan: h.aturan, jumlahPegawai: h.hasil.jumlahPegawai, rataRata: h.rataRata } };
  }
}

/** A yearly index (merit, NSPK): its frozen result of the year, N/A until it is final. */
async function indeksTahunan(ctx: Konteks, jenis: 'merit' | 'nspk', tahun: number): Promise<NilaiOtomatis> {
  const beku = await hasilIndeksBeku(ctx, jenis, tahun, ['tahunan']);
  if (!beku) return { nilai: NA, rincian: { sumber: jenis, keterangan: `hasil ${jenis === 'merit' ? 'Sistem Merit' : 'NSPK'} tahun ${tahun} belum final` } };
  return { nilai: beku.nilai, rincian: { sumber: 'hasil_indeks', hasilIndeksId: beku.id, tanggalAcuan: beku.tanggalAcuan, aturan: beku.aturanId } };
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
  const q = { jumlah_sk_pangkat: sql`select count(*)::int as n from riwayat_pangkat where instansi_id = ${i} and jenis_kp not in ('cpns', 'pns', 'pppk')
                             and coalesce(tanggal_sk, tmt) between ${dari} and ${sampai}`,
    jumlah_sk_jabatan: sql`select count(*)::int as n from riwayat_jabatan where instansi_id = ${i} and coalesce(tanggal_sk, tmt) between ${dari} and ${sampai}`,
    jumlah_diklat: sql`select count(*)::int as n from riwayat_diklat where instansi_id = ${i} and tanggal_selesai between ${dari} and ${sampai}` }[sumber];
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
  if (sumber === 'indeks_disiplin') {
    const d = await indeksDisiplin(ctx.db, ctx.instansiId, tahun, akhirTribulan(tahun, tribulan));
    if (d.nilai === null) return { nilai: NA, rincian: { sumber, keterangan: 'tidak ada ASN yang dihitung' } };
    return { nilai: d.nilai, rincian: { sumber, dari: d.dari, sampai: d.sampai, jumlahPegawai: d.jumlahPegawai, pegawaiDihukum: d.pegawaiDihukum } };
  }
  return jumlah(ctx, sumber as 'jumlah_sk_pangkat', tahun, tribulan);
}
