import { titik, zOk } from '@simasn/kontrak';
import { skemaGantiSandi, skemaMasuk, skemaResponsMasuk, skemaSesi } from './auth.types.ts';
import { paramAkun, skemaAkunBaru, skemaBuatAkun, skemaDaftarAkun, skemaHalamanAkun, skemaHasilResetSandi, skemaNonaktifkanAkun, skemaUbahPeranAkun } from './kelola-akun.types.ts';

/** The akun module's endpoints (server: apps/server/src/rute/auth.ts; web: `panggil(KONTRAK_AUTH.sesi)`). */
export const KONTRAK_AUTH = {
  masuk: titik({ method: 'POST', url: '/api/auth/login', akses: 'publik', tag: 'auth', batasPerMenit: 30,
    ringkasan: 'Masuk dengan NIP (atau nama pengguna) dan kata sandi; memasang cookie sesi httpOnly dan mengembalikan token CSRF', body: skemaMasuk, respons: skemaResponsMasuk }),
  keluar: titik({ method: 'POST', url: '/api/auth/logout', akses: 'masuk', tag: 'auth', ringkasan: 'Keluar: mengakhiri sesi', respons: zOk }),
  sesi: titik({ method: 'GET', url: '/api/auth/sesi', akses: 'publik', tag: 'auth',
    ringkasan: 'Siapa yang sedang masuk, peran dan izinnya, serta token CSRF untuk permintaan yang mengubah data', respons: skemaSesi }),
  gantiSandi: titik({ method: 'POST', url: '/api/auth/ganti-sandi', akses: 'masuk', tag: 'auth', batasPerMenit: 10, ringkasan: 'Mengganti kata sandi sendiri; sesi lain diakhiri',
    body: skemaGantiSandi, respons: zOk }),
};

/** Account administration (server: apps/server/src/rute/lain.ts). */
export const KONTRAK_AKUN = {
  daftar: titik({ method: 'GET', url: '/api/akun', akses: 'akun:kelola', tag: 'akun', ringkasan: 'Daftar akun pengguna dan perannya', query: skemaDaftarAkun,
    respons: skemaHalamanAkun }),
  buat: titik({ method: 'POST', url: '/api/akun', akses: 'akun:kelola', tag: 'akun',
    ringkasan: 'Membuat akun (NIP untuk ASN) dengan perannya; kata sandi awal wajib diganti saat pertama masuk', body: skemaBuatAkun, respons: skemaAkunBaru }),
  resetSandi: titik({ method: 'POST', url: '/api/akun/:id/reset-sandi', akses: 'akun:kelola', tag: 'akun',
    ringkasan: 'Mengatur ulang kata sandi: kata sandi sementara sekali tampil, wajib diganti saat masuk; sesi akun diakhiri', params: paramAkun, respons: skemaHasilResetSandi }),
  nonaktifkan: titik({ method: 'POST', url: '/api/akun/:id/nonaktifkan', akses: 'akun:kelola', tag: 'akun',
    ringkasan: 'Menonaktifkan akun dan mengakhiri sesinya (bukan akun sendiri, bukan admin BKD aktif terakhir)', params: paramAkun, body: skemaNonaktifkanAkun, respons: zOk }),
  aktifkan: titik({ method: 'POST', url: '/api/akun/:id/aktifkan', akses: 'akun:kelola', tag: 'akun', ringkasan: 'Mengaktifkan kembali akun yang nonaktif', params: paramAkun,
    respons: zOk }),
  ubahPeran: titik({ method: 'PUT', url: '/api/akun/:id/peran', akses: 'akun:kelola', tag: 'akun',
    ringkasan: 'Mengganti peran akun (dan perangkat daerah Admin OPD); admin BKD aktif terakhir tidak dapat kehilangan perannya', params: paramAkun, body: skemaUbahPeranAkun,
    respons: zOk }),
  bukaTahanan: titik({ method: 'POST', url: '/api/akun/:id/buka-tahanan', akses: 'akun:kelola', tag: 'akun',
    ringkasan: 'Menghapus hitungan percobaan masuk gagal akun (dan masa tunggunya) dari semua alamat', params: paramAkun, respons: zOk }),
};

export * from './auth.types.ts';
export * from './kelola-akun.types.ts';
export * from './status-akun.ts';
