import { AGAMA, formatAngka, LABEL_STATUS_PERKAWINAN, bacaAngkaIsian } from '@simasn/domain';
import { DEKLARASI_RIWAYAT, JENIS_RIWAYAT, isianForm, PILIHAN_GOLONGAN as PILIHAN_GOLONGAN_RIWAYAT, PILIHAN_PENDIDIKAN as PILIHAN_PENDIDIKAN_RIWAYAT,
  type JenisRiwayat } from '@simasn/kepegawaian/riwayat';

/** The riwayat kinds as the screens show and edit them: declared once in @simasn/kepegawaian/riwayat. */
export { JENIS_RIWAYAT, type JenisRiwayat };

export const JUDUL_RIWAYAT = Object.fromEntries(JENIS_RIWAYAT.map((j) => [j, DEKLARASI_RIWAYAT[j].judul])) as Record<JenisRiwayat, string>;

/** Kinds an ASN may propose (hukuman disiplin is never self-reported). */
export const RIWAYAT_USULAN: JenisRiwayat[] = ['pendidikan', 'diklat', 'skp', 'keluarga', 'pangkat', 'jabatan'];

export interface Pilihan {
  nilai: string;
  label: string;
}

export interface DefinisiIsian {
  nama: string;
  label: string;
  tipe: 'teks' | 'tanggal' | 'angka' | 'desimal' | 'pilihan' | 'centang' | 'jabatan' | 'unit' | 'teks-panjang' | 'email';
  wajib?: boolean;
  pilihan?: Pilihan[];
  petunjuk?: string;
  min?: number;
  maks?: number;
  pola?: string;
}

const daftar = (r: Record<string, string>): Pilihan[] => Object.entries(r).map(([nilai, label]) => ({ nilai, label }));

export const PILIHAN_GOLONGAN: Pilihan[] = [...PILIHAN_GOLONGAN_RIWAYAT];
export const PILIHAN_PENDIDIKAN: Pilihan[] = [...PILIHAN_PENDIDIKAN_RIWAYAT];
export const PILIHAN_AGAMA: Pilihan[] = AGAMA.map((a) => ({ nilai: a, label: a }));
export const PILIHAN_STATUS_PERKAWINAN: Pilihan[] = daftar(LABEL_STATUS_PERKAWINAN);
export const PILIHAN_JENIS_KELAMIN: Pilihan[] = [{ nilai: 'L', label: 'Laki-laki' }, { nilai: 'P', label: 'Perempuan' }];

/** The riwayat forms, from the kinds' declaration (the same one the server validates with). */
export const ISIAN_RIWAYAT = Object.fromEntries(JENIS_RIWAYAT.map((j) => [
  j,
  isianForm(j).map((m): DefinisiIsian => ({ nama: m.nama, label: m.label, tipe: m.tipe, ...(m.wajib ? { wajib: true } : {}), ...(m.pilihan ? { pilihan: [...m.pilihan] } : {}),
    ...(m.petunjuk ? { petunjuk: m.petunjuk } : {}), ...(m.min !== undefined ? { min: m.min } : {}), ...(m.maks !== undefined ? { maks: m.maks } : {}),
    ...(m.pola ? { pola: m.pola.regex } : {}) })
  ),
])) as Record<JenisRiwayat, DefinisiIsian[]>;

/** Identity fields an ASN may propose to change (birth date and sex are fixed by the NIP). */
export const ISIAN_IDENTITAS_USULAN: DefinisiIsian[] = [
  { nama: 'nik', label: 'NIK', tipe: 'teks', pola: '\\d{16}', petunjuk: '16 digit angka' },
  { nama: 'gelarDepan', label: 'Gelar depan', tipe: 'teks' },
  { nama: 'nama', label: 'Nama (tanpa gelar)', tipe: 'teks', wajib: true },
  { nama: 'gelarBelakang', label: 'Gelar belakang', tipe: 'teks' },
  { nama: 'tempatLahir', label: 'Tempat lahir', tipe: 'teks' },
  { nama: 'agama', label: 'Agama', tipe: 'pilihan', pilihan: PILIHAN_AGAMA },
  { nama: 'statusPerkawinan', label: 'Status perkawinan', tipe: 'pilihan', pilihan: PILIHAN_STATUS_PERKAWINAN },
  { nama: 'alamat', label: 'Alamat', tipe: 'teks-panjang' },
  { nama: 'email', label: 'Email', tipe: 'email' },
  { nama: 'telepon', label: 'Telepon', tipe: 'teks' },
];

