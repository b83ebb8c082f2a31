import { sql } from '@simasn/db';
import { bacaPkBerlaku } from '@simasn/sakip';
import { catatAudit, denganDb, konflik, terlarang, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { sqlAtasanLangsung } from '../akses.ts';
import { skpDalamLingkup, susunSkp } from './skp.ts';
import { skemaBuatSkp } from './skp.types.ts';

export { skemaBuatSkp };

/**
 * Who rates an employee's SKP of a year: the atasan langsung from the jabatan/unit structure, or,
 * for the head of a perangkat daerah, the kepala daerah (named as in their PK's pihak kedua).
 */
export async function tentukanPenilai(ctx: Konteks, pegawaiId: number, tahun: number) {
  const r = await ctx.db.one<{ atasan: number | null, jabatanId: number | null, unitId: number | null, instansi: string, jenis: string }>(sql`
    select ${sqlAtasanLangsung('p')} as atasan, p.jabatan_id as "jabatanId", p.unit_id as "unitId", i.nama as instansi, i.jenis
      from pegawai p join instansi i on i.instansi_id = p.instansi_id where p.instansi_id = ${ctx.instansiId} and p.id = ${pegawaiId}`);
  if (r.atasan !== null) return { ...r, penilaiNama: null, penilaiJabatan: null };
  const pk = (await bacaPkBerlaku(ctx, { tahun, pegawaiId })).find((x) => x.pihakKeduaPegawaiId === null);
  const kepala = `${r.jenis === 'kota' ? 'Wali Kota' : 'Bupati'} ${r.instansi.replace(/^(Kabupaten|Kota)\s+/i, '')}`;
  return { ...r, penilaiNama: pk?.pihakKeduaNama ?? kepala, penilaiJabatan: pk?.pihakKeduaJabatan ?? kepala };
}

/**
 * The caller drafts their own SKP of a year (version 1). Pejabat penilai is fixed from the
 * structure at this moment; one SKP series per employee and year.
 */
export async function buatSkp(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaBuatSkp, masukan, 'Tahun SKP belum benar.');
  const p = wajibMasuk(ctx);
  if (p.pegawaiId === null) throw terlarang('SKP disusun oleh ASN untuk dirinya sendiri; akun ini tidak terhubung dengan data pegawai.');
  const pegawaiId = p.pegawaiId;
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const ada = await tx.maybeOne<{ id: number }>(sql`select id from skp where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawaiId} and tahun = ${f.tahun}`);
    if (ada) throw konflik(`SKP tahun ${f.tahun} Anda sudah ada; buka dan lanjutkan, atau buat revisinya setelah disepakati.`);
    const n = await tentukanPenilai(c, pegawaiId, f.tahun);
    const { id } = await tx.one<{ id: number }>(sql`select nextval(pg_get_serial_sequence('skp', 'id'))::bigint as id`);
    try {
      await tx.run(sql`
        insert into skp (instansi_id, id, seri_id, nomor_versi, pegawai_id, tahun, jabatan_id, unit_id, penilai_pegawai_id, penilai_nama, penilai_jabatan, dibuat_pada, diubah_pada)
        values (${ctx.instansiId}, ${id}, ${id}, 1, ${pegawaiId}, ${f.tahun}, ${n.jabatanId}, ${n.unitId}, ${n.atasan}, ${n.penilaiNama}, ${n.penilaiJabatan},
                ${ctx.sekarang()}, ${ctx.sekarang()})`);
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw konflik(`SKP tahun ${f.tahun} Anda sudah ada.`);
      throw e;
    }
    await catatAudit(c, { aksi: 'skp.buat', entitas: 'skp', entitasId: id, pegawaiId, sesudah: { tahun: f.tahun, penilaiPegawaiId: n.atasan, penilai: n.penilaiNama } });
    return susunSkp(c, await skpDalamLingkup(c, id));
  });
}
