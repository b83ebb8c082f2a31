import { bukaDanMigrasi, konfigurasiDariEnv, FolderDataTerkunci, peranPemilikAudit, type Db } from '@simasn/db';
import { KOLOM_TERENKRIPSI_KEPEGAWAIAN } from '@simasn/kepegawaian';
import { KOLOM_TERENKRIPSI_LAYANAN } from '@simasn/layanan';
import { GalatKunci, siapkanKunciData } from '@simasn/platform';
import { KOLOM_TERENKRIPSI_ALUR } from '@simasn/platform/alur';

/**
 * `npm start`: opens the database (embedded PGlite in ./data, or DATABASE_URL), applies the
 * migrations, seeds the demo kabupaten on first start, and serves the web app and the API.
 * The application and the demo generator are loaded only after the data key is found: a start
 * refused for its key says so at once, without loading the whole server first.
 */
async function utama() {
  const mulai = performance.now();
  const k = konfigurasiDariEnv();
  let db: Db;
  try {
    db = await bukaDanMigrasi(k, (s) => console.log(`  ${s}`));
  } catch (e) {
    if (e instanceof FolderDataTerkunci) {
      console.error(`\n${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  console.log(k.databaseUrl ? 'Basis data: PostgreSQL (DATABASE_URL)' : `Basis data: PGlite tertanam di ${k.dataDir} (untuk produksi pakai PostgreSQL lewat DATABASE_URL)`);
  if (k.databaseUrl && (await peranPemilikAudit(db))) {
    console.warn(
      '  Peringatan: aplikasi terhubung sebagai pemilik tabel, jadi dapat mematikan pemicu rantai jejak audit. Untuk produksi jalankan migrasi dengan DATABASE_URL_MIGRASI (peran pemilik) dan aplikasi dengan peran terbatas (README, "Peran basis data").',
    );
  }
  // Personal data is encrypted at rest: no key, or the wrong one, and SIMASN does not start.
  try {
    await siapkanKunciData(db, { daftar: [...KOLOM_TERENKRIPSI_KEPEGAWAIAN, ...KOLOM_TERENKRIPSI_LAYANAN, ...KOLOM_TERENKRIPSI_ALUR],
      dataDir: k.databaseUrl ? null : (k.dataDir ?? './data'), log: (s) => console.log(`  ${s}`) });
  } catch (e) {
    if (e instanceof GalatKunci) {
      console.error(`\n${e.message}\n`);
      await db.close().catch(() => {});
      process.exit(1);
    }
    throw e;
  }
  if (process.env.DEMO !== '0') {
    const { buatDemo, sudahAdaData } = await import('@simasn/demo');
    if (!(await sudahAdaData(db))) {
      console.log('Data kosong: membuat kabupaten demo (sekali saja)...');
      const h = await buatDemo(db, { jumlahPegawai: Number(process.env.DEMO_PEGAWAI ?? 7000), log: (pesan, persen) =>
        console.log(`  ${persen !== undefined ? `[${String(Math.round(persen)).padStart(3)}%] ` : ''}${pesan}`) });
      console.log(`Kabupaten demo siap: ${h.jumlahPegawai} pegawai, ${h.jumlahUnit} unit (${h.detik.toFixed(1)} detik). Akun demo (kata sandi: demo12345):`);
      for (const a of h.akun) console.log(`  ${a.namaPengguna.padEnd(20)} ${a.peran.join(', ').padEnd(28)} ${a.keterangan}`);
    }
  }
  const { buatAplikasi, trustProxyDariEnv } = await import('./aplikasi.ts');
  const app = await buatAplikasi({
    db,
    log: process.env.LOG === '1',
    cookieAman: process.env.COOKIE_SECURE === '1',
    trustProxy: trustProxyDariEnv(process.env.TRUST_PROXY),
    // The digest and e-mail outbox, the daily TMT job, selfie retention, expired sessions, the attendance day-close (penjadwal.ts).
    penjadwal: true,
  });
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? 'localhost';
  await app.listen({ port, host });
  console.log(`SIMASN berjalan di http://localhost:${port} (siap dalam ${((performance.now() - mulai) / 1000).toFixed(1)} detik)`);

  let berhenti = false;
  const tutup = async (sinyal: string) => {
    if (berhenti) return;
    berhenti = true;
    console.log(`\n${sinyal}: menghentikan SIMASN...`);
    await app.close().catch(() => {});
    await db.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void tutup('SIGINT'));
  process.on('SIGTERM', () => void tutup('SIGTERM'));
}

utama().catch((e) => {
  console.error('SIMASN gagal dimulai:', e);
  process.exit(1);
});
