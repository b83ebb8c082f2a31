import { sql } from '@simasn/db';
import { formatRupiah, formatTanggal, formatNip, labelGolongan, labelPendidikan, LABEL_JENIS_USULAN_KP, type JenisUsulanKp } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import type { Dokumen } from '@simasn/platform/dokumen';

/** What the SK draft prints, read from the records and the request. */
export interface DataSkKp {
  instansi: { nama: string, ibuKota: string | null };
  nomorSk: string;
  tanggalSk: string;
  pegawai: { nama: string, nip: string, tempatLahir: string | null, tanggalLahir: string, pendidikan: string | null, jabatan: string | null, unit: string | null };
  jenisKp: JenisUsulanKp;
  golonganLama: string;
  tmtGolonganLama: string;
  golonganBaru: string;
  tmt: string;
  mkTahun: number;
  mkBulan: number;
  gajiPokok: number | null;
  aturanGaji: string | null;
}

/** The SK kenaikan pangkat (draft for signature) as one document description: DOCX and PDF. */
export function dokumenSkKenaikanPangkat(d: DataSkKp): Dokumen {
  const daerah = d.instansi.nama.toUpperCase();
  const kepala = daerah.startsWith('KOTA') ? 'WALI KOTA' : 'BUPATI';
  const wilayah = daerah.replace(/^(KABUPATEN|KOTA)\s+/, '');
  const baris = (label: string, nilai: string): string[] => [label, ':', nilai];
  return { judul: `SK Kenaikan Pangkat ${d.pegawai.nama}`, kertas: 'F4', isi: [
    { jenis: 'kop', baris: [`PEMERINTAH ${daerah}`, 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA'], alamat: d.instansi.ibuKota ? [d.instansi.ibuKota] : [] },
    { jenis: 'paragraf', teks: `KEPUTUSAN ${kepala} ${wilayah}`, rata: 'tengah', tebal: true },
    { jenis: 'paragraf', teks: `NOMOR ${d.nomorSk}`, rata: 'tengah' },
    { jenis: 'paragraf', teks: 'TENTANG KENAIKAN PANGKAT PEGAWAI NEGERI SIPIL', rata: 'tengah', tebal: true },
    { jenis: 'paragraf', teks: `Kenaikan pangkat ${LABEL_JENIS_USULAN_KP[d.jenisKp].toLowerCase()}`, rata: 'tengah' },
    { jenis: 'spasi', pt: 8 },
    { jenis: 'paragraf',
      teks: 'Menimbang: bahwa Pegawai Negeri Sipil yang namanya tersebut dalam keputusan ini memenuhi syarat untuk dinaikkan pangkatnya setingkat lebih tinggi.' },
    { jenis: 'paragraf',
      teks:
        'Mengingat: Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; Peraturan Pemerintah Nomor 99 Tahun 2000 tentang Kenaikan Pangkat Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 12 Tahun 2002; Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020.' },
    { jenis: 'paragraf', teks: 'MEMUTUSKAN', rata: 'tengah', tebal: true },
    { jenis: 'paragraf', teks: 'Menetapkan: menaikkan pangkat Pegawai Negeri Sipil berikut:' },
    { jenis: 'tabel', lebar: [4, 0.4, 8], ukuran: 10, kepala: [], isi: [
      baris('Nama', d.pegawai.nama),
      baris('NIP', formatNip(d.pegawai.nip)),
      baris('Tempat, tanggal lahir', `${d.pegawai.tempatLahir ?? '-'}, ${formatTanggal(d.pegawai.tanggalLahir)}`),
      baris('Pendidikan', labelPendidikan(d.pegawai.pendidikan)),
      baris('Pangkat lama', `${labelGolongan(d.golonganLama)}, TMT ${formatTanggal(d.tmtGolonganLama)}`),
      baris('Jabatan', d.pegawai.jabatan ?? '-'),
      baris('Unit kerja', d.pegawai.unit ?? '-'),
      baris('Pangkat baru', labelGolongan(d.golonganBaru)),
      baris('Terhitung mulai tanggal', formatTanggal(d.tmt)),
      baris('Masa kerja golongan', `${d.mkTahun} tahun ${d.mkBulan} bulan`),
      baris('Gaji pokok', d.gajiPokok === null ? '-' : `${formatRupiah(d.gajiPokok)}${d.aturanGaji ? ` (${d.aturanGaji})` : ''}`),
    ] },
    { jenis: 'paragraf', teks: 'Apabila di kemudian hari terdapat kekeliruan dalam keputusan ini, akan diadakan perbaikan sebagaimana mestinya.' },
    { jenis: 'tandaTangan',
      kolom: [{ atas: [`Ditetapkan di ${d.instansi.ibuKota ?? wilayah}`, `pada tanggal ${formatTanggal(d.tanggalSk)}`, `${kepala} ${wilayah},`],
        nama: '..............................', bawah: [] }] },
  ] };
}

/** Reads what the SK prints for a request's employee (same transaction as the approval). */
export async function bacaDataSkKp(ctx: Konteks, pegawaiId: number) {
  return ctx.db.one<
    { nama_instansi: string, ibu_kota: string | null, nama: string, nip: string, tempat_lahir: string | null, tanggal_lahir: string, pendidikan_terakhir: string | null,
      jabatan: string | null, unit: string | null, mk_golongan_tahun: number | null, mk_golongan_bulan: number | null }
  >(sql`
    select i.nama as nama_instansi, i.ibu_kota, p.nama, p.nip, p.tempat_lahir, p.tanggal_lahir, p.pendidikan_terakhir, j.nama as jabatan, u.nama as unit,
           p.mk_golongan_tahun, p.mk_golongan_bulan
      from pegawai p join instansi i on i.instansi_id = p.instansi_id
      left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
     where p.instansi_id = ${ctx.instansiId} and p.id = ${pegawaiId}`);
}
