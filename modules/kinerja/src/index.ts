// Kinerja (issue 12 items 1-3): the SKP of an ASN planned from the Perjanjian Kinerja cascade,
// agreed by both parties and revised into versions; realisasi, feedback and dialog kinerja; the
// atasan's team, a unit's cascade tree and progress per unit.
export * from './aturan-kinerja.ts';
export { PERILAKU } from './perilaku.ts';
export { sqlAtasanLangsung, syaratSkp } from './akses.ts';
export { labelTarget, type Skp } from './skp/skp.ts';
export { buatSkp, skemaBuatSkp, tentukanPenilai } from './skp/buat-skp.ts';
export { ambilSkp } from './skp/ambil-skp.ts';
export { kinerjaSaya } from './skp/kinerja-saya.ts';
export { pilihanRhk } from './skp/pilihan-rhk.ts';
export { simpanRhk, skemaSimpanRhk } from './skp/simpan-rhk.ts';
export { hapusRhk } from './skp/hapus-rhk.ts';
export { ambilRhkDariPk, skemaAmbilDariPk } from './skp/ambil-dari-pk.ts';
export { simpanEkspektasi, skemaEkspektasi } from './skp/simpan-ekspektasi.ts';
export { ajukanSkp, skemaAjukanSkp } from './skp/ajukan-skp.ts';
export { setujuiSkp, skemaSetujuiSkp } from './skp/setujui-skp.ts';
export { revisiSkp, skemaRevisiSkp } from './skp/revisi-skp.ts';
export { simpanRealisasiSkp, skemaSimpanRealisasi } from './pelaksanaan/simpan-realisasi.ts';
export { type RealisasiSkpPegawai, realisasiSkpPeriode } from './pelaksanaan/realisasi-tpp.ts';
export { unggahBuktiRealisasiSkp } from './pelaksanaan/unggah-bukti-realisasi.ts';
export { ambilBuktiRealisasiSkp } from './pelaksanaan/ambil-bukti-realisasi.ts';
export { tambahUmpanBalik, skemaUmpanBalik } from './pelaksanaan/tambah-umpan-balik.ts';
export { tambahDialog, skemaDialog } from './pelaksanaan/tambah-dialog.ts';
export { daftarTim } from './pantau/daftar-tim.ts';
export { pohonKinerja } from './pantau/pohon-kinerja.ts';
export { progresUnit } from './pantau/progres-unit.ts';
export { nilaiSkp, skemaNilaiSkp } from './penilaian/nilai-skp.ts';
export { finalkanPenilaian, skemaFinalkanPenilaian } from './penilaian/finalkan-penilaian.ts';
export { konteksPenilaian, realisasiSampai, skemaKonteksPenilaian } from './penilaian/konteks-penilaian.ts';
export { usulanPimpinan } from './penilaian/usulan-pimpinan.ts';
export { evaluasiPeriodik } from './pantau/evaluasi-periodik.ts';
export { lepasAktivitas, tautkanAktivitas, skemaTautkanAktivitas } from './pelaksanaan/aktivitas-rhk.ts';
export { cetakSkp, dokumenEvaluasiSkp, dokumenRencanaSkp, skemaCetakSkp } from './dokumen/cetak-skp.ts';
