import { titik } from '@simasn/kontrak';
import { skemaDaftarHasil, skemaResponsDaftarHasil, skemaResponsSimpanHasilIpAsn, skemaSimpanHasilIpAsn } from './hasil/hasil.types.ts';
import { skemaAcuanIpAsn, skemaDaftarKekurangan, skemaRencanaPelatihan, skemaResponsAturanIpAsn, skemaResponsDaftarKekurangan, skemaResponsIpAsn,
  skemaResponsRencanaPelatihan } from './ip-asn/ip-asn.types.ts';
import { skemaBukaKembaliMerit, skemaBukaPenilaianMerit, skemaBuktiMerit, skemaFinalisasiMerit, skemaIdPenilaianMerit, skemaKodeSubAspek, skemaResponsBukaPenilaianMerit,
  skemaResponsDaftarInstrumenMerit, skemaResponsDaftarPenilaianMerit, skemaResponsPenilaianMerit, skemaResponsSimpanInstrumenMerit, skemaResponsUnggahBuktiMerit,
  skemaSimpanInstrumenMerit, skemaUbahSkorMerit, skemaUbahTargetMerit } from './merit/merit.types.ts';
import { skemaBekukanNspk, skemaResponsDaftarPenilaianNspk, skemaResponsPenilaianNspk, skemaSimpanPenilaianNspk, skemaTahunNspk } from './nspk/nspk.types.ts';
import { skemaDaftarLayananSurvei, skemaEksporHasilIkm, skemaHasilIkm, skemaIdLayananSurvei, skemaResponsDaftarLayananSurvei, skemaResponsFormulirSurvei, skemaResponsHasilIkm,
  skemaResponsKirimSurvei, skemaResponsRingkasanIkm, skemaResponSurvei, skemaRingkasanIkm, skemaTambahLayananSurvei, skemaTokenSurvei, skemaUbahLayananSurvei,
  zLayananSurvei } from './ikm/survei.types.ts';

/** IP ASN (with its why and the training planner) and the frozen results (server: apps/server/src/rute/indeks.ts). */
export const KONTRAK_INDEKS = {
  aturanIpAsn: titik({ method: 'GET', url: '/api/indeks/ip-asn/aturan', akses: 'indeks:baca', tag: 'indeks',
    ringkasan: 'Versi aturan IP ASN yang dikenal (id, dasar hukum, berlaku mulai, poin)', respons: skemaResponsAturanIpAsn }),
  ipAsn: titik({ method: 'GET', url: '/api/indeks/ip-asn', akses: 'indeks:baca', tag: 'indeks', query: skemaAcuanIpAsn,
    ringkasan: 'IP ASN dihitung dari riwayat pada tanggal acuan: dimensi, kategori, per perangkat daerah, dan di mana poin hilang', respons: skemaResponsIpAsn }),
  eksporIpAsn: titik({ method: 'GET', url: '/api/indeks/ip-asn/ekspor.xlsx', akses: 'indeks:baca', tag: 'indeks', query: skemaAcuanIpAsn, hasil: 'xlsx',
    ringkasan: 'IP ASN per perangkat daerah pada tanggal acuan sebagai XLSX (angka yang sama dengan halaman IP ASN)' }),
  pegawaiIpAsn: titik({ method: 'GET', url: '/api/indeks/ip-asn/pegawai', akses: 'indeks:baca', tag: 'indeks', query: skemaDaftarKekurangan,
    ringkasan: 'Nilai IP ASN per pegawai dan kekurangannya (mengapa), disaring menurut kekurangan', respons: skemaResponsDaftarKekurangan }),
  eksporPegawaiIpAsn: titik({ method: 'GET', url: '/api/indeks/ip-asn/pegawai/ekspor.xlsx', akses: 'indeks:baca', tag: 'indeks', query: skemaDaftarKekurangan, hasil: 'xlsx',
    ringkasan: 'Nilai IP ASN setiap pegawai dalam lingkup (empat dimensi, kategori, yang kurang) sebagai XLSX; saringan sama dengan daftar per pegawai' }),
  rencanaPelatihan: titik({ method: 'POST', url: '/api/indeks/ip-asn/rencana-pelatihan', akses: 'indeks:kelola', tag: 'indeks', body: skemaRencanaPelatihan,
    ringkasan: 'Perencana pelatihan: dengan anggaran dan biaya per peserta, siapa dilatih apa agar IP ASN naik paling tinggi', respons: skemaResponsRencanaPelatihan }),
  simpanIpAsn: titik({ method: 'POST', url: '/api/indeks/ip-asn/simpan', akses: 'indeks:kelola', tag: 'indeks', body: skemaSimpanHasilIpAsn,
    ringkasan: 'Membekukan nilai IP ASN suatu periode beserta versi aturannya', respons: skemaResponsSimpanHasilIpAsn }),
  hasil: titik({ method: 'GET', url: '/api/indeks/hasil', akses: 'indeks:baca', tag: 'indeks', query: skemaDaftarHasil,
    ringkasan: 'Deret nilai indeks yang dibekukan, dengan versi aturannya', respons: skemaResponsDaftarHasil }),
};