/** Identity fields an admin may correct. */
export const ISIAN_IDENTITAS_ADMIN: DefinisiIsian[] = [
  ...ISIAN_IDENTITAS_USULAN.slice(0, 5),
  { nama: 'tanggalLahir', label: 'Tanggal lahir', tipe: 'tanggal', wajib: true, petunjuk: 'Harus sesuai NIP' },
  { nama: 'jenisKelamin', label: 'Jenis kelamin', tipe: 'pilihan', wajib: true, pilihan: PILIHAN_JENIS_KELAMIN },
  ...ISIAN_IDENTITAS_USULAN.slice(5),
  { nama: 'statusKepegawaian', label: 'Status kepegawaian', tipe: 'pilihan', wajib: true, pilihan: ['PNS', 'CPNS', 'PPPK'].map((s) => ({ nilai: s, label: s })) },
  { nama: 'tmtCpns', label: 'TMT CPNS', tipe: 'tanggal' },
  { nama: 'tmtPns', label: 'TMT PNS', tipe: 'tanggal' },
  { nama: 'kedudukan', label: 'Kedudukan', tipe: 'pilihan', wajib: true, pilihan: [
    { nilai: 'aktif', label: 'Aktif' },
    { nilai: 'cltn', label: 'Cuti di luar tanggungan negara' },
    { nilai: 'tugas_belajar', label: 'Tugas belajar' },
    { nilai: 'pensiun', label: 'Pensiun' },
    { nilai: 'berhenti', label: 'Berhenti' },
    { nilai: 'meninggal', label: 'Meninggal dunia' },
    { nilai: 'pindah', label: 'Pindah instansi' },
  ] },
];

/**
 * Form state is text; this turns it into the values the API expects. An empty field is left out
 * (the server's schema then applies its default or stores nothing), or sent as null with
 * `kosong: 'null'` (identity corrections, where leaving a field out means "unchanged").
 */
export function keNilaiApi(definisiIsian: DefinisiIsian[], isian: Record<string, string | boolean>, opsi: { kosong?: 'null' | 'hilang' } = {}): Record<string, unknown> {
  const hasil: Record<string, unknown> = {};
  for (const m of definisiIsian) {
    const v = isian[m.nama];
    if (m.tipe === 'centang') {
      hasil[m.nama] = !!v;
      continue;
    }
    const s = typeof v === 'string' ? v.trim() : '';
    if (s === '') {
      if (opsi.kosong === 'null') hasil[m.nama] = null;
      continue;
    }
    if (m.tipe === 'angka' || m.tipe === 'jabatan' || m.tipe === 'unit') hasil[m.nama] = Number(s);
    else if (m.tipe === 'desimal') {
      const h = bacaAngkaIsian(s);
      hasil[m.nama] = h.ok ? h.nilai : s;
    } else hasil[m.nama] = s;
  }
  return hasil;
}

/** API values -> form state. */
export function keIsian(definisiIsian: DefinisiIsian[], data: Record<string, unknown> | null | undefined): Record<string, string | boolean> {
  const hasil: Record<string, string | boolean> = {};
  for (const m of definisiIsian) {
    const v = data?.[m.nama];
    if (m.tipe === 'centang') hasil[m.nama] = !!v;
    else if (v === null || v === undefined) hasil[m.nama] = '';
    else if (m.tipe === 'desimal' && typeof v === 'number') hasil[m.nama] = formatAngka(v, 2);
    else hasil[m.nama] = String(v);
  }
  return hasil;
}
