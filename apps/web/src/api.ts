import type { MasalahIsian, MasukanTitik, ResponsTitik, TitikApaSaja, z } from '@simasn/kontrak';
// From its own file, not the package's index: this module is part of the entry script, which must
// not carry zod and the contract's schemas (test/bundel-awal.test.ts).
import { isiJalur } from '@simasn/kontrak/titik';

/**
 * The one door to the SIMASN API: JSON in and out, the session cookie, the CSRF header on every
 * request that changes data, and errors turned into `GalatApi` carrying the server's Indonesian
 * message (`pesan`) and per-field problems (`masalah`). A 401 tells the session holder, which
 * sends the user to /masuk.
 */
export type Masalah = MasalahIsian;

export class GalatApi extends Error {
  readonly status: number;
  readonly kode: string;
  readonly masalah: Masalah[];
  constructor(status: number, kode: string, pesan: string, masalah: Masalah[] = []) {
    super(pesan);
    this.name = 'GalatApi';
    this.status = status;
    this.kode = kode;
    this.masalah = masalah.map((m) => ({ ...m, pesan: pesanIsian(m.pesan) }));
  }
}

/**
 * A field message as a person typing in the form should read it: the API's format rules speak of
 * the wire format (`YYYY-MM-DD`), while the web's date field takes `17/05/2022` or `17 Mei 2022`.
 */
export function pesanIsian(pesan: string): string {
  return /YYYY-MM-DD/.test(pesan) ? 'tanggal belum benar: tulis seperti 17/05/2022 atau 17 Mei 2022' : pesan;
}

let tokenCsrf: string | null = null;
let saatBelumMasuk: (() => void) | null = null;
let saatWajibGantiSandi: (() => void) | null = null;

export function pasangTokenCsrf(token: string | null) {
  tokenCsrf = token;
}

export function ambilTokenCsrf(): string | null {
  return tokenCsrf;
}

/** Called when a request answers 401 (the session ended or never existed). */
export function pasangPenangan401(fn: (() => void) | null) {
  saatBelumMasuk = fn;
}

/**
 * Called when the API refuses a call because the account must first replace an admin-set
 * password (403 `wajib_ganti_sandi`): the session holder reloads the session, which sends the user
 * to the change-password page.
 */
export function pasangPenanganWajibGantiSandi(fn: (() => void) | null) {
  saatWajibGantiSandi = fn;
}

export type Kueri = Record<string, string | number | boolean | null | undefined>;

export function denganKueri(jalur: string, kueri?: Kueri): string {
  if (!kueri) return jalur;
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(kueri)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `${jalur}?${s}` : jalur;
}

/** Reads an error response into a GalatApi (the body is `{ kode, pesan, masalah? }`). */
export async function bacaGalat(res: Response): Promise<GalatApi> {
  let mentah: unknown = null;
  try {
    mentah = await res.json();
  } catch {
    // not JSON (a proxy's error page): the status alone speaks
  }
  const isi = badanGalat(mentah);
  const masalah = Array.isArray(isi.masalah) ? isi.masalah.filter(masalahSah) : [];
  return new GalatApi(res.status, isi.kode ?? 'galat', isi.pesan ?? pesanBawaan(res.status), masalah);
}

/**
 * An error body as `skemaGalat` (@simasn/kontrak) declares it, checked by hand: zod stays out of
 * the entry script. A body of another shape (a proxy's JSON) counts as none: the status speaks.
 */
function badanGalat(mentah: unknown): { kode?: string, pesan?: string, masalah?: unknown } {
  if (typeof mentah !== 'object' || mentah === null || Array.isArray(mentah)) return {};
  const o = mentah as Record<string, unknown>;
  const teks = (v: unknown) => v === undefined || typeof v === 'string';
  if (!teks(o.kode) || !teks(o.pesan) || !teks(o.idPermintaan)) return {};
  if (o.masalah !== undefined && (typeof o.masalah !== 'object' || o.masalah === null)) return {};
  return o as { kode?: string, pesan?: string, masalah?: unknown };
}

/** One problem as `skemaMasalah` declares it: `kolom` and `pesan` text, `baris` a number if present. */
function masalahSah(m: unknown): m is Masalah {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  return typeof o.kolom === 'string' && typeof o.pesan === 'string' && (o.baris === undefined || typeof o.baris === 'number');
}

function pesanBawaan(status: number): string {
  if (status === 401) return 'Silakan masuk terlebih dahulu.';
  if (status === 403) return 'Anda tidak berwenang melakukan tindakan ini.';
  if (status === 404) return 'Data tidak ditemukan.';
  if (status === 413) return 'Berkas terlalu besar.';
  if (status >= 500) return 'Terjadi kesalahan pada server. Coba lagi nanti.';
  return `Permintaan gagal (kode ${status}).`;
}

export function tanganiStatus401(jalur: string, status: number) {
  if (status === 401 && !jalur.startsWith('/api/auth/')) saatBelumMasuk?.();
}

export interface OpsiMinta {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  kueri?: Kueri;
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
}

