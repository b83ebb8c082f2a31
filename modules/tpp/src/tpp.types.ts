import { parseBankTpp, parseNomorRekening } from '@simasn/domain';
import { KOMPONEN_GAJI, type KunciGaji, RUPIAH_GAJI_MAKS } from './gaji/komponen-gaji.ts';
import { kueriDaftar, z, zHalaman, zWaktu } from '@simasn/kontrak';

/** Request and response schemas of /api/tpp... Pure: actions and web pages share them. */

export const zBulanTpp = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'bulan harus berformat YYYY-MM (mis. 2026-04)');

export const STATUS_TPP = ['draf', 'dikunci'] as const;
export const LABEL_STATUS_TPP: Record<(typeof STATUS_TPP)[number], string> = { draf: 'Draf', dikunci: 'Dikunci' };

/** POST /api/tpp/hitung: compute (or recompute, while draf) a month for every ASN. */
export const skemaHitungTpp = z.object({ bulan: zBulanTpp });
export const skemaResponsHitungTpp = z.object({ bulan: z.string(), aturan: z.string(), dihitung: z.number(), masalah: z.number(), ms: z.number() });

/** GET /api/tpp/bulan: the month's state and the summary per perangkat daerah within reach. */
export const skemaBulanTpp = z.object({ bulan: zBulanTpp.optional() });
// tanpaRekening: ASN with something to receive but no bank account: left out of the bank file.
const zRingkas = z.object({ pegawai: z.number(), masalah: z.number(), bruto: z.number(), netto: z.number(), pph21: z.number(), iuranBpjsPegawai: z.number(),
  iuranBpjsPemda: z.number(), penyesuaianNetto: z.number(), tanpaRekening: z.number() });
export const skemaOpdTpp = zRingkas.extend({ perangkatDaerahId: z.number().nullable(), nama: z.string(), ditinjau: z.boolean(), ditinjauPada: zWaktu.nullable(),
  catatan: z.string().nullable() });
export const skemaResponsBulanTpp = z.object({
  bulan: z.string(),
  ada: z.boolean(),
  status: z.enum(STATUS_TPP).nullable(),
  aturan: z.string().nullable(),
  namaAturan: z.string().nullable(),
  dihitungPada: zWaktu.nullable(),
  dikunciPada: zWaktu.nullable(),
  bolehHitung: z.boolean(),
  bolehKunci: z.boolean(),
  bolehTinjau: z.boolean(),
  bolehBank: z.boolean(),
  /** The caller reads locked months only (BKAD): `bulanTerakhir` holds only those. */
  hanyaTerkunci: z.boolean(),
  jumlah: zRingkas,
  opd: z.array(skemaOpdTpp),
  bulanTerakhir: z.array(z.object({ bulan: z.string(), status: z.enum(STATUS_TPP) })),
});

/** GET /api/tpp/baris: the month's rows (searched, filtered by perangkat daerah, only problems), paged. */
export const URUT_TPP = ['nama', 'nip', 'kelas', 'netto'] as const;
export const skemaBarisTpp = kueriDaftar(URUT_TPP).extend({ bulan: zBulanTpp, perangkatDaerahId: z.coerce.number().int().positive().optional(),
  saring: z.enum(['semua', 'masalah', 'hukdis', 'penyesuaian']).optional() });
export const skemaItemTpp = z.object({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), jabatan: z.string().nullable(), golongan: z.string().nullable(),
  statusPegawai: z.string(), kelasJabatan: z.number().nullable(), besaran: z.number().nullable(), capaianKinerja: z.number().nullable(), potonganDisiplin: z.number().nullable(),
  hukdis: z.string(), tppKinerja: z.number().nullable(), tppDisiplin: z.number().nullable(), potonganHukdis: z.number().nullable(), bruto: z.number().nullable(),
  iuranBpjsPegawai: z.number().nullable(), iuranBpjsPemda: z.number().nullable(), pph21: z.number().nullable(), netto: z.number().nullable(), penyesuaianNetto: z.number(),
  masalah: z.string().nullable() });
export const skemaResponsBarisTpp = zHalaman(skemaItemTpp);

