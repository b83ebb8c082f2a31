import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { bukaDanMigrasi, konfigurasiDariEnv, sql, type Db } from '@simasn/db';
import { buatAkun, resetSandi } from '@simasn/akun';
import { DAFTAR_LEMBAR, eksporPegawai, imporPegawai, KOLOM_TERENKRIPSI_KEPEGAWAIAN, laporanMasalahCsv, laporanMasalahXlsx, ubahZonaInstansi,
  type LembarImpor } from '@simasn/kepegawaian';
import { DAFTAR_ZONA_WAKTU, formatAngka, formatWaktuSetempat, instanSetempat, keZonaWaktu, singkatanZona, STATUS_KEPEGAWAIAN, ZONA_WAKTU, zonaSah } from '@simasn/domain';
import { bacaBerkasKunci, berkasKunci, catatAudit, CincinKunci, GalatAplikasi, GalatKunci, konteksSistem, KunciData, kunciData, kunciDariEnv, pasangKunciData, PERAN, periksaRantai,
  periksaSandiTersimpan, sandikanUlang, siapkanKunciData, tulisBerkasKunci, type Konteks, type Peran } from '@simasn/platform';
import { KOLOM_TERENKRIPSI_ALUR } from '@simasn/platform/alur';
import { buatTransport, jalankanTmtLayanan, kirimDigestVerifikator, kirimEmailAntri, KOLOM_TERENKRIPSI_LAYANAN, konfigurasiSmtp } from '@simasn/layanan';
import { jalankanLkjipCli, OPSI_LKJIP, periksaOpsiLkjip } from './lkjip.ts';

type OpsiPerintah = NonNullable<ParseArgsConfig['options']>;
type NilaiSatuOpsi<T> = T extends 'boolean' ? boolean : string;
/** What parseArgs gives for these options (none is `multiple`): the text of a string option, true for a flag. */
type NilaiOpsi<O extends OpsiPerintah> = { [K in keyof O]?: NilaiSatuOpsi<O[K]['type']>; };

interface Perintah<O extends OpsiPerintah = OpsiPerintah> {
  ringkas: string;
  opsi: O;
  // A method, so a command declared with its own options (perintahDengan) stands in the table of all commands.
  jalankan(o: NilaiOpsi<O>, db: Db): Promise<number>;
  /**
   * The options checked before the database is opened: the message for a wrong one (exit 2,
   * nothing opened or written), or null. A mistyped option is answered at once.
   */
  periksa?(o: NilaiOpsi<O>): string | null;
  /** Print each migration applied on opening the database (`db migrate`). */
  cetakMigrasi?: boolean;
}

/** A command whose `jalankan` sees the values of its own options, typed. */
const perintahDengan = <const O extends OpsiPerintah>(p: Perintah<O>): Perintah => p;

const daftarPeran = (teks: string | undefined) => String(teks ?? '').split(',').map((s) => s.trim()).filter(Boolean);

async function konteks(db: Db, kodeInstansi?: string): Promise<Konteks> {
  const i = await db.maybeOne<{ instansi_id: number, zona_waktu: string }>(sql`
    select instansi_id, zona_waktu from instansi where (${kodeInstansi ?? null}::text is null or kode = ${kodeInstansi ?? null}) order by instansi_id limit 1`);
  if (!i) throw new Error(kodeInstansi ? `instansi ${kodeInstansi} tidak ada` : 'belum ada instansi; jalankan "simasn demo" atau impor data instansi');
  return konteksSistem(db, i.instansi_id, `cli:${userInfo().username}`, keZonaWaktu(i.zona_waktu));
}

const KOLOM_TERENKRIPSI = [...KOLOM_TERENKRIPSI_KEPEGAWAIAN, ...KOLOM_TERENKRIPSI_LAYANAN, ...KOLOM_TERENKRIPSI_ALUR];

const ringkasKeadaan = (perKunci: Record<string, number>, jelas: number) =>
  `${Object.entries(perKunci).map(([id, n]) => `kunci ${id}: ${n} nilai`).join(', ') || 'belum ada nilai terenkripsi'}${jelas ? `; ${jelas} nilai masih terbuka` : ''}`;

