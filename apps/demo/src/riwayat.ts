import { JENIS_HUKDIS, LABEL_JENJANG, tambahBulan, type JenisHukdis } from '@simasn/domain';
import { kolomSql, type JenisRiwayat } from '@simasn/kepegawaian/riwayat';
import type { Acak } from './prng.ts';
import { KODE_SURAT, NAMA_KABUPATEN } from './data-opd.ts';
import { HARI_INI, keHari, tahunDari, tambahHari, tambahTahun, tanggalAntara } from './karier.ts';
import type { Kolom } from './sisip.ts';
import type { Organisasi } from './organisasi.ts';
import type { Pegawai } from './orang.ts';
import { PEKERJAAN_PASANGAN, buatNama, buatNamaAnak } from './nama.ts';

/**
 * The rows of every riwayat table for one employee. Pangkat, jabatan and pendidikan come from
 * the person (they decide the current state); diklat, SKP, hukuman disiplin and keluarga are
 * drawn here from the employee's own random stream.
 */
const TABEL = { riwayat_pangkat: 'pangkat', riwayat_jabatan: 'jabatan', riwayat_pendidikan: 'pendidikan', riwayat_diklat: 'diklat', riwayat_skp: 'skp', riwayat_hukdis: 'hukdis',
  keluarga: 'keluarga' } as const satisfies Record<string, JenisRiwayat>;

/** The columns of each table, from the riwayat declaration (the rows below follow its field order). */
export const KOLOM = Object.fromEntries(Object.entries(TABEL).map(([tabel, jenis]) => [tabel, [['pegawai_id', 'bigint'], ...kolomSql(jenis)]])) as unknown as Record<
  keyof typeof TABEL,
  readonly Kolom[]
>;

export type TabelRiwayat = keyof typeof KOLOM;
export type BarisRiwayat = Record<TabelRiwayat, unknown[][]>;

export function barisKosong(): BarisRiwayat {
  return { riwayat_pangkat: [], riwayat_jabatan: [], riwayat_pendidikan: [], riwayat_diklat: [], riwayat_skp: [], riwayat_hukdis: [], keluarga: [] };
}

const nomor = (acak: Acak, digit = 4) => String(acak.bulat(1, 10 ** digit - 1)).padStart(digit, '0');
const kodeSk = (lama: string, baru: string, tanggal: string) => (tanggal < '2023-01-01' ? lama : baru);

