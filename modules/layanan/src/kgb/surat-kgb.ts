import { sql } from '@simasn/db';
import { formatNip, formatRupiah, formatTanggal, hitungKgb, labelGolongan, langkahMkg, namaTabelGaji, tambahBulan, type KodeGolonganPns } from '@simasn/domain';
import { lingkup, syaratLingkup, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { renderDocx, renderPdf, type Dokumen } from '@simasn/platform/dokumen';
import { penandatanganKepegawaian } from '../surat/penandatangan.ts';
import { skemaSuratKgb } from './kgb.types.ts';

export { skemaSuratKgb } from './kgb.types.ts';

interface DataSurat {
  id: number;
  pegawaiId: number;
  nip: string;
  nama: string;
  gd: string | null;
  gb: string | null;
  jabatan: string | null;
  unit: string | null;
  perangkatDaerah: string | null;
  golongan: string;
  tmt: string;
  mkTahun: number;
  mkBulan: number;
  gajiPokok: number;
  gajiPokokLama: number | null;
  aturanGaji: string;
  nomorSurat: string;
  tanggalSurat: string;
}

const namaGelar = (d: DataSurat) => [d.gd, d.nama].filter(Boolean).join(' ') + (d.gb ? `, ${d.gb}` : '');

/** The letter as one document description (kop, nomor, perihal, old/new table, signature), for PDF and DOCX. */
export async function dokumenSuratKgb(ctx: Konteks, d: DataSurat): Promise<Dokumen> {
  const ttd = await penandatanganKepegawaian(ctx);
  const g = d.golongan as KodeGolonganPns;
  const langkah = langkahMkg(g);
  const mkLama = [...langkah].reverse().find((s) => s < d.mkTahun) ?? d.mkTahun;
  const tmtLama = tambahBulan(d.tmt, -((d.mkTahun - mkLama) * 12 + d.mkBulan));
  const berikut = hitungKgb({ golongan: g, tmtKgbTerakhir: d.tmt, mkgTahun: d.mkTahun, mkgBulan: d.mkBulan, predikatKinerja: 'baik' });
  const dasar = namaTabelGaji(d.aturanGaji);
  const baris = (a: string, b: string) => [a, ':', b];
  return { judul: `Surat Pemberitahuan Kenaikan Gaji Berkala ${d.nama}`, kertas: 'F4', isi: [
    { jenis: 'kop', baris: ttd.kop, alamat: [ttd.kota ? `${ttd.kota}` : ''] },
    { jenis: 'paragraf', teks: `${ttd.kota ? `${ttd.kota}, ` : ''}${formatTanggal(d.tanggalSurat)}`, rata: 'kanan' },
    { jenis: 'tabel', lebar: [2, 0.3, 7], kepala: [], ukuran: 11,
      isi: [baris('Nomor', d.nomorSurat), baris('Sifat', 'Biasa'), baris('Lampiran', '-'), ['Perihal', ':', { teks: 'Kenaikan Gaji Berkala', tebal: true }]] },
    { jenis: 'paragraf', teks: 'Kepada Yth.', rata: 'kiri' },
    { jenis: 'paragraf', teks: 'Kepala Badan Pengelolaan Keuangan dan Aset Daerah', rata: 'kiri' },
    { jenis: 'paragraf', teks: 'di tempat', rata: 'kiri' },
    { jenis: 'paragraf', teks: 'Dengan ini diberitahukan bahwa berhubung telah dipenuhinya masa kerja dan syarat-syarat lainnya kepada:' },
    { jenis: 'tabel', lebar: [0.5, 4, 0.3, 7], kepala: [], ukuran: 11, isi: [
      ['1.', 'Nama', ':', namaGelar(d)],
      ['2.', 'NIP', ':', formatNip(d.nip)],
      ['3.', 'Pangkat/golongan', ':', labelGolongan(d.golongan)],
      ['4.', 'Jabatan', ':', d.jabatan ?? '-'],
      ['5.', 'Unit kerja', ':', [d.unit, d.perangkatDaerah].filter((x, i, a) => x && a.indexOf(x) === i).join(', ') || '-'],
    ] },
    { jenis: 'paragraf', teks: `diberikan kenaikan gaji berkala sebagai berikut, menurut tabel gaji pokok ${dasar}:` },
    { jenis: 'tabel', lebar: [4, 4, 4], ukuran: 11, kepala: [['Uraian', 'Lama', 'Baru']], isi: [
      ['Gaji pokok', { teks: d.gajiPokokLama ? formatRupiah(d.gajiPokokLama) : '-', rata: 'kanan' }, { teks: formatRupiah(d.gajiPokok), rata: 'kanan', tebal: true }],
      ['Masa kerja golongan', `${mkLama} tahun 0 bulan`, `${d.mkTahun} tahun ${d.mkBulan} bulan`],
      ['Golongan ruang', d.golongan, d.golongan],
      ['Terhitung mulai tanggal', formatTanggal(tmtLama), formatTanggal(d.tmt)],
    ] },
    { jenis: 'paragraf',
      teks: `Kenaikan gaji berkala berikutnya: ${
        berikut.ok && berikut.nilai.tmtKgbBerikutnya ? formatTanggal(berikut.nilai.tmtKgbBerikutnya) : 'tidak ada (langkah tertinggi golongan ini)'
      }, apabila memenuhi syarat. Kepada pegawai tersebut dapat dibayarkan penghasilannya berdasarkan gaji pokok yang baru mulai ${formatTanggal(d.tmt)}.` },
    { jenis: 'tandaTangan', kolom: [null, { atas: [`${ttd.jabatan},`], nama: ttd.nama, bawah: [ttd.pangkat ?? '', ttd.nip ? `NIP. ${ttd.nip}` : ''].filter(Boolean) }] },
    { jenis: 'paragraf', rata: 'kiri', ukuran: 9,
      teks: 'Tembusan: 1. Kepala Kantor Regional BKN; 2. Kepala Perangkat Daerah yang bersangkutan; 3. Pegawai yang bersangkutan; 4. Arsip.' },
  ] };
}

/**
 * The surat KGB of an issued riwayat gaji, rendered now from the stored data (number, date, old
 * and new gaji pokok, grid rule), as PDF or DOCX. Readable by whoever reaches the employee for
 * layanan:baca (the ASN their own).
 */
export async function suratKgb(ctx: Konteks, masukan: unknown): Promise<{ namaBerkas: string, jenisMime: string, isi: Buffer }> {
  const f = uraikan(skemaSuratKgb, masukan);
  const l = lingkup(ctx, 'layanan:baca');
  const d = await ctx.db.maybeOne<DataSurat>(sql`
    select g.id, g.pegawai_id as "pegawaiId", p.nip, p.nama, p.gelar_depan as gd, p.gelar_belakang as gb, j.nama as jabatan, u.nama as unit, pd.nama as "perangkatDaerah",
           g.golongan, g.tmt::text as tmt, g.mk_tahun as "mkTahun", g.mk_bulan as "mkBulan", g.gaji_pokok as "gajiPokok",
           g.gaji_pokok_lama as "gajiPokokLama", g.aturan_gaji as "aturanGaji", g.nomor_surat as "nomorSurat", g.tanggal_surat::text as "tanggalSurat"
      from riwayat_gaji g
      join pegawai p on p.instansi_id = g.instansi_id and p.id = g.pegawai_id
      left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
      left join unit_organisasi pd on pd.instansi_id = p.instansi_id and pd.id = p.perangkat_daerah_id
     where g.instansi_id = ${ctx.instansiId} and g.id = ${f.id} and g.jenis = 'kgb' and g.nomor_surat is not null and ${syaratLingkup(l)}`);
  if (!d) throw tidakDitemukan('Surat KGB tidak ditemukan.');
  const dok = await dokumenSuratKgb(ctx, d);
  const nama = `surat-kgb-${d.nip}-${d.tmt}.${f.format}`;
  return f.format === 'pdf'
    ? { namaBerkas: nama, jenisMime: 'application/pdf', isi: await renderPdf(dok) }
    : { namaBerkas: nama, jenisMime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', isi: await renderDocx(dok) };
}
