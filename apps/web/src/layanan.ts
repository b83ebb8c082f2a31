import type { Izin } from '@simasn/kontrak';
/** Shapes of the personnel-service API (modules/layanan) as the pages read them. */
export interface JejakLayanan {
  id: number;
  waktu: string;
  namaPengguna: string | null;
  peran: string | null;
  aksi: string;
  label: string;
  dariLangkah: string | null;
  keLangkah: string;
  status: string;
  alasan: string | null;
  catatan: string | null;
}

/** A field a step asks for when moving forward, as the engine describes it (alur/isian-langkah.ts). */
export interface IsianLangkah {
  kunci: string;
  label: string;
  jenis: 'teks' | 'tanggal' | 'angka';
  wajib: boolean;
}

export interface LangkahTampil {
  kode: string;
  label: string;
  keadaan: 'selesai' | 'sekarang' | 'belum';
  masukPada: string | null;
  tenggatHari: number | null;
  /** The step's fields with what was recorded there (null: nothing yet). */
  isian: (IsianLangkah & { nilai: unknown })[];
}

export interface UsulanLayanan {
  id: number;
  jenis: string;
  pegawaiId: number;
  nip: string;
  nama: string;
  langkah: string;
  status: 'diproses' | 'dikembalikan' | 'selesai' | 'ditolak' | 'dibatalkan';
  data: Record<string, unknown>;
  tenggat: string | null;
  versi: number;
  diajukanPada: string;
  judul: string;
  labelJenis: string;
  labelStatus: string;
  labelLangkah: string;
  unit?: string | null;
}

export interface DokumenPeriksa {
  kode: string;
  label: string;
  wajib: boolean;
  terlampir: { berkasId: number; namaBerkas: string; sumber: 'unggah' | 'arsip'; dilampirkanPada: string } | null;
}

export interface UsulanRinci extends UsulanLayanan {
  langkahDaftar: LangkahTampil[];
  jejak: JejakLayanan[];
  dokumen: DokumenPeriksa[];
  aksiTersedia: string[];
  /** The fields the current step asks for when moving forward (teruskan/setujui). */
  isianLangkah: IsianLangkah[];
}

/** Badge class per status (reuses the colours of the change-proposal badges). */
export const KELAS_STATUS_LAYANAN: Record<string, string> = {
  diproses: 'diajukan', dikembalikan: 'netral', selesai: 'disetujui', ditolak: 'ditolak', dibatalkan: 'dibatalkan',
};

export const LABEL_AKSI_LAYANAN: Record<string, string> = {
  teruskan: 'Teruskan', setujui: 'Setujui', kembalikan: 'Kembalikan untuk perbaikan', tolak: 'Tolak', batalkan: 'Batalkan',
};

/** Link to a surat KGB of an issued riwayat gaji. */
export const tautanSuratKgb = (riwayatGajiId: number, format: 'pdf' | 'docx' = 'pdf') => `/api/layanan/kgb/surat/${riwayatGajiId}?format=${format}`;

/** Staff who submit for an OPD or process at BKD (an ASN's own requests are under Layanan Saya). */
export function bolehKelolaLayanan(boleh: (izin: Izin) => boolean, nip: string | null | undefined): boolean {
  return boleh('layanan:proses') || (boleh('layanan:ajukan') && !nip);
}
