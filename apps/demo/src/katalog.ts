import type { JenjangFungsional, TingkatPendidikan } from '@simasn/domain';

/**
 * Jabatan fungsional families, jabatan pelaksana, and the staffing profile of each kind of
 * perangkat daerah. A family becomes one jabatan per jenjang (`Perawat Terampil`...).
 */
export interface KeluargaJf {
  kunci: string;
  nama: string;
  jenjang: readonly JenjangFungsional[];
  /** Fields of study (rumpun.ts) its holders come from. */
  rumpun: readonly string[];
  bupKhusus?: number;
}

const TR = 'terampil', MH = 'mahir', PY = 'penyelia', PM = 'pemula';
const AP = 'ahli_pertama', AM = 'ahli_muda', AMD = 'ahli_madya';

function jf(kunci: string, nama: string, jenjang: JenjangFungsional[], rumpun: string[], bupKhusus?: number): KeluargaJf {
  return { kunci, nama, jenjang, rumpun, ...(bupKhusus ? { bupKhusus } : {}) };
}

export const KELUARGA_JF: readonly KeluargaJf[] = [
  jf('guru', 'Guru', [AP, AM, AMD], ['pendidikan'], 60),
  jf('perawat', 'Perawat', [TR, MH, PY, AP, AM, AMD], ['keperawatan']),
  jf('bidan', 'Bidan', [TR, MH, PY, AP, AM], ['kebidanan']),
  jf('dokter', 'Dokter', [AP, AM, AMD], ['kedokteran']),
  jf('dokter_gigi', 'Dokter Gigi', [AP, AM, AMD], ['kedokteran_gigi']),
  jf('apoteker', 'Apoteker', [AP, AM], ['farmasi']),
  jf('kefarmasian', 'Tenaga Teknis Kefarmasian', [TR, MH], ['farmasi']),
  jf('pranata_lab', 'Pranata Laboratorium Kesehatan', [TR, MH, AP], ['analis_kesehatan']),
  jf('sanitarian', 'Tenaga Sanitasi Lingkungan', [TR, MH, AP], ['sanitasi']),
  jf('nutrisionis', 'Nutrisionis', [TR, AP], ['gizi']),
  jf('radiografer', 'Radiografer', [TR, MH, AP], ['radiologi']),
  jf('penyuluh_kesmas', 'Penyuluh Kesehatan Masyarakat', [AP, AM], ['kesmas']),
  jf('epidemiolog', 'Epidemiolog Kesehatan', [AP, AM], ['kesmas']),
  jf('adminkes', 'Administrator Kesehatan', [AP, AM, AMD], ['kesmas']),
  jf('analis_sdm', 'Analis SDM Aparatur', [AP, AM, AMD], ['administrasi', 'psikologi', 'hukum', 'ekonomi']),
  jf('asesor_sdm', 'Asesor SDM Aparatur', [AP, AM], ['psikologi']),
  jf('pranata_komputer', 'Pranata Komputer', [TR, MH, AP, AM], ['informatika']),
  jf('arsiparis', 'Arsiparis', [TR, MH, AP, AM], ['perpustakaan', 'administrasi']),
  jf('perencana', 'Perencana', [AP, AM, AMD], ['ekonomi', 'teknik_sipil', 'administrasi', 'statistik']),
  jf('auditor', 'Auditor', [TR, AP, AM, AMD], ['akuntansi', 'ekonomi']),
  jf('p2upd', 'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', [AP, AM, AMD], ['hukum', 'administrasi', 'teknik_sipil']),
  jf('pengelola_pbj', 'Pengelola Pengadaan Barang/Jasa', [AP, AM], ['ekonomi', 'teknik_sipil', 'administrasi']),
  jf('analis_kebijakan', 'Analis Kebijakan', [AP, AM], ['administrasi', 'pemerintahan', 'sosial']),
  jf('analis_hukum', 'Analis Hukum', [AP, AM], ['hukum']),
  jf('perancang_uu', 'Perancang Peraturan Perundang-undangan', [AP, AM], ['hukum']),
  jf('analis_keuangan', 'Analis Keuangan Pusat dan Daerah', [AP, AM], ['akuntansi', 'ekonomi']),
  jf('teknik_jalan', 'Teknik Jalan dan Jembatan', [TR, MH, AP, AM], ['teknik_sipil']),
  jf('teknik_pengairan', 'Teknik Pengairan', [TR, MH, AP, AM], ['teknik_sipil']),
  jf('penata_ruang', 'Penata Ruang', [AP, AM], ['teknik_sipil']),
  jf('pekerja_sosial', 'Pekerja Sosial', [TR, AP, AM], ['sosial']),
  jf('penyuluh_sosial', 'Penyuluh Sosial', [AP, AM], ['sosial']),
  jf('penyuluh_kb', 'Penyuluh Keluarga Berencana', [TR, AP, AM], ['sosial', 'kesmas']),
  jf('adminduk', 'Administrator Database Kependudukan', [TR, AP, AM], ['informatika']),
  jf('penguji_kendaraan', 'Penguji Kendaraan Bermotor', [TR, MH, PY, AP], ['teknik_mesin']),
  jf('pengendali_dampak', 'Pengendali Dampak Lingkungan', [AP, AM], ['lingkungan']),
  jf('pengawas_lh', 'Pengawas Lingkungan Hidup', [AP, AM], ['lingkungan']),
  jf('penyuluh_pertanian', 'Penyuluh Pertanian', [TR, MH, PY, AP, AM, AMD], ['pertanian']),
  jf('pengendali_opt', 'Pengendali Organisme Pengganggu Tumbuhan', [TR, MH, AP], ['pertanian']),
  jf('pengawas_benih', 'Pengawas Benih Tanaman', [TR, AP], ['pertanian']),
  jf('polisi_pp', 'Polisi Pamong Praja', [PM, TR, MH, PY, AP, AM], ['hukum', 'administrasi']),
  jf('pemadam', 'Analis Kebakaran', [PM, TR, MH], ['teknik_mesin', 'administrasi']),
  jf('pranata_humas', 'Pranata Hubungan Masyarakat', [TR, MH, AP, AM], ['komunikasi']),
  jf('statistisi', 'Statistisi', [TR, AP, AM], ['statistik']),
  jf('sandiman', 'Sandiman', [TR, AP], ['informatika']),
  jf('penyuluh_perikanan', 'Penyuluh Perikanan', [TR, MH, AP, AM], ['perikanan']),
  jf('medik_veteriner', 'Medik Veteriner', [AP, AM], ['kedokteran_hewan']),
  jf('paramedik_veteriner', 'Paramedik Veteriner', [TR, MH, PY], ['peternakan']),
  jf('pengawas_bibit', 'Pengawas Bibit Ternak', [TR, AP], ['peternakan']),
  jf('pamong_budaya', 'Pamong Budaya', [AP, AM], ['sosial']),
  jf('penggerak_swadaya', 'Penggerak Swadaya Masyarakat', [TR, AP, AM], ['sosial', 'pemerintahan']),
  jf('pustakawan', 'Pustakawan', [TR, MH, AP, AM], ['perpustakaan']),
];

