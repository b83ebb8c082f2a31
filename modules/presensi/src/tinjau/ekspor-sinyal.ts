import { formatTanggal, formatWaktuSetempat } from '@simasn/domain';
import { tabelKeXlsx, uraikan, type Konteks } from '@simasn/platform';
import { LABEL_JENIS_PRESENSI, LABEL_STATUS_SINYAL } from '../label-presensi.ts';
import { daftarSinyal } from './daftar-sinyal.ts';
import { skemaEksporSinyal } from './tinjau.types.ts';

export { skemaEksporSinyal };

/** The review queue as XLSX: exactly the rows the list shows with the same filters, every page. */
export async function eksporSinyal(ctx: Konteks, masukan: unknown = {}): Promise<{ isi: Buffer, namaBerkas: string }> {
  const f = uraikan(skemaEksporSinyal, masukan);
  const h = await daftarSinyal(ctx, f);
  const isi = await tabelKeXlsx({ judul: 'Sinyal Kecurangan Presensi', keterangan: `Dibuat ${formatWaktuSetempat(ctx.sekarang(), ctx.zona)}; ${h.total} sinyal`,
    namaLembar: 'Sinyal', baris: h.items, kolom: [
      { judul: 'Tanggal', nilai: (s) => formatTanggal(s.presensi.tanggal), lebar: 18 },
      { judul: 'Waktu presensi', nilai: (s) => formatWaktuSetempat(new Date(s.presensi.waktu as string | Date), ctx.zona), lebar: 24 },
      { judul: 'Jenis presensi', nilai: (s) => LABEL_JENIS_PRESENSI[s.presensi.jenis] },
      { judul: 'NIP', nilai: (s) => s.pegawai.nip, teks: true, lebar: 21 },
      { judul: 'Nama', nilai: (s) => s.pegawai.nama, lebar: 28 },
      { judul: 'Unit', nilai: (s) => s.pegawai.unit, lebar: 30 },
      { judul: 'Sinyal', nilai: (s) => s.label, lebar: 30 },
      { judul: 'Bukti', nilai: (s) => s.uraian, lebar: 70 },
      { judul: 'Lintang', nilai: (s) => s.presensi.lat, format: '0.000000' },
      { judul: 'Bujur', nilai: (s) => s.presensi.lon, format: '0.000000' },
      { judul: 'Akurasi (m)', nilai: (s) => s.presensi.akurasiMeter },
      { judul: 'Luring', nilai: (s) => (s.presensi.luring ? 'Ya' : 'Tidak') },
      { judul: 'Status', nilai: (s) => LABEL_STATUS_SINYAL[s.status], lebar: 24 },
      { judul: 'Catatan peninjau', nilai: (s) => s.catatan, lebar: 40 },
    ] });
  return { isi, namaBerkas: 'sinyal-presensi.xlsx' };
}
