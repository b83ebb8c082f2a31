import { tidakDitemukan, uraikan, type Konteks, lingkup } from '@simasn/platform';
import { skemaDaftarLibur } from './libur.types.ts';
import { type BarisVersiLibur, daftarVersiLibur, hariVersiLibur } from './versi-libur.ts';

export { skemaDaftarLibur };

export const versiLiburKeRespons = (v: BarisVersiLibur) => ({ id: v.id, tahun: v.tahun, versi: v.versi, sumber: v.sumber, keterangan: v.keterangan, ramadanDari: v.ramadan_dari,
  ramadanSampai: v.ramadan_sampai, dibuatPada: new Date(v.dibuat_pada).toISOString(), jumlahHari: v.jumlah_hari });

/**
 * A year's holiday and cuti bersama list: the version in force (or the one asked for), its days,
 * every version of the year, and what the chosen version changed from the one before it.
 */
export async function daftarLibur(ctx: Konteks, masukan: unknown) {
  lingkup(ctx, 'kalender:baca');
  const f = uraikan(skemaDaftarLibur, masukan);
  const versi = await daftarVersiLibur(ctx.db, ctx.instansiId, f.tahun);
  const dipilih = f.versi === undefined ? versi[0] : versi.find((v) => v.versi === f.versi);
  if (f.versi !== undefined && !dipilih) throw tidakDitemukan(`Daftar libur ${f.tahun} versi ${f.versi} tidak ada.`);
  const hari = dipilih ? await hariVersiLibur(ctx.db, ctx.instansiId, dipilih.id) : [];
  const sebelum = dipilih ? versi.find((v) => v.versi === dipilih.versi - 1) : undefined;
  const hariSebelum = sebelum ? await hariVersiLibur(ctx.db, ctx.instansiId, sebelum.id) : [];
  const kunci = (h: { tanggal: string, nama: string, jenis: string }) => `${h.tanggal}|${h.nama}|${h.jenis}`;
  const lama = new Set(hariSebelum.map(kunci));
  const baru = new Set(hari.map(kunci));
  return { tahun: f.tahun, dipilih: dipilih ? versiLiburKeRespons(dipilih) : null, berlaku: versi[0]?.versi ?? null, hari, versi: versi.map(versiLiburKeRespons),
    perubahan: sebelum ? { ditambah: hari.filter((h) => !lama.has(kunci(h))), dihapus: hariSebelum.filter((h) => !baru.has(kunci(h))) } : { ditambah: [], dihapus: [] } };
}
