import { sql } from '@simasn/db';
import { formatTanggal, hariIniIso, tambahHari } from '@simasn/domain';
import { catatAudit, denganDb, konflik, lingkup, syaratLingkup, terlarang, tidakDitemukan, tidakValid, uraikan, wajibMasuk, z, type Konteks } from '@simasn/platform';
import { ajukanUsulanLayanan, definisikanLayanan, LABEL_AKSI, langkahSaga, prosesUsulanLayanan, type Transisi } from '@simasn/platform/alur';
import { hitungHariKerja } from './aturan/hari-kerja.ts';
import { LABEL_JENIS_ABSEN, type JenisAbsen } from './aturan/jenis-absen.ts';
import { skemaAjukanPembatalanCuti, skemaProsesPembatalanCuti } from './cuti.types.ts';
import { ambilCuti } from './daftar-cuti.ts';
import { kalenderPegawai } from './kalender-pegawai.ts';
import { kunciPegawaiCuti } from './periksa-cuti.ts';
import { auditPengganti, denganPengganti } from './pengganti/pengganti-atasan.ts';

export { skemaAjukanPembatalanCuti, skemaProsesPembatalanCuti } from './cuti.types.ts';

interface CutiAsal {
  id: number;
  pegawaiId: number;
  nip: string;
  jenis: JenisAbsen;
  dari: string;
  sampai: string;
  hariKerja: number;
  sampaiSemula: string | null;
  status: string;
}

async function bacaCutiAsal(ctx: Konteks, id: number): Promise<CutiAsal | undefined> {
  return ctx.db.maybeOne<CutiAsal>(sql`
    select c.usulan_id as id, c.pegawai_id as "pegawaiId", p.nip, c.jenis, c.dari::text as dari, c.sampai::text as sampai, c.hari_kerja as "hariKerja",
           c.sampai_semula::text as "sampaiSemula", u.status
      from usulan_cuti c join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
      join pegawai p on p.instansi_id = c.instansi_id and p.id = c.pegawai_id
     where c.instansi_id = ${ctx.instansiId} and c.usulan_id = ${id}`);
}

/** Working days of the approved request from `mulai` to its last day: what the employee gets back. */
async function hariKembali(ctx: Konteks, c: CutiAsal, mulai: string): Promise<number> {
  if (mulai > c.sampai) return 0;
  const kal = await kalenderPegawai(ctx.db, ctx.instansiId, c.pegawaiId, mulai, c.sampai);
  return hitungHariKerja(kal, mulai, c.sampai);
}

/** Why a cancellation from `mulai` cannot be asked or applied now (null: it can). */
function masalahPembatalan(c: CutiAsal, mulai: string, hariIni: string): string | null {
  if (c.status !== 'selesai') return 'Hanya usulan yang sudah disetujui yang dibatalkan dengan permohonan pembatalan; usulan yang masih berjalan dapat ditarik kembali.';
  if (c.sampaiSemula) return 'Usulan ini sudah pernah dibatalkan.';
  if (c.sampai < hariIni) return `Cuti ini sudah selesai pada ${formatTanggal(c.sampai)}; hari yang sudah lewat tidak dapat dibatalkan.`;
  return mulai < hariIni ?
    `tidak boleh sebelum hari ini (${formatTanggal(hariIni)})` :
    mulai < c.dari ?
    `tidak boleh sebelum hari pertama cuti (${formatTanggal(c.dari)})` :
    mulai > c.sampai ?
    `tidak boleh sesudah hari terakhir cuti (${formatTanggal(c.sampai)})` :
    null;
}

/**
 * Applied when the atasan approves the cancellation, in the transition's transaction: the leave
 * ends the day before `mulai` (an empty range when it had not started), the working days from
 * `mulai` return to the balance, and the days' status reverts for every reader (the day's
 * status, today's dashboard, the activity log) because they all read the request's range.
 */
