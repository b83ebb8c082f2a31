import { formatTanggal } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import { akunBerperan, akunPegawai, beriNotifikasi } from '../notifikasi/beri-notifikasi.ts';
import { indeksLangkah, izinLangkah, judulUsulan, LABEL_AKSI, type AksiLayanan, type DefinisiLayanan, type UsulanLayanan } from './definisi.ts';

/**
 * After a transition (same transaction): those who must act at the step the request now waits
 * at are told it needs them; the employee is told what changed, with the reason when returned
 * or rejected. The actor is not notified of their own action.
 */
export async function beritahuTransisi(ctx: Konteks, def: DefinisiLayanan, u: UsulanLayanan, aksi: AksiLayanan | 'ajukan', alasan: string | null) {
  const judul = judulUsulan(def, u);
  const tautan = def.tautan ? def.tautan.pelaku(u) : `/layanan/usulan/${u.id}`;
  const pelaku = ctx.pemanggil && !ctx.pemanggil.sistem ? ctx.pemanggil.akunId : null;
  const tanpaPelaku = (ids: number[]) => ids.filter((i) => i !== pelaku);
  const langkah = def.langkah[indeksLangkah(def, u.langkah)]!;
  const terbuka = u.status === 'diproses' || u.status === 'dikembalikan';
  const penerimaLangkah = terbuka ? tanpaPelaku(await akunBerperan(ctx, langkah.peran, izinLangkah(def, langkah.kode), u.pegawaiId)) : [];
  if (penerimaLangkah.length) {
    await beriNotifikasi(ctx, penerimaLangkah, { judul: `Menunggu tindakan: ${judul}`,
      isi: `${LABEL_AKSI[aksi]}. Usulan kini pada langkah "${langkah.label}"${u.tenggat ? `, tenggat ${formatTanggal(u.tenggat)}` : ''}.${alasan ? ` Alasan: ${alasan}` : ''}`,
      tautan, usulanId: u.id });
  }
  const asn = tanpaPelaku(await akunPegawai(ctx, u.pegawaiId)).filter((i) => !penerimaLangkah.includes(i));
  if (asn.length) {
    await beriNotifikasi(ctx, asn, { judul: `${judul}: ${LABEL_AKSI[aksi].toLowerCase()}`,
      isi: `Usulan Anda ${LABEL_AKSI[aksi].toLowerCase()}${terbuka ? `; langkah sekarang "${langkah.label}"` : ''}.${alasan ? ` Alasan: ${alasan}` : ''}`,
      tautan: def.tautan?.pegawai ?? '/layanan-saya', usulanId: u.id });
  }
}
