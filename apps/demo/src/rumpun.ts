import type { TingkatPendidikan } from '@simasn/domain';

/**
 * Fields of study (rumpun): for each level the [jurusan, gelar] pairs, so that the gelar
 * belakang matches the jurusan and the jabatan (a Bidan has A.Md.Keb., a Guru S.Pd.).
 */
type Pasangan = readonly [jurusan: string, gelar: string];

export interface Rumpun {
  tingkat: Partial<Record<'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2', readonly Pasangan[]>>;
  /** Gelar depan of the profession (dr., drg., drh.): given with the S1. */
  depan?: string;
  /** Before the 1990s an S1 gave Drs./Dra. or Ir. in front instead of a gelar belakang. */
  lama?: 'Drs' | 'Ir';
  kampus?: readonly string[];
}

const KAMPUS_UMUM = [
  'Universitas Jember',
  'Universitas Brawijaya',
  'Universitas Airlangga',
  'Universitas Negeri Malang',
  'Universitas Muhammadiyah Jember',
  'Universitas Muhammadiyah Malang',
  'Universitas Islam Malang',
  'Universitas Terbuka',
  'Universitas Gadjah Mada',
  'Universitas Merdeka Malang',
  'Universitas 17 Agustus 1945 Surabaya',
  'Universitas Islam Jember',
];
const KAMPUS_KESEHATAN = [
  'Poltekkes Kemenkes Malang',
  'Poltekkes Kemenkes Surabaya',
  'Akademi Keperawatan Pemkab Sukamaju',
  'STIKES Sukamaju Husada',
  'Universitas Jember',
  'Universitas Airlangga',
  'Universitas Muhammadiyah Malang',
];

