// The workflow engine (`@simasn/platform/alur`): a request moving through a service's steps by
// role, with a document checklist, a timeline, step data and effects run as a saga. Every module
// may put its requests on it (layanan's KGB, kenaikan pangkat, pensiun; later presensi leave
// requests, SKP approvals). The engine owns usulan_layanan, jejak_usulan_layanan and
// dokumen_usulan_layanan; a module writes them only through these functions.
export * from './definisi.ts';
export { dataLangkah, JENIS_ISIAN, type IsianLangkah, type JenisIsian } from './isian-langkah.ts';
export { jalankanLangkah, langkahSaga, GagalSaga, type LangkahSaga } from './saga.ts';
export { auditTransisi, bacaUsulan, catatJejak, catatanJejakTerakhir, bolehBertindak, definisiUsulan, gabungDataUsulan, type EntriJejak } from './usulan.ts';
export { buatUsulanSelesaiMassal, catatJejakBanyak, gabungDataUsulanMassal, tutupUsulanMassal, type JejakMassal } from './massal.ts';
export { ajukanUsulanLayanan, skemaAjukanUsulanLayanan } from './ajukan-usulan-layanan.ts';
export { prosesUsulanLayanan, skemaProsesUsulanLayanan, skemaIdUsulanLayanan } from './proses-usulan-layanan.ts';
export { lampirkanDokumen, skemaKodeDokumenUsulan, skemaPakaiArsip, type SumberDokumen } from './lampirkan-dokumen-usulan.ts';
export { ambilUsulanLayanan, jejakUsulan, type JejakUsulan } from './ambil-usulan-layanan.ts';
export { daftarUsulanLayanan, skemaDaftarUsulanLayanan, layananPegawai, skemaLayananPegawai } from './daftar-usulan-layanan.ts';
export { eksporUsulanLayanan } from './ekspor-usulan-layanan.ts';
export { bukaDataLayanan, bukaUsulan, KOLOM_TERENKRIPSI_ALUR, sandikanDataLayanan } from './data-usulan.ts';
export { daftarPeriksaDokumen, dokumenKurang } from './dokumen.ts';
