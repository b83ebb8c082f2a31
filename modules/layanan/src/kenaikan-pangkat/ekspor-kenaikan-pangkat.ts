import { formatTanggal, LABEL_JENIS_USULAN_KP, labelGolongan } from '@simasn/domain';
import { tabelKeXlsx, uraikan, type Konteks } from '@simasn/platform';
import { daftarKenaikanPangkat } from './daftar-kenaikan-pangkat.ts';
import { skemaDaftarKenaikanPangkat, type BarisDaftarKp } from './kenaikan-pangkat.types.ts';

/**
 * The E-Pangkat list as XLSX, with the same search, filters and sort as the page (the list's own
 * action, without the page): what the user sees is what the file holds, within the same reach.
 */
export async function eksporKenaikanPangkat(ctx: Konteks, masukan: unknown): Promise<{ namaBerkas: string, isi: Buffer }> {
  const f = uraikan(skemaDaftarKenaikanPangkat, masukan);
  const d = await daftarKenaikanPangkat(ctx, { ...f, page: undefined });
  const tidak = f.bagian === 'tidak_memenuhi';
  const isi = await tabelKeXlsx<BarisDaftarKp>({
    judul: `Kenaikan pangkat periode ${formatTanggal(d.periode)}: ${tidak ? 'sudah waktunya, belum memenuhi syarat' : 'memenuhi syarat'}`,
    keterangan: `${tidak ? d.ringkasan.tidakMemenuhi : d.ringkasan.memenuhi} pegawai${f.q ? `, pencarian "${f.q}"` : ''}.`,
    namaLembar: 'E-Pangkat',
    kolom: [
      { judul: 'NIP', nilai: (r) => r.nip, teks: true, lebar: 21 },
      { judul: 'Nama', nilai: (r) => r.nama, lebar: 30 },
      { judul: 'Perangkat daerah', nilai: (r) => r.perangkatDaerah, lebar: 30 },
      { judul: 'Unit kerja', nilai: (r) => r.unit, lebar: 30 },
      { judul: 'Golongan', nilai: (r) => labelGolongan(r.golongan), lebar: 22 },
      { judul: 'Golongan baru', nilai: (r) => labelGolongan(r.hasil.golonganBaru), lebar: 22 },
      { judul: 'Jenis', nilai: (r) => LABEL_JENIS_USULAN_KP[r.hasil.jenis], lebar: 22 },
      { judul: 'Masa dalam golongan', nilai: (r) => `${r.hasil.masaDalamGolongan.tahun} tahun ${r.hasil.masaDalamGolongan.bulan} bulan`, lebar: 20 },
      { judul: 'Usulan', nilai: (r) => (r.usulan ? `Nomor ${r.usulan.id}` : ''), lebar: 12 },
      { judul: 'Alasan belum memenuhi', nilai: (r) => r.hasil.alasan.join('; '), lebar: 60 },
    ],
    baris: tidak ? d.tidakMemenuhi : d.memenuhi,
  });
  return { namaBerkas: `e-pangkat-${d.periode}.xlsx`, isi };
}
