import { formatTanggal, formatWaktuSetempat, type ZonaWaktu } from '@simasn/domain';
import { LABEL_PERAN } from '@simasn/kontrak/akses';

/**
 * Every action the audit log records, `entitas.kata_kerja`, with the Indonesian label the audit
 * pages, the export and the chain check show. Declared once, here: `catatAudit` takes only these
 * codes (`AksiAudit`), so an action written anywhere without a label does not compile, and
 * `aksi-audit.test.ts` checks every code written in the sources against this table.
 * Pure data: the web imports it through `@simasn/platform/kontrak`.
 */
export const LABEL_AKSI_AUDIT = { 'auth.masuk': 'Masuk ke aplikasi', 'auth.keluar': 'Keluar dari aplikasi', 'auth.gagal_masuk': 'Gagal masuk (kata sandi salah)',
  'akun.buat': 'Membuat akun', 'akun.ganti_sandi': 'Mengganti kata sandi sendiri', 'akun.reset_sandi': 'Mengatur ulang kata sandi akun', 'akun.nonaktifkan': 'Menonaktifkan akun',
  'akun.aktifkan': 'Mengaktifkan kembali akun', 'akun.ubah_peran': 'Mengubah peran dan unit akun', 'akun.buka_tahanan_masuk': 'Membuka tahanan masuk akun',
  'instansi.ubah_zona': 'Mengubah zona waktu instansi', 'pegawai.tambah': 'Menambah pegawai', 'pegawai.ubah': 'Mengubah data pegawai',
  'pegawai.ubah_dari_usulan': 'Mengubah data pegawai dari usulan yang disetujui', 'pegawai.kedudukan': 'Mengubah kedudukan pegawai', 'pegawai.ekspor': 'Mengekspor daftar pegawai',
  'pegawai.baca_data_pribadi': 'Membuka data pribadi pegawai', 'riwayat_pangkat.tambah': 'Menambah riwayat pangkat', 'riwayat_pangkat.ubah': 'Mengubah riwayat pangkat',
  'riwayat_pangkat.hapus': 'Menghapus riwayat pangkat', 'riwayat_jabatan.tambah': 'Menambah riwayat jabatan', 'riwayat_jabatan.ubah': 'Mengubah riwayat jabatan',
  'riwayat_jabatan.hapus': 'Menghapus riwayat jabatan', 'riwayat_pendidikan.tambah': 'Menambah riwayat pendidikan', 'riwayat_pendidikan.ubah': 'Mengubah riwayat pendidikan',
  'riwayat_pendidikan.hapus': 'Menghapus riwayat pendidikan', 'riwayat_diklat.tambah': 'Menambah riwayat diklat', 'riwayat_diklat.ubah': 'Mengubah riwayat diklat',
  'riwayat_diklat.hapus': 'Menghapus riwayat diklat', 'riwayat_skp.tambah': 'Menambah riwayat SKP', 'riwayat_skp.ubah': 'Mengubah riwayat SKP',
  'riwayat_skp.hapus': 'Menghapus riwayat SKP', 'riwayat_hukdis.tambah': 'Menambah riwayat hukuman disiplin', 'riwayat_hukdis.ubah': 'Mengubah riwayat hukuman disiplin',
  'riwayat_hukdis.hapus': 'Menghapus riwayat hukuman disiplin', 'riwayat_keluarga.tambah': 'Menambah data keluarga', 'riwayat_keluarga.ubah': 'Mengubah data keluarga',
  'riwayat_keluarga.hapus': 'Menghapus data keluarga', 'berkas.unggah': 'Mengunggah dokumen', 'berkas.unduh': 'Mengunduh dokumen', 'impor.pegawai': 'Mengimpor data pegawai',
  'usulan.ajukan': 'Mengajukan usulan perubahan data', 'usulan.setujui': 'Menyetujui usulan perubahan data', 'usulan.tolak': 'Menolak usulan perubahan data',
  'usulan.batalkan': 'Membatalkan usulan perubahan data', 'layanan.ajukan': 'Mengajukan usulan layanan', 'layanan.teruskan': 'Meneruskan usulan layanan',
  'layanan.kembalikan': 'Mengembalikan usulan layanan untuk perbaikan', 'layanan.tolak': 'Menolak usulan layanan', 'layanan.setujui': 'Menyetujui usulan layanan',
  'layanan.batalkan': 'Membatalkan usulan layanan', 'layanan.lampirkan_dokumen': 'Melampirkan dokumen usulan layanan',
  'layanan.periksa_keluarga': 'Memeriksa data keluarga usulan pensiun', 'kgb.terbit': 'Menerbitkan surat KGB', 'kenaikan_pangkat.tmt': 'Mencatat pangkat baru pada TMT',
  'kependudukan.periksa': 'Memeriksa data keluarga ke data kependudukan', 'notifikasi.baca': 'Menandai notifikasi telah dibaca',
  'pekerjaan.kirim': 'Meminta pembuatan laporan atau ekspor', 'indeks.simpan': 'Membekukan hasil indeks', 'indeks.ekspor': 'Mengekspor hasil indeks',
  'sakip.ekspor_realisasi': 'Mengekspor realisasi kinerja', 'kunci.putar': 'Memutar kunci enkripsi data pribadi', 'nspk.simpan': 'Menyimpan penilaian NSPK',
  'merit.buka': 'Membuka penilaian Sistem Merit', 'merit.skor': 'Mengisi skor Sistem Merit', 'merit.bukti': 'Mengunggah bukti Sistem Merit',
  'merit.target': 'Mengubah target Sistem Merit', 'merit.finalisasi': 'Memfinalisasi penilaian Sistem Merit', 'merit.buka_kembali': 'Membuka kembali penilaian Sistem Merit',
  'merit.instrumen_simpan': 'Menyimpan instrumen Sistem Merit', 'survei.isi': 'Mengisi survei kepuasan', 'survei.ekspor': 'Mengekspor hasil survei kepuasan',
  'survei.layanan_tambah': 'Menambah layanan survei', 'survei.layanan_ubah': 'Mengubah layanan survei', 'renstra.buat': 'Membuat Renstra', 'renstra.ubah': 'Mengubah Renstra',
  'renstra.impor': 'Mengimpor Renstra', 'tujuan_renstra.buat': 'Menambah tujuan Renstra', 'tujuan_renstra.ubah': 'Mengubah tujuan Renstra',
  'tujuan_renstra.hapus': 'Menghapus tujuan Renstra', 'sasaran_renstra.buat': 'Menambah sasaran Renstra', 'sasaran_renstra.ubah': 'Mengubah sasaran Renstra',
  'sasaran_renstra.hapus': 'Menghapus sasaran Renstra', 'program_kegiatan.buat': 'Menambah program/kegiatan', 'program_kegiatan.ubah': 'Mengubah program/kegiatan',
  'program_kegiatan.hapus': 'Menghapus program/kegiatan', 'program_kegiatan.pagu': 'Mengubah pagu anggaran', 'indikator_kinerja.buat': 'Menambah indikator kinerja',
  'indikator_kinerja.ubah': 'Mengubah indikator kinerja', 'indikator_kinerja.hapus': 'Menghapus indikator kinerja', 'indikator_kinerja.target': 'Mengubah target indikator kinerja',
  'pk.buat': 'Membuat Perjanjian Kinerja', 'pk.ubah': 'Mengubah Perjanjian Kinerja', 'pk.ajukan': 'Menandatangani dan mengajukan Perjanjian Kinerja',
  'pk.setujui': 'Menyetujui Perjanjian Kinerja', 'pk.kembalikan': 'Mengembalikan Perjanjian Kinerja', 'pk.revisi': 'Membuat perubahan Perjanjian Kinerja',
  'realisasi.simpan': 'Mengisi realisasi kinerja', 'realisasi.otomatis': 'Mengisi realisasi kinerja otomatis', 'realisasi.bukti': 'Mengunggah bukti realisasi',
  'realisasi_anggaran.simpan': 'Mengisi realisasi anggaran', 'lkjip.simpan_narasi': 'Menyimpan narasi LKjIP', 'lkjip.simpan_sarana': 'Menyimpan sarana dan prasarana LKjIP',
  'presensi.masuk': 'Presensi masuk', 'presensi.pulang': 'Presensi pulang', 'presensi.perangkat_ikat': 'Mengikat perangkat presensi pertama',
  'presensi.perangkat_minta': 'Meminta pengikatan perangkat presensi', 'presensi.perangkat_setujui': 'Menyetujui perangkat presensi',
  'presensi.perangkat_tolak': 'Menolak perangkat presensi', 'presensi.titik_tambah': 'Menambah titik presensi', 'presensi.titik_ubah': 'Mengubah titik presensi',
  'presensi.sinyal_putuskan': 'Memutuskan sinyal kecurangan presensi', 'presensi.swafoto_lihat': 'Membuka swafoto presensi',
  'presensi.swafoto_hapus': 'Menghapus swafoto presensi yang habis masa simpannya', 'kalender.tambah': 'Menambah versi kalender kerja unit',
  'cuti.ajukan': 'Mengajukan cuti atau izin', 'cuti.ajukan_batal': 'Memohon pembatalan cuti yang sudah disetujui',
  'cuti.batal': 'Membatalkan cuti yang sudah disetujui (hari yang belum dijalani kembali)', 'pengganti.tambah': 'Menetapkan pengganti atasan (Plt. atau delegasi)',
  'pengganti.cabut': 'Mencabut pengganti atasan', 'pengganti.putuskan': 'Memutuskan sebagai pengganti atasan (Plt. atau delegasi)', 'aktivitas.simpan': 'Mencatat aktivitas harian',
  'aktivitas.hapus': 'Menghapus aktivitas harian', 'aktivitas.ajukan': 'Mengajukan aktivitas harian', 'aktivitas.setujui': 'Menyetujui aktivitas harian',
  'aktivitas.tolak': 'Menolak aktivitas harian', 'aktivitas.ekspor': 'Mengekspor daftar belum mengisi aktivitas',
  'kalender.hapus': 'Menghapus versi kalender kerja unit yang belum berlaku', 'libur.impor': 'Mengimpor daftar hari libur dan cuti bersama',
  'libur.ubah': 'Mengubah daftar hari libur (perubahan daerah)', 'jadwal_shift.simpan': 'Menyimpan jadwal shift pegawai', 'skp.buat': 'Menyusun SKP',
  'skp.ubah': 'Mengubah rencana SKP', 'skp.ajukan': 'Menandatangani dan mengajukan SKP kepada pejabat penilai', 'skp.setujui': 'Menyetujui SKP (pejabat penilai)',
  'skp.kembalikan': 'Mengembalikan SKP untuk diperbaiki', 'skp.revisi': 'Membuat revisi SKP', 'skp.ekspektasi': 'Menetapkan ekspektasi khusus perilaku kerja',
  'skp.realisasi': 'Mencatat realisasi SKP', 'skp.umpan_balik': 'Memberi umpan balik kinerja', 'skp.dialog': 'Mencatat dialog kinerja',
  'skp.nilai': 'Menilai SKP (rating hasil kerja dan perilaku)', 'skp.final': 'Memfinalkan penilaian SKP', 'skp.tautkan_aktivitas': 'Menautkan aktivitas harian pada RHK SKP',
  'skp.lepas_aktivitas': 'Melepas tautan aktivitas harian dari SKP', 'rekap_presensi.ekspor': 'Mengekspor rekap presensi bulanan (XLSX)',
  'rekap_presensi.cetak': 'Mencetak rekap presensi bulanan (PDF)', 'rekap_presensi.hitung_ulang': 'Menghitung ulang hari presensi satu bulan',
  'disiplin.usulan_buat': 'Sistem mengusulkan hukuman disiplin (PP 94/2021)', 'disiplin.usulan_putuskan': 'Memutuskan usulan hukuman disiplin',
  'disiplin.usulan_ganti': 'Usulan hukuman disiplin digantikan usulan yang lebih berat', 'disiplin.usulan_gugur': 'Usulan hukuman disiplin gugur (ambang tidak lagi tercapai)',
  'bank_soal.tambah': 'Membuat bank soal', 'bank_soal.impor': 'Mengimpor butir soal (XLSX)', 'bank_soal.ekspor': 'Mengekspor bank soal (XLSX)',
  'bank_soal.impor_qti': 'Mengimpor butir soal (paket QTI)', 'bank_soal.ekspor_qti': 'Mengekspor bank soal (paket QTI)', 'butir_soal.tambah': 'Menulis butir soal',
  'butir_soal.ubah': 'Mengubah butir soal (versi baru)', 'butir_soal.ubah_status': 'Mengubah status tinjauan butir soal', 'tes_ujian.tambah': 'Membuat tes CAT',
  'tes_ujian.ekspor_analisis': 'Mengekspor analisis butir tes (XLSX)', 'percobaan_ujian.mulai': 'Memulai tes CAT', 'percobaan_ujian.selesai': 'Menyelesaikan tes CAT',
  'percobaan_ujian.waktu_habis': 'Tes CAT ditutup karena waktu habis', 'jawaban_ujian.simpan': 'Menyimpan jawaban tes CAT',
  'sinyal_ujian.catat': 'Mencatat sinyal kecurangan tes CAT', 'tpp.hitung': 'Menghitung TPP sebulan untuk semua pegawai',
  'tpp.tinjau': 'Menandai TPP perangkat daerah sudah ditinjau', 'tpp.batal_tinjau': 'Membatalkan tanda tinjau TPP perangkat daerah',
  'tpp.kunci': 'Mengunci TPP sebulan (tidak dapat diubah lagi)', 'tpp.penyesuaian': 'Membuat penyesuaian TPP atas bulan yang sudah dikunci',
  'tpp.ekspor': 'Mengekspor daftar nominatif TPP (XLSX)', 'tpp.cetak': 'Mencetak daftar nominatif TPP (PDF)', 'tpp.berkas_bank': 'Mengunduh berkas transfer bank TPP',
  'jabatan.ubah_kelas': 'Mengubah kelas jabatan', 'jabatan.impor_kelas': 'Mengimpor kelas jabatan', 'pegawai.ubah_rekening': 'Mengubah rekening bank pegawai',
  'pegawai.impor_rekening': 'Mengimpor rekening bank pegawai', 'tpp.ekspor_rekening': 'Mengekspor daftar rekening TPP',
  'tpp.impor_gaji': 'Mengimpor daftar gaji sebulan (dasar iuran BPJS TPP)', 'tpp.ekspor_gaji': 'Mengekspor daftar gaji sebulan', 'kursus.buat': 'Membuat kursus e-learning',
  'kursus.ubah': 'Mengubah kursus e-learning', 'kursus.status': 'Mengubah status kursus (terbit, arsip, draf)', 'kursus.unggah_pdf': 'Mengunggah PDF modul kursus',
  'kursus.ikuti': 'Mendaftar pada kursus', 'kursus.modul_selesai': 'Menyelesaikan modul kursus', 'kursus.kuis': 'Mengirim jawaban kuis kursus',
  'kursus.lulus': 'Menyelesaikan kursus (sertifikat terbit, riwayat diklat tercatat)', 'sertifikat.cetak': 'Mencetak sertifikat kursus',
  'sertifikat.cabut': 'Mencabut sertifikat kursus (riwayat diklatnya dihapus)', 'jp.ekspor': 'Mengekspor daftar JP pengembangan kompetensi',
  'kompetensi.simpan_teknis': 'Menyimpan kompetensi teknis instansi', 'kompetensi.simpan_standar': 'Mengubah standar kompetensi jabatan',
  'kompetensi.impor_standar': 'Mengimpor standar kompetensi jabatan', 'kompetensi.catat_asesmen': 'Mencatat hasil asesmen kompetensi',
  'kompetensi.setujui_asesmen': 'Memverifikasi hasil asesmen kompetensi', 'kompetensi.tolak_asesmen': 'Menolak hasil asesmen kompetensi',
  'kompetensi.hasil_tes': 'Mencatat hasil tes sebagai hasil asesmen kompetensi', 'kompetensi.ekspor_jpm': 'Mengekspor daftar JPM pegawai (XLSX)',
  'kompetensi.ekspor_asesmen': 'Mengekspor hasil asesmen kompetensi (XLSX)' } as const;