/** The Sistem Merit self-assessment and the NSPK assessment (server: apps/server/src/rute/merit.ts). */
export const KONTRAK_MERIT = {
  daftarInstrumen: titik({ method: 'GET', url: '/api/indeks/merit/instrumen', akses: 'indeks:baca', tag: 'indeks',
    ringkasan: 'Instrumen Sistem Merit yang dapat dipakai (milik instansi dan bawaan): aspek, sub-aspek, bobot', respons: skemaResponsDaftarInstrumenMerit }),
  simpanInstrumen: titik({ method: 'POST', url: '/api/indeks/merit/instrumen', akses: 'indeks:kelola', tag: 'indeks', body: skemaSimpanInstrumenMerit,
    ringkasan: 'Menyimpan instrumen Sistem Merit milik instansi (aspek, sub-aspek, bobot) dengan id baru; 409 bila id sudah dipakai', respons: skemaResponsSimpanInstrumenMerit }),
  daftar: titik({ method: 'GET', url: '/api/indeks/merit', akses: 'indeks:baca', tag: 'indeks',
    ringkasan: 'Penilaian mandiri Sistem Merit per tahun: status, total, indeks, kategori', respons: skemaResponsDaftarPenilaianMerit }),
  buka: titik({ method: 'POST', url: '/api/indeks/merit', akses: 'indeks:kelola', tag: 'indeks', body: skemaBukaPenilaianMerit,
    ringkasan: 'Membuka penilaian Sistem Merit suatu tahun (yang ada, atau draf baru dengan instrumen pilihan, mulai dari skor tahun lalu)',
    respons: skemaResponsBukaPenilaianMerit }),
  ekspor: titik({ method: 'GET', url: '/api/indeks/merit/:id/ekspor.xlsx', akses: 'indeks:baca', tag: 'indeks', params: skemaIdPenilaianMerit, hasil: 'xlsx',
    ringkasan: 'Satu penilaian Sistem Merit sebagai XLSX: skor dan nilai per sub-aspek, nilai aspek, total dan indeks' }),
  ambil: titik({ method: 'GET', url: '/api/indeks/merit/:id', akses: 'indeks:baca', tag: 'indeks', params: skemaIdPenilaianMerit,
    ringkasan: 'Satu penilaian Sistem Merit: skor per sub-aspek, nilai per aspek, total, indeks, kategori, tahun lalu, capaian, usulan naik kategori',
    respons: skemaResponsPenilaianMerit }),
  ubahTarget: titik({ method: 'PATCH', url: '/api/indeks/merit/:id', akses: 'indeks:kelola', tag: 'indeks', params: skemaIdPenilaianMerit, body: skemaUbahTargetMerit,
    ringkasan: 'Mengubah target tahunan dan target akhir Renstra penilaian Sistem Merit (dengan versi)', respons: skemaResponsPenilaianMerit }),
  ubahSkor: titik({ method: 'PUT', url: '/api/indeks/merit/:id/skor/:kode', akses: 'indeks:kelola', tag: 'indeks', params: skemaKodeSubAspek, body: skemaUbahSkorMerit,
    ringkasan: 'Memberi skor 1-4 dan catatan satu sub-aspek (dengan versi skor; 0 bila belum dinilai)', respons: skemaResponsPenilaianMerit }),
  /** Multipart (file PDF/PNG/JPEG, versi): the body is read by the route, not declared here. */
  unggahBukti: titik({ method: 'POST', url: '/api/indeks/merit/:id/skor/:kode/bukti', akses: 'indeks:kelola', tag: 'indeks', params: skemaKodeSubAspek,
    ringkasan: 'Melampirkan dokumen bukti (multipart: file PDF/PNG/JPEG, versi) pada sub-aspek yang sudah dinilai', respons: skemaResponsUnggahBuktiMerit }),
  bukti: titik({ method: 'GET', url: '/api/indeks/merit/:id/bukti/:dokumenId', akses: 'indeks:baca', tag: 'indeks', params: skemaBuktiMerit, hasil: 'pdf',
    ringkasan: 'Membuka dokumen bukti penilaian Sistem Merit (PDF, PNG atau JPEG)' }),
  finalisasi: titik({ method: 'POST', url: '/api/indeks/merit/:id/finalisasi', akses: 'indeks:kelola', tag: 'indeks', params: skemaIdPenilaianMerit, body: skemaFinalisasiMerit,
    ringkasan: 'Memfinalkan penilaian Sistem Merit: semua sub-aspek dinilai, nilai dibekukan dengan rinciannya dan versi aturannya', respons: skemaResponsPenilaianMerit }),
  bukaKembali: titik({ method: 'POST', url: '/api/indeks/merit/:id/buka-kembali', akses: 'indeks:kelola', tag: 'indeks', params: skemaIdPenilaianMerit, body: skemaBukaKembaliMerit,
    ringkasan: 'Membuka kembali penilaian Sistem Merit yang sudah final (alasan wajib, dengan versi); nilai final sebelumnya tetap tersimpan di riwayat',
    respons: skemaResponsPenilaianMerit }),

  daftarNspk: titik({ method: 'GET', url: '/api/indeks/nspk', akses: 'indeks:baca', tag: 'indeks', ringkasan: 'Penilaian Indeks Implementasi NSPK per tahun: indeks dan kategori',
    respons: skemaResponsDaftarPenilaianNspk }),
  eksporNspk: titik({ method: 'GET', url: '/api/indeks/nspk/:tahun/ekspor.xlsx', akses: 'indeks:baca', tag: 'indeks', params: skemaTahunNspk, hasil: 'xlsx',
    ringkasan: 'Penilaian NSPK suatu tahun sebagai XLSX: nilai per elemen, indeks dan kategori' }),
  ambilNspk: titik({ method: 'GET', url: '/api/indeks/nspk/:tahun', akses: 'indeks:baca', tag: 'indeks', params: skemaTahunNspk,
    ringkasan: 'Penilaian NSPK suatu tahun: nilai 18 elemen, indeks, kategori A-E, elemen terlemah', respons: skemaResponsPenilaianNspk }),
  simpanNspk: titik({ method: 'PUT', url: '/api/indeks/nspk/:tahun', akses: 'indeks:kelola', tag: 'indeks', params: skemaTahunNspk, body: skemaSimpanPenilaianNspk,
    ringkasan: 'Mencatat nilai 0-100 elemen NSPK suatu tahun (dengan versi; 0 untuk tahun yang belum dicatat)', respons: skemaResponsPenilaianNspk }),
  bekukanNspk: titik({ method: 'POST', url: '/api/indeks/nspk/:tahun/bekukan', akses: 'indeks:kelola', tag: 'indeks', params: skemaTahunNspk, body: skemaBekukanNspk,
    ringkasan: 'Membekukan indeks NSPK suatu tahun beserta versi aturannya', respons: skemaResponsPenilaianNspk }),
};

