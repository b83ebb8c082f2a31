import { pegawaiDalamLingkup, ubahRekeningPegawai } from '@simasn/kepegawaian';
import { uraikan, type Konteks } from '@simasn/platform';
import { skemaRekening } from '../tpp.types.ts';

/** Admin OPD / BKD records the bank account an ASN in their reach (by NIP) is paid TPP to; audited (the number masked in the log). */
export async function simpanRekeningTpp(ctx: Konteks, nip: string, masukan: unknown) {
  const f = uraikan(skemaRekening, masukan);
  const p = await pegawaiDalamLingkup(ctx, nip, 'pegawai:ubah');
  return ubahRekeningPegawai(ctx, Number(p.id), f);
}