export type AksiAudit = keyof typeof LABEL_AKSI_AUDIT;
/** The part after `layanan.` of the workflow engine's audited transitions. */
export type AksiTransisiAudit = AksiAudit extends infer X ? X extends `layanan.${infer A}` ? A : never : never;

/** What an entry is about (`audit_log.entitas`): the target type filter and the "Sasaran" column. */
export const LABEL_ENTITAS_AUDIT: Record<string, string> = { akun: 'Akun', instansi: 'Instansi', pegawai: 'Pegawai', riwayat_pangkat: 'Riwayat pangkat',
  riwayat_jabatan: 'Riwayat jabatan', riwayat_pendidikan: 'Riwayat pendidikan', riwayat_diklat: 'Riwayat diklat', riwayat_skp: 'Riwayat SKP',
  riwayat_hukdis: 'Riwayat hukuman disiplin', keluarga: 'Data keluarga', riwayat_gaji: 'Riwayat gaji (KGB)', berkas: 'Dokumen', impor: 'Impor',
  usulan_perubahan: 'Usulan perubahan data', usulan_layanan: 'Usulan layanan', notifikasi: 'Notifikasi', pekerjaan: 'Laporan/ekspor', hasil_indeks: 'Hasil indeks',
  penilaian_nspk: 'Penilaian NSPK', penilaian_merit: 'Penilaian Sistem Merit', instrumen_merit: 'Instrumen Sistem Merit', layanan_survei: 'Layanan survei',
  respon_survei: 'Respons survei', renstra: 'Renstra', tujuan_renstra: 'Tujuan Renstra', sasaran_renstra: 'Sasaran Renstra', program_kegiatan: 'Program/kegiatan',
  indikator_kinerja: 'Indikator kinerja', perjanjian_kinerja: 'Perjanjian Kinerja', realisasi_indikator: 'Realisasi kinerja', realisasi_anggaran: 'Realisasi anggaran',
  narasi_lkjip: 'Narasi LKjIP', ip_asn: 'Indeks Profesionalitas ASN', unit: 'Unit kerja', kunci_data: 'Kunci enkripsi data', sarana_prasarana: 'Sarana dan prasarana',
  usulan_cuti: 'Usulan cuti/izin', pembatalan_cuti: 'Permohonan pembatalan cuti', pengganti_atasan: 'Pengganti atasan', aktivitas_harian: 'Aktivitas harian',
  kalender_unit: 'Kalender kerja unit', daftar_libur: 'Daftar hari libur', jadwal_shift: 'Jadwal shift', skp: 'SKP', skp_realisasi: 'Realisasi SKP',
  skp_umpan_balik: 'Umpan balik kinerja', skp_dialog: 'Dialog kinerja', skp_penilaian: 'Penilaian SKP', hari_presensi: 'Hari presensi',
  rekap_presensi_bulan: 'Rekap presensi bulanan', usulan_hukdis_presensi: 'Usulan hukuman disiplin (presensi)', tpp_bulan: 'TPP bulanan', tpp_pegawai: 'TPP pegawai',
  tpp_penyesuaian: 'Penyesuaian TPP', jabatan: 'Jabatan', kursus: 'Kursus e-learning', sertifikat_kursus: 'Sertifikat kursus', bank_soal: 'Bank soal', butir_soal: 'Butir soal',
  tes_ujian: 'Tes CAT', percobaan_ujian: 'Tes CAT peserta', kompetensi_teknis: 'Kompetensi teknis', standar_kompetensi: 'Standar kompetensi jabatan',
  asesmen_kompetensi: 'Hasil asesmen kompetensi' };