export const RUMPUN: Record<string, Rumpun> = {
  pendidikan: { lama: 'Drs',
    kampus: ['Universitas Negeri Malang', 'Universitas Jember', 'Universitas Terbuka', 'IKIP PGRI Jember', 'Universitas Negeri Surabaya', 'Universitas Muhammadiyah Jember'],
    tingkat: { D2: [['Pendidikan Guru Sekolah Dasar', 'A.Ma.Pd.']], D3: [['Pendidikan Bahasa Inggris', 'A.Md.']], S1: [
      ['Pendidikan Guru Sekolah Dasar', 'S.Pd.'],
      ['Pendidikan Guru Sekolah Dasar', 'S.Pd.'],
      ['Pendidikan Matematika', 'S.Pd.'],
      ['Pendidikan Bahasa Indonesia', 'S.Pd.'],
      ['Pendidikan Bahasa Inggris', 'S.Pd.'],
      ['Pendidikan Ilmu Pengetahuan Alam', 'S.Pd.'],
      ['Pendidikan Jasmani, Kesehatan dan Rekreasi', 'S.Pd.'],
      ['Pendidikan Agama Islam', 'S.Pd.I.'],
      ['Bimbingan dan Konseling', 'S.Pd.'],
      ['Pendidikan Ekonomi', 'S.Pd.'],
      ['Pendidikan Guru Pendidikan Anak Usia Dini', 'S.Pd.'],
    ], S2: [['Manajemen Pendidikan', 'M.Pd.'], ['Pendidikan Dasar', 'M.Pd.'], ['Teknologi Pendidikan', 'M.Pd.']] } },
  keperawatan: { kampus: KAMPUS_KESEHATAN,
    tingkat: { D3: [['Keperawatan', 'A.Md.Kep.']], D4: [['Keperawatan', 'S.Tr.Kep.']], S1: [['Ilmu Keperawatan (Profesi Ners)', 'S.Kep., Ns.']],
      S2: [['Keperawatan', 'M.Kep.'], ['Kesehatan Masyarakat', 'M.Kes.']] } },
  kebidanan: { kampus: KAMPUS_KESEHATAN,
    tingkat: { D1: [['Kebidanan', 'A.P.']], D3: [['Kebidanan', 'A.Md.Keb.']], D4: [['Kebidanan', 'S.Tr.Keb.'], ['Bidan Pendidik', 'S.ST.']],
      S1: [['Kebidanan (Profesi Bidan)', 'S.Keb., Bd.']], S2: [['Kebidanan', 'M.Keb.'], ['Kesehatan Masyarakat', 'M.Kes.']] } },
  kedokteran: { depan: 'dr.', kampus: ['Universitas Airlangga', 'Universitas Brawijaya', 'Universitas Jember', 'Universitas Gadjah Mada', 'Universitas Muhammadiyah Malang'],
    tingkat: { S1: [['Pendidikan Dokter', '']], S2: [
      ['Ilmu Penyakit Dalam', 'Sp.PD'],
      ['Ilmu Kesehatan Anak', 'Sp.A'],
      ['Obstetri dan Ginekologi', 'Sp.OG'],
      ['Ilmu Bedah', 'Sp.B'],
      ['Anestesiologi', 'Sp.An'],
      ['Radiologi', 'Sp.Rad'],
      ['Kesehatan Masyarakat', 'M.Kes.'],
      ['Kesehatan Masyarakat', 'M.Kes.'],
    ] } },
  kedokteran_gigi: { depan: 'drg.', kampus: ['Universitas Airlangga', 'Universitas Jember', 'Universitas Gadjah Mada'],
    tingkat: { S1: [['Pendidikan Dokter Gigi', '']], S2: [['Kesehatan Masyarakat', 'M.Kes.'], ['Ortodonsia', 'Sp.Ort']] } },
  kedokteran_hewan: { depan: 'drh.', kampus: ['Universitas Airlangga', 'Universitas Brawijaya', 'Universitas Gadjah Mada'],
    tingkat: { S1: [['Kedokteran Hewan', '']], S2: [['Kesehatan Masyarakat Veteriner', 'M.Si.']] } },
  farmasi: { kampus: KAMPUS_KESEHATAN, tingkat: { D3: [['Farmasi', 'A.Md.Farm.']], S1: [['Farmasi (Profesi Apoteker)', 'S.Farm., Apt.']], S2: [['Farmasi Klinik', 'M.Farm.']] } },
  gizi: { kampus: KAMPUS_KESEHATAN, tingkat: { D3: [['Gizi', 'A.Md.Gz.']], D4: [['Gizi', 'S.Tr.Gz.']], S1: [['Ilmu Gizi', 'S.Gz.']], S2: [['Ilmu Gizi', 'M.Gz.']] } },
  analis_kesehatan: { kampus: KAMPUS_KESEHATAN,
    tingkat: { D3: [['Analis Kesehatan', 'A.Md.AK.']], D4: [['Teknologi Laboratorium Medis', 'S.Tr.Kes.']], S1: [['Kesehatan Masyarakat', 'S.K.M.']],
      S2: [['Kesehatan Masyarakat', 'M.Kes.']] } },
  sanitasi: { kampus: KAMPUS_KESEHATAN,
    tingkat: { D3: [['Kesehatan Lingkungan', 'A.Md.KL.']], D4: [['Sanitasi Lingkungan', 'S.Tr.Kes.']], S1: [['Kesehatan Lingkungan', 'S.K.M.']],
      S2: [['Kesehatan Lingkungan', 'M.Kes.']] } },
  radiologi: { kampus: KAMPUS_KESEHATAN,
    tingkat: { D3: [['Radiodiagnostik dan Radioterapi', 'A.Md.Rad.']], D4: [['Teknologi Radiologi Pencitraan', 'S.Tr.Rad.']], S1: [['Kesehatan Masyarakat', 'S.K.M.']],
      S2: [['Kesehatan Masyarakat', 'M.Kes.']] } },
  kesmas: { kampus: KAMPUS_KESEHATAN,
    tingkat: { D1: [['Kesehatan', 'A.P.']], D3: [['Kesehatan', 'A.Md.Kes.']], D4: [['Promosi Kesehatan', 'S.Tr.Kes.']], S1: [['Kesehatan Masyarakat', 'S.K.M.']],
      S2: [['Kesehatan Masyarakat', 'M.Kes.'], ['Administrasi Rumah Sakit', 'M.A.R.S.']] } },
  ekonomi: { lama: 'Drs',
    tingkat: { D3: [['Manajemen Perusahaan', 'A.Md.']], S1: [['Manajemen', 'S.E.'], ['Ekonomi Pembangunan', 'S.E.']],
      S2: [['Manajemen', 'M.M.'], ['Ilmu Ekonomi', 'M.E.'], ['Ekonomi Pembangunan', 'M.Si.']] } },
  akuntansi: { lama: 'Drs',
    tingkat: { D3: [['Akuntansi', 'A.Md.Ak.']], D4: [['Akuntansi Sektor Publik', 'S.Tr.Ak.']], S1: [['Akuntansi', 'S.E.'], ['Akuntansi', 'S.Ak.']],
      S2: [['Akuntansi', 'M.Ak.'], ['Manajemen', 'M.M.']] } },
  hukum: { tingkat: { S1: [['Ilmu Hukum', 'S.H.']], S2: [['Ilmu Hukum', 'M.H.'], ['Kenotariatan', 'M.Kn.']] } },
  administrasi: { lama: 'Drs',
    tingkat: { D1: [['Administrasi Perkantoran', 'A.P.']], D2: [['Administrasi Perkantoran', 'A.Ma.']], D3: [['Administrasi Perkantoran', 'A.Md.']],
      D4: [['Administrasi Pemerintahan', 'S.Tr.AP.']], S1: [['Ilmu Administrasi Negara', 'S.Sos.'], ['Administrasi Publik', 'S.AP.'], ['Ilmu Administrasi Negara', 'S.IP.']],
      S2: [['Ilmu Administrasi', 'M.AP.'], ['Administrasi Publik', 'M.Si.'], ['Manajemen', 'M.M.']] } },
  pemerintahan: { lama: 'Drs', kampus: ['Institut Pemerintahan Dalam Negeri', 'Universitas Jember', 'Universitas Brawijaya', 'Universitas Muhammadiyah Malang'],
    tingkat: { D3: [['Pemerintahan (APDN)', 'A.Md.']], D4: [['Manajemen Pemerintahan', 'S.STP.']], S1: [['Ilmu Pemerintahan', 'S.IP.']],
      S2: [['Ilmu Pemerintahan', 'M.Si.'], ['Administrasi Publik', 'M.AP.']] } },
  sosial: { lama: 'Drs',
    tingkat: { D3: [['Pekerjaan Sosial', 'A.Md.']], D4: [['Pekerjaan Sosial', 'S.Tr.Sos.']],
      S1: [['Sosiologi', 'S.Sos.'], ['Kesejahteraan Sosial', 'S.Sos.'], ['Ilmu Kesejahteraan Sosial', 'S.Sos.']], S2: [['Sosiologi', 'M.Si.'], ['Kebijakan Publik', 'M.Si.']] } },
  psikologi: { tingkat: { S1: [['Psikologi', 'S.Psi.']], S2: [['Psikologi Profesi', 'M.Psi., Psikolog']] } },
  teknik_sipil: { lama: 'Ir',
    kampus: ['Institut Teknologi Sepuluh Nopember', 'Universitas Brawijaya', 'Universitas Jember', 'Universitas Merdeka Malang', 'Institut Teknologi Nasional Malang'],
    tingkat: { D3: [['Teknik Sipil', 'A.Md.T.']], D4: [['Teknik Perancangan Jalan dan Jembatan', 'S.Tr.T.']],
      S1: [['Teknik Sipil', 'S.T.'], ['Teknik Sipil', 'S.T.'], ['Perencanaan Wilayah dan Kota', 'S.T.'], ['Arsitektur', 'S.T.']],
      S2: [['Teknik Sipil', 'M.T.'], ['Manajemen Konstruksi', 'M.T.']] } },
  teknik_mesin: { lama: 'Ir', kampus: ['Institut Teknologi Sepuluh Nopember', 'Universitas Brawijaya', 'Politeknik Negeri Malang', 'Universitas Jember'],
    tingkat: { D3: [['Teknik Mesin Otomotif', 'A.Md.T.']], S1: [['Teknik Mesin', 'S.T.']], S2: [['Teknik Mesin', 'M.T.']] } },
  informatika: { kampus: ['Institut Teknologi Sepuluh Nopember', 'Universitas Brawijaya', 'Universitas Jember', 'Politeknik Negeri Jember', 'STMIK Asia Malang'],
    tingkat: { D3: [['Manajemen Informatika', 'A.Md.Kom.'], ['Teknik Komputer', 'A.Md.Kom.']], D4: [['Teknik Informatika', 'S.Tr.Kom.']],
      S1: [['Teknik Informatika', 'S.Kom.'], ['Sistem Informasi', 'S.Kom.']], S2: [['Ilmu Komputer', 'M.Kom.'], ['Sistem Informasi', 'M.Kom.']] } },
  komunikasi: { tingkat: { D3: [['Hubungan Masyarakat', 'A.Md.']], S1: [['Ilmu Komunikasi', 'S.I.Kom.']], S2: [['Ilmu Komunikasi', 'M.I.Kom.']] } },
  statistik: { kampus: ['Politeknik Statistika STIS', 'Institut Teknologi Sepuluh Nopember', 'Universitas Brawijaya'],
    tingkat: { D3: [['Statistika', 'A.Md.Stat.']], D4: [['Statistika', 'S.ST.']], S1: [['Statistika', 'S.Stat.']], S2: [['Statistika', 'M.Si.']] } },
  pertanian: { lama: 'Ir',
    kampus: ['Universitas Jember', 'Universitas Brawijaya', 'Politeknik Negeri Jember', 'Politeknik Pembangunan Pertanian Malang', 'Universitas Muhammadiyah Malang'],
    tingkat: { D3: [['Budidaya Tanaman Pangan', 'A.Md.P.']], D4: [['Penyuluhan Pertanian', 'S.ST.'], ['Penyuluhan Pertanian', 'S.Tr.P.']],
      S1: [['Agroteknologi', 'S.P.'], ['Agribisnis', 'S.P.'], ['Agronomi', 'S.P.']], S2: [['Agribisnis', 'M.P.'], ['Ilmu Tanah', 'M.P.']] } },
  peternakan: { lama: 'Ir', kampus: ['Universitas Brawijaya', 'Universitas Jember', 'Politeknik Negeri Jember'],
    tingkat: { D3: [['Kesehatan Hewan', 'A.Md.Pt.'], ['Produksi Ternak', 'A.Md.Pt.']], S1: [['Peternakan', 'S.Pt.']], S2: [['Ilmu Peternakan', 'M.P.']] } },
  perikanan: { lama: 'Ir', kampus: ['Universitas Brawijaya', 'Universitas Airlangga', 'Politeknik Kelautan dan Perikanan Sidoarjo'],
    tingkat: { D3: [['Budidaya Perikanan', 'A.Md.Pi.']], D4: [['Penyuluhan Perikanan', 'S.St.Pi.']], S1: [['Budidaya Perairan', 'S.Pi.']], S2: [['Ilmu Perikanan', 'M.P.']] } },
  lingkungan: {
    tingkat: { D3: [['Teknik Lingkungan', 'A.Md.T.']], S1: [['Teknik Lingkungan', 'S.T.'], ['Ilmu Lingkungan', 'S.Si.']],
      S2: [['Ilmu Lingkungan', 'M.Si.'], ['Teknik Lingkungan', 'M.T.']] },
  },
  perpustakaan: {
    tingkat: { D3: [['Perpustakaan', 'A.Md.'], ['Kearsipan', 'A.Md.']], S1: [['Ilmu Perpustakaan', 'S.IP.'], ['Ilmu Informasi dan Perpustakaan', 'S.Hum.']],
      S2: [['Ilmu Perpustakaan', 'M.Hum.']] },
  },
};

