export { perbaruiDataTerkini } from './riwayat/data-terkini.ts';
export * from './riwayat/jenis-riwayat.ts';
export {
  DEKLARASI_RIWAYAT, JENIS_RIWAYAT_IMPOR, kolomSql, medanForm, tipeSql,
  type DeklarasiRiwayat, type MedanRiwayat, type PilihanMedan, type TipeMedan,
} from './riwayat/definisi-riwayat.ts';
export { daftarRiwayat } from './riwayat/daftar-riwayat.ts';
export { tambahRiwayat } from './riwayat/tambah-riwayat.ts';
export { ubahRiwayat } from './riwayat/ubah-riwayat.ts';
export { hapusRiwayat } from './riwayat/hapus-riwayat.ts';
export { sisipRiwayat, perbaruiRiwayat, buangRiwayat, type SumberData } from './riwayat/tulis-riwayat.ts';
export * from './pegawai/identitas.ts';
export { pegawaiDalamLingkup, type PegawaiInti } from './pegawai/pegawai-dalam-lingkup.ts';
export * from './pegawai/cari-pegawai.ts';
export { ambilPegawai, type ProfilPegawai } from './pegawai/ambil-pegawai.ts';
export { ubahPegawai, skemaUbahPegawai } from './pegawai/ubah-pegawai.ts';
export { tambahPegawai, skemaTambahPegawai } from './pegawai/tambah-pegawai.ts';
export { ubahKedudukan, type Kedudukan, type UbahKedudukan } from './pegawai/ubah-kedudukan.ts';
export * from './berkas/berkas.ts';
export * from './usulan/jenis-usulan.types.ts';
export { ajukanUsulan, skemaAjukanUsulan } from './usulan/ajukan-usulan.ts';
export * from './usulan/daftar-usulan.ts';
export * from './usulan/putuskan-usulan.ts';
export * from './organisasi/organisasi.ts';
export { ubahZonaInstansi } from './organisasi/ubah-zona-instansi.ts';
export * from './dasbor/statistik-pegawai.ts';
export { labelField, LABEL_FIELD } from './label.ts';
export { imporPegawai, type HasilImpor, type BerkasImpor } from './impor/impor-pegawai.ts';
export { buatTemplateImpor, laporanMasalahXlsx, laporanMasalahCsv } from './impor/template-impor.ts';
export { DAFTAR_LEMBAR, LEMBAR_IMPOR, type LembarImpor } from './impor/lembar-impor.ts';
export type { MasalahImpor } from './impor/validasi-impor.ts';
export { eksporPegawai } from './ekspor/ekspor-pegawai.ts';
export * from './usulan/usulan.types.ts';
export * from './impor/hasil-impor.types.ts';
