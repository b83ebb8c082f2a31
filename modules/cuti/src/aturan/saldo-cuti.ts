import type { AturanCuti } from './jenis-absen.ts';

/** One year of an employee's cuti tahunan, with how it was reached (shown to the ASN). */
export interface SaldoTahun {
  tahun: number;
  /** The year's own right (0 before one year of service). */
  hak: number;
  /** Carried from earlier years. */
  bawaan: number;
  /** Carry-over cap that applied: 6 (18 in total) or 12 (24 in total) days. */
  batasBawaan: number;
  /** Right + carried: what the year offers. */
  total: number;
  /** Approved (taken). */
  terpakai: number;
  /** Requested and still waiting (reserved: a new request cannot use them). */
  diproses: number;
  /** What may still be requested. */
  sisa: number;
  /** Indonesian explanation of the carry-over. */
  penjelasan: string;
}

/**
 * The cuti tahunan balance per year (PP 11/2017 Pasal 311-313; Peraturan BKN 24/2017): 12 working
 * days a year once the employee has one year of service; what is left unused may be carried to the
 * next year up to 18 days in total with that year's right; when the rights of the two previous
 * years went wholly unused, up to 24. Years before the system's first recorded year count as
 * unknown (nothing carried). `terpakai` / `diproses`: working days per year of approved / waiting
 * requests. Returns every year from the first with a right (or the first recorded) to `sampaiTahun`.
 */
export function hitungSaldoCuti(aturan: AturanCuti,
  o: { tmtCpns: string | null, sampaiTahun: number, terpakai: ReadonlyMap<number, number>, diproses?: ReadonlyMap<number, number> }): SaldoTahun[]
{
  const hasil: SaldoTahun[] = [];
  if (!o.tmtCpns) return hasil;
  // The right arises in the year the employee completes the required service.
  const tahunBerhak = Number(o.tmtCpns.slice(0, 4)) + aturan.masaKerjaMinTahun;
  const mulai = Math.max(aturan.tahunAwalPencatatan, Math.min(tahunBerhak, o.sampaiTahun));
  const hakTahun = (t: number) => t >= tahunBerhak ? aturan.hakTahunan : 0;
  for (let t = mulai; t <= o.sampaiTahun; t++) {
    const hak = hakTahun(t);
    const lalu = hasil.at(-1);
    const duaLalu = hasil.at(-2);
    // Carry-over needs a known previous year with something left.
    const duaTakDipakai = !!lalu && !!duaLalu && lalu.hak > 0 && duaLalu.hak > 0 && lalu.terpakai === 0 && duaLalu.terpakai === 0;
    const batasTotal = duaTakDipakai ? aturan.batasDuaTahunTakDipakai : aturan.batasDenganSisa;
    const batasBawaan = Math.max(0, batasTotal - aturan.hakTahunan);
    const sisaLalu = lalu ? Math.max(0, lalu.total - lalu.terpakai) : 0;
    const bawaan = hak > 0 ? Math.min(sisaLalu, batasBawaan) : 0;
    const total = hak + bawaan;
    const terpakai = o.terpakai.get(t) ?? 0;
    const diproses = o.diproses?.get(t) ?? 0;
    let penjelasan: string;
    if (hak === 0) penjelasan = `Belum berhak: cuti tahunan diberikan setelah ${aturan.masaKerjaMinTahun} tahun masa kerja (mulai tahun ${tahunBerhak}).`;
    else if (!lalu) {
      penjelasan = t === aturan.tahunAwalPencatatan && tahunBerhak < t
        ? `Hak tahun ${t}: ${hak} hari kerja (tahun pertama pencatatan; sisa tahun sebelumnya tidak tercatat).`
        : `Hak tahun ${t}: ${hak} hari kerja.`;
    } else if (sisaLalu === 0) penjelasan = `Hak tahun ${t}: ${hak} hari kerja; sisa tahun ${t - 1} tidak ada.`;
    else if (duaTakDipakai) {
      penjelasan = `Hak tahun ${t}: ${hak} hari kerja ditambah sisa ${bawaan} hari: cuti tahunan ${t - 2} dan ${
        t - 1
      } tidak dipakai sama sekali, jadi paling banyak ${batasTotal} hari.`;
    } else {penjelasan = `Hak tahun ${t}: ${hak} hari kerja ditambah sisa tahun ${
        t - 1
      } ${bawaan} hari (dari ${sisaLalu} hari; paling banyak ${batasTotal} hari termasuk hak tahun berjalan).`;}
    hasil.push({ tahun: t, hak, bawaan, batasBawaan, total, terpakai, diproses, sisa: Math.max(0, total - terpakai - diproses), penjelasan });
  }
  return hasil;
}
