import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { bukaDataUsulan, sandikanDataUsulan } from '../pegawai/data-pribadi.ts';
import { pegawaiDalamLingkup } from '../pegawai/pegawai-dalam-lingkup.ts';
import { bacaIdentitas } from '../pegawai/ubah-pegawai.ts';
import { dariKolom } from '../riwayat/kolom-riwayat.ts';
import { ambilBarisRiwayat } from '../riwayat/tulis-riwayat.ts';
import { uraiJenisUsulan } from './jenis-usulan.ts';
import { skemaDataUsulan } from './jenis-usulan.types.ts';
import { skemaAjukanUsulan } from './usulan.types.ts';
import { beritahuUsulanMasuk } from './beritahu-usulan.ts';

export { skemaAjukanUsulan };

/**
 * An ASN proposes a change to their own record with a supporting PDF already uploaded. The
 * proposal keeps the values as they were when proposed, so the verifier sees old, current and
 * new side by side.
 */
export async function ajukanUsulan(ctx: Konteks, masukan: unknown): Promise<{ id: number }> {
  const p = wajibMasuk(ctx);
  const input = uraikan(skemaAjukanUsulan, masukan);
  const jenis = uraiJenisUsulan(input.jenis)!;
  const data = uraikan(skemaDataUsulan(jenis), input.data, 'Data usulan belum benar.') as Record<string, unknown>;
  if (jenis.macam === 'identitas') {
    const diisi = Object.keys(input.data).filter((k) => k in data);
    if (!diisi.length) throw tidakValid('Tidak ada yang diusulkan berubah.', [{ kolom: 'data', pesan: 'isi minimal satu data yang berubah' }]);
    for (const k of Object.keys(data)) if (!diisi.includes(k)) delete data[k];
  }
  if (jenis.macam === 'ubah' && !input.riwayatId) {
    throw tidakValid('Pilih riwayat yang diperbaiki.', [{ kolom: 'riwayatId', pesan: 'wajib untuk perbaikan riwayat' }]);
  }
  if (!p.pegawaiId) throw tidakValid('Akun ini tidak terhubung dengan data pegawai.', [{ kolom: 'akun', pesan: 'bukan akun ASN' }]);

  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const nip = (await tx.one<{ nip: string }>(sql`select nip from pegawai where instansi_id = ${ctx.instansiId} and id = ${p.pegawaiId}`)).nip;
    const pegawai = await pegawaiDalamLingkup(c, nip, 'usulan:ajukan');
    const berkas = await tx.maybeOne(sql`select 1 from berkas where instansi_id = ${ctx.instansiId} and id = ${input.berkasId}
                                          and pegawai_id = ${pegawai.id} and riwayat_jenis = 'usulan'`);
    if (!berkas) throw tidakDitemukan('Dokumen pendukung tidak ditemukan; unggah ulang.');
    const dipakai = await tx.maybeOne(sql`select 1 from usulan_perubahan where instansi_id = ${ctx.instansiId} and berkas_id = ${input.berkasId}`);
    if (dipakai) throw konflik('Dokumen ini sudah dipakai untuk usulan lain; unggah dokumen baru.');

    let dataLama: Record<string, unknown> | null = null;
    if (jenis.macam === 'identitas') {
      const id = await bacaIdentitas(c, pegawai.id);
      dataLama = Object.fromEntries(Object.keys(data).map((k) => [k, (id as Record<string, unknown>)[k] ?? null]));
    } else if (jenis.macam === 'ubah') {
      dataLama = dariKolom(jenis.riwayat, await ambilBarisRiwayat(tx, ctx.instansiId, pegawai.id, jenis.riwayat, input.riwayatId!));
    }
    // Personal data in the stored data is encrypted (a new ciphertext every time): compared in clear.
    const menunggu = await tx.many<{ data_baru: unknown }>(sql`
      select data_baru from usulan_perubahan where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawai.id}
         and status = 'diajukan' and jenis = ${input.jenis} and riwayat_id is not distinct from ${input.riwayatId ?? null}`);
    const sama = (a: Record<string, unknown> | null) => JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(data).sort());
    if (menunggu.some((m) => sama(bukaDataUsulan('data_baru', (typeof m.data_baru === 'string' ? JSON.parse(m.data_baru) : m.data_baru) as Record<string, unknown>)))) {
      throw konflik('Usulan yang sama masih menunggu verifikasi.');
    }

    const u = await tx.one<{ id: number }>(sql`
      insert into usulan_perubahan (instansi_id, pegawai_id, jenis, riwayat_id, data_lama, data_baru, alasan, berkas_id, diajukan_oleh, diajukan_pada)
      values (${ctx.instansiId}, ${pegawai.id}, ${input.jenis}, ${input.riwayatId ?? null}, ${dataLama ? JSON.stringify(sandikanDataUsulan('data_lama', dataLama)) : null}::jsonb,
              ${JSON.stringify(sandikanDataUsulan('data_baru', data))}::jsonb, ${input.alasan}, ${input.berkasId}, ${p.akunId}, ${ctx.sekarang()})
      returning id`);
    await catatAudit(c, { aksi: 'usulan.ajukan', entitas: 'usulan_perubahan', entitasId: u.id, pegawaiId: pegawai.id, sesudah: { jenis: input.jenis, data } });
    await beritahuUsulanMasuk(c, { id: u.id, pegawaiId: pegawai.id, jenis: input.jenis });
    return u;
  });
}
