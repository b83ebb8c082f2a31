import { createHash } from 'node:crypto';
import { join, raw, sql, type Sql } from '@simasn/db';
import { bersihkanNip } from '@simasn/domain';
import { catatAudit, denganDb, lingkup, namaBerkasAman, punyaIzin, syaratLingkup, terlarang, tidakDitemukan, tidakValid, wajibMasuk, type Konteks } from '@simasn/platform';
import { pegawaiDalamLingkup, type PegawaiInti } from '../pegawai/pegawai-dalam-lingkup.ts';
import { DEFINISI_RIWAYAT, jenisRiwayatSah } from '../riwayat/jenis-riwayat.ts';
import type { BerkasPegawai } from './berkas.types.ts';

export type { BerkasPegawai };

export const UKURAN_MAKS_BERKAS = 5 * 1024 * 1024;

export interface UnggahBerkas {
  namaBerkas: string;
  isi: Buffer;
  /** Attach to a riwayat entry (admins only); otherwise the file waits for a change proposal. */
  riwayatJenis?: string | null;
  riwayatId?: number | null;
  keterangan?: string | null;
}

/** Scanned documents are PDFs: checked by content, not by the name the browser sent. */
export function periksaPdf(isi: Buffer): string | null {
  if (isi.length === 0) return 'berkas kosong';
  if (isi.length > UKURAN_MAKS_BERKAS) return `berkas lebih dari ${UKURAN_MAKS_BERKAS / 1024 / 1024} MB`;
  if (isi.subarray(0, 5).toString('latin1') !== '%PDF-') return 'berkas bukan PDF';
  return null;
}

/**
 * Stores a PDF for an employee. An admin reaching the employee may attach it to a riwayat entry;
 * an ASN uploads for their own change proposals only.
 */
export async function unggahBerkas(ctx: Konteks, nip: string, u: UnggahBerkas): Promise<{ id: number, namaBerkas: string, ukuran: number }> {
  const p = wajibMasuk(ctx);
  const salah = periksaPdf(u.isi);
  if (salah) throw tidakValid('Berkas ditolak.', [{ kolom: 'berkas', pesan: salah }]);
  const keRiwayat = !!u.riwayatJenis && u.riwayatJenis !== 'usulan';
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    let pegawai: PegawaiInti;
    if (keRiwayat) {
      pegawai = await pegawaiDalamLingkup(c, nip, 'pegawai:ubah');
      const jenis = u.riwayatJenis!;
      if (!jenisRiwayatSah(jenis)) throw tidakValid('Jenis riwayat tidak dikenal.', [{ kolom: 'riwayatJenis', pesan: jenis }]);
      const ada = u.riwayatId && await tx.maybeOne(sql`select 1 from ${raw(DEFINISI_RIWAYAT[jenis].tabel)}
                                     where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawai.id} and id = ${u.riwayatId}`);
      if (!ada) throw tidakDitemukan('Riwayat yang dilampiri tidak ditemukan.');
    } else {
      pegawai = await pegawaiDalamLingkup(c, nip, punyaIzin(p, 'usulan:ajukan') ? 'usulan:ajukan' : 'pegawai:ubah');
    }
    const riwayatJenis = keRiwayat ? u.riwayatJenis! : 'usulan';
    return simpanBerkas(c, { pegawaiId: pegawai.id, riwayatJenis, riwayatId: keRiwayat ? u.riwayatId! : null, keterangan: u.keterangan ?? null, namaBerkas: u.namaBerkas,
      cadangan: 'dokumen.pdf', isi: u.isi });
  });
}

export interface BerkasBaru {
  pegawaiId: number;
  /** What the document belongs to: a riwayat kind, `usulan` (change proposal), `layanan` (service request). */
  riwayatJenis: string;
  riwayatId: number | null;
  keterangan: string | null;
  namaBerkas: string;
  /** The stored name when nothing of `namaBerkas` is left after sanitising. */
  cadangan: string;
  isi: Buffer;
}

/**
 * Stores a PDF in an employee's archive (`berkas` + `berkas_isi`): the one place that writes
 * those tables. Checks the content (PDF, size), makes the name safe, records the uploader and
 * audits `berkas.unggah`. It runs in the caller's transaction (pass the context whose `db` is the
 * transaction); access checks are the caller's (an upload route, a service request, a generated SK).
 */
