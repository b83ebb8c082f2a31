import { formatNip } from '@simasn/domain';
import { renderDocx, renderPdf, type Blok, type Dokumen, type Penandatangan } from '@simasn/platform/dokumen';
import { uraikan, type z, type Konteks } from '@simasn/platform';
import { tabelPk } from '../lkjip/bab-perencanaan.ts';
import { FORMAT_BERKAS } from '../lkjip/berkas-lkjip.ts';
import { instansiLaporan } from '../lkjip/data-organisasi.ts';
import { tempatTanggal } from '../lkjip/format.ts';
import { ambilPk } from './ambil-pk.ts';
import { skemaCetakPk } from './pk.types.ts';

export { skemaCetakPk };

type Pk = Awaited<ReturnType<typeof ambilPk>>;

function pihak(p: Pk['pihakPertama']) {
  return { nama: p.nama, jabatan: p.jabatan, nip: p.nip ? `NIP. ${formatNip(p.nip)}` : null };
}

/** The Perjanjian Kinerja in its official layout: parties, promises, signatures, lampiran tables. */
export function dokumenPk(pk: Pk, instansi: { nama: string, ibuKota: string | null }): Dokumen {
  const judul = `${pk.nomorPerubahan > 0 ? 'PERUBAHAN ' : ''}PERJANJIAN KINERJA TAHUN ${pk.tahun}`;
  const pertama = pihak(pk.pihakPertama);
  const kedua = pihak(pk.pihakKedua);
  const tanggal = tempatTanggal({ instansi, tanggal: pk.tanggal });
  const ttd: (Penandatangan | null)[] = [
    { atas: ['', 'PIHAK KEDUA,', kedua.jabatan.toUpperCase()], nama: kedua.nama, bawah: kedua.nip ? [kedua.nip] : [] },
    { atas: [tanggal, 'PIHAK PERTAMA,', pertama.jabatan.toUpperCase()], nama: pertama.nama, bawah: pertama.nip ? [pertama.nip] : [] },
  ];
  const p = (teks: string, rata: 'kiri' | 'rata' | 'tengah' = 'rata'): Blok => ({ jenis: 'paragraf', teks, rata });
  return { judul: `${judul} ${pk.jabatan.nama}`, penulis: pk.unit.nama, kertas: 'A4', isi: [
    ...(pk.status !== 'disetujui' ? [{ jenis: 'paragraf', teks: [{ teks: `DRAF (${pk.status}): belum disetujui kedua pihak`, tebal: true }], rata: 'kanan' } satisfies Blok] : []),
    { jenis: 'paragraf', teks: judul, rata: 'tengah', tebal: true, ukuran: 14 },
    { jenis: 'paragraf', teks: pk.unit.nama.toUpperCase(), rata: 'tengah', tebal: true, ukuran: 13 },
    { jenis: 'spasi', pt: 12 },
    p('Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:'),
    p(`Nama          : ${pertama.nama}`, 'kiri'),
    p(`Jabatan       : ${pertama.jabatan}`, 'kiri'),
    p('selanjutnya disebut Pihak Pertama.', 'kiri'),
    p(`Nama          : ${kedua.nama}`, 'kiri'),
    p(`Jabatan       : ${kedua.jabatan}`, 'kiri'),
    p('selaku atasan Pihak Pertama, selanjutnya disebut Pihak Kedua.', 'kiri'),
    p('Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.'),
    p('Pihak Kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.'),
    ...(pk.nomorPerubahan > 0 && pk.alasanPerubahan ? [p(`Perubahan ke-${pk.nomorPerubahan} ini dibuat karena ${pk.alasanPerubahan}.`)] : []),
    { jenis: 'tandaTangan', kolom: ttd },
    { jenis: 'pindahHalaman' },
    { jenis: 'paragraf', teks: `LAMPIRAN ${judul}`, rata: 'tengah', tebal: true },
    { jenis: 'paragraf', teks: `${pk.jabatan.nama.toUpperCase()} - ${pk.unit.nama.toUpperCase()}`, rata: 'tengah', tebal: true },
    ...tabelPk({ indikator: pk.indikator.map((i) => ({ sasaran: i.sasaran ?? i.tujuan ?? i.program ?? '-', uraian: i.uraian, satuan: i.satuan, target: Number(i.target) })),
      anggaran: pk.anggaran.map((a) => ({ kode: a.kode, nama: a.nama, anggaran: Number(a.anggaran) })), jumlahAnggaran: pk.jumlahAnggaran }, {
      indikator: 'Sasaran, Indikator Kinerja dan Target',
      anggaran: 'Program / Kegiatan dan Anggaran',
    }),
    { jenis: 'tandaTangan', kolom: ttd },
  ] };
}

/** The PK print as PDF (or DOCX), for anyone who may read the PK. */
export async function cetakPk(ctx: Konteks, masukan: z.input<typeof skemaCetakPk>) {
  const f = uraikan(skemaCetakPk, masukan);
  const pk = await ambilPk(ctx, f.id);
  const dok = dokumenPk(pk, await instansiLaporan(ctx));
  const isi = f.format === 'pdf' ? await renderPdf(dok) : await renderDocx(dok);
  const nama = `PK-${pk.tahun}-${pk.unit.kode}-${pk.jabatan.nama}${pk.nomorPerubahan ? `-perubahan-${pk.nomorPerubahan}` : ''}`.replace(/[^\w.-]+/g, '_');
  return { isi, namaBerkas: `${nama}.${f.format}`, mime: FORMAT_BERKAS[f.format] };
}
