import { jenisBarisLkjip, parseAngka, periksaLkjip, type BarisLkjip, type Hasil, type KolomLkjip, type Polaritas, type TemuanLkjip, berhasil, gagal } from '@simasn/domain';
import type { DefinisiKolom, Kalkulator, MasalahMasukan } from './kalkulator.ts';

/**
 * `simasn periksa lkjip --input FILE`: recomputes every printed figure of a table exported from an
 * LKjIP that follows from other figures of the same row (capaian, persentase anggaran, efisiensi,
 * indeks, NRR) or from the rows above it (Jumlah/Total, Sub Jumlah, Rata-rata), and lists those
 * that differ by more than rounding. The findings are the output: exit 0 even when there are some.
 */

type Isian =
  | 'label'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'polaritas'
  | 'pagu'
  | 'realisasi_anggaran'
  | 'persen_anggaran'
  | 'efisiensi'
  | 'nilai'
  | 'responden'
  | 'nrr'
  | 'total'
  | 'maksimum'
  | 'indeks'
  /** Resolved by the table: realisasi anggaran when the table has a pagu and no target. */
  | 'realisasi_umum'
  /** Resolved by the table: capaian when it has a target, else persentase anggaran. */
  | 'persen_umum';

/** Accepted header names (as normalised: lower case, spaces and hyphens as `_`), first match wins. */
const SINONIM: Record<Isian, string[]> = { label: [
  'uraian',
  'indikator',
  'indikator_kinerja',
  'indikator_kinerja_utama',
  'iku',
  'sasaran',
  'sasaran_strategis',
  'tujuan',
  'program',
  'kegiatan',
  'sub_kegiatan',
  'subkegiatan',
  'program/kegiatan',
  'program/kegiatan/sub_kegiatan',
  'unsur',
  'unsur_pelayanan',
  'aspek',
  'sub_aspek',
  'rincian',
  'komponen',
  'nama',
  'keterangan',
  'label',
  'no',
  'no.',
  'nomor',
], target: ['target', 'target_kinerja', 'target_pk', 'target_tahun', 'target_periode_akhir_renstra', 'target_akhir_renstra', 'target_renstra', 't'],
  realisasi: ['realisasi_kinerja', 'realisasi_indikator', 'r'], realisasi_umum: ['realisasi'],
  capaian: ['capaian', 'capaian_kinerja', 'persen_capaian', 'persentase_capaian', 'tingkat_capaian', 'capaian_indikator'], polaritas: ['polaritas', 'polaritas_indikator'],
  pagu: ['pagu', 'pagu_anggaran', 'anggaran', 'alokasi_anggaran', 'alokasi', 'pagu_(anggaran)', 'anggaran_pk'],
  realisasi_anggaran: ['realisasi_anggaran', 'realisasi_keuangan', 'realisasi_belanja', 'realisasi_rp'], persen_anggaran: [
    'persen_anggaran',
    'persentase_anggaran',
    'persen_realisasi_anggaran',
    'persentase_realisasi_anggaran',
    'penyerapan',
    'penyerapan_anggaran',
    'persentase_penyerapan',
    'persen_penyerapan',
    'tingkat_penyerapan',
    'serapan',
    'serapan_anggaran',
    'capaian_anggaran',
    'capaian_keuangan',
    'persentase_keuangan',
    'realisasi_anggaran_%',
    'realisasi_keuangan_%',
  ], persen_umum: ['persen', 'persentase', '%', '(%)'], efisiensi: ['efisiensi', 'tingkat_efisiensi', 'efisiensi_anggaran'],
  nilai: ['nilai', 'jumlah', 'jumlah_nilai', 'nilai_unsur', 'total_nilai', 'rupiah', 'nilai_rupiah', 'jumlah_rupiah', 'skor'], responden: ['responden', 'jumlah_responden'],
  nrr: ['nrr', 'nrr_unsur', 'nilai_rata_rata', 'nilai_rata_rata_unsur'], total: ['total', 'total_skor', 'skor_total', 'nilai_total'],
  maksimum: ['maksimum', 'maksimal', 'maks', 'max', 'nilai_maksimum', 'nilai_maksimal', 'skor_maksimum', 'skor_maksimal'],
  indeks: ['indeks', 'nilai_indeks', 'indeks_merit', 'indeks_sistem_merit'] };

