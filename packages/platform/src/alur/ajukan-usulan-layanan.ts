import { sql } from '@simasn/db';
import { bersihkanNip } from '@simasn/domain';
import { denganDb, konflik, lingkup, syaratLingkup, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { skemaAjukanUsulanLayanan } from './usulan-layanan.types.ts';
import { sandikanDataLayanan } from './data-usulan.ts';
import { beritahuTransisi } from './beritahu.ts';
import { efekTransisi, izinLangkah, type UsulanLayanan } from './definisi.ts';
import { jalankanLangkah } from './saga.ts';
import { auditTransisi, bacaUsulan, catatJejak, definisiAtau422, tenggatLangkah, wajibPeranDiLangkah } from './usulan.ts';

export { skemaAjukanUsulanLayanan } from './usulan-layanan.types.ts';

/**
 * Creates a request for an employee at the service's first step. The caller needs a role of
 * that step and the employee in their reach (404 otherwise). Checklist documents marked `arsip`
 * are attached from the employee's archive at once (the latest berkas of that riwayat kind), so
 * nothing already on file is uploaded twice. One open request per service and employee (409).
 */
export async function ajukanUsulanLayanan(ctx: Konteks, masukan: unknown): Promise<UsulanLayanan> {
  const f = uraikan(skemaAjukanUsulanLayanan, masukan);
  const def = definisiAtau422(f.jenis);
  const awal = def.langkah[0]!;
  const peran = wajibPeranDiLangkah(ctx, awal);
  const l = lingkup(ctx, izinLangkah(def, awal.kode));
  const data = def.skemaAjukan ? uraikan(def.skemaAjukan, f.data) : f.data;
  const id = await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const p = await tx.maybeOne<{ id: number }>(sql`
      select p.id from pegawai p where p.instansi_id = ${ctx.instansiId} and p.nip = ${bersihkanNip(f.nip)} and ${syaratLingkup(l)}`);
    if (!p) throw tidakDitemukan(`Pegawai dengan NIP ${f.nip} tidak ditemukan.`);
    const akun = ctx.pemanggil && !ctx.pemanggil.sistem ? ctx.pemanggil.akunId : null;
    const kunciTerbuka = def.kunciTerbuka?.(data) ?? '';
    const baru = await tx.maybeOne<{ id: number }>(sql`
      insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, tenggat, diajukan_oleh, diajukan_pada, diubah_pada, kunci_terbuka)
      values (${ctx.instansiId}, ${def.jenis}, ${p.id}, ${awal.kode}, 'diproses', ${JSON.stringify(sandikanDataLayanan(data))}::jsonb, ${tenggatLangkah(ctx, awal)},
              ${akun}, ${ctx.sekarang()}, ${ctx.sekarang()}, ${kunciTerbuka})
      on conflict (instansi_id, jenis, pegawai_id, kunci_terbuka) where status in ('diproses', 'dikembalikan') do nothing
      returning id`);
    if (!baru) {
      const ada = await tx.one<{ id: number }>(sql`select id from usulan_layanan where instansi_id = ${ctx.instansiId} and jenis = ${def.jenis}
        and pegawai_id = ${p.id} and kunci_terbuka = ${kunciTerbuka} and status in ('diproses', 'dikembalikan')`);
      throw konflik(`Pegawai ini sudah mempunyai usulan ${def.label} yang masih berjalan (nomor ${ada.id}). Lanjutkan usulan itu.`, { usulanId: ada.id });
    }
    for (const d of def.dokumen) {
      if (!d.arsip) continue;
      await tx.run(sql`
        insert into dokumen_usulan_layanan (instansi_id, usulan_id, kode, berkas_id, sumber, dilampirkan_oleh, dilampirkan_pada)
        select ${ctx.instansiId}, ${baru.id}, ${d.kode}, b.id, 'arsip', ${akun}, ${ctx.sekarang()}
          from berkas b where b.instansi_id = ${ctx.instansiId} and b.pegawai_id = ${p.id} and b.riwayat_jenis = ${d.arsip.riwayatJenis}
         order by b.diunggah_pada desc, b.id desc limit 1`);
    }
    const u = await bacaUsulan(c, baru.id);
    await catatJejak(c, { usulanId: u.id, aksi: 'ajukan', dari: null, ke: awal.kode, status: 'diproses', peran, catatan: f.catatan ?? null });
    await jalankanLangkah(efekTransisi(def, 'ajukan', null), { ctx: c, aksi: 'ajukan', dari: null, ke: awal.kode, usulan: u, alasan: null });
    await auditTransisi(c, u, 'ajukan', null, { jenis: def.jenis, langkah: awal.kode, status: 'diproses', data });
    await beritahuTransisi(c, def, u, 'ajukan', null);
    return u.id;
  });
  return bacaUsulan(ctx, id);
}
