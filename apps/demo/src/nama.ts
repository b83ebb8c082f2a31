import type { Acak } from './prng.ts';
import { KECAMATAN } from './data-opd.ts';

/**
 * Indonesian names as they appear in a Jawa Timur kabupaten: Javanese (older single names too),
 * Sundanese, Muslim, Christian (Javanese and Batak), Balinese/Tengger Hindu and Chinese
 * Indonesian, built from first-name and family-name lists.
 */
const DEPAN_L = [
  'Agus',
  'Bambang',
  'Budi',
  'Eko',
  'Hadi',
  'Joko',
  'Sugeng',
  'Slamet',
  'Wahyu',
  'Yudi',
  'Dwi',
  'Tri',
  'Heru',
  'Bayu',
  'Rudi',
  'Teguh',
  'Arif',
  'Andri',
  'Hendra',
  'Dedi',
  'Edy',
  'Gatot',
  'Hari',
  'Iwan',
  'Lukman',
  'Mulyono',
  'Nanang',
  'Priyo',
  'Rahmat',
  'Sigit',
  'Suyanto',
  'Untung',
  'Wawan',
  'Yanto',
  'Zainal',
  'Asep',
  'Dadang',
  'Cecep',
  'Ujang',
  'Yayan',
  'Ade',
  'Didik',
  'Setyo',
  'Anton',
  'Rohmad',
  'Sholeh',
  'Taufik',
  'Ruslan',
  'Jarwo',
  'Kusnadi',
  'Prasetyo',
  'Endro',
  'Sapto',
  'Totok',
  'Hartono',
  'Dodik',
  'Feri',
  'Gunawan',
  'Haris',
  'Khoirul',
  'Nurhadi',
  'Saiful',
  'Sunaryo',
  'Wiji',
];
const DEPAN_P = [
  'Sri',
  'Dewi',
  'Endang',
  'Tutik',
  'Yuli',
  'Wulan',
  'Ratna',
  'Rina',
  'Nurul',
  'Lilis',
  'Euis',
  'Neneng',
  'Fitri',
  'Ani',
  'Ayu',
  'Dian',
  'Eka',
  'Erna',
  'Evi',
  'Ika',
  'Indah',
  'Lina',
  'Lusi',
  'Mega',
  'Nia',
  'Nining',
  'Novi',
  'Puji',
  'Ria',
  'Rini',
  'Rita',
  'Sari',
  'Tri',
  'Umi',
  'Vina',
  'Yeni',
  'Yuni',
  'Retno',
  'Heni',
  'Ninik',
  'Kartini',
  'Susi',
  'Wiwik',
  'Yayuk',
  'Anik',
  'Diah',
  'Emi',
  'Farida',
  'Hesti',
  'Ida',
  'Kiki',
  'Lely',
  'Mamik',
  'Nanik',
  'Rahayu',
  'Siska',
  'Titik',
  'Winarti',
];
const MUDA_L = [
  'Rizky',
  'Dimas',
  'Aditya',
  'Gilang',
  'Fajar',
  'Yoga',
  'Bagus',
  'Dani',
  'Ilham',
  'Irfan',
  'Reza',
  'Fikri',
  'Alfian',
  'Arya',
  'Bima',
  'Dwiky',
  'Rio',
  'Hafidz',
  'Kevin',
  'Rangga',
  'Fahmi',
  'Naufal',
  'Yusuf',
  'Faris',
];
const MUDA_P = [
  'Anisa',
  'Aulia',
  'Dinda',
  'Putri',
  'Nadia',
  'Rahma',
  'Salsabila',
  'Intan',
  'Ayu',
  'Fitri',
  'Novia',
  'Ratih',
  'Della',
  'Citra',
  'Shinta',
  'Tiara',
  'Nabila',
  'Amalia',
  'Devi',
  'Elsa',
  'Febri',
  'Laila',
  'Mutiara',
  'Riska',
];
const BELAKANG_L = [
  'Santoso',
  'Wibowo',
  'Setiawan',
  'Hidayat',
  'Susanto',
  'Prasetyo',
  'Nugroho',
  'Kurniawan',
  'Saputra',
  'Hartono',
  'Purnomo',
  'Suharto',
  'Sutrisno',
  'Wijaya',
  'Gunawan',
  'Firmansyah',
  'Ramadhan',
  'Hakim',
  'Syahputra',
  'Pratama',
  'Permana',
  'Sudrajat',
  'Hermawan',
  'Irawan',
  'Haryanto',
  'Suprianto',
  'Sulistyo',
  'Utomo',
  'Yulianto',
  'Cahyono',
  'Effendi',
  'Maulana',
  'Rahman',
  'Fauzi',
  'Hasan',
  'Arifin',
  'Mustofa',
  'Anwar',
  'Munir',
  'Kusuma',
  'Prabowo',
  'Widodo',
  'Subagyo',
  'Riyanto',
  'Wahyudi',
  'Hidayatullah',
  'Siswanto',
  'Budiman',
  'Kurniadi',
  'Darmawan',
  'Hariyadi',
  'Sugiarto',
  'Rochim',
  'Zakaria',
];
const BELAKANG_P = [
  'Lestari',
  'Rahayu',
  'Wahyuni',
  'Handayani',
  'Puspitasari',
  'Wulandari',
  'Rahmawati',
  'Kusumawati',
  'Susanti',
  'Suryani',
  'Anggraini',
  'Fitriani',
  'Safitri',
  'Yuliani',
  'Ningsih',
  'Sulistyowati',
  'Hartati',
  'Purwanti',
  'Mulyani',
  'Setyaningsih',
  'Astuti',
  'Kurniasari',
  'Pertiwi',
  'Maharani',
  'Oktaviani',
  'Novitasari',
  'Agustina',
  'Permatasari',
  'Nurhayati',
  'Hidayati',
  'Khasanah',
  'Aminah',
  'Maesaroh',
  'Widyastuti',
  'Indrawati',
  'Prihatin',
  'Damayanti',
  'Utami',
  'Herawati',
  'Sugiarti',
];
const TUNGGAL_L = [
  'Sugiarto',
  'Suparman',
  'Sukarmin',
  'Suwarno',
  'Supriyadi',
  'Sumarno',
  'Poniman',
  'Kasiman',
  'Tukimin',
  'Sutikno',
  'Mujiono',
  'Wagiman',
  'Ngadimin',
  'Suyitno',
  'Sarwono',
  'Paimin',
  'Subandi',
  'Misdi',
  'Sumadi',
  'Jumari',
];
const TUNGGAL_P = [
  'Sumiati',
  'Suprapti',
  'Sukarni',
  'Painem',
  'Sulastri',
  'Wagini',
  'Sumarni',
  'Ngatini',
  'Kasmini',
  'Suwarni',
  'Tumini',
  'Marsini',
  'Sutini',
  'Partini',
  'Juwariyah',
  'Rukayah',
  'Sumiyati',
  'Musripah',
];
const AWALAN_MUSLIM_L = ['Muhammad', 'Mochammad', 'Moch.', 'Ahmad', 'Achmad', 'Abdul', 'Imam', 'Nur', 'Mohamad', 'Syaiful'];
const AWALAN_MUSLIM_P = ['Siti', 'Nur', 'Umi', 'Siti', 'Nurul'];
const KRISTEN_L = ['Yohanes', 'Paulus', 'Petrus', 'Stefanus', 'Yosef', 'Markus', 'Daniel', 'Samuel', 'Antonius', 'Fransiskus', 'Yakobus', 'Andreas', 'Matius', 'Thomas', 'Gabriel'];
const KRISTEN_P = ['Maria', 'Theresia', 'Agnes', 'Yohana', 'Kristina', 'Veronika', 'Elisabeth', 'Margaretha', 'Lidia', 'Debora', 'Ester', 'Ruth', 'Christina', 'Monika'];
const BATAK = ['Simanjuntak', 'Sinaga', 'Siregar', 'Hutapea', 'Situmorang', 'Nainggolan', 'Manurung', 'Simatupang', 'Pardede'];
const HINDU_L = ['I Made', 'I Wayan', 'I Ketut', 'I Nyoman', 'I Gede', 'I Putu'];
const HINDU_P = ['Ni Made', 'Ni Luh', 'Ni Ketut', 'Ni Nyoman', 'Ni Wayan', 'Ni Putu'];
const HINDU_NAMA_L = ['Suarta', 'Sudarma', 'Artawan', 'Wirawan', 'Sukadana', 'Astawa', 'Mahendra', 'Suparta', 'Darmawan'];
const HINDU_NAMA_P = ['Ayu Lestari', 'Suartini', 'Sukerti', 'Ariani', 'Widiastuti', 'Sri Wahyuni', 'Kartini', 'Puspawati'];
const TENGGER = ['Supoyo', 'Sutomo', 'Karyadi', 'Sunoto', 'Ngatono', 'Sumaryono'];
const TIONGHOA_L = ['Hendra', 'Rudy', 'Susanto', 'Vincent', 'Andi', 'Wilson', 'Hartono', 'Budi'];
const TIONGHOA_P = ['Linda', 'Susan', 'Lily', 'Yenny', 'Fenny', 'Melinda', 'Lanny', 'Wenny'];
const TIONGHOA_MARGA = ['Wijaya', 'Halim', 'Tanoto', 'Gunawan', 'Tjahjadi', 'Hartanto', 'Salim', 'Kusuma', 'Tanujaya', 'Santoso'];