export const KELAS_JENJANG: Record<JenjangFungsional, number> = { pemula: 5, terampil: 6, mahir: 7, penyelia: 8, ahli_pertama: 8, ahli_muda: 9, ahli_madya: 11, ahli_utama: 13 };

export const SINGKATAN_JENJANG: Record<JenjangFungsional, string> = { pemula: 'PM', terampil: 'TR', mahir: 'MH', penyelia: 'PY', ahli_pertama: 'AP', ahli_muda: 'AM',
  ahli_madya: 'AMD', ahli_utama: 'AU' };

export interface DataPelaksana {
  kunci: string;
  nama: string;
  kelas: number;
  pendidikan: readonly TingkatPendidikan[];
  /** Weight among the pelaksana an education allows, before the profile's extra weight. */
  bobot: number;
}

const RENDAH: TingkatPendidikan[] = ['SD', 'SMP', 'SMA'];
const MENENGAH: TingkatPendidikan[] = ['SMA', 'D1', 'D2', 'D3'];
const SARJANA: TingkatPendidikan[] = ['D4', 'S1', 'S2', 'S3'];

export const PELAKSANA: readonly DataPelaksana[] = [
  { kunci: 'pramu_bakti', nama: 'Pramu Bakti', kelas: 3, pendidikan: RENDAH, bobot: 3 },
  { kunci: 'pengemudi', nama: 'Pengemudi', kelas: 3, pendidikan: ['SMP', 'SMA'], bobot: 2 },
  { kunci: 'petugas_keamanan', nama: 'Petugas Keamanan', kelas: 3, pendidikan: RENDAH, bobot: 1.5 },
  { kunci: 'petugas_kebersihan', nama: 'Petugas Kebersihan', kelas: 3, pendidikan: RENDAH, bobot: 0.3 },
  { kunci: 'penjaga_sekolah', nama: 'Penjaga Sekolah', kelas: 3, pendidikan: RENDAH, bobot: 0 },
  { kunci: 'pengadministrasi_umum', nama: 'Pengadministrasi Umum', kelas: 5, pendidikan: MENENGAH, bobot: 6 },
  { kunci: 'teknisi', nama: 'Teknisi Sarana dan Prasarana', kelas: 5, pendidikan: ['SMA', 'D1', 'D3'], bobot: 1 },
  { kunci: 'pengolah_data', nama: 'Pengolah Data', kelas: 6, pendidikan: [...MENENGAH, 'S1'], bobot: 4 },
  { kunci: 'pengelola_barang', nama: 'Pengelola Barang Milik Daerah', kelas: 6, pendidikan: ['SMA', 'D3', 'S1'], bobot: 1.5 },
  { kunci: 'pengelola_kepegawaian', nama: 'Pengelola Kepegawaian', kelas: 6, pendidikan: ['SMA', 'D3'], bobot: 1 },
  { kunci: 'pengelola_keuangan', nama: 'Pengelola Keuangan', kelas: 7, pendidikan: ['D3', 'D4', 'S1'], bobot: 2.5 },
  { kunci: 'bendahara', nama: 'Bendahara', kelas: 7, pendidikan: ['D3', ...SARJANA], bobot: 1 },
  { kunci: 'analis_kepegawaian', nama: 'Analis Kepegawaian', kelas: 7, pendidikan: SARJANA, bobot: 0.5 },
  { kunci: 'penyusun_program', nama: 'Penyusun Program Anggaran dan Pelaporan', kelas: 7, pendidikan: SARJANA, bobot: 2 },
  { kunci: 'verifikator_keuangan', nama: 'Verifikator Keuangan', kelas: 7, pendidikan: SARJANA, bobot: 0.5 },
  { kunci: 'penata_laporan', nama: 'Penata Laporan Keuangan', kelas: 7, pendidikan: SARJANA, bobot: 1 },
  { kunci: 'analis_data', nama: 'Analis Data dan Informasi', kelas: 8, pendidikan: SARJANA, bobot: 1.5 },
];