/** Roles as recorded on an entry: the roles' own labels, and `sistem` for jobs and commands. */
export const LABEL_PERAN_AUDIT: Record<string, string> = { ...LABEL_PERAN, sistem: 'Sistem' };

const KATA_KERJA: Record<string, string> = { tambah: 'menambah', buat: 'membuat', ubah: 'mengubah', hapus: 'menghapus', simpan: 'menyimpan', ajukan: 'mengajukan',
  setujui: 'menyetujui', tolak: 'menolak', batalkan: 'membatalkan', ekspor: 'mengekspor', impor: 'mengimpor', unggah: 'mengunggah', unduh: 'mengunduh' };

const kapital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The label of an entity type; an unknown one in plain words ("riwayat_gaji" -> "Riwayat gaji"). */
export function labelEntitasAudit(entitas: string): string {
  return LABEL_ENTITAS_AUDIT[entitas] ?? kapital(entitas.replace(/_/g, ' '));
}

/**
 * The label of an action code. Entries written by an older version may carry a code no longer in
 * the table: they read as words ("Mengubah: Sarana prasarana"), never as the raw code.
 */
export function labelAksiAudit(aksi: string): string {
  const l = (LABEL_AKSI_AUDIT as Record<string, string>)[aksi];
  if (l) return l;
  const [entitas = '', kerja = ''] = aksi.split('.');
  const kata = KATA_KERJA[kerja] ?? kerja.replace(/_/g, ' ');
  return `${kapital(kata || 'mencatat')}: ${labelEntitasAudit(entitas).toLowerCase()}`;
}

