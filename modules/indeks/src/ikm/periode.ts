import { formatTanggal, hariIniIso } from '@simasn/domain';
import { tidakValid, type Konteks } from '@simasn/platform';
import { skemaPeriodeIkm, type PeriodeIkm } from './survei.types.ts';

export { skemaPeriodeIkm, type PeriodeIkm };

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