const TEKNIS_UMUM = [
  'Pelatihan Pelayanan Prima',
  'Bimbingan Teknis Penyusunan SKP dan Manajemen Kinerja',
  'Pelatihan Pengelolaan Keuangan Daerah',
  'Bimbingan Teknis Sistem Informasi Pemerintahan Daerah',
  'Pelatihan Kearsipan Dinamis',
  'Pelatihan Tata Naskah Dinas Elektronik',
  'Pelatihan Penyusunan Laporan Kinerja Instansi Pemerintah',
  'Pelatihan Public Speaking bagi ASN',
  'Pelatihan Literasi Digital ASN',
  'Pelatihan Manajemen Risiko Pemerintah Daerah',
  'Pelatihan Penyusunan Standar Pelayanan',
  'Bimbingan Teknis Pengelolaan Barang Milik Daerah',
  'Pelatihan Analisis Jabatan dan Analisis Beban Kerja',
  'Pelatihan Inovasi Pelayanan Publik',
  'Pelatihan Pengolahan Data dengan Spreadsheet',
];
const TEKNIS_PROFIL: Record<string, readonly string[]> = { pendidikan: [
  'Pelatihan Implementasi Kurikulum Merdeka',
  'Pelatihan Pembelajaran Berdiferensiasi',
  'Bimbingan Teknis Asesmen Nasional',
  'Pelatihan Penguatan Profil Pelajar Pancasila',
  'Bimbingan Teknis Pengelolaan Dapodik',
  'Pelatihan Pembelajaran Berbasis Proyek',
], kesehatan: [
  'Pelatihan Bantuan Hidup Dasar',
  'Pelatihan Penanganan Kegawatdaruratan Obstetri dan Neonatal',
  'Pelatihan Pencegahan dan Pengendalian Infeksi',
  'Pelatihan Manajemen Puskesmas',
  'Pelatihan Tata Laksana Gizi Buruk',
  'Pelatihan Imunisasi bagi Petugas Kesehatan',
], rumah_sakit: [
  'Pelatihan Bantuan Hidup Dasar',
  'Pelatihan Pencegahan dan Pengendalian Infeksi',
  'Pelatihan Keselamatan Pasien',
  'Pelatihan Advanced Cardiac Life Support',
  'Pelatihan Rekam Medis Elektronik',
], kepegawaian: [
  'Bimbingan Teknis Aplikasi SIASN',
  'Pelatihan Manajemen ASN',
  'Bimbingan Teknis Penilaian Kinerja PNS',
  'Pelatihan Asesmen Kompetensi',
  'Bimbingan Teknis Pengelolaan Data Kepegawaian',
  'Pelatihan Penyusunan Standar Kompetensi Jabatan',
], keuangan: [
  'Bimbingan Teknis Penatausahaan Keuangan Daerah',
  'Pelatihan Akuntansi Berbasis Akrual',
  'Bimbingan Teknis Pajak Daerah',
  'Pelatihan Penyusunan Laporan Keuangan Pemerintah Daerah',
], pengawasan: ['Pelatihan Audit Kinerja', 'Pelatihan Reviu Laporan Keuangan', 'Pelatihan Probity Audit Pengadaan Barang/Jasa', 'Pelatihan Audit Investigatif'],
  pertanian: ['Pelatihan Pengendalian Hama Terpadu', 'Pelatihan Budidaya Padi Organik', 'Pelatihan Penyuluhan Pertanian Berbasis Digital'],
  teknik: ['Pelatihan Perencanaan Teknis Jalan dan Jembatan', 'Bimbingan Teknis Pengawasan Konstruksi', 'Pelatihan Sistem Informasi Geografis'],
  informatika: ['Pelatihan Keamanan Informasi', 'Pelatihan Pengembangan Aplikasi Web', 'Pelatihan Manajemen Layanan Teknologi Informasi'],
  ketertiban: ['Pelatihan Dasar Polisi Pamong Praja', 'Pelatihan Penyidik Pegawai Negeri Sipil', 'Pelatihan Penanggulangan Kebakaran'] };
const SEMINAR = [
  'Seminar Nasional Reformasi Birokrasi',
  'Webinar Transformasi Digital Pemerintahan',
  'Seminar Pencegahan Korupsi di Lingkungan Pemerintah Daerah',
  'Workshop Penyusunan Indikator Kinerja Utama',
  'Webinar Manajemen Talenta ASN',
  'Seminar Kesehatan Mental di Tempat Kerja',
  'Workshop Sistem Merit dalam Manajemen ASN',
  'Sosialisasi Peraturan Disiplin Pegawai Negeri Sipil',
  'Seminar Pelayanan Publik Inklusif',
  'Workshop Pembangunan Zona Integritas',
  'Webinar Keamanan Siber bagi ASN',
  'Seminar Nasional Pendidikan Karakter',
  'Seminar Kesehatan Masyarakat',
];
const PENYELENGGARA_TEKNIS = [
  [`BKPSDM Kabupaten ${NAMA_KABUPATEN}`, 35],
  ['BPSDM Provinsi Jawa Timur', 30],
  ['Kementerian Dalam Negeri', 8],
  ['BKN Kantor Regional II Surabaya', 7],
  ['Lembaga Administrasi Negara', 5],
  ['Pusat Pengembangan Kompetensi ASN', 5],
] as const;
const PENYELENGGARA_SEMINAR = [
  `BKPSDM Kabupaten ${NAMA_KABUPATEN}`,
  'Universitas Jember',
  'Universitas Brawijaya',
  'Kementerian PANRB',
  'Komisi Pemberantasan Korupsi',
  'Ombudsman RI Perwakilan Jawa Timur',
  'Badan Siber dan Sandi Negara',
] as const;

