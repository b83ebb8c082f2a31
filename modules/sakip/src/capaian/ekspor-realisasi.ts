import { formatWaktuSetempat, NA, type BisaNa } from '@simasn/domain';
import { catatAudit, tabelKeXlsx, type z, type Konteks } from '@simasn/platform';
import type { skemaHitungCapaianUnit } from './capaian.types.ts';
import { hitungCapaianUnit } from './hitung-capaian-unit.ts';

/**
 * The Realisasi Kinerja page as XLSX: per indicator its target, the four tribulan, the realisasi
 * up to the period, the capaian, budget and efisiensi, from the same computation as the page
 * (hitungCapaianUnit: same reach, same rule). N/A stays "N/A" (never 0); numbers are number cells.
 */
export async function eksporRealisasi(ctx: Konteks, masukan: z.input<typeof skemaHitungCapaianUnit>): Promise<{ isi: Buffer, namaBerkas: string }> {
  const c = await hitungCapaianUnit(ctx, masukan);
  const sel = (x: BisaNa | null | undefined) => (x === NA ? 'N/A' : (x ?? null));
  const isi = await tabelKeXlsx({ judul: `Realisasi Kinerja ${c.unit.nama} Tahun ${c.tahun}${c.tribulan ? ` sampai Tribulan ${c.tribulan}` : ''}`,
    keterangan: `${c.renstra.nama}. ${c.kebijakan} Diekspor dari SIMASN pada ${formatWaktuSetempat(ctx.sekarang(), ctx.zona)} oleh ${ctx.pemanggil?.namaTampilan ?? '-'}`,
    namaLembar: 'Realisasi', kolom: [
      { judul: 'Kode', nilai: (i) => i.kode, lebar: 10 },
      { judul: 'Indikator', nilai: (i) => i.uraian, lebar: 50 },
      { judul: 'Satuan', nilai: (i) => i.satuan, lebar: 12 },
      { judul: 'Polaritas', nilai: (i) => i.polaritas, lebar: 10 },
      { judul: 'Target', nilai: (i) => i.target, format: '#,##0.##', lebar: 12 },
      ...[1, 2, 3, 4].map((t) => ({ judul: `TW ${t}`, nilai: (i: (typeof c.indikator)[number]) => sel(i.tribulan[t - 1]?.nilai), format: '#,##0.##', lebar: 10 })),
      { judul: 'Realisasi', nilai: (i) => sel(i.realisasi), format: '#,##0.##', lebar: 12 },
      { judul: 'Capaian (%)', nilai: (i) => sel(i.capaian), format: '0.00', lebar: 12 },
      { judul: 'Pagu (Rp)', nilai: (i) => i.pagu, format: '#,##0', lebar: 18 },
      { judul: 'Realisasi anggaran (Rp)', nilai: (i) => i.realisasiAnggaran, format: '#,##0', lebar: 20 },
      { judul: 'Penyerapan (%)', nilai: (i) => sel(i.penyerapan), format: '0.00', lebar: 13 },
      { judul: 'Efisiensi', nilai: (i) => sel(i.efisiensi), format: '0.00', lebar: 11 },
      { judul: 'Sumber', nilai: (i) => (i.sumberOtomatis ? 'otomatis' : 'isian'), lebar: 10 },
    ], baris: c.indikator });
  await catatAudit(ctx, { aksi: 'sakip.ekspor_realisasi', entitas: 'unit', entitasId: String(c.unit.id), sesudah: { tahun: c.tahun, tribulan: c.tribulan } });
  return { isi, namaBerkas: `realisasi-${c.unit.kode}-${c.tahun}${c.tribulan ? `-TW${c.tribulan}` : ''}.xlsx` };
}