/** GET /api/tpp/rincian: one ASN's month with the reason of every rupiah (the ASN's own without nip). */
export const skemaRincianTpp = z.object({ bulan: zBulanTpp.optional(), pegawaiId: z.coerce.number().int().positive().optional() });
export const skemaBarisRincian = z.object({ kode: z.string(), label: z.string(), nilai: z.number(), arah: z.enum(['tambah', 'kurang', 'info']), alasan: z.string() });
export const skemaPenyesuaian = z.object({ id: z.number(), bulanDikoreksi: z.string(), bulanDibayar: z.string(), alasan: z.string(), netto: z.number(),
  rincian: z.array(skemaBarisRincian), dibuatPada: zWaktu });
export const skemaResponsRincianTpp = z.object({ bulan: z.string(), status: z.enum(STATUS_TPP).nullable(), pegawai: skemaItemTpp.nullable(), asal: z.array(z.string()),
  rincian: z.array(skemaBarisRincian), penyesuaian: z.array(skemaPenyesuaian), koreksi: z.array(skemaPenyesuaian), diterima: z.number().nullable(),
  bulanLain: z.array(z.object({ bulan: z.string(), netto: z.number().nullable(), status: z.enum(STATUS_TPP) })) });

/** POST /api/tpp/tinjau: admin OPD marks (or unmarks) their perangkat daerah's rows reviewed. */
export const skemaTinjauTpp = z.object({ bulan: zBulanTpp, perangkatDaerahId: z.number().int().positive(), ditinjau: z.boolean().default(true),
  catatan: z.string().trim().max(500).optional() });
export const skemaResponsTinjau = z.object({ ok: z.literal(true), ditinjau: z.boolean() });

/** POST /api/tpp/kunci: BKD locks the month (every perangkat daerah reviewed). */
export const skemaKunciTpp = z.object({ bulan: zBulanTpp });
export const skemaResponsKunci = z.object({ ok: z.literal(true), bulan: z.string(), dikunciPada: zWaktu });

/** POST /api/tpp/penyesuaian: recompute one ASN's locked month from today's data; the difference is paid with a later open month. */
export const skemaBuatPenyesuaian = z.object({ bulanDikoreksi: zBulanTpp, bulanDibayar: zBulanTpp, pegawaiId: z.number().int().positive(),
  alasan: z.string().trim().min(5, 'alasan koreksi paling sedikit 5 huruf').max(500) });

/** GET /api/tpp/nominatif.xlsx|.pdf, /api/tpp/bank.csv: one perangkat daerah (PDF, bank: required). */
export const skemaNominatif = z.object({ bulan: zBulanTpp, perangkatDaerahId: z.coerce.number().int().positive().optional() });

/** Kelas jabatan (data BKD keeps): list, edit, export, import. */
export const URUT_KELAS = ['nama', 'kode', 'kelas', 'pegawai'] as const;
export const skemaDaftarKelas = kueriDaftar(URUT_KELAS).extend({ jenis: z.enum(['struktural', 'fungsional', 'pelaksana']).optional(),
  kelas: z.union([z.literal('kosong'), z.coerce.number().int().min(1).max(17)]).optional() });
export const skemaItemKelas = z.object({ id: z.number(), kode: z.string(), nama: z.string(), jenis: z.string(), unit: z.string().nullable(), kelasJabatan: z.number().nullable(),
  besaran: z.number().nullable(), pegawai: z.number() });
export const skemaResponsDaftarKelas = zHalaman(skemaItemKelas).extend({ tanpaKelas: z.number() });
export const skemaIdJabatan = z.object({ id: z.coerce.number().int().positive() });
export const skemaUbahKelas = z.object({ kelasJabatan: z.number().int().min(1, 'kelas jabatan 1 sampai 17').max(17, 'kelas jabatan 1 sampai 17').nullable() });
export const skemaResponsUbahKelas = z.object({ id: z.number(), kode: z.string(), nama: z.string(), kelasJabatan: z.number().nullable() });
export const skemaMasalahImporKelas = z.object({ baris: z.number(), kolom: z.string(), pesan: z.string() });
export const skemaResponsImporKelas = z.object({ ok: z.boolean(), diubah: z.number(), baris: z.number(), masalah: z.array(skemaMasalahImporKelas) });

