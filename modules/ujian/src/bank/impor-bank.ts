import ExcelJS from 'exceljs';
import { sql } from '@simasn/db';
import { apakahXlsx, bacaXlsx, catatAudit, denganDb, GalatAplikasi, lingkup, type MasalahIsian, type NilaiSel, type TabelMentah, tidakValid, type Konteks } from '@simasn/platform';
import { skemaSimpanButir } from '../ujian.types.ts';
import { KATEGORI_BERBOBOT } from './aturan-butir.ts';
import { ambilBank } from './bank-soal.ts';
import { type OpsiButir, periksaButir, tulisButirBaru } from './butir.ts';

const HURUF = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
const KOLOM_TETAP = ['kategori', 'jenis', 'soal'] as const;

/** The sheet's columns: kategori, jenis, soal, opsi_a..opsi_h, kunci, bobot_a..bobot_h, pembahasan, acak_opsi. */
export const KOLOM_IMPOR_BUTIR = [...KOLOM_TETAP, ...HURUF.map((h) => `opsi_${h}`), 'kunci', ...HURUF.map((h) => `bobot_${h}`), 'pembahasan', 'acak_opsi'];

const teks = (v: NilaiSel | undefined) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());
const normal = (s: string) => s.trim().toLowerCase().replace(/^\uFEFF/, '').replace(/[\s-]+/g, '_');

/**
 * Imports items into a bank from an XLSX sheet (header on row 1, the columns of
 * `KOLOM_IMPOR_BUTIR`; the export's shape). All or nothing: every row is checked first and any
 * problem is reported by row, column and reason in Indonesian with nothing written. New items are
 * drafts (reviewed before they go live).
 */
export async function imporBank(ctx: Konteks, bankId: number, berkas: { namaBerkas: string, isi: Buffer }) {
  lingkup(ctx, 'ujian:kelola');
  const bank = await ambilBank(ctx, bankId);
  if (!apakahXlsx(berkas.isi)) throw tidakValid('Berkas ditolak.', [{ kolom: 'berkas', pesan: 'berkas harus XLSX; unduh ekspor bank soal sebagai contoh' }]);
  let lembar: TabelMentah | undefined;
  try {
    lembar = (await bacaXlsx(berkas.isi))[0];
  } catch (e) {
    if (e instanceof GalatAplikasi) throw e;
    throw tidakValid('Berkas ditolak.', [{ kolom: 'berkas', pesan: 'berkas XLSX tidak dapat dibaca' }]);
  }
  if (!lembar) throw tidakValid('Berkas ditolak.', [{ kolom: 'berkas', pesan: 'berkas tidak berisi lembar' }]);
  const header = lembar.header.map(normal);
  const idx = (k: string) => header.indexOf(k);
  const masalah: MasalahIsian[] = [];
  for (const k of [...KOLOM_TETAP, 'opsi_a', 'opsi_b']) if (idx(k) < 0) masalah.push({ baris: 1, kolom: k, pesan: `kolom "${k}" tidak ada pada baris judul` });
  if (masalah.length) throw tidakValid('Impor dibatalkan: baris judul belum benar.', masalah);
  if (!lembar.baris.length) throw tidakValid('Impor dibatalkan.', [{ baris: 2, kolom: 'soal', pesan: 'tidak ada baris soal' }]);
  const siap: ReturnType<typeof skemaSimpanButir.parse>[] = [];
  for (const b of lembar.baris) {
    const sel = (k: string) => (idx(k) < 0 ? '' : teks(b.sel[idx(k)]));
    const kategori = bank.kelompok === 'seleksi' ? sel('kategori').toUpperCase() : sel('kategori');
    const kunci = new Set(sel('kunci').toLowerCase().split(/[\s,;]+/).filter(Boolean));
    const opsi: OpsiButir[] = [];
    for (const h of HURUF) {
      const t = sel(`opsi_${h}`);
      if (!t) continue;
      const bobotTeks = sel(`bobot_${h}`);
      const bobot = bobotTeks === '' ? null : Number(bobotTeks.replace(',', '.'));
      if (bobot !== null && !(Number.isInteger(bobot) && bobot >= 1 && bobot <= 5)) {
        masalah.push({ baris: b.nomor, kolom: `bobot_${h}`, pesan: `bobot "${bobotTeks}" harus bilangan bulat 1 sampai 5` });
      }
      opsi.push({ id: h, teks: t, benar: kunci.has(h), bobot: KATEGORI_BERBOBOT.has(kategori) ? bobot : null });
    }
    for (const k of kunci) if (!opsi.some((o) => o.id === k)) masalah.push({ baris: b.nomor, kolom: 'kunci', pesan: `kunci "${k}" bukan opsi yang terisi` });
    const jenisTeks = normal(sel('jenis') || 'tunggal');
    const jenis = jenisTeks === 'ganda' || jenisTeks === 'beberapa_jawaban' ? 'ganda' : jenisTeks === 'tunggal' || jenisTeks === 'satu_jawaban' ? 'tunggal' : null;
    if (!jenis) masalah.push({ baris: b.nomor, kolom: 'jenis', pesan: `jenis "${sel('jenis')}" tidak dikenal; pilihan: tunggal, ganda` });
    const acak = normal(sel('acak_opsi') || 'ya');
    const h = skemaSimpanButir.safeParse({ bankId, kategori, teks: sel('soal'), jenis: jenis ?? 'tunggal', opsi, pembahasan: sel('pembahasan'),
      acakOpsi: !['tidak', 'n', 'no', '0', 'false'].includes(acak) });
    if (!h.success) {
      for (const i of h.error.issues) {
        const p = i.path.map(String);
        const kolom = p[0] === 'teks' ? 'soal' : p[0] === 'opsi' && p[1] !== undefined ? `${p[2] === 'bobot' ? 'bobot' : 'opsi'}_${HURUF[Number(p[1])] ?? 'a'}` : p[0] ?? '-';
        masalah.push({ baris: b.nomor, kolom, pesan: i.message });
      }
      continue;
    }
    for (const m of await periksaButir(ctx, h.data)) {
      const kolom = m.kolom === 'opsi' ? 'kunci' : m.kolom.startsWith('opsi.') ? `bobot_${HURUF[Number(m.kolom.split('.')[1])] ?? 'a'}` : m.kolom;
      masalah.push({ baris: b.nomor, kolom, pesan: m.pesan });
    }
    siap.push(h.data);
  }
  // One reason per cell: the first (the sheet's own check) is the clearest.
  const sel = new Set<string>();
  const unik = masalah.filter((m) => {
    const k = `${m.baris}:${m.kolom}`;
    if (sel.has(k)) return false;
    sel.add(k);
    return true;
  });
  if (unik.length) throw tidakValid(`Impor dibatalkan: ${unik.length} masalah; tidak ada butir yang disimpan.`, unik.slice(0, 500));
  await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    for (const f of siap) await tulisButirBaru(c, tx, f);
    await catatAudit(c, { aksi: 'bank_soal.impor', entitas: 'bank_soal', entitasId: bankId, keterangan: `Impor ${berkas.namaBerkas}: ${siap.length} butir baru (draf)`,
      sesudah: { jumlah: siap.length } });
  });
  return { diimpor: siap.length };
}

