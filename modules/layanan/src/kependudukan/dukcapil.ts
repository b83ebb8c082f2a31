import { HUBUNGAN_KK, type HubunganKk, type Penduduk } from '@simasn/domain';
import { GalatKependudukan, type AdapterKependudukan } from './adapter.ts';

/**
 * The place to plug in the Dukcapil web service (Hak Akses Data Kependudukan, granted to an
 * instansi by a data-sharing agreement, usually over a VPN). Configured by environment:
 *
 *   KEPENDUDUKAN=dukcapil       use this client (otherwise the local register is used)
 *   DUKCAPIL_URL                base URL, e.g. http://172.16.160.10:8000/dukcapil/get_json/<KODE_INSTANSI>
 *   DUKCAPIL_USER, DUKCAPIL_PASSWORD, DUKCAPIL_IP_USER   the credentials of the agreement
 *   DUKCAPIL_PATH_NIK (default /CALL_NIK), DUKCAPIL_PATH_KK (default /CALL_KK), DUKCAPIL_TIMEOUT_MS (default 10000)
 *
 * The request body (`{nik|no_kk, user_id, password, ip_user}`) and the answer's field names
 * (`content[]` with NIK, NO_KK, NAMA_LGKP, TGL_LHR, JENIS_KLMIN, STAT_HBKEL) follow public
 * integrations of that service [open: confirm against the agreement's technical guide]; only
 * `petaPenduduk` needs to change if the installation's service answers differently.
 */
export interface KonfigurasiDukcapil {
  url: string;
  user: string;
  password: string;
  ipUser: string;
  pathNik: string;
  pathKk: string;
  timeoutMs: number;
}

export function konfigurasiDukcapil(env: Record<string, string | undefined> = process.env): KonfigurasiDukcapil | null {
  if (env.KEPENDUDUKAN !== 'dukcapil' || !env.DUKCAPIL_URL) return null;
  return { url: env.DUKCAPIL_URL.replace(/\/+$/, ''), user: env.DUKCAPIL_USER ?? '', password: env.DUKCAPIL_PASSWORD ?? '', ipUser: env.DUKCAPIL_IP_USER ?? '',
    pathNik: env.DUKCAPIL_PATH_NIK ?? '/CALL_NIK', pathKk: env.DUKCAPIL_PATH_KK ?? '/CALL_KK', timeoutMs: Number(env.DUKCAPIL_TIMEOUT_MS ?? 10000) };
}

const HUBUNGAN_DUKCAPIL: Record<string, HubunganKk> = { 'KEPALA KELUARGA': 'kepala_keluarga', SUAMI: 'suami', ISTRI: 'istri', ANAK: 'anak', 'ORANG TUA': 'orang_tua',
  MERTUA: 'mertua', 'FAMILI LAIN': 'famili_lain' };

/** `1970-05-05`, `05-05-1970` or `05/05/1970` -> ISO; anything else -> null. */
function tanggalDukcapil(s: unknown): string | null {
  const t = String(s ?? '').trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t.slice(0, 10);
  const m = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** One `content` element of the service's answer as a Penduduk; null when it carries no NIK. */
export function petaPenduduk(r: Record<string, unknown>): Penduduk | null {
  const nik = String(r.NIK ?? '').trim();
  if (!/^\d{16}$/.test(nik)) return null;
  const jk = String(r.JENIS_KLMIN ?? '').toUpperCase();
  const hub = HUBUNGAN_DUKCAPIL[String(r.STAT_HBKEL ?? '').toUpperCase().trim()];
  return { nik, noKk: String(r.NO_KK ?? '').trim(), nama: String(r.NAMA_LGKP ?? '').trim(), tanggalLahir: tanggalDukcapil(r.TGL_LHR),
    jenisKelamin: jk.startsWith('L') ? 'L' : jk.startsWith('P') ? 'P' : null, hubungan: hub && (HUBUNGAN_KK as readonly string[]).includes(hub) ? hub : 'lainnya',
    meninggal: /MATI|MENINGGAL/.test(String(r.STATUS_KEMATIAN ?? r.KET_MATI ?? '').toUpperCase()) };
}

/** HTTP client of the Dukcapil web service. Not constructed unless configured. */
export class AdapterDukcapilHttp implements AdapterKependudukan {
  readonly sumber = 'dukcapil' as const;
  private readonly k: KonfigurasiDukcapil;
  private readonly ambil: typeof fetch;
  constructor(k: KonfigurasiDukcapil, ambil: typeof fetch = fetch) {
    this.k = k;
    this.ambil = ambil;
  }

  private async panggil(path: string, kunci: Record<string, string>): Promise<Penduduk[]> {
    let res: Response;
    try {
      res = await this.ambil(`${this.k.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...kunci, user_id: this.k.user, password: this.k.password, ip_user: this.k.ipUser }), signal: AbortSignal.timeout(this.k.timeoutMs) });
    } catch (e) {
      throw new GalatKependudukan(`Layanan Dukcapil tidak dapat dihubungi: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!res.ok) throw new GalatKependudukan(`Layanan Dukcapil menjawab HTTP ${res.status}.`);
    const isi = (await res.json().catch(() => null)) as { content?: unknown } | null;
    if (!isi || !Array.isArray(isi.content)) throw new GalatKependudukan('Jawaban layanan Dukcapil tidak dikenali (tanpa "content").');
    return isi.content.map((r) => petaPenduduk(r as Record<string, unknown>)).filter((p): p is Penduduk => p !== null);
  }

  async cekNik(nik: string): Promise<Penduduk | null> {
    return (await this.panggil(this.k.pathNik, { nik })).find((p) => p.nik === nik) ?? null;
  }

  async cekKeluarga(nik: string): Promise<Penduduk[]> {
    const orang = await this.cekNik(nik);
    if (!orang?.noKk) return [];
    return this.panggil(this.k.pathKk, { no_kk: orang.noKk });
  }
}
