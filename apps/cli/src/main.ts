// Loaded on demand: a calculator needs neither the database nor the modules behind the other
// commands, and loading them all costs most of a calculator run's start.
const { KALKULATOR } = await import('./hitung/index.ts');

/**
 * simasn <perintah> [opsi]. Exit codes: 0 done, 2 invalid input (report on stderr, nothing
 * written), 1 any other failure.
 */
const argv = process.argv.slice(2);
if ((argv[0] === 'hitung' || argv[0] === 'periksa') && argv[1] && !argv[1].startsWith('-')) {
  const nama = `${argv[0]} ${argv[1]}`;
  const k = KALKULATOR[nama];
  if (!k) {
    console.error(`Perintah "${nama}" tidak dikenal. Kalkulator: ${Object.keys(KALKULATOR).join(', ')}`);
    process.exit(2);
  }
  // Calculators never open the database: they work on the file alone.
  process.exit(await k.jalankan(argv.slice(2), nama));
}
const { perintah, PERINTAH } = await import('./perintah.ts');
const kunci =
  argv[0] === 'db' || argv[0] === 'impor' || argv[0] === 'ekspor' || argv[0] === 'pengguna' || argv[0] === 'layanan' || argv[0] === 'notifikasi' || argv[0] === 'instansi' ||
    argv[0] === 'kunci' || argv[0] === 'audit'
    ? `${argv[0]} ${argv[1] ?? ''}`.trim()
    : argv[0] ?? '';
const p = PERINTAH[kunci];
if (!p || argv.includes('--help') && !p) {
  console.log(`Penggunaan: simasn <perintah> [opsi]

Perintah:
${Object.entries(PERINTAH).map(([k, v]) => `  ${k.padEnd(16)} ${v.ringkas}`).join('\n')}
${Object.entries(KALKULATOR).map(([k, v]) => `  ${k.padEnd(16)} ${v.ringkas}`).join('\n')}

Basis data: PGlite tertanam di ./data (DATA_DIR), atau PostgreSQL lewat DATABASE_URL.`);
  process.exit(kunci && kunci !== '--help' && kunci !== 'bantuan' ? 1 : 0);
}
const sisa = argv.slice(kunci.split(' ').length);
perintah(p, sisa).then((kode) => process.exit(kode), (e) => {
  console.error(`Galat: ${(e as Error).message}`);
  process.exit(1);
});
