import { CARA_AGREGASI, formatAngka, LABEL_SUMBER_OTOMATIS, bacaAngkaIsian, SUMBER_OTOMATIS } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import type { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import type { DefinisiIsian } from '../../riwayat.ts';

/** The Renstra as GET /api/sakip/renstra/:id returns it (ambilRenstra), as the page reads and edits it. */
export type Renstra = ResponsTitik<typeof KONTRAK_SAKIP.renstra>;
export type Tujuan = Renstra['tujuan'][number];
export type Sasaran = Tujuan['sasaran'][number];
export type IndikatorRenstra = Renstra['indikatorProgram'][number];
export type SimpulProgram = Renstra['program'][number];

export const LABEL_TINGKAT: Record<SimpulProgram['tingkat'], string> = { program: 'Program', kegiatan: 'Kegiatan', sub_kegiatan: 'Sub kegiatan' };
export const ANAK_TINGKAT: Record<SimpulProgram['tingkat'], SimpulProgram['tingkat'] | null> = { program: 'kegiatan', kegiatan: 'sub_kegiatan', sub_kegiatan: null };
export const LABEL_AGREGASI: Record<(typeof CARA_AGREGASI)[number], string> = { kumulatif: 'kumulatif (tribulan dijumlah)', snapshot: 'nilai terakhir (akhir periode)',
  rata_rata: 'rata-rata tribulan' };

/**
 * Form fields of each part, named as the server's schemas name them (modules/sakip/src/renstra/renstra.types.ts);
 * the rules themselves are the schemas' (FormUnsur checks with them before sending).
 */
const KODE: DefinisiIsian = { nama: 'kode', label: 'Kode', tipe: 'teks', wajib: true, petunjuk: 'angka, huruf, titik atau tanda hubung' };
const URUTAN: DefinisiIsian = { nama: 'urutan', label: 'Urutan', tipe: 'angka', min: 0, maks: 999 };
export const ISIAN_TUJUAN: DefinisiIsian[] = [KODE, { nama: 'uraian', label: 'Uraian tujuan', tipe: 'teks-panjang', wajib: true }, URUTAN];
export const ISIAN_SASARAN: DefinisiIsian[] = [KODE, { nama: 'uraian', label: 'Uraian sasaran', tipe: 'teks-panjang', wajib: true }, URUTAN];
export const ISIAN_PROGRAM: DefinisiIsian[] = [KODE, { nama: 'nama', label: 'Nama', tipe: 'teks-panjang', wajib: true }];
export const ISIAN_INDIKATOR: DefinisiIsian[] = [
  KODE,
  { nama: 'uraian', label: 'Uraian indikator', tipe: 'teks-panjang', wajib: true },
  { nama: 'satuan', label: 'Satuan', tipe: 'teks', wajib: true, petunjuk: 'mis. %, indeks, nilai, SK, orang' },
  { nama: 'polaritas', label: 'Polaritas', tipe: 'pilihan', wajib: true,
    pilihan: [{ nilai: 'positif', label: 'Positif (makin besar makin baik)' }, { nilai: 'negatif', label: 'Negatif (makin kecil makin baik)' }] },
  { nama: 'agregasi', label: 'Aturan agregasi tribulan', tipe: 'pilihan', wajib: true, pilihan: CARA_AGREGASI.map((a) => ({ nilai: a, label: LABEL_AGREGASI[a] })) },
  { nama: 'formula', label: 'Formula', tipe: 'teks-panjang' },
  { nama: 'sumberData', label: 'Sumber data', tipe: 'teks' },
  { nama: 'sumberOtomatis', label: 'Diisi otomatis oleh SIMASN dari', tipe: 'pilihan', petunjuk: 'kosongkan bila realisasi diisi manual',
    pilihan: SUMBER_OTOMATIS.map((s) => ({ nilai: s, label: LABEL_SUMBER_OTOMATIS[s] })) },
  { nama: 'baseline', label: 'Baseline (kondisi awal)', tipe: 'desimal' },
  { nama: 'tahunBaseline', label: 'Tahun baseline', tipe: 'angka', min: 2000, maks: 2100 },
  { nama: 'targetAkhir', label: 'Target akhir Renstra', tipe: 'desimal' },
  { nama: 'angkaNasional', label: 'Angka nasional', tipe: 'desimal' },
  URUTAN,
];

/** A typed number box as the API wants it: '' -> null, Indonesian or plain decimals -> number, anything else as typed (the server names it). */
export function angkaIsian(s: string | undefined): number | string | null {
  const t = (s ?? '').trim();
  if (!t) return null;
  const h = bacaAngkaIsian(t);
  return h.ok ? h.nilai : t;
}

/** A number into a box: Indonesian decimals without a thousands separator (what bacaAngkaIsian reads back). */
export const keKotak = (x: number | null | undefined): string => (x === null || x === undefined ? '' : formatAngka(x, Number.isInteger(x) ? 0 : 2).replace(/\./g, ''));
