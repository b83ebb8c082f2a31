import { sql } from '@simasn/db';
import { dalamDaftarPensiun, formatTanggal, hariIniIso, hitungPensiun, type JenisJabatan, type JenjangFungsional, type TingkatStruktural } from '@simasn/domain';
import { ubahKedudukan } from '@simasn/kepegawaian';
import { tidakValid, type Konteks } from '@simasn/platform';
import { gabungDataUsulan, langkahSaga, type Transisi } from '@simasn/platform/alur';
import { periksaKeluarga, type HasilPeriksaKeluarga } from '../kependudukan/periksa-keluarga.ts';

/** What a pension request keeps in `usulan_layanan.data`. */
export interface DataUsulanPensiun {
  bup: number;
  tanggalBup: string;
  tmtPensiun: string;
  aturanBup: string;
  pemeriksaanKeluarga?: Omit<HasilPeriksaKeluarga, 'nip' | 'kartuKeluarga' | 'keluargaSimasn'> & { jumlahAnggotaKk: number };
  tanggalUsulBkn?: string;
  nomorUsulBkn?: string;
  nomorSkPensiun?: string;
  tanggalSkPensiun?: string;
  tanggalPenyerahan?: string;
  diterimaOleh?: string;
  kedudukanPensiunPada?: string;
}

export const gabungDataPensiun = (ctx: Konteks, id: number, patch: Partial<DataUsulanPensiun>) => gabungDataUsulan(ctx, id, patch);

/** BUP, tanggal BUP and TMT pensiun from the records (PP 11/2017); refused outside the 24-month window. */
async function tetapkanBup(t: Transisi) {
  const { ctx, usulan: u } = t;
  const p = await ctx.db.one<
    { tanggal_lahir: string, status_kepegawaian: string, kedudukan: string, jenis: JenisJabatan | null, tingkat_struktural: TingkatStruktural | null,
      jenjang: JenjangFungsional | null, bup_khusus: number | null }
  >(sql`
    select p.tanggal_lahir, p.status_kepegawaian, p.kedudukan, coalesce(j.jenis, p.jenis_jabatan) as jenis, j.tingkat_struktural, j.jenjang, j.bup_khusus
      from pegawai p left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
     where p.instansi_id = ${ctx.instansiId} and p.id = ${u.pegawaiId}`);
  if (p.status_kepegawaian !== 'PNS' || p.kedudukan !== 'aktif') {
    throw tidakValid('Pensiun BUP hanya untuk PNS aktif.', [{ kolom: 'nip', pesan: `status ${p.status_kepegawaian}, kedudukan ${p.kedudukan}`, nilai: u.nip }]);
  }
  const h = hitungPensiun(p.tanggal_lahir, { jenis: p.jenis ?? 'pelaksana', tingkatStruktural: p.tingkat_struktural, jenjang: p.jenjang, bupKhusus: p.bup_khusus });
  if (!h.ok) throw tidakValid('Data pegawai belum lengkap untuk menghitung BUP.', [{ kolom: 'nip', pesan: h.alasan, nilai: u.nip }]);
  if (!dalamDaftarPensiun(h.nilai, hariIniIso(ctx.sekarang(), ctx.zona))) {
    throw tidakValid(`${u.nama} mencapai BUP ${h.nilai.bup} tahun pada ${formatTanggal(h.nilai.tanggalBup)}; usulan pensiun dibuka 24 bulan sebelumnya.`, [{ kolom: 'nip',
      pesan: 'belum masuk daftar pensiun 24 bulan ke depan', nilai: u.nip }]);
  }
  await gabungDataPensiun(ctx, u.id, { bup: h.nilai.bup, tanggalBup: h.nilai.tanggalBup, tmtPensiun: h.nilai.tmtPensiun, aturanBup: h.nilai.aturan });
}

/** The family check against the population registry, stored on the request for the verifier. */
export async function simpanPemeriksaanKeluarga(ctx: Konteks, id: number, nip: string) {
  const h = await periksaKeluarga(ctx, nip);
  const { nip: _nip, kartuKeluarga, keluargaSimasn: _keluargaSimasn, ...ringkas } = h;
  await gabungDataPensiun(ctx, id, { pemeriksaanKeluarga: { ...ringkas, jumlahAnggotaKk: kartuKeluarga.length } });
  return h;
}

async function wajibPemeriksaanKeluarga(t: Transisi) {
  if (!(t.usulan.data as Partial<DataUsulanPensiun>).pemeriksaanKeluarga) {
    throw tidakValid('Data keluarga belum diperiksa ke data kependudukan.', [{ kolom: 'pemeriksaanKeluarga', pesan: 'jalankan pemeriksaan data keluarga lebih dulu' }]);
  }
}

async function wajibSkPensiun(t: Transisi) {
  const ada = await t.ctx.db.maybeOne(sql`select 1 from dokumen_usulan_layanan where instansi_id = ${t.ctx.instansiId} and usulan_id = ${t.usulan.id} and kode = 'sk_pensiun'`);
  if (!ada) throw tidakValid('Dokumen SK pensiun belum dilampirkan.', [{ kolom: 'dokumen.sk_pensiun', pesan: 'SK pensiun dari BKN belum dilampirkan' }]);
}

/** On the TMT: the employee's kedudukan becomes pensiun (conditional update: only from aktif). */
async function berlakukanPensiun(t: Transisi) {
  const { ctx, usulan: u } = t;
  const d = u.data as unknown as DataUsulanPensiun;
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  if (d.tmtPensiun > hariIni) {
    throw tidakValid(`TMT pensiun ${formatTanggal(d.tmtPensiun)} belum tiba.`, [{ kolom: 'aksi',
      pesan: `kedudukan menjadi pensiun pada atau setelah ${formatTanggal(d.tmtPensiun)}` }]);
  }
  await ubahKedudukan(ctx, { pegawaiId: u.pegawaiId, dari: 'aktif', ke: 'pensiun', rincian: { tmt: d.tmtPensiun, nomorSkPensiun: d.nomorSkPensiun ?? null },
    keterangan: `usulan pensiun nomor ${u.id}` });
  await gabungDataPensiun(ctx, u.id, { kedudukanPensiunPada: hariIni });
}

/** The pension service's effects, attached to the steps' actions in layanan-pensiun.ts. */
export const hitungBup = langkahSaga<Transisi>({ nama: 'hitung BUP', jalankan: (_h, t) => tetapkanBup(t) });
export const periksaDataKeluarga = langkahSaga<Transisi>({ nama: 'periksa data keluarga', jalankan: (_h, t) => simpanPemeriksaanKeluarga(t.ctx, t.usulan.id, t.usulan.nip) });
export const pemeriksaanKeluargaAda = langkahSaga<Transisi>({ nama: 'pemeriksaan keluarga', jalankan: (_h, t) => wajibPemeriksaanKeluarga(t) });
export const dokumenSkPensiunAda = langkahSaga<Transisi>({ nama: 'dokumen SK pensiun', jalankan: (_h, t) => wajibSkPensiun(t) });
export const kedudukanPensiun = langkahSaga<Transisi>({ nama: 'kedudukan pensiun', jalankan: (_h, t) => berlakukanPensiun(t) });
