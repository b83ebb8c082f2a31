import { AGAMA, dariSerialExcel, JENIS_HUKDIS, KODE_JENIS_HUKDIS, parseAngka, parseGolonganPns, parseNip, parsePendidikan, parsePredikatSkp, parseTanggal, GOLONGAN_PPPK,
  PREDIKAT_SKP, STATUS_KEPEGAWAIAN, type Hasil, berhasil, gagal } from '@simasn/domain';
import { DEKLARASI_RIWAYAT, JENIS_RIWAYAT_IMPOR, type JenisRiwayat, type IsianRiwayat, type PembacaImpor } from '../riwayat/definisi-riwayat.ts';

/**
 * The import format: one sheet per kind of data, a header row of column keys, one record per
 * row. Every column says how to read a cell typed by a person in Excel: Indonesian dates and
 * numbers, codes in their usual spellings. The template (template-impor.ts), the validator and
 * the error report all read these definitions.
 */
export type { NilaiSel } from '@simasn/platform';
import type { NilaiSel } from '@simasn/platform';

export interface KolomImpor {
  kunci: string;
  judul: string;
  wajib?: boolean;
  /** Reads one non-empty cell; returns the value to store or a reason. */
  baca: (v: NilaiSel) => Hasil<unknown>;
  petunjuk: string;
  /** Allowed values, for the template's drop-down lists. */
  pilihan?: readonly string[];
  lebar?: number;
}

const teks = (maks = 300) => (v: NilaiSel): Hasil<string> => {
  const s = String(v instanceof Date ? v.toISOString().slice(0, 10) : v).trim();
  return s.length > maks ? gagal(`terlalu panjang (maksimal ${maks} karakter)`) : berhasil(s);
};

export const bacaTanggal = (v: NilaiSel): Hasil<string> => {
  if (v instanceof Date) {
    // Excel stores a date cell as local midnight; exceljs hands it over as UTC midnight.
    return berhasil(v.toISOString().slice(0, 10));
  }
  if (typeof v === 'number') {
    if (v > 10000 && v < 80000) return berhasil(dariSerialExcel(v));
    return gagal(`${v} bukan tanggal`);
  }
  return parseTanggal(String(v));
};

const bulat = (min: number, maks: number) => (v: NilaiSel): Hasil<number> => {
  const h = parseAngka(typeof v === 'number' ? v : String(v), { bulat: true });
  if (!h.ok) return h;
  return h.nilai < min || h.nilai > maks ? gagal(`harus antara ${min} dan ${maks}`) : h;
};

const desimal = (min: number, maks: number) => (v: NilaiSel): Hasil<number> => {
  const h = parseAngka(typeof v === 'number' ? v : String(v));
  if (!h.ok) return h;
  return h.nilai < min || h.nilai > maks ? gagal(`harus antara ${min} dan ${maks}`) : h;
};

const kunciTeks = (v: NilaiSel) => String(v).trim().toLowerCase().replace(/[\s/-]+/g, '_');

function pilihan(daftar: readonly string[], sinonim: Record<string, string> = {}) {
  return (v: NilaiSel): Hasil<string> => {
    const k = kunciTeks(v);
    const cocok = daftar.find((d) => kunciTeks(d) === k) ?? sinonim[k];
    return cocok ? berhasil(cocok) : gagal(`"${String(v).trim()}" bukan pilihan yang sah (${daftar.join(', ')})`);
  };
}

const bacaNip = (v: NilaiSel): Hasil<string> => {
  if (typeof v === 'number') return gagal('NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; format kolom NIP sebagai teks');
  const h = parseNip(String(v));
  return h.ok ? berhasil(h.nilai.nip) : gagal(h.alasan);
};

const bacaNik = (v: NilaiSel): Hasil<string> => {
  if (typeof v === 'number') return gagal('NIK tersimpan sebagai angka sehingga digitnya rusak; format kolom NIK sebagai teks');
  const s = String(v).replace(/\s/g, '');
  return /^\d{16}$/.test(s) ? berhasil(s) : gagal(`NIK harus 16 digit angka, ditemukan ${s.length} karakter`);
};

const bacaGolongan = (v: NilaiSel): Hasil<string> => {
  const s = String(v).trim().toUpperCase();
  if ((GOLONGAN_PPPK as readonly string[]).includes(s)) return berhasil(s);
  return parseGolonganPns(String(v));
};

