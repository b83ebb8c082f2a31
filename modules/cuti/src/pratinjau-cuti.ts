import { sql } from '@simasn/db';
import { formatTanggal } from '@simasn/domain';
import { lingkup, syaratLingkup, tidakDitemukan, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { hariKerjaPerTahun, hitungHariKerja, jumlahHariKalender, rentangTanggal } from './aturan/hari-kerja.ts';
import { aturanCuti } from './aturan/jenis-absen.ts';
import { skemaPratinjauCuti } from './cuti.types.ts';
import { kalenderPegawai } from './kalender-pegawai.ts';
import { saldoPegawai } from './periksa-cuti.ts';

export { skemaPratinjauCuti } from './cuti.types.ts';

/**
 * What a request would take, before it is sent (the form shows it as the dates are picked):
 * working days under the employee's calendar, the days that do not count and why, and for cuti
 * tahunan the balance of the first year with what would be short.
 */
export async function pratinjauCuti(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaPratinjauCuti, masukan);
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'cuti:ajukan');
  const peg = await ctx.db.maybeOne<{ id: number }>(sql`select p.id from pegawai p where p.instansi_id = ${ctx.instansiId} and p.id = ${p.pegawaiId ?? 0} and ${syaratLingkup(l)}`);
  if (!peg) throw tidakDitemukan('Akun ini tidak terhubung dengan data pegawai.');
  const masalah: string[] = [];
  if (f.sampai < f.dari) return { hariKerja: 0, hariKalender: 0, kalender: '', hariLibur: [], saldo: null, masalah: ['Tanggal selesai sebelum tanggal mulai.'] };
  if (jumlahHariKalender(f.dari, f.sampai) > 1830) {
    return { hariKerja: 0, hariKalender: 0, kalender: '', hariLibur: [], saldo: null, masalah: ['Rentang tanggal terlalu panjang.'] };
  }
  const kal = await kalenderPegawai(ctx.db, ctx.instansiId, peg.id, f.dari, f.sampai);
  const hariKerja = hitungHariKerja(kal, f.dari, f.sampai);
  const hariLibur = rentangTanggal(f.dari, f.sampai).filter((t) => !kal.hariKerja(t)).slice(0, 60).map((t) => ({ tanggal: t, alasan: kal.alasanLibur?.(t) ?? 'Bukan hari kerja' }));
  const a = aturanCuti().jenis[f.jenis];
  let saldo = null;
  if (a.potongSaldo) {
    const perTahun = hariKerjaPerTahun(kal, f.dari, f.sampai);
    const semua = await saldoPegawai(ctx, peg.id, Math.max(Number(f.sampai.slice(0, 4)), ...perTahun.keys()));
    saldo = semua.find((s) => s.tahun === Number(f.dari.slice(0, 4))) ?? null;
    for (const [tahun, n] of perTahun) {
      const s = semua.find((x) => x.tahun === tahun);
      if (!s || s.hak === 0) masalah.push(`Belum berhak cuti tahunan pada tahun ${tahun}.`);
      else if (n > s.sisa) masalah.push(`Sisa cuti tahunan ${tahun} tinggal ${s.sisa} hari kerja; rentang ini memakai ${n} hari kerja.`);
    }
  }
  if (a.maksHariKerja && hariKerja > a.maksHariKerja) masalah.push(`${a.label} paling lama ${a.maksHariKerja} hari kerja.`);
  if (a.maksHariKalender && jumlahHariKalender(f.dari, f.sampai) > a.maksHariKalender) masalah.push(`${a.label} paling lama ${a.maksHariKalender} hari.`);
  if (hariKerja === 0) masalah.push(`Tidak ada hari kerja antara ${formatTanggal(f.dari)} dan ${formatTanggal(f.sampai)}.`);
  return { hariKerja, hariKalender: jumlahHariKalender(f.dari, f.sampai), kalender: kal.nama, hariLibur, saldo, masalah };
}