/** Header spellings of units around a name: `Capaian (%)`, `% Capaian`, `Pagu (Rp)`, `Pagu (Rp.)`. */
const varian = (s: string) => [s, `${s}_(%)`, `${s}_%`, `%_${s}`, `${s}_(persen)`, `${s}_(rp)`, `${s}_(rp.)`, `${s}_rp`, `${s}_(rupiah)`];

const BERSATUAN_PERSEN = new Set(varian('x').filter((v) => v.includes('%') || v.includes('persen')).map((v) => v.replace('x', '')));

/**
 * A percent spelling of a money column is its share: `Realisasi Anggaran (%)`, `% Anggaran` ->
 * persen_anggaran; `% Realisasi` -> the context's percent. (`Realisasi (%)` and `Target (%)` stay
 * figures in percent units.)
 */
function isianVarian(isian: Isian, v: string, dasar: string): Isian {
  if (!BERSATUAN_PERSEN.has(v.replace(dasar, ''))) return isian;
  if (isian === 'realisasi_anggaran' || isian === 'pagu') return 'persen_anggaran';
  if (isian === 'realisasi_umum' && v.startsWith('%')) return 'persen_umum';
  return isian;
}

const KUNCI = new Map<string, Isian>();
for (const [isian, daftar] of Object.entries(SINONIM) as [Isian, string[]][]) {
  for (const s of daftar) for (const v of varian(s)) if (!KUNCI.has(v)) KUNCI.set(v, isianVarian(isian, v, s));
}

/** A cell: its text, or the number an XLSX number cell holds (the file does not say how it was printed). */
type Sel = string | number;
const sel1 = (t: string, mentah: unknown): Hasil<Sel> => berhasil(typeof mentah === 'number' ? mentah : t);
const KOLOM = Object.fromEntries([...KUNCI.keys()].map((k) => [k, { wajib: false, baca: sel1 }])) as DefinisiKolom<Record<string, Sel>>;

// --- numbers --------------------------------------------------------------------------------

type Konvensi = 'id' | 'en' | null;

/**
 * `Rp 1.234,50`, `99,60 %`, `3 dokumen`, `1000 SK KP PNS`, `59 item alat listrik` -> the bare number
 * text (a PK table prints the target with its unit).
 */
const bersihkan = (t: string) =>
  t.replace(/^rp\.?/i, '').replace(/[\s\u00a0]+/g, ' ').trim().replace(/^(-?[\d.,]*\d)(\s*%|\s+[a-z][a-z\s/().,-]*)$/i, '$1').replace(/%$/, '').replace(/\s+/g, '');
const kosong = (t: Sel) => typeof t === 'string' && /^(|-|–|—|n\/?a|n\.a\.?|tidak\s+ada)$/i.test(t.trim());

/** Which writing a cell proves: Indonesian (`99,60`, `1.234.567`, `1.234,5`) or international. */
function bukti(t: Sel): Konvensi {
  if (typeof t === 'number') return null;
  const s = bersihkan(t).replace(/^-/, '');
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^\d{1,3}(\.\d{3}){2,}$/.test(s) || /^\d+,(\d{1,2}|\d{4,})$/.test(s) || /^0,\d+$/.test(s)) return 'id';
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^\d{1,3}(,\d{3}){2,}$/.test(s) || /^\d+\.(\d{1,2}|\d{4,})$/.test(s) || /^0\.\d+$/.test(s)) return 'en';
  return null;
}

/**
 * A number: a single mark followed by three digits (`1.246`, `1,246`) is read by the file's
 * writing when the other cells prove it, and refused as ambiguous otherwise (RULES.md section 7).
 * `desimal` is the number of decimals printed, whatever the decimal mark (`97,3` and `102.7%` have 1,
 * `101%` has 0): a figure is judged at its own printed precision. An XLSX number cell has none of its
 * own (`3.7` may be displayed as 3,70), so it is judged at the 0,01 tolerance.
 */
