// Aktivitas harian (issue 11 item 5): the ASN's daily activity log, approved in bulk by the atasan.
export * from './aturan-aktivitas.ts';
export { simpanAktivitas, skemaSimpanAktivitas } from './simpan-aktivitas.ts';
export { hapusAktivitas } from './hapus-aktivitas.ts';
export { ajukanAktivitas, skemaAjukanAktivitas } from './ajukan-aktivitas.ts';
export { unggahBuktiAktivitas } from './unggah-bukti-aktivitas.ts';
export { ambilBuktiAktivitas } from './ambil-bukti-aktivitas.ts';
export { aktivitasSaya, antrianAktivitas } from './daftar-aktivitas.ts';
export { bacaAktivitasPegawai } from './baca-aktivitas.ts';
export { putuskanAktivitas, skemaPutuskanAktivitas } from './putuskan-aktivitas.ts';
export { belumIsiAktivitas, eksporBelumIsi, skemaBelumIsi } from './belum-isi.ts';
