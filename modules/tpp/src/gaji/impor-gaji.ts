import ExcelJS from 'exceljs';
import { sql } from '@simasn/db';
import { formatRupiah, labelBulan } from '@simasn/domain';
import { petaPegawaiNip } from '@simasn/kepegawaian';
import { apakahXlsx, bacaCsv, bacaXlsx, cariKepala, catatAudit, GalatAplikasi, lingkup, type TabelMentah, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { larik } from '../hitung/hitung-bulan.ts';
import { type KomponenGaji, skemaBulanGaji, skemaKomponenGaji } from '../tpp.types.ts';
import { KOLOM_GAJI as K, KOMPONEN_GAJI, RUPIAH_GAJI_MAKS } from './komponen-gaji.ts';
import { bacaRupiahSel, kolomGaji, type KolomImporGaji, type SelGaji } from './sel-gaji.ts';

/**
 * The month's daftar gaji (payroll) from the finance office's payroll application (GPP / SIMGAJI,
 * BKAD), imported by admin BKD / BKAD (`tpp:bayar`) for the TPP month's BPJS base: the template,
 * and the import (every row checked first: the NIP of a pegawai of the instansi, once; each komponen
 * whole rupiah, gaji pokok required, a given "jumlah_kotor" equal to the sum; one problem anywhere
 * and nothing is written; each problem names its row, column, value and reason). A row replaces
 * the ASN's payroll of that month; the ASN not in the file keep theirs.
 */

/** Problems listed at most (a wrong column in a 100.000-row file would otherwise answer 100.000 lines). */
const MASALAH_MAKS = 500;
/** Rows a statement writes (one array per column). */
const POTONGAN = 20_000;

/** The template: sheet "Daftar gaji" (nip as text, nama, the komponen, jumlah_kotor) with one example row, and "Petunjuk". */
export async function templatGajiTpp(ctx: Konteks) {
  lingkup(ctx, 'tpp:bayar');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIMASN';
  const ws = wb.addWorksheet('Daftar gaji');
  ws.columns = [
    { header: K.nip, width: 21, style: { numFmt: '@' } },
    { header: K.nama, width: 34 },
    ...KOMPONEN_GAJI.map((k) => ({ header: k.kolom, width: 20, style: { numFmt: '#,##0' } })),
    { header: K.jumlahKotor, width: 18, style: { numFmt: '#,##0' } },
  ];
  ws.getRow(1).font = { bold: true };
  for (let r = 2; r <= 201; r++) ws.getCell(r, 1).numFmt = '@';
  const p = wb.addWorksheet('Petunjuk');
  p.columns = [{ width: 24 }, { width: 100 }];
  p.addRows([
    ['Kolom', 'Isi'],
    [K.nip, 'NIP 18 angka pegawai instansi ini (sel teks, agar angka tidak berubah). Satu baris per pegawai.'],
    [K.nama, 'Hanya pengingat; tidak dibaca saat impor.'],
    ...KOMPONEN_GAJI.map((k) => [k.kolom, `${k.label} bulan itu dari daftar gaji aplikasi gaji (GPP/SIMGAJI), rupiah bulat${k.wajib ? '; wajib diisi' : '; kosong berarti 0'}.`]),
    [K.jumlahKotor, 'Boleh dikosongkan. Bila diisi (jumlah kotor daftar gaji) harus sama dengan jumlah kolom gaji pokok dan tunjangan di atas.'],
    [],
    ['Bulan', 'Dipilih di halaman saat mengimpor; satu berkas untuk satu bulan.'],
    [
      'Catatan',
      `Semua baris diperiksa dulu; bila ada satu kesalahan tidak ada yang disimpan. Gaji pegawai yang sudah ada pada bulan itu diganti dengan isi berkas; pegawai yang tidak ada di berkas tetap. Paling banyak ${
        formatRupiah(RUPIAH_GAJI_MAKS)
      } per sel.`,
    ],
  ]);
  p.getRow(1).font = { bold: true };
  return { isi: Buffer.from(await wb.xlsx.writeBuffer()), namaBerkas: 'templat-daftar-gaji.xlsx' };
}

export interface MasalahImporGaji {
  baris: number;
  kolom: string;
  nilai: string | null;
  pesan: string;
}

const teksSel = (v: SelGaji) => (v === null || v === undefined || v instanceof Date ? '' : String(v).trim());
const SEL_ANGKA = 'sel berisi angka, bukan teks: angka sesudah digit ke-15 bisa hilang; jadikan kolom bertipe Teks lalu ketik ulang';
const judulKolom = (k: KolomImporGaji) => KOMPONEN_GAJI.find((x) => x.kunci === k)?.kolom ?? K[k as keyof typeof K];

interface BarisSiap extends KomponenGaji {
  pegawaiId: number;
  nip: string;
  nama: string;
  jumlahKotor: number;
}

/**
 * Imports a month's daftar gaji (XLSX or CSV). `dryRun`: only checks. Refused rows come back as
 * `{ ok: false, masalah }` and nothing changes; otherwise every row is written in one transaction
 * (set-based) and the import audited (file, month, rows, new, replaced, total kotor).
 */
export async function imporGajiTpp(ctx: Konteks, berkas: { namaBerkas: string, isi: Buffer }, opsi: { bulan: string, dryRun?: boolean }) {
  lingkup(ctx, 'tpp:bayar');
  const { bulan } = uraikan(skemaBulanGaji, { bulan: opsi.bulan });
  const dryRun = !!opsi.dryRun;
  const hasil = (x: { ok: boolean, baris?: number, baru?: number, diganti?: number, jumlahKotor?: number, masalah?: MasalahImporGaji[] }) => ({ ok: x.ok, dryRun, bulan,
    baris: x.baris ?? 0, baru: x.baru ?? 0, diganti: x.diganti ?? 0, jumlahKotor: x.jumlahKotor ?? 0, masalah: x.masalah ?? [] });
  let tabel: TabelMentah | undefined;
  try {
    tabel = apakahXlsx(berkas.isi) ? (await bacaXlsx(berkas.isi))[0] : /\.csv$/i.test(berkas.namaBerkas) ? bacaCsv(berkas.isi, berkas.namaBerkas) : undefined;
  } catch (e) {
    if (e instanceof GalatAplikasi) throw e;
    return hasil({ ok: false, masalah: [{ baris: 0, kolom: 'berkas', nilai: berkas.namaBerkas, pesan: `berkas tidak dapat dibaca: ${(e as Error).message}` }] });
  }
  if (!tabel) {
    return hasil({ ok: false, masalah: [{ baris: 0, kolom: 'berkas', nilai: berkas.namaBerkas, pesan: 'berkas bukan XLSX atau CSV; unduh template daftar gaji lalu isi' }] });
  }
  const { kolom, baris } = cariKepala<KolomImporGaji>(tabel, kolomGaji, 'nip');
  const wajib: KolomImporGaji[] = ['nip', ...KOMPONEN_GAJI.map((k) => k.kunci)];
  const kurang = wajib.filter((k) => kolom[k] === undefined);
  if (kurang.length) {
    return hasil({ ok: false, masalah: kurang.map((k) => ({ baris: 1, kolom: judulKolom(k), nilai: null, pesan: `kolom "${judulKolom(k)}" tidak ada pada baris judul` })) });
  }
  const sel = (b: TabelMentah['baris'][number], k: KolomImporGaji): SelGaji => (kolom[k] === undefined ? null : b.sel[kolom[k]!]);
  const peta = await petaPegawaiNip(ctx, baris.map((b) => teksSel(sel(b, 'nip')).replace(/\s/g, '')), 'tpp:bayar');
  const masalah: MasalahImporGaji[] = [];
  let jumlahMasalah = 0;
  const catat = (m: MasalahImporGaji) => {
    jumlahMasalah++;
    if (masalah.length < MASALAH_MAKS) masalah.push(m);
  };
  const dilihat = new Map<string, number>();
  const siap: BarisSiap[] = [];
  for (const b of baris) {
    const awal = jumlahMasalah;
    const vNip = sel(b, 'nip');
    const nip = teksSel(vNip).replace(/\s/g, '');
    const p = peta.get(nip);
    if (!nip) catat({ baris: b.nomor, kolom: K.nip, nilai: null, pesan: 'NIP wajib diisi' });
    else if (typeof vNip === 'number') catat({ baris: b.nomor, kolom: K.nip, nilai: nip, pesan: SEL_ANGKA });
    else if (!/^\d{18}$/.test(nip)) catat({ baris: b.nomor, kolom: K.nip, nilai: nip, pesan: 'NIP harus 18 angka' });
    else if (dilihat.has(nip)) catat({ baris: b.nomor, kolom: K.nip, nilai: nip, pesan: `NIP ini sudah ada pada baris ${dilihat.get(nip)}` });
    else if (!p) catat({ baris: b.nomor, kolom: K.nip, nilai: nip, pesan: 'pegawai dengan NIP ini tidak ditemukan di instansi ini' });
    if (nip && !dilihat.has(nip)) dilihat.set(nip, b.nomor);
    const komponen: Partial<KomponenGaji> = {};
    for (const k of KOMPONEN_GAJI) {
      const v = sel(b, k.kunci);
      const r = bacaRupiahSel(v);
      if (!r.ok) catat({ baris: b.nomor, kolom: k.kolom, nilai: teksSel(v) || null, pesan: r.alasan });
      else if (r.nilai === null && k.wajib) catat({ baris: b.nomor, kolom: k.kolom, nilai: null, pesan: `${k.label.toLowerCase()} wajib diisi` });
      else {
        const z = skemaKomponenGaji.shape[k.kunci].safeParse(r.nilai ?? 0);
        if (z.success) komponen[k.kunci] = z.data;
        else catat({ baris: b.nomor, kolom: k.kolom, nilai: teksSel(v), pesan: z.error.issues[0]!.message });
      }
    }
    if (jumlahMasalah > awal || !p) continue;
    const jumlah = KOMPONEN_GAJI.reduce((s, k) => s + komponen[k.kunci]!, 0);
    const vKotor = sel(b, 'jumlahKotor');
    const kotor = bacaRupiahSel(vKotor);
    if (!kotor.ok) catat({ baris: b.nomor, kolom: K.jumlahKotor, nilai: teksSel(vKotor) || null, pesan: kotor.alasan });
    else if (kotor.nilai !== null && kotor.nilai !== jumlah) {
      catat({ baris: b.nomor, kolom: K.jumlahKotor, nilai: teksSel(vKotor),
        pesan: `${formatRupiah(kotor.nilai)} tidak sama dengan jumlah gaji pokok dan tunjangan ${formatRupiah(jumlah)}` });
    }
    if (jumlahMasalah > awal) continue;
    siap.push({ ...(komponen as KomponenGaji), pegawaiId: p.pegawaiId, nip, nama: p.nama, jumlahKotor: jumlah });
  }
  if (jumlahMasalah > masalah.length) {
    masalah.push({ baris: 0, kolom: 'berkas', nilai: null, pesan: `dan ${jumlahMasalah - masalah.length} masalah lain; perbaiki yang di atas lalu periksa lagi` });
  }
  if (masalah.length) return hasil({ ok: false, baris: baris.length, masalah });
  if (!siap.length) throw tidakValid('Berkas tidak berisi baris daftar gaji.', [{ kolom: 'file', pesan: 'tidak ada baris dengan NIP dan gaji pokok' }]);
  const ada = new Set(
    (await ctx.db.many<{ p: string | number }>(sql`select pegawai_id as p from tpp_gaji_bulan where instansi_id = ${ctx.instansiId} and bulan = ${`${bulan}-01`}::date`)).map((r) =>
      Number(r.p)
    ),
  );
  const diganti = siap.filter((r) => ada.has(r.pegawaiId)).length;
  const jumlahKotor = siap.reduce((s, r) => s + r.jumlahKotor, 0);
  const ringkas = { baris: siap.length, baru: siap.length - diganti, diganti, jumlahKotor };
  if (dryRun) return hasil({ ok: true, ...ringkas });
  await ctx.db.transaction(async (tx) => {
    const akun = ctx.pemanggil?.sistem ? null : (ctx.pemanggil?.akunId ?? null);
    const nama = ctx.pemanggil?.namaTampilan ?? null;
    for (let i = 0; i < siap.length; i += POTONGAN) {
      const bagian = siap.slice(i, i + POTONGAN);
      const k = (f: (r: BarisSiap) => string | number) => larik(bagian.map(f));
      await tx.run(sql`
        insert into tpp_gaji_bulan (instansi_id, bulan, pegawai_id, nip, nama, gaji_pokok, tunjangan_keluarga, tunjangan_jabatan, tunjangan_umum, tunjangan_beras,
                                    tunjangan_lain, jumlah_kotor, nama_berkas, diimpor_oleh, nama_pengimpor, diimpor_pada)
        select ${ctx.instansiId}, ${`${bulan}-01`}::date, x.p, x.nip, x.n, x.gp, x.tk, x.tj, x.tu, x.tb, x.tl, x.j, ${berkas.namaBerkas}, ${akun}, ${nama}, ${ctx.sekarang()}
          from unnest(${k((r) => r.pegawaiId)}::bigint[], ${k((r) => r.nip)}::text[], ${k((r) => r.nama)}::text[], ${k((r) => r.gajiPokok)}::bigint[],
                      ${k((r) => r.tunjanganKeluarga)}::bigint[], ${k((r) => r.tunjanganJabatan)}::bigint[], ${k((r) => r.tunjanganUmum)}::bigint[],
                      ${k((r) => r.tunjanganBeras)}::bigint[], ${k((r) => r.tunjanganLain)}::bigint[], ${k((r) => r.jumlahKotor)}::bigint[])
               as x(p, nip, n, gp, tk, tj, tu, tb, tl, j)
        on conflict (instansi_id, bulan, pegawai_id) do update set nip = excluded.nip, nama = excluded.nama, gaji_pokok = excluded.gaji_pokok,
          tunjangan_keluarga = excluded.tunjangan_keluarga, tunjangan_jabatan = excluded.tunjangan_jabatan, tunjangan_umum = excluded.tunjangan_umum,
          tunjangan_beras = excluded.tunjangan_beras, tunjangan_lain = excluded.tunjangan_lain, jumlah_kotor = excluded.jumlah_kotor, nama_berkas = excluded.nama_berkas,
          diimpor_oleh = excluded.diimpor_oleh, nama_pengimpor = excluded.nama_pengimpor, diimpor_pada = excluded.diimpor_pada`);
    }
    await catatAudit({ ...ctx, db: tx }, { aksi: 'tpp.impor_gaji', entitas: 'tpp_gaji_bulan', entitasId: bulan, sesudah: { berkas: berkas.namaBerkas, bulan, ...ringkas },
      keterangan: `Daftar gaji ${labelBulan(bulan)}` });
  });
  return hasil({ ok: true, ...ringkas });
}
