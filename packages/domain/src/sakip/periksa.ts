import { bulatkan, formatAngka } from '../angka.ts';
import { hitungCapaian, jumlahRupiah, NA, penyerapanAnggaran, type Polaritas } from './capaian.ts';

/**
 * Consistency checks of a table exported from an LKjIP (RULES.md section 6, seed-cases.json):
 * every printed figure that follows from other figures of the same table is recomputed, and each
 * one that differs by more than the rounding tolerance becomes a finding. Pure: the caller reads
 * the file and gives rows with the numbers already parsed.
 */

/** The figures a row may carry (undefined = not printed). */
export interface BarisLkjip {
  /** Line in the file (the header is line 1). */
  baris: number;
  /** The row's label (uraian, indikator, program, unsur...): tells line items from Jumlah/Total rows. */
  label?: string;
  target?: number;
  realisasi?: number;
  /** Printed capaian, percent. */
  capaian?: number;
  polaritas?: Polaritas;
  pagu?: number;
  realisasiAnggaran?: number;
  /** Printed penyerapan anggaran, percent. */
  persenAnggaran?: number;
  /** Printed efisiensi: capaian % - penyerapan %. */
  efisiensi?: number;
  /** A line item's amount (rupiah, score, unsur total): summed into Jumlah/Total rows. */
  nilai?: number;
  /** IKM: respondents, and the printed NRR = nilai / responden. */
  responden?: number;
  nrr?: number;
  /** An index: indeks = total (or nilai) / maksimum (sistem merit: 278 / 400). */
  total?: number;
  maksimum?: number;
  indeks?: number;
  /** Decimals printed per figure (`99,6` has 1): a figure printed with fewer than 2 decimals is judged at its own precision. */
  desimal?: Partial<Record<KolomLkjip, number>>;
}

export type KolomLkjip = 'capaian' | 'persen_anggaran' | 'efisiensi' | 'nilai' | 'pagu' | 'realisasi_anggaran' | 'nrr' | 'indeks';

export interface TemuanLkjip {
  baris: number;
  kolom: KolomLkjip;
  tercetak: number;
  seharusnya: number;
  keterangan: string;
}

export interface HasilPeriksaLkjip {
  temuan: TemuanLkjip[];
  /** How many figures could be recomputed (0 means the table carried nothing checkable). */
  pemeriksaan: number;
}

export type JenisBarisLkjip = 'rincian' | 'subjumlah' | 'jumlah' | 'rata_rata';

/**
 * What a row is, by its shape, not by a first word: a summary row (`Jumlah`, `Total`, `Sub Total`,
 * `Rata-rata`) is labelled so AND carries no figure of its own indicator (target, realisasi,
 * capaian, polaritas): in a PK table most indicators are named "Jumlah dokumen ...",
 * "Jumlah peserta ...", and such a row, with its own target and realisasi, is a line item. (Which
 * label a row has, when a table has several label columns, is the reader's: a summary row has the
 * word alone, its other label columns empty.)
 */
export function jenisBarisLkjip(label: string | undefined, baris?: Omit<BarisLkjip, 'baris'>): JenisBarisLkjip {
  if (baris && ISIAN_INDIKATOR.some((k) => baris[k] !== undefined)) return 'rincian';
  const s = (label ?? '').trim().toLowerCase();
  if (/^sub[\s\-_]*(jumlah|total)\b/.test(s)) return 'subjumlah';
  if (/^(jumlah|total|grand[\s\-_]*total)\b/.test(s)) return 'jumlah';
  if (/^(rata[\s\-_]*rata|rerata)\b/.test(s)) return 'rata_rata';
  return 'rincian';
}

/** The figures of one indicator: a row that has any of them measures something, it sums nothing. */
const ISIAN_INDIKATOR = ['target', 'realisasi', 'capaian', 'polaritas'] as const;

export const TOLERANSI_LKJIP = 0.01;

function toleransi(b: BarisLkjip, kolom: KolomLkjip, dasar: number): number {
  const d = b.desimal?.[kolom];
  return d !== undefined && d < 2 ? Math.max(dasar, 0.5 * 10 ** -d) : dasar;
}

