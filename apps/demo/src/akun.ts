import type { Organisasi } from './organisasi.ts';
import type { Pegawai } from './orang.ts';

/**
 * Demo accounts: one service account per role, admin OPD accounts for three perangkat daerah,
 * and an `asn` account for every employee (the NIP is the login name, as in production). The
 * password hash is computed once and shared, so thousands of accounts cost nothing extra.
 */
export interface AkunDemo {
  namaPengguna: string;
  peran: string[];
  keterangan: string;
}

export interface RencanaAkun {
  /** akun rows: id, nama_pengguna, nama_tampilan, pegawai_id. */
  akun: unknown[][];
  /** akun_peran rows: akun_id, peran, unit_id. */
  peran: unknown[][];
  ringkasan: AkunDemo[];
}

const LAYANAN: readonly (readonly [nama: string, tampilan: string, peran: string, kodeUnit: string | null, keterangan: string])[] = [
  ['admin.bkd', 'Rina Kartikasari (Admin BKD)', 'admin_bkd', null, 'Admin BKD: mengelola seluruh data kepegawaian kabupaten'],
  ['verifikator', 'Dodik Prasetyo (Verifikator BKD)', 'verifikator_bkd', null, 'Verifikator BKD: memeriksa dan memutus usulan perubahan data'],
  ['verifikator2', 'Wiwik Handayani (Verifikator BKD)', 'verifikator_bkd', null, 'Verifikator BKD kedua (mencoba dua verifikator sekaligus)'],
  ['pimpinan', 'Bambang Hermanto (Pimpinan)', 'pimpinan', null, 'Pimpinan: dasbor dan laporan seluruh kabupaten'],
  ['perencana', 'Ahmad Fauzi (Perencana)', 'perencana', null, 'Perencana: analisis kebutuhan dan formasi ASN'],
  ['inspektorat', 'Ika Rahmawati (Inspektorat)', 'inspektorat', null, 'Inspektorat: membaca data dan jejak audit untuk evaluasi'],
  ['admin.bkpsdm', 'Yuli Astuti (Admin OPD BKPSDM)', 'admin_opd', 'BKPSDM', 'Admin OPD: hanya pegawai BKPSDM'],
  ['admin.dinkes', 'Heru Santoso (Admin OPD Dinas Kesehatan)', 'admin_opd', 'DINKES', 'Admin OPD: hanya pegawai Dinas Kesehatan'],
  ['admin.dindik', 'Lilis Suryani (Admin OPD Dinas Pendidikan)', 'admin_opd', 'DINDIK', 'Admin OPD: hanya pegawai Dinas Pendidikan'],
  ['bkad', 'Sri Wahyuni (BKAD)', 'bkad', null, 'BKAD: membayar TPP dari bulan yang dikunci (daftar nominatif, berkas transfer bank)'],
];

export function rencanakanAkun(org: Organisasi, pegawai: readonly Pegawai[], idAwal: number): RencanaAkun {
  const akun: unknown[][] = [];
  const peran: unknown[][] = [];
  const ringkasan: AkunDemo[] = [];
  let id = idAwal;
  for (const [nama, tampilan, p, kodeUnit, keterangan] of LAYANAN) {
    const unit = kodeUnit ? org.unit.find((u) => u.kode === kodeUnit) : undefined;
    if (kodeUnit && !unit) continue;
    akun.push([++id, nama, tampilan, null]);
    peran.push([id, p, unit?.id ?? null]);
    ringkasan.push({ namaPengguna: nama, peran: [p], keterangan });
  }

  const pemegang = (kode: string) => pegawai.find((p) => p.jabatan.kode === kode);
  const asn = pegawai.find((p) => p.asnDemo);
  const atasan = pemegang('JS.BKPSDM.03');
  const kepala = pemegang('JS.BKPSDM');
  const tambahan = new Map<number, { peran: string[], keterangan: string }>();
  const unitNama = (p: Pegawai) => p.unit.nama;
  if (asn) tambahan.set(asn.id, { peran: [], keterangan: `ASN: ${asn.jabatan.nama}, ${unitNama(asn)} (Data Saya, usulan perubahan)` });
  if (atasan) tambahan.set(atasan.id, { peran: ['atasan'], keterangan: `Atasan: ${atasan.jabatan.nama} BKPSDM (melihat data timnya)` });
  if (kepala) tambahan.set(kepala.id, { peran: ['atasan'], keterangan: 'Atasan: Kepala BKPSDM (seluruh pegawai BKPSDM)' });

  for (const p of pegawai) {
    akun.push([++id, p.nip, p.nama, p.id]);
    peran.push([id, 'asn', null]);
    const t = tambahan.get(p.id);
    if (!t) continue;
    for (const r of t.peran) peran.push([id, r, null]);
    ringkasan.push({ namaPengguna: p.nip, peran: ['asn', ...t.peran], keterangan: t.keterangan });
  }
  // The named ASN accounts in a fixed order: plain ASN, atasan, kepala.
  const urut = [asn, atasan, kepala].map((p) => p?.nip);
  const layanan = ringkasan.filter((r) => !/^\d{18}$/.test(r.namaPengguna));
  const asnAkun = ringkasan.filter((r) => /^\d{18}$/.test(r.namaPengguna)).sort((a, b) => urut.indexOf(a.namaPengguna) - urut.indexOf(b.namaPengguna));
  return { akun, peran, ringkasan: [...layanan, ...asnAkun] };
}
