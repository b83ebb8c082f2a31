import { jumlahPos, persen2, posAnggaran } from '@simasn/domain';
import { uraikan, type Konteks } from '@simasn/platform';
import { bacaPohonProgram, type SimpulProgram } from '../renstra/pohon-program.ts';
import type { z } from 'zod';
import { skemaRingkasanAnggaranUnit, type PosProgram, type skemaResponsAnggaranUnit } from './capaian.types.ts';
import { realisasiAnggaranTribulan, renstraUnitTahun, sampaiTribulan } from './renstra-unit.ts';

export { skemaRingkasanAnggaranUnit, type PosProgram };

/**
 * Realisasi anggaran of a perangkat daerah per program, kegiatan and sub kegiatan, up to a
 * tribulan (or the year), with the remaining budget and absorption. Pagu is the pagu in force
 * (after P-APBD when set); every upper figure is the sum of the lines below it.
 */
export async function ringkasanAnggaranUnit(ctx: Konteks, masukan: unknown): Promise<z.output<typeof skemaResponsAnggaranUnit>> {
  const f = uraikan(skemaRingkasanAnggaranUnit, masukan);
  const r = await renstraUnitTahun(ctx, f.unitId, f.tahun);
  const sampai = f.tribulan ?? 4;
  const [pohon, realisasi] = await Promise.all([bacaPohonProgram(ctx, r.id), realisasiAnggaranTribulan(ctx, r.id, f.tahun)]);
  const susun = (s: SimpulProgram): PosProgram => {
    const anak = s.anak.map(susun);
    const pos = s.tingkat === 'sub_kegiatan' ? posAnggaran(s.paguBerlaku[f.tahun] ?? 0, sampaiTribulan(realisasi.nilai.get(s.id), sampai)) : jumlahPos(anak);
    return { id: s.id, kode: s.kode, nama: s.nama, tingkat: s.tingkat, ...pos, penyerapan: persen2(pos.penyerapan),
      ...(s.tingkat === 'sub_kegiatan' ? { tribulan: realisasi.nilai.get(s.id) ?? [0, 0, 0, 0], versiTribulan: realisasi.versi.get(s.id) ?? [null, null, null, null] } : {}),
      anak };
  };
  const program = pohon.map(susun);
  const total = jumlahPos(program);
  return { renstra: { id: r.id, nama: r.nama }, unit: r.unit, tahun: f.tahun, tribulan: f.tribulan ?? null, total: { ...total, penyerapan: persen2(total.penyerapan) }, program };
}
