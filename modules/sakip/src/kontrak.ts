import { titik } from '@simasn/kontrak';
import { skemaResponsAnggaranUnit, skemaResponsCapaianUnit, skemaHitungCapaianUnit, skemaRingkasanAnggaranUnit } from './capaian/capaian.types.ts';
import { skemaHasilImporRenstra } from './impor/impor.types.ts';
import { skemaAmbilNarasiLkjip, skemaAmbilSaranaPrasarana, skemaBuatLkjip, skemaParamPekerjaan, skemaResponsDaftarPekerjaan, skemaResponsMintaLkjip, skemaResponsNarasiLkjip,
  skemaResponsPeriksaLkjip, skemaResponsSarana, skemaResponsSimpanNarasi, skemaResponsSimpanSarana, skemaSimpanNarasiLkjip, skemaSimpanSaranaPrasarana, skemaStatusPekerjaan,
  skemaSusunLkjip } from './lkjip/lkjip.types.ts';
import { skemaAjukanPk, skemaBuatPk, skemaDaftarPk, skemaPerjanjianKinerja, skemaQueryCetakPk, skemaResponsDaftarPk, skemaRevisiPk, skemaSetujuiPk,
  skemaUbahPk } from './pk/pk.types.ts';
import { skemaIsiRealisasiOtomatisRute, skemaParamBukti, skemaResponsBuktiRealisasi, skemaResponsRealisasiAnggaran, skemaResponsRealisasiOtomatis, skemaResponsSimpanRealisasi,
  skemaSimpanRealisasi, skemaSimpanRealisasiAnggaran } from './realisasi/realisasi.types.ts';
import { skemaBuatRenstra, skemaDaftarRenstra, skemaHapusUnsurRenstra, skemaParamId, skemaResponsDaftarRenstra, skemaResponsHapusUnsur, skemaResponsIdVersi, skemaResponsRenstra,
  skemaResponsSimpanBaris, skemaSimpanIndikator, skemaSimpanProgramKegiatan, skemaSimpanSasaran, skemaSimpanTujuan, skemaUbahRenstra } from './renstra/renstra.types.ts';

/**
 * SAKIP: Renstra (tujuan, sasaran, indikator with targets, program tree with pagu), Perjanjian
 * Kinerja (signed by pihak pertama, approved by pihak kedua: checked inside the actions, so those
 * two routes need only sakip:baca), realisasi per tribulan with evidence, capaian and budget.
 * Server: apps/server/src/rute/sakip.ts.
 */