/**
 * `simasn kunci putar`: every encrypted value rewritten under the primary key, in batches each in
 * its own transaction. With SIMASN_KUNCI_DATA (the new key) and SIMASN_KUNCI_DATA_LAMA (the old
 * ones) from the environment; on the embedded database without them, a new key is made in the
 * key file (kept beside the old one until every row is rewritten, then alone).
 */
/** The --batch of `kunci putar`: a whole number 1-10000, or null. */
function bilanganBatch(teks: string): number | null {
  const n = Number(teks);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : null;
}

async function putarKunci(o: { batch?: string }, db: Db): Promise<number> {
  const batch = o.batch ? bilanganBatch(o.batch) : 500;
  if (!batch) return 2;
  const k = konfigurasiDariEnv();
  let cincin = kunciData();
  let berkas: string | null = null;
  if (!kunciDariEnv() && !k.databaseUrl) {
    berkas = berkasKunci(k.dataDir ?? './data');
    const lama = bacaBerkasKunci(berkas);
    const baru = KunciData.acak();
    // The old keys stay in the file until the last row is rewritten: an interrupted rotation resumes.
    const teksLama = readFileSync(berkas, 'utf8').split(/\s+/).filter(Boolean);
    tulisBerkasKunci(berkas, [baru.base64, ...teksLama]);
    cincin = new CincinKunci(baru.kunci, lama.semua);
    pasangKunciData(cincin);
    console.log(`Kunci baru ${baru.kunci.id} dibuat di ${berkas}.`);
  }
  const awal = await periksaSandiTersimpan(db, KOLOM_TERENKRIPSI);
  console.log(`Sebelum: ${ringkasKeadaan(awal.perKunci, awal.jelas)}. Kunci utama: ${cincin.utama.id}.`);
  const h = await sandikanUlang(db, KOLOM_TERENKRIPSI, cincin, { sasaran: 'bukan-utama', batch, progres: (t, n) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${t}: ${n} baris`.padEnd(50));
  } });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const akhir = await periksaSandiTersimpan(db, KOLOM_TERENKRIPSI);
  const sisa = Object.entries(akhir.perKunci).filter(([id]) => id !== cincin.utama.id);
  if (sisa.length || akhir.jelas) throw new GalatKunci(`Rotasi belum selesai: ${ringkasKeadaan(akhir.perKunci, akhir.jelas)}. Jalankan ulang perintah ini.`);
  if (berkas) tulisBerkasKunci(berkas, [readFileSync(berkas, 'utf8').split(/\s+/).filter(Boolean)[0]!]);
  const ctx = await konteks(db).catch(() => null);
  if (ctx) {
    await catatAudit(ctx, { aksi: 'kunci.putar', entitas: 'kunci_data', entitasId: cincin.utama.id, sesudah: { kunciUtama: cincin.utama.id, kunciLama: cincin.lama.map((x) =>
      x.id
    ), baris: h } });
  }
  console.log(`Ditulis ulang: ${Object.entries(h).map(([t, n]) => `${t} ${n} baris`).join(', ')}.`);
  console.log(`Sesudah: ${ringkasKeadaan(akhir.perKunci, akhir.jelas)}.`);
  console.log(
    berkas
      ? `Kunci lama dihapus dari ${berkas}. Perbarui cadangan berkas kunci.`
      : 'Semua data kini di bawah kunci utama: kunci lama tidak diperlukan lagi (hapus SIMASN_KUNCI_DATA_LAMA, musnahkan salinannya setelah cadangan basis data lama kedaluwarsa).',
  );
  return 0;
}

export const PERINTAH: Record<string, Perintah> = {
  'db migrate': { ringkas: 'Menerapkan migrasi basis data yang belum diterapkan', opsi: {}, cetakMigrasi: true, jalankan: async () => {
    // Every command opens the database through bukaDanMigrasi, which has applied them (printed, for this one).
    console.log('Skema sudah mutakhir.');
    return 0;
  } },
  demo: perintahDengan({ ringkas: 'Membuat kabupaten demo (--pegawai N, bawaan 7000; --seed N)',
    opsi: { pegawai: { type: 'string' }, seed: { type: 'string' }, opd: { type: 'string' } }, jalankan: async (o, db) => {
      // The demo generator (every module's data) is loaded by this command alone.
      const { buatDemo, sudahAdaData } = await import('@simasn/demo');
      if (await sudahAdaData(db)) {
        console.error('Basis data sudah berisi data; demo hanya dibuat pada basis data kosong (pakai DATA_DIR lain).');
        return 2;
      }
      const h = await buatDemo(db, { jumlahPegawai: o.pegawai ? Number(o.pegawai) : undefined, seed: o.seed ? Number(o.seed) : undefined,
        jumlahOpd: o.opd ? Number(o.opd) : undefined, log: (pesan, persen) =>
          process.stderr.write(`${persen !== undefined ? `[${String(Math.round(persen)).padStart(3)}%] ` : ''}${pesan}\n`) });
      console.log(`Kabupaten demo: ${h.jumlahPegawai} pegawai, ${h.jumlahUnit} unit, ${h.detik.toFixed(1)} detik.`);
      for (const a of h.akun) console.log(`  ${a.namaPengguna.padEnd(20)} ${a.peran.join(', ').padEnd(28)} ${a.keterangan}`);
      return 0;
    } }),
  'impor pegawai': perintahDengan({ ringkas: 'Impor pegawai dan riwayat: --input FILE (.xlsx/.csv) [--lembar JENIS] [--dry-run] [--laporan FILE.xlsx|.csv]',
    opsi: { input: { type: 'string' }, lembar: { type: 'string' }, 'dry-run': { type: 'boolean' }, laporan: { type: 'string' }, instansi: { type: 'string' } }, periksa: (o) =>
      !o.input ? 'Opsi --input FILE wajib.' : o.lembar && !(DAFTAR_LEMBAR as string[]).includes(o.lembar) ? `--lembar harus salah satu dari: ${DAFTAR_LEMBAR.join(', ')}` : null,
    jalankan: async (o, db) => {
      if (!o.input) {
        return 2;
      }
      let isi: Buffer;
      try {
        isi = readFileSync(o.input);
      } catch {
        console.error(`Berkas ${o.input} tidak dapat dibaca.`);
        return 2;
      }
      const ctx = await konteks(db, o.instansi);
      let terakhir = '';
      const h = await imporPegawai(ctx, { namaBerkas: basename(o.input), isi, lembar: o.lembar as LembarImpor | undefined }, { dryRun: !!o['dry-run'], progres: (p) => {
        const baris = `${p.tahap} ${p.selesai}/${p.total}`;
        if (process.stderr.isTTY && baris !== terakhir) {
          process.stderr.write(`\r${baris.padEnd(40)}`);
          terakhir = baris;
        }
      } });
      if (process.stderr.isTTY) {
        process.stderr.write(`${'\r'.padEnd(42)}\r`);
      }
      if (!h.ok) {
        console.error(`Impor ditolak: ${h.masalah.length} masalah ditemukan; tidak ada data yang disimpan.`);
        for (const m of h.masalah.slice(0, 200)) {
          console.error(`  lembar ${m.lembar}, baris ${m.baris}, kolom ${m.kolom}${m.nilai !== null ? ` ("${m.nilai}")` : ''}: ${m.pesan}`);
        }
        if (h.masalah.length > 200) {
          console.error(`  ... dan ${h.masalah.length - 200} masalah lain${o.laporan ? '' : ' (pakai --laporan FILE untuk daftar lengkap)'}`);
        }
        if (o.laporan) {
          writeFileSync(o.laporan, extname(o.laporan) === '.csv' ? laporanMasalahCsv(h.masalah) : await laporanMasalahXlsx(h.masalah, basename(o.input)));
          console.error(`Laporan lengkap: ${o.laporan}`);
        }
        return 2;
      }
      console.log(JSON.stringify({ ok: true, dryRun: h.dryRun, jumlahBaris: h.jumlahBaris, ditulis: h.ditulis, detik: Number(h.detik.toFixed(3)) }));
      return 0;
    } }),
  'ekspor pegawai': perintahDengan({ ringkas: 'Ekspor daftar pegawai ke XLSX: --output FILE.xlsx [--q TEKS] [--unit ID] [--golongan III/a] [--status PNS]',
    opsi: { output: { type: 'string' }, q: { type: 'string' }, unit: { type: 'string' }, golongan: { type: 'string' }, status: { type: 'string' }, instansi: { type: 'string' } },
    periksa: (o) =>
      !o.output
        ? 'Opsi --output FILE.xlsx wajib.'
        : o.status && !STATUS_KEPEGAWAIAN.some((s) =>
            s === o.status
          )
        ? `--status harus salah satu dari: ${STATUS_KEPEGAWAIAN.join(', ')}`
        : null, jalankan: async (o, db) => {
      const status = STATUS_KEPEGAWAIAN.find((s) => s === o.status);
      if (!o.output) return 2;
      const ctx = await konteks(db, o.instansi);
      const h = await eksporPegawai(ctx, { q: o.q, unitId: o.unit ? Number(o.unit) : undefined, golongan: o.golongan, status });
      writeFileSync(o.output, h.isi);
      console.log(`${h.jumlah} pegawai diekspor ke ${o.output}.`);
      return 0;
    } }),
  'pengguna buat': perintahDengan({ ringkas: 'Membuat akun: --nama NIP|nama.pengguna --sandi SANDI --peran PERAN[,PERAN] [--unit KODE_UNIT] [--tampilan "Nama"]',
    opsi: { nama: { type: 'string' }, sandi: { type: 'string' }, peran: { type: 'string' }, unit: { type: 'string' }, tampilan: { type: 'string' }, instansi: { type: 'string' } },
    periksa: (o) => {
      const peran = daftarPeran(o.peran);
      const salah = peran.filter((p) => !(PERAN as readonly string[]).includes(p));
      return !o.nama || !o.sandi || !peran.length || salah.length
        ? `Wajib: --nama, --sandi, --peran (${PERAN.join(', ')})${salah.length ? `; tidak dikenal: ${salah.join(', ')}` : ''}`
        : null;
    }, jalankan: async (o, db) => {
      const peran = daftarPeran(o.peran);
      if (!o.nama || !o.sandi) return 2;
      const ctx = await konteks(db, o.instansi);
      const a = await buatAkun(ctx, { namaPengguna: o.nama, sandi: o.sandi, namaTampilan: o.tampilan,
        peran: peran.map((p) => ({ peran: p as Peran, unitKode: p === 'admin_opd' || p === 'atasan' ? o.unit : undefined })) });
      console.log(`Akun ${a.namaPengguna} dibuat dengan peran ${peran.join(', ')}; kata sandi wajib diganti saat pertama masuk.`);
      return 0;
    } }),
  'pengguna reset-sandi': perintahDengan({
    ringkas: 'Mengatur ulang kata sandi (admin BKD yang lupa kata sandinya, bila tidak ada admin lain): --nama NAMA_PENGGUNA; kata sandi sementara dicetak sekali',
    opsi: { nama: { type: 'string' }, instansi: { type: 'string' } },
    periksa: (o) => (o.nama ? null : 'Wajib: --nama'),
    jalankan: async (o, db) => {
      if (!o.nama) return 2;
      const ctx = await konteks(db, o.instansi);
      const a = await db.maybeOne<{ id: number }>(sql`select id from akun where instansi_id = ${ctx.instansiId} and nama_pengguna = ${o.nama.trim().toLowerCase()}`);
      if (!a) {
        console.error(`Akun ${o.nama} tidak ada.`);
        return 2;
      }
      const h = await resetSandi(ctx, a.id);
      console.log(`Kata sandi sementara ${h.namaPengguna}: ${h.sandiSementara}\nWajib diganti saat masuk; semua sesinya diakhiri.`);
      return 0;
    },
  }),
  'layanan jalankan-tmt': perintahDengan({ ringkas: 'Langkah TMT yang sudah tiba: riwayat golongan kenaikan pangkat, kedudukan pensiun (harian) [--tanggal YYYY-MM-DD]',
    opsi: { tanggal: { type: 'string' }, instansi: { type: 'string' } },
    periksa: (o) => (o.tanggal && !/^\d{4}-\d{2}-\d{2}$/.test(o.tanggal) ? '--tanggal harus berformat YYYY-MM-DD' : null), jalankan: async (o, db) => {
      const ctx = await konteks(db, o.instansi);
      // --tanggal runs the job as of that day (a missed day): 12.00 of it in the instansi's zone.
      const tanggal = o.tanggal;
      const h = await jalankanTmtLayanan(tanggal ? { ...ctx, sekarang: () => instanSetempat(tanggal, '12:00', ctx.zona) } : ctx);
      console.log(JSON.stringify(h, null, 2));
      for (const g of h.gagal) console.error(`usulan ${g.usulanId} (${g.jenis}): ${g.pesan}`);
      return h.gagal.length ? 1 : 0;
    } }),
  'notifikasi digest': perintahDengan({
    ringkas: 'Ringkasan harian untuk verifikator: usulan yang menunggu dan yang melewati tenggat (sekali sehari per akun); lalu kirim e-mail bila SMTP diatur',
    opsi: { instansi: { type: 'string' } },
    jalankan: async (o, db) => {
      const h = await kirimDigestVerifikator(await konteks(db, o.instansi));
      console.log(`Ringkasan harian: ${h.penerima} akun, ${h.usulan} usulan menunggu.`);
      const smtp = konfigurasiSmtp();
      if (smtp) {
        const e = await kirimEmailAntri(db, buatTransport(smtp), smtp.from, 1000);
        console.log(`E-mail: ${e.terkirim} terkirim, ${e.gagal} gagal.`);
        return e.gagal ? 1 : 0;
      }
      console.log('SMTP tidak diatur (SMTP_HOST kosong): hanya notifikasi dalam aplikasi.');
      return 0;
    },
  }),
  'audit periksa': perintahDengan({ ringkas: 'Memeriksa keutuhan rantai hash jejak audit (keluar 1 dan menyebut entri rusak pertama bila rusak) [--instansi KODE]',
    opsi: { instansi: { type: 'string' } }, jalankan: async (o, db) => {
      const ctx = await konteks(db, o.instansi);
      const h = await periksaRantai(db, ctx.instansiId);
      const waktu = (w: Date | string | null | undefined) => (w ? formatWaktuSetempat(new Date(w), ctx.zona, { singkatan: true }) : '–');
      if (h.catatan) console.log(h.catatan);
      if (h.utuh) {
        console.log(`Rantai jejak audit utuh: ${formatAngka(h.jumlah)} entri diperiksa.`);
        console.log(`Entri terakhir: ${waktu(h.waktuTerakhir)}; hash terakhir: ${h.hashTerakhir ?? '(belum ada entri)'}`);
        console.log('Catat hash terakhir ini di luar sistem (mis. berita acara pemeriksaan): rantai yang ditulis ulang seluruhnya menghasilkan hash lain.');
        return 0;
      }
      const r = h.rusak!;
      console.error('Rantai jejak audit RUSAK.');
      console.error(`Entri rusak pertama: ${r.id !== null ? `id ${r.id}` : 'tanpa id'}${r.urutan !== null ? `, nomor urut ${r.urutan}` : ''}, waktu ${waktu(r.waktu)}`);
      console.error(`Masalah: ${r.masalah}`);
      console.error(`${formatAngka(h.jumlah)} entri sebelumnya utuh.`);
      return 1;
    } }),
  'instansi zona': perintahDengan({
    ringkas: `Zona waktu instansi (hari dan jam dihitung di zona ini): tanpa opsi menampilkannya; --zona ${DAFTAR_ZONA_WAKTU.join('|')} mengubahnya [--instansi KODE]`,
    opsi: { zona: { type: 'string' }, instansi: { type: 'string' } },
    periksa: (o) =>
      o.zona !== undefined && !zonaSah(o.zona) ? `--zona harus salah satu dari: ${DAFTAR_ZONA_WAKTU.map((z) => `${z} (${ZONA_WAKTU[z].singkatan})`).join(', ')}` : null,
    jalankan: async (o, db) => {
      const zonaBaru = o.zona;
      if (zonaBaru !== undefined && !zonaSah(zonaBaru)) return 2;
      const ctx = await konteks(db, o.instansi);
      if (zonaBaru !== undefined && zonaBaru !== ctx.zona) {
        await db.transaction(async (tx) => {
          await ubahZonaInstansi(tx, ctx.instansiId, zonaBaru);
          await catatAudit({ ...ctx, db: tx }, { aksi: 'instansi.ubah_zona', entitas: 'instansi', entitasId: ctx.instansiId, sebelum: { zona: ctx.zona },
            sesudah: { zona: zonaBaru } });
        });
      }
      const zona = zonaBaru ?? ctx.zona;
      console.log(
        `Zona waktu instansi ${ctx.instansiId}: ${zona} (${singkatanZona(zona)})${
          zonaBaru !== undefined ? '; diubah. Server yang sedang berjalan memakainya paling lambat satu menit kemudian.' : ''
        }`,
      );
      return 0;
    },
  }),
  'kunci status': { ringkas: 'Menampilkan kunci enkripsi data terpasang dan jumlah nilai terenkripsi per kunci', opsi: {}, jalankan: async (_o, db) => {
    const c = kunciData();
    const s = await periksaSandiTersimpan(db, KOLOM_TERENKRIPSI);
    console.log(`Kunci utama: ${c.utama.id}${c.lama.length ? `; kunci lama: ${c.lama.map((x) => x.id).join(', ')}` : ''}.`);
    console.log(`Data: ${ringkasKeadaan(s.perKunci, s.jelas)}.`);
    return 0;
  } },
  'kunci putar': perintahDengan({ ringkas: 'Rotasi kunci enkripsi data: tulis ulang semua nilai dengan kunci utama [--batch 500]', opsi: { batch: { type: 'string' } },
    periksa: (o) => (o.batch && !bilanganBatch(o.batch) ? '--batch harus bilangan bulat 1-10000.' : null), jalankan: putarKunci }),
  lkjip: perintahDengan({ ringkas: 'Membuat LKjIP: --unit KODE --tahun YYYY [--tribulan N] [--batas N] --out FILE.docx|.pdf', opsi: OPSI_LKJIP, periksa: periksaOpsiLkjip,
    jalankan: async (o, db) => jalankanLkjipCli(o, db, await konteks(db, o.instansi)) }),
};

export async function perintah(p: Perintah, argv: string[]): Promise<number> {
  let o: NilaiOpsi<OpsiPerintah>;
  try {
    // No option is declared `multiple`, so no value is an array.
    o = parseArgs({ args: argv, options: p.opsi, allowPositionals: false, strict: true }).values as NilaiOpsi<OpsiPerintah>;
  } catch (e) {
    console.error(`${(e as Error).message.replace(/^Unknown option/, 'Opsi tidak dikenal')}\n${p.ringkas}`);
    return 2;
  }
  const salah = p.periksa?.(o);
  if (salah) {
    console.error(salah);
    return 2;
  }
  const db = await bukaDanMigrasi(konfigurasiDariEnv(), p.cetakMigrasi ? (s) => console.log(s) : undefined);
  try {
    await siapkanKunciData(db, { daftar: KOLOM_TERENKRIPSI, dataDir: konfigurasiDariEnv().databaseUrl ? null : (konfigurasiDariEnv().dataDir ?? './data'), log: (s) =>
      console.error(s) });
    return await p.jalankan(o, db);
  } catch (e) {
    if (e instanceof GalatKunci) {
      console.error(e.message);
      return 1;
    }
    if (e instanceof GalatAplikasi) {
      console.error(`${e.message}${Array.isArray(e.rincian) ? `\n${(e.rincian as { kolom: string, pesan: string }[]).map((m) => `  ${m.kolom}: ${m.pesan}`).join('\n')}` : ''}`);
      return e.status === 422 || e.status === 409 ? 2 : 1;
    }
    throw e;
  } finally {
    await db.close();
  }
}
