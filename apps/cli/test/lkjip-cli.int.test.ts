import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bacaDocx, bacaPdf } from '@simasn/platform/dokumen/baca';
import { buatRenstra, simpanIndikator, simpanProgramKegiatan, simpanRealisasi, simpanRealisasiAnggaran, simpanSasaran, simpanTujuan } from '@simasn/sakip';
import { cliUji } from './cli-uji.ts';

/** `simasn lkjip` as a user runs it: its own process on a data folder, the file written, exit codes. */
const { folder, simasn } = cliUji('lkjip', async (_db, fx) => {
  const s = fx.sistem;
  const r = await buatRenstra(s, { unitId: fx.unit.bkpsdm, tahunAwal: 2021, tahunAkhir: 2026, nama: 'Renstra BKPSDM 2021-2026' });
  const t = await simpanTujuan(s, r.id, { kode: 'T1', uraian: 'Optimalnya reformasi birokrasi' });
  const sa = await simpanSasaran(s, r.id, { tujuanId: t.id, kode: 'S1', uraian: 'Meningkatnya profesionalitas ASN' });
  const p = await simpanProgramKegiatan(s, r.id, { tingkat: 'program', kode: '5.03.02', nama: 'Program Kepegawaian Daerah' });
  const k = await simpanProgramKegiatan(s, r.id, { tingkat: 'kegiatan', indukId: p.id, kode: '5.03.02.2.01', nama: 'Pengadaan ASN' });
  const sub = await simpanProgramKegiatan(s, r.id, { tingkat: 'sub_kegiatan', indukId: k.id, kode: '5.03.02.2.01.0001', nama: 'Rencana kebutuhan ASN',
    pagu: [{ tahun: 2024, pagu: 8_328_663_601 }] });
  const i = await simpanIndikator(s, r.id, { sasaranId: sa.id, kode: 'IK1', uraian: 'Indeks Profesionalitas ASN', satuan: 'indeks', polaritas: 'positif', agregasi: 'snapshot',
    target: [{ tahun: 2024, target: 56.35 }], programIds: [p.id] });
  await simpanRealisasi(s, { indikatorId: i.id, tahun: 2024, tribulan: 2, nilai: 57.12 });
  await simpanRealisasiAnggaran(s, { programKegiatanId: sub.id, tahun: 2024, tribulan: 2, nilai: 2_084_365_342 });
});

describe('simasn lkjip', () => {
  it('writes the PDF of a tribulan and the DOCX of the year from the database, with progress on stderr', async () => {
    const pdf = join(folder, 'lkjip.pdf');
    const belum = simasn('lkjip', '--unit', 'BKPSDM', '--tahun', '2024', '--tribulan', '2', '--out', pdf);
    expect(belum.kode).toBe(2);
    expect(belum.err).toContain('bagian belum diisi pada menu Laporan LKjIP. Isi bagian tersebut, atau jalankan dengan --kosongkan');
    expect(belum.err).toContain('  Bab IV - A. Kesimpulan belum diisi');
    const r = simasn('lkjip', '--unit', 'BKPSDM', '--tahun', '2024', '--tribulan', '2', '--kosongkan', '--out', pdf);
    expect(r.kode, r.err).toBe(0);
    expect(r.err).toContain('[ 70%] Menggambar grafik dan menyusun PDF');
    expect(r.out).toMatch(/Tribulan II Tahun 2024: .*lkjip\.pdf/);
    const p = await bacaPdf(readFileSync(pdf));
    const teks = p.halaman.join('\n');
    for (const s of ['BAB III AKUNTABILITAS KINERJA', 'Indeks Profesionalitas ASN', '101,37%', '25,03%', '8.328.663.601']) expect(teks, s).toContain(s);
    const docx = join(folder, 'lkjip.docx');
    expect(simasn('lkjip', '--unit', 'BKPSDM', '--tahun', '2024', '--kosongkan', '--out', docx).kode).toBe(0);
    expect((await bacaDocx(readFileSync(docx))).teks).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH');
  });

  it('refuses bad input with exit 2 and writes nothing; a unit without a Renstra is a plain failure', () => {
    const r = simasn('lkjip', '--unit', 'BKPSDM', '--tahun', '2024', '--out', join(folder, 'x.odt'));
    expect(r.kode).toBe(2);
    expect(r.err).toContain('--out FILE.docx|.pdf');
    expect(simasn('lkjip', '--unit', 'TIDAK-ADA', '--tahun', '2024', '--out', join(folder, 'x.pdf')).err).toContain('Unit dengan kode TIDAK-ADA tidak ada');
    // Refused by the module's rule before the data folder is opened.
    const t = simasn('lkjip', '--unit', 'BKPSDM', '--tahun', '2024', '--tribulan', '5', '--out', join(folder, 'x.pdf'));
    expect(t.kode).toBe(2);
    expect(t.err).toContain('--tribulan: tribulan 1 sampai 4');
    const d = simasn('lkjip', '--unit', 'DINKES', '--tahun', '2024', '--out', join(folder, 'y.pdf'));
    expect(d.kode).toBe(1);
    expect(d.err).toContain('belum mempunyai Renstra');
  });
});