/** Filter choices: each code prefix area with the actions in it, for the audit page's action list. */
export const KELOMPOK_AKSI_AUDIT: readonly { label: string, awalan: string }[] = [
  { label: 'Masuk/keluar', awalan: 'auth.' },
  { label: 'Akun', awalan: 'akun.' },
  { label: 'Data pegawai', awalan: 'pegawai.' },
  { label: 'Riwayat', awalan: 'riwayat_' },
  { label: 'Dokumen', awalan: 'berkas.' },
  { label: 'Impor', awalan: 'impor.' },
  { label: 'Usulan perubahan data', awalan: 'usulan.' },
  { label: 'Layanan (KGB, pangkat, pensiun)', awalan: 'layanan.' },
  { label: 'Indeks dan Sistem Merit', awalan: 'merit.' },
  { label: 'Survei kepuasan', awalan: 'survei.' },
  { label: 'Perjanjian Kinerja', awalan: 'pk.' },
  { label: 'Realisasi kinerja', awalan: 'realisasi' },
  { label: 'Presensi', awalan: 'presensi.' },
  { label: 'SKP dan kinerja', awalan: 'skp.' },
  { label: 'Rekap presensi', awalan: 'rekap_presensi.' },
  { label: 'Disiplin', awalan: 'disiplin.' },
  { label: 'TPP', awalan: 'tpp.' },
  { label: 'Kelas jabatan', awalan: 'jabatan.' },
  { label: 'Kompetensi dan JPM', awalan: 'kompetensi.' },
];

