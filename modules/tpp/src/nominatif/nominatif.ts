import { sql } from '@simasn/db';
import { formatAngka, formatRupiah, formatTanggal, hariIniIso, LABEL_HUKDIS_TPP, type HukdisTpp, labelBulan, samarkanRekening, teksPersenTpp } from '@simasn/domain';
import { pejabatOpd, rekeningPegawai, type PejabatOpd } from '@simasn/kepegawaian';
import { catatAudit, konflik, lingkup, tabelKeXlsx, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { type DaftarPdf, renderDaftarPdf } from '@simasn/platform/dokumen';
import { aksesTpp, wajibBulan } from '../akses.ts';
import { barisTpp } from '../bulan/bulan-tpp.ts';
import { skemaNominatif } from '../tpp.types.ts';

/**
 * The daftar nominatif BKAD pays from (RULES.md section 10): per ASN nama/NIP, golongan, jabatan,
 * kelas jabatan, besaran, % kinerja, % disiplin, the cuts (disiplin, hukdis), BPJS 4% and 1%,
 * PPh 21, bruto, netto, adjustment lines paid with the month, what is received, the bank account
 * and a signature box; totals; verified by the Kasubbag Kepegawaian and the Sekretaris, known by
 * the head of the perangkat daerah. ASN whose data is missing are not paid and listed apart.
 */

async function dataNominatif(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaNominatif, masukan);
  const { hanyaTerkunci } = aksesTpp(ctx);
  const b = await wajibBulan(ctx, f.bulan, hanyaTerkunci);
  const semua = await barisTpp(ctx, { bulan: f.bulan, perangkatDaerahId: f.perangkatDaerahId, limit: 200, urut: 'nama' }, true);
  const dibayar = semua.items.filter((r) => r.netto !== null);
  const tidak = semua.items.filter((r) => r.netto === null);
  const opd = f.perangkatDaerahId
    ? (await ctx.db.maybeOne<{ nama: string }>(sql`select nama from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.perangkatDaerahId}`))?.nama ?? null
    : null;
  const rekening = await rekeningPegawai(ctx.db, ctx.instansiId, dibayar.map((r) => r.pegawaiId));
  const jumlah = { besaran: 0, tppKinerja: 0, tppDisiplin: 0, potonganHukdis: 0, bruto: 0, iuranBpjsPemda: 0, iuranBpjsPegawai: 0, pph21: 0, netto: 0, penyesuaianNetto: 0,
    diterima: 0 };
  const baris = dibayar.map((r, i) => {
    const diterima = r.netto! + r.penyesuaianNetto;
    jumlah.besaran += r.besaran ?? 0;
    jumlah.tppKinerja += r.tppKinerja!;
    jumlah.tppDisiplin += r.tppDisiplin!;
    jumlah.potonganHukdis += r.potonganHukdis!;
    jumlah.bruto += r.bruto!;
    jumlah.iuranBpjsPemda += r.iuranBpjsPemda!;
    jumlah.iuranBpjsPegawai += r.iuranBpjsPegawai!;
    jumlah.pph21 += r.pph21!;
    jumlah.netto += r.netto!;
    jumlah.penyesuaianNetto += r.penyesuaianNetto;
    jumlah.diterima += diterima;
    return { ...r, no: i + 1, diterima, rekening: rekening.get(r.pegawaiId) ?? { namaBank: null, nomorRekening: null } };
  });
  return { bulan: f.bulan, status: b.status, perangkatDaerahId: f.perangkatDaerahId ?? null, opd, baris, tidak, jumlah };
}

