import { AGAMA, STATUS_KEPEGAWAIAN, STATUS_PERKAWINAN } from '@simasn/domain';
import { z, zTanggal, zTeksOpsional } from '@simasn/kontrak';

/** Identity fields of a pegawai (SIASN names in camelCase) and their columns. */
export const KOLOM_IDENTITAS = { nik: 'nik', gelarDepan: 'gelar_depan', nama: 'nama', gelarBelakang: 'gelar_belakang', tempatLahir: 'tempat_lahir', tanggalLahir: 'tanggal_lahir',
  jenisKelamin: 'jenis_kelamin', agama: 'agama', statusPerkawinan: 'status_perkawinan', alamat: 'alamat', email: 'email', telepon: 'telepon',
  statusKepegawaian: 'status_kepegawaian', tmtCpns: 'tmt_cpns', tmtPns: 'tmt_pns', kedudukan: 'kedudukan' } as const;
export type IsianIdentitas = keyof typeof KOLOM_IDENTITAS;

export const KEDUDUKAN = ['aktif', 'cltn', 'tugas_belajar', 'pensiun', 'berhenti', 'meninggal', 'pindah'] as const;

const opsional = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);

export const skemaIdentitas = z.object({ nik: opsional(z.string().regex(/^\d{16}$/, 'NIK harus 16 digit angka')), gelarDepan: zTeksOpsional,
  nama: z.string().trim().min(1, 'nama wajib diisi').max(200), gelarBelakang: zTeksOpsional, tempatLahir: zTeksOpsional, tanggalLahir: zTanggal,
  jenisKelamin: z.enum(['L', 'P'], { message: 'jenis kelamin L atau P' }), agama: opsional(z.enum(AGAMA)), statusPerkawinan: opsional(z.enum(STATUS_PERKAWINAN)),
  alamat: zTeksOpsional, email: opsional(z.email('alamat email tidak sah')), telepon: opsional(z.string().regex(/^\+?[0-9 ()-]{6,20}$/, 'nomor telepon tidak sah')),
  statusKepegawaian: z.enum(STATUS_KEPEGAWAIAN), tmtCpns: opsional(zTanggal), tmtPns: opsional(zTanggal), kedudukan: z.enum(KEDUDUKAN).default('aktif') });
export type Identitas = z.output<typeof skemaIdentitas>;

/** What an ASN may propose to change about themselves (birth date and sex are fixed by the NIP). */
export const ISIAN_USULAN_IDENTITAS = [
  'nik',
  'gelarDepan',
  'nama',
  'gelarBelakang',
  'tempatLahir',
  'agama',
  'statusPerkawinan',
  'alamat',
  'email',
  'telepon',
] as const satisfies readonly IsianIdentitas[];
