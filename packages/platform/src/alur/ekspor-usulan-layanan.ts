import { formatTanggal } from '@simasn/domain';
import { tabelKeXlsx, type Konteks } from '@simasn/platform';
import { daftarUsulanLayanan } from './daftar-usulan-layanan.ts';

/** A service queue as XLSX, with the page's search, filters and sort (the list's own query, every page), in the same reach. */
export async function eksporUsulanLayanan(ctx: Konteks, masukan: unknown): Promise<{ namaBerkas: string, isi: Buffer }> {
  const d = await daftarUsulanLayanan(ctx, masukan, true);
  type Baris = (typeof d.items)[number];
  const isi = await tabelKeXlsx<Baris>({ judul: 'Usulan layanan',
    keterangan: `${d.total} usulan; ${d.items.filter((u) => u.terlambat).length} terlambat (melewati tenggat langkahnya atau batas akhir layanannya).`, namaLembar: 'Usulan',
    kolom: [
      { judul: 'Nomor', nilai: (u) => u.id, lebar: 9 },
      { judul: 'Diajukan', nilai: (u) => new Date(u.diajukanPada), format: 'd mmmm yyyy', lebar: 16 },
      { judul: 'NIP', nilai: (u) => u.nip, teks: true, lebar: 21 },
      { judul: 'Nama', nilai: (u) => u.nama, lebar: 30 },
      { judul: 'Unit kerja', nilai: (u) => u.unit, lebar: 30 },
      { judul: 'Layanan', nilai: (u) => u.labelJenis, lebar: 22 },
      { judul: 'Langkah', nilai: (u) => u.labelLangkah, lebar: 22 },
      { judul: 'Status', nilai: (u) => u.labelStatus, lebar: 14 },
      { judul: 'Tenggat', nilai: (u) => (u.tenggat ? formatTanggal(u.tenggat) : null), lebar: 18 },
      { judul: 'Terlambat', nilai: (u) => (u.alasanTerlambat ? u.alasanTerlambat[0]!.toUpperCase() + u.alasanTerlambat.slice(1) : ''), lebar: 40 },
    ], baris: d.items });
  return { namaBerkas: 'usulan-layanan.xlsx', isi };
}