function bacaAngka(t: Sel, konvensi: Konvensi): Hasil<{ nilai: number, desimal?: number }> {
  if (typeof t === 'number') return berhasil({ nilai: t });
  const s = bersihkan(t);
  if (!konvensi && /^-?\d{1,3}[.,]\d{3}$/.test(s) && !/^-?0[.,]/.test(s)) {
    return gagal(
      'bermakna ganda (ribuan atau desimal?) dan cara penulisan angka di berkas ini tidak dapat dipastikan: tulis tanpa pemisah ribuan (1246) atau dengan dua tanda (1.246,0)',
    );
  }
  const h = parseAngka(s, { gaya: konvensi });
  if (!h.ok) return gagal('bukan angka');
  const nilai = h.nilai;
  // The last mark is a decimal mark when removing every mark changes the value (not a thousands group).
  const m = /[.,](\d+)$/.exec(s);
  const desimal = m && Math.abs(nilai) !== Math.abs(Number(s.replace(/[.,-]/g, ''))) ? m[1]!.length : 0;
  return berhasil({ nilai, desimal });
}

function bacaPolaritas(t: string): Polaritas | undefined {
  const s = t.trim().toLowerCase();
  if (['positif', 'positive', '+', 'maksimal', 'maximize', 'naik'].includes(s)) return 'positif';
  if (['negatif', 'negative', '-', 'minimal', 'minimize', 'turun'].includes(s)) return 'negatif';
  return undefined;
}

const ISIAN_ANGKA: Record<string, { ke: keyof BarisLkjip, kolom?: KolomLkjip }> = { target: { ke: 'target' }, realisasi: { ke: 'realisasi' },
  capaian: { ke: 'capaian', kolom: 'capaian' }, pagu: { ke: 'pagu', kolom: 'pagu' }, realisasi_anggaran: { ke: 'realisasiAnggaran', kolom: 'realisasi_anggaran' },
  persen_anggaran: { ke: 'persenAnggaran', kolom: 'persen_anggaran' }, efisiensi: { ke: 'efisiensi', kolom: 'efisiensi' }, nilai: { ke: 'nilai', kolom: 'nilai' },
  responden: { ke: 'responden' }, nrr: { ke: 'nrr', kolom: 'nrr' }, total: { ke: 'total' }, maksimum: { ke: 'maksimum' }, indeks: { ke: 'indeks', kolom: 'indeks' } };

interface KeluaranPeriksa {
  temuan: TemuanLkjip[];
}