/** The public satisfaction survey (SKM) and its IKM results (server: apps/server/src/rute/survei.ts). */
export const KONTRAK_SURVEI = {
  formulir: titik({ method: 'GET', url: '/api/publik/survei/:token', akses: 'publik', tag: 'survei', batasPerMenit: 60, params: skemaTokenSurvei,
    ringkasan: 'Formulir survei kepuasan masyarakat (tanpa masuk): nama layanan, pertanyaan, dan token formulir sekali pakai untuk perangkat ini',
    respons: skemaResponsFormulirSurvei }),
  kirim: titik({ method: 'POST', url: '/api/publik/survei/:token', akses: 'publik', tag: 'survei', batasPerMenit: 20, params: skemaTokenSurvei, body: skemaResponSurvei,
    ringkasan: 'Mengirim jawaban survei (tanpa masuk): 9 jawaban 1-4, profil opsional, saran; satu perangkat sekali per layanan per hari (409)',
    respons: skemaResponsKirimSurvei }),
  daftarLayanan: titik({ method: 'GET', url: '/api/survei/layanan', akses: 'survei:baca', tag: 'survei', query: skemaDaftarLayananSurvei,
    ringkasan: 'Layanan yang disurvei dalam kewenangan, dengan token tautan publiknya', respons: skemaResponsDaftarLayananSurvei }),
  tambahLayanan: titik({ method: 'POST', url: '/api/survei/layanan', akses: 'survei:kelola', tag: 'survei', body: skemaTambahLayananSurvei,
    ringkasan: 'Menambah layanan yang disurvei (kode, nama, unit, perkiraan populasi pengguna per periode)', respons: zLayananSurvei }),
  ubahLayanan: titik({ method: 'PATCH', url: '/api/survei/layanan/:id', akses: 'survei:kelola', tag: 'survei', params: skemaIdLayananSurvei, body: skemaUbahLayananSurvei,
    ringkasan: 'Mengubah layanan yang disurvei atau mengganti tautan publiknya; 409 bila sudah diubah orang lain', respons: zLayananSurvei }),
  ringkasanIkm: titik({ method: 'GET', url: '/api/survei/ikm', akses: 'survei:baca', tag: 'survei', query: skemaRingkasanIkm,
    ringkasan: 'IKM setiap layanan dalam kewenangan pada suatu periode, dan IKM gabungannya', respons: skemaResponsRingkasanIkm }),
  hasil: titik({ method: 'GET', url: '/api/survei/:id/hasil', akses: 'survei:baca', tag: 'survei', params: skemaIdLayananSurvei, query: skemaHasilIkm,
    ringkasan: 'Hasil survei satu layanan: NRR per unsur, IKM dan mutu (bobot 1/9 dan 0,111), unsur terlemah, sampel, sebaran jawaban, saran', respons: skemaResponsHasilIkm }),
  eksporHasil: titik({ method: 'GET', url: '/api/survei/:id/hasil.xlsx', akses: 'survei:baca', tag: 'survei', params: skemaIdLayananSurvei, query: skemaEksporHasilIkm,
    hasil: 'xlsx', ringkasan: 'Hasil survei satu layanan sebagai XLSX: lembar NRR per unsur dan IKM, lembar respon mentah (tanpa sidik perangkat)' }),
};

export * from './hasil/hasil.types.ts';
export * from './ip-asn/ip-asn.types.ts';
export * from './merit/merit.types.ts';
export * from './nspk/nspk.types.ts';
export * from './ikm/batas-survei.ts';
export * from './ikm/survei.types.ts';
