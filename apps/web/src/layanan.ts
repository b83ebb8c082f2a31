import type { Izin, ResponsTitik, z } from '@simasn/kontrak';
import { KONTRAK_LAYANAN, type AKSI_LAYANAN, type STATUS_USULAN, type skemaIsianLangkah, type skemaJejakUsulan, type skemaLangkahTampil } from '@simasn/layanan/kontrak';
import { alamatTitik } from './api.ts';

/** Shapes of the personnel-service API (modules/layanan) as the pages read them: from its contract. */
export type UsulanRinci = ResponsTitik<typeof KONTRAK_LAYANAN.usulan>;
export type JejakLayanan = z.input<typeof skemaJejakUsulan>;
export type LangkahTampil = z.input<typeof skemaLangkahTampil>;
export type IsianLangkah = z.input<typeof skemaIsianLangkah>;
export type AksiLayanan = (typeof AKSI_LAYANAN)[number];
export type StatusUsulan = (typeof STATUS_USULAN)[number];

/** Badge class per status (reuses the colours of the change-proposal badges). */
export const KELAS_STATUS_LAYANAN: Record<StatusUsulan, string> = {
  diproses: 'diajukan', dikembalikan: 'netral', selesai: 'disetujui', ditolak: 'ditolak', dibatalkan: 'dibatalkan',
};

export const LABEL_AKSI_LAYANAN: Record<AksiLayanan, string> = {
  teruskan: 'Teruskan', setujui: 'Setujui', kembalikan: 'Kembalikan untuk perbaikan', tolak: 'Tolak', batalkan: 'Batalkan',
};

/** Link to a surat KGB of an issued riwayat gaji. */
export const tautanSuratKgb = (riwayatGajiId: number, format: 'pdf' | 'docx' = 'pdf') =>
  alamatTitik(KONTRAK_LAYANAN.suratKgb, { params: { id: riwayatGajiId }, query: { format } });

/** Staff who submit for an OPD or process at BKD (an ASN's own requests are under Layanan Saya). */
export function bolehKelolaLayanan(boleh: (izin: Izin) => boolean, nip: string | null | undefined): boolean {
  return boleh('layanan:proses') || (boleh('layanan:ajukan') && !nip);
}