/** Ids in before/after that have a name (unit, pegawai, berkas), and codes that have a label, resolved by daftarAudit for its page. */
export interface RujukanAudit {
  unit: Record<string, string>;
  pegawai: Record<string, string>;
  berkas?: Record<string, string>;
  kode?: Record<string, string>;
}

const LABEL_KODE = new Map<string, string>();
/** Fields whose values are codes of a workflow (steps, documents, statuses). */
export const KUNCI_KODE_AUDIT = /^(langkah|dariLangkah|keLangkah|kode|status)$/;

/** Labels of codes recorded as values (a workflow's steps and documents): registered by the workflow engine, server side. */
export function daftarkanLabelKodeAudit(kode: string, label: string): void {
  if (!LABEL_KODE.has(kode)) LABEL_KODE.set(kode, label);
}

export function labelKodeAudit(kode: string): string | undefined {
  return LABEL_KODE.get(kode);
}

/**
 * Where recorded data came from (`sumber` in before/after, and "sumber: impor" in older notes):
 * riwayat writes (manual, impor, usulan, demo), checklist documents (arsip, unggah), the family
 * check (lokal, dukcapil).
 */
export const LABEL_SUMBER_AUDIT: Readonly<Record<string, string>> = { manual: 'Isian manual', impor: 'Impor berkas XLSX/CSV', usulan: 'Usulan perubahan ASN (SIMAK)',
  demo: 'Data demo', arsip: 'Dari arsip pegawai', unggah: 'Diunggah', lokal: 'Data kependudukan lokal', dukcapil: 'Dukcapil (web service)', kursus: 'Kursus e-learning SIMASN',
  verifikasi_diklat: 'Pengajuan diklat yang diverifikasi BKD', ujian: 'Tes kompetensi (CAT) SIMASN' };

