import type { Izin, ResponsTitik, z } from '@simasn/kontrak';
import type { AKSI_LAYANAN, KONTRAK_LAYANAN, STATUS_USULAN, skemaIsianLangkah, skemaJejakUsulan, skemaLangkahTampil } from '@simasn/layanan/kontrak';

/**
 * Shapes of the personnel-service API (modules/layanan) as the pages read them: from its contract
 * (types only here, so the main bundle, which imports `bolehKelolaLayanan`, does not carry the schemas).
 */
export type UsulanRinci = ResponsTitik<typeof KONTRAK_LAYANAN.usulan>;
export type JejakLayanan = z.input<typeof skemaJejakUsulan>;
export type LangkahTampil = z.input<typeof skemaLangkahTampil>;
export type IsianLangkah = z.input<typeof skemaIsianLangkah>;
export type AksiLayanan = (typeof AKSI_LAYANAN)[number];
export type StatusUsulan = (typeof STATUS_USULAN)[number];

/** Badge class per status (reuses the colours of the change-proposal badges). */
export const KELAS_STATUS_LAYANAN: Record<StatusUsulan, string> = { diproses: 'diajukan', dikembalikan: 'netral', selesai: 'disetujui', ditolak: 'ditolak',
  dibatalkan: 'dibatalkan' };

export const LABEL_AKSI_LAYANAN: Record<AksiLayanan, string> = { teruskan: 'Teruskan', setujui: 'Setujui', kembalikan: 'Kembalikan untuk perbaikan', tolak: 'Tolak',
  batalkan: 'Batalkan' };

/** Staff who submit for an OPD or process at BKD (an ASN's own requests are under Layanan Saya). */
export function bolehKelolaLayanan(boleh: (izin: Izin) => boolean, nip: string | null | undefined): boolean {
  return boleh('layanan:proses') || (boleh('layanan:ajukan') && !nip);
}
