import { sql } from '@simasn/db';
import { formatTanggal } from '@simasn/domain';
import { konflik, tidakValid, type Konteks } from '@simasn/platform';
import type { LABEL_STATUS } from '@simasn/platform/alur';
import { hariKerjaPerTahun, hitungHariKerja } from './aturan/hari-kerja.ts';
import { aturanCuti, LABEL_JENIS_ABSEN, type JenisAbsen } from './aturan/jenis-absen.ts';
import { hitungSaldoCuti, type SaldoTahun } from './aturan/saldo-cuti.ts';
import { kalenderPegawai } from './kalender-pegawai.ts';

/** Requests that hold their days: waiting, returned for a fix, or approved. */
export const STATUS_MEMEGANG = ['diproses', 'dikembalikan', 'selesai'] as const;

/** Serialises the requests of one employee (two simultaneous overlapping requests: one wins). */
export async function kunciPegawaiCuti(ctx: Konteks, pegawaiId: number): Promise<void> {
  await ctx.db.run(sql`select pg_advisory_xact_lock(hashtextextended(${`cuti:${ctx.instansiId}:${pegawaiId}`}, 0))`);
}

/**
 * The cuti tahunan balance of an employee per year up to `sampaiTahun`: approved requests are
 * taken, waiting ones reserved; `kecuali` leaves one request out (the one being checked).
 */
export async function saldoPegawai(ctx: Konteks, pegawaiId: number, sampaiTahun: number, kecuali?: number): Promise<SaldoTahun[]> {
  const aturan = aturanCuti();
  const p = await ctx.db.one<{ tmtCpns: string | null }>(sql`select tmt_cpns::text as "tmtCpns" from pegawai where instansi_id = ${ctx.instansiId} and id = ${pegawaiId}`);
  const rows = await ctx.db.many<{ dari: string, sampai: string, status: string }>(sql`
    select c.dari::text as dari, c.sampai::text as sampai, u.status
      from usulan_cuti c join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
     where c.instansi_id = ${ctx.instansiId} and c.pegawai_id = ${pegawaiId} and c.jenis = 'cuti_tahunan'
       and u.status = any(${[...STATUS_MEMEGANG]}::text[]) and c.usulan_id <> ${kecuali ?? 0}
       and c.dari <= ${`${sampaiTahun}-12-31`}::date`);
  const terpakai = new Map<number, number>();
  const diproses = new Map<number, number>();
  if (rows.length) {
    const batas = rows.flatMap((r) => [r.dari, r.sampai]).sort();
    const min = batas[0]!;
    const max = batas.at(-1)!;
    const kal = await kalenderPegawai(ctx.db, ctx.instansiId, pegawaiId, min, max);
    for (const r of rows) {
      const tujuan = r.status === 'selesai' ? terpakai : diproses;
      for (const [t, n] of hariKerjaPerTahun(kal, r.dari, r.sampai)) tujuan.set(t, (tujuan.get(t) ?? 0) + n);
    }
  }
  return hitungSaldoCuti(aturan, { tmtCpns: p.tmtCpns, sampaiTahun, terpakai, diproses });
}

/**
 * Checks a request's dates against the employee's other requests (no two may share a day) and,
 * for cuti tahunan, against the balance of every year it touches. Returns the working days it
 * takes. 409 on an overlap, 422 when the balance is short. Run under `kunciPegawaiCuti`.
 */
export async function periksaTanggalDanSaldo(ctx: Konteks, c: { pegawaiId: number, jenis: JenisAbsen, dari: string, sampai: string, kecuali?: number }) {
  const tabrak = await ctx.db.maybeOne<{ id: number, jenis: JenisAbsen, dari: string, sampai: string, status: keyof typeof LABEL_STATUS }>(sql`
    select c.usulan_id as id, c.jenis, c.dari::text as dari, c.sampai::text as sampai, u.status
      from usulan_cuti c join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
     where c.instansi_id = ${ctx.instansiId} and c.pegawai_id = ${c.pegawaiId} and u.status = any(${[...STATUS_MEMEGANG]}::text[])
       and c.usulan_id <> ${c.kecuali ?? 0} and c.dari <= ${c.sampai}::date and c.sampai >= ${c.dari}::date
     order by c.dari limit 1`);
  if (tabrak) {
    const status = tabrak.status === 'selesai' ? 'sudah disetujui' : tabrak.status === 'dikembalikan' ? 'dikembalikan untuk perbaikan' : 'masih menunggu persetujuan';
    throw konflik(
      `Tanggal ini bertabrakan dengan usulan ${LABEL_JENIS_ABSEN[tabrak.jenis]} ${formatTanggal(tabrak.dari)}${
        tabrak.sampai !== tabrak.dari ? ` s.d. ${formatTanggal(tabrak.sampai)}` : ''
      } (nomor ${tabrak.id}, ${status}). Pilih tanggal lain, atau batalkan usulan itu lebih dulu.`,
      { usulanId: tabrak.id },
    );
  }
  const kal = await kalenderPegawai(ctx.db, ctx.instansiId, c.pegawaiId, c.dari, c.sampai);
  const hariKerja = hitungHariKerja(kal, c.dari, c.sampai);
  const aturan = aturanCuti().jenis[c.jenis];
  if (aturan.potongSaldo) {
    if (hariKerja === 0) throw tidakValid('Rentang tanggal ini tidak memuat hari kerja.', [{ kolom: 'sampai', pesan: 'pilih rentang yang memuat hari kerja' }]);
    const perTahun = hariKerjaPerTahun(kal, c.dari, c.sampai);
    const saldo = await saldoPegawai(ctx, c.pegawaiId, Math.max(...perTahun.keys()), c.kecuali);
    for (const [tahun, n] of perTahun) {
      const s = saldo.find((x) => x.tahun === tahun);
      if (!s || s.hak === 0) {
        throw tidakValid(`Belum berhak cuti tahunan pada tahun ${tahun}.`, [{ kolom: 'dari', pesan: s?.penjelasan ?? 'cuti tahunan diberikan setelah 1 tahun masa kerja' }]);
      }
      if (n > s.sisa) {
        throw tidakValid(`Sisa cuti tahunan ${tahun} tidak cukup.`, [{ kolom: 'sampai',
          pesan: `sisa ${s.sisa} hari kerja${s.diproses ? ` (${s.diproses} hari lagi sedang diusulkan)` : ''}, usulan ini memakai ${n} hari kerja` }]);
      }
    }
  }
  return { hariKerja };
}

/** The same check for a stored request, again (sending it on, approving it). */
export async function periksaCutiTersimpan(ctx: Konteks, usulanId: number) {
  const c = await ctx.db.one<{ pegawaiId: number, jenis: JenisAbsen, dari: string, sampai: string }>(sql`
    select pegawai_id as "pegawaiId", jenis, dari::text as dari, sampai::text as sampai from usulan_cuti where instansi_id = ${ctx.instansiId} and usulan_id = ${usulanId}`);
  await kunciPegawaiCuti(ctx, c.pegawaiId);
  return periksaTanggalDanSaldo(ctx, { ...c, kecuali: usulanId });
}
