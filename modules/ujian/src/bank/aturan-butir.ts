import { KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL } from '@simasn/domain';
import type { MasalahIsian } from '@simasn/platform';
import type { z } from 'zod';
import type { KELOMPOK_BANK } from '../label-ujian.ts';
import type { skemaOpsi } from '../ujian.types.ts';

/** The categories of a selection bank (the SKD shape, RULES.md section 11). */
export const KATEGORI_SELEKSI = ['TWK', 'TIU', 'TKP'] as const;
/** A category whose options carry weights 1-5 (TKP-style) instead of one key. */
export const KATEGORI_BERBOBOT = new Set(['TKP']);

/** Whether a category of a bank is allowed: TWK/TIU/TKP for selection, the bank's competency for the others. */
export function periksaKategori(bank: { kelompok: (typeof KELOMPOK_BANK)[number], kompetensiKode: string | null }, kategori: string): string | null {
  if (bank.kelompok === 'seleksi') {
    return (KATEGORI_SELEKSI as readonly string[]).includes(kategori) ? null : `kategori bank seleksi harus ${KATEGORI_SELEKSI.join(', ')}`;
  }
  if (bank.kompetensiKode && kategori !== bank.kompetensiKode) return `kategori bank ini adalah ${namaKategori(bank.kompetensiKode)}`;
  return null;
}

export function namaKategori(kode: string): string {
  return KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.find((k) => k.kode === kode)?.nama
    ?? ({ TWK: 'Tes Wawasan Kebangsaan', TIU: 'Tes Intelegensia Umum', TKP: 'Tes Karakteristik Pribadi' } as Record<string, string>)[kode] ?? kode;
}

type Opsi = z.output<typeof skemaOpsi>;

/**
 * The options of an item: unique codes; a weighted category (TKP) has a weight 1-5 on every option
 * and one answer; otherwise one key (`tunggal`) or at least one (`ganda`), and at least one wrong option.
 */
export function periksaOpsi(kategori: string, jenis: 'tunggal' | 'ganda', opsi: readonly Opsi[]): MasalahIsian[] {
  const masalah: MasalahIsian[] = [];
  const kode = new Set<string>();
  opsi.forEach((o, i) => {
    if (kode.has(o.id)) masalah.push({ kolom: `opsi.${i}.id`, pesan: `kode opsi ${o.id} tercantum dua kali` });
    kode.add(o.id);
  });
  if (KATEGORI_BERBOBOT.has(kategori)) {
    if (jenis !== 'tunggal') masalah.push({ kolom: 'jenis', pesan: `butir ${kategori} hanya satu jawaban (opsi berbobot)` });
    opsi.forEach((o, i) => {
      if (o.bobot === null || o.bobot < 1 || o.bobot > 5) masalah.push({ kolom: `opsi.${i}.bobot`, pesan: 'bobot opsi harus 1 sampai 5' });
    });
    return masalah;
  }
  const benar = opsi.filter((o) => o.benar).length;
  if (jenis === 'tunggal' && benar !== 1) masalah.push({ kolom: 'opsi', pesan: `butir satu jawaban harus punya tepat satu kunci, ditemukan ${benar}` });
  if (jenis === 'ganda' && benar < 1) masalah.push({ kolom: 'opsi', pesan: 'tandai paling sedikit satu kunci jawaban' });
  if (benar === opsi.length) masalah.push({ kolom: 'opsi', pesan: 'paling sedikit satu opsi harus salah' });
  return masalah;
}
