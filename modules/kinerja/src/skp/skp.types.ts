import { z, zWaktu } from '@simasn/kontrak';
import { ASPEK, JENIS_RHK, PENDEKATAN, PERIODE_SKP, STATUS_SKP } from '../aturan-kinerja.ts';
import { skemaPenilaian } from '../penilaian/penilaian.types.ts';
import { skemaAktivitasRhk } from '../pelaksanaan/pelaksanaan.types.ts';

/** Request and response schemas of /api/kinerja... (pure: actions and web forms share them). */

const zId = z.coerce.number({ error: 'harus nomor' }).int().positive();
const zVersi = z.coerce.number({ error: 'versi data wajib disertakan' }).int().min(1, 'versi data wajib disertakan');
export const zTahunSkp = z.coerce.number({ error: 'tahun harus angka' }).int('tahun harus bilangan bulat').min(2020, 'tahun paling awal 2020').max(2100, 'tahun paling akhir 2100');
const zTeks = (nama: string, min: number, max: number) =>
  z.string({ error: `${nama} wajib diisi` }).trim().min(min, `${nama} paling sedikit ${min} huruf`).max(max, `${nama} paling banyak ${max} huruf`);

export const skemaIdSkp = z.object({ id: zId });
export const skemaIdRhk = z.object({ id: zId, rhkId: zId });
export const skemaTahunKinerja = z.object({ tahun: zTahunSkp.optional() });

/** POST /api/kinerja/skp: the caller drafts their SKP of a year (pejabat penilai from the structure). */
export const skemaBuatSkp = z.object({ tahun: zTahunSkp });

/** One indicator of an RHK with its target: a range and unit (kuantitatif) or the expected result in words (kualitatif). */
export const skemaIndikatorRhk = z.object({ aspek: z.enum(ASPEK, { error: 'pilih aspek: kuantitas, kualitas, waktu atau biaya' }), uraian: zTeks('indikator', 3, 1000),
  pendekatan: z.enum(PENDEKATAN, { error: 'pilih pendekatan kuantitatif atau kualitatif' }),
  targetMin: z.coerce.number({ error: 'target harus angka' }).min(0, 'target tidak boleh negatif').max(1e15).nullish(),
  targetMaks: z.coerce.number({ error: 'target harus angka' }).min(0, 'target tidak boleh negatif').max(1e15).nullish(),
  satuan: z.string().trim().max(60, 'satuan paling banyak 60 huruf').nullish(), targetTeks: z.string().trim().max(1000, 'target paling banyak 1000 huruf').nullish() }).superRefine(
    (x, c) => {
      if (x.pendekatan === 'kuantitatif') {
        if (x.targetMin === null || x.targetMin === undefined) c.addIssue({ code: 'custom', path: ['targetMin'], message: 'isi target (angka)' });
        if (!x.satuan) c.addIssue({ code: 'custom', path: ['satuan'], message: 'isi satuan target (mis. dokumen, %, hari)' });
        if (x.targetMin != null && x.targetMaks != null && x.targetMaks < x.targetMin) {
          c.addIssue({ code: 'custom', path: ['targetMaks'], message: 'batas atas target tidak boleh lebih kecil dari batas bawah' });
        }
      } else if (!x.targetTeks || x.targetTeks.length < 3) c.addIssue({ code: 'custom', path: ['targetTeks'], message: 'uraikan target kualitatifnya' });
    },
  );

/** POST /api/kinerja/skp/:id/rhk (new) and PUT /api/kinerja/skp/:id/rhk/:rhkId (edit) on a draft. */
export const skemaSimpanRhk = z.object({
  versi: zVersi,
  jenis: z.enum(JENIS_RHK, { error: 'pilih RHK utama atau tambahan' }),
  uraian: zTeks('rencana hasil kerja', 5, 2000),
  /** The atasan's RHK it intervenes (its akarId, from the offered list). */
  rhkAtasanAkarId: zId.nullish(),
  indikator: z.array(skemaIndikatorRhk).min(1, 'isi paling sedikit satu indikator dengan targetnya').max(12, 'paling banyak 12 indikator'),
});

/** POST /api/kinerja/skp/:id/rhk-pk: the head's RHK taken over from their own PK indicators in one click. */
export const skemaAmbilDariPk = z.object({ versi: zVersi, pkId: zId, indikatorIds: z.array(zId).min(1, 'pilih indikator Perjanjian Kinerja').max(50) });

/** DELETE /api/kinerja/skp/:id/rhk/:rhkId */
export const skemaHapusRhk = z.object({ versi: zVersi });

/** PUT /api/kinerja/skp/:id/ekspektasi: the pejabat penilai's specific expectations per BerAKHLAK value. */
export const skemaEkspektasi = z.object({ versi: zVersi,
  perilaku: z.array(z.object({ kode: z.string().trim().regex(/^[a-z_]{2,40}$/, 'nilai perilaku tidak dikenal'), ekspektasiKhusus: zTeks('ekspektasi khusus', 3, 2000) })).max(7) });

/** POST /api/kinerja/skp/:id/ajukan: the ASN signs. */
export const skemaAjukanSkp = z.object({ versi: zVersi });
/** POST /api/kinerja/skp/:id/setujui: the pejabat penilai agrees or returns it with a note. */
export const skemaSetujuiSkp = z.object({ versi: zVersi, setuju: z.boolean({ error: 'pilih setujui atau kembalikan' }), catatan: z.string().trim().max(2000).nullish() }).refine(
  (x) => x.setuju || (x.catatan && x.catatan.length >= 3),
  { path: ['catatan'], message: 'tuliskan apa yang perlu diperbaiki' },
);
/** POST /api/kinerja/skp/:id/revisi: a new version of an agreed SKP. */
export const skemaRevisiSkp = z.object({ versi: zVersi, alasan: zTeks('alasan revisi', 5, 1000) });

