import { sql } from '@simasn/db';
import { akhirTribulan, ATURAN_IP_ASN, ATURAN_IP_ASN_BAWAAN, DIMENSI_IP_ASN, formatTanggal, type Tribulan } from '@simasn/domain';
import { ambilPenilaianMerit, ipAsnPeriode } from '@simasn/indeks';
import { pemanggilSistem, type Konteks } from '@simasn/platform';
import type { LaporanLkjip } from './model.ts';

/**
 * The charts' figures from the index engines: the IP ASN dimensions of the kabupaten (a frozen
 * result of the period when there is one, else computed from the riwayat at the period's end)
 * and the 8 aspects of the year's Sistem Merit self-assessment. These are the instansi's
 * indices (the BKD reports the kabupaten's), read with the system's reach.
 */

const NAMA_DIMENSI = { kualifikasi: 'Kualifikasi', kompetensi: 'Kompetensi', kinerja: 'Kinerja', disiplin: 'Disiplin' } as const;

function sistem(ctx: Konteks): Konteks {
  return { ...ctx, pemanggil: pemanggilSistem(ctx.instansiId, 'lkjip') };
}

type RincianIpAsn = { tanggal_acuan: string, nilai: number, aturan_id?: string | null, rincian: { rataRata?: Record<string, number>, maksimum?: Record<string, number> } | null };

/** What the automatic IP ASN realisasi keeps (realisasi/otomatis.ts): the frozen result it names, or the averages it computed. */
type RincianRealisasiIpAsn = { hasilIndeksId?: number, tanggalAcuan?: string, aturan?: string, rataRata?: Record<string, number> };

function dariRincian(r: RincianIpAsn | null): LaporanLkjip['ipAsn'] {
  const rata = r?.rincian?.rataRata;
  if (!r || !rata) return null;
  const aturan = ATURAN_IP_ASN[r.aturan_id ?? ''] ?? ATURAN_IP_ASN[ATURAN_IP_ASN_BAWAAN]!;
  const maks = r.rincian?.maksimum ?? aturan.maksimum;
  return { tanggal: formatTanggal(r.tanggal_acuan), nilai: Number(r.nilai),
    dimensi: DIMENSI_IP_ASN.map((d) => ({ nama: NAMA_DIMENSI[d], nilai: Number(rata[d] ?? 0), maksimum: Number(maks[d] ?? aturan.maksimum[d]) })) };
}

/**
 * The IP ASN the report shows (Grafik 3.1 and its paragraph) is the very measurement recorded as
 * the realisasi of the Renstra's IP ASN indicator for the period's last tribulan, so the chart and
 * Tabel 3.1 cannot disagree: the frozen hasil_indeks it names, or the averages it kept. Without
 * such an indicator: a frozen result of the period, else computed from the riwayat at its end.
 */
export async function ipAsnLaporan(ctx: Konteks, renstraId: number, tahun: number, tribulan: number | null): Promise<LaporanLkjip['ipAsn']> {
  const tw = tribulan ?? 4;
  const tercatat = await ctx.db.maybeOne<{ nilai: number, rincian: RincianRealisasiIpAsn | null }>(sql`
    select ri.nilai, ri.rincian from realisasi_indikator ri
      join indikator_kinerja i on i.instansi_id = ri.instansi_id and i.id = ri.indikator_id
     where ri.instansi_id = ${ctx.instansiId} and i.renstra_id = ${renstraId} and i.sumber_otomatis = 'ip_asn'
       and ri.tahun = ${tahun} and ri.tribulan = ${tw} and ri.nilai is not null
     order by i.kode limit 1`);
  if (tercatat?.rincian?.hasilIndeksId) {
    const beku = await ctx.db.maybeOne<RincianIpAsn>(sql`
      select tanggal_acuan, nilai, aturan_id, rincian from hasil_indeks where instansi_id = ${ctx.instansiId} and id = ${tercatat.rincian.hasilIndeksId}`);
    if (beku) return dariRincian(beku);
  }
  if (tercatat?.rincian?.rataRata && tercatat.rincian.tanggalAcuan) {
    return dariRincian({ tanggal_acuan: tercatat.rincian.tanggalAcuan, nilai: Number(tercatat.nilai), aturan_id: tercatat.rincian.aturan, rincian: tercatat.rincian });
  }
  const h = await ipAsnPeriode(sistem(ctx), { tahun, periode: tribulan ? (tribulan === 4 ? ['tw4', 'tahunan'] : [`tw${tribulan}`]) : ['tahunan', 'tw4'], mulai: `${tahun}-01-01`,
    akhir: akhirTribulan(tahun, tw as Tribulan) });
  switch (h.sumber) {
    case 'hasil_indeks':
      return dariRincian({ tanggal_acuan: h.tanggalAcuan, nilai: h.nilai, aturan_id: h.aturan, rincian: h.beku.rincian });
    case 'ip_asn':
      return { tanggal: formatTanggal(h.tanggalAcuan), nilai: h.nilai,
        dimensi: DIMENSI_IP_ASN.map((d) => ({ nama: NAMA_DIMENSI[d], nilai: h.rataRata[d], maksimum: h.hasil.maksimum[d] })) };
    default:
      return null;
  }
}

export async function meritLaporan(ctx: Konteks, tahun: number): Promise<LaporanLkjip['merit']> {
  const p = await ctx.db.maybeOne<{ id: number, tahun: number }>(sql`
    select id, tahun, status from penilaian_merit where instansi_id = ${ctx.instansiId} and tahun <= ${tahun} order by tahun desc limit 1`);
  if (!p) return null;
  const m = await ambilPenilaianMerit(sistem(ctx), p.id);
  return { tahun: p.tahun, indeks: m.indeks, final: m.status === 'final', kategori: typeof m.kategori === 'string' ? m.kategori : (m.kategori?.teks ?? '-'),
    aspek: m.aspek.map((a) => ({ nama: a.nama, nilai: a.nilai, maksimum: a.maksimum })) };
}
