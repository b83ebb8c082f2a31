import { sql } from '@simasn/db';
import { JENIS_USULAN_KP } from '@simasn/domain';
import { z, zTanggal } from '@simasn/platform';
import { definisikanLayanan } from '@simasn/platform/alur';
import { DOKUMEN_KP, JENIS_KP_LAYANAN } from './dokumen-kp.ts';
import { periksaDokumenJenisKp, periksaSyaratKp, terbitkanSkKp, tulisRiwayatPangkatKp } from './efek-kp.ts';

export { JENIS_KP_LAYANAN };

export const skemaAjukanKp = z.object({
  periode: zTanggal,
  /** Omitted: the type the rules find first (pilihan, penyesuaian ijazah, reguler). */
  jenisKp: z.enum(JENIS_USULAN_KP, { message: `jenis KP: ${JENIS_USULAN_KP.join(', ')}` }).optional(),
  /** Angka kredit kumulatif, for pilihan fungsional (not in the records: the OPD enters it). */
  angkaKredit: z.coerce.number().min(0, 'angka kredit tidak boleh negatif').max(10000).nullish().transform((v) => v ?? null),
});

/**
 * E-Pangkat: the OPD proposes, BKD verifies (returns for revision, rejects, or approves: the SK
 * draft is issued), and on the TMT the new riwayat golongan is written (by the daily job
 * `jalankanTmtLayanan` or by BKD on or after the TMT).
 */
export const LAYANAN_KENAIKAN_PANGKAT = definisikanLayanan({
  jenis: JENIS_KP_LAYANAN,
  label: 'Kenaikan Pangkat',
  langkah: [
    { kode: 'pengajuan', label: 'Pengajuan OPD', peran: ['admin_opd', 'admin_bkd'], aksi: ['teruskan', 'batalkan'], periksaDokumen: true, tenggatHari: 14,
      efek: { teruskan: [periksaSyaratKp, periksaDokumenJenisKp] } },
    { kode: 'verifikasi', label: 'Verifikasi BKD', peran: ['verifikator_bkd', 'admin_bkd'], aksi: ['teruskan', 'kembalikan', 'tolak'], tenggatHari: 14,
      efek: { teruskan: [terbitkanSkKp] } },
    // Recording the new golongan on the TMT changes the personnel record: admin_bkd (pegawai:ubah)
    // or the daily TMT job, not the verifier (who checks requests but does not edit records).
    { kode: 'penetapan', label: 'SK ditetapkan, menunggu TMT', peran: ['admin_bkd'], aksi: ['setujui'], efek: { setujui: [tulisRiwayatPangkatKp] } },
  ],
  dokumen: DOKUMEN_KP,
  skemaAjukan: skemaAjukanKp,
  judul: (u) => `Kenaikan Pangkat ${u.nama} (${String(u.data.golonganLama ?? '')} ke ${String(u.data.golonganBaru ?? '')})`,
  efekAjukan: [periksaSyaratKp],
  // A KP request belongs to its period: the SK must be issued before the period's TMT (the last
  // day is the day before it), and on the TMT the new golongan is recorded (the penetapan step's
  // last day is the TMT itself). A request still open past that is stuck and flagged in the queue.
  batasAkhir: { sql: sql`case when u.langkah = 'penetapan' then (u.data->>'periode')::date else (u.data->>'periode')::date - 1 end`, alasan: 'melewati periode kenaikan pangkat' },
});
