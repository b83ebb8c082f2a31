import { formatTanggal, namaTabelGaji } from '@simasn/domain';
import { tabelKeXlsx, tanggalXlsx, uraikan, type Konteks } from '@simasn/platform';
import { daftarKgbBulanan, skemaDaftarKgb } from './daftar-kgb-bulanan.ts';
import { LABEL_STATUS_KGB, type BarisKgb } from './hitung-baris-kgb.ts';

/**
 * The month's KGB list for the finance office (BKAD) as XLSX: the issued letters (number, date,
 * TMT, old and new gaji pokok, the difference, grid rule) and, below them in the same sheet, the
 * ones still due or blocked with the reason, so the payroll knows what is coming.
 */
export async function eksporKgbBkad(ctx: Konteks, masukan: unknown = {}): Promise<{ namaBerkas: string, isi: Buffer }> {
  const f = uraikan(skemaDaftarKgb, masukan);
  const d = await daftarKgbBulanan(ctx, { ...f, page: undefined });
  const urut = { terbit: 0, diusulkan: 1, jatuh_tempo: 2, terhambat: 3 } as const;
  const baris = [...d.items].sort((a, b) => urut[a.status] - urut[b.status] || a.nama.localeCompare(b.nama, 'id'));
  const [tahun, bulan] = d.bulan.split('-');
  const isi = await tabelKeXlsx<BarisKgb>({ judul: `Daftar Kenaikan Gaji Berkala bulan ${formatTanggal(`${d.bulan}-01`).replace(/^1 /, '')}`,
    keterangan:
      `Untuk Badan Pengelolaan Keuangan dan Aset Daerah. Sudah terbit ${d.ringkasan.terbit}, jatuh tempo ${d.ringkasan.jatuhTempo}, sedang diusulkan ${d.ringkasan.diusulkan}, terhambat ${d.ringkasan.terhambat}.`,
    namaLembar: `KGB ${bulan}-${tahun}`, kolom: [
      { judul: 'NIP', nilai: (b) => b.nip, teks: true, lebar: 21 },
      { judul: 'Nama', nilai: (b) => b.nama, lebar: 30 },
      { judul: 'Perangkat daerah', nilai: (b) => b.perangkatDaerah, lebar: 30 },
      { judul: 'Golongan', nilai: (b) => b.golongan, lebar: 10 },
      { judul: 'TMT KGB', nilai: (b) => tanggalXlsx(b.tmtKgb), format: 'd mmmm yyyy', lebar: 16 },
      { judul: 'MKG baru (tahun)', nilai: (b) => b.mkgBaruTahun, lebar: 10 },
      { judul: 'MKG baru (bulan)', nilai: (b) => b.mkgBaruBulan, lebar: 10 },
      { judul: 'Gaji pokok lama', nilai: (b) => Number(b.gajiPokokLama), format: '#,##0.00', lebar: 16 },
      { judul: 'Gaji pokok baru', nilai: (b) => Number(b.gajiPokokBaru), format: '#,##0.00', lebar: 16 },
      { judul: 'Selisih', nilai: (b) => Number(b.gajiPokokBaru) - Number(b.gajiPokokLama), format: '#,##0.00', lebar: 14 },
      { judul: 'Tabel gaji', nilai: (b) => (b.aturanGaji ? namaTabelGaji(b.aturanGaji) : ''), lebar: 14 },
      { judul: 'Status', nilai: (b) => LABEL_STATUS_KGB[b.status], lebar: 16 },
      { judul: 'Nomor surat', nilai: (b) => b.nomorSurat, lebar: 26 },
      { judul: 'Keterangan', nilai: (b) => [...b.alasan, ...b.catatan].join('; '), lebar: 60 },
    ], baris });
  return { namaBerkas: `kgb-${d.bulan}.xlsx`, isi };
}
