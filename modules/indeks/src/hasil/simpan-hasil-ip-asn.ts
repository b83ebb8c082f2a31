import { sql } from '@simasn/db';
import { catatAudit, denganDb, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { skemaSimpanHasilIpAsn } from './hasil.types.ts';
import { hitungIpAsn } from '../ip-asn/hitung-ip-asn.ts';

export { skemaSimpanHasilIpAsn };

const AKHIR_PERIODE = { tahunan: '12-31', tw1: '03-31', tw2: '06-30', tw3: '09-30', tw4: '12-31' } as const;

/**
 * Freezes an IP ASN figure for a period (what the LKjIP and the PK realisasi will cite): computed
 * now from the records as they stood at the end of the period, under the rule set in force then
 * or the one named, kept with its whole breakdown, who computed it and when. Recomputing under
 * another rule set adds another row; nothing is overwritten.
 */
export async function simpanHasilIpAsn(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaSimpanHasilIpAsn, masukan);
  if (f.unitId && !(await ctx.db.maybeOne(sql`select 1 from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.unitId}`))) {
    throw tidakDitemukan('Unit organisasi tidak ditemukan.');
  }
  const tanggal = f.tanggal ?? `${f.tahun}-${AKHIR_PERIODE[f.periode]}`;
  const h = await hitungIpAsn(ctx, { tanggal, aturan: f.aturan, unitId: f.unitId });
  return ctx.db.transaction(async (tx) => {
    const t = denganDb(ctx, tx);
    const r = await tx.one<{ id: number }>(sql`
      insert into hasil_indeks (instansi_id, jenis, tahun, periode, unit_id, aturan_id, tanggal_acuan, nilai, kategori, jumlah_data, rincian, dihitung_pada, dihitung_oleh)
      values (${ctx.instansiId}, 'ip_asn', ${f.tahun}, ${f.periode}, ${f.unitId ?? null}, ${h.aturan.id}, ${h.tanggalAcuan}, ${h.rataRata.total},
              ${h.kategori}, ${h.jumlahPegawai}, ${JSON.stringify(h)}::jsonb, ${ctx.sekarang()}, ${ctx.pemanggil?.namaPengguna ?? 'sistem'})
      returning id`);
    await catatAudit(t, { aksi: 'indeks.simpan', entitas: 'hasil_indeks', entitasId: r.id,
      sesudah: { jenis: 'ip_asn', tahun: f.tahun, periode: f.periode, aturan: h.aturan.id, nilai: h.rataRata.total } });
    return { id: r.id, ...h };
  });
}