/** A source code in words (an unknown one as it is). */
export function labelSumberAudit(sumber: string): string {
  return LABEL_SUMBER_AUDIT[sumber] ?? sumber;
}

/** An entry's note for people: a bare "sumber: impor" (how riwayat writes noted it) in words. */
export function keteranganAudit(keterangan: string | null): string | null {
  if (keterangan === null) return null;
  return keterangan.replace(/^sumber: ([a-z_]+)$/, (_, s: string) => `Sumber data: ${labelSumberAudit(s)}`);
}

/** One changed field of an entry, for people: "Gelar depan: kosong → Dr.". `null`: the side does not have it. */
export interface BarisPerubahan {
  isian: string;
  sebelum: string | null;
  sesudah: string | null;
}

/** Which reference a field's value names, by the field's name (`unitId`, `unit_id`, `pegawaiId`...). */
export function jenisRujukan(kunci: string): 'unit' | 'pegawai' | 'berkas' | null {
  if (/^(unit|unitId|unit_id|unitKerjaId|perangkatDaerahId|perangkat_daerah_id)$/.test(kunci)) return 'unit';
  if (/^(pegawaiId|pegawai_id)$/.test(kunci)) return 'pegawai';
  if (/^(berkas|berkasId|berkas_id)$/.test(kunci)) return 'berkas';
  return null;
}

