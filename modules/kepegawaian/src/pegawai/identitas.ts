import { AGAMA, parseNip, STATUS_KEPEGAWAIAN, STATUS_PERKAWINAN } from '@simasn/domain';
import { z, zTanggal, zTeksOpsional, type MasalahIsian } from '@simasn/platform';

/** Identity fields of a pegawai (SIASN names in camelCase) and their columns. */
export const KOLOM_IDENTITAS = {
  nik: 'nik', gelarDepan: 'gelar_depan', nama: 'nama', gelarBelakang: 'gelar_belakang', tempatLahir: 'tempat_lahir',
  tanggalLahir: 'tanggal_lahir', jenisKelamin: 'jenis_kelamin', agama: 'agama', statusPerkawinan: 'status_perkawinan',
  alamat: 'alamat', email: 'email', telepon: 'telepon', statusKepegawaian: 'status_kepegawaian', tmtCpns: 'tmt_cpns',
  tmtPns: 'tmt_pns', kedudukan: 'kedudukan',
} as const;
export type FieldIdentitas = keyof typeof KOLOM_IDENTITAS;

export const KEDUDUKAN = ['aktif', 'cltn', 'tugas_belajar', 'pensiun', 'berhenti', 'meninggal', 'pindah'] as const;

const opsional = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);

export const skemaIdentitas = z.object({
  nik: opsional(z.string().regex(/^\d{16}$/, 'NIK harus 16 digit angka')),
  gelarDepan: zTeksOpsional,
  nama: z.string().trim().min(1, 'nama wajib diisi').max(200),
  gelarBelakang: zTeksOpsional,
  tempatLahir: zTeksOpsional,
  tanggalLahir: zTanggal,
  jenisKelamin: z.enum(['L', 'P'], { message: 'jenis kelamin L atau P' }),
  agama: opsional(z.enum(AGAMA)),
  statusPerkawinan: opsional(z.enum(STATUS_PERKAWINAN)),
  alamat: zTeksOpsional,
  email: opsional(z.email('alamat email tidak sah')),
  telepon: opsional(z.string().regex(/^\+?[0-9 ()-]{6,20}$/, 'nomor telepon tidak sah')),
  statusKepegawaian: z.enum(STATUS_KEPEGAWAIAN),
  tmtCpns: opsional(zTanggal),
  tmtPns: opsional(zTanggal),
  kedudukan: z.enum(KEDUDUKAN).default('aktif'),
});
export type Identitas = z.output<typeof skemaIdentitas>;

/** What an ASN may propose to change about themselves (birth date and sex are fixed by the NIP). */
export const FIELD_USULAN_IDENTITAS = [
  'nik', 'gelarDepan', 'nama', 'gelarBelakang', 'tempatLahir', 'agama', 'statusPerkawinan', 'alamat', 'email', 'telepon',
] as const satisfies readonly FieldIdentitas[];

/**
 * The NIP encodes the birth date, sex and TMT CPNS month (RULES.md section 1): a record that
 * disagrees with its own NIP is refused, naming the field.
 */
export function periksaSesuaiNip(nip: string, d: Pick<Identitas, 'tanggalLahir' | 'jenisKelamin' | 'statusKepegawaian' | 'tmtCpns'>): MasalahIsian[] {
  const h = parseNip(nip);
  if (!h.ok) return [{ kolom: 'nip', pesan: h.alasan, nilai: nip }];
  const m: MasalahIsian[] = [];
  const n = h.nilai;
  if (n.tanggalLahir !== d.tanggalLahir) m.push({ kolom: 'tanggal_lahir', pesan: `tidak sesuai NIP (NIP menyebut ${n.tanggalLahir})`, nilai: d.tanggalLahir });
  if (n.jenisKelamin !== d.jenisKelamin) m.push({ kolom: 'jenis_kelamin', pesan: `tidak sesuai NIP (NIP menyebut ${n.jenisKelamin})`, nilai: d.jenisKelamin });
  if ((n.jenis === 'PPPK') !== (d.statusKepegawaian === 'PPPK')) {
    m.push({ kolom: 'status_kepegawaian', pesan: `NIP ini berformat ${n.jenis}`, nilai: d.statusKepegawaian });
  }
  if (n.jenis === 'PNS' && d.tmtCpns && d.tmtCpns.slice(0, 7) !== n.tmtTeks) {
    m.push({ kolom: 'tmt_cpns', pesan: `bulan TMT CPNS tidak sesuai NIP (NIP menyebut ${n.tmtTeks})`, nilai: d.tmtCpns });
  }
  return m;
}
