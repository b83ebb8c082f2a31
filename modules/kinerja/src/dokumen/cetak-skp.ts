import { sql } from '@simasn/db';
import { formatNip, formatPersen, formatTanggal, hariIniIso, LABEL_PREDIKAT_ORGANISASI, LABEL_RATING, usulRatingPimpinan, type RatingEkspektasi } from '@simasn/domain';
import { hitungCapaianUnit } from '@simasn/sakip';
import { GalatAplikasi, konflik, pemanggilSistem, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { renderDocx, renderPdf, type Blok, type Dokumen, type Penandatangan, type Sel } from '@simasn/platform/dokumen';
import { labelPeriode, rentangPeriode, tribulanPeriode } from '../aturan-kinerja.ts';
import { realisasiSampai } from '../penilaian/konteks-penilaian.ts';
import { bacaOrang, penilaiSkp, skpDalamLingkup, susunSkp, type BarisSkp, type Skp } from '../skp/skp.ts';
import { LABEL_ASPEK } from '../aturan-kinerja.ts';
import { skemaCetakSkp } from './dokumen.types.ts';

export { skemaCetakSkp };

type Orang = Skp['pegawai'];

const MIME = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

/** The parties' identity rows as the official form lists them. */
function identitas(o: Orang | null): [string, string][] {
  return [['NAMA', o?.nama ?? '-'], ['NIP', o?.nip ? formatNip(o.nip) : '-'], ['PANGKAT/GOL. RUANG', o?.golongan ?? '-'], ['JABATAN', o?.jabatan || '-'], [
    'UNIT KERJA',
    o?.unit ?? '-',
  ]];
}

const judulKolom = (teks: string, kolom?: number): Sel => ({ teks, tebal: true, rata: 'tengah', latar: '#E7E6E6', ...(kolom ? { kolom } : {}) });

/** Pegawai yang dinilai and pejabat penilai side by side (NO | uraian | isian, twice). */
function tabelPihak(pegawai: Orang, penilai: Orang): Blok {
  const a = identitas(pegawai);
  const b = identitas(penilai);
  return { jenis: 'tabel', lebar: [0.6, 2.6, 4.4, 0.6, 2.6, 4.4], ukuran: 9,
    kepala: [[judulKolom('NO'), judulKolom('PEGAWAI YANG DINILAI', 2), judulKolom('NO'), judulKolom('PEJABAT PENILAI KINERJA', 2)]],
    isi: a.map(([k, v], i) => [String(i + 1), k, v, String(i + 1), b[i]![0], b[i]![1]]) };
}

function tabelSatuPihak(judul: string, o: Orang | null): Blok {
  return { jenis: 'tabel', lebar: [0.6, 2.6, 11.4], ukuran: 9, kepala: [[judulKolom('NO'), judulKolom(judul, 2)]], isi: identitas(o).map(([k, v], i) => [String(i + 1), k, v]) };
}

/** Who rates the pejabat penilai: the penilai's own SKP of the year names them; else nobody known. */
async function atasanPenilai(ctx: Konteks, s: BarisSkp): Promise<Orang | null> {
  if (s.penilaiPegawaiId === null) return null;
  const r = await ctx.db.maybeOne<{ penilaiId: number | null, nama: string | null, jabatan: string | null }>(sql`
    select s.penilai_pegawai_id as "penilaiId", s.penilai_nama as nama, s.penilai_jabatan as jabatan from skp s
     where s.instansi_id = ${ctx.instansiId} and s.pegawai_id = ${s.penilaiPegawaiId} and s.tahun = ${s.tahun} and s.status <> 'diganti'
     order by (s.status = 'disetujui') desc, s.nomor_versi desc limit 1`);
  if (!r) return null;
  if (r.penilaiId === null) return { pegawaiId: null, nip: null, nama: r.nama ?? 'Kepala Daerah', jabatan: r.jabatan ?? 'Kepala Daerah', unit: null, golongan: null };
  return (await bacaOrang(ctx, [r.penilaiId])).get(r.penilaiId) ?? null;
}

const tanggalLokal = (ctx: Konteks, w: Date | string | null) => (w ? formatTanggal(hariIniIso(new Date(w), ctx.zona)) : null);

interface Pihak {
  peran: string;
  orang: Orang;
  tanggal: string | null;
}

function tandaTangan(tempat: string, kiri: Pihak, kanan: Pihak): Blok {
  const blok = (x: Pihak): Penandatangan => ({ atas: [x.tanggal ? `${tempat}, ${x.tanggal}` : `${tempat}, (belum ditandatangani)`, `${x.peran},`], nama: x.orang.nama,
    bawah: x.orang.nip ? [`NIP. ${formatNip(x.orang.nip)}`] : [x.orang.jabatan] });
  return { jenis: 'tandaTangan', kolom: [blok(kiri), blok(kanan)] };
}

/**
 * The hasil kerja rows: per RHK (utama then tambahan) one row per indicator, the RHK's own cells
 * (and `tambahan`'s, after TARGET) in its first row. No cell spans rows: a spanning cell split by a
 * page break would be cut off in print.
 */
function barisHasilKerja(skp: Skp, tambahan?: (r: Skp['rhk'][number]) => string[]): Sel[][] {
  const isi: Sel[][] = [];
  const lebar = 6 + (tambahan ? 2 : 0);
  for (const [jenis, judul] of [['utama', 'A. UTAMA'], ['tambahan', 'B. TAMBAHAN']] as const) {
    const rhk = skp.rhk.filter((r) => r.jenis === jenis);
    isi.push([{ teks: judul, tebal: true, kolom: lebar }]);
    if (!rhk.length) isi.push([{ teks: 'Tidak ada', kolom: lebar, rata: 'tengah' }]);
    rhk.forEach((r, i) => {
      const atas = r.rhkAtasan ?? (r.dariPk ? `Perjanjian Kinerja: ${r.dariPk.kode} ${r.dariPk.uraian}` : '-');
      const ekor: Sel[] = tambahan ? tambahan(r) : [];
      const ind = r.indikator.length ? r.indikator : [null];
      ind.forEach((x, j) => {
        const sel: Sel[] = [x ? LABEL_ASPEK[x.aspek] : '-', x?.uraian ?? '-', x?.target ?? '-'];
        isi.push(j === 0 ? [String(i + 1), atas, r.uraian, ...sel, ...ekor] : ['', '', '', ...sel, ...ekor.map(() => '')]);
      });
    });
  }
  return isi;
}

async function tempatInstansi(ctx: Konteks) {
  const r = await ctx.db.one<{ nama: string, ibu_kota: string | null }>(sql`select nama, ibu_kota from instansi where instansi_id = ${ctx.instansiId}`);
  return { nama: r.nama, tempat: r.ibu_kota ?? r.nama.replace(/^(Kabupaten|Kota)\s+/i, '') };
}

const pendekatan = (skp: Skp) => (skp.rhk.some((r) => r.indikator.some((i) => i.pendekatan === 'kuantitatif')) ? 'KUANTITATIF' : 'KUALITATIF');

const periodeTeks = (tahun: number, periode: string) => {
  const { mulai, selesai } = rentangPeriode(tahun, periode);
  return `PERIODE PENILAIAN: ${formatTanggal(mulai).toUpperCase()} SD ${formatTanggal(selesai).toUpperCase()}`;
};

const perilakuSel = (x: Skp['perilaku'][number]): Sel => ({ teks: [{ teks: x.label, tebal: true }, { teks: `\n${x.uraian.map((u) => `- ${u}`).join('\n')}` }] });

/** The SKP (rencana) in the layout of PermenPAN-RB 6/2022: parties, hasil kerja, perilaku kerja with ekspektasi khusus, lampiran, both signatures with their dates. */
export function dokumenRencanaSkp(skp: Skp, o: { instansi: string, tempat: string, diajukan: string | null, disetujui: string | null }): Dokumen {
  const p = (teks: string): Blok => ({ jenis: 'paragraf', teks, rata: 'kiri', tebal: true });
  const ttd = tandaTangan(o.tempat, { peran: 'Pejabat Penilai Kinerja', orang: skp.penilai, tanggal: o.disetujui }, { peran: 'Pegawai yang Dinilai', orang: skp.pegawai,
    tanggal: o.diajukan });
  return { judul: `SKP ${skp.tahun} ${skp.pegawai.nama}`, penulis: o.instansi, kertas: 'A4', orientasi: 'mendatar', nomorHalaman: true,
    kakiHalaman: `SKP ${skp.tahun}${skp.nomorVersi > 1 ? ` revisi ke-${skp.nomorVersi - 1}` : ''} - ${skp.pegawai.nama}`, isi: [
      ...(skp.status !== 'disetujui' && skp.status !== 'diganti' ?
        [{ jenis: 'paragraf', teks: [{ teks: `DRAF (${skp.labelStatus}): belum disepakati kedua pihak`, tebal: true }], rata: 'kanan' } satisfies Blok] :
        []),
      { jenis: 'paragraf', teks: 'SASARAN KINERJA PEGAWAI', rata: 'tengah', tebal: true, ukuran: 13 },
      { jenis: 'paragraf', teks: `PENDEKATAN HASIL KERJA ${pendekatan(skp)}`, rata: 'tengah', tebal: true },
      { jenis: 'tabel', lebar: [1, 1], ukuran: 9, kepala: [],
        isi: [[{ teks: o.instansi.toUpperCase(), tebal: true }, { teks: periodeTeks(skp.tahun, 'tahunan'), tebal: true, rata: 'kanan' }]] },
      tabelPihak(skp.pegawai, skp.penilai),
      { jenis: 'spasi', pt: 6 },
      { jenis: 'tabel', judul: 'HASIL KERJA', lebar: [0.6, 4, 4, 1.6, 4, 2.4], ukuran: 9, kepala: [[
        judulKolom('NO'),
        judulKolom('RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI'),
        judulKolom('RENCANA HASIL KERJA'),
        judulKolom('ASPEK'),
        judulKolom('INDIKATOR KINERJA INDIVIDU'),
        judulKolom('TARGET'),
      ]], isi: barisHasilKerja(skp) },
      { jenis: 'spasi', pt: 6 },
      { jenis: 'tabel', judul: 'PERILAKU KERJA', lebar: [0.6, 8, 6], ukuran: 9, kepala: [[judulKolom('NO'), judulKolom('PERILAKU'), judulKolom('EKSPEKTASI KHUSUS PIMPINAN')]],
        isi: skp.perilaku.map((x, i) => [String(i + 1), perilakuSel(x), x.ekspektasiKhusus ?? 'Belum ditetapkan']) },
      ttd,
      { jenis: 'pindahHalaman' },
      { jenis: 'paragraf', teks: 'LAMPIRAN SASARAN KINERJA PEGAWAI', rata: 'tengah', tebal: true },
      p('DUKUNGAN SUMBER DAYA'),
      { jenis: 'daftar', bernomor: true, butir: [`Anggaran, sarana dan prasarana ${skp.pegawai.unit ?? 'unit kerja'} tahun ${skp.tahun}`] },
      p('SKEMA PERTANGGUNGJAWABAN'),
      { jenis: 'daftar', bernomor: true, butir: [
        'Realisasi setiap rencana hasil kerja dilaporkan beserta bukti dukungnya dan dipantau pejabat penilai kinerja.',
        'Aktivitas harian yang disetujui atasan dan ditautkan pada rencana hasil kerja menjadi bukti dukung realisasinya.',
      ] },
      p('KONSEKUENSI'),
      { jenis: 'daftar', bernomor: true, butir: [
        'Predikat kinerja pegawai menjadi dasar pemberian tambahan penghasilan, pengembangan kompetensi dan karier sesuai ketentuan peraturan perundang-undangan.',
      ] },
      ttd,
    ] };
}

/** The predikat kinerja organisasi for the evaluation: from the perangkat daerah's capaian in SAKIP (the rule of the unit head's proposal). */
async function capaianOrganisasi(ctx: Konteks, s: BarisSkp, periode: string): Promise<string> {
  const pd = await ctx.db.maybeOne<{ id: number }>(sql`select perangkat_daerah_id as id from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${s.unitId ?? 0}`);
  if (!pd) return 'Belum dapat dihitung';
  try {
    const c = await hitungCapaianUnit({ ...ctx, pemanggil: pemanggilSistem(ctx.instansiId) }, { unitId: pd.id, tahun: s.tahun,
      tribulan: periode === 'tahunan' ? undefined : tribulanPeriode(periode) });
    const u = usulRatingPimpinan(c.indikator.map((i) => i.capaian));
    if (!u.ok) return `Belum dapat dihitung: capaian indikator ${c.unit.nama} belum terisi`;
    return `${LABEL_PREDIKAT_ORGANISASI[u.nilai.predikatOrganisasi].toUpperCase()} (capaian rata-rata ${c.unit.nama} ${formatPersen(u.nilai.capaianUnit)})`;
  } catch (e) {
    if (e instanceof GalatAplikasi && e.status < 500) return 'Belum dapat dihitung (perangkat daerah belum mempunyai Renstra atau capaian tahun ini)';
    throw e;
  }
}

const ratingTeks = (r: RatingEkspektasi) => LABEL_RATING[r].toUpperCase();

export interface DataEvaluasi {
  instansi: string;
  tempat: string;
  periode: string;
  atasan: Orang | null;
  capaianOrganisasi: string;
  realisasi: Awaited<ReturnType<typeof realisasiSampai>>;
  tanggalPenilaian: string | null;
}

/** The evaluation (periodic or annual) in the layout of PermenPAN-RB 6/2022: three parties, capaian organisasi, realisasi and umpan balik, both ratings, the predikat, signatures. */
export function dokumenEvaluasiSkp(skp: Skp, o: DataEvaluasi): Dokumen {
  const n = skp.penilaian.find((x) => x.periode === o.periode)!;
  const real = new Map(o.realisasi.map((r) => [r.rhkAkarId, r]));
  const dalamPeriode = (p: string | null) => o.periode === 'tahunan' || p === null || p === o.periode;
  const umpanRhk = (akar: number) => skp.umpanBalik.filter((u) => u.rhkAkarId === akar && dalamPeriode(u.periode)).map((u) => u.isi).join('\n') || '-';
  const umpanPerilaku = (kode: string) => skp.umpanBalik.filter((u) => u.perilakuKode === kode && dalamPeriode(u.periode)).map((u) => u.isi).join('\n') || '-';
  const beda = n.usulanHasil && n.usulanHasil !== n.ratingHasil ? `\nBerbeda dari usulan capaian unit (${LABEL_RATING[n.usulanHasil]}): ${n.alasanBedaUsulan ?? ''}` : '';
  const sesuaiUsulan = n.usulanHasil && n.usulanHasil === n.ratingHasil ? '\nSesuai usulan dari capaian unit.' : '';
  return { judul: `Evaluasi Kinerja ${labelPeriode(o.periode)} ${skp.tahun} ${skp.pegawai.nama}`, penulis: o.instansi, kertas: 'A4', orientasi: 'mendatar', nomorHalaman: true,
    kakiHalaman: `Evaluasi kinerja ${labelPeriode(o.periode)} ${skp.tahun} - ${skp.pegawai.nama}`, isi: [
      ...(n.status !== 'final' ? [{ jenis: 'paragraf', teks: [{ teks: 'DRAF: penilaian belum final', tebal: true }], rata: 'kanan' } satisfies Blok] : []),
      { jenis: 'paragraf', teks: `EVALUASI KINERJA PEGAWAI ${o.periode === 'tahunan' ? 'TAHUNAN' : 'PERIODIK'}`, rata: 'tengah', tebal: true, ukuran: 13 },
      { jenis: 'paragraf', teks: `PERIODE: ${labelPeriode(o.periode).toUpperCase()} ${skp.tahun}`, rata: 'tengah', tebal: true },
      { jenis: 'tabel', lebar: [1, 1], ukuran: 9, kepala: [],
        isi: [[{ teks: o.instansi.toUpperCase(), tebal: true }, { teks: periodeTeks(skp.tahun, o.periode), tebal: true, rata: 'kanan' }]] },
      tabelPihak(skp.pegawai, skp.penilai),
      tabelSatuPihak('ATASAN PEJABAT PENILAI KINERJA', o.atasan),
      { jenis: 'tabel', lebar: [3.2, 11.4], ukuran: 9, kepala: [], isi: [[{ teks: 'CAPAIAN KINERJA ORGANISASI', tebal: true }, o.capaianOrganisasi]] },
      { jenis: 'spasi', pt: 6 },
      { jenis: 'tabel', judul: 'HASIL KERJA', lebar: [0.5, 3, 3, 1.3, 3, 1.8, 3.6, 3], ukuran: 8, kepala: [[
        judulKolom('NO'),
        judulKolom('RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI'),
        judulKolom('RENCANA HASIL KERJA'),
        judulKolom('ASPEK'),
        judulKolom('INDIKATOR KINERJA INDIVIDU'),
        judulKolom('TARGET'),
        judulKolom('REALISASI BERDASARKAN BUKTI DUKUNG'),
        judulKolom('UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG'),
      ]], isi: barisHasilKerja(skp, (r) => {
        const x = real.get(r.akarId);
        const teks = [x?.realisasi ? `${x.realisasi}${x.labelPeriodeRealisasi ? ` (${x.labelPeriodeRealisasi})` : ''}` : 'Belum ada realisasi', x?.aktivitas].filter((
          t,
        ): t is string => !!t).join('\n');
        return [teks, umpanRhk(r.akarId)];
      }) },
      { jenis: 'tabel', lebar: [3.2, 11.4], ukuran: 9, kepala: [],
        isi: [[{ teks: 'RATING HASIL KERJA', tebal: true }, { teks: [{ teks: ratingTeks(n.ratingHasil), tebal: true }, { teks: `\n${n.alasanHasil}${sesuaiUsulan}${beda}` }] }]] },
      { jenis: 'spasi', pt: 6 },
      { jenis: 'tabel', judul: 'PERILAKU KERJA', lebar: [0.5, 6, 4, 4], ukuran: 8,
        kepala: [[judulKolom('NO'), judulKolom('PERILAKU'), judulKolom('EKSPEKTASI KHUSUS PIMPINAN'), judulKolom('UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG')]],
        isi: skp.perilaku.map((x, i) => [String(i + 1), perilakuSel(x), x.ekspektasiKhusus ?? 'Belum ditetapkan', umpanPerilaku(x.kode)]) },
      { jenis: 'tabel', lebar: [3.2, 11.4], ukuran: 9, kepala: [], isi: [
        [{ teks: 'RATING PERILAKU KERJA', tebal: true }, { teks: [{ teks: ratingTeks(n.ratingPerilaku), tebal: true }, { teks: `\n${n.alasanPerilaku}` }] }],
        [{ teks: 'PREDIKAT KINERJA PEGAWAI', tebal: true }, { teks: n.labelPredikat.toUpperCase(), tebal: true }],
        ...(n.catatan ? [[{ teks: 'CATATAN', tebal: true }, n.catatan] satisfies Sel[]] : []),
      ] },
      tandaTangan(o.tempat, { peran: 'Pejabat Penilai Kinerja', orang: skp.penilai, tanggal: o.tanggalPenilaian }, { peran: 'Pegawai yang Dinilai', orang: skp.pegawai,
        tanggal: o.tanggalPenilaian }),
    ] };
}

/**
 * The SKP (`jenis: 'rencana'`) or the evaluation of a period (`jenis: 'evaluasi'`) as PDF or DOCX,
 * for whoever may read that SKP version. An evaluation needs the period's rating: final, or a
 * draft for its penilai only (marked DRAF). NIK-like numbers in free text are masked by the renderer.
 */
export async function cetakSkp(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaCetakSkp, masukan, 'Permintaan cetak belum benar.');
  const s = await skpDalamLingkup(ctx, skpId);
  const skp = await susunSkp(ctx, s);
  const ins = await tempatInstansi(ctx);
  let dok: Dokumen;
  if (f.jenis === 'rencana') {
    dok = dokumenRencanaSkp(skp, { instansi: ins.nama, tempat: ins.tempat, diajukan: tanggalLokal(ctx, skp.diajukanPada), disetujui: tanggalLokal(ctx, skp.disetujuiPada) });
  } else {
    const n = skp.penilaian.find((x) => x.periode === f.periode);
    if (!n) {
      throw penilaiSkp(ctx, s) ? konflik(`Penilaian ${labelPeriode(f.periode)} belum diisi.`) : tidakDitemukan(`Penilaian ${labelPeriode(f.periode)} belum final.`);
    }
    const [atasan, capaian, realisasi] = await Promise.all([atasanPenilai(ctx, s), capaianOrganisasi(ctx, s, f.periode), realisasiSampai(ctx, s, f.periode)]);
    dok = dokumenEvaluasiSkp(skp, { instansi: ins.nama, tempat: ins.tempat, periode: f.periode, atasan, capaianOrganisasi: capaian, realisasi,
      tanggalPenilaian: tanggalLokal(ctx, n.difinalkanPada) });
  }
  const isi = f.format === 'pdf' ? await renderPdf(dok) : await renderDocx(dok);
  const nama = `${f.jenis === 'rencana' ? 'SKP' : `Evaluasi-${labelPeriode(f.periode)}`}-${skp.tahun}-${skp.pegawai.nip ?? skp.pegawai.nama}`.replace(/[^\w.-]+/g, '_');
  return { isi, namaBerkas: `${nama}.${f.format}`, mime: MIME[f.format] };
}
