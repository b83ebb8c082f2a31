import { formatTanggal, hariIniIso } from '@simasn/domain';
import { tidakValid, z, zTanggal, type Konteks } from '@simasn/platform';

/**
 * The period a result covers: a date range (`dari`/`sampai`, both inclusive), or a year with an
 * optional tribulan (1-4), or by default the current year. Days are counted in the instansi's zone
 * (`ctx.zona`), as the responses' `tanggal` is.
 */
export const skemaPeriodeIkm = z.object({
  tahun: z.coerce.number().int().min(2000).max(2100).optional(),
  tribulan: z.coerce.number().int().min(1).max(4).optional(),
  dari: zTanggal.optional(),
  sampai: zTanggal.optional(),
});
export type PeriodeIkm = z.output<typeof skemaPeriodeIkm>;

export interface RentangPeriode {
  dari: string;
  sampai: string;
  label: string;
}

const ROMAWI = ['I', 'II', 'III', 'IV'];
const AKHIR_TRIBULAN = ['03-31', '06-30', '09-30', '12-31'];


export function tentukanPeriode(ctx: Konteks, p: PeriodeIkm): RentangPeriode {
  if (p.dari || p.sampai) {
    if (p.tahun || p.tribulan) {
      throw tidakValid('Pilih rentang tanggal atau tahun/tribulan, bukan keduanya.', [{ kolom: 'dari', pesan: 'isi rentang tanggal saja, atau tahun saja' }]);
    }
    const dari = p.dari ?? '2000-01-01';
    const sampai = p.sampai ?? hariIniIso(ctx.sekarang(), ctx.zona);
    if (dari > sampai) throw tidakValid('Rentang tanggal terbalik.', [{ kolom: 'sampai', pesan: 'tanggal akhir harus sama dengan atau sesudah tanggal awal' }]);
    return { dari, sampai, label: `${formatTanggal(dari)} – ${formatTanggal(sampai)}` };
  }
  if (p.tribulan && !p.tahun) throw tidakValid('Tribulan memerlukan tahun.', [{ kolom: 'tahun', pesan: 'isi tahun untuk tribulan itu' }]);
  const tahun = p.tahun ?? Number(hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 4));
  if (p.tribulan) {
    const t = p.tribulan;
    const awal = `${tahun}-${String((t - 1) * 3 + 1).padStart(2, '0')}-01`;
    return { dari: awal, sampai: `${tahun}-${AKHIR_TRIBULAN[t - 1]}`, label: `Tribulan ${ROMAWI[t - 1]} ${tahun}` };
  }
  return { dari: `${tahun}-01-01`, sampai: `${tahun}-12-31`, label: `Tahun ${tahun}` };
}
