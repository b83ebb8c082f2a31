/** The roles of SIMASN (issue 2). An account may hold several. */
export const PERAN = [
  'asn',
  'atasan',
  'admin_opd',
  'verifikator_bkd',
  'admin_bkd',
  'pimpinan',
  'perencana',
  'inspektorat',
  /** Badan Keuangan dan Aset Daerah: pays the TPP from the locked month's daftar nominatif. */
  'bkad',
] as const;
export type Peran = (typeof PERAN)[number];

export const LABEL_PERAN: Record<Peran, string> = { asn: 'ASN', atasan: 'Atasan langsung', admin_opd: 'Admin OPD', verifikator_bkd: 'Verifikator BKD', admin_bkd: 'Admin BKD',
  pimpinan: 'Pimpinan', perencana: 'Perencana', inspektorat: 'Inspektorat (evaluator)', bkad: 'BKAD (keuangan)' };

/**
 * How far a role reaches for one permission:
 * - diri: the caller's own pegawai record;
 * - bawahan: the caller's own unit and every unit below it (an atasan's team);
 * - opd: the unit assigned to the role (the perangkat daerah of an admin OPD) and below;
 * - instansi: the whole kabupaten/kota.
 */
export type Jangkauan = 'diri' | 'bawahan' | 'opd' | 'instansi';