export type Agama = 'Islam' | 'Kristen' | 'Katolik' | 'Hindu' | 'Buddha' | 'Konghucu';

export function pilihAgama(acak: Acak): Agama {
  return acak.pilihBobot<Agama>([['Islam', 92.6], ['Kristen', 3.6], ['Katolik', 2], ['Hindu', 1.3], ['Buddha', 0.4], ['Konghucu', 0.1]]);
}

/** A full name (without gelar) for a person of this sex, religion and birth year. */
export function buatNama(acak: Acak, jk: 'L' | 'P', agama: Agama, tahunLahir: number): string {
  const L = jk === 'L';
  const muda = tahunLahir >= 1988;
  const depan = () => (muda && acak.peluang(0.6) ? acak.pilih(L ? MUDA_L : MUDA_P) : acak.pilih(L ? DEPAN_L : DEPAN_P));
  const belakang = () => acak.pilih(L ? BELAKANG_L : BELAKANG_P);
  if (agama === 'Kristen' || agama === 'Katolik') {
    const baptis = acak.pilih(L ? KRISTEN_L : KRISTEN_P);
    if (acak.peluang(0.25)) return `${baptis} ${acak.pilih(BATAK)}`;
    return acak.peluang(0.5) ? `${baptis} ${depan()} ${belakang()}` : `${baptis} ${belakang()}`;
  }
  if (agama === 'Hindu') {
    if (acak.peluang(0.35)) return L ? acak.pilih(TENGGER) : acak.pilih(TUNGGAL_P);
    return `${acak.pilih(L ? HINDU_L : HINDU_P)} ${acak.pilih(L ? HINDU_NAMA_L : HINDU_NAMA_P)}`;
  }
  if (agama === 'Buddha' || agama === 'Konghucu') {
    return `${acak.pilih(L ? TIONGHOA_L : TIONGHOA_P)} ${acak.pilih(TIONGHOA_MARGA)}`;
  }
  const r = acak.angka();
  const pTunggal = tahunLahir < 1972 ? 0.22 : tahunLahir < 1982 ? 0.08 : 0.02;
  if (r < pTunggal) return acak.pilih(L ? TUNGGAL_L : TUNGGAL_P);
  if (r < pTunggal + 0.22) return `${acak.pilih(L ? AWALAN_MUSLIM_L : AWALAN_MUSLIM_P)} ${acak.peluang(0.5) ? depan() : belakang()}${acak.peluang(0.3) ? ` ${belakang()}` : ''}`;
  if (r < pTunggal + 0.35) return `${depan()} ${depan()} ${belakang()}`.replace(/^(\S+) \1 /, '$1 ');
  return `${depan()} ${belakang()}`;
}

