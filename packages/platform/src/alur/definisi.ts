import { daftarkanLabelKodeAudit, type Izin, type Konteks, type Peran } from '@simasn/platform';
import type { z } from '@simasn/platform';
import type { Sql } from '@simasn/db';
import { periksaIsianLangkah, type IsianLangkah } from './isian-langkah.ts';
import type { LangkahSaga } from './saga.ts';
import { AKSI_LAYANAN, STATUS_USULAN } from './usulan-layanan.types.ts';

/** What an actor may do at a step (AKSI_LAYANAN), and where a request stands (STATUS_USULAN): declared with the wire schemas. */
export { AKSI_LAYANAN, STATUS_USULAN };
export type AksiLayanan = (typeof AKSI_LAYANAN)[number];

export const LABEL_AKSI: Record<AksiLayanan | 'ajukan', string> = { ajukan: 'Diajukan', teruskan: 'Diteruskan', kembalikan: 'Dikembalikan untuk perbaikan', tolak: 'Ditolak',
  setujui: 'Disetujui', batalkan: 'Dibatalkan' };

export type StatusUsulan = (typeof STATUS_USULAN)[number];
export const LABEL_STATUS: Record<StatusUsulan, string> = { diproses: 'Diproses', dikembalikan: 'Dikembalikan untuk perbaikan', selesai: 'Selesai', ditolak: 'Ditolak',
  dibatalkan: 'Dibatalkan' };

/** Saga steps run when an action is taken; `t.ctx.db` is the transition's transaction. */
export type EfekTransisi = readonly LangkahSaga<Transisi>[];

/** One named step of a service; `K` is the union of the service's step codes. */
export interface LangkahLayanan<K extends string = string> {
  kode: K;
  label: string;
  /** Roles that may act at this step (the caller needs one of them and the request in reach). */
  peran: readonly Peran[];
  /** The permission whose reach applies; default `layanan:ajukan` on the first step, `layanan:proses` after. */
  izin?: Izin;
  /** What may be done here. `teruskan` moves to the next step, `setujui` completes the request. */
  aksi: readonly AksiLayanan[];
  /** Days allowed at this step (the request's `tenggat` is set on entering it). */
  tenggatHari?: number;
  /** Leaving this step forward (teruskan/setujui) requires every `wajib` checklist document. */
  periksaDokumen?: boolean;
  /** Data the actor supplies at this step (merged into the request's `data`); 422 names the field. */
  skemaData?: z.ZodType<Record<string, unknown>>;
  /** How the web asks for that data (label, jenis, wajib): declare both with `dataLangkah([...])`. */
  isian?: readonly IsianLangkah[];
  /**
   * What taking an action at this step does besides moving the request (write riwayat, draft the
   * SK, check data...): saga steps (`langkahSaga`) run in the transition's transaction after the
   * request has moved. `{ teruskan: [...], setujui: [...] }`; an action without an entry moves only.
   */
  efek?: { readonly [A in AksiLayanan]?: EfekTransisi; };
}

/** One checklist document. */
export interface ItemDokumen {
  kode: string;
  label: string;
  wajib: boolean;
  /** Reuse from the archive: the latest berkas of the employee attached to this riwayat kind. */
  arsip?: { riwayatJenis: 'pangkat' | 'jabatan' | 'pendidikan' | 'diklat' | 'skp' | 'hukdis' | 'keluarga' };
}

/** One request as the engine hands it to a service's effects. */
export interface UsulanLayanan {
  id: number;
  jenis: string;
  pegawaiId: number;
  nip: string;
  nama: string;
  langkah: string;
  status: StatusUsulan;
  data: Record<string, unknown>;
  tenggat: string | null;
  versi: number;
  diajukanPada: string;
}

/** A transition being applied, for `efek`. `ctx.db` is the transition's transaction. */
export interface Transisi {
  ctx: Konteks;
  aksi: AksiLayanan | 'ajukan';
  dari: string | null;
  ke: string;
  /** The request after the move (status, step, merged data, new versi). */
  usulan: UsulanLayanan;
  alasan: string | null;
}

/**
 * A service as data: its steps in order, the roles and actions at each, the document checklist,
 * and the effects attached to the steps' actions. `K` is the union of its step codes.
 */
export interface DefinisiLayanan<K extends string = string> {
  jenis: string;
  label: string;
  langkah: readonly LangkahLayanan<K>[];
  dokumen: readonly ItemDokumen[];
  /** Data given when the request is created (422 names the field). */
  skemaAjukan?: z.ZodType<Record<string, unknown>>;
  /** Saga steps run when the request is created (after it stands at the first step). */
  efekAjukan?: EfekTransisi;
  /** How a request is named in notifications and lists; default "<label> - <nama>". */
  judul?: (u: UsulanLayanan) => string;
  /**
   * The last day by which the whole request must be settled, beside each step's own deadline (a
   * KP request: the day before its period's TMT). `sql`: that day as a date expression over the
   * request row `u` (its data's keys read by SQL are not personal, so stay in clear); `alasan`:
   * why a request past it is overdue, for the queue. An open request past it is `terlambat`.
   */
  batasAkhir?: { sql: Sql, alasan: string };
  /**
   * The permission whose reach lets a caller read a request of this service (default
   * `layanan:baca`): leave requests are read by the atasan through `cuti:baca`.
   */
  izinBaca?: Izin;
  /**
   * Several requests of this service may be open for one employee at once when they differ by
   * this key (a leave request's first day); default one open request per service and employee.
   */
  kunciTerbuka?: (data: Record<string, unknown>) => string;
  /** The employee may withdraw (`batalkan`) their own open request at any step (a leave request). */
  pemohonBolehBatalkan?: boolean;
  /** Where notifications about a request link to (default the request's page / Layanan Saya). */
  tautan?: { pelaku: (u: UsulanLayanan) => string, pegawai: string };
}

