// TPP monthly (issue 12 item 5, RULES.md section 10): a month computed for every ASN from the
// presensi rekap, approved activities, riwayat gaji and hukdis under the versioned rule set,
// reviewed per perangkat daerah, locked by BKD, corrected later by adjustment lines; the daftar
// nominatif (XLSX, PDF) and the bank file for BKAD; kelas jabatan as data (list, edit, import); the
// bank accounts the TPP is paid to (list, edit, export, template, import); the month's daftar gaji
// imported from the payroll application (the BPJS base: gaji dan tunjangan).
export { aturanBulan, bacaDanSusun, hitungBulanTpp } from './hitung/hitung-bulan.ts';
export { MENIT_KERJA_HARI, masukanTersimpan, susunBulanTpp, susunSatu, type BarisTpp, type SumberTpp } from './hitung/susun-tpp.ts';
export { barisTpp, bulanTpp } from './bulan/bulan-tpp.ts';
export { rincianTpp } from './bulan/rincian-tpp.ts';
export { tinjauTpp } from './bulan/tinjau-tpp.ts';
export { kunciTpp } from './bulan/kunci-tpp.ts';
export { buatPenyesuaianTpp } from './penyesuaian/buat-penyesuaian.ts';
export { berkasBankTpp, cetakNominatifTpp, eksporNominatifTpp } from './nominatif/nominatif.ts';
export { daftarKelasJabatan, eksporKelasJabatan, imporKelasJabatan, ubahKelasJabatanTpp } from './kelas-jabatan/kelas-jabatan.ts';
export { simpanRekeningTpp } from './rekening/simpan-rekening.ts';
export { daftarRekeningTpp, eksporRekeningTpp } from './rekening/daftar-rekening.ts';
export { imporRekeningTpp, templatRekeningTpp } from './rekening/impor-rekening.ts';
export { daftarGajiTpp, eksporGajiTpp, gajiBulanTpp, type GajiBulan } from './gaji/daftar-gaji.ts';
export { imporGajiTpp, templatGajiTpp } from './gaji/impor-gaji.ts';
