// SAKIP (issue 4): Renstra, program/kegiatan/sub kegiatan and pagu, Perjanjian Kinerja, realisasi
// per tribulan (manual with evidence, or measured by the platform) and the computations the
// LKjIP is assembled from. Described for the other parts in /work/notes/sakip-skema.md.
export { syaratUnit, unitKelola } from './lingkup.ts';
export { buatRenstra, skemaBuatRenstra } from './renstra/buat-renstra.ts';
export { ubahRenstra, skemaUbahRenstra } from './renstra/ubah-renstra.ts';
export { daftarRenstra, skemaDaftarRenstra } from './renstra/daftar-renstra.ts';
export { ambilRenstra, bacaIndikatorRenstra, type IndikatorRenstra } from './renstra/ambil-renstra.ts';
export { simpanTujuan, skemaSimpanTujuan } from './renstra/simpan-tujuan.ts';
export { simpanSasaran, skemaSimpanSasaran } from './renstra/simpan-sasaran.ts';
export { simpanProgramKegiatan, skemaSimpanProgramKegiatan, TINGKAT_PROGRAM } from './renstra/simpan-program-kegiatan.ts';
export { simpanIndikator, skemaSimpanIndikator } from './renstra/simpan-indikator.ts';
export { hapusUnsurRenstra, skemaHapusUnsurRenstra } from './renstra/hapus-unsur-renstra.ts';
export { bacaPohonProgram, subKegiatanDi, semuaSimpul, type SimpulProgram } from './renstra/pohon-program.ts';
export { buatPk, skemaBuatPk } from './pk/buat-pk.ts';
export { ubahPk, skemaUbahPk } from './pk/ubah-pk.ts';
export { ajukanPk, skemaAjukanPk } from './pk/ajukan-pk.ts';
export { setujuiPk, skemaSetujuiPk } from './pk/setujui-pk.ts';
export { revisiPk, skemaRevisiPk } from './pk/revisi-pk.ts';
export { ambilPk } from './pk/ambil-pk.ts';
export { bacaPkBerlaku, type PkBerlaku } from './pk/pk-berlaku.ts';
export { daftarPk, skemaDaftarPk } from './pk/daftar-pk.ts';
export type { PerjanjianKinerja, StatusPk } from './pk/pk.ts';
export { simpanRealisasi, skemaSimpanRealisasi } from './realisasi/simpan-realisasi.ts';
export { unggahBuktiRealisasi, skemaBuktiRealisasi } from './realisasi/unggah-bukti-realisasi.ts';
export { ambilBuktiRealisasi } from './realisasi/ambil-bukti-realisasi.ts';
export { isiRealisasiOtomatis, skemaIsiRealisasiOtomatis } from './realisasi/isi-realisasi-otomatis.ts';
export { simpanRealisasiAnggaran, skemaSimpanRealisasiAnggaran } from './realisasi/simpan-realisasi-anggaran.ts';
export { SUMBER_OTOMATIS, LABEL_SUMBER_OTOMATIS, type SumberOtomatis } from './realisasi/sumber-otomatis.ts';
export { hitungCapaianUnit, skemaHitungCapaianUnit, type CapaianUnit } from './capaian/hitung-capaian-unit.ts';
export { eksporRealisasi } from './capaian/ekspor-realisasi.ts';
export { ringkasanAnggaranUnit, skemaRingkasanAnggaranUnit, type PosProgram } from './capaian/ringkasan-anggaran-unit.ts';
export { renstraUnitTahun, type RenstraUnit } from './capaian/renstra-unit.ts';
export { eksporRenstra, templatRenstra } from './impor/ekspor-renstra.ts';
export { imporRenstra, type HasilImporRenstra } from './impor/impor-renstra.ts';
export { LEMBAR_RENSTRA } from './impor/lembar-renstra.ts';
// LKjIP (owner: lkjip): the report model, its assembler and renderers, narratives, sarana prasarana, the PK print.
export { BAGIAN_NARASI, DAFTAR_BAGIAN_NARASI, namaPeriode, type BagianNarasi, type LaporanLkjip, type TemuanLaporan } from './lkjip/model.ts';
export { susunLaporanLkjip, skemaSusunLkjip } from './lkjip/susun-laporan.ts';
export { berkasLkjip, namaBerkasLkjip, FORMAT_BERKAS, type FormatBerkas } from './lkjip/berkas-lkjip.ts';
export { ambilPekerjaanLkjip, buatBerkasLkjip, daftarkanPekerjaanLkjip, daftarPekerjaanLkjip, jalankanLkjip, mintaLkjip, skemaBuatLkjip, JENIS_PEKERJAAN_LKJIP,
  type PekerjaanLkjip } from './lkjip/buat-lkjip.ts';
export { periksaLaporan } from './lkjip/periksa-laporan.ts';
export { ambilNarasiLkjip, skemaAmbilNarasiLkjip } from './lkjip/ambil-narasi-lkjip.ts';
export { simpanNarasiLkjip, skemaSimpanNarasiLkjip } from './lkjip/simpan-narasi-lkjip.ts';
export { ambilSaranaPrasarana, skemaAmbilSaranaPrasarana } from './lkjip/ambil-sarana-prasarana.ts';
export { simpanSaranaPrasarana, skemaSimpanSaranaPrasarana } from './lkjip/simpan-sarana-prasarana.ts';
export { cetakPk, dokumenPk, skemaCetakPk } from './pk/cetak-pk.ts';
