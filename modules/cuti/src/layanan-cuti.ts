import { formatTanggal } from '@simasn/domain';
import { terlarang, z } from '@simasn/platform';
import { definisikanLayanan, langkahSaga, type LangkahLayanan, type Transisi } from '@simasn/platform/alur';
import { aturanCuti, JENIS_ABSEN, type AturanJenisAbsen, type JenisAbsen } from './aturan/jenis-absen.ts';
import { periksaCutiTersimpan } from './periksa-cuti.ts';

/** The atasan may not decide their own request (their reach 'bawahan' includes themselves). */
const bukanDiriSendiri = langkahSaga<Transisi>({ nama: 'bukan-diri-sendiri', jalankan: async (_h, t) => {
  const p = t.ctx.pemanggil;
  if (p && !p.sistem && p.pegawaiId === t.usulan.pegawaiId) throw terlarang('Usulan Anda sendiri diputuskan oleh atasan Anda, bukan oleh Anda.');
} });

/** On sending and on approving, the dates and the balance are checked again (another request may have been approved since). */
const periksaLagi = langkahSaga<Transisi>({ nama: 'periksa-tanggal-dan-saldo', jalankan: (_h, t) => periksaCutiTersimpan(t.ctx, t.usulan.id) });

/**
 * One engine service per kind of absence (RULES.md section 8): the ASN files it (step
 * `pengajuan`: the required document is attached there), the atasan langsung approves, and BKD
 * approves after the atasan when the kind's rule says so. The ASN may withdraw it while it is open.
 */
export function definisiCuti(a: AturanJenisAbsen) {
  const atasan: LangkahLayanan<'pengajuan' | 'atasan' | 'bkd'> = { kode: 'atasan', label: 'Persetujuan atasan langsung', peran: ['atasan'], izin: 'cuti:setujui',
    aksi: a.perluBkd ? ['teruskan', 'kembalikan', 'tolak'] : ['setujui', 'kembalikan', 'tolak'], tenggatHari: 3,
    efek: a.perluBkd ?
      { teruskan: [bukanDiriSendiri, periksaLagi], kembalikan: [bukanDiriSendiri], tolak: [bukanDiriSendiri] } :
      { setujui: [bukanDiriSendiri, periksaLagi], kembalikan: [bukanDiriSendiri], tolak: [bukanDiriSendiri] } };
  const langkah: LangkahLayanan<'pengajuan' | 'atasan' | 'bkd'>[] = [
    { kode: 'pengajuan', label: 'Pengajuan', peran: ['asn'], izin: 'cuti:ajukan', aksi: ['teruskan', 'batalkan'], periksaDokumen: true, efek: { teruskan: [periksaLagi] } },
    atasan,
  ];
  if (a.perluBkd) {
    langkah.push({ kode: 'bkd', label: 'Persetujuan BKD', peran: ['verifikator_bkd', 'admin_bkd'], izin: 'cuti:proses', aksi: ['setujui', 'kembalikan', 'tolak'], tenggatHari: 5,
      efek: { setujui: [periksaLagi] } });
  }
  return definisikanLayanan({ jenis: a.kode, label: a.label, langkah, dokumen: a.dokumenWajib ? [{ ...a.dokumenWajib, wajib: true }] : [],
    skemaAjukan: z.object({ dari: z.string(), sampai: z.string(), hariKerja: z.number() }).loose(),
    judul: (u) => `${a.label} ${formatTanggal(String(u.data.dari))}${u.data.sampai !== u.data.dari ? ` s.d. ${formatTanggal(String(u.data.sampai))}` : ''} - ${u.nama}`,
    izinBaca: 'cuti:baca', kunciTerbuka: (d) => String(d.dari), pemohonBolehBatalkan: true, tautan: { pelaku: () => '/persetujuan', pegawai: '/cuti' } });
}

/** Every kind under the default rules, registered with the engine by daftar-layanan-cuti.ts. */
export const LAYANAN_CUTI = JENIS_ABSEN.map((k) => definisiCuti(aturanCuti().jenis[k]));

export function layananCuti(jenis: JenisAbsen) {
  return LAYANAN_CUTI.find((d) => d.jenis === jenis)!;
}
