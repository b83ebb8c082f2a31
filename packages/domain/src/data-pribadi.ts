import { LABEL_SELISIH_KELUARGA } from './layanan/keluarga-kependudukan.ts';

/**
 * The one rule for personal data (UU 27/2022, need to know) wherever data leaves the server: API
 * answers (free-form request data included), audit before/after, exports, notifications and
 * documents. The personal fields are declared here once, by key; whoever sends data out runs it
 * through `samarkanDataPribadi` with the caller's right to see each employee's data
 * (platform `samarkanUntuk`: `pegawai:data_pribadi` for that employee in reach, or the employee
 * themself). What is masked:
 * - the values of the keys in KUNCI_PRIBADI, wherever they appear (a bank account number keeps
 *   its last 4 digits: `samarkanRekening`);
 * - inside a family container (WADAH_KELUARGA: the family card, the family check), also the
 *   family members' names, birth dates and the free text describing them;
 * - in any other text, a 16-digit number standing alone (a NIK or a family card number).
 */
export type JenisDataPribadi = 'nik' | 'telepon' | 'email' | 'alamat' | 'tanggal' | 'nama' | 'uraian' | 'rekening';

/** Keys (compared without case, `_` and `-`) whose values are personal wherever they appear. */
export const KUNCI_PRIBADI: Readonly<Record<string, JenisDataPribadi>> = { nik: 'nik', nikpegawai: 'nik', nokk: 'nik', nomorkk: 'nik', nomorkartukeluarga: 'nik', alamat: 'alamat',
  telepon: 'telepon', nohp: 'telepon', nomorhp: 'telepon', email: 'email', nomorrekening: 'rekening', norekening: 'rekening' };

/** Keys whose content describes family members: inside them names, birth dates and texts are personal too. */
export const WADAH_KELUARGA: readonly string[] = ['keluarga', 'kartukeluarga', 'keluargasimasn', 'pemeriksaankeluarga', 'anggotakeluarga'];

/** Keys personal only inside a family container. */
export const KUNCI_PRIBADI_KELUARGA: Readonly<Record<string, JenisDataPribadi>> = { nama: 'nama', tanggallahir: 'tanggal', tempatlahir: 'uraian', uraian: 'uraian' };

/**
 * A row describing one field by name (a change proposal's `{ isian: 'nik', lama, sekarang, baru }`):
 * when the named field is personal, so are its values.
 */
export const KUNCI_NAMA_ISIAN: readonly string[] = ['isian', 'kolom', 'kunci'];
export const KUNCI_NILAI_ISIAN: readonly string[] = ['lama', 'sekarang', 'baru', 'nilai', 'sebelum', 'sesudah'];

/** Shown instead of a masked free text or address. */
export const TEKS_DISAMARKAN = '(disamarkan)';

// Answers repeat the same few keys thousands of times: normalised once each.
const kunciNormal = new Map<string, string>();
function normalKunci(k: string): string {
  let n = kunciNormal.get(k);
  if (n === undefined) {
    n = k.toLowerCase().replace(/[_-]/g, '');
    if (kunciNormal.size < 10_000) kunciNormal.set(k, n);
  }
  return n;
}
const WADAH = new Set(WADAH_KELUARGA);
const NILAI_ISIAN = new Set(KUNCI_NILAI_ISIAN);

/** Masks a NIK for lists and exports: `3508**********01` (UU 27/2022 data minimisation). */
export function samarkanNik(nik: string | null | undefined): string | null {
  if (!nik) return null;
  return nik.length <= 6 ? '******' : `${nik.slice(0, 4)}${'*'.repeat(nik.length - 6)}${nik.slice(-2)}`;
}

/** Masks a bank account number (the TPP transfer): only the last 4 digits, `********4455`. */
export function samarkanRekening(nomor: string | null | undefined): string | null {
  if (!nomor) return null;
  return `${'*'.repeat(Math.max(0, nomor.length - 4))}${nomor.slice(-4)}`;
}