const bacaPendidikan = (v: NilaiSel) => parsePendidikan(String(v));

const bacaPredikat = (v: NilaiSel): Hasil<string> => {
  const p = parsePredikatSkp(String(v));
  return p ? berhasil(p) : gagal(`predikat "${v}" tidak dikenal (${PREDIKAT_SKP.join(', ')})`);
};

const bacaJenisHukdis = (v: NilaiSel): Hasil<string> => {
  const k = kunciTeks(v);
  if ((KODE_JENIS_HUKDIS as string[]).includes(k)) return berhasil(k);
  const menurutLabel = Object.entries(JENIS_HUKDIS).find(([, j]) => kunciTeks(j.label) === k);
  return menurutLabel ? berhasil(menurutLabel[0]) : gagal(`jenis hukuman "${v}" tidak dikenal (${KODE_JENIS_HUKDIS.join(', ')})`);
};

const nip: KolomImpor = { kunci: 'nip', judul: 'NIP', wajib: true, baca: bacaNip, lebar: 22,
  petunjuk: '18 digit; boleh ditulis dengan spasi (19660710 199203 1 007). Format sel sebagai Teks.' };

const LEMBAR_PEGAWAI = { pegawai: { judul: 'Data pegawai', kolom: [
  nip,
  { kunci: 'nik', judul: 'NIK', baca: bacaNik, lebar: 20, petunjuk: '16 digit (KTP). Format sel sebagai Teks.' },
  { kunci: 'gelar_depan', judul: 'Gelar depan', baca: teks(40), lebar: 10, petunjuk: 'mis. Dr., dr., Ir., H.' },
  { kunci: 'nama', judul: 'Nama', wajib: true, baca: teks(200), lebar: 30, petunjuk: 'Nama tanpa gelar' },
  { kunci: 'gelar_belakang', judul: 'Gelar belakang', baca: teks(80), lebar: 14, petunjuk: 'mis. S.Pd., M.Si.' },
  { kunci: 'tempat_lahir', judul: 'Tempat lahir', baca: teks(100), lebar: 14, petunjuk: 'Kota/kabupaten kelahiran' },
  { kunci: 'tanggal_lahir', judul: 'Tanggal lahir', wajib: true, baca: bacaTanggal, lebar: 13, petunjuk: 'Harus sama dengan 8 digit pertama NIP' },
  { kunci: 'jenis_kelamin', judul: 'Jenis kelamin', wajib: true, baca: pilihan(['L', 'P'], { laki_laki: 'L', perempuan: 'P', pria: 'L', wanita: 'P', '1': 'L', '2': 'P' }),
    pilihan: ['L', 'P'], lebar: 8, petunjuk: 'L atau P; harus sesuai digit ke-15 NIP' },
  { kunci: 'agama', judul: 'Agama', baca: pilihan(AGAMA, { kristen_protestan: 'Kristen', protestan: 'Kristen', budha: 'Buddha' }), pilihan: AGAMA, lebar: 11,
    petunjuk: AGAMA.join(', ') },
  { kunci: 'status_perkawinan', judul: 'Status perkawinan',
    baca: pilihan(['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'], { menikah: 'kawin', belum_menikah: 'belum_kawin', janda: 'cerai_hidup', duda: 'cerai_hidup' }),
    pilihan: ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'], lebar: 14, petunjuk: 'belum_kawin, kawin, cerai_hidup, cerai_mati' },
  { kunci: 'status_kepegawaian', judul: 'Status kepegawaian', wajib: true, baca: pilihan(STATUS_KEPEGAWAIAN), pilihan: STATUS_KEPEGAWAIAN, lebar: 10,
    petunjuk: 'PNS, CPNS atau PPPK; harus sesuai format NIP' },
  { kunci: 'tmt_cpns', judul: 'TMT CPNS', baca: bacaTanggal, lebar: 13, petunjuk: 'Bulan dan tahunnya harus sesuai digit 9-14 NIP' },
  { kunci: 'tmt_pns', judul: 'TMT PNS', baca: bacaTanggal, lebar: 13, petunjuk: 'Tanggal pengangkatan sebagai PNS' },
  { kunci: 'alamat', judul: 'Alamat', baca: teks(300), lebar: 30, petunjuk: 'Alamat tempat tinggal' },
  { kunci: 'email', judul: 'Email', baca: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(v).trim()) ? berhasil(String(v).trim()) : gagal('alamat email tidak sah')), lebar: 24,
    petunjuk: 'Alamat email' },
  { kunci: 'telepon', judul: 'Telepon', baca: (v) => (/^\+?[0-9 ()-]{6,20}$/.test(String(v).trim()) ? berhasil(String(v).trim()) : gagal('nomor telepon tidak sah')), lebar: 16,
    petunjuk: 'Nomor telepon/HP' },
] } } as const satisfies Record<string, { judul: string, kolom: readonly KolomImpor[] }>;

