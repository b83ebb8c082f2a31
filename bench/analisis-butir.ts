/**
 * Item analysis (issue 13: 10.000 attempts x 110 items in under 2 s). Figures, not pass/fail:
 *   - `analisisButir` on the score matrix (Float64Array): the first run (cold) and the median of
 *     5 more;
 *   - `susunMatriksSkor`: 1.100.000 (participant, item, score) rows into that matrix (what the
 *     module does with the attempts' answers read from the database), then the analysis;
 *   - `simasn hitung analisis-butir` on a CSV of every row, as a user runs it (its own process:
 *     start, read, validate, compute, print).
 * The scores follow an SKD-shaped test: 30 + 35 right/wrong items (0/5) and 45 TKP items (1-5) per
 * attempt, ability and difficulty spread so that p runs from hard to easy, and two planted bad
 * items (one everybody gets right, one the strong get wrong more often than the weak).
 * Standalone: `npm run bench:butir -- [--peserta 10000] [--butir 110] [--cli]`; from `npm run bench`
 * as the part `butir`. Results also go to .bench/analisis-butir.json when run standalone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ANALISIS_BUTIR_SIMASN_2026, analisisButir, type BarisSkor, type MatriksSkor, susunMatriksSkor } from '@simasn/domain';

/** A deterministic SKD-shaped score matrix. */
export function buatMatriks(n: number, k: number): MatriksSkor {
  const skor = new Float64Array(n * k);
  const maks = new Float64Array(k);
  let s = 2026;
  const acak = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const tkpMulai = Math.round((k * 65) / 110);
  maks.fill(5);
  for (let j = 0; j < n; j++) {
    const kemampuan = acak() * 2 - 1 + (acak() - 0.5);
    for (let i = 0; i < k; i++) {
      const kesukaran = (i % 23) / 11 - 1;
      const peluang = 1 / (1 + Math.exp(-2.2 * (kemampuan - kesukaran)));
      let x: number;
      if (i === 3) x = 5; // planted: everybody right
      else if (i === 7) x = acak() < 1 - peluang ? 5 : 0; // planted: the strong get it wrong
      else if (i < tkpMulai) x = acak() < peluang ? 5 : 0;
      else x = Math.min(5, Math.max(1, Math.round(1 + 4 * peluang + (acak() - 0.5) * 1.5)));
      skor[j * k + i] = x;
    }
  }
  return { peserta: Array.from({ length: n }, (_, j) => `CAT-${String(j + 1).padStart(6, '0')}`), butir: Array.from({ length: k }, (_, i) => `S${i + 1}`), skorMaks: maks, skor };
}

const median = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)]!;

export interface HasilBenchButir {
  peserta: number;
  butir: number;
  analisisPertamaMs: number;
  analisisMedianMs: number;
  susunDanAnalisisMs: number;
  alpha: number;
  perluRevisi: string[];
  cliMs?: number;
}

export function ukurAnalisisButir(opsi: { peserta?: number, butir?: number, cli?: boolean } = {}): HasilBenchButir {
  const n = opsi.peserta ?? 10_000;
  const k = opsi.butir ?? 110;
  const m = buatMatriks(n, k);
  const t0 = performance.now();
  const pertama = analisisButir(ANALISIS_BUTIR_SIMASN_2026, m);
  const analisisPertamaMs = performance.now() - t0;
  if (!pertama.ok) throw new Error(pertama.alasan);
  const ms: number[] = [];
  for (let u = 0; u < 5; u++) {
    const t = performance.now();
    analisisButir(ANALISIS_BUTIR_SIMASN_2026, m);
    ms.push(performance.now() - t);
  }
  const baris: BarisSkor[] = new Array(n * k);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < k; i++) baris[j * k + i] = { peserta: m.peserta[j]!, butir: m.butir[i]!, skor: m.skor[j * k + i]!, skorMaks: m.skorMaks[i]! };
  }
  const t1 = performance.now();
  const susun = susunMatriksSkor(baris);
  if (!susun.ok) throw new Error(susun.masalah[0]!.alasan);
  const ulang = analisisButir(ANALISIS_BUTIR_SIMASN_2026, susun.matriks);
  const susunDanAnalisisMs = performance.now() - t1;
  if (!ulang.ok || ulang.nilai.alpha !== pertama.nilai.alpha) throw new Error('analisis dari baris berbeda dari analisis matriks');
  const hasil: HasilBenchButir = { peserta: n, butir: k, analisisPertamaMs: +analisisPertamaMs.toFixed(1), analisisMedianMs: +median(ms).toFixed(1),
    susunDanAnalisisMs: +susunDanAnalisisMs.toFixed(1), alpha: +pertama.nilai.alpha.toFixed(4), perluRevisi: pertama.nilai.butir.filter((b) => b.perluRevisi).map((b) => b.butir) };
  if (opsi.cli) {
    const folder = mkdtempSync(join(tmpdir(), 'simasn-bench-butir-'));
    try {
      const csv = ['peserta,butir,skor,skor_maks'];
      for (const b of baris) csv.push(`${b.peserta},${b.butir},${b.skor},${b.skorMaks}`);
      const berkas = join(folder, 'butir.csv');
      writeFileSync(berkas, csv.join('\n'));
      const bin = fileURLToPath(new URL('../apps/cli/bin/simasn.mjs', import.meta.url));
      const t2 = performance.now();
      const r = spawnSync(process.execPath, [bin, 'hitung', 'analisis-butir', '--input', berkas], { encoding: 'utf8', maxBuffer: 1 << 28,
        env: { ...process.env, DATA_DIR: join(folder, 'data'), DATABASE_URL: '' } });
      hasil.cliMs = Math.round(performance.now() - t2);
      if (r.status !== 0) throw new Error(`simasn hitung analisis-butir keluar ${r.status}: ${r.stderr.slice(0, 2000)}`);
      const o = JSON.parse(r.stdout) as { alpha: number };
      if (o.alpha !== +pertama.nilai.alpha.toFixed(4)) throw new Error(`alpha CLI ${o.alpha} berbeda dari ${pertama.nilai.alpha}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  return hasil;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { peserta: { type: 'string', default: '10000' }, butir: { type: 'string', default: '110' }, cli: { type: 'boolean', default: false } } });
  const h = ukurAnalisisButir({ peserta: Number(values.peserta), butir: Number(values.butir), cli: values.cli });
  console.log(`analisis butir ${h.peserta} peserta x ${h.butir} butir (target < 2 s): ${JSON.stringify(h)}`);
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/analisis-butir.json', JSON.stringify({ ...h, diukurPada: new Date().toISOString() }, null, 2));
}