// ---- Responses ----------------------------------------------------------------------------

export const skemaIndikatorTampil = z.object({ id: z.number(), aspek: z.enum(ASPEK), uraian: z.string(), pendekatan: z.enum(PENDEKATAN), targetMin: z.number().nullable(),
  targetMaks: z.number().nullable(), satuan: z.string().nullable(), targetTeks: z.string().nullable(), target: z.string() });

export const skemaRealisasi = z.object({ id: z.number(), rhkAkarId: z.number(), periode: z.enum(PERIODE_SKP), labelPeriode: z.string(), realisasi: z.string(),
  nilai: z.number().nullable(), buktiId: z.number().nullable(), namaBukti: z.string().nullable(), versi: z.number(), diubahPada: zWaktu });

export const skemaRhk = z.object({
  id: z.number(),
  akarId: z.number(),
  jenis: z.enum(JENIS_RHK),
  uraian: z.string(),
  rhkAtasanAkarId: z.number().nullable(),
  /** The atasan's RHK it intervenes, as the atasan wrote it. */
  rhkAtasan: z.string().nullable(),
  /** The PK indicator it was taken from (a head's RHK). */
  dariPk: z.object({ pkId: z.number(), indikatorId: z.number(), kode: z.string(), uraian: z.string() }).nullable(),
  indikator: z.array(skemaIndikatorTampil),
  realisasi: z.array(skemaRealisasi),
  /** Daily activities the ASN linked to it (evidence); the approved ones count toward its realisasi. */
  aktivitas: z.array(skemaAktivitasRhk),
  /** "3 aktivitas harian disetujui (12 dokumen)", or null. */
  ringkasAktivitas: z.string().nullable(),
});

const zOrang = z.object({ pegawaiId: z.number().nullable(), nip: z.string().nullable(), nama: z.string(), jabatan: z.string(), unit: z.string().nullable(),
  golongan: z.string().nullable() });

export const skemaUmpanBalikTampil = z.object({ id: z.number(), rhkAkarId: z.number().nullable(), perilakuKode: z.string().nullable(), periode: z.string().nullable(),
  labelPeriode: z.string().nullable(), isi: z.string(), oleh: z.string(), dibuatPada: zWaktu });
export const skemaDialogTampil = z.object({ id: z.number(), tanggal: z.string(), catatan: z.string(), tindakLanjut: z.string(), oleh: z.string(), dibuatPada: zWaktu });

export const skemaSkp = z.object({
  id: z.number(),
  seriId: z.number(),
  nomorVersi: z.number(),
  tahun: z.number(),
  status: z.enum(STATUS_SKP),
  labelStatus: z.string(),
  versi: z.number(),
  alasanRevisi: z.string().nullable(),
  catatanKembali: z.string().nullable(),
  diajukanPada: zWaktu.nullable(),
  disetujuiPada: zWaktu.nullable(),
  pegawai: zOrang,
  /** Pejabat penilai: the atasan langsung, or the kepala daerah (pegawaiId null) for a head of a perangkat daerah. */
  penilai: zOrang,
  rhk: z.array(skemaRhk),
  perilaku: z.array(z.object({ kode: z.string(), label: z.string(), uraian: z.array(z.string()), ekspektasiKhusus: z.string().nullable() })),
  versiLain: z.array(z.object({ id: z.number(), nomorVersi: z.number(), status: z.enum(STATUS_SKP), labelStatus: z.string(), alasanRevisi: z.string().nullable() })),
  umpanBalik: z.array(skemaUmpanBalikTampil),
  dialog: z.array(skemaDialogTampil),
  /** The pejabat penilai's ratings per period (drafts are shown to the penilai only). */
  penilaian: z.array(skemaPenilaian),
  /** What the caller may do with it. */
  boleh: z.object({ ubah: z.boolean(), ajukan: z.boolean(), setujui: z.boolean(), ekspektasi: z.boolean(), revisi: z.boolean(), realisasi: z.boolean(), umpanBalik: z.boolean(),
    nilai: z.boolean() }),
});

/** GET /api/kinerja/saya: the caller's own SKP of a year ("Kinerja Saya"). */
export const skemaResponsKinerjaSaya = z.object({ tahun: z.number(), skp: skemaSkp.nullable(), penilai: zOrang.nullable(), tahunAda: z.array(z.number()) });

/** GET /api/kinerja/skp/:id/pilihan-rhk: what an RHK may intervene or be taken from. */
export const skemaResponsPilihanRhk = z.object({
  penilai: zOrang,
  /** The atasan's RHK of the same year (their latest SKP version), with how many of the caller's RHK already intervene each. */
  rhkAtasan: z.array(z.object({ akarId: z.number(), jenis: z.enum(JENIS_RHK), uraian: z.string(), statusSkp: z.enum(STATUS_SKP), dipakai: z.number() })),
  /** The caller's own PK of the year, for a head: its indicators offered as RHK. */
  pk: z.object({ pkId: z.number(), status: z.string(), jabatan: z.string(),
    indikator: z.array(
      z.object({ indikatorId: z.number(), kode: z.string(), uraian: z.string(), satuan: z.string(), target: z.number(), sasaran: z.string().nullable(),
        sudahDiambil: z.boolean() }),
    ) }).nullable(),
});

export const skemaResponsOk = z.object({ ok: z.literal(true) });
