import ExcelJS from 'exceljs';
import { afterAll, beforeAll } from 'vitest';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { bacaSesi, buatSesi, hashSandi } from '@simasn/akun';
import type { ZonaWaktu } from '@simasn/domain';
import { GalatAplikasi, konteksSistem, zonaInstansi, type Konteks, type Peran } from '@simasn/platform';
import { tambahPegawai } from './index.ts';

/**
 * A small kabupaten for module tests: two perangkat daerah (BKPSDM with a bidang, Dinkes with a
 * bidang), three jabatan, three employees and an account for every role. Callers are resolved
 * through real sessions, exactly as the server does.
 */
export const NIP = {
  a1: '199001012015031001', // pelaksana in BKPSDM / Bidang Mutasi
  a2: '197505052000121002', // Kepala Bidang Mutasi (atasan of a1)
  b1: '198802022012032003', // pelaksana in Dinkes / Bidang Yankes
} as const;

export interface Fixture {
  db: Db;
  unit: { bkpsdm: number, mutasi: number, dinkes: number, yankes: number };
  jabatan: { pelaksana: number, kabid: number, perawat: number };
  ctx: (nama: string) => Promise<Konteks>;
  sistem: Konteks;
}

/** `zona`: the instansi's time zone (default WIB, as the column's default). */
export async function buatFixture(db: Db, opsi: { zona?: ZonaWaktu } = {}): Promise<Fixture> {
  await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis, zona_waktu) values (1, 'uji', 'Kabupaten Uji', 'kabupaten', ${opsi.zona ?? 'Asia/Jakarta'})`);
  const unit = async (kode: string, nama: string, induk: number | null, jenis: string) =>
    (await db.one<{ id: number }>(sql`insert into unit_organisasi (instansi_id, induk_id, kode, nama, jenis)
                                       values (1, ${induk}, ${kode}, ${nama}, ${jenis}) returning id`)).id;
  const bkpsdm = await unit('BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM', null, 'perangkat_daerah');
  const mutasi = await unit('BKPSDM.02', 'Bidang Mutasi dan Promosi', bkpsdm, 'bidang');
  const dinkes = await unit('DINKES', 'Dinas Kesehatan', null, 'perangkat_daerah');
  const yankes = await unit('DINKES.02', 'Bidang Pelayanan Kesehatan', dinkes, 'bidang');
  const jab = async (kode: string, nama: string, jenis: string, extra: { tingkat?: string, eselon?: string, jenjang?: string, unit?: number } = {}) =>
    (await db.one<{ id: number }>(sql`insert into jabatan (instansi_id, kode, nama, jenis, tingkat_struktural, eselon, jenjang, kelas_jabatan, unit_id)
      values (1, ${kode}, ${nama}, ${jenis}, ${extra.tingkat ?? null}, ${extra.eselon ?? null}, ${extra.jenjang ?? null}, 7, ${extra.unit ?? null}) returning id`)).id;
  const jabatan = { pelaksana: await jab('PL-01', 'Pengadministrasi Umum', 'pelaksana'),
    kabid: await jab('ST-MUT', 'Kepala Bidang Mutasi dan Promosi', 'struktural', { tingkat: 'administrator', eselon: 'III.b', unit: mutasi }),
    perawat: await jab('JF-PRW', 'Perawat Ahli Pertama', 'fungsional', { jenjang: 'ahli_pertama' }) };
  const sistem = konteksSistem(db, 1, 'uji', await zonaInstansi(db, 1));
  const pegawai = async (nip: string, nama: string, jk: 'L' | 'P', unitId: number, jabatanId: number, golongan: string) => {
    const tl = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
    const tmt = `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`;
    await tambahPegawai(sistem, { nip, nama, tanggalLahir: tl, jenisKelamin: jk, statusKepegawaian: 'PNS', tmtCpns: tmt, nik: `3508${nip.slice(2, 14)}`, alamat: 'Jl. Uji 1',
      email: `${nama.split(' ')[0]!.toLowerCase()}@uji.go.id`, penempatan: { jabatanId, unitId, tmt }, pangkat: { golongan, tmt, jenisKp: 'cpns', mkTahun: 0, mkBulan: 0 } });
  };
  await pegawai(NIP.a1, 'Andi Saputra', 'L', mutasi, jabatan.pelaksana, 'III/a');
  await pegawai(NIP.a2, 'Bambang Wijaya', 'L', mutasi, jabatan.kabid, 'IV/a');
  await pegawai(NIP.b1, 'Citra Lestari', 'P', yankes, jabatan.perawat, 'III/a');

  const hash = await hashSandi('rahasia-uji-1');
  const akun = async (nama: string, peran: [Peran, number | null][], pegawaiNip?: string) => {
    const a = await db.one<{ id: number }>(sql`
      insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi)
      values (1, ${nama}, ${nama}, (select id from pegawai where instansi_id = 1 and nip = ${pegawaiNip ?? ''}), ${hash}) returning id`);
    for (const [p, u] of peran) await db.run(sql`insert into akun_peran (instansi_id, akun_id, peran, unit_id) values (1, ${a.id}, ${p}, ${u})`);
  };
  await akun(NIP.a1, [['asn', null]], NIP.a1);
  await akun(NIP.a2, [['asn', null], ['atasan', null]], NIP.a2);
  await akun(NIP.b1, [['asn', null]], NIP.b1);
  await akun('admin.bkpsdm', [['admin_opd', bkpsdm]]);
  await akun('admin.dinkes', [['admin_opd', dinkes]]);
  await akun('verifikator', [['verifikator_bkd', null]]);
  await akun('verifikator2', [['verifikator_bkd', null]]);
  await akun('admin.bkd', [['admin_bkd', null]]);
  await akun('pimpinan', [['pimpinan', null]]);
  await akun('perencana', [['perencana', null]]);
  await akun('inspektorat', [['inspektorat', null]]);
  await akun('bkad', [['bkad', null]]);

  const ctx = async (nama: string): Promise<Konteks> => {
    const a = await db.one<{ id: number }>(sql`select id from akun where instansi_id = 1 and nama_pengguna = ${nama}`);
    const s = await buatSesi(db, 1, a.id, {});
    const baca = await bacaSesi(db, s.cookie);
    return { db, instansiId: 1, pemanggil: baca!.pemanggil, sekarang: () => new Date(), alamatIp: '127.0.0.1', zona: await zonaInstansi(db, 1) };
  };
  return { db, unit: { bkpsdm, mutasi, dinkes, yankes }, jabatan, ctx, sistem };
}

/**
 * The fixture on a fresh database (bukaDbUji) for one test file: built before the file's tests
 * (before its own beforeAll hooks, when called above them), the database closed after them. The
 * object returned is filled in when the tests start.
 */
export function fixturePerBerkas(opsi: { zona?: ZonaWaktu } = {}): Fixture {
  const fx = {} as Fixture;
  beforeAll(async () => {
    fx.db = await bukaDbUji();
    Object.assign(fx, await buatFixture(fx.db, opsi));
  });
  afterAll(async () => {
    await fx.db?.close();
  });
  return fx;
}

/** The GalatAplikasi an action fails with; another error is thrown on, and success fails the test. */
export async function galatAplikasi(p: Promise<unknown>): Promise<GalatAplikasi> {
  try {
    await p;
  } catch (e) {
    if (e instanceof GalatAplikasi) return e;
    throw e;
  }
  throw new Error('diharapkan gagal');
}

/** A workbook (XLSX) of the given sheets and their rows. */
export async function bukuXlsx(lembar: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [nama, rows] of Object.entries(lembar)) {
    const ws = wb.addWorksheet(nama);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The smallest valid PDF, as a scanned document stand-in. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