const sama = (tercetak: number, seharusnya: number, tol: number) => Math.abs(tercetak - seharusnya) <= tol + 1e-9;

/** Indonesian writing: whole numbers bare, otherwise 2 decimals (more, up to `maks`, when they matter). */
function fmt(x: number, maks = 2): string {
  if (Number.isInteger(bulatkan(x, maks))) return formatAngka(x, 0);
  let s = formatAngka(x, maks);
  while (/,\d{3,}$/.test(s) && s.endsWith('0')) s = s.slice(0, -1);
  return s;
}
const persen = (x: number) => `${fmt(x)}%`;

/** Runs every check that the row's figures allow. */
export function periksaLkjip(baris: readonly BarisLkjip[], opsi: { toleransi?: number } = {}): HasilPeriksaLkjip {
  const dasar = opsi.toleransi ?? TOLERANSI_LKJIP;
  const temuan: TemuanLkjip[] = [];
  let pemeriksaan = 0;

  /** A printed percent may be stored as a fraction (an XLSX cell formatted as %): 0.9732 for 97.32. */
  const cekPersen = (b: BarisLkjip, kolom: KolomLkjip, tercetak: number, seharusnya: number, keterangan: string) => {
    pemeriksaan++;
    const tol = toleransi(b, kolom, dasar);
    if (sama(tercetak, seharusnya, tol) || sama(tercetak * 100, seharusnya, tol)) return;
    temuan.push({ baris: b.baris, kolom, tercetak, seharusnya: bulatkan(seharusnya, 2), keterangan });
  };
  const cek = (b: BarisLkjip, kolom: KolomLkjip, tercetak: number, seharusnya: number, desimal: number, keterangan: string) => {
    pemeriksaan++;
    if (sama(tercetak, seharusnya, toleransi(b, kolom, dasar))) return;
    temuan.push({ baris: b.baris, kolom, tercetak, seharusnya: bulatkan(seharusnya, desimal), keterangan });
  };

  // Line items since the last Jumlah (and since the last Sub Jumlah), per summable column.
  const DIJUMLAH = [['nilai', 'nilai'], ['pagu', 'pagu'], ['realisasiAnggaran', 'realisasi_anggaran']] as const;
  let sejakJumlah: BarisLkjip[] = [];
  let sejakSub: BarisLkjip[] = [];
  /** The items the last Jumlah closed: a Rata-rata row printed under the Jumlah row averages them. */
  let kelompokTerakhir: BarisLkjip[] = [];

  for (const b of baris) {
    const jenis = jenisBarisLkjip(b.label, b);

    // Capaian = R/T x 100 (negative polarity (2T - R)/T x 100, floor 0).
    let capaianHitung: number | undefined;
    if (b.target !== undefined && b.realisasi !== undefined) {
      const h = hitungCapaian({ target: b.target, realisasi: b.realisasi, polaritas: b.polaritas ?? 'positif' });
      if (h.ok && h.nilai !== NA) {
        capaianHitung = h.nilai;
        if (b.capaian !== undefined) {
          const rumus = b.polaritas === 'negatif'
            ? `(2 x target ${fmt(b.target)} - realisasi ${fmt(b.realisasi)}) / target x 100`
            : `realisasi ${fmt(b.realisasi)} / target ${fmt(b.target)} x 100`;
          const batas = [100, 120].find((x) => capaianHitung! > x && sama(b.capaian!, x, dasar));
          cekPersen(b, 'capaian', b.capaian, h.nilai,
            `capaian tercetak ${persen(b.capaian)}, sedangkan ${rumus} = ${persen(h.nilai)}` +
              (batas ? `; ${persen(batas)} hanya benar bila capaian dibatasi ${batas}%, dan batas itu tidak dinyatakan` : ''));
        }
      }
    }

    // Penyerapan anggaran = realisasi / pagu x 100.
    let penyerapanHitung: number | undefined;
    if (b.pagu !== undefined && b.realisasiAnggaran !== undefined) {
      const h = penyerapanAnggaran(b.pagu, b.realisasiAnggaran);
      if (h.ok && h.nilai !== NA) {
        penyerapanHitung = h.nilai;
        if (b.persenAnggaran !== undefined) {
          let ket = `persentase realisasi anggaran tercetak ${persen(b.persenAnggaran)}, sedangkan realisasi ${fmt(b.realisasiAnggaran)} / pagu ${fmt(b.pagu)} x 100 = ${
            persen(h.nilai)
          }`;
          if (b.realisasiAnggaran > b.pagu) ket += `; realisasi melebihi pagu`;
          // A slipped thousands group: realisasi / 10, 100 or 1000 giving the printed percent.
          for (const k of [10, 100, 1000]) {
            const p = (b.realisasiAnggaran / k / b.pagu) * 100;
            if (sama(b.persenAnggaran, p, toleransi(b, 'persen_anggaran', dasar))) {
              ket += `; realisasi ${fmt(b.realisasiAnggaran / k)} (1/${k} dari yang tercetak) memberi ${persen(b.persenAnggaran)}: kemungkinan salah ketik`;
              break;
            }
          }
          cekPersen(b, 'persen_anggaran', b.persenAnggaran, h.nilai, ket);
        }
      }
    }

    // Efisiensi = capaian % - penyerapan % (recomputed figures when the row has their inputs, else printed ones).
    if (b.efisiensi !== undefined) {
      const c = capaianHitung ?? b.capaian;
      const p = penyerapanHitung ?? b.persenAnggaran;
      if (c !== undefined && p !== undefined) {
        cek(b, 'efisiensi', b.efisiensi, c - p, 2, `efisiensi tercetak ${fmt(b.efisiensi)}, sedangkan capaian ${persen(c)} - penyerapan ${persen(p)} = ${fmt(c - p)}`);
      }
    }

    // Index = total / maksimum (sistem merit 278 / 400 = 0.695).
    const pembilang = b.total ?? b.nilai;
    if (b.indeks !== undefined && pembilang !== undefined && b.maksimum !== undefined && b.maksimum > 0) {
      const s = pembilang / b.maksimum;
      cek(b, 'indeks', b.indeks, s, 4, `indeks tercetak ${fmt(b.indeks, 4)}, sedangkan ${fmt(pembilang)} / ${fmt(b.maksimum)} = ${fmt(s, 4)}`);
    }

    // IKM: NRR = nilai / responden, on line items.
    if (jenis === 'rincian' && b.nrr !== undefined && b.nilai !== undefined && b.responden !== undefined && b.responden > 0) {
      const s = b.nilai / b.responden;
      cek(b, 'nrr', b.nrr, s, 2, `NRR tercetak ${fmt(b.nrr)}, sedangkan ${fmt(b.nilai)} / ${fmt(b.responden)} responden = ${fmt(s)}`);
    }

    if (jenis === 'rincian') {
      sejakJumlah.push(b);
      sejakSub.push(b);
      continue;
    }
    if (jenis === 'rata_rata') {
      for (const [isian, kolom] of [['nilai', 'nilai'], ['nrr', 'nrr']] as const) {
        const t = b[isian];
        const isi = (sejakJumlah.length ? sejakJumlah : kelompokTerakhir).map((r) => r[isian]).filter((x): x is number => x !== undefined);
        if (t === undefined || !isi.length) continue;
        const s = isi.reduce((a, x) => a + x, 0) / isi.length;
        cek(b, kolom, t, s, 2, `rata-rata tercetak ${fmt(t)}, sedangkan rata-rata ${isi.length} rincian di atasnya = ${fmt(s)}`);
      }
      continue;
    }
    const kelompok = jenis === 'subjumlah' ? sejakSub : sejakJumlah;
    for (const [isian, kolom] of DIJUMLAH) {
      const t = b[isian];
      const isi = kelompok.map((r) => r[isian]).filter((x): x is number => x !== undefined);
      if (t === undefined || !isi.length) continue;
      const s = jumlahRupiah(isi);
      cek(b, kolom, t, s, 2, `baris ${jenis === 'subjumlah' ? 'sub jumlah' : 'jumlah'} tercetak ${fmt(t)}, sedangkan jumlah ${isi.length} rincian di atasnya = ${fmt(s)}`);
    }
    sejakSub = [];
    if (jenis === 'jumlah') {
      kelompokTerakhir = sejakJumlah;
      sejakJumlah = [];
    }
  }
  return { temuan, pemeriksaan };
}
