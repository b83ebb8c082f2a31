import { formatNip, hariIniIso } from '@simasn/domain';
import { uraikan, type z, type Konteks, type LaporProgres } from '@simasn/platform';
import { hitungCapaianUnit, type CapaianUnit } from '../capaian/hitung-capaian-unit.ts';
import { ringkasanAnggaranUnit, type PosProgram } from '../capaian/ringkasan-anggaran-unit.ts';
import { ambilPk } from '../pk/ambil-pk.ts';
import { daftarPk } from '../pk/daftar-pk.ts';
import { ambilRenstra } from '../renstra/ambil-renstra.ts';
import { semuaSimpul } from '../renstra/pohon-program.ts';
import { instansiLaporan, pangkatPegawai, personilUnit, saranaUnit, strukturUnit } from './data-organisasi.ts';
import { ipAsnLaporan, meritLaporan } from './data-indeks.ts';
import type { BarisAnggaran, IndikatorLkjip, LaporanLkjip, Narasi, PerjanjianLkjip } from './model.ts';
import { skemaSusunLkjip } from './lkjip.types.ts';
import { bacaNarasi } from './narasi.ts';

export { skemaSusunLkjip };
import { periksaLaporan } from './periksa-laporan.ts';

export type MasukanSusunLkjip = z.input<typeof skemaSusunLkjip>;

type IndikatorCapaian = CapaianUnit['indikator'][number];

function keIndikator(i: IndikatorCapaian, namaProgram: (ids: number[]) => string[], programIds: number[]): IndikatorLkjip {
  const pemilik = i.level === 'tujuan' ? i.tujuan?.uraian : i.level === 'sasaran' ? i.sasaran?.uraian : i.program?.nama;
  return { kode: i.kode, uraian: i.uraian, satuan: i.satuan, polaritas: i.polaritas, agregasi: i.agregasi, level: i.level as IndikatorLkjip['level'], pemilik: pemilik ?? '-',
    target: i.target, realisasi: i.realisasi, capaian: i.capaian, tribulan: i.tribulan.map((t) => t.nilai ?? null), tahunLalu: i.tahunLalu, targetAkhir: i.targetAkhir,
    capaianTerhadapTargetAkhir: i.capaianTerhadapTargetAkhir, angkaNasional: i.angkaNasional, pagu: i.pagu, realisasiAnggaran: i.realisasiAnggaran, penyerapan: i.penyerapan,
    efisiensi: i.efisiensi, biayaPerOutcome: i.biayaPerOutcome, program: namaProgram(programIds), otomatis: !!i.sumberOtomatis, sumberOtomatis: i.sumberOtomatis ?? null };
}

function barisAnggaran(program: PosProgram[]): BarisAnggaran[] {
  const hasil: BarisAnggaran[] = [];
  const jalan = (p: PosProgram) => {
    hasil.push({ kode: p.kode, nama: p.nama, tingkat: p.tingkat, pagu: p.pagu, realisasi: p.realisasi, sisa: p.sisa, penyerapan: p.penyerapan });
    p.anak.forEach(jalan);
  };
  program.forEach(jalan);
  return hasil;
}

/** The approved PK of the unit's head for the year: the top of the unit's cascade. */
async function pkKepala(ctx: Konteks, unitId: number, tahun: number): Promise<{ pk: PerjanjianLkjip, pegawaiId: number | null } | null> {
  const daftar = await daftarPk(ctx, { tahun, unitId });
  const atas = daftar.find((p) => p.unitId === unitId && p.versiBerlaku !== null);
  if (!atas?.versiBerlaku) return null;
  const p = await ambilPk(ctx, atas.versiBerlaku);
  const pejabat = (x: typeof p.pihakPertama) => ({ nama: x.nama, nip: x.nip ? formatNip(x.nip) : null, pangkat: null, jabatan: x.jabatan });
  return { pegawaiId: p.pihakPertama.pegawaiId,
    pk: { tanggal: p.tanggal, tanggalAwal: p.versiLain.find((v) => v.nomorPerubahan === 0)?.tanggal ?? p.tanggal, nomorPerubahan: p.nomorPerubahan,
      alasanPerubahan: p.alasanPerubahan, pihakPertama: pejabat(p.pihakPertama), pihakKedua: pejabat(p.pihakKedua),
      indikator: p.indikator.map((i) => ({ sasaran: i.sasaran ?? i.tujuan ?? i.program ?? '-', uraian: i.uraian, satuan: i.satuan, target: Number(i.target) })),
      anggaran: p.anggaran.map((a) => ({ kode: a.kode, nama: a.nama, anggaran: Number(a.anggaran) })), jumlahAnggaran: p.jumlahAnggaran } };
}