/** A 16-digit number standing alone in a text (a NIK or a family card number; a NIP has 18). */
const POLA_NIK_DALAM_TEKS = /(?<![0-9A-Za-z])\d{16}(?![0-9A-Za-z])/g;
const ADA_NIK_DALAM_TEKS = /(?<![0-9A-Za-z])\d{16}(?![0-9A-Za-z])/;

/** Masks every NIK-like number in a free text. */
export function samarkanTeks(teks: string): string {
  return teks.replace(POLA_NIK_DALAM_TEKS, (n) => samarkanNik(n)!);
}

/**
 * Every NIK-like number in every text of a structure masked, keys aside: for what has no keys
 * of its own (a document's blocks, where `alamat` is the letterhead's address).
 */
export function samarkanTeksDalam<T>(nilai: T): T {
  if (typeof nilai === 'string') return (ADA_NIK_DALAM_TEKS.test(nilai) ? samarkanTeks(nilai) : nilai) as T;
  if (Array.isArray(nilai)) {
    const hasil = nilai.map((x: unknown) => samarkanTeksDalam(x));
    return (hasil.some((x, i) => x !== nilai[i]) ? hasil : nilai) as T;
  }
  if (nilai !== null && typeof nilai === 'object' && Object.getPrototypeOf(nilai) === Object.prototype) {
    const masuk = Object.entries(nilai as Record<string, unknown>);
    const hasil = masuk.map(([k, v]) => [k, samarkanTeksDalam(v)] as const);
    return (hasil.some(([, v], i) => v !== masuk[i]![1]) ? Object.fromEntries(hasil) : nilai) as T;
  }
  return nilai;
}

/** A quoted personal key, field name or family container (any case, `_`/`-` anywhere), or a 16-digit number. */
const POLA_MUNGKIN_PRIBADI = new RegExp(`"(?:${[...Object.keys(KUNCI_PRIBADI), ...WADAH_KELUARGA].map((k) => [...k].join('[_-]?')).join('|')})\\w*"|(?<!\\d)\\d{16}(?!\\d)`, 'i');

/**
 * Whether a serialized answer may hold personal data (a cheap test before parsing it): a personal
 * key or field name, a family container, or a 16-digit number. False means nothing to mask.
 */
export function mungkinBerisiDataPribadi(json: string): boolean {
  return POLA_MUNGKIN_PRIBADI.test(json);
}

/** One personal value masked by its kind. Null stays null; a masked value masked again is unchanged. */
export function samarkanNilai(jenis: JenisDataPribadi, nilai: unknown): unknown {
  if (nilai === null || nilai === undefined || nilai === '') return nilai;
  const s = String(nilai);
  switch (jenis) {
    case 'nik':
      return samarkanNik(s);
    case 'telepon': {
      if (s.includes('*')) return s;
      const angka = s.replace(/\D/g, '');
      return angka.length <= 6 ? '******' : `${angka.slice(0, 4)}${'*'.repeat(angka.length - 6)}${angka.slice(-2)}`;
    }
    case 'email': {
      const at = s.indexOf('@');
      return at < 1 ? TEKS_DISAMARKAN : `${s[0]}***${s.slice(at)}`;
    }
    case 'nama':
      return s.split(/\s+/).filter(Boolean).map((w) => `${w[0]}${'*'.repeat(Math.max(w.length - 1, 1))}`).join(' ');
    case 'tanggal':
      return null;
    case 'alamat':
    case 'uraian':
      return TEKS_DISAMARKAN;
    case 'rekening':
      return samarkanRekening(s);
  }
}

/** Whose data a value is: the nearest enclosing object's `nip` / `pegawaiId`. */
export interface PemilikData {
  nip: string | null;
  pegawaiId: number | null;
}

/** Decides per owner whether the reader may see that employee's personal data in clear. */
export type BolehLihat = (pemilik: PemilikData) => boolean;

const tidakBoleh: BolehLihat = () => false;

