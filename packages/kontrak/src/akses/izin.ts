import type { Jangkauan, Peran } from './peran.ts';

/**
 * The permission catalogue: for each permission, which roles hold it and how far they reach.
 * Every HTTP route names one of these; every query that reads personal data turns the caller's
 * reach into a WHERE clause (lingkup.ts). This table is the whole access policy: read it to know
 * who can do what, change it in one place.
 */
export const HAK_AKSES = {
  // Personnel records
  'pegawai:baca': { asn: 'diri', atasan: 'bawahan', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', perencana: 'instansi',
    inspektorat: 'instansi' },
  /** Full NIK, address, contacts, family, documents (UU 27/2022: need to know). */
  'pegawai:data_pribadi': { asn: 'diri', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', inspektorat: 'instansi' },
  'pegawai:ubah': { admin_opd: 'opd', admin_bkd: 'instansi' },
  'pegawai:ekspor': { atasan: 'bawahan', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', perencana: 'instansi',
    inspektorat: 'instansi' },
  'pegawai:impor': { admin_opd: 'opd', admin_bkd: 'instansi' },
  // Self-service change proposals (SIMAK)
  'usulan:ajukan': { asn: 'diri' },
  'usulan:baca': { asn: 'diri', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', inspektorat: 'instansi' },
  'usulan:verifikasi': { verifikator_bkd: 'instansi' },
  // Organisation reference data (not personal)
  'organisasi:baca': { asn: 'instansi', atasan: 'instansi', admin_opd: 'instansi', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', perencana: 'instansi',
    inspektorat: 'instansi' },
  'organisasi:kelola': { admin_bkd: 'instansi' },
  // Aggregates
  'dasbor:baca': { atasan: 'bawahan', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', perencana: 'instansi', inspektorat: 'instansi' },
  // Indices the agency is judged by (IP ASN, Sistem Merit, IKM, NSPK). Aggregates within the
  // reach; the per-employee "why" lists are personal data scoped like pegawai:baca.
  'indeks:baca': { asn: 'diri', atasan: 'bawahan', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', perencana: 'instansi',
    inspektorat: 'instansi' },
  /** Record the merit self-assessment and NSPK, keep index snapshots, plan training. */
  'indeks:kelola': { admin_bkd: 'instansi', perencana: 'instansi' },
  /** Public satisfaction survey (SKM): results and respondents' free text. */
  'survei:baca': { admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', perencana: 'instansi', inspektorat: 'instansi' },
  'survei:kelola': { admin_bkd: 'instansi', perencana: 'instansi' },
  // Personnel services (KGB, kenaikan pangkat, pensiun): requests moving through steps. Each step
  // of a service also names the roles that may act there (modules/layanan/src/alur/definisi.ts).
  'layanan:baca': { asn: 'diri', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', inspektorat: 'instansi' },
  /** Submit a request for an employee, attach its documents, resubmit after a return. */
  'layanan:ajukan': { asn: 'diri', admin_opd: 'opd', admin_bkd: 'instansi' },
  /** Verify, return, reject, approve; confirm the monthly KGB in bulk and issue the surat. */
  'layanan:proses': { verifikator_bkd: 'instansi', admin_bkd: 'instansi' },
  // SAKIP: Renstra, Perjanjian Kinerja, realisasi and capaian of a perangkat daerah. An ASN reaches
  // only the PKs they are a party of (to sign or approve them); an atasan reads the units above and
  // below their own (the PK they cascade from and those they cascade to).
  'sakip:baca': { asn: 'diri', atasan: 'bawahan', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', perencana: 'instansi',
    inspektorat: 'instansi' },
  /** Draft the Renstra, program tree and pagu, PKs, realisasi and evidence. */
  'sakip:kelola': { admin_opd: 'opd', perencana: 'instansi' },
  // Presensi (SIPERLU): an ASN checks in only for themself; the records, today's dashboard and the
  // monthly trend are read within the reach; admin OPD keeps its units' check-in points, approves
  // device changes and decides on fraud signals (admin BKD for the whole instansi).
  'presensi:catat': { asn: 'diri' },
  'presensi:baca': { asn: 'diri', atasan: 'bawahan', admin_opd: 'opd', admin_bkd: 'instansi', pimpinan: 'instansi', inspektorat: 'instansi' },
  /** Check-in points and radius, device binding approvals, the fraud-signal review queue and its selfies. */
  'presensi:kelola': { admin_opd: 'opd', admin_bkd: 'instansi' },
  // Discipline (PP 94/2021, modules/rekap): the proposals the system makes from alpa days, read
  // within the reach; the authorised official (BKD acting for the PPK) decides them with the SK.
  'disiplin:baca': { atasan: 'bawahan', admin_opd: 'opd', admin_bkd: 'instansi', pimpinan: 'instansi', inspektorat: 'instansi' },
  'disiplin:putuskan': { admin_bkd: 'instansi' },
  // Absence and leave requests (modules/cuti, on the workflow engine): the ASN files their own, the
  // atasan langsung approves their team's (never their own), BKD approves the kinds whose rule says so.
  'cuti:baca': { asn: 'diri', atasan: 'bawahan', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', inspektorat: 'instansi' },
  'cuti:ajukan': { asn: 'diri' },
  'cuti:setujui': { atasan: 'bawahan' },
  /** The BKD step of the kinds that need it (cuti besar, melahirkan, di luar tanggungan negara...). */
  'cuti:proses': { verifikator_bkd: 'instansi', admin_bkd: 'instansi' },
  /** Set who acts (plt) for an atasan who is away, for a unit and a period (an atasan delegates with cuti:setujui). */
  'cuti:pengganti': { admin_opd: 'opd', admin_bkd: 'instansi' },
  // Aktivitas harian (modules/aktivitas): the ASN records their day, the atasan approves in bulk;
  // admin OPD and BKD read (who has not filled in).
  'aktivitas:baca': { asn: 'diri', atasan: 'bawahan', admin_opd: 'opd', admin_bkd: 'instansi', pimpinan: 'instansi', inspektorat: 'instansi' },
  'aktivitas:isi': { asn: 'diri' },
  'aktivitas:setujui': { atasan: 'bawahan' },
  // Kinerja (modules/kinerja, PermenPAN-RB 6/2022): the ASN plans their own SKP and reports its
  // realisasi; the atasan langsung (pejabat penilai) agrees, sets the ekspektasi, gives feedback and
  // records the dialog for their direct reports only (narrowed in the query to the SKP they rate);
  // the kepala daerah (pimpinan) for the heads of perangkat daerah. Admin OPD and BKD follow progress.
  'kinerja:baca': { asn: 'diri', atasan: 'bawahan', admin_opd: 'opd', admin_bkd: 'instansi', pimpinan: 'instansi', inspektorat: 'instansi' },
  'kinerja:isi': { asn: 'diri' },
  'kinerja:nilai': { atasan: 'bawahan', pimpinan: 'instansi' },
  // TPP (modules/tpp, RULES.md section 10): the ASN reads their own month with its reasons; admin
  // OPD reads and reviews their perangkat daerah's rows; BKD computes, locks and corrects (adjustment
  // lines); BKAD reads locked months only (narrowed in the query), the daftar nominatif and the bank file.
  'tpp:baca': { asn: 'diri', admin_opd: 'opd', admin_bkd: 'instansi', pimpinan: 'instansi', inspektorat: 'instansi', bkad: 'instansi' },
  'tpp:tinjau': { admin_opd: 'opd', admin_bkd: 'instansi' },
  'tpp:kelola': { admin_bkd: 'instansi' },
  /** The bank transfer file: full account numbers. */
  'tpp:bayar': { admin_bkd: 'instansi', bkad: 'instansi' },
  // Uji kompetensi (modules/ujian, issue 13): the BKD's kompetensi staff keep the question banks
  // (items reviewed before they go live) and the CAT tests; they proctor the attempts (signals,
  // item analysis); the ASN takes the tests assigned to them.
  'ujian:kelola': { admin_bkd: 'instansi' },
  'ujian:awasi': { admin_bkd: 'instansi' },
  'ujian:ikut': { asn: 'diri' },
  // Kompetensi (modules/kompetensi, RULES.md section 11): the ASN reads their own competency profile
  // and JPM, the atasan their team's, admin OPD their perangkat daerah's, BKD the instansi's. BKD keeps
  // the standar kompetensi of each jabatan and the technical dictionary, records assessment-centre
  // results, and a second person verifies them (never the one who recorded it: checked in the action).
  'kompetensi:baca': { asn: 'diri', atasan: 'bawahan', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', perencana: 'instansi',
    inspektorat: 'instansi' },
  'kompetensi:kelola': { admin_bkd: 'instansi' },
  'kompetensi:catat': { admin_bkd: 'instansi' },
  'kompetensi:verifikasi': { verifikator_bkd: 'instansi', admin_bkd: 'instansi' },
  // Kalender kerja (SIPERLU): which rule set and working pattern each unit follows, the year's
  // holidays and cuti bersama, shift rosters. Not personal data; an admin OPD sees its own units.
  'kalender:baca': { atasan: 'bawahan', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', inspektorat: 'instansi' },
  /** Set a unit's calendar versions, import and change the holiday list. */
  'kalender:kelola': { admin_bkd: 'instansi' },
  /** Keep the shift roster of a unit working in shifts (puskesmas, RSUD). */
  'kalender:jadwal': { admin_opd: 'opd', admin_bkd: 'instansi' },
  // Pengembangan kompetensi (modules/pembelajaran, RULES.md section 11): the ASN takes courses for
  // themself; BKD's kompetensi staff (admin BKD) keep the courses; the yearly JP of every ASN is
  // read within the reach like pegawai:baca (the ASN their own, the atasan their team, OPD its units).
  'pembelajaran:ikuti': { asn: 'diri' },
  'pembelajaran:baca': { asn: 'diri', atasan: 'bawahan', admin_opd: 'opd', verifikator_bkd: 'instansi', admin_bkd: 'instansi', pimpinan: 'instansi', perencana: 'instansi',
    inspektorat: 'instansi' },
  /** Create, edit, publish and archive courses, upload their PDFs. */
  'pembelajaran:kelola': { admin_bkd: 'instansi' },
  // Oversight and administration
  'audit:baca': { admin_bkd: 'instansi', inspektorat: 'instansi' },
  'akun:kelola': { admin_bkd: 'instansi' },
} as const satisfies Record<string, Partial<Record<Peran, Jangkauan>>>;

export type Izin = keyof typeof HAK_AKSES;
export const DAFTAR_IZIN = Object.keys(HAK_AKSES) as Izin[];

export function jangkauanPeran(izin: Izin, peran: Peran): Jangkauan | undefined {
  return (HAK_AKSES[izin] as Partial<Record<Peran, Jangkauan>>)[peran];
}