/** The staffing mix of a kind of perangkat daerah. */
export interface Profil {
  /** Probability that a staff member whose education allows a JF here holds one. */
  porsiJf: number;
  jf: readonly (readonly [string, number])[];
  /** Fields of study of the pelaksana and structural officials. */
  rumpun: readonly (readonly [string, number])[];
  /** Extra weight for some pelaksana. */
  pelaksana?: readonly (readonly [string, number])[];
  /** Weight of the uptd (schools, puskesmas) when placing staff. */
  bobotUptd?: number;
}

const UMUM_RUMPUN = [['administrasi', 35], ['ekonomi', 25], ['sosial', 15], ['hukum', 10], ['pemerintahan', 10], ['informatika', 5]] as const;

export const PROFIL: Record<string, Profil> = {
  setda: { porsiJf: 0.35, rumpun: [['hukum', 25], ['administrasi', 30], ['ekonomi', 20], ['pemerintahan', 15], ['sosial', 10]],
    jf: [['analis_hukum', 10], ['perancang_uu', 8], ['pengelola_pbj', 20], ['analis_kebijakan', 15], ['arsiparis', 10], ['pranata_komputer', 8], ['analis_sdm', 5], [
      'perencana',
      5,
    ], ['pranata_humas', 8]] },
  kepegawaian: { porsiJf: 0.55, rumpun: [['administrasi', 30], ['psikologi', 10], ['hukum', 10], ['informatika', 15], ['ekonomi', 15], ['sosial', 20]],
    jf: [['analis_sdm', 60], ['asesor_sdm', 15], ['pranata_komputer', 15], ['arsiparis', 10]], pelaksana: [['analis_kepegawaian', 8], ['pengelola_kepegawaian', 6]] },
  pendidikan: { porsiJf: 0.93, rumpun: [['pendidikan', 60], ['administrasi', 15], ['ekonomi', 15], ['informatika', 5], ['sosial', 5]],
    jf: [['guru', 100], ['pranata_komputer', 1], ['analis_sdm', 1]], pelaksana: [['penjaga_sekolah', 8], ['pengadministrasi_umum', 4]], bobotUptd: 12 },
  kesehatan: { porsiJf: 0.85, rumpun: [['kesmas', 40], ['administrasi', 20], ['ekonomi', 20], ['keperawatan', 10], ['informatika', 10]], jf: [
    ['perawat', 30],
    ['bidan', 28],
    ['dokter', 8],
    ['dokter_gigi', 2],
    ['apoteker', 3],
    ['kefarmasian', 4],
    ['pranata_lab', 4],
    ['sanitarian', 4],
    ['nutrisionis', 4],
    ['penyuluh_kesmas', 4],
    ['epidemiolog', 2],
    ['adminkes', 4],
  ], bobotUptd: 5 },
  rumah_sakit: { porsiJf: 0.85, rumpun: [['kesmas', 40], ['administrasi', 20], ['ekonomi', 20], ['akuntansi', 10], ['informatika', 10]],
    jf: [['perawat', 50], ['bidan', 12], ['dokter', 12], ['dokter_gigi', 1], ['apoteker', 4], ['kefarmasian', 5], ['pranata_lab', 5], ['nutrisionis', 3], ['radiografer', 3], [
      'adminkes',
      2,
    ]] },
  pengawasan: { porsiJf: 0.75, rumpun: [['akuntansi', 40], ['ekonomi', 20], ['hukum', 20], ['teknik_sipil', 10], ['administrasi', 10]], jf: [['auditor', 60], ['p2upd', 40]] },
  perencanaan: { porsiJf: 0.55, rumpun: [['ekonomi', 25], ['teknik_sipil', 15], ['administrasi', 25], ['statistik', 15], ['pertanian', 10], ['sosial', 10]],
    jf: [['perencana', 80], ['statistisi', 10], ['pranata_komputer', 10]] },
  keuangan: { porsiJf: 0.35, rumpun: [['akuntansi', 50], ['ekonomi', 35], ['administrasi', 10], ['informatika', 5]],
    jf: [['analis_keuangan', 50], ['pranata_komputer', 15], ['arsiparis', 10], ['perencana', 10]],
    pelaksana: [['verifikator_keuangan', 4], ['penata_laporan', 4], ['bendahara', 2]] },
  teknik: { porsiJf: 0.4, rumpun: [['teknik_sipil', 70], ['administrasi', 15], ['ekonomi', 15]],
    jf: [['teknik_jalan', 40], ['teknik_pengairan', 25], ['penata_ruang', 20], ['pengelola_pbj', 15]], pelaksana: [['teknisi', 4]] },
  sosial: { porsiJf: 0.45, rumpun: [['sosial', 60], ['administrasi', 20], ['ekonomi', 10], ['psikologi', 10]], jf: [['pekerja_sosial', 70], ['penyuluh_sosial', 30]] },
  keluarga_berencana: { porsiJf: 0.6, rumpun: [['sosial', 30], ['kesmas', 25], ['administrasi', 25], ['pendidikan', 20]], jf: [['penyuluh_kb', 85], ['analis_kebijakan', 15]] },
  kependudukan: { porsiJf: 0.35, rumpun: [['administrasi', 40], ['informatika', 30], ['hukum', 10], ['ekonomi', 20]], jf: [['adminduk', 80], ['pranata_komputer', 20]] },
  perhubungan: { porsiJf: 0.3, rumpun: [['teknik_mesin', 30], ['administrasi', 40], ['ekonomi', 30]], jf: [['penguji_kendaraan', 100]], pelaksana: [['teknisi', 3]] },
  lingkungan: { porsiJf: 0.3, rumpun: [['lingkungan', 50], ['administrasi', 25], ['kesmas', 10], ['teknik_sipil', 15]], jf: [['pengendali_dampak', 70], ['pengawas_lh', 30]],
    pelaksana: [['petugas_kebersihan', 12]] },
  pertanian: { porsiJf: 0.65, rumpun: [['pertanian', 75], ['administrasi', 15], ['ekonomi', 10]],
    jf: [['penyuluh_pertanian', 75], ['pengendali_opt', 15], ['pengawas_benih', 10]] },
  ketertiban: { porsiJf: 0.7, rumpun: [['hukum', 30], ['administrasi', 40], ['sosial', 20], ['teknik_mesin', 10]], jf: [['polisi_pp', 75], ['pemadam', 25]] },
  informatika: { porsiJf: 0.55, rumpun: [['informatika', 55], ['komunikasi', 25], ['statistik', 10], ['administrasi', 10]],
    jf: [['pranata_komputer', 50], ['pranata_humas', 25], ['statistisi', 15], ['sandiman', 10]] },
  perikanan: { porsiJf: 0.5, rumpun: [['perikanan', 70], ['administrasi', 15], ['ekonomi', 15]], jf: [['penyuluh_perikanan', 100]] },
  peternakan: { porsiJf: 0.55, rumpun: [['peternakan', 75], ['administrasi', 15], ['ekonomi', 10]],
    jf: [['medik_veteriner', 35], ['paramedik_veteriner', 45], ['pengawas_bibit', 20]] },
  budaya: { porsiJf: 0.3, rumpun: [['sosial', 35], ['administrasi', 35], ['ekonomi', 20], ['komunikasi', 10]], jf: [['pamong_budaya', 70], ['pranata_humas', 30]] },
  pemberdayaan: { porsiJf: 0.35, rumpun: [['sosial', 40], ['administrasi', 30], ['pemerintahan', 20], ['ekonomi', 10]], jf: [['penggerak_swadaya', 80], ['analis_kebijakan', 20]] },
  perpustakaan: { porsiJf: 0.5, rumpun: [['perpustakaan', 50], ['administrasi', 30], ['komunikasi', 10], ['informatika', 10]], jf: [['pustakawan', 60], ['arsiparis', 40]] },
  kecamatan: { porsiJf: 0.15, rumpun: [['pemerintahan', 35], ['administrasi', 35], ['sosial', 15], ['ekonomi', 15]],
    jf: [['analis_kebijakan', 30], ['arsiparis', 30], ['pranata_komputer', 20], ['penggerak_swadaya', 20]] },
  umum: { porsiJf: 0.3, rumpun: UMUM_RUMPUN,
    jf: [['arsiparis', 20], ['pranata_komputer', 20], ['analis_kebijakan', 15], ['perencana', 15], ['analis_sdm', 10], ['pengelola_pbj', 10], ['pranata_humas', 10]] },
};
