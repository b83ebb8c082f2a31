import { join, raw, sql, type Db } from '@simasn/db';
import { GOLONGAN_PPPK } from '@simasn/domain';
import { catatAudit, konflik, labelSumberAudit, tidakDitemukan, tidakValid, type Konteks } from '@simasn/platform';
import type { PegawaiInti } from '../pegawai/pegawai-dalam-lingkup.ts';
import { perbaruiDataTerkini } from './data-terkini.ts';
import { DEFINISI_RIWAYAT, type JenisRiwayat } from './jenis-riwayat.ts';
import { dariKolom, keKolom } from './kolom-riwayat.ts';

/**
 * Writes to the riwayat tables. No permission checks here: the actions (tambah/ubah/hapus
 * riwayat, approving a change proposal) decide who may write, then call these inside their
 * transaction. Every write refreshes the derived current state and lands in the audit log.
 */
export type SumberData = 'manual' | 'impor' | 'usulan' | 'demo' | 'skp' | 'kursus' | 'verifikasi_diklat' | 'ujian';

function periksaKonsistensi(pegawai: PegawaiInti, jenis: JenisRiwayat, data: Record<string, unknown>) {
  if (jenis === 'pangkat') {
    const pppk = (GOLONGAN_PPPK as readonly string[]).includes(String(data.golongan));
    if (pppk !== (pegawai.statusKepegawaian === 'PPPK')) {
      throw tidakValid('Golongan tidak sesuai status kepegawaian.', [{ kolom: 'golongan',
        pesan: pegawai.statusKepegawaian === 'PPPK' ? 'PPPK memakai golongan I-XVII' : 'PNS/CPNS memakai golongan I/a-IV/e' }]);
    }
  }
}

export async function sisipRiwayat(ctx: Konteks, pegawai: PegawaiInti, jenis: JenisRiwayat, data: Record<string, unknown>,
  sumber: SumberData): Promise<{ id: number, versi: number }>
{
  periksaKonsistensi(pegawai, jenis, data);
  const def = DEFINISI_RIWAYAT[jenis];
  const kolom = keKolom(jenis, data);
  const nama = Object.keys(kolom);
  const r = await ctx.db.one<{ id: number, versi: number }>(sql`
    insert into ${raw(def.tabel)} (instansi_id, pegawai_id, sumber, ${raw(nama.join(', '))})
    values (${ctx.instansiId}, ${pegawai.id}, ${sumber}, ${join(nama.map((k) => sql`${kolom[k]}`))})
    returning id, versi`);
  if (def.memengaruhiTerkini) await perbaruiDataTerkini(ctx.db, ctx.instansiId, [pegawai.id]);
  await catatAudit(ctx, { aksi: `riwayat_${jenis}.tambah`, entitas: def.tabel, entitasId: r.id, pegawaiId: pegawai.id, sesudah: data,
    keterangan: sumber === 'manual' ? null : `Sumber data: ${labelSumberAudit(sumber)}` });
  return r;
}

async function ambilBaris(db: Db, instansiId: number, pegawaiId: number, jenis: JenisRiwayat, id: number) {
  const def = DEFINISI_RIWAYAT[jenis];
  const b = await db.maybeOne<Record<string, unknown> & { versi: number }>(sql`
    select * from ${raw(def.tabel)} where instansi_id = ${instansiId} and pegawai_id = ${pegawaiId} and id = ${id}`);
  if (!b) throw tidakDitemukan(`${def.label}: data #${id} tidak ditemukan.`);
  return b;
}

/** Optimistic concurrency: `versi` is the version the user saw; a newer one means someone else wrote first. */
export async function perbaruiRiwayat(ctx: Konteks, pegawai: PegawaiInti, jenis: JenisRiwayat, id: number, data: Record<string, unknown>, versi: number,
  sumber: SumberData): Promise<{ id: number, versi: number }>
{
  periksaKonsistensi(pegawai, jenis, data);
  const def = DEFINISI_RIWAYAT[jenis];
  const lama = await ambilBaris(ctx.db, ctx.instansiId, pegawai.id, jenis, id);
  const kolom = keKolom(jenis, data);
  const set = Object.entries(kolom).map(([k, v]) => sql`${raw(k)} = ${v}`);
  const r = await ctx.db.maybeOne<{ id: number, versi: number }>(sql`
    update ${raw(def.tabel)} set ${join(set)}, sumber = ${sumber}, versi = versi + 1
     where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawai.id} and id = ${id} and versi = ${versi}
    returning id, versi`);
  if (!r) throw konflik(`${def.label} ini sudah diubah orang lain (versi ${lama.versi}, Anda mengubah versi ${versi}). Muat ulang lalu ulangi.`);
  if (def.memengaruhiTerkini) await perbaruiDataTerkini(ctx.db, ctx.instansiId, [pegawai.id]);
  await catatAudit(ctx, { aksi: `riwayat_${jenis}.ubah`, entitas: def.tabel, entitasId: id, pegawaiId: pegawai.id, sebelum: dariKolom(jenis, lama), sesudah: data,
    keterangan: sumber === 'manual' ? null : `Sumber data: ${labelSumberAudit(sumber)}` });
  return r;
}

export async function buangRiwayat(ctx: Konteks, pegawai: PegawaiInti, jenis: JenisRiwayat, id: number, versi: number): Promise<void> {
  const def = DEFINISI_RIWAYAT[jenis];
  const lama = await ambilBaris(ctx.db, ctx.instansiId, pegawai.id, jenis, id);
  // Documents stay in the archive, detached from the deleted entry.
  await ctx.db.run(sql`update berkas set riwayat_id = null where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawai.id}
                        and riwayat_jenis = ${jenis} and riwayat_id = ${id}`);
  const n = await ctx.db.run(sql`delete from ${raw(def.tabel)}
                                  where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawai.id} and id = ${id} and versi = ${versi}`);
  if (n === 0) throw konflik(`${def.label} ini sudah diubah orang lain. Muat ulang lalu ulangi.`);
  if (def.memengaruhiTerkini) await perbaruiDataTerkini(ctx.db, ctx.instansiId, [pegawai.id]);
  await catatAudit(ctx, { aksi: `riwayat_${jenis}.hapus`, entitas: def.tabel, entitasId: id, pegawaiId: pegawai.id, sebelum: dariKolom(jenis, lama) });
}

export { ambilBaris as ambilBarisRiwayat };