const terapkanPembatalan = langkahSaga<Transisi>({ nama: 'terapkan-pembatalan', jalankan: async (_h, t) => {
  const ctx = t.ctx;
  const b = await ctx.db.one<{ usulanCutiId: number, mulai: string }>(sql`
    select usulan_cuti_id as "usulanCutiId", mulai::text as mulai from pembatalan_cuti where instansi_id = ${ctx.instansiId} and usulan_id = ${t.usulan.id}`);
  const c = (await bacaCutiAsal(ctx, b.usulanCutiId))!;
  await kunciPegawaiCuti(ctx, c.pegawaiId);
  if (c.status !== 'selesai' || c.sampaiSemula) throw konflik('Usulan cuti ini sudah tidak dapat dibatalkan (sudah dibatalkan atau tidak lagi berlaku).');
  const mulai = [b.mulai, c.dari].sort().at(-1)!;
  const kembali = await hariKembali(ctx, c, mulai);
  const sampaiBaru = tambahHari(mulai, -1);
  const hariKerjaBaru = Math.max(0, c.hariKerja - kembali);
  await ctx.db.run(sql`update usulan_cuti set sampai_semula = sampai, hari_kerja_semula = hari_kerja, sampai = ${sampaiBaru}::date, hari_kerja = ${hariKerjaBaru}
    where instansi_id = ${ctx.instansiId} and usulan_id = ${c.id}`);
  await ctx.db.run(sql`update pembatalan_cuti set hari_kembali = ${kembali} where instansi_id = ${ctx.instansiId} and usulan_id = ${t.usulan.id}`);
  await catatAudit(ctx, { aksi: 'cuti.batal', entitas: 'usulan_cuti', entitasId: c.id, pegawaiId: c.pegawaiId, sebelum: { dari: c.dari, sampai: c.sampai, hariKerja: c.hariKerja },
    sesudah: { dari: c.dari, sampai: sampaiBaru < c.dari ? null : sampaiBaru, hariKerja: hariKerjaBaru, hariKembali: kembali, pembatalan: t.usulan.id } });
} });

const bukanDiriSendiri = langkahSaga<Transisi>({ nama: 'bukan-diri-sendiri', jalankan: async (_h, t) => {
  const p = t.ctx.pemanggil;
  if (p && !p.sistem && p.pegawaiId === t.usulan.pegawaiId) throw terlarang('Permohonan Anda sendiri diputuskan oleh atasan Anda, bukan oleh Anda.');
} });

/**
 * Cancelling an approved leave request (before or during the leave) is a request of its own on
 * the workflow engine: the ASN asks, the atasan langsung approves or rejects with a reason. One
 * open cancellation per leave request (keyed by its number).
 */
export const LAYANAN_PEMBATALAN_CUTI = definisikanLayanan({ jenis: 'pembatalan_cuti', label: 'Pembatalan cuti', langkah: [
  { kode: 'pengajuan', label: 'Permohonan pembatalan', peran: ['asn'], izin: 'cuti:ajukan', aksi: ['teruskan', 'batalkan'] },
  { kode: 'atasan', label: 'Persetujuan atasan langsung', peran: ['atasan'], izin: 'cuti:setujui', aksi: ['setujui', 'tolak'], tenggatHari: 3,
    efek: { setujui: [bukanDiriSendiri, terapkanPembatalan], tolak: [bukanDiriSendiri] } },
], dokumen: [], skemaAjukan: z.object({ usulanCutiId: z.number(), mulai: z.string() }).loose(),
  judul: (u) => `Pembatalan cuti nomor ${String(u.data.usulanCutiId)} mulai ${formatTanggal(String(u.data.mulai))} - ${u.nama}`, izinBaca: 'cuti:baca',
  kunciTerbuka: (d) => String(d.usulanCutiId), pemohonBolehBatalkan: true, tautan: { pelaku: () => '/persetujuan', pegawai: '/cuti' } });

/**
 * The ASN asks to cancel their approved leave request from `mulai` (the first day back at work:
 * today or later, within the leave). The request goes at once to the atasan; the leave stands as
 * approved until the atasan decides.
 */
