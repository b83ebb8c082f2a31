import type { Dokumen } from '@simasn/platform/dokumen';
import { daftarIsi, ikhtisarEksekutif, kataPengantar, babPendahuluan, sampul } from './bab-awal.ts';
import { babAkuntabilitas } from './bab-akuntabilitas.ts';
import { babPenutup, lampiran } from './bab-penutup.ts';
import { babPerencanaan } from './bab-perencanaan.ts';
import type { GambarLkjip } from './grafik-lkjip.ts';
import { namaPeriode, type LaporanLkjip } from './model.ts';

/** The whole LKjIP as one document description, rendered to DOCX and PDF alike. */
export function dokumenLkjip(l: LaporanLkjip, g: GambarLkjip): Dokumen {
  return { judul: `LKjIP ${l.unit.nama} ${namaPeriode(l)}`, penulis: l.unit.nama, kertas: 'A4', nomorHalaman: true, sampul: true,
    kakiHalaman: `LKjIP ${l.unit.nama} ${namaPeriode(l)}`, isi: [
      ...sampul(l),
      ...kataPengantar(l),
      ...daftarIsi(),
      ...ikhtisarEksekutif(l),
      ...babPendahuluan(l),
      ...babPerencanaan(l),
      ...babAkuntabilitas(l, g),
      ...babPenutup(l),
      ...lampiran(l),
    ] };
}
