/**
 * The perangkat daerah of the demo Kabupaten Sukamaju, in priority order: `jumlahOpd` takes the
 * first N (more than the list adds kecamatan). Units are written `Nama: Sub 1; Sub 2`. Names
 * follow the nomenclature of PP 18/2016 and typical Perbup susunan organisasi in Jawa Timur.
 * `bobot` is the share of the non-structural staff; `profil` picks the jabatan mix (katalog.ts).
 */
export type JenisOpd = 'setda' | 'setwan' | 'inspektorat' | 'badan' | 'dinas' | 'rsud' | 'kecamatan';

export interface DataOpd {
  kode: string;
  nama: string;
  singkatan: string;
  jenis: JenisOpd;
  /** Name of the head's jabatan. */
  kepala: string;
  bobot: number;
  profil: string;
  unit: readonly string[];
  uptd?: readonly string[];
}

export const NAMA_KABUPATEN = 'Sukamaju';
export const KODE_SURAT = '427.77';

/** Kecamatan names; the first is the ibu kota. */
export const KECAMATAN = [
  'Sukamaju',
  'Karangrejo',
  'Sumberrejo',
  'Tanjungsari',
  'Wonosari',
  'Kedungjati',
  'Randuagung',
  'Sidomulyo',
  'Purwosari',
  'Gunungsari',
  'Mulyorejo',
  'Jatisari',
  'Sumbersari',
  'Pagerwojo',
  'Ngadirejo',
  'Banyuasri',
  'Argosari',
  'Tirtoyudo',
  'Kalisat',
  'Cempaka',
  'Sukorejo',
  'Bantaran',
  'Candisari',
  'Kaliwungu',
] as const;

const SEKRETARIAT = 'Sekretariat: Sub Bagian Umum dan Kepegawaian; Sub Bagian Perencanaan dan Keuangan';
const SEKRETARIAT_1 = 'Sekretariat: Sub Bagian Umum dan Kepegawaian';

function dinas(kode: string, nama: string, singkatan: string, bobot: number, profil: string, unit: string[], kepala = `Kepala ${nama}`): DataOpd {
  return { kode, nama, singkatan, jenis: nama.startsWith('Badan') ? 'badan' : 'dinas', kepala, bobot, profil, unit };
}

