/**
 * `node scripts/ukur-cpu.ts <script> [args…]`: runs `node <script> [args…]` (its output as is) and
 * exits with its code; then writes to file descriptor 3, when open, the CPU seconds (user and
 * system) the command used with every process it started and waited for (Linux /proc; vitest's
 * workers, the `simasn` processes, Chromium), for npm test's summary. Not the PostgreSQL server's.
 * UKUR_CPU_NICE: the command runs at that niceness (it and every process it starts inherit it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeSync } from 'node:fs';
import { setPriority } from 'node:os';

const { UKUR_CPU_NICE: nice, ...env } = process.env;
if (nice) setPriority(Number(nice));
const r = spawnSync(process.execPath, process.argv.slice(2), { stdio: 'inherit', env });
let cpu = 0;
try {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the state field: utime stime cutime cstime are fields 11-14, in clock ticks (100 a second on Linux).
  cpu = (Number(f[13]) + Number(f[14])) / 100;
} catch {}
try {
  writeSync(3, String(cpu));
} catch {}
process.exit(r.status ?? 1);
