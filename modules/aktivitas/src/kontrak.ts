import { titik } from '@simasn/kontrak';
import { skemaAjukanAktivitas, skemaAktivitas, skemaAktivitasSaya, skemaAntrianAktivitas, skemaBelumIsi, skemaIdAktivitas, skemaPutuskanAktivitas, skemaResponsAjukanAktivitas,
  skemaResponsAktivitasSaya, skemaResponsAntrianAktivitas, skemaResponsBelumIsi, skemaResponsHapus, skemaResponsPutuskanAktivitas,
  skemaSimpanAktivitas } from './aktivitas.types.ts';

/** Aktivitas harian (server: apps/server/src/rute/aktivitas.ts). Pure: the web imports `@simasn/aktivitas/kontrak`. */
export const KONTRAK_AKTIVITAS = {
  saya: titik({ method: 'GET', url: '/api/aktivitas/saya', akses: 'aktivitas:baca', tag: 'aktivitas', query: skemaAktivitasSaya,
    ringkasan: 'Aktivitas harian Anda pada rentang tanggal (bawaan 7 hari terakhir) dan batas pengisiannya', respons: skemaResponsAktivitasSaya }),
  tambah: titik({ method: 'POST', url: '/api/aktivitas', akses: 'aktivitas:isi', tag: 'aktivitas', body: skemaSimpanAktivitas,
    ringkasan: 'Mencatat satu aktivitas harian Anda sebagai konsep (dalam batas pengisian)', respons: skemaAktivitas }),
  ubah: titik({ method: 'PUT', url: '/api/aktivitas/:id', akses: 'aktivitas:isi', tag: 'aktivitas', params: skemaIdAktivitas, body: skemaSimpanAktivitas,
    ringkasan: 'Memperbaiki aktivitas konsep atau yang ditolak (menjadi konsep lagi)', respons: skemaAktivitas }),
  hapus: titik({ method: 'DELETE', url: '/api/aktivitas/:id', akses: 'aktivitas:isi', tag: 'aktivitas', params: skemaIdAktivitas,
    ringkasan: 'Menghapus aktivitas konsep atau yang ditolak', respons: skemaResponsHapus }),
  /** Multipart (field `file`: PDF, PNG or JPEG, at most 5 MB). */
  unggahBukti: titik({ method: 'POST', url: '/api/aktivitas/:id/bukti', akses: 'aktivitas:isi', tag: 'aktivitas', params: skemaIdAktivitas,
    ringkasan: 'Melampirkan bukti aktivitas (PDF, PNG atau JPEG, paling besar 5 MB)', respons: skemaAktivitas }),
  bukti: titik({ method: 'GET', url: '/api/aktivitas/:id/bukti', akses: 'aktivitas:baca', tag: 'aktivitas', params: skemaIdAktivitas, hasil: 'pdf',
    ringkasan: 'Membuka bukti aktivitas (PDF, PNG atau JPEG)' }),
  ajukan: titik({ method: 'POST', url: '/api/aktivitas/ajukan', akses: 'aktivitas:isi', tag: 'aktivitas', body: skemaAjukanAktivitas,
    ringkasan: 'Mengajukan aktivitas konsep Anda kepada atasan (semua yang dipilih atau tidak sama sekali)', respons: skemaResponsAjukanAktivitas }),
  /** `aktivitas:isi`: an ASN acting today as plt or delegate of an away atasan (the action refuses everyone else). */
  antrian: titik({ method: 'GET', url: '/api/aktivitas/antrian', akses: ['aktivitas:setujui', 'aktivitas:isi'], tag: 'aktivitas', query: skemaAntrianAktivitas,
    ringkasan: 'Aktivitas bawahan yang menunggu keputusan Anda (atasan langsung; atasan di atasnya setelah tenggat atau saat atasan langsung tidak ada)',
    respons: skemaResponsAntrianAktivitas }),
  putuskan: titik({ method: 'POST', url: '/api/aktivitas/putuskan', akses: ['aktivitas:setujui', 'aktivitas:isi'], tag: 'aktivitas', body: skemaPutuskanAktivitas,
    ringkasan: 'Menyetujui atau menolak (dengan alasan) banyak aktivitas sekaligus; yang sudah diputuskan orang lain dilewati', respons: skemaResponsPutuskanAktivitas }),
  belumIsi: titik({ method: 'GET', url: '/api/aktivitas/belum-isi', akses: 'aktivitas:baca', tag: 'aktivitas', query: skemaBelumIsi,
    ringkasan: 'Pegawai dalam lingkup Anda yang belum mengajukan aktivitas pada satu hari kerja (yang cuti/izin/sakit tidak dihitung)', respons: skemaResponsBelumIsi }),
  eksporBelumIsi: titik({ method: 'GET', url: '/api/aktivitas/belum-isi/ekspor.xlsx', akses: 'aktivitas:baca', tag: 'aktivitas', query: skemaBelumIsi, hasil: 'xlsx',
    ringkasan: 'Daftar yang belum mengisi aktivitas sebagai XLSX, dengan pencarian dan saringan yang sama' }),
};

export * from './aktivitas.types.ts';
export * from './aturan-aktivitas.ts';
