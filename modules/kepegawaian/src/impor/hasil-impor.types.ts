import { z } from '@simasn/kontrak';

/**
 * The sheets of the import format (LEMBAR_IMPOR in lembar-impor.ts defines their columns; the
 * server checks at compile time that both lists agree).
 */
export const NAMA_LEMBAR_IMPOR = [
  'pegawai',
  'riwayat_pangkat',
  'riwayat_jabatan',
  'riwayat_pendidikan',
  'riwayat_diklat',
  'riwayat_skp',
  'riwayat_hukdis',
] as const;

/** POST /api/impor/pegawai (multipart "file") */
export const skemaKueriImpor = z.object({ dryRun: z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1'),
  lembar: z.enum(NAMA_LEMBAR_IMPOR).optional().describe('Untuk CSV: jenis datanya (bawaan pegawai)') });

/** One problem in an import file, located the way the user sees it. */
export const zMasalahImpor = z.object({ lembar: z.string(), baris: z.number(), kolom: z.string(), nilai: z.string().nullable(), pesan: z.string() });

export const skemaHasilImpor = z.object({ ok: z.boolean(), dryRun: z.boolean(), jumlahBaris: z.number(), lembar: z.array(z.object({ nama: z.string(), baris: z.number() })),
  masalah: z.array(zMasalahImpor),
  ditulis: z.object({ pegawaiBaru: z.number(), pegawaiDiubah: z.number(), riwayat: z.record(z.string(), z.object({ baru: z.number(), diubah: z.number() })) }).nullable(),
  detik: z.number() });

/** A line of the NDJSON answer (Accept: application/x-ndjson): progress, then the result or an error. */
export type PesanAliranImpor = { progres?: { tahap: 'membaca' | 'validasi' | 'menulis', selesai: number, total: number }, hasil?: z.output<typeof skemaHasilImpor>,
  galat?: { pesan: string } };

/** POST /api/impor/laporan.xlsx */
export const skemaLaporanImpor = z.object({ namaBerkas: z.string().max(200), masalah: z.array(zMasalahImpor).max(5000) });