/** A child's name: always the younger style. */
export function buatNamaAnak(acak: Acak, jk: 'L' | 'P', agama: Agama): string {
  return buatNama(acak, jk, agama, 2005);
}

export const KOTA_LAHIR = [
  ['Sukamaju', 55],
  ['Jember', 8],
  ['Probolinggo', 6],
  ['Malang', 6],
  ['Pasuruan', 3],
  ['Surabaya', 4],
  ['Banyuwangi', 3],
  ['Bondowoso', 2],
  ['Situbondo', 2],
  ['Kediri', 1.5],
  ['Blitar', 1.5],
  ['Yogyakarta', 1],
  ['Bandung', 1],
  ['Denpasar', 0.7],
  ['Medan', 0.5],
  ['Semarang', 1],
  ['Madiun', 1],
  ['Sidoarjo', 2],
] as const;

export function tempatLahir(acak: Acak, agama: Agama): string {
  if (agama === 'Hindu' && acak.peluang(0.4)) return acak.pilih(['Denpasar', 'Senduro', 'Tabanan', 'Sukamaju']);
  const kota = acak.pilihBobot(KOTA_LAHIR);
  // Many born in the kabupaten name their kecamatan as birthplace.
  return kota === 'Sukamaju' && acak.peluang(0.5) ? acak.pilih(KECAMATAN) : kota;
}

