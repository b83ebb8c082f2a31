import { sql } from '@simasn/db';
import { ATURAN_PRESENSI, formatTanggal } from '@simasn/domain';
import { catatAudit, denganDb, tidakDitemukan, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { bacaDataKalender, idJalur, versiBerlaku } from '../kalender/kalender-pegawai.ts';
import { skemaSimpanJadwalShift } from '../kalender/kalender.types.ts';
import { syaratPegawaiKalender } from '../lingkup.ts';

export { skemaSimpanJadwalShift };

/**
 * Saves days of a pegawai's shift roster: a shift code of the pattern their unit follows that day,
 * null for a day off, or `hapus` to go back to the pattern's rotation. Refused (nothing saved)
 * when a day's unit does not work in shifts or the code is not one of its shifts.
 */
export async function simpanJadwalShift(ctx: Konteks, pegawaiId: number, masukan: unknown) {
  const f = uraikan(skemaSimpanJadwalShift, masukan);
  const p = await ctx.db.maybeOne<{ id: number, nip: string, jalur_unit: string | null }>(sql`
    select id, nip, jalur_unit from pegawai p where instansi_id = ${ctx.instansiId} and id = ${pegawaiId} and ${syaratPegawaiKalender(ctx, 'kalender:jadwal')}`);
  if (!p) throw tidakDitemukan('Pegawai tidak ditemukan.');
  const urut = [...f.jadwal].sort((a, b) => a.tanggal.localeCompare(b.tanggal));
  const data = await bacaDataKalender(ctx.db, ctx.instansiId, urut[0]!.tanggal, urut[urut.length - 1]!.tanggal);
  const masalah: { kolom: string, pesan: string }[] = [];
  const dilihat = new Set<string>();
  f.jadwal.forEach((j, i) => {
    if (dilihat.has(j.tanggal)) masalah.push({ kolom: `jadwal.${i}.tanggal`, pesan: `${formatTanggal(j.tanggal)} disebut dua kali` });
    dilihat.add(j.tanggal);
    const v = versiBerlaku(data, idJalur(p.jalur_unit), j.tanggal);
    const pola = ATURAN_PRESENSI[v.aturanId]?.pola[v.pola];
    if (pola?.jenis !== 'shift') {
      masalah.push({ kolom: `jadwal.${i}.tanggal`, pesan: `pada ${formatTanggal(j.tanggal)} unit pegawai ini tidak bekerja dalam shift (${pola?.nama ?? v.pola})` });
    } else if (!j.hapus && j.kodeShift !== null && !Object.hasOwn(pola.shift, j.kodeShift)) {
      masalah.push({ kolom: `jadwal.${i}.kodeShift`, pesan: `shift "${j.kodeShift}" tidak ada; pilihan: ${
        Object.entries(pola.shift).map(([k, s]) => `${k} (${s.nama})`).join(', ')
      }` });
    }
  });
  if (masalah.length) throw tidakValid('Jadwal shift belum benar; tidak ada yang disimpan.', masalah);
  return ctx.db.transaction(async (tx) => {
    const oleh = ctx.pemanggil && !ctx.pemanggil.sistem ? ctx.pemanggil.akunId : null;
    for (const j of f.jadwal) {
      if (j.hapus) await tx.run(sql`delete from jadwal_shift where instansi_id = ${ctx.instansiId} and pegawai_id = ${p.id} and tanggal = ${j.tanggal}`);
      else {
        await tx.run(sql`
          insert into jadwal_shift (instansi_id, pegawai_id, tanggal, kode_shift, diubah_pada, diubah_oleh)
          values (${ctx.instansiId}, ${p.id}, ${j.tanggal}, ${j.kodeShift}, ${ctx.sekarang()}, ${oleh})
          on conflict (instansi_id, pegawai_id, tanggal) do update set kode_shift = excluded.kode_shift, diubah_pada = excluded.diubah_pada, diubah_oleh = excluded.diubah_oleh`);
      }
    }
    await catatAudit(denganDb(ctx, tx), { aksi: 'jadwal_shift.simpan', entitas: 'jadwal_shift', entitasId: p.id, pegawaiId: p.id,
      sesudah: { jadwal: f.jadwal.map((j) => ({ tanggal: j.tanggal, shift: j.hapus ? 'rotasi' : j.kodeShift ?? 'libur' })) } });
    return { pegawaiId: p.id, disimpan: f.jadwal.length };
  });
}