const KETERANGAN_HUKDIS: Record<'ringan' | 'sedang' | 'berat', readonly string[]> = {
  ringan: ['Tidak masuk kerja tanpa keterangan yang sah selama 3 hari kerja', 'Tidak menaati ketentuan jam kerja', 'Tidak melaporkan kinerja harian tepat waktu'],
  sedang: [
    'Tidak masuk kerja tanpa keterangan yang sah selama 12 hari kerja dalam 1 tahun',
    'Tidak mencapai target kinerja tanpa alasan yang sah',
    'Menyalahgunakan fasilitas dinas',
  ],
  berat: ['Tidak masuk kerja tanpa keterangan yang sah selama 22 hari kerja dalam 1 tahun', 'Menyalahgunakan wewenang dalam jabatan'],
};

/** Ties the rows to the organisation: who rates whom (pejabat penilai) and each OPD's profile. */
export interface KonteksRiwayat {
  org: Organisasi;
  penilai: (p: Pegawai) => string;
}

function diklat(acak: Acak, p: Pegawai, k: KonteksRiwayat, keluar: unknown[][]) {
  const sudah = new Set<string>();
  const tambah = (jenis: string, nama: string, tingkat: string | null, oleh: string, mulai: string, hari: number, jp: number) => {
    const batas = tambahHari(HARI_INI, -7 - hari);
    const m = mulai > batas ? batas : mulai;
    const kunci = `${jenis}|${nama}|${m}`;
    if (sudah.has(kunci) || m < p.pangkat[0]!.tmt) return;
    sudah.add(kunci);
    const sertifikat = acak.peluang(0.75)
      ? (oleh.startsWith('BKPSDM') ? `893.3/${nomor(acak)}/${KODE_SURAT}/${m.slice(0, 4)}` : `${nomor(acak, 5)}/DIKLAT/${m.slice(0, 4)}`)
      : null;
    keluar.push([p.id, jenis, nama, tingkat, oleh, m, tambahHari(m, Math.max(0, hari - 1)), jp, sertifikat]);
  };
  const profil = k.org.opd[p.opd]!.data.profil;
  const teknis = [...TEKNIS_UMUM, ...(TEKNIS_PROFIL[profil] ?? []), ...(TEKNIS_PROFIL[profil] ?? [])];
  const masuk = p.pangkat[0]!.tmt;

  // Leadership training matching the structural level, around the appointment.
  const tingkat = p.jabatan.tingkatStruktural;
  if (tingkat) {
    const program = (t: string) => {
      const baru = acak.peluang(0.5);
      if (t === 'jpt_pratama') {
        return { nama: 'Pelatihan Kepemimpinan Nasional Tingkat II', lama: 'Diklat Kepemimpinan Tingkat II', t: ['PKN II', 'PIM II'], jp: [450, 400], hari: [120, 60],
          oleh: 'Lembaga Administrasi Negara', baru };
      }
      if (t === 'administrator') {
        return { nama: 'Pelatihan Kepemimpinan Administrator', lama: 'Diklat Kepemimpinan Tingkat III', t: ['PKA', 'PIM III'], jp: [260, 360], hari: [100, 75],
          oleh: 'BPSDM Provinsi Jawa Timur', baru };
      }
      return { nama: 'Pelatihan Kepemimpinan Pengawas', lama: 'Diklat Kepemimpinan Tingkat IV', t: ['PKP', 'PIM IV'], jp: [200, 285], hari: [90, 60],
        oleh: 'BPSDM Provinsi Jawa Timur', baru };
    };
    const daftar = [tingkat, ...(tingkat === 'jpt_pratama' && acak.peluang(0.8) ? ['administrator'] : []), ...(tingkat !== 'pengawas' && acak.peluang(0.6) ? ['pengawas'] : [])];
    daftar.forEach((t, i) => {
      const pusat = i === 0 ? tambahTahun(p.tmtJabatan, -acak.bulat(0, 1)) : tambahTahun(p.tmtJabatan, -(3 + 3 * i + acak.bulat(0, 2)));
      const mulai = tanggalAntara(acak, tambahBulan(pusat, -10), tambahBulan(pusat, 10));
      const d = program(t);
      const baru = mulai >= '2019-07-01';
      const idx = baru ? 0 : 1;
      tambah('kepemimpinan', baru ? d.nama : d.lama, d.t[idx]!, d.oleh, mulai, d.hari[idx]!, d.jp[idx]!);
    });
  }

  // Functional training for JF holders, after they entered the JF.
  if (p.keluargaJf && p.tmtJf && acak.peluang(0.85)) {
    const kel = p.keluargaJf;
    const mulai = tanggalAntara(acak, p.tmtJf, tambahTahun(p.tmtJf, 2));
    if (kel.kunci === 'guru') {
      const plpg = mulai < '2018-01-01';
      tambah('fungsional', plpg ? 'Pendidikan dan Latihan Profesi Guru' : 'Pendidikan Profesi Guru Dalam Jabatan', null, plpg ? 'Universitas Negeri Malang' : 'Universitas Jember',
        mulai, plpg ? 10 : 120, plpg ? 90 : 240);
    } else {
      tambah('fungsional', `Pelatihan Pembentukan Jabatan Fungsional ${kel.nama}`, null, acak.pilihBobot(PENYELENGGARA_TEKNIS), mulai, 10, acak.pilih([60, 80, 100, 120]));
    }
    if (p.jabatan.jenjang && p.jabatan.jenjang !== 'ahli_pertama' && p.jabatan.jenjang !== 'terampil' && p.jabatan.jenjang !== 'pemula' && acak.peluang(0.6)) {
      tambah('fungsional', `Pelatihan Penjenjangan ${kel.nama} ${LABEL_JENJANG[p.jabatan.jenjang]}`, null, 'BPSDM Provinsi Jawa Timur',
        tanggalAntara(acak, tambahBulan(p.tmtJabatan, -12), tambahBulan(p.tmtJabatan, 12)), 8, acak.pilih([50, 60, 80]));
    }
  }

  // Technical training: this year (60% with at least 20 JP), and some older ones.
  const rTeknis = acak.angka();
  if (rTeknis < 0.75) {
    const jp = rTeknis < 0.6 ? acak.pilih([20, 24, 30, 32, 40, 45, 60]) : acak.pilih([4, 8, 12, 16]);
    tambah('teknis', acak.pilih(teknis), null, acak.pilihBobot(PENYELENGGARA_TEKNIS), tanggalAntara(acak, '2026-01-05', '2026-10-10'), Math.ceil(jp / 8), jp);
  }
  const lama = acak.pilihBobot([[0, 30], [1, 35], [2, 25], [3, 10]]);
  for (let i = 0; i < lama; i++) {
    const dari = masuk > '2010-01-01' ? masuk : '2010-01-01';
    if (dari >= '2025-12-01') break;
    const jp = acak.pilih([8, 16, 20, 24, 30, 32, 40, 60]);
    tambah('teknis', acak.pilih(teknis), null, acak.pilihBobot(PENYELENGGARA_TEKNIS), tanggalAntara(acak, dari, '2025-12-01'), Math.ceil(jp / 8), jp);
  }

  // Seminars and workshops: 40% within the last two years.
  if (acak.peluang(0.4)) {
    tambah('seminar', acak.pilih(SEMINAR), null, acak.pilih(PENYELENGGARA_SEMINAR), tanggalAntara(acak, '2024-11-05', '2026-10-20'), acak.bulat(1, 2),
      acak.pilih([2, 4, 4, 6, 8, 16]));
  }
  if (acak.peluang(0.15) && masuk < '2024-01-01') {
    tambah('seminar', acak.pilih(SEMINAR), null, acak.pilih(PENYELENGGARA_SEMINAR), tanggalAntara(acak, masuk > '2015-01-01' ? masuk : '2015-01-01', '2024-10-31'), 1,
      acak.pilih([2, 4, 8]));
  }
}