const JALAN = [
  'Jl. Panglima Sudirman',
  'Jl. Ahmad Yani',
  'Jl. Gajah Mada',
  'Jl. Diponegoro',
  'Jl. Kartini',
  'Jl. Veteran',
  'Jl. Pahlawan',
  'Jl. Merdeka',
  'Jl. Imam Bonjol',
  'Jl. Kenanga',
  'Jl. Melati',
  'Jl. Mawar',
  'Jl. Anggrek',
  'Jl. Semeru',
  'Jl. Brawijaya',
  'Jl. Hayam Wuruk',
  'Jl. Sultan Agung',
  'Jl. KH. Hasyim Asyari',
  'Jl. Cempaka',
  'Jl. Letkol Slamet Wardoyo',
];
const DESA = ['Krajan', 'Tegalsari', 'Sumberejo', 'Kebonsari', 'Sidorejo', 'Karanganyar', 'Jogoyudan', 'Citrodiwangsan', 'Tompokersan', 'Ditotrunan', 'Rogotrunan', 'Labruk'];

export function buatAlamat(acak: Acak): string {
  const kec = acak.pilih(KECAMATAN);
  const rt = `RT ${String(acak.bulat(1, 12)).padStart(3, '0')}/RW ${String(acak.bulat(1, 8)).padStart(3, '0')}`;
  if (acak.peluang(0.55)) return `${acak.pilih(JALAN)} No. ${acak.bulat(1, 180)}, ${rt}, Kel. ${acak.pilih(DESA)}, Kec. ${kec}`;
  return `Dusun ${acak.pilih(DESA)} ${rt}, Desa ${acak.pilih(DESA)}, Kec. ${kec}`;
}

export function buatEmail(acak: Acak, nama: string): string {
  const kata = nama.toLowerCase().replace(/[^a-z ]/g, '').split(' ').filter(Boolean);
  const awal = kata[0] ?? 'asn';
  const akhir = kata.length > 1 ? kata[kata.length - 1]! : 'asn';
  const domain = acak.pilihBobot([['gmail.com', 80], ['yahoo.co.id', 12], ['yahoo.com', 8]]);
  return `${awal}${acak.pilih(['.', '', '_'])}${akhir}${acak.peluang(0.6) ? acak.bulat(1, 99) : ''}@${domain}`;
}

export function buatTelepon(acak: Acak): string {
  const awalan = acak.pilih(['0812', '0813', '0821', '0822', '0852', '0853', '0857', '0877', '0878', '0819', '0838', '0856', '0895', '0896']);
  let s = awalan;
  const panjang = acak.bulat(10, 12);
  while (s.length < panjang) s += String(acak.bulat(0, 9));
  return s;
}

export const PEKERJAAN_PASANGAN = [
  ['Mengurus Rumah Tangga', 30],
  ['Wiraswasta', 20],
  ['Karyawan Swasta', 18],
  ['Pegawai Negeri Sipil', 12],
  ['Guru Honorer', 5],
  ['Petani', 5],
  ['TNI/Polri', 3],
  ['Pedagang', 5],
  ['Perangkat Desa', 2],
] as const;