type Datar = Map<string, { jalur: string[], nilai: unknown }>;

function ratakan(v: unknown, jalur: string[], keluar: Datar) {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const entri = Object.entries(v as Record<string, unknown>);
    if (!entri.length) keluar.set(jalur.join('.'), { jalur, nilai: null });
    for (const [k, x] of entri) ratakan(x, [...jalur, k], keluar);
    return;
  }
  keluar.set(jalur.join('.'), { jalur, nilai: v });
}

const SINGKATAN: Record<string, string> = { nip: 'NIP', nik: 'NIK', npwp: 'NPWP', tmt: 'TMT', sk: 'SK', jp: 'JP', skp: 'SKP', pk: 'PK', kgb: 'KGB', ip: 'IP', opd: 'OPD', id: '',
  bkn: 'BKN', lkjip: 'LKjIP', nspk: 'NSPK', ikm: 'IKM', asn: 'ASN', url: 'alamat' };

/** A field path as words: `["filter", "unitId"]` -> "filter, unit"; a list index as "baris 1". */
export function namaIsianAudit(jalur: readonly string[]): string {
  if (!jalur.length) return 'nilai';
  return jalur.map((b) =>
    /^\d+$/.test(b) ? `baris ${Number(b) + 1}` : b.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_]+/).map((k) => SINGKATAN[k] ?? k).filter(Boolean).join(' ')
  ).join(', ');
}

const ISO_HARI = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTAN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const KODE_TANPA_LABEL = /^[a-z]+(?:_[a-z0-9]+)+$/;

/**
 * The changes of an entry as rows of field, before and after: nested objects are opened into
 * their fields ("filter, unit"), ids that have a name show the name, nothing shows as JSON and an
 * empty value reads "kosong". `nilai` formats one value (the web passes its own labels of codes).
 */