/** The bank's items (current versions) in the import's shape: edit and import back as new items, or keep as a record. */
export async function eksporBank(ctx: Konteks, bankId: number) {
  lingkup(ctx, 'ujian:kelola');
  const bank = await ambilBank(ctx, bankId);
  const rows = await ctx.db.many<{ kategori: string, status: string, versi: number, teks: string, jenis: string, opsi: OpsiButir[], pembahasan: string, acakOpsi: boolean }>(sql`
    select s.kategori, s.status, s.versi, v.teks, v.jenis, v.opsi, v.pembahasan, v.acak_opsi as "acakOpsi"
      from butir_soal s join versi_butir v on v.instansi_id = s.instansi_id and v.butir_id = s.id and v.versi = s.versi
     where s.instansi_id = ${ctx.instansiId} and s.bank_id = ${bankId} order by s.kategori, s.id`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIMASN';
  const ws = wb.addWorksheet('Butir');
  ws.columns = [...KOLOM_IMPOR_BUTIR, 'status', 'versi'].map((header) => ({ header, width: header === 'soal' || header === 'pembahasan' ? 60 : 14 }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    // Options by position: the sheet's letters a-h are their places, whatever codes the form gave them.
    ws.addRow([
      r.kategori,
      r.jenis,
      r.teks,
      ...HURUF.map((_, i) => r.opsi[i]?.teks ?? ''),
      HURUF.filter((_, i) => r.opsi[i]?.benar).join(','),
      ...HURUF.map((_, i) => r.opsi[i]?.bobot ?? ''),
      r.pembahasan,
      r.acakOpsi ? 'ya' : 'tidak',
      r.status,
      r.versi,
    ]);
  }
  await catatAudit(ctx, { aksi: 'bank_soal.ekspor', entitas: 'bank_soal', entitasId: bankId, sesudah: { jumlah: rows.length } });
  return { isi: Buffer.from(await wb.xlsx.writeBuffer()), namaBerkas: `bank-soal-${bank.nama.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 50)}.xlsx` };
}