export const KONTRAK_SAKIP = {
  daftarRenstra: titik({ method: 'GET', url: '/api/sakip/renstra', akses: 'sakip:baca', tag: 'sakip', query: skemaDaftarRenstra,
    ringkasan: 'Renstra perangkat daerah yang dapat dibaca pemanggil', respons: skemaResponsDaftarRenstra }),
  buatRenstra: titik({ method: 'POST', url: '/api/sakip/renstra', akses: 'sakip:kelola', tag: 'sakip', body: skemaBuatRenstra,
    ringkasan: 'Membuat Renstra (draf) perangkat daerah untuk suatu periode', respons: skemaResponsIdVersi }),
  renstra: titik({ method: 'GET', url: '/api/sakip/renstra/:id', akses: 'sakip:baca', tag: 'sakip', params: skemaParamId,
    ringkasan: 'Pohon Renstra: tujuan, sasaran, indikator dengan target per tahun, program/kegiatan/sub kegiatan dengan pagu', respons: skemaResponsRenstra }),
  ubahRenstra: titik({ method: 'PATCH', url: '/api/sakip/renstra/:id', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId, body: skemaUbahRenstra,
    ringkasan: 'Mengubah nama atau status Renstra (dengan versi)', respons: skemaResponsIdVersi }),
  simpanTujuan: titik({ method: 'POST', url: '/api/sakip/renstra/:id/tujuan', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId, body: skemaSimpanTujuan,
    ringkasan: 'Menambah atau mengubah (dengan id dan versi) tujuan Renstra', respons: skemaResponsSimpanBaris }),
  simpanSasaran: titik({ method: 'POST', url: '/api/sakip/renstra/:id/sasaran', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId, body: skemaSimpanSasaran,
    ringkasan: 'Menambah atau mengubah sasaran Renstra di bawah suatu tujuan', respons: skemaResponsSimpanBaris }),
  simpanProgram: titik({ method: 'POST', url: '/api/sakip/renstra/:id/program', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId, body: skemaSimpanProgramKegiatan,
    ringkasan: 'Menambah atau mengubah program, kegiatan atau sub kegiatan (dengan pagu per tahun untuk sub kegiatan)', respons: skemaResponsSimpanBaris }),
  simpanIndikator: titik({ method: 'POST', url: '/api/sakip/renstra/:id/indikator', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId, body: skemaSimpanIndikator,
    ringkasan: 'Menambah atau mengubah indikator kinerja dengan target per tahun dan program pendukungnya', respons: skemaResponsSimpanBaris }),
  hapusUnsur: titik({ method: 'POST', url: '/api/sakip/renstra/:id/hapus', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId, body: skemaHapusUnsurRenstra,
    ringkasan: 'Menghapus tujuan, sasaran, program/kegiatan atau indikator (ditolak bila sudah dipakai Perjanjian Kinerja)', respons: skemaResponsHapusUnsur }),
  eksporRenstra: titik({ method: 'GET', url: '/api/sakip/renstra/:id/ekspor.xlsx', akses: 'sakip:baca', tag: 'sakip', params: skemaParamId, hasil: 'xlsx',
    ringkasan: 'Renstra sebagai XLSX (tujuan, sasaran, program dengan pagu per tahun, indikator dengan target per tahun) yang dapat diimpor kembali' }),
  templatRenstra: titik({ method: 'GET', url: '/api/sakip/renstra/:id/templat.xlsx', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId, hasil: 'xlsx',
    ringkasan: 'Template XLSX kosong untuk periode Renstra: baris judul tiap lembar dan lembar Petunjuk dengan contoh per kolom' }),
  imporRenstra: titik({ method: 'POST', url: '/api/sakip/renstra/:id/impor', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId,
    ringkasan: 'Impor Renstra dari XLSX (multipart "file"): semua baris diperiksa dulu; bila ada masalah tidak ada yang disimpan (422 dengan lembar, baris, kolom, alasan)',
    respons: skemaHasilImporRenstra }),
  realisasiOtomatis: titik({ method: 'POST', url: '/api/sakip/renstra/:id/realisasi-otomatis', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId,
    body: skemaIsiRealisasiOtomatisRute, ringkasan: 'Mengisi realisasi indikator yang diukur SIMASN sendiri (IP ASN, Sistem Merit, IKM, NSPK, jumlah SK) untuk suatu tribulan',
    respons: skemaResponsRealisasiOtomatis }),

  daftarPk: titik({ method: 'GET', url: '/api/sakip/pk', akses: 'sakip:baca', tag: 'sakip', query: skemaDaftarPk,
    ringkasan: 'Perjanjian Kinerja yang dapat dibaca pemanggil (versi terakhir tiap PK, induk lebih dulu)', respons: skemaResponsDaftarPk }),
  buatPk: titik({ method: 'POST', url: '/api/sakip/pk', akses: 'sakip:kelola', tag: 'sakip', body: skemaBuatPk,
    ringkasan: 'Membuat Perjanjian Kinerja (draf) suatu jabatan dan tahun, berjenjang dari PK induknya', respons: skemaPerjanjianKinerja }),
  pk: titik({ method: 'GET', url: '/api/sakip/pk/:id', akses: 'sakip:baca', tag: 'sakip', params: skemaParamId,
    ringkasan: 'Satu versi Perjanjian Kinerja: para pihak, indikator dan target, anggaran, versi lain', respons: skemaPerjanjianKinerja }),
  ubahPk: titik({ method: 'PATCH', url: '/api/sakip/pk/:id', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId, body: skemaUbahPk,
    ringkasan: 'Mengubah draf Perjanjian Kinerja: tanggal, alasan perubahan, baris indikator dan anggaran (dengan versi)', respons: skemaPerjanjianKinerja }),
  ajukanPk: titik({ method: 'POST', url: '/api/sakip/pk/:id/ajukan', akses: 'sakip:baca', tag: 'sakip', params: skemaParamId, body: skemaAjukanPk,
    ringkasan: 'Pihak pertama menandatangani dan mengajukan Perjanjian Kinerja (hanya pihak pertama sendiri)', respons: skemaPerjanjianKinerja }),
  setujuiPk: titik({ method: 'POST', url: '/api/sakip/pk/:id/setujui', akses: 'sakip:baca', tag: 'sakip', params: skemaParamId, body: skemaSetujuiPk,
    ringkasan: 'Pihak kedua menyetujui atau mengembalikan Perjanjian Kinerja (hanya pihak kedua sendiri; kepala daerah melalui akun pimpinan)', respons: skemaPerjanjianKinerja }),
  revisiPk: titik({ method: 'POST', url: '/api/sakip/pk/:id/revisi', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId, body: skemaRevisiPk,
    ringkasan: 'Membuat Perubahan PK dari versi yang berlaku (tanggal dan alasan); versi lama tetap tersimpan', respons: skemaPerjanjianKinerja }),

  simpanRealisasi: titik({ method: 'PUT', url: '/api/sakip/realisasi', akses: 'sakip:kelola', tag: 'sakip', body: skemaSimpanRealisasi,
    ringkasan: 'Mencatat realisasi indikator suatu tribulan: nilai, atau N/A bila belum rilis (dengan versi)', respons: skemaResponsSimpanRealisasi }),
  unggahBukti: titik({ method: 'POST', url: '/api/sakip/indikator/:id/bukti', akses: 'sakip:kelola', tag: 'sakip', params: skemaParamId,
    ringkasan: 'Melampirkan dokumen bukti realisasi (multipart: file PDF/PNG/JPEG, tahun, tribulan, versi)', respons: skemaResponsBuktiRealisasi }),
  bukti: titik({ method: 'GET', url: '/api/sakip/indikator/:id/bukti/:dokumenId', akses: 'sakip:baca', tag: 'sakip', params: skemaParamBukti, hasil: 'pdf',
    ringkasan: 'Membuka dokumen bukti realisasi (PDF, PNG atau JPEG)' }),
  simpanRealisasiAnggaran: titik({ method: 'PUT', url: '/api/sakip/realisasi-anggaran', akses: 'sakip:kelola', tag: 'sakip', body: skemaSimpanRealisasiAnggaran,
    ringkasan: 'Mencatat realisasi anggaran sub kegiatan dalam suatu tribulan (tidak melebihi pagu; dengan versi)', respons: skemaResponsRealisasiAnggaran }),
  capaian: titik({ method: 'GET', url: '/api/sakip/capaian', akses: 'sakip:baca', tag: 'sakip', query: skemaHitungCapaianUnit,
    ringkasan: 'Capaian tiap indikator perangkat daerah sampai suatu tribulan: realisasi, capaian, tahun lalu, target akhir Renstra, nasional, efisiensi, biaya per outcome',
    respons: skemaResponsCapaianUnit }),
  eksporRealisasi: titik({ method: 'GET', url: '/api/sakip/capaian/ekspor.xlsx', akses: 'sakip:baca', tag: 'sakip', query: skemaHitungCapaianUnit, hasil: 'xlsx',
    ringkasan: 'Realisasi dan capaian tiap indikator perangkat daerah sampai suatu tribulan sebagai XLSX (angka yang sama dengan halaman Realisasi Kinerja)' }),
  anggaran: titik({ method: 'GET', url: '/api/sakip/anggaran', akses: 'sakip:baca', tag: 'sakip', query: skemaRingkasanAnggaranUnit,
    ringkasan: 'Realisasi anggaran per program, kegiatan dan sub kegiatan dengan sisa dan penyerapan', respons: skemaResponsAnggaranUnit }),
};