export const PERIKSA_LKJIP: Kalkulator<Record<string, Sel>, KeluaranPeriksa> = { ringkas: [
  'Memeriksa tabel LKjIP (CSV/XLSX): --input FILE. Keluaran {"temuan":[{baris,kolom,tercetak,seharusnya,keterangan}]}, toleransi pembulatan 0,01',
  '                   (angka yang dicetak dengan kurang dari 2 desimal, mis. 97,3, 102.7% atau 101%, dinilai pada ketelitiannya).',
  '                   Kolom yang dikenali (nama lain dalam kurung; boleh diberi satuan "(%)", "%", "(Rp)"):',
  '                   label: uraian (indikator, sasaran, program, kegiatan, sub kegiatan, unsur, aspek, rincian, keterangan, no); baris berlabel',
  '                     Jumlah/Total, Sub Jumlah/Sub Total, Rata-rata tanpa target/realisasi/capaian sendiri diperiksa terhadap rincian di atasnya;',
  '                   target (target kinerja, T), realisasi (realisasi kinerja, R), capaian (capaian kinerja, persentase capaian), polaritas (positif/negatif);',
  '                   pagu (anggaran, pagu anggaran, alokasi), realisasi_anggaran (realisasi keuangan), persen_anggaran (persentase realisasi anggaran,',
  '                     penyerapan, serapan, capaian keuangan); "realisasi" saja = realisasi anggaran bila tabel ber-pagu tanpa target;',
  '                     "persen"/"persentase"/"%" saja = capaian bila ada target, selain itu persentase anggaran; efisiensi (= capaian - penyerapan);',
  '                   nilai (jumlah, jumlah nilai, skor, rupiah) untuk rincian yang dijumlah; responden dan nrr (NRR = nilai/responden);',
  '                   total (total skor), maksimum (nilai maksimum), indeks (indeks = total atau nilai / maksimum).',
].join('\n'), kolom: KOLOM, hitung: (baris) => {
  // Which fields the table has, by canonical name (first synonym with a value wins per row).
  const ada = new Set<Isian>();
  for (const b of baris) for (const [k, v] of Object.entries(b.nilai)) if (v !== undefined && !kosong(v)) ada.add(KUNCI.get(k)!);
  const arahRealisasi: Isian = !ada.has('realisasi') && !ada.has('target') && ada.has('pagu') && !ada.has('realisasi_anggaran') ? 'realisasi_anggaran' : 'realisasi';
  const arahPersen: Isian = ada.has('target') ? (ada.has('capaian') ? 'persen_anggaran' : 'capaian') : 'persen_anggaran';

  const sel = (b: (typeof baris)[number]) => {
    const hasil = new Map<Isian, { kunci: string, teks: Sel }>();
    for (const [k, v] of Object.entries(b.nilai)) {
      if (v === undefined || kosong(v)) continue;
      let isian = KUNCI.get(k)!;
      if (isian === 'realisasi_umum') isian = arahRealisasi;
      if (isian === 'persen_umum') isian = arahPersen;
      if (!hasil.has(isian)) hasil.set(isian, { kunci: k, teks: v });
    }
    return hasil;
  };

  let id = 0;
  let en = 0;
  for (const b of baris) {
    for (const [m, s] of sel(b)) {
      if (m !== 'label' && m !== 'polaritas') {
        const k = bukti(s.teks);
        if (k === 'id') id++;
        if (k === 'en') en++;
      }
    }
  }
  const konvensi: Konvensi = id && !en ? 'id' : en && !id ? 'en' : null;

  const masalah: MasalahMasukan[] = [];
  const data: BarisLkjip[] = [];
  for (const b of baris) {
    const r: BarisLkjip = { baris: b.baris, desimal: {} };
    // The row's labels, numbering aside (`1.`, `a`, `B`). A summary row has its word alone (`JUMLAH`
    // in the No column, `Total` under Uraian); a row with a sasaran and an indicator named "Jumlah
    // dokumen ..." is a line item, whatever its first word.
    const label: string[] = [];
    for (const k of SINONIM.label.flatMap(varian)) {
      const v = b.nilai[k];
      if (typeof v === 'string' && !kosong(v) && !/^[\dA-Za-z]{1,3}[.)]?$/.test(v.trim())) label.push(v);
    }
    r.label = label.length === 1 ? label[0] : label.find((l) => jenisBarisLkjip(l) === 'rincian') ?? label[0];
    for (const [isian, s] of sel(b)) {
      if (isian === 'label') continue;
      if (isian === 'polaritas') {
        const p = bacaPolaritas(String(s.teks));
        if (p) r.polaritas = p;
        else masalah.push({ baris: b.baris, kolom: s.kunci, alasan: `"${s.teks}": polaritas tidak dikenal (positif, negatif)` });
        continue;
      }
      const tujuan = ISIAN_ANGKA[isian];
      if (!tujuan) continue;
      const h = bacaAngka(s.teks, konvensi);
      if (!h.ok) {
        masalah.push({ baris: b.baris, kolom: s.kunci, alasan: `"${s.teks}": ${h.alasan}` });
        continue;
      }
      (r as unknown as Record<string, number>)[tujuan.ke] = h.nilai.nilai;
      if (tujuan.kolom && h.nilai.desimal !== undefined) r.desimal![tujuan.kolom] = h.nilai.desimal;
    }
    data.push(r);
  }
  if (masalah.length) return { ok: false, masalah };
  const h = periksaLkjip(data);
  if (h.pemeriksaan === 0) {
    return { ok: false,
      masalah: [{ baris: 1, kolom: null,
        alasan:
          'tidak ada angka tercetak yang dapat diperiksa: tabel perlu, misalnya, target + realisasi + capaian, pagu + realisasi_anggaran + persen_anggaran, nilai dengan baris Jumlah, atau total + maksimum + indeks (lihat: simasn bantuan)' }] };
  }
  return { ok: true, keluaran: { temuan: h.temuan } };
} };
