import { sql } from '@simasn/db';
import { formatTanggal, hariIniIso, jenisDiklatSiasn } from '@simasn/domain';
import { catatDiklatPengembangan, type PegawaiInti } from '@simasn/kepegawaian';
import { tidakValid, z, zTanggal } from '@simasn/platform';
import { catatanJejakTerakhir, daftarkanLayanan, definisikanLayanan, gabungDataUsulan, langkahSaga, type Transisi } from '@simasn/platform/alur';
import { JENIS_IPASN } from '../jenis-pembelajaran.ts';

/**
 * A training taken outside SIMASN (a course with its certificate, a bimtek, a seminar) proposed by
 * the ASN (or their admin OPD) on the workflow engine: the ASN fills it in and attaches the
 * certificate, BKD verifies; approval writes the riwayat diklat through modules/kepegawaian
 * (sumber `verifikasi_diklat`, with its SIASN kind), so the 20 JP and IP ASN count it at once.
 * Returned requests come back to the ASN; a rejection writes nothing.
 */
export const skemaDiklatEksternal = z.object({ nama: z.string().trim().min(3, 'nama diklat wajib diisi (minimal 3 karakter)').max(300),
  penyelenggara: z.string().trim().min(2, 'penyelenggara wajib diisi').max(200),
  jenisDiklat: z.coerce.number().int().min(1, 'jenis diklat SIASN 1 sampai 25').max(25, 'jenis diklat SIASN 1 sampai 25'),
  jenisIpAsn: z.enum(JENIS_IPASN, { message: 'pilih: kepemimpinan, fungsional, teknis atau seminar' }), tanggalMulai: zTanggal, tanggalSelesai: zTanggal,
  jp: z.coerce.number().int('JP bilangan bulat').min(1, 'JP paling sedikit 1').max(2000, 'JP paling banyak 2000'),
  nomorSertifikat: z.string().trim().min(1, 'nomor sertifikat wajib diisi').max(100) }).refine((d) => d.tanggalSelesai >= d.tanggalMulai, {
    message: 'tanggal selesai tidak boleh sebelum tanggal mulai',
    path: ['tanggalSelesai'],
  });

const periksa = langkahSaga<Transisi>({ nama: 'periksa diklat', jalankan: async (_h, t) => {
  const d = skemaDiklatEksternal.parse(t.usulan.data);
  if (!jenisDiklatSiasn(d.jenisDiklat).ok) throw tidakValid('Jenis diklat tidak dikenal.', [{ kolom: 'data.jenisDiklat', pesan: 'kode SIASN 1 sampai 25' }]);
  const hariIni = hariIniIso(t.ctx.sekarang(), t.ctx.zona);
  if (d.tanggalSelesai > hariIni) throw tidakValid('Diklat belum selesai.', [{ kolom: 'data.tanggalSelesai', pesan: 'tanggal selesai tidak boleh di masa depan' }]);
} });

const tulisRiwayat = langkahSaga<Transisi>({ nama: 'tulis riwayat diklat', jalankan: async (_h, t) => {
  const d = skemaDiklatEksternal.parse(t.usulan.data);
  const p = await t.ctx.db.one<PegawaiInti>(sql`
    select id::int as id, nip, nama, jalur_unit as "jalurUnit", status_kepegawaian as "statusKepegawaian", versi
      from pegawai where instansi_id = ${t.ctx.instansiId} and id = ${t.usulan.pegawaiId}`);
  const r = await catatDiklatPengembangan(t.ctx, p, { jenis: d.jenisIpAsn, jenisDiklatSiasn: d.jenisDiklat, nama: d.nama, penyelenggara: d.penyelenggara,
    tanggalMulai: d.tanggalMulai, tanggalSelesai: d.tanggalSelesai, jumlahJp: d.jp, nomorSertifikat: d.nomorSertifikat, sumber: 'verifikasi_diklat',
    sumberRef: `layanan:${t.usulan.id}` });
  await gabungDataUsulan(t.ctx, t.usulan.id, { riwayatDiklatId: r.id });
  await catatanJejakTerakhir(t.ctx, t.usulan.id, `Tercatat di riwayat diklat: ${d.jp} JP, selesai ${formatTanggal(d.tanggalSelesai)}`);
  return r;
} });

export const LAYANAN_DIKLAT_EKSTERNAL = definisikanLayanan({ jenis: 'diklat_eksternal', label: 'Pengakuan diklat/kursus luar', langkah: [
  { kode: 'pengajuan', label: 'Pengajuan', peran: ['asn', 'admin_opd'], aksi: ['teruskan', 'batalkan'], periksaDokumen: true, tenggatHari: 14 },
  { kode: 'verifikasi', label: 'Verifikasi BKD', peran: ['verifikator_bkd', 'admin_bkd'], aksi: ['setujui', 'kembalikan', 'tolak'], tenggatHari: 10,
    efek: { setujui: [periksa, tulisRiwayat] } },
], dokumen: [{ kode: 'sertifikat', label: 'Sertifikat/STTPP', wajib: true }], skemaAjukan: skemaDiklatEksternal, efekAjukan: [periksa],
  kunciTerbuka: (d) => `${String(d.nama ?? '').toLowerCase()}|${String(d.tanggalMulai ?? '')}`, pemohonBolehBatalkan: true,
  judul: (u) => `Diklat ${String(u.data.nama ?? '')} - ${u.nama}` });

daftarkanLayanan(LAYANAN_DIKLAT_EKSTERNAL);
