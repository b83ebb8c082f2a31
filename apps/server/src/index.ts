export { buatAplikasi, type OpsiAplikasi } from './aplikasi.ts';
