#!/usr/bin/env node
// The `simasn` command. SIMASN runs on Node 24+ (TypeScript type stripping); when the node on the
// PATH is older (a fresh Debian 12 has 18 or 20), re-run this command on the Node 24 that the
// project installs as a devDependency (node_modules/node), found by walking up from here.
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const sini = dirname(fileURLToPath(import.meta.url));
if (Number(process.versions.node.split('.')[0]) >= 24) {
  // V8's compiled code of the modules kept between runs (in the system's temporary folder): a
  // command loads the platform's modules and PGlite in about two thirds of the time on later runs.
  enableCompileCache();
  await import(pathToFileURL(join(sini, '..', 'src', 'main.ts')).href);
} else {
  let d = sini;
  let node24 = null;
  while (d !== dirname(d)) {
    const calon = join(d, 'node_modules', 'node', 'bin', 'node');
    if (existsSync(calon)) {
      node24 = calon;
      break;
    }
    d = dirname(d);
  }
  if (!node24) {
    console.error(`SIMASN memerlukan Node.js 24 atau lebih baru (terpasang ${process.version}). Jalankan "npm ci" di folder proyek.`);
    process.exit(1);
  }
  const r = spawnSync(node24, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
