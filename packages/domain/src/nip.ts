import { berhasil, gagal, type Hasil } from './hasil.ts';
import { keIso, tanggalValid, umurPada, type TanggalIso } from './tanggal.ts';

/**
 * NIP (Nomor Induk Pegawai), 18 digits (RULES.md section 1):
 * - PNS: birth date yyyymmdd + TMT CPNS yyyymm + sex (1 male, 2 female) + serial 001-999.
 * - PPPK: birth date yyyymmdd + TMT year yyyy + `2` + frequency digit 1-9 + sex + serial.
 * The two are told apart by digits 13-14: a PNS month is 01-12, a PPPK has `2` then 1-9.
 */
export type JenisNip = 'PNS' | 'PPPK';

export interface NipTerurai {
  nip: string;
  jenis: JenisNip;
  tanggalLahir: TanggalIso;
  /** PNS: first day of the TMT CPNS month. PPPK: 1 January of the TMT year. */
  tmt: TanggalIso;
  /** PNS: `YYYY-MM`; PPPK: `YYYY`. */
  tmtTeks: string;
  jenisKelamin: 'L' | 'P';
  urut: number;
  /** PPPK only: how many times the person was appointed (digit 14). */
  frekuensi?: number;
}

/** Removes the spaces people write NIPs with (`19660710 199203 1 007`). */
export function bersihkanNip(teks: string): string {
  return teks.replace(/[\s.-]/g, '');
}

export function parseNip(teks: string): Hasil<NipTerurai> {
  const nip = bersihkanNip(String(teks ?? ''));
  if (nip === '') return gagal('NIP kosong');
  if (!/^\d+$/.test(nip)) return gagal('NIP hanya boleh berisi angka');
  if (nip.length !== 18) return gagal(`NIP harus 18 digit, ditemukan ${nip.length} digit`);

  const tahunLahir = Number(nip.slice(0, 4));
  const bulanLahir = Number(nip.slice(4, 6));
  const hariLahir = Number(nip.slice(6, 8));
  if (!tanggalValid(tahunLahir, bulanLahir, hariLahir)) {
    return gagal(`tanggal lahir pada NIP (${nip.slice(0, 8)}) bukan tanggal yang ada`);
  }
  if (tahunLahir < 1900) return gagal(`tahun lahir pada NIP (${tahunLahir}) tidak wajar`);
  const tanggalLahir = keIso(tahunLahir, bulanLahir, hariLahir);

  const tahunTmt = Number(nip.slice(8, 12));
  const d13 = nip[12]!;
  const d14 = Number(nip[13]);
  const kelamin = nip[14]!;
  const urut = Number(nip.slice(15, 18));
  if (kelamin !== '1' && kelamin !== '2') {
    return gagal(`digit jenis kelamin pada NIP (digit ke-15) harus 1 atau 2, ditemukan ${kelamin}`);
  }
  if (urut < 1) return gagal('nomor urut pada NIP (3 digit terakhir) harus 001-999');

  let jenis: JenisNip;
  let tmt: TanggalIso;
  let tmtTeks: string;
  let frekuensi: number | undefined;
  if (d13 === '0' || d13 === '1') {
    const bulanTmt = Number(nip.slice(12, 14));
    if (bulanTmt < 1 || bulanTmt > 12) {
      return gagal(`bulan TMT CPNS pada NIP (${nip.slice(12, 14)}) harus 01-12`);
    }
    jenis = 'PNS';
    tmt = keIso(tahunTmt, bulanTmt, 1);
    tmtTeks = `${tahunTmt}-${String(bulanTmt).padStart(2, '0')}`;
  } else if (d13 === '2' && d14 >= 1 && d14 <= 9) {
    jenis = 'PPPK';
    tmt = keIso(tahunTmt, 1, 1);
    tmtTeks = String(tahunTmt);
    frekuensi = d14;
  } else {
    return gagal(`digit ke-13 dan ke-14 NIP (${nip.slice(12, 14)}) bukan bulan TMT CPNS (01-12) maupun kode PPPK (21-29)`);
  }
  if (tahunTmt < 1940) return gagal(`tahun TMT pada NIP (${tahunTmt}) tidak wajar`);
  // The TMT month is known, the day is not: judge the age on the last day of that month/year.
  const akhirTmt = jenis === 'PNS' ? keIso(tahunTmt, Number(nip.slice(12, 14)), 28) : keIso(tahunTmt, 12, 31);
  if (akhirTmt < tanggalLahir || umurPada(tanggalLahir, akhirTmt) < 18) {
    return gagal(`TMT ${jenis === 'PNS' ? 'CPNS' : 'PPPK'} pada NIP (${tmtTeks}) sebelum usia 18 tahun`);
  }
  return berhasil({ nip, jenis, tanggalLahir, tmt, tmtTeks, jenisKelamin: kelamin === '1' ? 'L' : 'P', urut, ...(frekuensi ? { frekuensi } : {}) });
}

/** `19660710 199203 1 007` (PNS) or `19900101 2021 2 1 1 001` (PPPK). */
export function formatNip(nip: string): string {
  const d = bersihkanNip(nip);
  if (d.length !== 18) return nip;
  if (d[12] === '2') return `${d.slice(0, 8)} ${d.slice(8, 12)} ${d[12]} ${d[13]} ${d[14]} ${d.slice(15)}`;
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d[14]} ${d.slice(15)}`;
}
