import { createHash } from 'node:crypto';
import { raw, sql } from '@simasn/db';
import { apakahXlsx, bacaXlsx, catatAudit, denganDb, GalatAplikasi, type Konteks, type MasalahIsian, type TabelMentah } from '@simasn/platform';
import { renstraUntukDiubah } from '../renstra/renstra.ts';
import { simpanIndikator } from '../renstra/simpan-indikator.ts';
import { simpanProgramKegiatan } from '../renstra/simpan-program-kegiatan.ts';
import { simpanSasaran } from '../renstra/simpan-sasaran.ts';
import { simpanTujuan } from '../renstra/simpan-tujuan.ts';
import type { HasilImporRenstra, MasalahImporRenstra } from './impor.types.ts';
import { validasiRenstra, type RencanaImpor } from './validasi-renstra.ts';

export interface BerkasRenstra {
  namaBerkas: string;
  isi: Buffer;
}
type Hitungan = { baru: number, diubah: number };
export type { HasilImporRenstra };

/** A row refused while writing (e.g. a clash the check could not see): rolls everything back, reported by its row. */
class BarisDitolak extends Error {
  readonly masalah: MasalahImporRenstra[];
  constructor(masalah: MasalahImporRenstra[]) {
    super('baris ditolak');
    this.masalah = masalah;
  }
}

const URUTAN_TINGKAT = { program: 0, kegiatan: 1, sub_kegiatan: 2 } as const;

/**
 * Imports the Renstra workbook into a Renstra the caller manages. Every row is checked first
 * (validasiRenstra); with any problem nothing is written and every problem is reported. Otherwise
 * all rows are written in one transaction through the same actions the app uses (matched by
 * code: an existing part is updated at the version just read, a new one added), each with its
 * audit entry, plus one entry for the import with the file's SHA-256: all or nothing.
 */
export async function imporRenstra(ctx: Konteks, renstraId: number, berkas: BerkasRenstra): Promise<HasilImporRenstra> {
  const r = await renstraUntukDiubah(ctx, renstraId);
  const tahun = Array.from({ length: r.tahun_akhir - r.tahun_awal + 1 }, (_, i) => r.tahun_awal + i);
  const gagal = (masalah: MasalahImporRenstra[], jumlahBaris = 0): HasilImporRenstra => ({ ok: false, jumlahBaris, masalah, ditulis: null });
  if (!apakahXlsx(berkas.isi)) return gagal([{ lembar: '-', baris: 0, kolom: '-', nilai: berkas.namaBerkas, pesan: 'berkas bukan XLSX; unduh template Renstra lalu isi' }]);
  let tabel: TabelMentah[];
  try {
    tabel = await bacaXlsx(berkas.isi);
  } catch (e) {
    if (e instanceof GalatAplikasi) throw e;
    return gagal([{ lembar: '-', baris: 0, kolom: '-', nilai: berkas.namaBerkas, pesan: `berkas XLSX tidak dapat dibaca: ${(e as Error).message}` }]);
  }
  const v = await validasiRenstra(ctx, renstraId, tahun, tabel);
  if (v.masalah.length) return gagal(v.masalah, v.jumlahBaris);
  if (!v.jumlahBaris) return gagal([{ lembar: '-', baris: 0, kolom: '-', nilai: null, pesan: 'tidak ada baris data di lembar Tujuan, Sasaran, Program atau Indikator' }]);
  try {
    const ditulis = await ctx.db.transaction((tx) => tulis(denganDb(ctx, tx), renstraId, v.rencana, berkas));
    return { ok: true, jumlahBaris: v.jumlahBaris, masalah: [], ditulis };
  } catch (e) {
    if (e instanceof BarisDitolak) return gagal(e.masalah, v.jumlahBaris);
    throw e;
  }
}

async function tulis(c: Konteks, renstraId: number, rencana: RencanaImpor, berkas: BerkasRenstra) {
  const baca = async (tabel: string) =>
    new Map((await c.db.many<{ id: number, kode: string, versi: number }>(sql`
    select id, kode, versi from ${raw(tabel)} where instansi_id = ${c.instansiId} and renstra_id = ${renstraId}`)).map((x) => [x.kode, x]));
  const hitung = () => ({ baru: 0, diubah: 0 });
  const ditulis = { tujuan: hitung(), sasaran: hitung(), program: hitung(), indikator: hitung() };
  /** One row through its action, matched by code; an action's refusal becomes the row's problem. */
  const simpan = async (lembar: string, nomor: number, kode: string, ada: Map<string, { id: number, versi: number }>, n: Hitungan,
    aksi: (x: Record<string, unknown>) => Promise<{ id: number, versi: number }>) =>
  {
    const lama = ada.get(kode);
    try {
      const h = await aksi(lama ? { id: lama.id, versi: lama.versi } : {});
      ada.set(kode, h);
      n[lama ? 'diubah' : 'baru']++;
      return h.id;
    } catch (e) {
      if (!(e instanceof GalatAplikasi) || e.status >= 500) throw e;
      const rinci = Array.isArray(e.rincian) && e.rincian.length ? (e.rincian as MasalahIsian[]) : [{ kolom: 'kode', pesan: e.message }];
      throw new BarisDitolak(rinci.map((m) => ({ lembar, baris: nomor, kolom: m.kolom, nilai: kode, pesan: m.pesan })));
    }
  };
  const tujuan = await baca('tujuan_renstra');
  for (const b of rencana.tujuan) await simpan('Tujuan', b.nomor, b.data.kode, tujuan, ditulis.tujuan, (x) => simpanTujuan(c, renstraId, { ...b.data, ...x }));
  const sasaran = await baca('sasaran_renstra');
  for (const b of rencana.sasaran) {
    await simpan('Sasaran', b.nomor, b.data.kode, sasaran, ditulis.sasaran, (x) => simpanSasaran(c, renstraId, { ...b.data, tujuanId: tujuan.get(b.kodeTujuan)!.id, ...x }));
  }
  const program = await baca('program_kegiatan');
  for (const b of [...rencana.program].sort((a, z) => URUTAN_TINGKAT[a.data.tingkat] - URUTAN_TINGKAT[z.data.tingkat])) {
    await simpan('Program', b.nomor, b.data.kode, program, ditulis.program, (x) =>
      simpanProgramKegiatan(c, renstraId, { ...b.data, indukId: b.kodeInduk ? program.get(b.kodeInduk)!.id : null, ...x }));
  }
  const indikator = await baca('indikator_kinerja');
  for (const b of rencana.indikator) {
    const ukur = { tujuan: tujuan, sasaran: sasaran, program: program }[b.ukur.jenis].get(b.ukur.kode)!.id;
    await simpan('Indikator', b.nomor, b.data.kode, indikator, ditulis.indikator, (x) =>
      simpanIndikator(c, renstraId, { ...b.data, tujuanId: b.ukur.jenis === 'tujuan' ? ukur : null, sasaranId: b.ukur.jenis === 'sasaran' ? ukur : null,
        programKegiatanId: b.ukur.jenis === 'program' ? ukur : null, programIds: b.pendukung.map((p) =>
          program.get(p)!.id
        ), ...x }));
  }
  await catatAudit(c, { aksi: 'renstra.impor', entitas: 'renstra', entitasId: renstraId,
    sesudah: { namaBerkas: berkas.namaBerkas, sha256: createHash('sha256').update(berkas.isi).digest('hex'), ...ditulis } });
  return ditulis;
}
