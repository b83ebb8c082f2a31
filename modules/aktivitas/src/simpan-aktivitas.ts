import { sql } from '@simasn/db';
import { formatTanggal, hariIniIso } from '@simasn/domain';
import { catatAudit, denganDb, konflik, lingkup, syaratLingkup, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaSimpanAktivitas } from './aktivitas.types.ts';
import { batasIsi, DARI_AKTIVITAS, KOLOM_AKTIVITAS, tampilAktivitas, type BarisAktivitas } from './baca-aktivitas.ts';

export { skemaSimpanAktivitas } from './aktivitas.types.ts';

/**
 * The ASN records (id absent) or corrects (id given, at the version seen) one activity of their
 * own day, within the entry window (rule data). A rejected activity that is corrected becomes a
 * draft again, to be submitted anew. Submitted and approved ones cannot be changed (409).
 */
export async function simpanAktivitas(ctx: Konteks, masukan: unknown, id?: number) {
  const f = uraikan(skemaSimpanAktivitas, masukan, 'Aktivitas belum benar.');
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'aktivitas:isi');
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const batas = batasIsi(ctx);
  if (f.tanggal > hariIni) throw tidakValid('Aktivitas belum benar.', [{ kolom: 'tanggal', pesan: 'tidak boleh sesudah hari ini' }]);
  if (f.tanggal < batas) throw tidakValid('Aktivitas belum benar.', [{ kolom: 'tanggal', pesan: `batas pengisian sudah lewat: paling jauh ${formatTanggal(batas)}` }]);
  const hasil = await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const peg = await tx.maybeOne<{ id: number }>(sql`select p.id from pegawai p where p.instansi_id = ${ctx.instansiId} and p.id = ${p.pegawaiId ?? 0} and ${syaratLingkup(l)}`);
    if (!peg) throw tidakDitemukan('Akun ini tidak terhubung dengan data pegawai.');
    const nilai = { tanggal: f.tanggal, uraian: f.uraian, kuantitas: f.kuantitas, satuan: f.satuan, jamMulai: f.jamMulai, jamSelesai: f.jamSelesai,
      hasilSkpId: f.hasilSkpId ?? null };
    if (id === undefined) {
      const r = await tx.one<{ id: number }>(sql`
        insert into aktivitas_harian (instansi_id, pegawai_id, tanggal, uraian, kuantitas, satuan, jam_mulai, jam_selesai, hasil_skp_id, dibuat_pada, diubah_pada)
        values (${ctx.instansiId}, ${peg.id}, ${f.tanggal}, ${f.uraian}, ${f.kuantitas}, ${f.satuan}, ${f.jamMulai}::time, ${f.jamSelesai}::time, ${f.hasilSkpId ?? null},
                ${ctx.sekarang()}, ${ctx.sekarang()})
        returning id`);
      await catatAudit(c, { aksi: 'aktivitas.simpan', entitas: 'aktivitas_harian', entitasId: r.id, pegawaiId: peg.id, sesudah: nilai });
      return r.id;
    }
    const lama = await tx.maybeOne<BarisAktivitas>(sql`select ${KOLOM_AKTIVITAS} ${DARI_AKTIVITAS}
      where a.instansi_id = ${ctx.instansiId} and a.id = ${id} and a.pegawai_id = ${peg.id} for update of a`);
    if (!lama) throw tidakDitemukan(`Aktivitas nomor ${id} tidak ditemukan.`);
    if (lama.status === 'diajukan' || lama.status === 'disetujui') throw konflik(`Aktivitas ini sudah ${lama.status}; tidak dapat diubah lagi.`);
    if (f.versi !== undefined && f.versi !== lama.versi) throw konflik('Aktivitas ini sudah diubah sejak Anda membukanya. Muat ulang lalu periksa lagi.');
    if (lama.tanggal < batas) throw konflik(`Batas pengisian aktivitas ${formatTanggal(lama.tanggal)} sudah lewat.`);
    await tx.run(sql`
      update aktivitas_harian set tanggal = ${f.tanggal}, uraian = ${f.uraian}, kuantitas = ${f.kuantitas}, satuan = ${f.satuan}, jam_mulai = ${f.jamMulai}::time,
             jam_selesai = ${f.jamSelesai}::time, hasil_skp_id = ${f.hasilSkpId ?? null}, status = 'konsep', alasan_tolak = null, versi = versi + 1,
             diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = ${id}`);
    await catatAudit(c, { aksi: 'aktivitas.simpan', entitas: 'aktivitas_harian', entitasId: id, pegawaiId: peg.id,
      sebelum: { tanggal: lama.tanggal, uraian: lama.uraian, kuantitas: Number(lama.kuantitas), satuan: lama.satuan, jamMulai: lama.jamMulai, jamSelesai: lama.jamSelesai,
        status: lama.status }, sesudah: nilai });
    return id;
  });
  const r = await ctx.db.one<BarisAktivitas>(sql`select ${KOLOM_AKTIVITAS} ${DARI_AKTIVITAS} where a.instansi_id = ${ctx.instansiId} and a.id = ${hasil}`);
  return tampilAktivitas(ctx, r);
}