/** PUT /api/tpp/rekening/:nip: the bank account an ASN's TPP is transferred to (a bank of BANK_TPP, the number digits only). */
export const skemaNipRekening = z.object({ nip: z.string().regex(/^\d{18}$/, 'NIP harus 18 angka') });
// One message per isian, from the domain's rule (the import and kepegawaian's writer use the same).
export const skemaRekening = z.object({ namaBank: z.string().trim().superRefine((b, c) => {
  const h = parseBankTpp(b);
  if (!h.ok) c.addIssue({ code: 'custom', message: b ? h.alasan : 'pilih bank' });
}), nomorRekening: z.string().trim().superRefine((n, c) => {
  const h = parseNomorRekening(n);
  if (!h.ok) c.addIssue({ code: 'custom', message: h.alasan });
}) });
export const skemaResponsRekening = z.object({ namaBank: z.string(), nomorRekening: z.string().nullable() });

/** GET /api/tpp/rekening (and its XLSX): active pegawai in reach with their account (the number masked by the personal-data rule). */
export const URUT_REKENING = ['nama', 'nip', 'bank', 'unit'] as const;
export const skemaDaftarRekening = kueriDaftar(URUT_REKENING).extend({ unitId: z.coerce.number().int().positive().optional(), rekening: z.enum(['ada', 'belum']).optional() });
export const skemaItemRekening = z.object({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), jabatan: z.string().nullable(), unit: z.string().nullable(),
  perangkatDaerah: z.string().nullable(), namaBank: z.string().nullable(), nomorRekening: z.string().nullable() });
export const skemaResponsDaftarRekening = zHalaman(skemaItemRekening).extend({ tanpaRekening: z.number() });

/** POST /api/tpp/rekening/impor (multipart "file": columns nip, nama_bank, nomor_rekening): every row checked, then all or nothing; `dryRun` only checks. */
export const skemaKueriImporRekening = z.object({ dryRun: z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1') });
export const skemaMasalahImporRekening = z.object({ baris: z.number(), kolom: z.string(), nilai: z.string().nullable(), pesan: z.string() });
export const skemaResponsImporRekening = z.object({ ok: z.boolean(), dryRun: z.boolean(), baris: z.number(), diubah: z.number(), masalah: z.array(skemaMasalahImporRekening) });

const zRupiahGaji = z.number().int('harus rupiah bulat, tanpa sen').min(0, 'tidak boleh negatif').max(RUPIAH_GAJI_MAKS, 'lebih dari Rp 1.000.000.000,00; periksa isinya');
export const skemaKomponenGaji = z.object(Object.fromEntries(KOMPONEN_GAJI.map((k) => [k.kunci, zRupiahGaji])) as Record<KunciGaji, typeof zRupiahGaji>);
export type KomponenGaji = z.infer<typeof skemaKomponenGaji>;

/** GET /api/tpp/gaji (and its XLSX): the imported daftar gaji of a month, searched (nama, NIP), sorted, paged; with the month's totals. */
export const URUT_GAJI = ['nama', 'nip', 'jumlah'] as const;
export const skemaDaftarGaji = kueriDaftar(URUT_GAJI).extend({ bulan: zBulanTpp });
export const skemaItemGaji = skemaKomponenGaji.extend({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), jumlahKotor: z.number(), namaBerkas: z.string(),
  namaPengimpor: z.string().nullable(), diimporPada: zWaktu });
export const skemaResponsDaftarGaji = zHalaman(skemaItemGaji).extend({
  bulan: z.string(),
  /** The whole month (not only the page): ASN with a payroll row, their total kotor, the latest import. */
  jumlah: z.object({ pegawai: z.number(), jumlahKotor: z.number(),
    terakhir: z.object({ namaBerkas: z.string(), namaPengimpor: z.string().nullable(), diimporPada: zWaktu }).nullable() }),
});

/** POST /api/tpp/gaji/impor?bulan=YYYY-MM (multipart "file"): every row checked, then all or nothing; `dryRun` only checks. */
export const skemaBulanGaji = z.object({ bulan: zBulanTpp });
export const skemaKueriImporGaji = skemaKueriImporRekening.extend(skemaBulanGaji.shape);
export const skemaResponsImporGaji = z.object({ ok: z.boolean(), dryRun: z.boolean(), bulan: z.string(), baris: z.number(), baru: z.number(), diganti: z.number(),
  jumlahKotor: z.number(), masalah: z.array(skemaMasalahImporRekening) });