/** A definition with its step codes as constants: `LAYANAN_PENSIUN.kode.tmt === 'tmt'`, typed. */
export type LayananTerdefinisi<K extends string = string> = DefinisiLayanan<K> & { readonly kode: { readonly [k in K]: k; } };

/** The step codes of a service definition, as a union type. */
export type KodeLangkah<D> = D extends DefinisiLayanan<infer K> ? K : never;

/**
 * Declares a service (no side effect): checks it (steps, unique codes, step data described) and
 * derives its step codes as typed constants. Register it with `daftarkanLayanan` (a module keeps
 * its services in one explicit list).
 */
export function definisikanLayanan<const K extends string>(def: DefinisiLayanan<K>): LayananTerdefinisi<K> {
  periksaDefinisi(def);
  return { ...def, kode: Object.fromEntries(def.langkah.map((l) => [l.kode, l.kode])) as { readonly [k in K]: k; } };
}

function periksaDefinisi(def: DefinisiLayanan): void {
  if (!def.langkah.length) throw new Error(`layanan ${def.jenis}: tanpa langkah`);
  const kode = new Set(def.langkah.map((l) => l.kode));
  if (kode.size !== def.langkah.length) throw new Error(`layanan ${def.jenis}: kode langkah ganda`);
  for (const l of def.langkah) {
    periksaIsianLangkah(def.jenis, l);
    for (const a of Object.keys(l.efek ?? {})) {
      if (!l.aksi.includes(a as AksiLayanan)) throw new Error(`layanan ${def.jenis}, langkah ${l.kode}: efek untuk aksi "${a}" yang tidak tersedia`);
    }
  }
}

const REGISTRI = new Map<string, DefinisiLayanan>();

/**
 * Registers (or replaces) service definitions with the engine. Each module registers its
 * services from one explicit list (`modules/layanan/src/daftar-layanan.ts`); tests register their own.
 */
export function daftarkanLayanan<K extends string>(def: DefinisiLayanan<K>): DefinisiLayanan<K> {
  periksaDefinisi(def);
  REGISTRI.set(def.jenis, def as unknown as DefinisiLayanan);
  // The audit trail shows step, document and status codes recorded in its entries by these labels.
  for (const l of def.langkah) daftarkanLabelKodeAudit(l.kode, l.label);
  for (const d of def.dokumen) daftarkanLabelKodeAudit(d.kode, d.label);
  for (const [k, v] of Object.entries(LABEL_STATUS)) daftarkanLabelKodeAudit(k, v);
  return def;
}

/** The saga steps of a transition: the creation's (`ajukan`), or those attached to the action at the step it leaves. */
export function efekTransisi(def: DefinisiLayanan, aksi: AksiLayanan | 'ajukan', dari: string | null): EfekTransisi {
  if (aksi === 'ajukan') return def.efekAjukan ?? [];
  return def.langkah.find((l) => l.kode === dari)?.efek?.[aksi] ?? [];
}

/** The definition of a jenis; unknown jenis is the caller's mistake (422). */
export function definisiLayanan(jenis: string): DefinisiLayanan | undefined {
  return REGISTRI.get(jenis);
}

export function semuaLayanan(): DefinisiLayanan[] {
  return [...REGISTRI.values()];
}

export function indeksLangkah(def: DefinisiLayanan, kode: string): number {
  return def.langkah.findIndex((l) => l.kode === kode);
}

/** The permission whose reach reads a request of this service. */
export function izinBacaLayanan(def: DefinisiLayanan | undefined): Izin {
  return def?.izinBaca ?? 'layanan:baca';
}

export function izinLangkah(def: DefinisiLayanan, kode: string): Izin {
  const i = indeksLangkah(def, kode);
  return def.langkah[i]?.izin ?? (i === 0 ? 'layanan:ajukan' : 'layanan:proses');
}

export function judulUsulan(def: DefinisiLayanan, u: UsulanLayanan): string {
  return def.judul ? def.judul(u) : `${def.label} - ${u.nama}`;
}

/**
 * The same service with one more saga step after the effects of every transition (or of the given
 * actions only): how an integration (TTE signing, SIASN sync) is added to an existing service, and
 * how tests inject a failure.
 */
export function tambahEfek<K extends string>(def: DefinisiLayanan<K>, l: LangkahSaga<Transisi>, aksi?: readonly (AksiLayanan | 'ajukan')[]): DefinisiLayanan<K> {
  const kena = (a: AksiLayanan | 'ajukan') => !aksi || aksi.includes(a);
  return { ...def, efekAjukan: kena('ajukan') ? [...(def.efekAjukan ?? []), l] : def.efekAjukan,
    langkah: def.langkah.map((x) => ({ ...x, efek: Object.fromEntries(x.aksi.map((a) => [a, kena(a) ? [...(x.efek?.[a] ?? []), l] : (x.efek?.[a] ?? [])])) })) };
}