/** Sends a request and returns the raw response when it succeeded; throws GalatApi otherwise. */
export async function mintaMentah(jalur: string, opsi: OpsiMinta = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opsi.form) body = opsi.form;
  else if (opsi.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opsi.body);
  }
  const method = opsi.method ?? (body !== undefined ? 'POST' : 'GET');
  if (method !== 'GET' && tokenCsrf) headers['x-csrf-token'] = tokenCsrf;
  let res: Response;
  try {
    res = await fetch(denganKueri(jalur, opsi.kueri), { method, headers, body, credentials: 'same-origin', signal: opsi.signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new GalatApi(0, 'jaringan', 'Tidak dapat menghubungi server. Periksa koneksi Anda lalu ulangi.');
  }
  if (!res.ok) {
    tanganiStatus401(jalur, res.status);
    const galat = await bacaGalat(res);
    if (galat.kode === 'wajib_ganti_sandi') saatWajibGantiSandi?.();
    throw galat;
  }
  return res;
}

export async function minta<T>(jalur: string, opsi: OpsiMinta = {}): Promise<T> {
  const res = await mintaMentah(jalur, opsi);
  if (res.status === 204) return undefined as T;
  const jenis = res.headers.get('content-type') ?? '';
  if (!jenis.includes('json')) return undefined as T;
  return (await res.json()) as T;
}

/** Saves a response body as a file (the name from Content-Disposition when present). */
export async function simpanUnduhan(res: Response, namaBawaan: string) {
  const cd = res.headers.get('content-disposition') ?? '';
  const nama = /filename="?([^";]+)"?/.exec(cd)?.[1] ?? namaBawaan;
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = nama;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function pesanDari(e: unknown): string {
  if (e instanceof GalatApi) return e.message;
  if (e instanceof Error) return e.message;
  return 'Terjadi kesalahan.';
}

// ---- Typed calls from the contract ----------------------------------------------------------

/** Arguments of `panggil`: optional when the endpoint needs no params and no body. */
export type ArgumenTitik<T extends TitikApaSaja> = object extends MasukanTitik<T> ? [masukan?: MasukanTitik<T>, signal?: AbortSignal]
  : [masukan: MasukanTitik<T>, signal?: AbortSignal];

/**
 * Calls an endpoint declared in a module's contract (`@simasn/<module>/kontrak`) and returns its
 * response as the server declares it: a renamed field on the server fails this page's typecheck.
 */
export async function panggil<T extends TitikApaSaja>(t: T, ...[masukan, signal]: ArgumenTitik<T>): Promise<ResponsTitik<T>> {
  const m = (masukan ?? {}) as { params?: Record<string, string | number>, query?: Kueri, body?: unknown };
  return minta<ResponsTitik<T>>(isiJalur(t.url, m.params), { method: t.method, kueri: m.query, body: m.body, signal });
}

/**
 * An endpoint known by its method and URL only, typed as its contract declares it. For the entry
 * script (session, login, the frame's bell): importing a module's contract there would bring zod
 * and every schema of that module into the first load. See titik-awal.ts; a test checks each one
 * against its contract.
 */
export function titikRingan<T extends TitikApaSaja>(method: T['method'], url: T['url']): T {
  return { method, url } as unknown as T;
}

/** Sends a multipart form (an upload) to an endpoint of the contract; the answer typed as it declares. */
export async function unggahTitik<T extends TitikApaSaja>(t: T, form: FormData, ...[masukan]: ArgumenTitik<T>): Promise<ResponsTitik<T>> {
  const m = (masukan ?? {}) as { params?: Record<string, string | number>, query?: Kueri };
  return minta<ResponsTitik<T>>(isiJalur(t.url, m.params), { method: t.method, kueri: m.query, form });
}

/** The address of a download endpoint (XLSX, PDF, DOCX) with its params and query, for `<a href>`. */
export function alamatTitik<T extends TitikApaSaja>(t: T, ...[masukan]: ArgumenTitik<T>): string {
  const m = (masukan ?? {}) as { params?: Record<string, string | number>, query?: Kueri };
  return denganKueri(isiJalur(t.url, m.params), m.query);
}

/**
 * The query-key factory: a GET's key is its path segments (params filled in) and then its query,
 * `['api', 'pegawai', '1990…', 'riwayat', 'pangkat', {…}]`, so invalidating a prefix
 * (`kunciJalur('pegawai', nip)`) refreshes everything read under it.
 */
export function kunci<T extends TitikApaSaja>(t: T, ...[masukan]: ArgumenTitik<T>): readonly unknown[] {
  return kunciAlamat(alamatTitik(t, ...([masukan] as ArgumenTitik<T>)));
}

/**
 * The key of a GET by the address it is sent to (`/api/pegawai?page=1&limit=20`): the one `kunci`
 * gives the endpoint and input that send it there (query values as the address carries them, text).
 * For data asked by address alone: the page's first data that the shell preloaded (main.tsx).
 */
export function kunciAlamat(alamat: string): readonly unknown[] {
  const tanya = alamat.indexOf('?');
  const jalur = tanya < 0 ? alamat : alamat.slice(0, tanya);
  const segmen = jalur.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
  const kueri = tanya < 0 ? {} : Object.fromEntries(new URLSearchParams(alamat.slice(tanya + 1)));
  return ['api', ...segmen, ...(Object.keys(kueri).length ? [kueri] : [])];
}

/** A key prefix by path segments, for invalidation: `kunciJalur('pegawai', nip)`. */
export function kunciJalur(...segmen: (string | number)[]): readonly unknown[] {
  return ['api', ...segmen.map(String)];
}

/**
 * Checks a form against the endpoint's own input schema before sending (the same rules the
 * server applies, from the contract: no second copy of a `min(5)` in the web). Throws a GalatApi
 * shaped like the server's 422, so the form shows each problem beside its field the same way.
 */
export function periksaIsian(skema: z.ZodType, nilai: unknown, pesan = 'Isian belum benar.'): void {
  const h = skema.safeParse(nilai);
  if (h.success) return;
  throw new GalatApi(422, 'tidak_valid', pesan, h.error.issues.map((i) => ({ kolom: i.path.join('.') || '(isian)', pesan: i.message })));
}