function skp(acak: Acak, p: Pegawai, k: KonteksRiwayat, keluar: unknown[][]) {
  const watak = acak.pilihBobot([['unggul', 28.5], ['biasa', 69], ['bermasalah', 2.5]] as const);
  const penilai = k.penilai(p);
  for (let tahun = 2022; tahun <= 2025; tahun++) {
    if (p.pangkat[0]!.tmt > `${tahun}-07-01` || !acak.peluang(0.95)) continue;
    const predikat = watak === 'unggul' ?
      acak.pilihBobot([['sangat_baik', 80], ['baik', 20]])
      : watak === 'biasa' ?
      acak.pilihBobot([['baik', 96], ['sangat_baik', 3], ['butuh_perbaikan', 1]])
      : acak.pilihBobot([['butuh_perbaikan', 50], ['kurang', 20], ['baik', 30]]);
    keluar.push([p.id, tahun, predikat, null, penilai]);
  }
}

function hukdis(acak: Acak, p: Pegawai, keluar: unknown[][]) {
  if (p.status === 'PPPK' || p.jabatan.jenis === 'struktural' || p.asnDemo || !acak.peluang(0.0055)) return;
  const jenis = acak.pilihBobot<JenisHukdis>([
    ['teguran_lisan', 20],
    ['teguran_tertulis', 30],
    ['pernyataan_tidak_puas', 15],
    ['potong_tukin_6', 10],
    ['potong_tukin_9', 8],
    ['potong_tukin_12', 7],
    ['penurunan_jabatan', 5],
    ['pembebasan_jabatan', 5],
  ]);
  const d = JENIS_HUKDIS[jenis];
  const dari = tambahTahun(p.pangkat[0]!.tmt, 1) > '2019-01-01' ? tambahTahun(p.pangkat[0]!.tmt, 1) : '2019-01-01';
  const sampai = d.tingkat === 'berat' ? '2025-06-30' : '2026-09-30';
  if (dari >= sampai) return;
  const tmt = tanggalAntara(acak, dari, sampai);
  const tanggalSk = tambahHari(tmt, -acak.bulat(0, 14));
  const nomorSk = `${kodeSk('862', '800.1.6.4', tanggalSk)}/${nomor(acak, 3)}/${KODE_SURAT}/${tanggalSk.slice(0, 4)}`;
  const keterangan = acak.pilih(KETERANGAN_HUKDIS[d.tingkat]);
  keluar.push([p.id, d.tingkat, jenis, tmt, nomorSk, tanggalSk, d.bulan[0], keterangan]);
}

