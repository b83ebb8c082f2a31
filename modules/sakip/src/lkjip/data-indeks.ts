import { sql } from '@simasn/db';
import { akhirTribulan, DIMENSI_IP_ASN, formatTanggal, hariIniIso, type Tribulan } from '@simasn/domain';
import { ambilPenilaianMerit, hitungIpAsn } from '@simasn/indeks';
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

export async function ipAsnLaporan(ctx: Konteks, tahun: number, tribulan: number | null): Promise<LaporanLkjip['ipAsn']> {
  const periode = tribulan ? (tribulan === 4 ? ['tw4', 'tahunan'] : [`tw${tribulan}`]) : ['tahunan', 'tw4'];
  const beku = await ctx.db.maybeOne<{ tanggal_acuan: string; nilai: number; rincian: { rataRata?: Record<string, number>; maksimum?: Record<string, number> } }>(sql`
    select tanggal_acuan, nilai, rincian from hasil_indeks
     where instansi_id = ${ctx.instansiId} and jenis = 'ip_asn' and tahun = ${tahun} and periode = any(${periode}) and unit_id is null
     order by array_position(${periode}::text[], periode), dihitung_pada desc limit 1`);
  const maksBawaan = { kualifikasi: 25, kompetensi: 40, kinerja: 30, disiplin: 5 };
  if (beku?.rincian?.rataRata) {
    const r = beku.rincian.rataRata;
    const maks = beku.rincian.maksimum ?? maksBawaan;
    return {
      tanggal: formatTanggal(beku.tanggal_acuan), nilai: Number(beku.nilai),
      dimensi: DIMENSI_IP_ASN.map((d) => ({ nama: NAMA_DIMENSI[d], nilai: Number(r[d] ?? 0), maksimum: Number(maks[d] ?? maksBawaan[d]) })),
    };
  }
  const akhir = akhirTribulan(tahun, (tribulan ?? 4) as Tribulan);
  const hariIni = hariIniIso(ctx.sekarang());
  if (`${tahun}-01-01` > hariIni) return null;
  const h = await hitungIpAsn(sistem(ctx), { tanggal: akhir < hariIni ? akhir : hariIni });
  if (!h.jumlahPegawai) return null;
  return {
    tanggal: formatTanggal(h.tanggalAcuan), nilai: h.rataRata.total,
    dimensi: DIMENSI_IP_ASN.map((d) => ({ nama: NAMA_DIMENSI[d], nilai: h.rataRata[d], maksimum: h.maksimum[d] })),
  };
}

export async function meritLaporan(ctx: Konteks, tahun: number): Promise<LaporanLkjip['merit']> {
  const p = await ctx.db.maybeOne<{ id: number; tahun: number }>(sql`
    select id, tahun from penilaian_merit where instansi_id = ${ctx.instansiId} and tahun <= ${tahun} order by tahun desc limit 1`);
  if (!p) return null;
  const m = await ambilPenilaianMerit(sistem(ctx), p.id);
  return {
    tahun: p.tahun, indeks: m.indeks, kategori: typeof m.kategori === 'string' ? m.kategori : (m.kategori?.teks ?? '-'),
    aspek: m.aspek.map((a) => ({ nama: a.nama, nilai: a.nilai, maksimum: a.maksimum })),
  };
}
