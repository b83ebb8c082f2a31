import { createHash } from 'node:crypto';
import { formatTanggal, type HariLibur, JENIS_LIBUR, type JenisLibur, LABEL_JENIS_LIBUR, parseTanggal } from '@simasn/domain';
import { apakahXlsx, bacaCsv, bacaXlsx, catatAudit, denganDb, GalatAplikasi, lingkup, type Konteks, type NilaiSel, type TabelMentah, uraikan } from '@simasn/platform';
import { type HasilImporLibur, type MasalahImporLibur, skemaImporLibur } from './libur.types.ts';
import { daftarVersiLibur, tulisVersiLibur } from './versi-libur.ts';

export interface BerkasLibur {
  namaBerkas: string;
  isi: Buffer;
}

const normal = (s: string) => s.trim().toLowerCase().replace(/^\uFEFF/, '').replace(/[\s-]+/g, '_');

function bacaJenis(teks: string): JenisLibur | null {
  const k = normal(teks);
  if ((JENIS_LIBUR as readonly string[]).includes(k)) return k as JenisLibur;
  for (const j of JENIS_LIBUR) if (normal(LABEL_JENIS_LIBUR[j]) === k) return j;
  if (k === 'nasional' || k === 'libur') return 'libur_nasional';
  if (k === 'cuti') return 'cuti_bersama';
  if (k === 'daerah' || k === 'lokal') return 'libur_daerah';
  return null;
}

const teksSel = (v: NilaiSel | undefined) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());

/**
 * Checks a holiday sheet (columns tanggal, nama, jenis; any case, header on row 1) for one year.
 * Every problem names its row (the sheet's own row number), column, value and reason.
 */
export function periksaLembarLibur(tabel: TabelMentah, tahun: number): { hari: HariLibur[], masalah: MasalahImporLibur[], jumlahBaris: number } {
  const masalah: MasalahImporLibur[] = [];
  const header = tabel.header.map(normal);
  const kolom = { tanggal: header.indexOf('tanggal'), nama: header.indexOf('nama'), jenis: header.indexOf('jenis') };
  for (const [k, i] of Object.entries(kolom)) if (i < 0) masalah.push({ baris: 1, kolom: k, nilai: null, pesan: `kolom "${k}" tidak ada pada baris judul` });
  if (masalah.length) return { hari: [], masalah, jumlahBaris: tabel.baris.length };
  const hari: HariLibur[] = [];
  const dilihat = new Map<string, number>();
  for (const b of tabel.baris) {
    const tTeks = teksSel(b.sel[kolom.tanggal]);
    const nama = teksSel(b.sel[kolom.nama]);
    const jTeks = teksSel(b.sel[kolom.jenis]);
    const awal = masalah.length;
    let tanggal: string | null = null;
    if (!tTeks) masalah.push({ baris: b.nomor, kolom: 'tanggal', nilai: null, pesan: 'wajib diisi' });
    else {
      const t = parseTanggal(tTeks);
      if (!t.ok) masalah.push({ baris: b.nomor, kolom: 'tanggal', nilai: tTeks, pesan: t.alasan });
      else if (!t.nilai.startsWith(`${tahun}-`)) masalah.push({ baris: b.nomor, kolom: 'tanggal', nilai: tTeks, pesan: `bukan tanggal tahun ${tahun}` });
      else if (dilihat.has(t.nilai)) {
        masalah.push({ baris: b.nomor, kolom: 'tanggal', nilai: tTeks, pesan: `${formatTanggal(t.nilai)} sudah ada pada baris ${dilihat.get(t.nilai)}` });
      } else {
        tanggal = t.nilai;
        dilihat.set(t.nilai, b.nomor);
      }
    }
    if (nama.length < 3) masalah.push({ baris: b.nomor, kolom: 'nama', nilai: nama || null, pesan: nama ? 'nama hari libur paling sedikit 3 huruf' : 'wajib diisi' });
    else if (nama.length > 200) masalah.push({ baris: b.nomor, kolom: 'nama', nilai: `${nama.slice(0, 40)}…`, pesan: 'nama hari libur paling panjang 200 huruf' });
    const jenis = jTeks ? bacaJenis(jTeks) : null;
    if (!jenis) {
      masalah.push({ baris: b.nomor, kolom: 'jenis', nilai: jTeks || null, pesan: jTeks
        ? `jenis tidak dikenal; pilihan: ${JENIS_LIBUR.map((j) => `${j} (${LABEL_JENIS_LIBUR[j]})`).join(', ')}`
        : 'wajib diisi' });
    }
    if (masalah.length === awal && tanggal && jenis) hari.push({ tanggal, nama, jenis });
  }
  return { hari: hari.sort((a, b) => a.tanggal.localeCompare(b.tanggal)), masalah, jumlahBaris: tabel.baris.length };
}

