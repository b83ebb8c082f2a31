import { bacaJam, formatAngka, formatJam, keJam, formatTanggal, formatWaktuSetempat, hariIniIso, ZONA_BAWAAN, zonaSah, type ZonaWaktu, GOLONGAN_PNS, JENIS_HUKDIS,
  LABEL_JENIS_DIKLAT, LABEL_JENIS_JABATAN, LABEL_JENIS_KELAMIN, LABEL_JENJANG, LABEL_PREDIKAT_SKP, LABEL_STATUS_PERKAWINAN, labelGolongan, labelPendidikan } from '@simasn/domain';

/**
 * Display helpers on top of @simasn/domain (numbers and dates are always formatted there):
 * labels of codes, timestamps in the instansi's zone, and a value of any riwayat/identity field as text.
 */
export const LABEL_PERAN: Record<string, string> = { asn: 'ASN', atasan: 'Atasan langsung', admin_opd: 'Admin OPD', verifikator_bkd: 'Verifikator BKD', admin_bkd: 'Admin BKD',
  pimpinan: 'Pimpinan', perencana: 'Perencana', inspektorat: 'Inspektorat (evaluator)', bkad: 'BKAD (keuangan)' };
export const DAFTAR_PERAN = Object.keys(LABEL_PERAN);

export const LABEL_KEDUDUKAN: Record<string, string> = { aktif: 'Aktif', cltn: 'Cuti di luar tanggungan negara', tugas_belajar: 'Tugas belajar', pensiun: 'Pensiun',
  berhenti: 'Berhenti', meninggal: 'Meninggal dunia', pindah: 'Pindah instansi' };

export const LABEL_JENIS_KP: Record<string, string> = { cpns: 'Pengangkatan CPNS', pns: 'Pengangkatan PNS', reguler: 'Reguler', pilihan_struktural: 'Pilihan (struktural)',
  pilihan_fungsional: 'Pilihan (fungsional)', penyesuaian_ijazah: 'Penyesuaian ijazah', pppk: 'Pengangkatan PPPK', lainnya: 'Lainnya' };

export const LABEL_HUBUNGAN: Record<string, string> = { suami: 'Suami', istri: 'Istri', anak: 'Anak', ayah: 'Ayah', ibu: 'Ibu' };

export const LABEL_STATUS_USULAN: Record<string, string> = { diajukan: 'Diajukan', disetujui: 'Disetujui', ditolak: 'Ditolak', dibatalkan: 'Dibatalkan' };

export const LABEL_TINGKAT_HUKDIS: Record<string, string> = { ringan: 'Ringan', sedang: 'Sedang', berat: 'Berat' };

// The instansi's zone as the session answer gives it (PenyediaSesi sets it; WIB until then and
// for an unknown name). A module value rather than a hook argument: formatWaktu is called from
// forty places, many outside components, and the zone is one per session.
let zonaTampilan: ZonaWaktu = ZONA_BAWAAN;

/** Sets the zone timestamps are shown in (from GET /api/auth/sesi); returns the zone in use. */
export function pasangZonaTampilan(zona: string | null | undefined): ZonaWaktu {
  if (zonaSah(zona)) zonaTampilan = zona;
  return zonaTampilan;
}

/** The instansi's zone the web shows times in. */
export const zonaSetempat = (): ZonaWaktu => zonaTampilan;

/** `17 Mei 2022 14.05` in the instansi's zone, where its working day is counted. */
export function formatWaktu(iso: string | null | undefined): string {
  if (!iso) return '-';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return formatWaktuSetempat(d, zonaTampilan, { singkatan: false });
}

/** `07.25` in the instansi's zone (a check-in's time on the phone, whatever the phone's own zone). */
export function formatJamSetempat(d: Date): string {
  return formatJam(d, zonaTampilan);
}

/** Today in the instansi's zone, `YYYY-MM-DD` (not the browser's zone). */
export const hariIniSetempat = (): string => hariIniIso(new Date(), zonaTampilan);

