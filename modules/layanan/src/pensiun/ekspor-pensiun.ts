import { labelGolongan } from '@simasn/domain';
import { tabelKeXlsx, tanggalXlsx, uraikan, type Konteks } from '@simasn/platform';
import { daftarPensiun } from './daftar-pensiun.ts';
import { skemaDaftarPensiun } from './pensiun.types.ts';

/** SIMANTUN TANDUK's list as XLSX, with the page's search, filters and sort (the list's own action, without the page), in the same reach. */
export async function eksporPensiun(ctx: Konteks, masukan: unknown): Promise<{ namaBerkas: string, isi: Buffer }> {
  const f = uraikan(skemaDaftarPensiun, masukan);
  const d = await daftarPensiun(ctx, { ...f, page: undefined });
  type Baris = (typeof d.pegawai)[number];
  const isi = await tabelKeXlsx<Baris>({ judul: `Pegawai yang mencapai batas usia pensiun dalam ${d.bulan} bulan`,
    keterangan: `${d.total} pegawai; ${d.jumlahMendesak} mendekati BUP tanpa usulan pensiun.`, namaLembar: 'Pensiun', kolom: [
      { judul: 'NIP', nilai: (r) => r.nip, teks: true, lebar: 21 },
      { judul: 'Nama', nilai: (r) => r.nama, lebar: 30 },
      { judul: 'Perangkat daerah', nilai: (r) => r.perangkatDaerah, lebar: 30 },
      { judul: 'Golongan', nilai: (r) => (r.golongan ? labelGolongan(r.golongan) : null), lebar: 22 },
      { judul: 'Jabatan', nilai: (r) => r.jabatan, lebar: 30 },
      { judul: 'BUP (tahun)', nilai: (r) => r.bup, lebar: 10 },
      { judul: 'Tanggal BUP', nilai: (r) => tanggalXlsx(r.tanggalBup), format: 'd mmmm yyyy', lebar: 16 },
      { judul: 'TMT pensiun', nilai: (r) => tanggalXlsx(r.tmtPensiun), format: 'd mmmm yyyy', lebar: 16 },
      { judul: 'Usulan', nilai: (r) => (r.usulan ? `Nomor ${r.usulan.id}` : r.mendesak ? 'Belum ada (mendesak)' : 'Belum ada'), lebar: 20 },
    ], baris: d.pegawai });
  return { namaBerkas: `pensiun-${d.hariIni}.xlsx`, isi };
}