export const DAFTAR_OPD: readonly DataOpd[] = [
  { kode: 'SETDA', nama: 'Sekretariat Daerah', singkatan: 'Setda', jenis: 'setda', kepala: 'Sekretaris Daerah', bobot: 2.4, profil: 'setda', unit: [
    'Bagian Tata Pemerintahan: Sub Bagian Administrasi Pemerintahan; Sub Bagian Otonomi Daerah dan Kerja Sama',
    'Bagian Hukum: Sub Bagian Peraturan Perundang-undangan; Sub Bagian Bantuan Hukum; Sub Bagian Dokumentasi dan Informasi Hukum',
    'Bagian Organisasi: Sub Bagian Kelembagaan dan Analisis Jabatan; Sub Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja; Sub Bagian Tata Laksana',
    'Bagian Pengadaan Barang dan Jasa: Sub Bagian Pengelolaan Pengadaan; Sub Bagian Pembinaan dan Advokasi',
    'Bagian Umum: Sub Bagian Tata Usaha Pimpinan; Sub Bagian Rumah Tangga; Sub Bagian Keuangan',
  ] },
  { kode: 'BKPSDM', nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', singkatan: 'BKPSDM', jenis: 'badan',
    kepala: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', bobot: 0.7, profil: 'kepegawaian', unit: [
      SEKRETARIAT,
      'Bidang Pengadaan, Pemberhentian dan Informasi: Sub Bidang Pengadaan dan Pemberhentian; Sub Bidang Data dan Informasi Kepegawaian',
      'Bidang Mutasi dan Promosi: Sub Bidang Mutasi dan Kepangkatan; Sub Bidang Promosi dan Jabatan',
      'Bidang Pengembangan Kompetensi Aparatur: Sub Bidang Pengembangan Kompetensi Manajerial dan Fungsional',
      'Bidang Penilaian Kinerja Aparatur dan Penghargaan: Sub Bidang Penilaian Kinerja; Sub Bidang Disiplin dan Penghargaan',
    ] },
  { ...dinas('DINDIK', 'Dinas Pendidikan', 'Dindik', 40, 'pendidikan', [
    SEKRETARIAT,
    'Bidang Pembinaan Sekolah Dasar: Seksi Kurikulum dan Penilaian Sekolah Dasar; Seksi Peserta Didik dan Pembangunan Karakter Sekolah Dasar',
    'Bidang Pembinaan Sekolah Menengah Pertama: Seksi Kurikulum dan Penilaian Sekolah Menengah Pertama; Seksi Kelembagaan dan Sarana Prasarana Sekolah Menengah Pertama',
    'Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal: Seksi Kurikulum dan Penilaian PAUD',
    'Bidang Guru dan Tenaga Kependidikan: Seksi Pendidik dan Tenaga Kependidikan Sekolah Dasar; Seksi Pendidik dan Tenaga Kependidikan Sekolah Menengah Pertama',
  ]), uptd: [
    ...KECAMATAN.slice(0, 8).map((k) => `SMP Negeri 1 ${k}`),
    ...KECAMATAN.slice(0, 8).flatMap((k) => [`SD Negeri 1 ${k}`, `SD Negeri 2 ${k}`]),
  ] },
  { ...dinas('DINKES', 'Dinas Kesehatan', 'Dinkes', 15, 'kesehatan', [
    SEKRETARIAT,
    'Bidang Kesehatan Masyarakat: Seksi Kesehatan Keluarga dan Gizi; Seksi Promosi dan Pemberdayaan Masyarakat; Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga',
    'Bidang Pencegahan dan Pengendalian Penyakit: Seksi Surveilans dan Imunisasi; Seksi Pencegahan dan Pengendalian Penyakit Menular; Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa',
    'Bidang Pelayanan Kesehatan: Seksi Pelayanan Kesehatan Primer; Seksi Pelayanan Kesehatan Rujukan',
    'Bidang Sumber Daya Kesehatan: Seksi Kefarmasian dan Alat Kesehatan; Seksi Sumber Daya Manusia Kesehatan',
  ]), uptd: KECAMATAN.slice(0, 12).map((k) => `UPTD Puskesmas ${k}`) },
  { kode: 'RSUD', nama: 'Rumah Sakit Umum Daerah Sukamaju', singkatan: 'RSUD', jenis: 'rsud', kepala: 'Direktur Rumah Sakit Umum Daerah Sukamaju', bobot: 7, profil: 'rumah_sakit',
    unit: [
      'Bagian Tata Usaha: Sub Bagian Umum dan Kepegawaian; Sub Bagian Keuangan; Sub Bagian Perencanaan, Evaluasi dan Pelaporan',
      'Bidang Pelayanan Medik: Seksi Pelayanan Medik; Seksi Penunjang Medik',
      'Bidang Keperawatan: Seksi Asuhan Keperawatan; Seksi Etika dan Mutu Keperawatan',
      'Bidang Penunjang Non Medik: Seksi Sarana dan Prasarana',
    ] },
  { kode: 'INSPEKTORAT', nama: 'Inspektorat Daerah', singkatan: 'Inspektorat', jenis: 'inspektorat', kepala: 'Inspektur', bobot: 0.8, profil: 'pengawasan', unit: [
    'Sekretariat: Sub Bagian Umum dan Kepegawaian; Sub Bagian Perencanaan, Evaluasi dan Pelaporan',
    'Inspektorat Pembantu Wilayah I',
    'Inspektorat Pembantu Wilayah II',
    'Inspektorat Pembantu Wilayah III',
    'Inspektorat Pembantu Khusus',
  ] },
  { kode: 'SETWAN', nama: 'Sekretariat Dewan Perwakilan Rakyat Daerah', singkatan: 'Setwan', jenis: 'setwan', kepala: 'Sekretaris Dewan Perwakilan Rakyat Daerah', bobot: 0.8,
    profil: 'umum', unit: [
      'Bagian Umum dan Keuangan: Sub Bagian Tata Usaha dan Kepegawaian; Sub Bagian Keuangan',
      'Bagian Persidangan dan Perundang-undangan: Sub Bagian Persidangan dan Risalah; Sub Bagian Perundang-undangan',
      'Bagian Fasilitasi Penganggaran dan Pengawasan: Sub Bagian Fasilitasi Penganggaran; Sub Bagian Humas dan Protokol',
    ] },
  dinas('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', 0.7, 'perencanaan', [
    SEKRETARIAT_1,
    'Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah: Sub Bidang Data dan Evaluasi',
    'Bidang Pemerintahan dan Pembangunan Manusia',
    'Bidang Perekonomian dan Sumber Daya Alam',
    'Bidang Infrastruktur dan Kewilayahan',
  ]),
  dinas('BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD', 1.2, 'keuangan', [
    SEKRETARIAT_1,
    'Bidang Anggaran: Sub Bidang Anggaran Belanja',
    'Bidang Perbendaharaan: Sub Bidang Belanja; Sub Bidang Kas Daerah',
    'Bidang Akuntansi: Sub Bidang Akuntansi dan Pelaporan',
    'Bidang Aset: Sub Bidang Penatausahaan Aset; Sub Bidang Pemanfaatan dan Pengamanan Aset',
  ]),
  dinas('BAPENDA', 'Badan Pendapatan Daerah', 'Bapenda', 0.8, 'keuangan', [
    SEKRETARIAT_1,
    'Bidang Pendataan dan Penetapan: Sub Bidang Pendataan',
    'Bidang Penagihan dan Keberatan',
    'Bidang Pajak Bumi dan Bangunan dan BPHTB: Sub Bidang Pelayanan PBB; Sub Bidang Penilaian',
  ]),
  dinas('BPBD', 'Badan Penanggulangan Bencana Daerah', 'BPBD', 0.6, 'umum', [
    SEKRETARIAT_1,
    'Bidang Pencegahan dan Kesiapsiagaan',
    'Bidang Kedaruratan dan Logistik: Seksi Kedaruratan',
    'Bidang Rehabilitasi dan Rekonstruksi',
  ], 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah'),
  dinas('KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik', 'Bakesbangpol', 0.4, 'umum', [
    SEKRETARIAT_1,
    'Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa',
    'Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan',
    'Bidang Ketahanan Ekonomi, Sosial, Budaya, Agama dan Penanganan Konflik',
  ]),
  dinas('DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'DPUPR', 1.5, 'teknik', [
    SEKRETARIAT,
    'Bidang Bina Marga: Seksi Pembangunan Jalan dan Jembatan; Seksi Pemeliharaan Jalan dan Jembatan',
    'Bidang Sumber Daya Air: Seksi Irigasi dan Rawa',
    'Bidang Cipta Karya: Seksi Bangunan Gedung',
    'Bidang Penataan Ruang',
  ]),
  dinas('DPRKP', 'Dinas Perumahan, Kawasan Permukiman dan Pertanahan', 'DPRKP', 0.6, 'teknik', [
    SEKRETARIAT_1,
    'Bidang Perumahan: Seksi Pendataan dan Perencanaan Perumahan',
    'Bidang Kawasan Permukiman',
    'Bidang Pertanahan',
  ]),
  dinas('DINSOS', 'Dinas Sosial', 'Dinsos', 0.7, 'sosial', [
    SEKRETARIAT_1,
    'Bidang Rehabilitasi Sosial',
    'Bidang Perlindungan dan Jaminan Sosial: Seksi Perlindungan Sosial Korban Bencana',
    'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin',
  ]),
  dinas('DP3AP2KB', 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana', 'DP3AP2KB', 1.2, 'keluarga_berencana', [
    SEKRETARIAT_1,
    'Bidang Pemberdayaan Perempuan dan Perlindungan Anak: Seksi Perlindungan Hak Perempuan; Seksi Pemenuhan Hak Anak',
    'Bidang Pengendalian Penduduk dan Keluarga Berencana: Seksi Advokasi, Penggerakan dan Informasi',
    'Bidang Keluarga Sejahtera',
  ]),
  dinas('DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dispendukcapil', 0.8, 'kependudukan', [
    SEKRETARIAT_1,
    'Bidang Pelayanan Pendaftaran Penduduk: Seksi Identitas Penduduk; Seksi Pindah Datang Penduduk',
    'Bidang Pelayanan Pencatatan Sipil: Seksi Kelahiran dan Kematian',
    'Bidang Pengelolaan Informasi Administrasi Kependudukan dan Pemanfaatan Data',
  ]),
  dinas('DISHUB', 'Dinas Perhubungan', 'Dishub', 0.9, 'perhubungan', [
    SEKRETARIAT_1,
    'Bidang Lalu Lintas dan Angkutan: Seksi Manajemen dan Rekayasa Lalu Lintas; Seksi Angkutan',
    'Bidang Prasarana dan Keselamatan: Seksi Pengujian Sarana',
  ]),
  dinas('DLH', 'Dinas Lingkungan Hidup', 'DLH', 1.2, 'lingkungan', [
    SEKRETARIAT_1,
    'Bidang Tata Lingkungan',
    'Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan: Seksi Pengaduan dan Penegakan Hukum Lingkungan',
    'Bidang Pengelolaan Sampah dan Limbah Bahan Berbahaya dan Beracun: Seksi Pengelolaan Sampah',
  ]),
  dinas('DISTAN', 'Dinas Pertanian dan Ketahanan Pangan', 'Distan', 2.4, 'pertanian', [
    SEKRETARIAT,
    'Bidang Tanaman Pangan dan Hortikultura: Seksi Produksi Tanaman Pangan; Seksi Perlindungan Tanaman',
    'Bidang Prasarana dan Sarana Pertanian',
    'Bidang Penyuluhan: Seksi Kelembagaan dan Ketenagaan Penyuluhan',
    'Bidang Ketahanan Pangan',
  ]),
  dinas('SATPOLPP', 'Satuan Polisi Pamong Praja', 'Satpol PP', 1.5, 'ketertiban', [
    SEKRETARIAT_1,
    'Bidang Penegakan Peraturan Daerah: Seksi Penyelidikan dan Penyidikan',
    'Bidang Ketertiban Umum dan Ketenteraman Masyarakat: Seksi Operasi dan Pengendalian',
    'Bidang Perlindungan Masyarakat',
    'Bidang Pemadam Kebakaran dan Penyelamatan: Seksi Operasi Pemadaman dan Penyelamatan',
  ], 'Kepala Satuan Polisi Pamong Praja'),
  dinas('DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'Diskominfo', 0.6, 'informatika', [
    SEKRETARIAT_1,
    'Bidang Informasi dan Komunikasi Publik',
    'Bidang Aplikasi Informatika: Seksi Layanan Infrastruktur dan Keamanan Informasi',
    'Bidang Statistik dan Persandian',
  ]),
  dinas('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 0.6, 'umum', [
    SEKRETARIAT_1,
    'Bidang Penanaman Modal',
    'Bidang Pelayanan Perizinan dan Non Perizinan: Seksi Perizinan Usaha; Seksi Perizinan Bangunan dan Lingkungan',
    'Bidang Pengaduan, Kebijakan dan Pelaporan Layanan',
  ]),
  dinas('DISKOPERINDAG', 'Dinas Koperasi, Usaha Mikro, Perindustrian dan Perdagangan', 'Diskoperindag', 0.8, 'umum', [
    SEKRETARIAT_1,
    'Bidang Koperasi dan Usaha Mikro',
    'Bidang Perindustrian',
    'Bidang Perdagangan: Seksi Pengelolaan Pasar; Seksi Metrologi Legal',
  ]),
  dinas('DISKAN', 'Dinas Perikanan', 'Diskan', 0.5, 'perikanan', [
    SEKRETARIAT_1,
    'Bidang Perikanan Budidaya',
    'Bidang Perikanan Tangkap dan Pengolahan Hasil',
  ]),
  dinas('DISNAKKESWAN', 'Dinas Peternakan dan Kesehatan Hewan', 'Disnakkeswan', 0.9, 'peternakan', [
    SEKRETARIAT_1,
    'Bidang Produksi Peternakan',
    'Bidang Kesehatan Hewan dan Kesehatan Masyarakat Veteriner: Seksi Kesehatan Hewan',
  ]),
  dinas('DISPARBUD', 'Dinas Pariwisata dan Kebudayaan', 'Disparbud', 0.6, 'budaya', [
    SEKRETARIAT_1,
    'Bidang Destinasi dan Pemasaran Pariwisata',
    'Bidang Kebudayaan: Seksi Cagar Budaya dan Permuseuman',
  ]),
  dinas('DISPORA', 'Dinas Kepemudaan dan Olahraga', 'Dispora', 0.4, 'umum', [
    SEKRETARIAT_1,
    'Bidang Kepemudaan',
    'Bidang Keolahragaan',
  ]),
  dinas('DISNAKER', 'Dinas Tenaga Kerja', 'Disnaker', 0.4, 'umum', [
    SEKRETARIAT_1,
    'Bidang Pelatihan dan Penempatan Tenaga Kerja',
    'Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja',
  ]),
  dinas('DPMD', 'Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD', 0.5, 'pemberdayaan', [
    SEKRETARIAT_1,
    'Bidang Pemerintahan Desa: Seksi Administrasi dan Aparatur Desa',
    'Bidang Pemberdayaan Masyarakat dan Kelembagaan Desa',
    'Bidang Keuangan dan Aset Desa',
  ]),
  dinas('DISPERPUSIP', 'Dinas Perpustakaan dan Kearsipan', 'Dispusip', 0.5, 'perpustakaan', [
    SEKRETARIAT_1,
    'Bidang Perpustakaan',
    'Bidang Kearsipan',
  ]),
];