/** This year in the instansi's zone. */
export const tahunIniSetempat = (): number => Number(hariIniSetempat().slice(0, 4));

/** The instansi's local day of a timestamp, `YYYY-MM-DD` (not its UTC date). */
export function hariSetempat(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : hariIniIso(d, zonaTampilan);
}

/** `12 tahun 3 bulan` */
export function formatMasa(m: { tahun: number, bulan: number } | null | undefined): string {
  if (!m) return '-';
  return `${formatAngka(m.tahun)} tahun ${formatAngka(m.bulan)} bulan`;
}

export function formatUkuran(bita: number): string {
  if (bita < 1024) return `${formatAngka(bita)} B`;
  if (bita < 1024 * 1024) return `${formatAngka(bita / 1024, 0)} KB`;
  return `${formatAngka(bita / 1024 / 1024, 1)} MB`;
}

const ISO_TANGGAL = /^\d{4}-\d{2}-\d{2}$/;

/** A field value as text, by field name (used by riwayat tables and the proposal comparison). */
export function tampilNilai(isian: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak';
  const s = String(v);
  switch (isian) {
    case 'golongan':
      return labelGolongan(s);
    case 'tingkat':
    case 'pendidikanTerakhir':
      return labelPendidikan(s);
    case 'statusPerkawinan':
      return (LABEL_STATUS_PERKAWINAN as Record<string, string>)[s] ?? s;
    case 'jenisKelamin':
      return (LABEL_JENIS_KELAMIN as Record<string, string>)[s] ?? s;
    case 'predikat':
      return (LABEL_PREDIKAT_SKP as Record<string, string>)[s] ?? s;
    case 'jenisKp':
      return LABEL_JENIS_KP[s] ?? s;
    case 'hubungan':
      return LABEL_HUBUNGAN[s] ?? s;
    case 'kedudukan':
      return LABEL_KEDUDUKAN[s] ?? s;
    case 'jenisJabatan':
      return (LABEL_JENIS_JABATAN as Record<string, string>)[s] ?? s;
    case 'jenjang':
      return (LABEL_JENJANG as Record<string, string>)[s] ?? s;
    case 'nilai':
      return typeof v === 'number' ? formatAngka(v, 2) : s;
    case 'tahun':
    case 'tahunLulus':
      return s;
    case 'mkTahun':
    case 'mkBulan':
    case 'masaBulan':
    case 'jumlahJp':
      return typeof v === 'number' ? formatAngka(v) : s;
  }
  if (ISO_TANGGAL.test(s)) return formatTanggal(s);
  return s;
}

/** Label of the `jenis` field, which means different things per riwayat. */
export function labelJenisRiwayat(riwayat: string, v: unknown): string {
  const s = String(v ?? '');
  if (riwayat === 'diklat') return (LABEL_JENIS_DIKLAT as Record<string, string>)[s] ?? s;
  if (riwayat === 'hukdis') return (JENIS_HUKDIS as Record<string, { label: string }>)[s]?.label ?? s;
  return s;
}

export const KODE_GOLONGAN_PNS = GOLONGAN_PNS.map((g) => g.kode as string);

/** The one field-name formatter, shared with the server's zod messages. */
export { namaKolom, pesanMasalah } from '@simasn/kontrak/nama-kolom';

/** The hint of every time field, in the form people write a time and the field reads. */
export const CONTOH_JAM = 'contoh 07.30';

/**
 * A time typed into a form (`7.30`, `07.30`, `07:30`) as the API takes it (`07:30`), or null when
 * it is not a time of day (00.00 to 23.59).
 */
export function bacaIsianJam(teks: string): string | null {
  const h = bacaJam(teks);
  return h.ok && h.nilai < 24 * 60 ? keJam(h.nilai) : null;
}

/** `07:30` (or a time as typed) as people read it: `07.30`. */
export function tampilJam(jam: string): string {
  const j = bacaIsianJam(jam);
  return j ? j.replace(':', '.') : jam;
}