/**
 * Imports a year's holiday and cuti bersama list (the SKB list, as XLSX or CSV) as a new version
 * of that year's list: every row is checked first; with any problem nothing is written and every
 * problem is reported (row, column, value, reason, in Indonesian). The Ramadan range of the
 * version in force is kept.
 */
export async function imporLibur(ctx: Konteks, masukan: unknown, berkas: BerkasLibur): Promise<HasilImporLibur> {
  lingkup(ctx, 'kalender:kelola');
  const f = uraikan(skemaImporLibur, masukan);
  const gagal = (masalah: MasalahImporLibur[], jumlahBaris = 0): HasilImporLibur => ({ ok: false, tahun: f.tahun, jumlahBaris, masalah, versi: null });
  let tabel: TabelMentah | undefined;
  try {
    tabel = apakahXlsx(berkas.isi) ? (await bacaXlsx(berkas.isi))[0] : /\.csv$/i.test(berkas.namaBerkas) ? bacaCsv(berkas.isi, berkas.namaBerkas) : undefined;
  } catch (e) {
    if (e instanceof GalatAplikasi) throw e;
    return gagal([{ baris: 0, kolom: '-', nilai: berkas.namaBerkas, pesan: `berkas tidak dapat dibaca: ${(e as Error).message}` }]);
  }
  if (!tabel) return gagal([{ baris: 0, kolom: '-', nilai: berkas.namaBerkas, pesan: 'berkas bukan XLSX atau CSV; unduh template daftar libur lalu isi' }]);
  const p = periksaLembarLibur(tabel, f.tahun);
  if (p.masalah.length) return gagal(p.masalah, p.jumlahBaris);
  if (!p.hari.length) return gagal([{ baris: 0, kolom: '-', nilai: null, pesan: 'tidak ada baris data di lembar pertama' }]);
  const sha = createHash('sha256').update(berkas.isi).digest('hex');
  const v = await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const [lama] = await daftarVersiLibur(tx, ctx.instansiId, f.tahun);
    const ramadan = lama?.ramadan_dari && lama.ramadan_sampai ? { dari: lama.ramadan_dari, sampai: lama.ramadan_sampai } : null;
    const keterangan = `Impor ${berkas.namaBerkas}: ${p.hari.filter((h) => h.jenis === 'libur_nasional').length} libur nasional, ${
      p.hari.filter((h) => h.jenis === 'cuti_bersama').length
    } cuti bersama, ${p.hari.filter((h) => h.jenis === 'libur_daerah').length} libur daerah`;
    const v = await tulisVersiLibur(c, { tahun: f.tahun, sumber: 'impor', keterangan, ramadan, hari: p.hari });
    await catatAudit(c, { aksi: 'libur.impor', entitas: 'daftar_libur', entitasId: v.id, keterangan: `${keterangan} (SHA-256 ${sha})`,
      sebelum: lama ? { tahun: f.tahun, versi: lama.versi } : undefined, sesudah: { tahun: f.tahun, versi: v.versi, jumlahHari: p.hari.length } });
    return v;
  });
  return { ok: true, tahun: f.tahun, jumlahBaris: p.jumlahBaris, masalah: [], versi: v.versi };
}
