import { titik } from '@simasn/kontrak';
import { skemaCetakSkp } from './dokumen/dokumen.types.ts';
import { skemaDialog, skemaIdAktivitasSkp, skemaIdRealisasi, skemaSimpanRealisasi, skemaTautkanAktivitas, skemaUmpanBalik } from './pelaksanaan/pelaksanaan.types.ts';
import { skemaFinalkanPenilaian, skemaKonteksPenilaian, skemaNilaiSkp, skemaResponsKonteksPenilaian, skemaResponsPenilaian } from './penilaian/penilaian.types.ts';
import { skemaEvaluasiPeriodik, skemaPohon, skemaProgres, skemaResponsEvaluasiPeriodik, skemaResponsPohon, skemaResponsProgres, skemaResponsTim,
  skemaTim } from './pantau/pantau.types.ts';
import { skemaAjukanSkp, skemaAmbilDariPk, skemaBuatSkp, skemaEkspektasi, skemaHapusRhk, skemaIdRhk, skemaIdSkp, skemaResponsKinerjaSaya, skemaResponsPilihanRhk, skemaRevisiSkp,
  skemaSetujuiSkp, skemaSimpanRhk, skemaSkp, skemaTahunKinerja } from './skp/skp.types.ts';

/** Kinerja: SKP, realisasi, feedback, dialog, team and cascade (server: apps/server/src/rute/kinerja.ts). Pure: the web imports `@simasn/kinerja/kontrak`. */
export const KONTRAK_KINERJA = {
  saya: titik({ method: 'GET', url: '/api/kinerja/saya', akses: 'kinerja:isi', tag: 'kinerja', query: skemaTahunKinerja,
    ringkasan: 'SKP Anda pada satu tahun (bawaan tahun ini) beserta pejabat penilainya', respons: skemaResponsKinerjaSaya }),
  buat: titik({ method: 'POST', url: '/api/kinerja/skp', akses: 'kinerja:isi', tag: 'kinerja', body: skemaBuatSkp,
    ringkasan: 'Menyusun SKP Anda untuk satu tahun (pejabat penilai dari struktur jabatan)', respons: skemaSkp }),
  ambil: titik({ method: 'GET', url: '/api/kinerja/skp/:id', akses: 'kinerja:baca', tag: 'kinerja', params: skemaIdSkp,
    ringkasan: 'Satu versi SKP (milik sendiri, bawahan langsung yang Anda nilai, atau dalam lingkup unit/instansi)', respons: skemaSkp }),
  pilihanRhk: titik({ method: 'GET', url: '/api/kinerja/skp/:id/pilihan-rhk', akses: 'kinerja:baca', tag: 'kinerja', params: skemaIdSkp,
    ringkasan: 'RHK atasan yang dapat diintervensi dan indikator Perjanjian Kinerja yang dapat diambil', respons: skemaResponsPilihanRhk }),
  tambahRhk: titik({ method: 'POST', url: '/api/kinerja/skp/:id/rhk', akses: 'kinerja:isi', tag: 'kinerja', params: skemaIdSkp, body: skemaSimpanRhk,
    ringkasan: 'Menambah RHK (utama atau tambahan) dengan indikator dan target pada draf SKP Anda', respons: skemaSkp }),
  ubahRhk: titik({ method: 'PUT', url: '/api/kinerja/skp/:id/rhk/:rhkId', akses: 'kinerja:isi', tag: 'kinerja', params: skemaIdRhk, body: skemaSimpanRhk,
    ringkasan: 'Mengubah RHK pada draf SKP Anda', respons: skemaSkp }),
  hapusRhk: titik({ method: 'DELETE', url: '/api/kinerja/skp/:id/rhk/:rhkId', akses: 'kinerja:isi', tag: 'kinerja', params: skemaIdRhk, query: skemaHapusRhk,
    ringkasan: 'Menghapus RHK dari draf SKP Anda (kecuali yang sudah diintervensi bawahan)', respons: skemaSkp }),
  rhkDariPk: titik({ method: 'POST', url: '/api/kinerja/skp/:id/rhk-pk', akses: 'kinerja:isi', tag: 'kinerja', params: skemaIdSkp, body: skemaAmbilDariPk,
    ringkasan: 'Mengambil indikator Perjanjian Kinerja Anda menjadi RHK utama (sekali klik)', respons: skemaSkp }),
  ekspektasi: titik({ method: 'PUT', url: '/api/kinerja/skp/:id/ekspektasi', akses: 'kinerja:nilai', tag: 'kinerja', params: skemaIdSkp, body: skemaEkspektasi,
    ringkasan: 'Pejabat penilai menetapkan ekspektasi khusus perilaku kerja (BerAKHLAK)', respons: skemaSkp }),
  ajukan: titik({ method: 'POST', url: '/api/kinerja/skp/:id/ajukan', akses: 'kinerja:isi', tag: 'kinerja', params: skemaIdSkp, body: skemaAjukanSkp,
    ringkasan: 'Menandatangani dan mengajukan SKP kepada pejabat penilai', respons: skemaSkp }),
  setujui: titik({ method: 'POST', url: '/api/kinerja/skp/:id/setujui', akses: 'kinerja:nilai', tag: 'kinerja', params: skemaIdSkp, body: skemaSetujuiSkp,
    ringkasan: 'Pejabat penilai menyetujui SKP atau mengembalikannya dengan catatan', respons: skemaSkp }),
  revisi: titik({ method: 'POST', url: '/api/kinerja/skp/:id/revisi', akses: 'kinerja:isi', tag: 'kinerja', params: skemaIdSkp, body: skemaRevisiSkp,
    ringkasan: 'Membuat revisi SKP yang sudah disepakati (versi lama disimpan)', respons: skemaSkp }),
  realisasi: titik({ method: 'POST', url: '/api/kinerja/skp/:id/realisasi', akses: 'kinerja:isi', tag: 'kinerja', params: skemaIdSkp, body: skemaSimpanRealisasi,
    ringkasan: 'Mencatat realisasi satu RHK pada satu periode', respons: skemaSkp }),
  /** Multipart (field `file`: PDF, PNG or JPEG, at most 5 MB). */
  unggahBukti: titik({ method: 'POST', url: '/api/kinerja/realisasi/:id/bukti', akses: 'kinerja:isi', tag: 'kinerja', params: skemaIdRealisasi,
    ringkasan: 'Melampirkan bukti realisasi (PDF, PNG atau JPEG, paling besar 5 MB)', respons: skemaSkp }),
  bukti: titik({ method: 'GET', url: '/api/kinerja/realisasi/:id/bukti', akses: 'kinerja:baca', tag: 'kinerja', params: skemaIdRealisasi, hasil: 'pdf',
    ringkasan: 'Membuka bukti realisasi SKP' }),
  umpanBalik: titik({ method: 'POST', url: '/api/kinerja/skp/:id/umpan-balik', akses: 'kinerja:nilai', tag: 'kinerja', params: skemaIdSkp, body: skemaUmpanBalik,
    ringkasan: 'Pejabat penilai memberi umpan balik berkelanjutan', respons: skemaSkp }),
  dialog: titik({ method: 'POST', url: '/api/kinerja/skp/:id/dialog', akses: 'kinerja:nilai', tag: 'kinerja', params: skemaIdSkp, body: skemaDialog,
    ringkasan: 'Mencatat dialog kinerja (tanggal, catatan, tindak lanjut yang disepakati)', respons: skemaSkp }),
  nilai: titik({ method: 'PUT', url: '/api/kinerja/skp/:id/penilaian', akses: 'kinerja:nilai', tag: 'kinerja', params: skemaIdSkp, body: skemaNilaiSkp,
    ringkasan: 'Pejabat penilai memberi rating hasil kerja dan perilaku beserta alasannya (draf), dengan peringatan sebaran predikat', respons: skemaResponsPenilaian }),
  finalkan: titik({ method: 'POST', url: '/api/kinerja/skp/:id/penilaian/final', akses: 'kinerja:nilai', tag: 'kinerja', params: skemaIdSkp, body: skemaFinalkanPenilaian,
    ringkasan: 'Memfinalkan penilaian (setelah peringatan sebaran predikat); predikat tahunan masuk riwayat SKP', respons: skemaResponsPenilaian }),
  konteksNilai: titik({ method: 'GET', url: '/api/kinerja/skp/:id/penilaian/konteks', akses: 'kinerja:nilai', tag: 'kinerja', params: skemaIdSkp, query: skemaKonteksPenilaian,
    respons: skemaResponsKonteksPenilaian,
    ringkasan: 'Bahan penilaian satu periode: realisasi sampai periode itu, usulan rating pimpinan unit dari capaian SAKIP, penilaian periodik untuk penilaian tahunan' }),
  evaluasiPeriodik: titik({ method: 'GET', url: '/api/kinerja/evaluasi-periodik', akses: 'kinerja:nilai', tag: 'kinerja', query: skemaEvaluasiPeriodik,
    respons: skemaResponsEvaluasiPeriodik, ringkasan: 'Evaluasi periodik (bulanan/triwulanan menurut aturan) bawahan yang Anda nilai: realisasi sampai periode dan penilaiannya' }),
  tautkanAktivitas: titik({ method: 'POST', url: '/api/kinerja/skp/:id/aktivitas', akses: 'kinerja:isi', tag: 'kinerja', params: skemaIdSkp, body: skemaTautkanAktivitas,
    ringkasan: 'Menautkan aktivitas harian Anda pada satu RHK SKP (yang disetujui atasan menjadi bukti realisasinya)', respons: skemaSkp }),
  lepasAktivitas: titik({ method: 'DELETE', url: '/api/kinerja/skp/:id/aktivitas/:aktivitasId', akses: 'kinerja:isi', tag: 'kinerja', params: skemaIdAktivitasSkp,
    ringkasan: 'Melepas tautan satu aktivitas harian dari SKP Anda', respons: skemaSkp }),
  cetak: titik({ method: 'GET', url: '/api/kinerja/skp/:id/cetak', akses: 'kinerja:baca', tag: 'kinerja', params: skemaIdSkp, query: skemaCetakSkp, hasil: 'pdf',
    ringkasan: 'Dokumen SKP atau evaluasi kinerja (periodik/tahunan) dalam format resmi PermenPAN-RB 6/2022, PDF atau DOCX' }),
  tim: titik({ method: 'GET', url: '/api/kinerja/tim', akses: 'kinerja:nilai', tag: 'kinerja', query: skemaTim,
    ringkasan: 'Bawahan langsung Anda: SKP, persetujuan yang menunggu, dan yang tertinggal', respons: skemaResponsTim }),
  pohon: titik({ method: 'GET', url: '/api/kinerja/pohon', akses: 'kinerja:baca', tag: 'kinerja', query: skemaPohon,
    ringkasan: 'Pohon kinerja perangkat daerah: dari Perjanjian Kinerja kepala sampai setiap pegawai', respons: skemaResponsPohon }),
  progres: titik({ method: 'GET', url: '/api/kinerja/progres', akses: 'kinerja:baca', tag: 'kinerja', query: skemaProgres,
    ringkasan: 'Kemajuan penyusunan SKP per unit dalam lingkup Anda', respons: skemaResponsProgres }),
};

export * from './aturan-kinerja.ts';
export * from './skp/skp.types.ts';
export * from './pelaksanaan/pelaksanaan.types.ts';
export * from './pantau/pantau.types.ts';
export * from './penilaian/penilaian.types.ts';
export * from './dokumen/dokumen.types.ts';
export { PERILAKU } from './perilaku.ts';
