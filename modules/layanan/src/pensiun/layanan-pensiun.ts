import { formatTanggal } from '@simasn/domain';
import { z } from '@simasn/platform';
import { dataLangkah, definisikanLayanan } from '@simasn/platform/alur';
import { DOKUMEN_PENSIUN, JENIS_PENSIUN_LAYANAN } from './dokumen-pensiun.ts';
import { dokumenSkPensiunAda, hitungBup, kedudukanPensiun, pemeriksaanKeluargaAda, periksaDataKeluarga } from './efek-pensiun.ts';

export { JENIS_PENSIUN_LAYANAN };

/**
 * SIMANTUN TANDUK: the pension request (BUP) from the file to the SK in hand, every step dated
 * on the ASN's timeline: the file (by the ASN or the OPD, checked against the population
 * registry as it is sent on), BKD verification, the usulan to BKN (date and BKN's reference),
 * the SK pensiun (number, date, document), its handover, and on the TMT the employee's
 * kedudukan becomes pensiun (daily job `jalankanTmtLayanan`, or BKD on or after the TMT).
 */
export const LAYANAN_PENSIUN = definisikanLayanan({ jenis: JENIS_PENSIUN_LAYANAN, label: 'Pensiun', langkah: [
  { kode: 'pengajuan', label: 'Berkas pensiun', peran: ['asn', 'admin_opd', 'admin_bkd'], aksi: ['teruskan', 'batalkan'], periksaDokumen: true, tenggatHari: 30,
    efek: { teruskan: [periksaDataKeluarga] } },
  { kode: 'verifikasi', label: 'Verifikasi BKD', peran: ['verifikator_bkd', 'admin_bkd'], aksi: ['teruskan', 'kembalikan', 'tolak'], tenggatHari: 14,
    efek: { teruskan: [pemeriksaanKeluargaAda] } },
  { kode: 'usulan_bkn', label: 'Usulan ke BKN', peran: ['admin_bkd', 'verifikator_bkd'], aksi: ['teruskan'], tenggatHari: 14, ...dataLangkah([
    { kunci: 'tanggalUsulBkn', label: 'Tanggal usulan ke BKN', jenis: 'tanggal' },
    { kunci: 'nomorUsulBkn', label: 'Nomor usulan/registrasi BKN', jenis: 'teks' },
  ]) },
  { kode: 'sk', label: 'SK pensiun terbit', peran: ['admin_bkd'], aksi: ['teruskan'], efek: { teruskan: [dokumenSkPensiunAda] }, ...dataLangkah([
    { kunci: 'nomorSkPensiun', label: 'Nomor SK pensiun', jenis: 'teks' },
    { kunci: 'tanggalSkPensiun', label: 'Tanggal SK pensiun', jenis: 'tanggal' },
  ]) },
  { kode: 'penyerahan', label: 'Penyerahan SK', peran: ['admin_bkd'], aksi: ['teruskan'], ...dataLangkah([
    { kunci: 'tanggalPenyerahan', label: 'Tanggal penyerahan SK', jenis: 'tanggal' },
    { kunci: 'diterimaOleh', label: 'Diterima oleh', jenis: 'teks' },
  ]) },
  { kode: 'tmt', label: 'Pensiun berlaku (TMT)', peran: ['admin_bkd'], aksi: ['setujui'], efek: { setujui: [kedudukanPensiun] } },
], dokumen: DOKUMEN_PENSIUN, skemaAjukan: z.object({}), judul: (u) => `Pensiun ${u.nama}${u.data.tmtPensiun ? ` (TMT ${formatTanggal(String(u.data.tmtPensiun))})` : ''}`,
  efekAjukan: [hitungBup] });