export async function simpanBerkas(ctx: Konteks, b: BerkasBaru): Promise<{ id: number, namaBerkas: string, ukuran: number }> {
  const salah = periksaPdf(b.isi);
  if (salah) throw tidakValid('Berkas ditolak.', [{ kolom: 'berkas', pesan: salah }]);
  const p = ctx.pemanggil;
  const nama = namaBerkasAman(b.namaBerkas, b.cadangan);
  const r = await ctx.db.one<{ id: number }>(sql`
    insert into berkas (instansi_id, pegawai_id, riwayat_jenis, riwayat_id, keterangan, nama_berkas, jenis_mime, ukuran, sha256, diunggah_oleh, diunggah_pada)
    values (${ctx.instansiId}, ${b.pegawaiId}, ${b.riwayatJenis}, ${b.riwayatId}, ${b.keterangan}, ${nama}, 'application/pdf', ${b.isi.length},
            ${createHash('sha256').update(b.isi).digest('hex')}, ${p && !p.sistem ? p.akunId : null}, ${ctx.sekarang()})
    returning id`);
  await ctx.db.run(sql`insert into berkas_isi (instansi_id, berkas_id, isi) values (${ctx.instansiId}, ${r.id}, ${b.isi})`);
  await catatAudit(ctx, { aksi: 'berkas.unggah', entitas: 'berkas', entitasId: r.id, pegawaiId: b.pegawaiId,
    sesudah: { namaBerkas: nama, ukuran: b.isi.length, riwayatJenis: b.riwayatJenis, riwayatId: b.riwayatId } });
  return { id: r.id, namaBerkas: nama, ukuran: b.isi.length };
}

/**
 * Files a stored document under a riwayat entry of the same employee (a service's SK becomes the
 * employee's SK pangkat once the new golongan is recorded). Runs in the caller's transaction.
 */
export async function pindahkanBerkasKeRiwayat(ctx: Konteks, b: { berkasId: number, pegawaiId: number, riwayatJenis: string, riwayatId: number }): Promise<void> {
  await ctx.db.run(sql`update berkas set riwayat_jenis = ${b.riwayatJenis}, riwayat_id = ${b.riwayatId}
    where instansi_id = ${ctx.instansiId} and id = ${b.berkasId} and pegawai_id = ${b.pegawaiId}`);
}

/**
 * A document's bytes. Documents are personal data: the caller's personal-data reach must cover
 * the employee, or the document must support a change proposal the caller may verify.
 */
export async function ambilBerkas(ctx: Konteks, nip: string, id: number): Promise<{ namaBerkas: string, isi: Buffer }> {
  const p = wajibMasuk(ctx);
  const syarat: Sql[] = [];
  if (punyaIzin(p, 'pegawai:data_pribadi')) syarat.push(syaratLingkup(lingkup(ctx, 'pegawai:data_pribadi')));
  if (punyaIzin(p, 'usulan:verifikasi')) {
    syarat.push(sql`(b.riwayat_jenis = 'usulan' and ${syaratLingkup(lingkup(ctx, 'usulan:verifikasi'))})`);
  }
  if (!syarat.length) throw terlarang('Anda tidak berwenang membuka dokumen pegawai.');
  const r = await ctx.db.maybeOne<{ nama_berkas: string, isi: Uint8Array, pegawai_id: number }>(sql`
    select b.nama_berkas, i.isi, b.pegawai_id
      from berkas b
      join berkas_isi i on i.instansi_id = b.instansi_id and i.berkas_id = b.id
      join pegawai p on p.instansi_id = b.instansi_id and p.id = b.pegawai_id
     where b.instansi_id = ${ctx.instansiId} and b.id = ${id} and p.nip = ${bersihkanNip(nip)} and (${join(syarat, ' or ')})`);
  if (!r) throw tidakDitemukan('Dokumen tidak ditemukan.');
  if (p.pegawaiId !== r.pegawai_id && !p.sistem) {
    await catatAudit(ctx, { aksi: 'berkas.unduh', entitas: 'berkas', entitasId: id, pegawaiId: r.pegawai_id });
  }
  return { namaBerkas: r.nama_berkas, isi: Buffer.from(r.isi) };
}

/** The documents of one employee (metadata only), for the profile's document tab. */
export async function daftarBerkas(ctx: Konteks, nip: string): Promise<BerkasPegawai[]> {
  const l = lingkup(ctx, 'pegawai:data_pribadi');
  return ctx.db.many<BerkasPegawai>(sql`
    select b.id, b.nama_berkas as "namaBerkas", b.ukuran, b.riwayat_jenis as "riwayatJenis", b.riwayat_id as "riwayatId",
           b.keterangan, b.diunggah_pada as "diunggahPada"
      from berkas b join pegawai p on p.instansi_id = b.instansi_id and p.id = b.pegawai_id
     where p.instansi_id = ${ctx.instansiId} and p.nip = ${bersihkanNip(nip)} and ${syaratLingkup(l)}
     order by b.diunggah_pada desc, b.id desc`);
}
