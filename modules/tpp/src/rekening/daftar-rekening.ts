import { formatWaktuSetempat, hariIniIso } from '@simasn/domain';
import { daftarRekeningPegawai } from '@simasn/kepegawaian';
import { catatAudit, samarkanUntuk, tabelKeXlsx, uraikan, type Konteks } from '@simasn/platform';
import { skemaDaftarRekening } from '../tpp.types.ts';

/**
 * The TPP bank accounts of the active pegawai within the caller's `tpp:baca` reach (admin OPD their
 * perangkat daerah, BKD, BKAD and pimpinan the instansi, an ASN their own): searched, filtered by unit
 * and "belum ada rekening", paged. The numbers leave in clear; the route's personal-data rule
 * masks each one the caller may not see (`pegawai:data_pribadi` of that pegawai).
 */
export async function daftarRekeningTpp(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarRekening, masukan);
  return daftarRekeningPegawai(ctx, { ...f, page: f.page ?? 1 }, 'tpp:baca');
}

/** Column titles the import reads back (the export of the list is an import sheet too). */
export const KOLOM_IMPOR_REKENING = { nip: 'nip', namaBank: 'nama_bank', nomorRekening: 'nomor_rekening' } as const;

/**
 * The list (same search and filters) as XLSX; every row through the same personal-data rule as the
 * screen (`samarkanUntuk`), so the file holds no more than the caller may see. Audited.
 */
export async function eksporRekeningTpp(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarRekening, masukan);
  const d = await daftarRekeningPegawai(ctx, { ...f, page: undefined }, 'tpp:baca');
  const baris = await samarkanUntuk(ctx, d.items);
  type B = (typeof baris)[number];
  const isi = await tabelKeXlsx<B>({ judul: 'Rekening TPP',
    keterangan: `${d.total} pegawai; ${d.tanpaRekening} belum ada rekening. Diekspor ${formatWaktuSetempat(ctx.sekarang(), ctx.zona)} oleh ${
      ctx.pemanggil?.namaTampilan ?? '-'
    }. Untuk impor: isi kolom "${KOLOM_IMPOR_REKENING.namaBank}" dan "${KOLOM_IMPOR_REKENING.nomorRekening}" (nomor lengkap, bukan yang disamarkan).`, namaLembar: 'Rekening',
    kolom: [
      { judul: KOLOM_IMPOR_REKENING.nip, nilai: (r) => r.nip, teks: true, lebar: 21 },
      { judul: 'nama', nilai: (r) => r.nama, lebar: 32 },
      { judul: 'jabatan', nilai: (r) => r.jabatan, lebar: 30 },
      { judul: 'unit', nilai: (r) => r.unit, lebar: 30 },
      { judul: 'perangkat_daerah', nilai: (r) => r.perangkatDaerah, lebar: 30 },
      { judul: KOLOM_IMPOR_REKENING.namaBank, nilai: (r) => r.namaBank, lebar: 18 },
      { judul: KOLOM_IMPOR_REKENING.nomorRekening, nilai: (r) => r.nomorRekening, teks: true, lebar: 22 },
    ], baris, dataPribadiTerlihat: true });
  await catatAudit(ctx, { aksi: 'tpp.ekspor_rekening', entitas: 'pegawai', sesudah: { filter: masukan, jumlah: d.total } });
  return { namaBerkas: `rekening-tpp-${hariIniIso(ctx.sekarang(), ctx.zona)}.xlsx`, isi };
}