/**
 * Builds the whole LKjIP model of a perangkat daerah for a year or a tribulan from the app's
 * records and the SAKIP computations, then runs the consistency checks on it (`temuan`). Reads
 * within the caller's `sakip:baca` reach (404 outside it or without a Renstra for the year).
 */
export async function susunLaporanLkjip(ctx: Konteks, masukan: MasukanSusunLkjip, lapor: LaporProgres = async () => {}): Promise<LaporanLkjip> {
  const f = uraikan(skemaSusunLkjip, masukan);
  const periode = { unitId: f.unitId, tahun: f.tahun, tribulan: f.tribulan };
  await lapor(5, 'Menghitung capaian kinerja');
  const capaian = await hitungCapaianUnit(ctx, { ...periode, batas: f.batas });
  await lapor(20, 'Menyusun realisasi anggaran dan Perjanjian Kinerja');
  const [anggaran, renstra, pk] = await Promise.all([
    ringkasanAnggaranUnit(ctx, periode),
    ambilRenstra(ctx, capaian.renstra.id),
    pkKepala(ctx, f.unitId, f.tahun),
  ]);
  await lapor(35, 'Membaca data organisasi dan kepegawaian');
  const [instansi, struktur, personil, sarana, narasi, pangkat] = await Promise.all([
    instansiLaporan(ctx),
    strukturUnit(ctx, f.unitId),
    personilUnit(ctx, f.unitId),
    saranaUnit(ctx, f.unitId, f.tahun),
    bacaNarasi(ctx, f.unitId, f.tahun, f.tribulan ?? 0),
    pangkatPegawai(ctx, pk?.pegawaiId ?? null),
  ]);
  await lapor(50, 'Mengambil IP ASN dan Sistem Merit');
  const [ipAsn, merit] = await Promise.all([ipAsnLaporan(ctx, capaian.renstra.id, f.tahun, f.tribulan ?? null), meritLaporan(ctx, f.tahun)]);

  const simpul = new Map(semuaSimpul(renstra.program).map((s) => [s.id, s]));
  const programIndikator = new Map(
    [...renstra.tujuan.flatMap((t) => [...t.indikator, ...t.sasaran.flatMap((s) => s.indikator)]), ...renstra.indikatorProgram].map((i) => [i.id, i.programIds]),
  );
  const namaProgram = (ids: number[]) => ids.map((id) => simpul.get(id)).filter((s) => !!s).map((s) => `${s!.kode} ${s!.nama}`);
  const indRenstra = (i: (typeof renstra.tujuan)[number]['indikator'][number]) => ({ kode: i.kode, uraian: i.uraian, satuan: i.satuan, formula: i.formula, baseline: i.baseline,
    target: i.target, targetAkhir: i.targetAkhir });

  const laporan: Omit<LaporanLkjip, 'temuan'> = { instansi, unit: capaian.unit, tahun: f.tahun, tribulan: f.tribulan ?? null, tanggal: hariIniIso(ctx.sekarang(), ctx.zona),
    kepala: pk ? { ...pk.pk.pihakPertama, pangkat } : null,
    narasi: Object.fromEntries(narasi.filter((n) => n.isi.trim()).map((n) => [n.bagian, { isi: n.isi, dariPeriode: n.dariPeriode } satisfies Narasi])), struktur, personil, sarana,
    renstra: { nama: renstra.nama, tahunAwal: renstra.tahunAwal, tahunAkhir: renstra.tahunAkhir,
      tujuan: renstra.tujuan.map((t) => ({ kode: t.kode, uraian: t.uraian, indikator: t.indikator.map(indRenstra),
        sasaran: t.sasaran.map((s) => ({ kode: s.kode, uraian: s.uraian, indikator: s.indikator.map(indRenstra) })) })
      ) }, pk: pk?.pk ?? null, kebijakanCapaian: capaian.kebijakan, batasCapaian: capaian.kebijakanBatas,
    indikator: capaian.indikator.map((i) => keIndikator(i, namaProgram, programIndikator.get(i.id) ?? [])),
    ringkasan: { rataRataCapaian: typeof capaian.ringkasan.rataRataCapaian === 'number' ? capaian.ringkasan.rataRataCapaian : null, penyerapan: capaian.ringkasan.penyerapan,
      efisiensi: capaian.ringkasan.efisiensi }, anggaran: { total: anggaran.total, baris: barisAnggaran(anggaran.program) }, ipAsn, merit };
  await lapor(60, 'Memeriksa konsistensi tabel');
  return { ...laporan, temuan: periksaLaporan(laporan) };
}
