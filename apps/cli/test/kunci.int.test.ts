import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bukaPglite, sql } from '@simasn/db';
import { bukaFolderPgliteUji } from '@simasn/db/uji';
import { buatFixture, NIP } from '@simasn/kepegawaian/uji';
import { ambilPegawai } from '@simasn/kepegawaian';
import { bacaBerkasKunci, kunciData, KunciData, pasangKunciData } from '@simasn/platform';
import { bukaDataLayanan, sandikanDataLayanan } from '@simasn/platform/alur';

/**
 * The key of the embedded database as an operator meets it (issue 10 item 2): made in the data
 * folder on the first start with owner-only permissions, rotated by `simasn kunci putar`
 * (every row rewritten; the file then holds the new key alone), and a start without it, or with
 * the wrong one, refused with a clear message. The processes run without SIMASN_KUNCI_DATA.
 */
const BIN = fileURLToPath(new URL('../bin/simasn.mjs', import.meta.url));
const SERVER = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'simasn-kunci-'));
const dataDir = join(folder, 'data');
const berkas = join(dataDir, 'kunci-data');
const kunciUji = kunciData();
const KELUARGA = {
  pemeriksaanKeluarga: { sumber: 'lokal', nikPegawai: '3508011007680001', selisih: [{ jenis: 'tidak_tercatat_di_simasn', nik: '3508014406080004', nama: 'Fitri Ayu' }] },
};
// The folder as a first start finds it after `simasn db migrate` has made the schema (a saved copy:
// initdb and every migration in the process cost seconds), with no key file and no data yet.
beforeAll(async () => {
  await (await bukaFolderPgliteUji(dataDir)).close();
});
afterAll(() => {
  pasangKunciData(kunciUji);
  rmSync(folder, { recursive: true, force: true });
});

const simasn = (env: Record<string, string>, ...args: string[]) => {
  const { SIMASN_KUNCI_DATA: _, SIMASN_KUNCI_DATA_LAMA: __, ...tanpaKunci } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: folder, env: { ...tanpaKunci, DATA_DIR: dataDir, DATABASE_URL: '', ...env }, encoding: 'utf8' });
  return { kode: r.status, out: r.stdout, err: r.stderr };
};

/** Opens the folder with the key in its file, as the server would, and runs `f`. */
async function denganData<T>(f: (db: Awaited<ReturnType<typeof bukaPglite>>) => Promise<T>): Promise<T> {
  const db = await bukaPglite(dataDir);
  try {
    pasangKunciData(bacaBerkasKunci(berkas));
    return await f(db);
  } finally {
    await db.close();
  }
}

describe('simasn kunci (embedded database)', () => {
  it('creates the key file on the first start (0600), and the data written with it is ciphertext', async () => {
    const r = simasn({}, 'db', 'migrate');
    expect(r.kode, r.err).toBe(0);
    expect(r.err).toContain(`Kunci enkripsi data dibuat di ${berkas}`);
    expect(statSync(berkas).mode & 0o777).toBe(0o600);
    const teks = readFileSync(berkas, 'utf8');
    // The key is never printed.
    expect(r.out + r.err).not.toContain(teks.trim());
    await denganData(async (db) => {
      await buatFixture(db);
      const p = await db.many<{ nik: string }>(sql`select nik from pegawai`);
      expect(p.every((x) => x.nik.startsWith(`enc:v1:${bacaBerkasKunci(berkas).utama.id}:`))).toBe(true);
      // A pension request's family check, as the workflow engine stores it: 3 personal values encrypted.
      await db.run(sql`insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, diajukan_pada, diubah_pada)
        values (1, 'pensiun', (select min(id) from pegawai), 'verifikasi', 'diproses', ${JSON.stringify(sandikanDataLayanan(KELUARGA))}::jsonb, now(), now())`);
      expect((await db.one<{ d: string }>(sql`select data::text as d from usulan_layanan`)).d).not.toMatch(/\d{16}|Fitri/);
    });
  });

  it('kunci putar rewrites every value under a new key; the file then holds the new key alone and the data still opens', async () => {
    const lama = bacaBerkasKunci(berkas).utama.id;
    const r = simasn({}, 'kunci', 'putar', '--batch', '2');
    expect(r.kode, r.err).toBe(0);
    const baru = bacaBerkasKunci(berkas);
    expect(baru.utama.id).not.toBe(lama);
    expect(baru.lama).toEqual([]);
    expect(r.out).toContain(`Sebelum: kunci ${lama}: 9 nilai`);
    expect(r.out).toContain(`Sesudah: kunci ${baru.utama.id}: 9 nilai`);
    expect(r.out).toContain('Ditulis ulang: pegawai 3 baris, keluarga 0 baris, usulan_perubahan 0 baris, kependudukan_lokal 0 baris, usulan_layanan 1 baris.');
    expect(simasn({}, 'kunci', 'status').out).toContain(`Kunci utama: ${baru.utama.id}.`);
    await denganData(async (db) => {
      const ctx = { db, instansiId: 1,
        pemanggil: { akunId: 0, namaPengguna: 'uji', namaTampilan: 'uji', instansiId: 1, pegawaiId: null, jalurUnitSendiri: null, peran: [], sistem: true },
        sekarang: () => new Date('2026-05-04T02:00:00Z'), zona: 'Asia/Jakarta' as const };
      expect((await ambilPegawai(ctx, NIP.a1)).nik).toBe(`3508${NIP.a1.slice(2, 14)}`);
      const d = (await db.one<{ data: unknown }>(sql`select data from usulan_layanan`)).data;
      expect(JSON.stringify(d)).toContain(`enc:v1:${baru.utama.id}:`);
      expect(bukaDataLayanan(typeof d === 'string' ? JSON.parse(d) : d)).toEqual(KELUARGA);
      expect((await db.one<{ n: number }>(sql`select count(*)::int as n from audit_log where aksi = 'kunci.putar'`)).n).toBe(1);
    });
  });

  it('refuses to start without the key file or with a wrong key, saying what to do', () => {
    renameSync(berkas, `${berkas}.cadangan`);
    try {
      const r = simasn({}, 'kunci', 'status');
      expect(r.kode).toBe(1);
      expect(r.err).toContain('Basis data berisi data pribadi terenkripsi (NIK, alamat, telepon), tetapi kunci enkripsi data tidak ditemukan.');
      expect(r.err).toContain(`kembalikan berkas ${berkas} dari cadangan`);
      // The server the same: it stops before listening, with the same message.
      const { SIMASN_KUNCI_DATA: _, ...tanpaKunci } = process.env;
      const s = spawnSync(process.execPath, [SERVER], { cwd: folder, env: { ...tanpaKunci, DATA_DIR: dataDir, DATABASE_URL: '', DEMO: '0', PORT: '0' }, encoding: 'utf8',
        timeout: 120_000 });
      expect(s.status).toBe(1);
      expect(s.stderr).toContain('kunci enkripsi data tidak ditemukan');
      expect(s.stdout).not.toContain('SIMASN berjalan');
      // No new key is made over encrypted data.
      expect(existsSync(berkas)).toBe(false);
      const salah = simasn({ SIMASN_KUNCI_DATA: KunciData.acak().base64 }, 'kunci', 'status');
      expect(salah.kode).toBe(1);
      expect(salah.err).toMatch(/dengan kunci \S+ \(9 nilai\) yang tidak terpasang/);
    } finally {
      renameSync(`${berkas}.cadangan`, berkas);
    }
    expect(simasn({}, 'kunci', 'status').kode).toBe(0);
  });
});