function pemilikDari(o: Record<string, unknown>, induk: PemilikData): PemilikData {
  // `{ pegawai: { nip, nama }, ... }`: the record is about that employee.
  const anak = o.pegawai !== null && typeof o.pegawai === 'object' ? (o.pegawai as Record<string, unknown>) : null;
  const nipMentah = typeof o.nip === 'string' ? o.nip : typeof anak?.nip === 'string' ? anak.nip : null;
  const nip = nipMentah === null ? null : /^\d+$/.test(nipMentah) ? nipMentah : nipMentah.replace(/\D/g, '');
  const pegawaiId = typeof o.pegawaiId === 'number' ? o.pegawaiId : typeof o.pegawai_id === 'number' ? o.pegawai_id : null;
  if (nip === null && pegawaiId === null) return induk;
  return { nip, pegawaiId };
}

/** The kind of personal data a key holds in its place (its object, inside a family container or not). */
function jenisKunci(kunci: string | null, keluarga: boolean, saudara: Record<string, unknown> | null): JenisDataPribadi | undefined {
  if (kunci === null) return undefined;
  const langsung = KUNCI_PRIBADI[kunci] ?? (keluarga ? KUNCI_PRIBADI_KELUARGA[kunci] : undefined);
  if (langsung || !saudara || !NILAI_ISIAN.has(kunci)) return langsung;
  for (const k of KUNCI_NAMA_ISIAN) {
    const nama = saudara[k];
    if (typeof nama === 'string') return KUNCI_PRIBADI[normalKunci(nama)] ?? (keluarga ? KUNCI_PRIBADI_KELUARGA[normalKunci(nama)] : undefined);
  }
  return undefined;
}

function jelajah(nilai: unknown, pemilik: PemilikData, keluarga: boolean, boleh: BolehLihat, kunci: string | null, saudara: Record<string, unknown> | null): unknown {
  if (typeof nilai === 'string') {
    const jenis = jenisKunci(kunci, keluarga, saudara);
    if (jenis === undefined) {
      if (!ADA_NIK_DALAM_TEKS.test(nilai)) return nilai;
      return boleh(pemilik) ? nilai : samarkanTeks(nilai);
    }
    if (nilai === '' || boleh(pemilik)) return nilai;
    // A family check's remark reads as its kind when the details are hidden.
    if (jenis === 'uraian' && kunci === 'uraian' && saudara && typeof saudara.jenis === 'string' && saudara.jenis in LABEL_SELISIH_KELUARGA) {
      return LABEL_SELISIH_KELUARGA[saudara.jenis as keyof typeof LABEL_SELISIH_KELUARGA];
    }
    return samarkanNilai(jenis, nilai);
  }
  if (typeof nilai === 'number' && jenisKunci(kunci, keluarga, saudara) === 'nik') {
    return boleh(pemilik) ? nilai : samarkanNik(String(nilai));
  }
  if (Array.isArray(nilai)) {
    let berubah = false;
    const hasil = nilai.map((x) => {
      const y = jelajah(x, pemilik, keluarga, boleh, kunci, null);
      if (y !== x) berubah = true;
      return y;
    });
    return berubah ? hasil : nilai;
  }
  if (nilai !== null && typeof nilai === 'object' && Object.getPrototypeOf(nilai) === Object.prototype) {
    const o = nilai as Record<string, unknown>;
    const milik = pemilikDari(o, pemilik);
    // A copy only once something changes.
    let hasil: Record<string, unknown> | null = null;
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue;
      const v = o[k];
      const n = normalKunci(k);
      const y = jelajah(v, milik, keluarga || WADAH.has(n), boleh, n, o);
      if (y !== v && hasil === null) hasil = { ...o };
      if (hasil !== null) hasil[k] = y;
    }
    return hasil ?? nilai;
  }
  return nilai;
}

/**
 * The value with every personal field masked where `boleh` says the reader may not see that
 * employee's data (default: nobody may). Returns the same object when nothing was masked, so a
 * caller can tell cheaply; never changes its input.
 */
export function samarkanDataPribadi<T>(nilai: T, boleh: BolehLihat = tidakBoleh): T {
  return jelajah(nilai, { nip: null, pegawaiId: null }, false, boleh, null, null) as T;
}