/** Kecamatan k (0-based); beyond the list, names get a direction (Karangrejo Utara...). */
export function dataKecamatan(k: number): DataOpd {
  const arah = ['', ' Utara', ' Selatan', ' Timur', ' Barat'];
  const nama = `${KECAMATAN[k % KECAMATAN.length]}${arah[Math.floor(k / KECAMATAN.length)] ?? ` ${k}`}`;
  return {
    kode: `KEC-${nama.toUpperCase().replace(/[^A-Z0-9]+/g, '-')}`,
    nama: `Kecamatan ${nama}`,
    singkatan: `Kec. ${nama}`,
    jenis: 'kecamatan',
    kepala: `Camat ${nama}`,
    // Kecamatan differ in size: 0.35 to 0.65 of a small dinas.
    bobot: 0.35 + ((k * 3 + 6) % 7) * 0.05,
    profil: 'kecamatan',
    unit: [
      SEKRETARIAT,
      'Seksi Pemerintahan',
      'Seksi Ketenteraman dan Ketertiban Umum',
      'Seksi Kesejahteraan Sosial',
      'Seksi Pemberdayaan Masyarakat dan Desa',
    ],
  };
}

/** The largest jumlahOpd the generator can name. */
export const OPD_MAKSIMAL = DAFTAR_OPD.length + KECAMATAN.length * 5;

/** The first `jumlah` perangkat daerah: the list above, then kecamatan. */
export function pilihOpd(jumlah: number): DataOpd[] {
  const hasil = DAFTAR_OPD.slice(0, jumlah);
  for (let k = 0; hasil.length < jumlah; k++) hasil.push(dataKecamatan(k));
  return hasil;
}
