import { formatTanggal, type HariLibur, LABEL_JENIS_LIBUR } from '@simasn/domain';
import { catatAudit, denganDb, lingkup, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { daftarLibur } from './daftar-libur.ts';
import { skemaUbahLibur } from './libur.types.ts';
import { daftarVersiLibur, hariVersiLibur, tulisVersiLibur } from './versi-libur.ts';

export { skemaUbahLibur };

/**
 * A local change to a year's list (a libur daerah added, a cuti bersama the kabupaten does not
 * take removed, the year's Ramadan range set): written as a new version on top of the one in
 * force, with its reason; the older versions stay.
 */
export async function ubahLibur(ctx: Konteks, masukan: unknown) {
  lingkup(ctx, 'kalender:kelola');
  const f = uraikan(skemaUbahLibur, masukan);
  const masalah: { kolom: string, pesan: string }[] = [];
  const diTahun = (t: string) => t.slice(0, 4) === String(f.tahun);
  if (f.tambah && !diTahun(f.tambah.tanggal)) masalah.push({ kolom: 'tambah.tanggal', pesan: `tanggal harus di tahun ${f.tahun}` });
  if (f.hapus && !diTahun(f.hapus)) masalah.push({ kolom: 'hapus', pesan: `tanggal harus di tahun ${f.tahun}` });
  if (f.ramadan && f.ramadan.dari > f.ramadan.sampai) masalah.push({ kolom: 'ramadan.sampai', pesan: 'akhir Ramadan tidak boleh sebelum awalnya' });
  if (f.ramadan && !diTahun(f.ramadan.dari)) masalah.push({ kolom: 'ramadan.dari', pesan: `awal Ramadan harus di tahun ${f.tahun}` });
  if (masalah.length) throw tidakValid('Perubahan daftar libur belum benar.', masalah);
  await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const [berlaku] = await daftarVersiLibur(tx, ctx.instansiId, f.tahun);
    const hari: HariLibur[] = berlaku ? await hariVersiLibur(tx, ctx.instansiId, berlaku.id) : [];
    const uraian: string[] = [];
    let daftar = hari;
    if (f.hapus) {
      const h = hari.find((x) => x.tanggal === f.hapus);
      if (!h) throw tidakValid('Tanggal itu bukan hari libur.', [{ kolom: 'hapus', pesan: `${formatTanggal(f.hapus)} tidak ada dalam daftar libur ${f.tahun} yang berlaku` }]);
      daftar = daftar.filter((x) => x.tanggal !== f.hapus);
      uraian.push(`menghapus ${formatTanggal(h.tanggal)} (${h.nama})`);
    }
    if (f.tambah) {
      const t = f.tambah;
      if (daftar.some((x) => x.tanggal === t.tanggal)) {
        throw tidakValid('Tanggal itu sudah hari libur.', [{ kolom: 'tambah.tanggal', pesan: `${formatTanggal(t.tanggal)} sudah ada dalam daftar libur ${f.tahun}` }]);
      }
      daftar = [...daftar, { tanggal: t.tanggal, nama: t.nama, jenis: t.jenis }].sort((a, b) => a.tanggal.localeCompare(b.tanggal));
      uraian.push(`menambah ${formatTanggal(t.tanggal)} (${t.nama}, ${LABEL_JENIS_LIBUR[t.jenis].toLowerCase()})`);
    }
    let ramadan = berlaku?.ramadan_dari && berlaku.ramadan_sampai ? { dari: berlaku.ramadan_dari, sampai: berlaku.ramadan_sampai } : null;
    if (f.ramadan !== undefined) {
      ramadan = f.ramadan;
      uraian.push(f.ramadan ? `Ramadan ${formatTanggal(f.ramadan.dari)} sampai ${formatTanggal(f.ramadan.sampai)}` : 'menghapus rentang Ramadan (kembali ke aturan)');
    }
    const keterangan = `Perubahan daerah: ${uraian.join('; ')}. Alasan: ${f.alasan}`;
    const v = await tulisVersiLibur(c, { tahun: f.tahun, sumber: 'ubah', keterangan, ramadan, hari: daftar });
    await catatAudit(c, { aksi: 'libur.ubah', entitas: 'daftar_libur', entitasId: v.id, keterangan, sebelum: berlaku ? { tahun: f.tahun, versi: berlaku.versi } : undefined,
      sesudah: { tahun: f.tahun, versi: v.versi, jumlahHari: daftar.length, ramadan } });
  });
  return daftarLibur(ctx, { tahun: f.tahun });
}