const PEMBACA: Record<PembacaImpor, KolomImpor['baca']> = { golongan: bacaGolongan, pendidikan: bacaPendidikan, predikat: bacaPredikat, jenis_hukdis: bacaJenisHukdis };

/** The import column of a riwayat field, from its declaration (definisi-riwayat.ts). */
function kolomRiwayat(m: IsianRiwayat): KolomImpor {
  const i = m.impor!;
  const baca = i.baca ?
    PEMBACA[i.baca]
    : m.tipe === 'tanggal' ?
    bacaTanggal
    : m.tipe === 'angka' ?
    bulat(i.min ?? m.min!, m.maks!)
    : m.tipe === 'desimal' ?
    desimal(i.min ?? m.min!, m.maks!)
    : m.tipe === 'pilihan' ?
    pilihan(m.pilihan!.map((p) => p.nilai), i.sinonim)
    : teks(i.maks);
  const pilihanSah = m.tipe === 'pilihan' ? { pilihan: m.pilihan!.map((p) => p.nilai) } : {};
  return { kunci: i.kunci ?? m.kolom, judul: i.judul, ...(m.wajib ? { wajib: true } : {}), baca, ...pilihanSah, lebar: i.lebar, petunjuk: i.petunjuk };
}

/** One sheet per imported riwayat kind: `riwayat_<jenis>`, NIP first, then the declared fields. */
export type LembarRiwayat = `riwayat_${Exclude<JenisRiwayat, 'keluarga'>}`;
const LEMBAR_RIWAYAT = Object.fromEntries(JENIS_RIWAYAT_IMPOR.map((j) => {
  const d = DEKLARASI_RIWAYAT[j];
  return [`riwayat_${j}`, { judul: d.impor!.judul, kolom: [nip, ...d.isian.filter((m) => m.impor).map(kolomRiwayat)] }];
})) as unknown as Record<LembarRiwayat, { judul: string, kolom: readonly KolomImpor[] }>;

export const LEMBAR_IMPOR: Record<'pegawai' | LembarRiwayat, { judul: string, kolom: readonly KolomImpor[] }> = { ...LEMBAR_PEGAWAI, ...LEMBAR_RIWAYAT };

/** Sheet -> the riwayat kind it holds. */
export function jenisLembar(lembar: LembarImpor): JenisRiwayat | null {
  return lembar === 'pegawai' ? null : (lembar.slice('riwayat_'.length) as JenisRiwayat);
}

export type LembarImpor = keyof typeof LEMBAR_IMPOR;
export const DAFTAR_LEMBAR = Object.keys(LEMBAR_IMPOR) as LembarImpor[];

/** Sheet name as typed by a person -> sheet key (`Riwayat Pangkat` -> riwayat_pangkat). */
export function kenaliLembar(nama: string): LembarImpor | null {
  const k = kunciTeks(nama);
  if ((DAFTAR_LEMBAR as string[]).includes(k)) return k as LembarImpor;
  if (k === 'data_pegawai') return 'pegawai';
  const tanpaRiwayat = DAFTAR_LEMBAR.find((l) => l === `riwayat_${k}`);
  return tanpaRiwayat ?? null;
}

/** Header cell -> column key (`Tanggal Lahir` -> tanggal_lahir). */
export function kenaliKolom(lembar: LembarImpor, judul: string): KolomImpor | undefined {
  const k = kunciTeks(judul);
  return (LEMBAR_IMPOR[lembar].kolom as readonly KolomImpor[]).find((c) => c.kunci === k || kunciTeks(c.judul) === k);
}
