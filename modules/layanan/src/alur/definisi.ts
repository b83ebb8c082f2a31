import type { Izin, Konteks, Peran } from '@simasn/platform';
import type { z } from '@simasn/platform';
import { periksaIsianLangkah, type IsianLangkah } from './isian-langkah.ts';
import type { LangkahSaga } from './saga.ts';
import { AKSI_LAYANAN, STATUS_USULAN } from '../alur-kontrak/usulan-layanan.types.ts';

/** What an actor may do at a step (AKSI_LAYANAN), and where a request stands (STATUS_USULAN): declared with the wire schemas. */
export { AKSI_LAYANAN, STATUS_USULAN };
export type AksiLayanan = (typeof AKSI_LAYANAN)[number];

export const LABEL_AKSI: Record<AksiLayanan | 'ajukan', string> = {
  ajukan: 'Diajukan', teruskan: 'Diteruskan', kembalikan: 'Dikembalikan untuk perbaikan', tolak: 'Ditolak', setujui: 'Disetujui', batalkan: 'Dibatalkan',
};

export type StatusUsulan = (typeof STATUS_USULAN)[number];
export const LABEL_STATUS: Record<StatusUsulan, string> = {
  diproses: 'Diproses', dikembalikan: 'Dikembalikan untuk perbaikan', selesai: 'Selesai', ditolak: 'Ditolak', dibatalkan: 'Dibatalkan',
};

/** One named step of a service. */
export interface LangkahLayanan {
  kode: string;
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

/** A service as data: its steps in order, the roles and actions at each, the document checklist. */
export interface DefinisiLayanan {
  jenis: string;
  label: string;
  langkah: readonly LangkahLayanan[];
  dokumen: readonly ItemDokumen[];
  /** Data given when the request is created (422 names the field). */
  skemaAjukan?: z.ZodType<Record<string, unknown>>;
  /**
   * Multi-step changes a transition causes (write riwayat, draft the SK, ...): run by the saga
   * runner inside the transition's transaction after the request has moved; if one fails, the
   * earlier ones are compensated in reverse order and the transaction is rolled back.
   */
  efek?: (t: Transisi) => LangkahSaga[] | Promise<LangkahSaga[]>;
  /** How a request is named in notifications and lists; default "<label> - <nama>". */
  judul?: (u: UsulanLayanan) => string;
}

const REGISTRI = new Map<string, DefinisiLayanan>();

/** Registers (or replaces) a service definition. Services register themselves when imported. */
export function daftarkanLayanan(def: DefinisiLayanan): DefinisiLayanan {
  if (!def.langkah.length) throw new Error(`layanan ${def.jenis}: tanpa langkah`);
  const kode = new Set(def.langkah.map((l) => l.kode));
  if (kode.size !== def.langkah.length) throw new Error(`layanan ${def.jenis}: kode langkah ganda`);
  for (const l of def.langkah) periksaIsianLangkah(def.jenis, l);
  REGISTRI.set(def.jenis, def);
  return def;
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

export function izinLangkah(def: DefinisiLayanan, kode: string): Izin {
  const i = indeksLangkah(def, kode);
  return def.langkah[i]?.izin ?? (i === 0 ? 'layanan:ajukan' : 'layanan:proses');
}

export function judulUsulan(def: DefinisiLayanan, u: UsulanLayanan): string {
  return def.judul ? def.judul(u) : `${def.label} - ${u.nama}`;
}
