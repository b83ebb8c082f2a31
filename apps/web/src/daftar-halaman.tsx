import { useMemo, type ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { malas as malasSegera } from './malas.tsx';
import { matchPath } from 'react-router';
import { type Izin, jangkauanPeran, type Peran } from '@simasn/kontrak/akses';
import { useSesi, type SesiMasuk } from './sesi.tsx';
import { bolehKelolaLayanan } from './layanan.ts';
import type { Pramuat } from './kait.ts';
import { buatPencocok } from './cocok-jalur.ts';
import { Masuk } from './halaman/Masuk.tsx';

/**
 * Every page of the web app, declared once: its path, its title, who may open it, its component
 * and its place in the menu. The router (Aplikasi.tsx), the document title and the menu
 * (TataLetak.tsx) are all derived from this table; a new page is one more entry here.
 */

/** The menu's areas, in the order they are shown. */
export const KELOMPOK_MENU = ['Kepegawaian', 'Layanan', 'Presensi', 'Kinerja', 'Kompetensi', 'Indeks', 'SAKIP', 'Administrasi'] as const;
export type KelompokMenu = (typeof KELOMPOK_MENU)[number];

/** What a rule about the logged-in caller may look at. */
export interface Akses {
  /** Holds this permission of the session's `izin` list. */
  boleh: (izin: Izin) => boolean;
  /** The caller's own pegawai record (an ASN account), if any. */
  nip: string | null;
  /** The caller's roles (asn, atasan, admin_opd, ...). */
  peran: Peran[];
}

/**
 * Who may open a page: `publik` (no login), `masuk` (any session), one permission of the
 * session's `izin` list, or a rule for the special cases.
 */
export type Syarat = 'publik' | 'masuk' | Izin | ((a: Akses) => boolean);

export interface TempatMenu {
  /** An area of the menu; `akun` = the caller's own account links at the bottom of the menu. */
  kelompok: KelompokMenu | 'utama' | 'akun';
  /** The menu text (the title when absent). */
  label?: string;
  /** Order within the group. */
  urutan: number;
}

export interface EntriHalaman {
  /** Route pattern as react-router reads it (`/pegawai/:nip`). */
  jalur: string;
  /** Document title (`<judul> · SIMASN`); absent: the page sets its own. */
  judul?: string;
  syarat: Syarat;
  komponen: ComponentType;
  /** Absent: not in the menu (pages reached from another page, such as details with an id). */
  menu?: TempatMenu;
  /** Outside the frame (no header nor menu): the login page and the public survey. */
  tanpaKerangka?: boolean;
}

/**
 * The pages' code, loaded on first use (route-level splitting), by component, for `muatHalamanAwal`:
 * the loader and the component's name in its module (where its data preload is, `pramuat[nama]`).
 */
const PEMUAT = new Map<unknown, { muat: () => Promise<Record<string, unknown>>, nama: string }>();

/** Loaded only when first shown, so that the login page stays light. */
function malas<M extends Record<string, unknown>>(muat: () => Promise<M>, nama: keyof M & string): ComponentType {
  const m = malasSegera<M>(muat, nama);
  PEMUAT.set(m.Komponen, { muat: m.muat, nama });
  return m.Komponen;
}

/** Holds a role other than these (a plain ASN, or an atasan, reads no agency-wide lists). */
const peranSelain = (a: Akses, ...kecuali: Peran[]) => a.peran.some((p) => !kecuali.includes(p));
/** Reads more than the caller's own record (any role other than plain ASN with pegawai:baca). */
const bacaDaftarPegawai = (a: Akses) => a.boleh('pegawai:baca') && peranSelain(a, 'asn');
const kelolaLayanan = (a: Akses) => bolehKelolaLayanan(a.boleh, a.nip);

const DetailUsulan = malas(() => import('./halaman/DetailUsulan.tsx'), 'DetailUsulan') as ComponentType<{ kembali: string }>;
const DetailUsulanSaya = () => <DetailUsulan kembali="/usulan-saya" />;
const DetailUsulanVerifikasi = () => <DetailUsulan kembali="/verifikasi" />;
PEMUAT.set(DetailUsulanSaya, PEMUAT.get(DetailUsulan)!);
PEMUAT.set(DetailUsulanVerifikasi, PEMUAT.get(DetailUsulan)!);

export const DAFTAR_HALAMAN: EntriHalaman[] = [
  { jalur: '/masuk', judul: 'Masuk', syarat: 'publik', komponen: Masuk, tanpaKerangka: true },
  { jalur: '/survei/:token', syarat: 'publik', komponen: malas(() => import('./halaman/IsiSurvei.tsx'), 'IsiSurvei'), tanpaKerangka: true },
  { jalur: '/verifikasi-sertifikat/:kode', judul: 'Verifikasi Sertifikat', syarat: 'publik',
    komponen: malas(() => import('./halaman/KelolaPembelajaran.tsx'), 'VerifikasiSertifikat'), tanpaKerangka: true },

  { jalur: '/', judul: 'Beranda', syarat: 'dasbor:baca', komponen: malas(() => import('./halaman/Beranda.tsx'), 'Beranda'), menu: { kelompok: 'utama', urutan: 0 } },

  // Kepegawaian
  { jalur: '/pegawai', judul: 'Pegawai', syarat: bacaDaftarPegawai, komponen: malas(() => import('./halaman/DaftarPegawai.tsx'), 'DaftarPegawai'),
    menu: { kelompok: 'Kepegawaian', urutan: 1 } },
  { jalur: '/pegawai/:nip', judul: 'Profil Pegawai', syarat: 'pegawai:baca', komponen: malas(() => import('./halaman/ProfilPegawai.tsx'), 'ProfilPegawai') },
  { jalur: '/saya', judul: 'Data Saya', syarat: (a) => !!a.nip, komponen: malas(() => import('./halaman/DataSaya.tsx'), 'DataSaya'), menu: { kelompok: 'Kepegawaian', urutan: 2 } },
  { jalur: '/usulan-saya', judul: 'Usulan Saya', syarat: 'usulan:ajukan', komponen: malas(() => import('./halaman/UsulanSaya.tsx'), 'UsulanSaya'),
    menu: { kelompok: 'Kepegawaian', urutan: 3 } },
  { jalur: '/usulan-saya/:id', judul: 'Usulan Saya', syarat: 'usulan:baca', komponen: DetailUsulanSaya },
  { jalur: '/verifikasi', judul: 'Verifikasi', syarat: 'usulan:verifikasi', komponen: malas(() => import('./halaman/AntrianVerifikasi.tsx'), 'AntrianVerifikasi'),
    menu: { kelompok: 'Kepegawaian', urutan: 4 } },
  { jalur: '/verifikasi/:id', judul: 'Verifikasi', syarat: 'usulan:baca', komponen: DetailUsulanVerifikasi },
  { jalur: '/impor', judul: 'Impor', syarat: 'pegawai:impor', komponen: malas(() => import('./halaman/Impor.tsx'), 'Impor'), menu: { kelompok: 'Kepegawaian', urutan: 5 } },

  // Layanan
  { jalur: '/layanan-saya', judul: 'Layanan Saya', syarat: (a) => !!a.nip && a.boleh('layanan:baca'), komponen: malas(() => import('./halaman/LayananSaya.tsx'), 'LayananSaya'),
    menu: { kelompok: 'Layanan', urutan: 1 } },
  { jalur: '/layanan/kgb', judul: 'KGB Bulanan', syarat: kelolaLayanan, komponen: malas(() => import('./halaman/KgbBulanan.tsx'), 'KgbBulanan'),
    menu: { kelompok: 'Layanan', urutan: 2 } },
  { jalur: '/e-pangkat', judul: 'E-Pangkat', syarat: (a) => a.boleh('layanan:baca') && peranSelain(a, 'asn', 'atasan'),
    komponen: malas(() => import('./halaman/EPangkat.tsx'), 'EPangkat'), menu: { kelompok: 'Layanan', urutan: 3 } },
  { jalur: '/simantun-tanduk', judul: 'SIMANTUN TANDUK', syarat: 'layanan:baca', komponen: malas(() => import('./halaman/SimantunTanduk.tsx'), 'SimantunTanduk'),
    menu: { kelompok: 'Layanan', urutan: 4 } },
  { jalur: '/layanan/antrian', judul: 'Antrian Layanan', syarat: kelolaLayanan, komponen: malas(() => import('./halaman/AntrianLayanan.tsx'), 'AntrianLayanan'),
    menu: { kelompok: 'Layanan', urutan: 5 } },
  { jalur: '/layanan/usulan/:id', judul: 'Usulan Layanan', syarat: 'layanan:baca', komponen: malas(() => import('./halaman/DetailLayanan.tsx'), 'DetailLayanan') },

  // Presensi (SIPERLU): the ASN's own check-in (installable on the phone), today's attendance, the review queue, check-in points.
  { jalur: '/presensi', judul: 'Presensi', syarat: (a) => !!a.nip && a.boleh('presensi:catat'), komponen: malas(() => import('./halaman/PresensiSaya.tsx'), 'PresensiSaya'),
    menu: { kelompok: 'Presensi', label: 'Presensi Saya', urutan: 1 } },
  { jalur: '/presensi/bulan', judul: 'Presensi Bulanan', syarat: (a) => !!a.nip && a.boleh('presensi:baca'),
    komponen: malas(() => import('./halaman/BulanPresensi.tsx'), 'BulanPresensi'), menu: { kelompok: 'Presensi', urutan: 1.5 } },
  { jalur: '/presensi/rekap', judul: 'Rekap Presensi', syarat: (a) => a.boleh('presensi:baca') && peranSelain(a, 'asn'),
    komponen: malas(() => import('./halaman/RekapPresensi.tsx'), 'RekapPresensi'), menu: { kelompok: 'Presensi', urutan: 5.5 } },
  { jalur: '/presensi/rekap/pegawai', judul: 'Presensi Bulanan Pegawai', syarat: 'presensi:baca', komponen: malas(() => import('./halaman/BulanPresensi.tsx'), 'BulanPresensi') },
  { jalur: '/presensi/disiplin', judul: 'Disiplin Kehadiran', syarat: 'disiplin:baca', komponen: malas(() => import('./halaman/DisiplinPresensi.tsx'), 'DisiplinPresensi'),
    menu: { kelompok: 'Presensi', urutan: 5.7 } },
  { jalur: '/presensi/hari-ini', judul: 'Kehadiran Hari Ini', syarat: (a) => a.boleh('presensi:baca') && peranSelain(a, 'asn'),
    komponen: malas(() => import('./halaman/DasborPresensi.tsx'), 'DasborPresensi'), menu: { kelompok: 'Presensi', urutan: 5 } },
  { jalur: '/presensi/tinjau', judul: 'Tinjauan Presensi', syarat: 'presensi:kelola', komponen: malas(() => import('./halaman/TinjauPresensi.tsx'), 'TinjauPresensi'),
    menu: { kelompok: 'Presensi', urutan: 7 } },
  { jalur: '/presensi/jadwal-shift', judul: 'Jadwal Shift', syarat: 'kalender:jadwal', komponen: malas(() => import('./halaman/JadwalShift.tsx'), 'JadwalShift'),
    menu: { kelompok: 'Presensi', urutan: 7.5 } },
  { jalur: '/presensi/titik', judul: 'Titik Presensi', syarat: 'presensi:kelola', komponen: malas(() => import('./halaman/TitikPresensi.tsx'), 'TitikPresensi'),
    menu: { kelompok: 'Presensi', urutan: 8 } },

  // Kinerja: the performance agreements and their realisation (SKP and attendance will join here).
  { jalur: '/sakip/pk', judul: 'Perjanjian Kinerja', syarat: 'sakip:baca', komponen: malas(() => import('./halaman/SakipPk.tsx'), 'DaftarPk'),
    menu: { kelompok: 'Kinerja', urutan: 1 } },
  { jalur: '/sakip/pk/:id', judul: 'Perjanjian Kinerja', syarat: 'sakip:baca', komponen: malas(() => import('./halaman/SakipPk.tsx'), 'DetailPk') },
  { jalur: '/sakip/realisasi', judul: 'Realisasi Kinerja', syarat: (a) => a.boleh('sakip:baca') && peranSelain(a, 'asn'),
    komponen: malas(() => import('./halaman/SakipRealisasi.tsx'), 'SakipRealisasi'), menu: { kelompok: 'Kinerja', urutan: 2 } },
  // SKP (modules/kinerja): the ASN's own, the atasan's team and the SKP they rate, progress and the cascade tree for admin OPD/BKD.
  { jalur: '/kinerja', judul: 'Kinerja Saya', syarat: (a) => !!a.nip && a.boleh('kinerja:isi'), komponen: malas(() => import('./halaman/KinerjaSaya.tsx'), 'KinerjaSaya'),
    menu: { kelompok: 'Kinerja', urutan: 3 } },
  { jalur: '/kinerja/tim', judul: 'Kinerja Tim', syarat: (a) => !!a.nip && a.peran.includes('atasan') && a.boleh('kinerja:nilai'),
    komponen: malas(() => import('./halaman/KinerjaTim.tsx'), 'KinerjaTim'), menu: { kelompok: 'Kinerja', urutan: 4 } },
  { jalur: '/kinerja/evaluasi-periodik', judul: 'Evaluasi Periodik', syarat: (a) => !!a.nip && a.peran.includes('atasan') && a.boleh('kinerja:nilai'),
    komponen: malas(() => import('./halaman/KinerjaTim.tsx'), 'EvaluasiPeriodik'), menu: { kelompok: 'Kinerja', urutan: 4.5 } },
  { jalur: '/kinerja/skp/:id', judul: 'SKP', syarat: 'kinerja:baca', komponen: malas(() => import('./halaman/KinerjaTim.tsx'), 'DetailSkp') },
  { jalur: '/kinerja/kemajuan', judul: 'Kemajuan SKP', syarat: (a) => a.boleh('kinerja:baca') && peranSelain(a, 'asn', 'atasan'),
    komponen: malas(() => import('./halaman/KemajuanSkp.tsx'), 'KemajuanSkp'), menu: { kelompok: 'Kinerja', urutan: 5 } },
  { jalur: '/kinerja/pohon', judul: 'Pohon Kinerja', syarat: (a) => a.boleh('kinerja:baca') && peranSelain(a, 'asn'),
    komponen: malas(() => import('./halaman/KemajuanSkp.tsx'), 'PohonKinerja'), menu: { kelompok: 'Kinerja', urutan: 6 } },

  // TPP (modules/tpp): the month for admin OPD (review), BKD (compute, lock) and BKAD (locked months, nominatif, bank file); the ASN's own from Kinerja Saya.
  { jalur: '/tpp', judul: 'TPP Bulanan', syarat: (a) => a.peran.some((p) => p !== 'asn' && jangkauanPeran('tpp:baca', p) !== undefined),
    komponen: malas(() => import('./halaman/TppBulanan.tsx'), 'TppBulanan'), menu: { kelompok: 'Kinerja', urutan: 7 } },
  { jalur: '/tpp/pegawai', judul: 'TPP Pegawai', syarat: 'tpp:baca', komponen: malas(() => import('./halaman/TppPegawai.tsx'), 'TppPegawai') },
  { jalur: '/tpp/saya', judul: 'TPP Saya', syarat: (a) => !!a.nip && a.boleh('tpp:baca'), komponen: malas(() => import('./halaman/TppPegawai.tsx'), 'TppPegawai'),
    menu: { kelompok: 'Kinerja', urutan: 3.5 } },
  { jalur: '/kelas-jabatan', judul: 'Kelas Jabatan', syarat: 'tpp:kelola', komponen: malas(() => import('./halaman/KelasJabatan.tsx'), 'KelasJabatan'),
    menu: { kelompok: 'Kinerja', urutan: 8 } },
  // The bank accounts the TPP is paid to: admin OPD (its perangkat daerah) and BKD keep them; the other TPP readers see who has none (numbers masked by the one rule).
  { jalur: '/tpp/rekening', judul: 'Rekening TPP', syarat: (a) => a.peran.some((p) => p !== 'asn' && jangkauanPeran('tpp:baca', p) !== undefined),
    komponen: malas(() => import('./halaman/RekeningTpp.tsx'), 'RekeningTpp'), menu: { kelompok: 'Kinerja', urutan: 8.5 } },
  // The month's daftar gaji from the payroll application (BKAD's GPP/SIMGAJI): admin BKD / BKAD import it; the TPP month's BPJS base.
  { jalur: '/tpp/daftar-gaji', judul: 'Daftar Gaji', syarat: 'tpp:bayar', komponen: malas(() => import('./halaman/DaftarGajiTpp.tsx'), 'DaftarGajiTpp'),
    menu: { kelompok: 'Kinerja', urutan: 8.6 } },

  // Kompetensi (issue 13 item 6): the own competency profile and JPM, the JPM of the reach, assessment results, the standard per jabatan.
  { jalur: '/kompetensi/saya', judul: 'Profil Kompetensi', syarat: (a) => !!a.nip && a.boleh('kompetensi:baca'),
    komponen: malas(() => import('./halaman/ProfilKompetensi.tsx'), 'ProfilKompetensi'), menu: { kelompok: 'Kompetensi', urutan: 4 } },
  { jalur: '/kompetensi/profil', judul: 'Profil Kompetensi Pegawai', syarat: 'kompetensi:baca',
    komponen: malas(() => import('./halaman/ProfilKompetensi.tsx'), 'ProfilKompetensi') },
  { jalur: '/kompetensi/jpm', judul: 'JPM Pegawai', syarat: (a) => a.peran.some((p) => ![undefined, 'diri'].includes(jangkauanPeran('kompetensi:baca', p))),
    komponen: malas(() => import('./halaman/JpmPegawai.tsx'), 'JpmPegawai'), menu: { kelompok: 'Kompetensi', urutan: 6 } },
  { jalur: '/kompetensi/asesmen', judul: 'Hasil Asesmen', syarat: (a) => a.boleh('kompetensi:catat') || a.boleh('kompetensi:verifikasi'),
    komponen: malas(() => import('./halaman/AsesmenKompetensi.tsx'), 'AsesmenKompetensi'), menu: { kelompok: 'Kompetensi', urutan: 10 } },
  { jalur: '/kompetensi/standar', judul: 'Standar Kompetensi', syarat: 'kompetensi:kelola', komponen: malas(() => import('./halaman/StandarKompetensi.tsx'), 'StandarKompetensi'),
    menu: { kelompok: 'Kompetensi', urutan: 11 } },

  // Also SIPERLU, in the Presensi group: leave requests, the atasan's approvals, the activity log.
  { jalur: '/cuti', judul: 'Cuti dan Izin', syarat: (a) => !!a.nip && a.boleh('cuti:ajukan'), komponen: malas(() => import('./halaman/CutiSaya.tsx'), 'CutiSaya'),
    menu: { kelompok: 'Presensi', label: 'Cuti dan Izin', urutan: 2 } },
  // Uji kompetensi (modules/ujian): the ASN's tests and the phone test page; banks, tests and proctoring for the BKD's kompetensi staff.
  { jalur: '/ujian', judul: 'Tes Kompetensi Saya', syarat: (a) => !!a.nip && a.boleh('ujian:ikut'), komponen: malas(() => import('./halaman/UjianSaya.tsx'), 'TesSaya'),
    menu: { kelompok: 'Kompetensi', urutan: 3 } },
  { jalur: '/ujian/tes/:id/kerjakan', judul: 'Mengerjakan Tes', syarat: (a) => !!a.nip && a.boleh('ujian:ikut'),
    komponen: malas(() => import('./halaman/UjianSaya.tsx'), 'KerjakanTes') },
  { jalur: '/ujian/hasil/:id', judul: 'Hasil Tes', syarat: (a) => !!a.nip && a.boleh('ujian:ikut'), komponen: malas(() => import('./halaman/UjianSaya.tsx'), 'HasilTes') },
  { jalur: '/ujian/bank', judul: 'Bank Soal', syarat: 'ujian:kelola', komponen: malas(() => import('./halaman/BankSoal.tsx'), 'BankSoal'),
    menu: { kelompok: 'Kompetensi', urutan: 8 } },
  { jalur: '/ujian/kelola', judul: 'Tes CAT', syarat: (a) => a.boleh('ujian:kelola') || a.boleh('ujian:awasi'),
    komponen: malas(() => import('./halaman/KelolaTes.tsx'), 'KelolaTes'), menu: { kelompok: 'Kompetensi', urutan: 9 } },
  { jalur: '/ujian/kelola/:id', judul: 'Pengawasan Tes', syarat: 'ujian:awasi', komponen: malas(() => import('./halaman/KelolaTes.tsx'), 'PantauTes') },
  { jalur: '/aktivitas', judul: 'Aktivitas Harian', syarat: (a) => !!a.nip && a.boleh('aktivitas:isi'),
    komponen: malas(() => import('./halaman/AktivitasSaya.tsx'), 'AktivitasSaya'), menu: { kelompok: 'Presensi', urutan: 3 } },
  { jalur: '/persetujuan', judul: 'Persetujuan', syarat: (a) => a.boleh('cuti:setujui') || a.boleh('cuti:proses') || a.boleh('aktivitas:setujui'),
    komponen: malas(() => import('./halaman/Persetujuan.tsx'), 'Persetujuan'), menu: { kelompok: 'Presensi', label: 'Persetujuan Cuti dan Aktivitas', urutan: 4 } },
  // The same inbox for an ASN acting today as plt or delegate of an away atasan (linked from Cuti dan Izin).
  { jalur: '/persetujuan/pengganti', judul: 'Persetujuan sebagai Pengganti Atasan', syarat: 'cuti:ajukan',
    komponen: malas(() => import('./halaman/Persetujuan.tsx'), 'Persetujuan') },
  { jalur: '/pengganti-atasan', judul: 'Pengganti Atasan', syarat: (a) => a.boleh('cuti:pengganti') || (a.peran.includes('atasan') && a.boleh('cuti:setujui')),
    komponen: malas(() => import('./halaman/PenggantiAtasan.tsx'), 'PenggantiAtasan'), menu: { kelompok: 'Presensi', label: 'Pengganti Atasan (Plt.)', urutan: 4.5 } },
  { jalur: '/aktivitas/belum-isi', judul: 'Belum Mengisi Aktivitas', syarat: (a) => a.boleh('aktivitas:baca') && peranSelain(a, 'asn'),
    komponen: malas(() => import('./halaman/BelumIsiAktivitas.tsx'), 'BelumIsiAktivitas'), menu: { kelompok: 'Presensi', urutan: 6 } },

  // Kompetensi (modules/pembelajaran): the ASN's courses and 20 JP; the JP of the reach; BKD's course administration.
  { jalur: '/pembelajaran', judul: 'Kursus', syarat: (a) => !!a.nip && a.boleh('pembelajaran:ikuti'), komponen: malas(() => import('./halaman/Belajar.tsx'), 'KatalogKursus'),
    menu: { kelompok: 'Kompetensi', label: 'Kursus (E-Learning)', urutan: 2 } },
  { jalur: '/pembelajaran/kursus/:id', judul: 'Kursus', syarat: 'pembelajaran:ikuti', komponen: malas(() => import('./halaman/Belajar.tsx'), 'BelajarKursus') },
  { jalur: '/pembelajaran/saya', judul: 'Pengembangan Kompetensi Saya', syarat: (a) => !!a.nip && a.boleh('pembelajaran:baca'),
    komponen: malas(() => import('./halaman/Belajar.tsx'), 'JpSaya'), menu: { kelompok: 'Kompetensi', urutan: 1 } },
  { jalur: '/pembelajaran/jp', judul: 'JP Pengembangan Kompetensi', syarat: (a) => a.boleh('pembelajaran:baca') && peranSelain(a, 'asn'),
    komponen: malas(() => import('./halaman/KelolaPembelajaran.tsx'), 'JpPegawai'), menu: { kelompok: 'Kompetensi', label: 'JP Pegawai', urutan: 5 } },
  { jalur: '/pembelajaran/kelola', judul: 'Kelola Kursus', syarat: 'pembelajaran:kelola', komponen: malas(() => import('./halaman/KelolaPembelajaran.tsx'), 'DaftarKursusKelola'),
    menu: { kelompok: 'Kompetensi', urutan: 7 } },
  { jalur: '/pembelajaran/kelola/:id', judul: 'Kursus', syarat: 'pembelajaran:kelola', komponen: malas(() => import('./halaman/KelolaPembelajaran.tsx'), 'SuntingKursus') },

  // Indeks
  { jalur: '/indeks/ip-asn', judul: 'IP ASN', syarat: 'indeks:baca', komponen: malas(() => import('./halaman/IndeksIpAsn.tsx'), 'IndeksIpAsn'),
    menu: { kelompok: 'Indeks', urutan: 1 } },
  { jalur: '/indeks/merit', judul: 'Sistem Merit', syarat: 'indeks:baca', komponen: malas(() => import('./halaman/IndeksMerit.tsx'), 'IndeksMerit'),
    menu: { kelompok: 'Indeks', urutan: 2 } },
  { jalur: '/indeks/merit/instrumen', judul: 'Instrumen Sistem Merit', syarat: 'indeks:baca', komponen: malas(() => import('./halaman/InstrumenMerit.tsx'), 'InstrumenMerit'),
    menu: { kelompok: 'Indeks', label: 'Instrumen Merit', urutan: 3 } },
  { jalur: '/indeks/nspk', judul: 'NSPK', syarat: 'indeks:baca', komponen: malas(() => import('./halaman/IndeksNspk.tsx'), 'IndeksNspk'), menu: { kelompok: 'Indeks', urutan: 4 } },
  { jalur: '/survei', judul: 'Survei Kepuasan Masyarakat', syarat: 'survei:baca', komponen: malas(() => import('./halaman/HasilSurvei.tsx'), 'HasilSurvei'),
    menu: { kelompok: 'Indeks', label: 'Survei Kepuasan', urutan: 5 } },

  // SAKIP: the plan and the report.
  { jalur: '/sakip/renstra', judul: 'Renstra', syarat: (a) => a.boleh('sakip:baca') && peranSelain(a, 'asn'),
    komponen: malas(() => import('./halaman/SakipRenstra.tsx'), 'SakipRenstra'), menu: { kelompok: 'SAKIP', urutan: 1 } },
  { jalur: '/lkjip', judul: 'Laporan LKjIP', syarat: (a) => a.boleh('sakip:baca') && peranSelain(a, 'asn', 'atasan'),
    komponen: malas(() => import('./halaman/LaporanLkjip.tsx'), 'LaporanLkjip'), menu: { kelompok: 'SAKIP', urutan: 2 } },

  // Administrasi
  { jalur: '/audit', judul: 'Jejak Audit', syarat: 'audit:baca', komponen: malas(() => import('./halaman/JejakAudit.tsx'), 'JejakAudit'),
    menu: { kelompok: 'Administrasi', urutan: 1 } },
  { jalur: '/audit/keutuhan', judul: 'Keutuhan Jejak Audit', syarat: 'audit:baca', komponen: malas(() => import('./halaman/KeutuhanAudit.tsx'), 'KeutuhanAudit') },
  { jalur: '/akun', judul: 'Akun', syarat: 'akun:kelola', komponen: malas(() => import('./halaman/KelolaAkun.tsx'), 'KelolaAkun'), menu: { kelompok: 'Administrasi', urutan: 2 } },
  { jalur: '/kalender', judul: 'Kalender Kerja', syarat: 'kalender:baca', komponen: malas(() => import('./halaman/KalenderKerja.tsx'), 'KalenderKerja'),
    menu: { kelompok: 'Administrasi', urutan: 3 } },

  { jalur: '/ganti-sandi', judul: 'Ganti Sandi', syarat: 'masuk', komponen: malas(() => import('./halaman/GantiSandi.tsx'), 'GantiSandi'), menu: { kelompok: 'akun', urutan: 1 } },
];

/**
 * Starts loading the code of the page at `jalur` at once, while the session is still being
 * checked, instead of after it (one round trip less on every first load); with `data`, the page's
 * data too, as soon as its code is here (its `pramuat`, see kait.ts): the data then travels with the
 * session instead of after it and after the first render. The promise ends when the code is here.
 */
export function muatHalamanAwal(jalur: string, data?: { qc: QueryClient, cari: string }): Promise<unknown> {
  const c = cocokHalaman(jalur);
  const p = c && PEMUAT.get(c.entri.komponen);
  if (!c || !p) return Promise.resolve();
  return p.muat().then((m) => {
    const pramuat = (m.pramuat as Record<string, Pramuat> | undefined)?.[p.nama];
    if (!data || !pramuat) return;
    try {
      pramuat({ qc: data.qc, params: c.params, cari: new URLSearchParams(data.cari) });
    } catch {
      // a preload never stops the page: it asks for its data itself
    }
  }, () => {});
}

const pencocok = buatPencocok(DAFTAR_HALAMAN);

type CocokHalaman = { entri: EntriHalaman, params: Record<string, string | undefined> } | null;
/** The last address asked about: main.tsx, the page's preload and the router each ask for the same one. */
let terakhir: { alamat: string, hasil: CocokHalaman } | undefined;

/** The page an address opens, with its parameters as the router reads them; null for an unknown address. */
export function cocokHalaman(alamat: string): CocokHalaman {
  if (terakhir?.alamat === alamat) return terakhir.hasil;
  const entri = pencocok(alamat);
  const m = entri && matchPath(entri.jalur, alamat);
  terakhir = { alamat, hasil: entri && m ? { entri, params: m.params } : null };
  return terakhir.hasil;
}

/** A page shown inside the frame (header, menu, the bell): every page but the login page and the public ones. */
export function dalamKerangka(jalur: string): boolean {
  return !cocokHalaman(jalur)?.entri.tanpaKerangka;
}

export function aksesDari(sesi: SesiMasuk | null): Akses {
  const izin = new Set<Izin>(sesi?.izin ?? []);
  return { boleh: (i) => izin.has(i), nip: sesi?.pengguna.nip ?? null, peran: (sesi?.peran ?? []).map((p) => p.peran) };
}

/** May this caller open the page (null: no session)? */
export function bolehBuka(h: EntriHalaman, a: Akses | null): boolean {
  if (h.syarat === 'publik') return true;
  if (!a) return false;
  if (h.syarat === 'masuk') return true;
  return typeof h.syarat === 'function' ? h.syarat(a) : a.boleh(h.syarat);
}

export interface ItemMenu {
  jalur: string;
  label: string;
  /** Marked current only on its own path (another menu page lies below it), else also on the pages under it. */
  tepat: boolean;
}

export interface KelompokTampil {
  kelompok: KelompokMenu | 'utama' | 'akun';
  item: ItemMenu[];
}

/**
 * The menu a caller sees: the top items, then each area with what the caller may open (areas with
 * nothing for them left out), then the account links.
 */
export function menuUntuk(a: Akses): KelompokTampil[] {
  const urutan = ['utama', ...KELOMPOK_MENU, 'akun'] as const;
  return urutan.map((kelompok) => ({ kelompok,
    item: DAFTAR_HALAMAN.filter((h) => h.menu?.kelompok === kelompok && bolehBuka(h, a)).sort((x, y) => x.menu!.urutan - y.menu!.urutan).map((h) => ({ jalur: h.jalur,
      label: h.menu!.label ?? h.judul ?? h.jalur, tepat: h.jalur === '/' || DAFTAR_HALAMAN.some((l) => l.menu && l.jalur.startsWith(`${h.jalur}/`)) })
    ) })
  ).filter((k) => k.item.length > 0);
}

/** The caller's Akses from the session, the same object while the session does not change. */
export function useAkses(): Akses | null {
  const { sesi } = useSesi();
  return useMemo(() => (sesi ? aksesDari(sesi) : null), [sesi]);
}
