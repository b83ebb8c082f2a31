import { titik, zOk } from '@simasn/kontrak';
import { skemaGantiSandi, skemaMasuk, skemaResponsMasuk, skemaSesi } from './auth.types.ts';
import { skemaAkunBaru, skemaBuatAkun, skemaDaftarAkun, skemaHalamanAkun } from './kelola-akun.types.ts';

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
  buat: titik({ method: 'POST', url: '/api/akun', akses: 'akun:kelola', tag: 'akun', ringkasan: 'Membuat akun (NIP untuk ASN) dengan perannya', body: skemaBuatAkun,
    respons: skemaAkunBaru }),
};

export * from './auth.types.ts';
export * from './kelola-akun.types.ts';