export function uraianPerubahan(sebelum: unknown, sesudah: unknown,
  o: { rujukan?: RujukanAudit | null, nama?: (jalur: readonly string[]) => string, nilai?: (kunci: string, v: unknown) => string | null, zona?: ZonaWaktu } = {}): BarisPerubahan[]
{
  const a: Datar = new Map();
  const b: Datar = new Map();
  if (sebelum !== null && sebelum !== undefined) ratakan(sebelum, [], a);
  if (sesudah !== null && sesudah !== undefined) ratakan(sesudah, [], b);
  const namaIsian = o.nama ?? namaIsianAudit;
  const teks = (jalur: readonly string[], v: unknown): string => {
    const kunci = jalur.at(-1) ?? '';
    if (v === null || v === undefined || v === '') return 'kosong';
    const r = jenisRujukan(kunci);
    const nama = r ? o.rujukan?.[r]?.[String(v)] : undefined;
    if (nama) return nama;
    const label = KUNCI_KODE_AUDIT.test(kunci) ? o.rujukan?.kode?.[String(v)] : undefined;
    if (label) return label;
    const khusus = o.nilai?.(kunci, v);
    if (khusus != null) return khusus;
    if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
    if (Array.isArray(v)) return v.length ? v.map((x) => teks(jalur, x)).join('; ') : 'kosong';
    if (typeof v === 'object') {
      // An object inside a list (a role with its unit): its filled fields, in words.
      const isi = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null && x !== undefined && x !== '');
      if (isi.length === 1) return teks([isi[0]![0]], isi[0]![1]);
      return isi.map(([k, x]) => `${namaIsian([k])} ${teks([k], x)}`).join(', ') || 'kosong';
    }
    if (kunci === 'peran' && LABEL_PERAN_AUDIT[String(v)]) return LABEL_PERAN_AUDIT[String(v)]!;
    if (kunci === 'sumber' && LABEL_SUMBER_AUDIT[String(v)]) return LABEL_SUMBER_AUDIT[String(v)]!;
    if (typeof v === 'number') return String(v).replace('.', ',');
    const t = String(v);
    if (ISO_HARI.test(t)) return formatTanggal(t);
    if (ISO_INSTAN.test(t) && !Number.isNaN(Date.parse(t))) return formatWaktuSetempat(new Date(t), o.zona ?? 'Asia/Jakarta');
    // A code with no label of its own (teguran_lisan, dinas_luar) still reads as words, never as a code.
    if (KODE_TANPA_LABEL.test(t)) return t.charAt(0).toUpperCase() + t.slice(1).replace(/_/g, ' ');
    return t;
  };
  const kunci = [...new Set([...a.keys(), ...b.keys()])];
  return kunci.map((k) => {
    const x = a.get(k);
    const y = b.get(k);
    const jalur = (x ?? y)!.jalur;
    // Only before (a field the action did not record after, or a deletion): the value it had, said so.
    if (x && !y) return { isian: `${namaIsian(jalur)} (sebelum)`, sebelum: null, sesudah: teks(jalur, x.nilai) };
    return { isian: namaIsian(jalur), sebelum: x ? teks(jalur, x.nilai) : null, sesudah: y ? teks(jalur, y.nilai) : null };
  }) // A field empty on both sides (a filter not set) says nothing.
    .filter((r) => !((r.sebelum === null || r.sebelum === 'kosong') && r.sesudah === 'kosong'));
}

/** The same rows as one line of text (the XLSX export). */
export function teksPerubahan(baris: readonly BarisPerubahan[]): string {
  return baris.map((r) => `${r.isian}: ${r.sebelum !== null ? `${r.sebelum} → ` : ''}${r.sesudah ?? 'dihapus'}`).join('; ');
}

/** The audit log's orders (GET /api/audit `urut`), with their labels. */
export const URUTAN_AUDIT = ['terbaru', 'terlama', 'pengguna', 'aksi'] as const;
export const LABEL_URUTAN_AUDIT: Record<(typeof URUTAN_AUDIT)[number], string> = { terbaru: 'Terbaru dulu', terlama: 'Terlama dulu', pengguna: 'Pengguna (A-Z)',
  aksi: 'Aksi (A-Z)' };
