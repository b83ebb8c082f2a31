import { ambilPekerjaan, daftarPekerjaan, GalatAplikasi, lingkup, uraikan, type z, type HasilPekerjaan, type Konteks, type LaporProgres, type PelariPekerjaan,
  type StatusPekerjaan } from '@simasn/platform';
import { renstraUnitTahun } from '../capaian/renstra-unit.ts';
import { berkasLkjip, type FormatBerkas } from './berkas-lkjip.ts';
import type { LaporanLkjip, TemuanLaporan } from './model.ts';
import { BAGIAN_BERBAWAAN, BAGIAN_NARASI, DAFTAR_BAGIAN_NARASI, skemaBuatLkjip, type BagianNarasi, type skemaParameterLkjip } from './lkjip.types.ts';
import { bacaNarasi } from './narasi.ts';
import { susunLaporanLkjip } from './susun-laporan.ts';

export { skemaBuatLkjip };

export const JENIS_PEKERJAAN_LKJIP = 'lkjip';

/** Generation stops on inconsistent tables: the findings travel with the error (422), one per figure. */
export function galatTidakKonsisten(temuan: TemuanLaporan[]): GalatAplikasi {
  return new GalatAplikasi(422, 'tidak_konsisten', `Laporan tidak dibuat: ${temuan.length} angka pada tabel tidak sesuai dengan masukannya. Perbaiki datanya lalu buat ulang.`,
    temuan);
}

/** The parts nobody wrote (for this period or an earlier one) that have no standard text. */
export function bagianBelumDiisi(narasi: LaporanLkjip['narasi'] | Partial<Record<BagianNarasi, { isi: string }>>): BagianNarasi[] {
  return DAFTAR_BAGIAN_NARASI.filter((b) => !BAGIAN_BERBAWAAN.includes(b) && !narasi[b]?.isi.trim());
}

/**
 * An LKjIP with unwritten parts is not ready to submit: generation stops with the list (422), unless
 * the user chose to leave them blank (`kosongkan`).
 */
export function galatBagianKosong(bagian: BagianNarasi[]): GalatAplikasi {
  return new GalatAplikasi(
    422,
    'narasi_belum_diisi',
    `Laporan tidak dibuat: ${bagian.length} bagian belum diisi pada menu Laporan LKjIP. Isi bagian tersebut, atau pilih "Biarkan bagian yang belum diisi kosong".`,
    // the API's problem shape (kolom, pesan): one line per part, beside the message
    bagian.map((b) => ({ kolom: 'Bagian laporan', pesan: `${BAGIAN_NARASI[b]} belum diisi`, nilai: b })),
  );
}

/** Assembles, checks and renders one LKjIP file (the job's work, also the CLI's). */
export async function buatBerkasLkjip(ctx: Konteks, masukan: z.input<typeof skemaBuatLkjip>, lapor: LaporProgres = async () => {}) {
  const f = uraikan(skemaBuatLkjip, masukan);
  const mulai = performance.now();
  const laporan = await susunLaporanLkjip(ctx, f, lapor);
  const kosong = bagianBelumDiisi(laporan.narasi);
  if (kosong.length && !f.kosongkan) throw galatBagianKosong(kosong);
  if (laporan.temuan.length) throw galatTidakKonsisten(laporan.temuan);
  await lapor(70, f.format === 'pdf' ? 'Menggambar grafik dan menyusun PDF' : 'Menggambar grafik dan menyusun DOCX');
  const b = await berkasLkjip(laporan, f.format as FormatBerkas);
  return { ...b, laporan, milidetik: Math.round(performance.now() - mulai) };
}

/** The background job: progress in the pekerjaan table, the file as its result. */
export async function jalankanLkjip(ctx: Konteks, parameter: Record<string, unknown>, lapor: LaporProgres): Promise<HasilPekerjaan> {
  const b = await buatBerkasLkjip(ctx, parameter as z.input<typeof skemaBuatLkjip>, lapor);
  return { isi: b.isi, namaBerkas: b.namaBerkas, mime: b.mime,
    rincian: { judul: b.judul, milidetik: b.milidetik, ukuran: b.isi.length, jumlahIndikator: b.laporan.indikator.length } };
}

export function daftarkanPekerjaanLkjip(pelari: PelariPekerjaan): void {
  pelari.daftarkan(JENIS_PEKERJAAN_LKJIP, jalankanLkjip);
}

/**
 * Asks for an LKjIP: the input and the caller's reach on the unit are checked now (422 / 404 at
 * once, not in the job), then the job is queued; the page polls its progress.
 */
export async function mintaLkjip(ctx: Konteks, pelari: PelariPekerjaan, masukan: z.input<typeof skemaBuatLkjip>) {
  lingkup(ctx, 'sakip:baca');
  const f = uraikan(skemaBuatLkjip, masukan);
  await renstraUnitTahun(ctx, f.unitId, f.tahun);
  if (!f.kosongkan) {
    const narasi = await bacaNarasi(ctx, f.unitId, f.tahun, f.tribulan ?? 0);
    const kosong = bagianBelumDiisi(Object.fromEntries(narasi.map((n) => [n.bagian, n])));
    if (kosong.length) throw galatBagianKosong(kosong);
  }
  return pelari.kirim(ctx, JENIS_PEKERJAAN_LKJIP, { unitId: f.unitId, tahun: f.tahun, tribulan: f.tribulan ?? null, batas: f.batas ?? null, format: f.format,
    kosongkan: f.kosongkan });
}

/** An LKjIP job's status: its parameter is what mintaLkjip queued (the only writer of this kind). */
export type PekerjaanLkjip = StatusPekerjaan & { parameter: z.output<typeof skemaParameterLkjip> };

/** The caller's latest LKjIP jobs. */
export async function daftarPekerjaanLkjip(ctx: Konteks): Promise<PekerjaanLkjip[]> {
  return (await daftarPekerjaan(ctx, JENIS_PEKERJAAN_LKJIP)) as PekerjaanLkjip[];
}

/** One LKjIP job of the caller (404 for anyone else's or another kind). */
export async function ambilPekerjaanLkjip(ctx: Konteks, id: number): Promise<PekerjaanLkjip> {
  return (await ambilPekerjaan(ctx, id, JENIS_PEKERJAAN_LKJIP)) as PekerjaanLkjip;
}