/**
 * The LKjIP: generated in the background (start, poll progress, download), its narrative parts and
 * sarana prasarana list, the consistency check preview, and the Perjanjian Kinerja print. Reading
 * and generating need sakip:baca over the unit; writing narratives needs sakip:kelola. A job is
 * its requester's only. Server: apps/server/src/rute/lkjip.ts.
 */
export const KONTRAK_LKJIP = {
  minta: titik({ method: 'POST', url: '/api/sakip/lkjip', akses: 'sakip:baca', tag: 'sakip', body: skemaBuatLkjip,
    ringkasan: 'Meminta LKjIP sebuah perangkat daerah (tahun atau tribulan) sebagai DOCX atau PDF; dibuat di latar belakang, jawabannya id pekerjaan',
    respons: skemaResponsMintaLkjip }),
  daftarPekerjaan: titik({ method: 'GET', url: '/api/sakip/lkjip/pekerjaan', akses: 'sakip:baca', tag: 'sakip',
    ringkasan: 'Pekerjaan LKjIP terakhir milik pemanggil (status, progres, langkah)', respons: skemaResponsDaftarPekerjaan }),
  pekerjaan: titik({ method: 'GET', url: '/api/sakip/lkjip/pekerjaan/:id', akses: 'sakip:baca', tag: 'sakip', params: skemaParamPekerjaan,
    ringkasan: 'Status pembuatan LKjIP: antri, berjalan (progres 0-100 dan langkah), selesai, atau gagal beserta temuan ketidakkonsistenan', respons: skemaStatusPekerjaan }),
  berkas: titik({ method: 'GET', url: '/api/sakip/lkjip/pekerjaan/:id/berkas', akses: 'sakip:baca', tag: 'sakip', params: skemaParamPekerjaan, hasil: 'pdf',
    ringkasan: 'Mengunduh berkas LKjIP yang sudah selesai (DOCX atau PDF); 409 bila belum selesai atau gagal' }),
  periksa: titik({ method: 'GET', url: '/api/sakip/lkjip/periksa', akses: 'sakip:baca', tag: 'sakip', query: skemaSusunLkjip,
    ringkasan: 'Memeriksa konsistensi tabel LKjIP (capaian, penyerapan, efisiensi, jumlah, target PK) tanpa membuat berkas', respons: skemaResponsPeriksaLkjip }),
  narasi: titik({ method: 'GET', url: '/api/sakip/lkjip/narasi', akses: 'sakip:baca', tag: 'sakip', query: skemaAmbilNarasiLkjip,
    ringkasan: 'Bagian naratif LKjIP (ikhtisar, analisis, strategi...) sebuah unit per tahun dan periode, dengan versi dan asal bawaan', respons: skemaResponsNarasiLkjip }),
  simpanNarasi: titik({ method: 'PUT', url: '/api/sakip/lkjip/narasi', akses: 'sakip:kelola', tag: 'sakip', body: skemaSimpanNarasiLkjip,
    ringkasan: 'Menyimpan satu bagian naratif LKjIP (dengan versi; 409 bila sudah diubah orang lain)', respons: skemaResponsSimpanNarasi }),
  sarana: titik({ method: 'GET', url: '/api/sakip/lkjip/sarana', akses: 'sakip:baca', tag: 'sakip', query: skemaAmbilSaranaPrasarana,
    ringkasan: 'Daftar sarana dan prasarana perangkat daerah pada suatu tahun (Bab I LKjIP)', respons: skemaResponsSarana }),
  simpanSarana: titik({ method: 'PUT', url: '/api/sakip/lkjip/sarana', akses: 'sakip:kelola', tag: 'sakip', body: skemaSimpanSaranaPrasarana,
    ringkasan: 'Menyimpan daftar sarana dan prasarana suatu tahun (dengan versi)', respons: skemaResponsSimpanSarana }),
  cetakPk: titik({ method: 'GET', url: '/api/sakip/pk/:id/cetak', akses: 'sakip:baca', tag: 'sakip', params: skemaParamId, query: skemaQueryCetakPk, hasil: 'pdf',
    ringkasan: 'Cetakan resmi Perjanjian Kinerja (Pihak Pertama, Pihak Kedua, tanda tangan, lampiran) sebagai PDF atau DOCX' }),
};

export * from './renstra/renstra.types.ts';
export * from './pk/pk.types.ts';
export * from './realisasi/realisasi.types.ts';
export * from './capaian/capaian.types.ts';
export * from './impor/impor.types.ts';
export * from './lkjip/lkjip.types.ts';
