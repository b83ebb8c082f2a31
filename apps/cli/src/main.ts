import { perintah, PERINTAH } from './perintah.ts';

/**
 * simasn <perintah> [opsi]. Exit codes: 0 done, 2 invalid input (report on stderr, nothing
 * written), 1 any other failure.
 */
const argv = process.argv.slice(2);
const kunci = argv[0] === 'db' || argv[0] === 'impor' || argv[0] === 'ekspor' || argv[0] === 'pengguna' ? `${argv[0]} ${argv[1] ?? ''}`.trim() : argv[0] ?? '';
const p = PERINTAH[kunci];
if (!p || argv.includes('--help') && !p) {
  console.log(`Penggunaan: simasn <perintah> [opsi]

Perintah:
${Object.entries(PERINTAH).map(([k, v]) => `  ${k.padEnd(16)} ${v.ringkas}`).join('\n')}

Basis data: PGlite tertanam di ./data (DATA_DIR), atau PostgreSQL lewat DATABASE_URL.`);
  process.exit(kunci && kunci !== '--help' && kunci !== 'bantuan' ? 1 : 0);
}
const sisa = argv.slice(kunci.split(' ').length);
perintah(p, sisa).then((kode) => process.exit(kode), (e) => {
  console.error(`Galat: ${(e as Error).message}`);
  process.exit(1);
});
