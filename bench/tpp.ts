/**
 * `npm run bench:tpp`: the pure part of the month's TPP (issue 12: 100.000 ASN computed and
 * written in under 10 s). Figures, not pass/fail:
 *   - `hitungTpp` for N ASN with every figure and the reason per rupiah line (what is stored and
 *     what the ASN reads), in one process;
 *   - `simasn hitung tpp` on a CSV of N rows, as a user runs it (its own process: start, read,
 *     validate, compute, print).
 * Options: --jumlah 100000. Results also go to .bench/tpp.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GOLONGAN_PPPK, hitungTpp, HUKDIS_TPP, type MasukanTpp, TPP_PERBUP_SUKAMAJU_2026 } from '@simasn/domain';

const { values } = parseArgs({ options: { jumlah: { type: 'string', default: '100000' } } });
const N = Number(values.jumlah);

const GOL_PNS = ['II/a', 'II/c', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'];
/** A deterministic spread of statuses, golongan, besaran, capaian, cuts and hukdis. */
function masukan(i: number): MasukanTpp {
  const status = i % 10 === 0 ? 'cpns' : i % 4 === 0 ? 'pppk' : 'pns';
  return { statusPegawai: status, golongan: status === 'pppk' ? GOLONGAN_PPPK[i % 17]! : GOL_PNS[i % GOL_PNS.length]!,
    besaranTpp: TPP_PERBUP_SUKAMAJU_2026.besaranPerKelas[((i % 17) + 1) as 1], capaianKinerja: (6000 + (i % 4001)) / 100, potonganDisiplinPersen: (i % 41) / 4,
    hukdis: i % 97 === 0 ? HUKDIS_TPP[(i % 3) + 1]! : 'tidak_ada', gajiDanTunjangan: 2_500_000 + (i % 90) * 100_000 };
}

const semua = Array.from({ length: N }, (_, i) => masukan(i));
const t0 = performance.now();
let netto = 0;
let baris = 0;
for (const m of semua) {
  const h = hitungTpp(TPP_PERBUP_SUKAMAJU_2026, m);
  if (!h.ok) throw new Error(h.alasan);
  netto += h.nilai.netto;
  baris += h.nilai.rincian.length;
}
const hitungMs = performance.now() - t0;
console.log(`hitungTpp: ${N} ASN, ${baris} baris alasan, ${hitungMs.toFixed(0)} ms (${((hitungMs * 1000) / N).toFixed(1)} µs per ASN); jumlah netto Rp ${netto}`);

const folder = mkdtempSync(join(tmpdir(), 'simasn-bench-tpp-'));
let cliMs = 0;
try {
  const csv = ['nip,golongan,status_pegawai,besaran_tpp,capaian_kinerja,potongan_disiplin_persen,hukdis,gaji_dan_tunjangan'];
  // Unique valid NIPs: 13.440 birth dates (1960-1999), TMT CPNS at 25, sex 1, then a 3-digit sequence.
  for (let i = 0; i < N; i++) {
    const m = semua[i]!;
    const lahir = `${1960 + (i % 40)}${String((Math.floor(i / 40) % 12) + 1).padStart(2, '0')}${String((Math.floor(i / 480) % 28) + 1).padStart(2, '0')}`;
    const urut = String(Math.floor(i / 13_440) + 1).padStart(3, '0');
    csv.push(
      `${lahir}${1985 + (i % 40)}011${urut},${m.golongan},${m.statusPegawai},${m.besaranTpp},${m.capaianKinerja},${m.potonganDisiplinPersen},${m.hukdis},${m.gajiDanTunjangan}`,
    );
  }
  const berkas = join(folder, 'tpp.csv');
  writeFileSync(berkas, csv.join('\n'));
  const bin = fileURLToPath(new URL('../apps/cli/bin/simasn.mjs', import.meta.url));
  const t1 = performance.now();
  const r = spawnSync(process.execPath, [bin, 'hitung', 'tpp', '--input', berkas], { encoding: 'utf8', maxBuffer: 1 << 30,
    env: { ...process.env, DATA_DIR: join(folder, 'data'), DATABASE_URL: '' } });
  cliMs = performance.now() - t1;
  if (r.status !== 0) throw new Error(`simasn hitung tpp keluar ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const o = JSON.parse(r.stdout) as { jumlah: { netto: number } };
  if (o.jumlah.netto !== netto) throw new Error(`jumlah netto CLI ${o.jumlah.netto} berbeda dari ${netto}`);
  console.log(`simasn hitung tpp: ${N} baris CSV, ${cliMs.toFixed(0)} ms termasuk start proses; jumlah netto sama`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/tpp.json', JSON.stringify({ jumlah: N, hitungTppMs: Math.round(hitungMs), cliMs: Math.round(cliMs), diukurPada: new Date().toISOString() }, null, 2));
