export { skemaAcuanIpAsn, tentukanAcuan, kePegawaiIpAsn, pembacaIpAsn } from './ip-asn/aturan-dan-acuan.ts';
export { sqlFitur, JENDELA_BAWAAN, type FiturPegawai } from './ip-asn/fitur-pegawai.ts';
export { hitungIpAsn, URAIAN_KEKURANGAN } from './ip-asn/hitung-ip-asn.ts';
export { daftarKekuranganIpAsn, skemaDaftarKekurangan, KODE_KEKURANGAN } from './ip-asn/daftar-kekurangan.ts';
export { rencanaPelatihan, skemaRencanaPelatihan, JENIS_PELATIHAN, LABEL_PELATIHAN, labelPelatihan } from './ip-asn/rencana-pelatihan.ts';
export { simpanHasilIpAsn, skemaSimpanHasilIpAsn } from './hasil/simpan-hasil-ip-asn.ts';
export { daftarHasilIndeks, skemaDaftarHasil } from './hasil/daftar-hasil-indeks.ts';
export {
  hasilIndeksBeku, ipAsnPeriode, type HasilIndeksBeku, type IpAsnPeriode, type JenisHasilIndeks, type MemoIpAsn, type RincianIpAsn,
  type RincianMerit, type RincianNspk,
} from './hasil/hasil-periode.ts';
export * from './ikm/kuesioner.ts';
export { skemaPeriodeIkm, tentukanPeriode, type PeriodeIkm, type RentangPeriode } from './ikm/periode.ts';
export { tambahLayananSurvei, skemaTambahLayananSurvei } from './ikm/tambah-layanan-survei.ts';
export { ubahLayananSurvei, skemaUbahLayananSurvei } from './ikm/ubah-layanan-survei.ts';
export { daftarLayananSurvei, skemaDaftarLayananSurvei } from './ikm/daftar-layanan-survei.ts';
export { bukaFormulirSurvei } from './ikm/buka-formulir-survei.ts';
export { kirimResponSurvei, skemaResponSurvei } from './ikm/kirim-respon-survei.ts';
export { hasilIkmLayanan, skemaHasilIkm } from './ikm/hasil-ikm-layanan.ts';
export { ringkasanIkmInstansi, skemaRingkasanIkm } from './ikm/ringkasan-ikm-instansi.ts';
export { eksporHasilIkm, skemaEksporHasilIkm } from './ikm/ekspor-hasil-ikm.ts';
export { daftarInstrumenMerit } from './merit/daftar-instrumen-merit.ts';
export { simpanInstrumenMerit, skemaSimpanInstrumenMerit } from './merit/simpan-instrumen-merit.ts';
export { bukaPenilaianMerit, skemaBukaPenilaianMerit } from './merit/buka-penilaian-merit.ts';
export { daftarPenilaianMerit } from './merit/daftar-penilaian-merit.ts';
export { ambilPenilaianMerit, skemaIdPenilaianMerit } from './merit/ambil-penilaian-merit.ts';
export { ubahSkorMerit, skemaUbahSkorMerit, skemaKodeSubAspek } from './merit/ubah-skor-merit.ts';
export { ubahTargetMerit, skemaUbahTargetMerit } from './merit/ubah-target-merit.ts';
export { unggahBuktiMerit } from './merit/unggah-bukti-merit.ts';
export { periksaBukti, simpanDokumenBukti, UKURAN_MAKS_BUKTI, type DokumenBuktiBaru, type JenisBukti } from './bukti/dokumen-bukti.ts';
export { ambilBuktiMerit, skemaBuktiMerit } from './merit/ambil-bukti-merit.ts';
export { finalisasiMerit, skemaFinalisasiMerit } from './merit/finalisasi-merit.ts';
export { bukaKembaliMerit, skemaBukaKembaliMerit } from './merit/buka-kembali-merit.ts';
export { rincianMerit, type PenilaianMerit } from './merit/penilaian.ts';
export { skemaTahunNspk } from './nspk/penilaian-nspk.ts';
export { daftarPenilaianNspk } from './nspk/daftar-penilaian-nspk.ts';
export { ambilPenilaianNspk } from './nspk/ambil-penilaian-nspk.ts';
export { simpanPenilaianNspk, skemaSimpanPenilaianNspk } from './nspk/simpan-penilaian-nspk.ts';
export { bekukanNspk, skemaBekukanNspk } from './nspk/bekukan-nspk.ts';
