import { formatTanggal, hariIniIso, parseKelasJabatan } from '@simasn/domain';
import { daftarJabatanKelas, petaKodeJabatan, simpanKelasJabatanMassal, ubahKelasJabatan } from '@simasn/kepegawaian';
import { apakahXlsx, bacaCsv, bacaXlsx, catatAudit, lingkup, tabelKeXlsx, tidakValid, uraikan, type Konteks, type NilaiSel } from '@simasn/platform';
import { aturanBulan } from '../hitung/hitung-bulan.ts';
import { skemaDaftarKelas, skemaUbahKelas } from '../tpp.types.ts';

/**
 * Kelas jabatan per jabatan is data BKD keeps (jabatan.kelas_jabatan, written through kepegawaian):
 * the list with the besaran TPP each kelas carries under the rule set in force, one edit, the XLSX
 * export and an import (every row checked first; all or nothing).
 */

const besaranKini = (ctx: Konteks) => aturanBulan(hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 7)).besaranPerKelas as Record<number, number>;

export async function daftarKelasJabatan(ctx: Konteks, masukan: unknown = {}, semua = false) {
  const f = uraikan(skemaDaftarKelas, masukan);
  lingkup(ctx, 'organisasi:baca');
  const besaran = besaranKini(ctx);
  const h = await daftarJabatanKelas(ctx, semua ? { ...f, page: undefined } : { ...f, page: f.page ?? 1 });
  return { ...h, items: h.items.map((j) => ({ ...j, besaran: j.kelasJabatan === null ? null : (besaran[j.kelasJabatan] ?? null) })) };
}

export async function ubahKelasJabatanTpp(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaUbahKelas, masukan);
  lingkup(ctx, 'tpp:kelola');
  return ubahKelasJabatan(ctx, id, f.kelasJabatan);
}

const JUDUL_KODE = 'Kode jabatan';
const JUDUL_KELAS = 'Kelas jabatan';

/** The list as XLSX (the same search and filters); its two columns "Kode jabatan" and "Kelas jabatan" are what the import reads back. */
export async function eksporKelasJabatan(ctx: Konteks, masukan: unknown = {}) {
  const d = await daftarKelasJabatan(ctx, masukan, true);
  type B = (typeof d.items)[number];
  const isi = await tabelKeXlsx<B>({ judul: 'Kelas jabatan',
    keterangan: `${d.total} jabatan; ${d.tanpaKelas} belum berkelas. Dibuat ${
      formatTanggal(hariIniIso(ctx.sekarang(), ctx.zona))
    }. Untuk impor: ubah kolom "${JUDUL_KELAS}" (1 sampai 17), jangan ubah "${JUDUL_KODE}".`, namaLembar: 'Kelas jabatan', kolom: [
      { judul: JUDUL_KODE, nilai: (j) => j.kode, teks: true, lebar: 16 },
      { judul: 'Nama jabatan', nilai: (j) => j.nama, lebar: 40 },
      { judul: 'Jenis', nilai: (j) => j.jenis, lebar: 12 },
      { judul: 'Unit', nilai: (j) => j.unit ?? '', lebar: 30 },
      { judul: JUDUL_KELAS, nilai: (j) => j.kelasJabatan, lebar: 10 },
      { judul: 'Besaran TPP', nilai: (j) => j.besaran, format: '#,##0', lebar: 14 },
      { judul: 'Pegawai', nilai: (j) => j.pegawai, lebar: 9 },
    ], baris: d.items });
  return { namaBerkas: 'kelas-jabatan.xlsx', isi };
}

const teksSel = (v: NilaiSel | undefined) => (v === null || v === undefined ? '' : v instanceof Date ? '' : String(v).trim());

/**
 * Imports kelas jabatan from XLSX or CSV (columns "Kode jabatan" and "Kelas jabatan", header on the
 * first row, or the exported list whose title rows come first): every row is checked before
 * anything is written; one problem anywhere and nothing changes. Problems name the row, column and
 * reason in Indonesian.
 */
export async function imporKelasJabatan(ctx: Konteks, berkas: { namaBerkas: string, isi: Buffer }) {
  lingkup(ctx, 'tpp:kelola');
  const lembar = apakahXlsx(berkas.isi) ? (await bacaXlsx(berkas.isi))[0] : bacaCsv(berkas.isi, berkas.namaBerkas);
  if (!lembar) throw tidakValid('Berkas kosong.', [{ kolom: 'file', pesan: 'berkas tidak berisi lembar data' }]);
  // The header may be the first row, or (the exported list) the row after its title block.
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  let header = lembar.header.map((h) => norm(String(h ?? '')));
  let data = lembar.baris;
  if (!header.includes('kodejabatan')) {
    const i = data.findIndex((b) => b.sel.some((v) => norm(teksSel(v)) === 'kodejabatan'));
    if (i >= 0) {
      header = data[i]!.sel.map((v) => norm(teksSel(v)));
      data = data.slice(i + 1);
    }
  }
  const iKode = header.indexOf('kodejabatan');
  const iKelas = header.indexOf('kelasjabatan');
  if (iKode < 0 || iKelas < 0) {
    throw tidakValid('Kolom belum lengkap.', [{ kolom: 'file', pesan: `berkas harus punya kolom "${JUDUL_KODE}" dan "${JUDUL_KELAS}" pada baris judul` }]);
  }
  const peta = await petaKodeJabatan(ctx.db, ctx.instansiId);
  const masalah: { baris: number, kolom: string, pesan: string }[] = [];
  const dilihat = new Map<string, number>();
  const ubah: { kode: string, kelasJabatan: number }[] = [];
  for (const b of data) {
    const kode = teksSel(b.sel[iKode]);
    const kelasTeks = teksSel(b.sel[iKelas]);
    if (!kode && !kelasTeks) continue;
    if (!kode) {
      masalah.push({ baris: b.nomor, kolom: JUDUL_KODE, pesan: 'kode jabatan kosong' });
      continue;
    }
    if (!peta.has(kode)) masalah.push({ baris: b.nomor, kolom: JUDUL_KODE, pesan: `kode jabatan "${kode}" tidak ada di SIMASN` });
    const sebelum = dilihat.get(kode);
    if (sebelum) masalah.push({ baris: b.nomor, kolom: JUDUL_KODE, pesan: `kode jabatan "${kode}" sudah ada di baris ${sebelum}` });
    dilihat.set(kode, b.nomor);
    if (!kelasTeks) {
      masalah.push({ baris: b.nomor, kolom: JUDUL_KELAS, pesan: 'kelas jabatan kosong (isi 1 sampai 17)' });
      continue;
    }
    const k = parseKelasJabatan(kelasTeks);
    if (!k.ok) masalah.push({ baris: b.nomor, kolom: JUDUL_KELAS, pesan: k.alasan });
    else if (peta.has(kode) && peta.get(kode)!.kelasJabatan !== k.nilai) ubah.push({ kode, kelasJabatan: k.nilai });
  }
  const jumlahBaris = dilihat.size;
  if (masalah.length) return { ok: false, diubah: 0, baris: jumlahBaris, masalah };
  if (!jumlahBaris) throw tidakValid('Berkas tidak berisi baris data.', [{ kolom: 'file', pesan: 'tidak ada baris kode jabatan' }]);
  const diubah = await ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const n = await simpanKelasJabatanMassal(t, ubah);
    await catatAudit(t, { aksi: 'jabatan.impor_kelas', entitas: 'impor', sesudah: { berkas: berkas.namaBerkas, baris: jumlahBaris, diubah: n } });
    return n;
  });
  return { ok: true, diubah, baris: jumlahBaris, masalah: [] };
}