const persenKinerja = (r: { capaianKinerja: number | null }) => (r.capaianKinerja === null ? '' : teksPersenTpp(r.capaianKinerja));
const persenDisiplin = (r: { potonganDisiplin: number | null }) => r.potonganDisiplin === null ? '' : teksPersenTpp(Math.round((100 - r.potonganDisiplin) * 10000) / 10000);
const teksRekening = (r: { namaBank: string | null, nomorRekening: string | null }) => (r.nomorRekening ? `${r.namaBank ?? ''} ${samarkanRekening(r.nomorRekening)}`.trim() : '-');
const namaBerkas = (jenis: string, bulan: string, opd: string | null) => `${jenis}-${bulan}${opd ? `-${opd.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : ''}`;

/** The daftar nominatif as XLSX (one perangkat daerah, or every one in reach with its name per row), with the total row; audited. */
export async function eksporNominatifTpp(ctx: Konteks, masukan: unknown) {
  const d = await dataNominatif(ctx, masukan);
  type B = (typeof d.baris)[number] | { total: true };
  const t = (x: B, f: (r: (typeof d.baris)[number]) => string | number | null, jumlah?: string | number) => ('total' in x ? (jumlah ?? null) : f(x));
  const isi = await tabelKeXlsx<B>({ judul: `Daftar nominatif TPP ${labelBulan(d.bulan)}${d.opd ? ` - ${d.opd}` : ''}`,
    keterangan: `${d.baris.length} pegawai dibayar${d.tidak.length ? `, ${d.tidak.length} belum dapat dihitung (lihat halaman TPP)` : ''}. Status: ${
      d.status === 'dikunci' ? 'dikunci' : 'draf (belum dikunci)'
    }. Rekening disamarkan; nomor lengkap ada di berkas transfer bank.`, namaLembar: 'Nominatif', kolom: [
      { judul: 'No', nilai: (x) => ('total' in x ? null : x.no), lebar: 5 },
      { judul: 'NIP', nilai: (x) => t(x, (r) => r.nip), teks: true, lebar: 21 },
      { judul: 'Nama', nilai: (x) => t(x, (r) => r.nama, 'JUMLAH'), lebar: 30 },
      { judul: 'Golongan', nilai: (x) => t(x, (r) => r.golongan), lebar: 9 },
      { judul: 'Jabatan', nilai: (x) => t(x, (r) => r.jabatan), lebar: 30 },
      { judul: 'Kelas jabatan', nilai: (x) => t(x, (r) => r.kelasJabatan), lebar: 8 },
      { judul: 'Besaran TPP', nilai: (x) => t(x, (r) => r.besaran, d.jumlah.besaran), format: '#,##0', lebar: 14 },
      { judul: '% kinerja', nilai: (x) => t(x, persenKinerja), lebar: 9 },
      { judul: '% disiplin', nilai: (x) => t(x, persenDisiplin), lebar: 9 },
      { judul: 'TPP kinerja', nilai: (x) => t(x, (r) => r.tppKinerja, d.jumlah.tppKinerja), format: '#,##0', lebar: 14 },
      { judul: 'TPP disiplin', nilai: (x) => t(x, (r) => r.tppDisiplin, d.jumlah.tppDisiplin), format: '#,##0', lebar: 14 },
      { judul: 'Hukuman disiplin', nilai: (x) => t(x, (r) => (r.hukdis === 'tidak_ada' ? '-' : LABEL_HUKDIS_TPP[r.hukdis as HukdisTpp])), lebar: 10 },
      { judul: 'Potongan hukdis', nilai: (x) => t(x, (r) => r.potonganHukdis, d.jumlah.potonganHukdis), format: '#,##0', lebar: 13 },
      { judul: 'Bruto', nilai: (x) => t(x, (r) => r.bruto, d.jumlah.bruto), format: '#,##0', lebar: 14 },
      { judul: 'BPJS 4% (Pemda)', nilai: (x) => t(x, (r) => r.iuranBpjsPemda, d.jumlah.iuranBpjsPemda), format: '#,##0', lebar: 12 },
      { judul: 'BPJS 1% (pegawai)', nilai: (x) => t(x, (r) => r.iuranBpjsPegawai, d.jumlah.iuranBpjsPegawai), format: '#,##0', lebar: 12 },
      { judul: 'PPh 21', nilai: (x) => t(x, (r) => r.pph21, d.jumlah.pph21), format: '#,##0', lebar: 12 },
      { judul: 'Netto', nilai: (x) => t(x, (r) => r.netto, d.jumlah.netto), format: '#,##0', lebar: 14 },
      { judul: 'Penyesuaian', nilai: (x) => t(x, (r) => r.penyesuaianNetto, d.jumlah.penyesuaianNetto), format: '#,##0', lebar: 12 },
      { judul: 'Jumlah diterima', nilai: (x) => t(x, (r) => r.diterima, d.jumlah.diterima), format: '#,##0', lebar: 15 },
      { judul: 'Rekening', nilai: (x) => t(x, (r) => teksRekening(r.rekening)), lebar: 22 },
      { judul: 'Tanda tangan', nilai: () => null, lebar: 14 },
    ], baris: [...d.baris, { total: true } as const], dataPribadiTerlihat: true });
  await catatAudit(ctx, { aksi: 'tpp.ekspor', entitas: 'tpp_bulan', entitasId: d.bulan,
    sesudah: { bulan: d.bulan, perangkatDaerahId: d.perangkatDaerahId, jumlah: d.baris.length, format: 'xlsx' } });
  return { namaBerkas: `${namaBerkas('nominatif-tpp', d.bulan, d.opd)}.xlsx`, isi };
}

const TITIK = '.................................';
const ttd = (atas: string[], p: PejabatOpd | null, jabatan: string) => ({ atas: [...atas, p?.jabatan ?? jabatan], nama: p?.nama ?? TITIK, bawah: [`NIP ${p?.nip ?? TITIK}`] });

/** The daftar nominatif of one perangkat daerah as a printable PDF (F4 landscape, kop, totals, three signatures); audited. */
export async function cetakNominatifTpp(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaNominatif, masukan);
  if (!f.perangkatDaerahId) throw tidakValid('Pilih perangkat daerah.', [{ kolom: 'perangkatDaerahId', pesan: 'daftar nominatif dicetak per perangkat daerah' }]);
  const d = await dataNominatif(ctx, f);
  const instansi = await ctx.db.maybeOne<{ nama: string }>(sql`select nama from instansi where instansi_id = ${ctx.instansiId}`);
  const pejabat = await pejabatOpd(ctx.db, ctx.instansiId, f.perangkatDaerahId);
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const rp = (x: number) => formatAngka(x);
  const kolom: DaftarPdf['kolom'] = [
    ['No', 3],
    ['Nama / NIP', 20],
    ['Gol', 5],
    ['Jabatan', 14],
    ['Kls', 3, 'tengah'],
    ['Besaran', 8, 'kanan'],
    ['% Kin', 5, 'kanan'],
    ['% Dis', 5, 'kanan'],
    ['TPP kinerja', 8, 'kanan'],
    ['TPP disiplin', 8, 'kanan'],
    ['Pot. hukdis', 7, 'kanan'],
    ['Bruto', 8, 'kanan'],
    ['BPJS 4%', 6, 'kanan'],
    ['BPJS 1%', 6, 'kanan'],
    ['PPh 21', 6, 'kanan'],
    ['Netto', 8, 'kanan'],
    ['Peny.', 6, 'kanan'],
    ['Diterima', 8, 'kanan'],
    ['Rekening', 11],
    ['Tanda tangan', 8],
  ].map(([judul, lebar, rata]) => ({ judul: judul as string, lebar: lebar as number, ...(rata ? { rata: rata as 'tengah' | 'kanan' } : {}) }));
  const dok: DaftarPdf = { judul: `Daftar nominatif TPP ${labelBulan(d.bulan)}`, kertas: 'F4', orientasi: 'mendatar',
    kakiHalaman: `Daftar nominatif TPP ${labelBulan(d.bulan)} - ${d.opd ?? ''} - ${d.status === 'dikunci' ? 'dikunci' : 'DRAF, belum dikunci'} - dicetak ${formatTanggal(hariIni)}`,
    kop: [`PEMERINTAH ${(instansi?.nama ?? 'KABUPATEN').toUpperCase()}`, (d.opd ?? '').toUpperCase()],
    judulDaftar: `DAFTAR NOMINATIF PENERIMA TAMBAHAN PENGHASILAN PEGAWAI (TPP) BULAN ${labelBulan(d.bulan).toUpperCase()}`, pembuka: [
      `Perangkat daerah: ${d.opd ?? '-'}. Jumlah penerima: ${formatAngka(d.baris.length)}${
        d.tidak.length ? `; ${formatAngka(d.tidak.length)} pegawai belum dapat dihitung (data belum lengkap) dan tidak tercantum` : ''
      }. Rupiah tanpa sen. ${d.status === 'dikunci' ? '' : 'DRAF: bulan ini belum dikunci BKD.'}`,
    ], kolom, baris: d.baris.map((r, i) => [
      String(i + 1),
      `${r.nama}\nNIP ${r.nip}`,
      r.golongan ?? '',
      r.jabatan ?? '',
      String(r.kelasJabatan ?? ''),
      rp(r.besaran ?? 0),
      persenKinerja(r),
      persenDisiplin(r),
      rp(r.tppKinerja!),
      rp(r.tppDisiplin!),
      rp(r.potonganHukdis!),
      rp(r.bruto!),
      rp(r.iuranBpjsPemda!),
      rp(r.iuranBpjsPegawai!),
      rp(r.pph21!),
      rp(r.netto!),
      rp(r.penyesuaianNetto),
      rp(r.diterima),
      teksRekening(r.rekening),
      `${i + 1}. ....`,
    ]), jumlah: [
      '',
      'JUMLAH',
      '',
      '',
      '',
      rp(d.jumlah.besaran),
      '',
      '',
      rp(d.jumlah.tppKinerja),
      rp(d.jumlah.tppDisiplin),
      rp(d.jumlah.potonganHukdis),
      rp(d.jumlah.bruto),
      rp(d.jumlah.iuranBpjsPemda),
      rp(d.jumlah.iuranBpjsPegawai),
      rp(d.jumlah.pph21),
      rp(d.jumlah.netto),
      rp(d.jumlah.penyesuaianNetto),
      rp(d.jumlah.diterima),
      '',
      '',
    ], penutup: [
      `Jumlah diterima ${formatRupiah(d.jumlah.diterima)} (netto ${formatRupiah(d.jumlah.netto)} ditambah penyesuaian ${
        formatRupiah(d.jumlah.penyesuaianNetto)
      }). Iuran BPJS Kesehatan 4% dibayar Pemda di luar TPP; 1% dipotong dari TPP pegawai. Peny.: penyesuaian atas bulan yang sudah dikunci.`,
    ], tandaTangan: [
      ttd(['Diverifikasi oleh,'], pejabat.kasubbagKepegawaian, 'Kepala Subbagian Umum dan Kepegawaian'),
      ttd(['Diverifikasi oleh,'], pejabat.sekretaris, `Sekretaris ${d.opd ?? ''}`.trim()),
      ttd([`Ditetapkan ${formatTanggal(hariIni)},`, 'Mengetahui,'], pejabat.kepala, `Kepala ${d.opd ?? ''}`.trim()),
    ] };
  const isi = await renderDaftarPdf(dok);
  await catatAudit(ctx, { aksi: 'tpp.cetak', entitas: 'tpp_bulan', entitasId: d.bulan,
    sesudah: { bulan: d.bulan, perangkatDaerahId: d.perangkatDaerahId, jumlah: d.baris.length, format: 'pdf' } });
  return { namaBerkas: `${namaBerkas('nominatif-tpp', d.bulan, d.opd)}.pdf`, isi };
}

const sel = (s: string) => (/[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The bank transfer file of a locked month (CSV: rekening, nama bank, nama, NIP, amount = netto
 * plus adjustments), the whole account numbers: `tpp:bayar` only; audited. Only rows the bank can
 * pay: an ASN with nothing to receive is not a transfer, and an ASN without an account is never a
 * blank row. Those without an account are counted (`tanpaRekening`, in the audit entry too) and
 * the TPP month page warns of them with a link to Rekening TPP (`bulanTpp` counts them per
 * perangkat daerah), so none is dropped unseen.
 */
export async function berkasBankTpp(ctx: Konteks, masukan: unknown) {
  lingkup(ctx, 'tpp:bayar');
  const d = await dataNominatif(ctx, masukan);
  if (d.status !== 'dikunci') throw konflik(`TPP ${labelBulan(d.bulan)} belum dikunci; berkas transfer bank dibuat dari bulan yang sudah dikunci.`);
  const baris = ['no_rekening,nama_bank,nama,nip,jumlah'];
  const tanpaRekening: { nip: string, nama: string }[] = [];
  for (const r of d.baris) {
    if (r.diterima <= 0) continue;
    if (!r.rekening.nomorRekening) {
      tanpaRekening.push({ nip: r.nip, nama: r.nama });
      continue;
    }
    baris.push([r.rekening.nomorRekening, r.rekening.namaBank ?? '', r.nama, r.nip, String(r.diterima)].map(sel).join(','));
  }
  await catatAudit(ctx, { aksi: 'tpp.berkas_bank', entitas: 'tpp_bulan', entitasId: d.bulan,
    sesudah: { bulan: d.bulan, perangkatDaerahId: d.perangkatDaerahId, jumlah: baris.length - 1, tanpaRekening: tanpaRekening.length } });
  return { namaBerkas: `${namaBerkas('transfer-tpp', d.bulan, d.opd)}.csv`, isi: Buffer.from(`\uFEFF${baris.join('\r\n')}\r\n`, 'utf8'), dikirim: baris.length - 1, tanpaRekening };
}
