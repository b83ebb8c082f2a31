import { sql } from '@simasn/db';
import { aturanTpp, hariIniIso, hitungTpp, type RincianTpp } from '@simasn/domain';
import { terlarang, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { aksesTpp, ambilBulan, syaratBaris, TABEL_BARIS } from '../akses.ts';
import { type AsalTersimpan, type AsalTpp, masukanTersimpan, teksAsalTpp } from '../hitung/susun-tpp.ts';
import { skemaRincianTpp } from '../tpp.types.ts';
import { type BarisMentahTpp, KOLOM_BARIS, keItem } from './bulan-tpp.ts';

interface PenyesuaianMentah {
  id: string | number;
  bulan_dikoreksi: string;
  bulan_dibayar: string;
  alasan: string;
  selisih: Record<string, number>;
  rincian: RincianTpp[];
  dibuat_pada: Date | string;
}

const kePenyesuaian = (p: PenyesuaianMentah) => ({ id: Number(p.id), bulanDikoreksi: p.bulan_dikoreksi, bulanDibayar: p.bulan_dibayar, alasan: p.alasan,
  netto: Number(p.selisih.netto ?? 0), rincian: p.rincian, dibuatPada: p.dibuat_pada });

/**
 * One ASN's TPP of a month with the reason of every rupiah: where each input came from, the rule
 * set's lines (`hitungTpp` of the stored inputs under the month's rule set), the adjustment lines
 * paid with this month and the corrections made later to it. Without `pegawaiId` the caller's own.
 */
export async function rincianTpp(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaRincianTpp, masukan);
  const { l, hanyaTerkunci } = aksesTpp(ctx);
  const bulan = f.bulan ?? hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 7);
  const pegawaiId = f.pegawaiId ?? ctx.pemanggil?.pegawaiId ?? null;
  if (pegawaiId === null) throw terlarang('Akun ini tidak terhubung dengan data pegawai; pilih pegawai.');
  const b = await ambilBulan(ctx, bulan, hanyaTerkunci);
  const r = b
    ? await ctx.db.maybeOne<BarisMentahTpp & { asal_masukan: AsalTersimpan | AsalTpp | string[] }>(sql`select ${KOLOM_BARIS}, t.asal_masukan from ${TABEL_BARIS} t
        where t.instansi_id = ${ctx.instansiId} and t.bulan = ${`${bulan}-01`}::date and t.pegawai_id = ${pegawaiId} and ${syaratBaris(l)}`)
    : undefined;
  // Reach on the pegawai even when the month has no row for them (the other months' list).
  const bulanLain = await ctx.db.many<{ bulan: string, netto: string | number | null, status: 'draf' | 'dikunci' }>(sql`
    select to_char(t.bulan, 'YYYY-MM') as bulan, t.netto, m.status from ${TABEL_BARIS} t join tpp_bulan m on m.instansi_id = t.instansi_id and m.bulan = t.bulan
     where t.instansi_id = ${ctx.instansiId} and t.pegawai_id = ${pegawaiId} and ${syaratBaris(l)} ${hanyaTerkunci ? sql`and m.status = 'dikunci'` : sql``}
     order by t.bulan desc limit 24`);
  if (f.pegawaiId && !r && !bulanLain.length) throw tidakDitemukan('TPP pegawai ini tidak ditemukan dalam kewenangan Anda.');
  const item = r ? keItem(r) : null;
  let rincian: RincianTpp[] = [];
  const a = b ? aturanTpp(b.aturan) : null;
  const asal = r && a?.ok ? teksAsalTpp(a.nilai, bulan, r.asal_masukan) : [];
  if (r && a && !r.masalah) {
    const m = masukanTersimpan({ ...item!, gajiDanTunjangan: r.gaji_dan_tunjangan === null ? null : Number(r.gaji_dan_tunjangan) });
    if (a.ok && m) {
      const h = hitungTpp(a.nilai, m);
      if (h.ok) rincian = h.nilai.rincian;
    }
  }
  const sesuai = r
    ? await ctx.db.many<PenyesuaianMentah>(sql`
        select id, to_char(bulan_dikoreksi, 'YYYY-MM') as bulan_dikoreksi, to_char(bulan_dibayar, 'YYYY-MM') as bulan_dibayar, alasan, selisih, rincian, dibuat_pada
          from tpp_penyesuaian where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawaiId}
           and (bulan_dibayar = ${`${bulan}-01`}::date or bulan_dikoreksi = ${`${bulan}-01`}::date) order by id`)
    : [];
  const penyesuaian = sesuai.filter((p) => p.bulan_dibayar === bulan).map(kePenyesuaian);
  const koreksi = sesuai.filter((p) => p.bulan_dikoreksi === bulan).map(kePenyesuaian);
  const diterima = item?.netto === null || item === null ? null : item.netto + item.penyesuaianNetto;
  return { bulan, status: b?.status ?? null, pegawai: item, asal, rincian, penyesuaian, koreksi, diterima,
    bulanLain: bulanLain.map((x) => ({ bulan: x.bulan, netto: x.netto === null ? null : Number(x.netto), status: x.status })) };
}
