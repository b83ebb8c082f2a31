// Pure (no zod), exported by the contract on its own (not through tpp.types.ts): the web's payroll
// page takes these without the schemas (apps/web/kontrak-ringan.ts).

/**
 * The month's payroll (daftar gaji) of one ASN as the finance office's payroll application (GPP /
 * SIMGAJI, BKAD) gives it, declared once: the import's columns, the stored columns, the list, its
 * export and the page's columns all come from this list. Whole rupiah; a tunjangan left empty is 0.
 * The total "gaji dan tunjangan" (kotor) is their sum: the base of the BPJS Kesehatan cap of the
 * TPP month (RULES.md section 10).
 */
export const KOMPONEN_GAJI = [
  { kunci: 'gajiPokok', kolom: 'gaji_pokok', label: 'Gaji pokok', wajib: true },
  { kunci: 'tunjanganKeluarga', kolom: 'tunjangan_keluarga', label: 'Tunjangan keluarga', wajib: false },
  { kunci: 'tunjanganJabatan', kolom: 'tunjangan_jabatan', label: 'Tunjangan jabatan (struktural/fungsional)', wajib: false },
  { kunci: 'tunjanganUmum', kolom: 'tunjangan_umum', label: 'Tunjangan umum', wajib: false },
  { kunci: 'tunjanganBeras', kolom: 'tunjangan_beras', label: 'Tunjangan beras', wajib: false },
  { kunci: 'tunjanganLain', kolom: 'tunjangan_lain', label: 'Tunjangan lain', wajib: false },
] as const;
export type KunciGaji = (typeof KOMPONEN_GAJI)[number]['kunci'];
/** The import's other columns: who (nip; nama only a reminder) and the optional check total (the payroll's "jumlah kotor"). */
export const KOLOM_GAJI = { nip: 'nip', nama: 'nama', jumlahKotor: 'jumlah_kotor' } as const;
/** The largest amount a cell may hold (Rp 1 miliar a month: a typo's extra digits stop here). */
export const RUPIAH_GAJI_MAKS = 1_000_000_000;