/** The owners of the personal values in `nilai` (to decide, in one query, which the reader may see). */
export function pemilikDataPribadi(nilai: unknown): PemilikData[] {
  const semua = new Map<string, PemilikData>();
  // An object's owner is one object shared by everything inside it: seen once by identity.
  const dilihat = new Set<PemilikData>();
  jelajah(nilai, { nip: null, pegawaiId: null }, false, (p) => {
    if (dilihat.has(p)) return true;
    dilihat.add(p);
    semua.set(`${p.nip}:${p.pegawaiId}`, p);
    return true;
  }, null, null);
  return [...semua.values()];
}

/** Whether a text holds a 16-digit number standing alone (a NIK or a family card number). */
export function adaNikDalamTeks(teks: string): boolean {
  return ADA_NIK_DALAM_TEKS.test(teks);
}

/**
 * What the rule finds personal in a stored structure, each value replaced by `ubah(nilai)`: the
 * values of personal keys (by the same rule as `samarkanDataPribadi`: personal keys, family
 * containers, named isian), and any other text holding a NIK-like number. `lain` is called for
 * every other text (a caller may still need to touch it); by default it is left alone. Returns the
 * same object when nothing changed; never changes its input. Used to encrypt request data at rest.
 */
export function petakanDataPribadi<T>(nilai: T, ubah: (nilai: string | number, jenis: JenisDataPribadi | 'teks') => unknown, lain: (teks: string) => unknown = (t) => t): T {
  const jalan = (v: unknown, keluarga: boolean, kunci: string | null, saudara: Record<string, unknown> | null): unknown => {
    if (typeof v === 'string') {
      if (v === '') return v;
      const jenis = jenisKunci(kunci, keluarga, saudara);
      if (jenis !== undefined) return ubah(v, jenis);
      return ADA_NIK_DALAM_TEKS.test(v) ? ubah(v, 'teks') : lain(v);
    }
    if (typeof v === 'number') return jenisKunci(kunci, keluarga, saudara) === 'nik' ? ubah(v, 'nik') : v;
    if (Array.isArray(v)) {
      const hasil = v.map((x) => jalan(x, keluarga, kunci, null));
      return hasil.some((x, i) => x !== v[i]) ? hasil : v;
    }
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const o = v as Record<string, unknown>;
      let hasil: Record<string, unknown> | null = null;
      for (const k in o) {
        if (!Object.hasOwn(o, k)) continue;
        const n = normalKunci(k);
        const y = jalan(o[k], keluarga || WADAH.has(n), n, o);
        if (y !== o[k] && hasil === null) hasil = { ...o };
        if (hasil !== null) hasil[k] = y;
      }
      return hasil ?? v;
    }
    return v;
  };
  return jalan(nilai, false, null, null) as T;
}

/** Every text in a structure passed through `ubah` (keys aside); the same object when nothing changed. */
export function petakanTeks<T>(nilai: T, ubah: (teks: string) => string): T {
  if (typeof nilai === 'string') return ubah(nilai) as T;
  if (Array.isArray(nilai)) {
    const hasil = nilai.map((x: unknown) => petakanTeks(x, ubah));
    return (hasil.some((x, i) => x !== nilai[i]) ? hasil : nilai) as T;
  }
  if (nilai !== null && typeof nilai === 'object' && Object.getPrototypeOf(nilai) === Object.prototype) {
    const masuk = Object.entries(nilai as Record<string, unknown>);
    const hasil = masuk.map(([k, v]) => [k, petakanTeks(v, ubah)] as const);
    return (hasil.some(([, v], i) => v !== masuk[i]![1]) ? Object.fromEntries(hasil) : nilai) as T;
  }
  return nilai;
}

/** `POLA_MUNGKIN_PRIBADI` as a PostgreSQL regular expression (case-insensitive `~*`): a cheap SQL filter before the rule runs. */
export const POLA_MUNGKIN_PRIBADI_SQL: string = POLA_MUNGKIN_PRIBADI.source;