/** The pairs a rumpun offers for a level, falling back to administrasi (every level exists there). */
export function pasanganJurusan(rumpun: string, tingkat: TingkatPendidikan): readonly Pasangan[] {
  const t = (tingkat === 'S3' ? 'S2' : tingkat) as keyof Rumpun['tingkat'];
  return RUMPUN[rumpun]?.tingkat[t] ?? RUMPUN.administrasi!.tingkat[t] ?? [];
}

/** Polytechnics and academies award diplomas (D1-D4) only. */
const HANYA_DIPLOMA = /^(Politeknik|Poltekkes|Akademi)/;

export function kampusUntuk(rumpun: string, tingkat: TingkatPendidikan): readonly string[] {
  const semua = RUMPUN[rumpun]?.kampus ?? KAMPUS_UMUM;
  if (tingkat.startsWith('D')) return semua;
  const sarjana = semua.filter((k) => !HANYA_DIPLOMA.test(k));
  return sarjana.length > 0 ? sarjana : KAMPUS_UMUM;
}

export const JURUSAN_SMA = ['IPA', 'IPS', 'IPS', 'IPA', 'Bahasa', 'Akuntansi', 'Administrasi Perkantoran', 'Teknik Kendaraan Ringan', 'Teknik Komputer dan Jaringan'] as const;

/** The three doctoral programmes of the demo: S3 holders get `Dr.` in front. */
export const JURUSAN_S3: Record<string, string> = { pendidikan: 'Ilmu Pendidikan', kesmas: 'Ilmu Kesehatan Masyarakat', kedokteran: 'Ilmu Kedokteran', ekonomi: 'Ilmu Ekonomi',
  akuntansi: 'Ilmu Akuntansi', hukum: 'Ilmu Hukum', administrasi: 'Ilmu Administrasi Publik', pemerintahan: 'Ilmu Pemerintahan', pertanian: 'Ilmu Pertanian',
  teknik_sipil: 'Teknik Sipil' };