function nikKeluarga(acak: Acak, lahir: string, jk: 'L' | 'P'): string | null {
  if (!acak.peluang(0.7)) return null;
  const hari = Number(lahir.slice(8, 10)) + (jk === 'P' ? 40 : 0);
  return `3508${String(acak.bulat(1, 21)).padStart(2, '0')}${String(hari).padStart(2, '0')}${lahir.slice(5, 7)}${lahir.slice(2, 4)}${nomor(acak)}`;
}

function keluarga(acak: Acak, p: Pegawai, keluar: unknown[][]) {
  if (p.statusKawin === 'belum_kawin') return;
  const hariIni = keHari(HARI_INI);
  if (p.statusKawin === 'kawin') {
    const jk = p.jk === 'L' ? 'P' : 'L';
    const selisih = p.jk === 'L' ? acak.bulat(0, 6) * 365 + acak.bulat(0, 364) : -(acak.bulat(0, 6) * 365 + acak.bulat(0, 364));
    const lahir = tambahHari(p.tanggalLahir, selisih);
    const kerja = acak.pilihBobot(PEKERJAAN_PASANGAN);
    const pekerjaan = kerja === 'Mengurus Rumah Tangga' && jk === 'L' ? 'Wiraswasta' : kerja;
    keluar.push([
      p.id,
      jk === 'P' ? 'istri' : 'suami',
      buatNama(acak, jk, p.agama, tahunDari(lahir)),
      nikKeluarga(acak, lahir, jk),
      lahir,
      jk,
      pekerjaan,
      pekerjaan !== 'Pegawai Negeri Sipil' && pekerjaan !== 'TNI/Polri',
    ]);
  }
  const umur = (hariIni - keHari(p.tanggalLahir)) / 365.25;
  const jumlah = umur < 28 ? acak.pilihBobot([[0, 60], [1, 40]]) : umur < 36 ? acak.pilihBobot([[0, 20], [1, 45], [2, 35]]) : acak.pilihBobot([[0, 8], [1, 22], [2, 45], [3, 25]]);
  let lahirAnak = tambahTahun(p.tanggalLahir, acak.bulat(24, 29));
  for (let i = 0; i < jumlah; i++) {
    if (lahirAnak > tambahBulan(HARI_INI, -2)) break;
    const jk = acak.peluang(0.5) ? 'L' : 'P';
    const usia = (hariIni - keHari(lahirAnak)) / 365.25;
    const pekerjaan = usia < 6 ? 'Belum Bekerja' : usia < 23 ? 'Pelajar/Mahasiswa' : acak.pilih(['Karyawan Swasta', 'Wiraswasta', 'Belum Bekerja', 'Guru Honorer']);
    keluar.push([p.id, 'anak', buatNamaAnak(acak, jk, p.agama), nikKeluarga(acak, lahirAnak, jk), lahirAnak, jk, pekerjaan, i < 2 && usia < 21]);
    lahirAnak = tambahHari(lahirAnak, acak.bulat(550, 2200));
  }
}

