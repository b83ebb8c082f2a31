import ExcelJS from 'exceljs';
import { BANK_TPP, NAMA_LENGKAP_BANK, PANJANG_REKENING, parseBankTpp, parseNomorRekening } from '@simasn/domain';
import { daftarRekeningPegawai, petaRekeningNip, simpanRekeningMassal } from '@simasn/kepegawaian';
import { apakahXlsx, bacaCsv, bacaXlsx, cariKepala, catatAudit, GalatAplikasi, lingkup, type NilaiSel, type TabelMentah, tidakValid, type Konteks } from '@simasn/platform';
import { KOLOM_IMPOR_REKENING as K } from './daftar-rekening.ts';

/**
 * The TPP bank accounts as a workbook: the template (the pegawai in reach still without an
 * account, nip and nama filled in, bank and number to fill) and the import (every row checked
 * first: the NIP within the caller's reach, the bank from BANK_TPP, the number digits only; one
 * problem anywhere and nothing is written; each problem names its row, column, value and reason).
 */

/** The template: sheet "Rekening" (nip, nama, nama_bank, nomor_rekening as text cells, the bank a drop-down) and "Petunjuk". */
export async function templatRekeningTpp(ctx: Konteks) {
  lingkup(ctx, 'pegawai:ubah');
  const belum = await daftarRekeningPegawai(ctx, { rekening: 'belum', limit: 0 }, 'pegawai:ubah');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIMASN';
  const ws = wb.addWorksheet('Rekening');
  ws.columns = [{ header: K.nip, width: 21, style: { numFmt: '@' } }, { header: 'nama', width: 34 }, { header: K.namaBank, width: 20 }, { header: K.nomorRekening, width: 22,
    style: { numFmt: '@' } }];
  ws.getRow(1).font = { bold: true };
  for (const p of belum.items) ws.addRow([p.nip, p.nama, null, null]);
  const daftarBank = `"${BANK_TPP.join(',')}"`;
  for (let r = 2; r <= belum.items.length + 200; r++) {
    ws.getCell(r, 3).dataValidation = { type: 'list', allowBlank: true, formulae: [daftarBank], showErrorMessage: true, errorTitle: 'Bank',
      error: `Pilih salah satu: ${BANK_TPP.join(', ')}` };
    ws.getCell(r, 4).numFmt = '@';
    ws.getCell(r, 1).numFmt = '@';
  }
  const p = wb.addWorksheet('Petunjuk');
  p.columns = [{ width: 20 }, { width: 100 }];
  p.addRows([
    ['Kolom', 'Isi'],
    [K.nip, 'NIP 18 angka pegawai dalam kewenangan Anda (sel teks). Baris yang nama_bank dan nomor_rekening-nya kosong dilewati.'],
    ['nama', 'Hanya pengingat; tidak dibaca saat impor.'],
    [K.namaBank, `Salah satu: ${BANK_TPP.map((b) => `${b} (${NAMA_LENGKAP_BANK[b]})`).join(', ')}`],
    [
      K.nomorRekening,
      `Nomor rekening lengkap, ${PANJANG_REKENING.min} sampai ${PANJANG_REKENING.max} angka, tanpa spasi, titik atau tanda hubung (sel teks, agar nol di depan tidak hilang).`,
    ],
    [],
    ['Catatan', 'Semua baris diperiksa dulu; bila ada satu kesalahan tidak ada yang disimpan. Rekening yang sudah ada diganti dengan isi berkas.'],
  ]);
  p.getRow(1).font = { bold: true };
  return { isi: Buffer.from(await wb.xlsx.writeBuffer()), namaBerkas: 'templat-rekening-tpp.xlsx' };
}

export interface MasalahImporRekening {
  baris: number;
  kolom: string;
  nilai: string | null;
  pesan: string;
}

const normal = (s: string) => s.trim().toLowerCase().replace(/^\uFEFF/, '').replace(/[^a-z]/g, '');
const teksSel = (v: NilaiSel | undefined) => (v === null || v === undefined || v instanceof Date ? '' : String(v).trim());
const ALIAS_KOLOM: Record<string, keyof typeof K> = { nip: 'nip', namabank: 'namaBank', bank: 'namaBank', nomorrekening: 'nomorRekening', norekening: 'nomorRekening',
  rekening: 'nomorRekening' };
const SEL_ANGKA = 'sel berisi angka, bukan teks: nol di depan dan angka sesudah digit ke-15 bisa hilang; jadikan kolom bertipe Teks lalu ketik ulang';

/**
 * Imports accounts (XLSX or CSV; columns nip, nama_bank, nomor_rekening). `dryRun`: only checks.
 * Refused rows come back as `{ ok: false, masalah }` and nothing changes; otherwise every changed
 * account is written in one transaction, each audited (masked), and the import itself audited.
 */