export async function ajukanPembatalanCuti(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaAjukanPembatalanCuti, masukan, 'Permohonan pembatalan belum benar.');
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'cuti:ajukan');
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const milik = await tx.maybeOne<{ id: number }>(sql`
      select p.id from usulan_cuti x join pegawai p on p.instansi_id = x.instansi_id and p.id = x.pegawai_id
       where x.instansi_id = ${ctx.instansiId} and x.usulan_id = ${id} and p.id = ${p.pegawaiId ?? 0} and ${syaratLingkup(l)}`);
    if (!milik) throw tidakDitemukan(`Usulan cuti nomor ${id} tidak ditemukan di antara usulan Anda.`);
    await kunciPegawaiCuti(c, milik.id);
    const asal = (await bacaCutiAsal(c, id))!;
    const masalah = masalahPembatalan(asal, f.mulai, hariIni);
    if (masalah) {
      if (asal.status !== 'selesai' || asal.sampaiSemula || asal.sampai < hariIni) throw konflik(masalah);
      throw tidakValid('Permohonan pembatalan belum benar.', [{ kolom: 'mulai', pesan: masalah }]);
    }
    const kembali = await hariKembali(c, asal, f.mulai);
    const u = await ajukanUsulanLayanan(c, { jenis: LAYANAN_PEMBATALAN_CUTI.jenis, nip: asal.nip, data: { usulanCutiId: id, mulai: f.mulai, hariKembali: kembali } });
    await tx.run(sql`insert into pembatalan_cuti (instansi_id, usulan_id, usulan_cuti_id, mulai, alasan, hari_kembali, dibuat_pada)
      values (${ctx.instansiId}, ${u.id}, ${id}, ${f.mulai}, ${f.alasan}, ${kembali}, ${ctx.sekarang()})`);
    await catatAudit(c, { aksi: 'cuti.ajukan_batal', entitas: 'usulan_cuti', entitasId: id, pegawaiId: asal.pegawaiId,
      sesudah: { pembatalan: u.id, jenis: LABEL_JENIS_ABSEN[asal.jenis], mulai: f.mulai, hariKembali: kembali, alasan: f.alasan } });
    await prosesUsulanLayanan(c, u.id, { aksi: 'teruskan', versi: u.versi });
  });
  return ambilCuti(ctx, id);
}

/**
 * A decision on the open cancellation of leave request `id`: the atasan approves (the leave is
 * shortened, the balance returns) or rejects with a reason; the ASN may withdraw it. At the
 * version the actor saw (one winner, 409 for the other).
 */
export async function prosesPembatalanCuti(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaProsesPembatalanCuti, masukan);
  const b = await ctx.db.maybeOne<{ id: number, pegawaiId: number }>(sql`
    select b.usulan_id as id, u.pegawai_id as "pegawaiId" from pembatalan_cuti b join usulan_layanan u on u.instansi_id = b.instansi_id and u.id = b.usulan_id
     where b.instansi_id = ${ctx.instansiId} and b.usulan_cuti_id = ${id} and u.status in ('diproses', 'dikembalikan') order by b.usulan_id desc limit 1`);
  if (!b) throw tidakDitemukan(`Tidak ada permohonan pembatalan yang berjalan untuk usulan cuti nomor ${id}.`);
  const { ctx: c, pengganti } = await denganPengganti(ctx);
  await c.db.transaction(async (tx) => {
    const t = denganDb(c, tx);
    await prosesUsulanLayanan(t, b.id, { aksi: f.aksi, versi: f.versi, alasan: f.alasan ?? null });
    if (f.aksi !== 'batalkan') {
      await auditPengganti(t, pengganti, { entitas: 'usulan_cuti', entitasId: id, pegawaiId: b.pegawaiId, keputusan: `Pembatalan ${LABEL_AKSI[f.aksi].toLowerCase()}` });
    }
  });
  return ambilCuti(c, id);
}