export function barisRiwayat(p: Pegawai, acak: Acak, k: KonteksRiwayat, keluar: BarisRiwayat): void {
  for (const b of p.pangkat) {
    const awal = b.jenisKp === 'cpns' || b.jenisKp === 'pppk';
    const tanggalSk = tambahHari(b.tmt, -acak.bulat(awal ? 10 : 30, awal ? 60 : 75));
    const kode = b.jenisKp === 'cpns' ? kodeSk('813.3', '800.1.2.2', tanggalSk) : b.jenisKp === 'pppk' ? '800.1.2.5' : kodeSk('823.3', '800.1.3.3', tanggalSk);
    keluar.riwayat_pangkat.push([p.id, b.golongan, b.jenisKp, b.tmt, `${kode}/${nomor(acak)}/${KODE_SURAT}/${tanggalSk.slice(0, 4)}`, tanggalSk, b.mkTahun, b.mkBulan]);
  }
  for (const j of p.riwayatJabatan) {
    const tanggalSk = tambahHari(j.tmt, -acak.bulat(0, 20));
    const kode = k.org.jabatanById.get(j.jabatanId)!.jenis === 'struktural' ? kodeSk('821.22', '800.1.3.2', tanggalSk) : kodeSk('821.2', '800.1.3.1', tanggalSk);
    keluar.riwayat_jabatan.push([p.id, j.jabatanId, j.unitId, j.tmt, `${kode}/${nomor(acak)}/${KODE_SURAT}/${tanggalSk.slice(0, 4)}`, tanggalSk]);
  }
  for (const d of p.riwayatPendidikan) {
    keluar.riwayat_pendidikan.push([p.id, d.tingkat, d.namaSekolah, d.jurusan, d.tahunLulus, d.nomorIjazah, d.tanggalIjazah]);
  }
  diklat(acak, p, k, keluar.riwayat_diklat);
  skp(acak, p, k, keluar.riwayat_skp);
  hukdis(acak, p, keluar.riwayat_hukdis);
  keluarga(acak, p, keluar.keluarga);
}