export async function imporRekeningTpp(ctx: Konteks, berkas: { namaBerkas: string, isi: Buffer }, opsi: { dryRun?: boolean } = {}) {
  lingkup(ctx, 'pegawai:ubah');
  const dryRun = !!opsi.dryRun;
  const gagal = (masalah: MasalahImporRekening[], baris = 0) => ({ ok: false, dryRun, baris, diubah: 0, masalah });
  let tabel: TabelMentah | undefined;
  try {
    tabel = apakahXlsx(berkas.isi) ? (await bacaXlsx(berkas.isi))[0] : /\.csv$/i.test(berkas.namaBerkas) ? bacaCsv(berkas.isi, berkas.namaBerkas) : undefined;
  } catch (e) {
    if (e instanceof GalatAplikasi) throw e;
    return gagal([{ baris: 0, kolom: 'berkas', nilai: berkas.namaBerkas, pesan: `berkas tidak dapat dibaca: ${(e as Error).message}` }]);
  }
  if (!tabel) return gagal([{ baris: 0, kolom: 'berkas', nilai: berkas.namaBerkas, pesan: 'berkas bukan XLSX atau CSV; unduh template rekening lalu isi' }]);
  const { kolom, baris } = cariKepala<keyof typeof K>(tabel, (v) => ALIAS_KOLOM[normal(teksSel(v))], 'nip');
  const kurang = (Object.keys(K) as (keyof typeof K)[]).filter((k) => kolom[k] === undefined);
  if (kurang.length) {
    return gagal(kurang.map((k) => ({ baris: 1, kolom: K[k], nilai: null, pesan: `kolom "${K[k]}" tidak ada pada baris judul` })));
  }
  const sel = (b: TabelMentah['baris'][number], k: keyof typeof K) => b.sel[kolom[k]!];
  // A row whose bank and number are both empty (the template's pegawai not filled in) is left out.
  const isian = baris.filter((b) => teksSel(sel(b, 'namaBank')) || teksSel(sel(b, 'nomorRekening')));
  const peta = await petaRekeningNip(ctx, [...new Set(isian.map((b) => teksSel(sel(b, 'nip')).replace(/\s/g, '')))], 'pegawai:ubah');
  const masalah: MasalahImporRekening[] = [];
  const dilihat = new Map<string, number>();
  const ubah: Parameters<typeof simpanRekeningMassal>[1][number][] = [];
  for (const b of isian) {
    const vNip = sel(b, 'nip');
    const vBank = sel(b, 'namaBank');
    const vNomor = sel(b, 'nomorRekening');
    const nip = teksSel(vNip).replace(/\s/g, '');
    const awal = masalah.length;
    const p = peta.get(nip);
    if (!nip) masalah.push({ baris: b.nomor, kolom: K.nip, nilai: null, pesan: 'NIP wajib diisi' });
    else if (typeof vNip === 'number') masalah.push({ baris: b.nomor, kolom: K.nip, nilai: nip, pesan: SEL_ANGKA });
    else if (!/^\d{18}$/.test(nip)) masalah.push({ baris: b.nomor, kolom: K.nip, nilai: nip, pesan: 'NIP harus 18 angka' });
    else if (dilihat.has(nip)) masalah.push({ baris: b.nomor, kolom: K.nip, nilai: nip, pesan: `NIP ini sudah ada pada baris ${dilihat.get(nip)}` });
    else if (!p) masalah.push({ baris: b.nomor, kolom: K.nip, nilai: nip, pesan: 'pegawai dengan NIP ini tidak ditemukan dalam kewenangan Anda' });
    if (nip) dilihat.set(nip, dilihat.get(nip) ?? b.nomor);
    const bank = parseBankTpp(teksSel(vBank));
    if (!bank.ok) masalah.push({ baris: b.nomor, kolom: K.namaBank, nilai: teksSel(vBank) || null, pesan: bank.alasan });
    const nomor = typeof vNomor === 'number' ? null : parseNomorRekening(teksSel(vNomor), nip);
    if (nomor === null) masalah.push({ baris: b.nomor, kolom: K.nomorRekening, nilai: teksSel(vNomor), pesan: SEL_ANGKA });
    else if (!nomor.ok) masalah.push({ baris: b.nomor, kolom: K.nomorRekening, nilai: teksSel(vNomor) || null, pesan: nomor.alasan });
    if (masalah.length > awal || !p || !bank.ok || !nomor?.ok) continue;
    if (p.namaBank === bank.nilai && p.nomorRekening === nomor.nilai) continue;
    ubah.push({ pegawaiId: p.pegawaiId, namaBank: bank.nilai, nomorRekening: nomor.nilai, sebelum: { namaBank: p.namaBank, nomorRekening: p.nomorRekening } });
  }
  if (masalah.length) return gagal(masalah, isian.length);
  if (!isian.length) throw tidakValid('Berkas tidak berisi baris rekening.', [{ kolom: 'file', pesan: 'tidak ada baris dengan nama_bank atau nomor_rekening terisi' }]);
  if (dryRun) return { ok: true, dryRun, baris: isian.length, diubah: ubah.length, masalah: [] };
  const diubah = await ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const n = await simpanRekeningMassal(t, ubah);
    await catatAudit(t, { aksi: 'pegawai.impor_rekening', entitas: 'impor', sesudah: { berkas: berkas.namaBerkas, baris: isian.length, diubah: n } });
    return n;
  });
  return { ok: true, dryRun, baris: isian.length, diubah, masalah: [] };
}
