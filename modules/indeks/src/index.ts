export { skemaAcuanIpAsn, tentukanAcuan, kePegawaiIpAsn } from './ip-asn/aturan-dan-acuan.ts';
export { sqlFitur, JENDELA_BAWAAN, type FiturPegawai } from './ip-asn/fitur-pegawai.ts';
export { hitungIpAsn, URAIAN_KEKURANGAN } from './ip-asn/hitung-ip-asn.ts';
export { daftarKekuranganIpAsn, skemaDaftarKekurangan, KODE_KEKURANGAN } from './ip-asn/daftar-kekurangan.ts';
export { rencanaPelatihan, skemaRencanaPelatihan, JENIS_PELATIHAN, LABEL_PELATIHAN } from './ip-asn/rencana-pelatihan.ts';
export { simpanHasilIpAsn, skemaSimpanHasilIpAsn } from './hasil/simpan-hasil-ip-asn.ts';
export { daftarHasilIndeks, skemaDaftarHasil } from './hasil/daftar-hasil-indeks.ts';
