import { sql } from '@simasn/db';
import { formatNip, formatWaktuSetempat, hariIniIso, type JenisJabatan, LABEL_JENIS_JABATAN, labelGolongan, labelPendidikan, type TanggalIso } from '@simasn/domain';
import { catatAudit, tabelKeXlsx, tanggalXlsx, uraikan, type Konteks } from '@simasn/platform';
import { GABUNG_RINGKAS, KOLOM_RINGKAS, keRingkas, skemaCariPegawai, syaratDaftarPegawai, type BarisRingkas, type FilterPegawai } from '../pegawai/cari-pegawai.ts';

type BarisEkspor = BarisRingkas & { id: number, jenis_kelamin: 'L' | 'P', tanggal_lahir: TanggalIso, tmt_golongan_akhir: TanggalIso | null, tmt_cpns: TanggalIso | null };

/**
 * The pegawai list, with the same filters and the same reach as the screen, as an XLSX file.
 * Personal data (NIK, address, contacts) stay out of exports. Rows are read in keyset pages so a
 * 100,000-row export keeps memory flat; the export itself is audited.
 */
export async function eksporPegawai(ctx: Konteks, masukan: Omit<FilterPegawai, 'page' | 'limit'>): Promise<{ namaBerkas: string, isi: Buffer, jumlah: number }> {
  const f = uraikan(skemaCariPegawai, masukan);
  const syarat = await syaratDaftarPegawai(ctx, f, 'pegawai:ekspor');
  let jumlah = 0;
  async function* baris() {
    let akhir: { nama: string, id: number } | null = null;
    for (;;) {
      const kunci: { nama: string, id: number } | null = akhir;
      const rows: BarisEkspor[] = await ctx.db.many<BarisEkspor>(sql`
        select ${KOLOM_RINGKAS}, p.id, p.jenis_kelamin, p.tanggal_lahir, p.tmt_golongan_akhir, p.tmt_cpns
          from pegawai p ${GABUNG_RINGKAS}
         where ${syarat} and (${kunci === null} or (p.nama, p.id) > (${kunci?.nama ?? ''}, ${kunci?.id ?? 0}))
         order by p.nama, p.id limit 5000`);
      for (const r of rows) {
        jumlah++;
        yield { no: jumlah, ...keRingkas(r), jenisKelamin: r.jenis_kelamin, tanggalLahir: r.tanggal_lahir, tmtGolongan: r.tmt_golongan_akhir, tmtCpns: r.tmt_cpns };
      }
      if (rows.length < 5000) return;
      akhir = { nama: rows.at(-1)!.nama, id: rows.at(-1)!.id };
    }
  }
  const isi = await tabelKeXlsx({ judul: 'Daftar Pegawai',
    keterangan: `Diekspor dari SIMASN pada ${formatWaktuSetempat(ctx.sekarang(), ctx.zona)} oleh ${ctx.pemanggil?.namaTampilan ?? '-'}`, namaLembar: 'Pegawai', kolom: [
      { judul: 'No', nilai: (p) => p.no, lebar: 7 },
      { judul: 'NIP', nilai: (p) => formatNip(p.nip), lebar: 23, teks: true },
      { judul: 'Nama', nilai: (p) => p.namaLengkap, lebar: 36 },
      { judul: 'L/P', nilai: (p) => p.jenisKelamin, lebar: 5 },
      { judul: 'Tanggal lahir', nilai: (p) => tanggalXlsx(p.tanggalLahir), format: 'd mmmm yyyy', lebar: 16 },
      { judul: 'Status', nilai: (p) => p.statusKepegawaian, lebar: 8 },
      { judul: 'Pangkat/golongan', nilai: (p) => (p.golongan ? labelGolongan(p.golongan) : null), lebar: 30 },
      { judul: 'TMT golongan', nilai: (p) => tanggalXlsx(p.tmtGolongan), format: 'd mmmm yyyy', lebar: 16 },
      { judul: 'Jabatan', nilai: (p) => p.jabatan, lebar: 36 },
      { judul: 'Jenis jabatan', nilai: (p) => (p.jenisJabatan ? LABEL_JENIS_JABATAN[p.jenisJabatan as JenisJabatan] : null), lebar: 12 },
      { judul: 'Unit kerja', nilai: (p) => p.unit?.nama, lebar: 34 },
      { judul: 'Perangkat daerah', nilai: (p) => p.perangkatDaerah?.nama, lebar: 34 },
      { judul: 'Pendidikan terakhir', nilai: (p) => labelPendidikan(p.pendidikanTerakhir), lebar: 18 },
      { judul: 'TMT CPNS', nilai: (p) => tanggalXlsx(p.tmtCpns), format: 'd mmmm yyyy', lebar: 16 },
    ], baris: baris() });
  await catatAudit(ctx, { aksi: 'pegawai.ekspor', entitas: 'pegawai', sesudah: { filter: masukan, jumlah } });
  return { namaBerkas: `pegawai-${hariIniIso(ctx.sekarang(), ctx.zona)}.xlsx`, isi, jumlah };
}
