import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { hashSandi } from '@simasn/akun';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { ajukanUsulan, sisipRiwayat, tambahPegawai, ubahPegawai, unggahBerkas, type PegawaiInti } from '@simasn/kepegawaian';
import { ajukanUsulanLayanan, ambilUsulanLayanan, lampirkanDokumenUsulan, prosesUsulanLayanan } from '@simasn/layanan';
import { beriNotifikasi } from '@simasn/platform/notifikasi';
import { tabelKeXlsx, type Konteks } from '@simasn/platform';
import { dokumenAman } from '@simasn/platform/dokumen';
import { buatFixture, NIP, PDF, type Fixture } from '@simasn/kepegawaian/uji';
import { buatAplikasi } from '../src/aplikasi.ts';
import { masukSemua, type SesiUji } from './sesi-uji.ts';

/**
 * One rule for personal data wherever it leaves the server (issue 10, item 1). A pension request
 * keeps the family check (the employee's and the family's NIK, names, birth dates) in its data;
 * a reader without `pegawai:data_pribadi` for that employee (pimpinan, perencana, an atasan)
 * gets it masked in the detail, the list and the employee's service page, as the profile does;
 * the audit log, notifications, exports and documents never carry a NIK in clear.
 */
const NIP_P = '196807102000031004';
const NIK_P = '3508011007680001';
const NIK_ISTRI = '3508015203700002';
const NIK_ANAK = '3508010509000003';
const NIK_TAK_TERCATAT = '3508014406080004';
const KK = '3508010101090001';
const SEMUA_NIK = [NIK_P, NIK_ISTRI, NIK_ANAK, NIK_TAK_TERCATAT, KK, `3508${NIP.a1.slice(2, 14)}`, `3508${NIP.b1.slice(2, 14)}`];
const pada = (ctx: Konteks, iso: string): Konteks => ({ ...ctx, sekarang: () => new Date(`${iso}T03:00:00Z`) });
const JAM = '2026-03-16';

let db: Db;
let fx: Fixture;
let app: FastifyInstance;
let usulanId = 0;
const sesi = new Map<string, SesiUji>();

/** A GET as a browser sends it (accepting brotli and gzip); the body as the browser reads it, decompressed. */
const get = async (nama: string, url: string) => {
  const s = sesi.get(nama)!;
  const r = await app.inject({ method: 'GET', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'accept-encoding': 'gzip, deflate, br, zstd' } });
  const pengodean = r.headers['content-encoding'];
  const body = pengodean === 'br' ? brotliDecompressSync(r.rawPayload).toString() : pengodean === 'gzip' ? gunzipSync(r.rawPayload).toString() : r.body;
  return { statusCode: r.statusCode, headers: r.headers, body, rawPayload: r.rawPayload, json: () => JSON.parse(body) };
};
/** The NIKs of the test data found in clear in a text. */
const nikTerbuka = (teks: string) => SEMUA_NIK.filter((n) => teks.includes(n));

beforeAll(async () => {
  db = await bukaDbUji();
  fx = await buatFixture(db);
  await tambahPegawai(fx.sistem, { nip: NIP_P, nama: 'Darmaji', tanggalLahir: '1968-07-10', jenisKelamin: 'L', statusKepegawaian: 'PNS', tmtCpns: '2000-03-01', nik: NIK_P,
    alamat: 'Jl. Kenanga 7', telepon: '081234567890', penempatan: { jabatanId: fx.jabatan.pelaksana, unitId: fx.unit.mutasi, tmt: '2000-03-01' },
    pangkat: { golongan: 'III/c', tmt: '2018-04-01', jenisKp: 'reguler', mkTahun: 18, mkBulan: 0 } });
  const p = await db.one<PegawaiInti>(sql`select id, nip, nama, jalur_unit as "jalurUnit", status_kepegawaian as "statusKepegawaian", versi from pegawai where nip = ${NIP_P}`);
  await sisipRiwayat(fx.sistem, p, 'keluarga', { hubungan: 'istri', nama: 'Sumiati', nik: NIK_ISTRI, tanggalLahir: '1970-03-12', jenisKelamin: 'P', tertanggung: true }, 'manual');
  await sisipRiwayat(fx.sistem, p, 'keluarga', { hubungan: 'anak', nama: 'Eko Prasetyo', nik: NIK_ANAK, tanggalLahir: '2000-09-05', jenisKelamin: 'L', tertanggung: false },
    'manual');
  for (const [nik, nama, lahir, jk, hub] of [[NIK_P, 'DARMAJI', '1968-07-10', 'L', 'kepala_keluarga'], [NIK_ISTRI, 'SUMIATI', '1970-03-12', 'P', 'istri'], [
    NIK_ANAK,
    'EKO PRASETYO',
    '2000-09-06',
    'L',
    'anak',
  ], [NIK_TAK_TERCATAT, 'FITRI AYU', '2008-06-04', 'P', 'anak']]) {
    await db.run(
      sql`insert into kependudukan_lokal (instansi_id, nik, no_kk, nama, tanggal_lahir, jenis_kelamin, hubungan) values (1, ${nik}, ${KK}, ${nama}, ${lahir}, ${jk}, ${hub})`,
    );
  }
  const akun = await db.one<{ id: number }>(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi)
    values (1, ${NIP_P}, 'Darmaji', ${p.id}, ${await hashSandi('rahasia-uji-1')}) returning id`);
  await db.run(sql`insert into akun_peran (instansi_id, akun_id, peran, unit_id) values (1, ${akun.id}, 'asn', null)`);
  // The ASN files the pension request and sends it on: the family check is stored in its data.
  const asnP = pada(await fx.ctx(NIP_P), JAM);
  usulanId = (await ajukanUsulanLayanan(asnP, { jenis: 'pensiun', nip: NIP_P })).id;
  for (const kode of ['sk_pangkat_terakhir', 'sk_cpns_pns', 'skp', 'dpcp', 'kartu_keluarga', 'pas_foto']) {
    await lampirkanDokumenUsulan(asnP, usulanId, kode, { namaBerkas: `${kode}.pdf`, isi: PDF });
  }
  await prosesUsulanLayanan(asnP, usulanId, { aksi: 'teruskan', versi: (await ambilUsulanLayanan(asnP, usulanId)).versi });
  // An admin corrects the NIK and the address: the audit entry holds before and after.
  await ubahPegawai(await fx.ctx('admin.bkpsdm'), NIP.a1, { nik: '3508019999990009', alamat: 'Jl. Baru 2', telepon: '0811111111', versi: 1 });
  await ubahPegawai(await fx.ctx('admin.bkpsdm'), NIP.a1, { nik: `3508${NIP.a1.slice(2, 14)}`, versi: 2 });
  app = await buatAplikasi({ db, web: false });
  await masukSemua(app, ['pimpinan', 'perencana', NIP.a1, NIP.a2, 'admin.bkpsdm', 'verifikator', 'admin.bkd', NIP_P], sesi);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('personal data in a pension request', () => {
  it('the request really holds the family check with full NIKs (what must not leak), encrypted at rest', async () => {
    const { data } = await db.one<{ data: string }>(sql`select data::text as data from usulan_layanan where id = ${usulanId}`);
    expect(nikTerbuka(data)).toEqual([]);
    expect(data).not.toMatch(/FITRI|Fitri|2008-06-04/);
    const r = await get('admin.bkd', `/api/layanan/usulan/${usulanId}`);
    expect(nikTerbuka(r.body)).toEqual(expect.arrayContaining([NIK_P, NIK_ANAK, NIK_TAK_TERCATAT]));
  });

  it('pimpinan gets the NIKs, family names and birth dates masked in the detail, the list and /saya', async () => {
    for (const url of [`/api/layanan/usulan/${usulanId}`, '/api/layanan/usulan?jenis=pensiun', `/api/layanan/saya?nip=${NIP_P}`]) {
      const r = await get('pimpinan', url);
      expect(r.statusCode, url).toBe(200);
      expect(nikTerbuka(r.body), url).toEqual([]);
      expect(r.body, url).not.toMatch(/FITRI|Fitri|2008-06-04|2000-09-06|5 September 2000/);
      expect(r.body, url).toContain('3508**********01');
    }
    // The detail and the list are large enough to travel compressed: masked before they were compressed.
    expect((await get('pimpinan', '/api/layanan/usulan?jenis=pensiun')).headers['content-encoding']).toBe('br');
    const d = (await get('pimpinan', `/api/layanan/usulan/${usulanId}`)).json();
    expect(d.nama).toBe('Darmaji');
    expect(d.data.pemeriksaanKeluarga.nikPegawai).toBe('3508**********01');
    expect(d.data.pemeriksaanKeluarga.selisih.map((s: { uraian: string }) => s.uraian)).toEqual([
      'Tanggal lahir anggota keluarga berbeda dengan data kependudukan',
      'Ada anggota kartu keluarga yang belum tercatat di SIMASN',
    ]);
  });

  it("who may see the employee's personal data (the ASN, admin OPD, verifier, admin BKD) sees it in clear", async () => {
    for (const nama of [NIP_P, 'admin.bkpsdm', 'verifikator', 'admin.bkd']) {
      const r = await get(nama, `/api/layanan/usulan/${usulanId}`);
      expect(r.statusCode, nama).toBe(200);
      expect(r.json().data.pemeriksaanKeluarga.nikPegawai, nama).toBe(NIK_P);
    }
    expect((await get(NIP_P, '/api/layanan/saya')).body).toContain(NIK_TAK_TERCATAT);
  });

  it('the profile follows the same rule: pimpinan, perencana and the atasan see NIK, phone and address masked', async () => {
    for (const nama of ['pimpinan', 'perencana']) {
      const r = await get(nama, `/api/pegawai/${NIP_P}`);
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ dataPribadiTerlihat: false, nik: '3508**********01', alamat: '(disamarkan)', telepon: '0812******90' });
    }
    const atasan = await get(NIP.a2, `/api/pegawai/${NIP.a1}`);
    expect(nikTerbuka(atasan.body)).toEqual([]);
    expect((await get(NIP.a2, `/api/pegawai/${NIP.a2}`)).json().nik).toBe(`3508${NIP.a2.slice(2, 14)}`);
    expect((await get('admin.bkpsdm', `/api/pegawai/${NIP_P}`)).json().nik).toBe(NIK_P);
  });
});

describe('readers with a narrower reach (an admin OPD, the ASN) see their own employees in clear', () => {
  it('the family check run again by the admin OPD, and a NIK change proposal (SIMAK) of the ASN', async () => {
    const s = sesi.get('admin.bkpsdm')!;
    const r = await app.inject({ method: 'POST', url: `/api/pensiun/usulan/${usulanId}/periksa-keluarga`, payload: {}, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ nip: NIP_P, nikPegawai: NIK_P });
    expect(r.body).toContain(NIK_TAK_TERCATAT);

    const asn = await fx.ctx(NIP.a1);
    const b = await unggahBerkas(asn, NIP.a1, { namaBerkas: 'ktp.pdf', isi: PDF });
    const us = await ajukanUsulan(asn, { jenis: 'identitas', data: { nik: '3508010101900042' }, alasan: 'NIK salah ketik', berkasId: b.id });
    for (const nama of [NIP.a1, 'admin.bkpsdm', 'verifikator']) {
      const d = await get(nama, `/api/usulan/${us.id}`);
      expect(d.statusCode, nama).toBe(200);
      expect(d.json().perbandingan.find((x: { isian: string }) => x.isian === 'nik'), nama).toMatchObject({ baru: '3508010101900042' });
    }
  });
});

describe('personal data in the audit log, notifications, exports and documents', () => {
  it('the audit table never stores a full NIK, phone or address, and its list shows none', async () => {
    const rows = await db.many<{ aksi: string, teks: string }>(sql`select aksi, coalesce(sebelum::text, '') || coalesce(sesudah::text, '') as teks from audit_log`);
    expect(rows.some((r) => r.aksi === 'pegawai.ubah' && r.teks.includes('3508**********09'))).toBe(true);
    expect(rows.filter((r) => nikTerbuka(r.teks).length || r.teks.includes('3508019999990009') || r.teks.includes('Jl. Baru 2') || r.teks.includes('0811111111'))).toEqual([]);
    const l = await get('admin.bkd', '/api/audit?limit=200');
    expect(l.statusCode).toBe(200);
    expect(nikTerbuka(l.body)).toEqual([]);
  });

  it('a notification (in the app and by e-mail) carries no NIK in clear', async () => {
    const akun = await db.one<{ id: number }>(sql`select id from akun where nama_pengguna = 'pimpinan'`);
    await beriNotifikasi(fx.sistem, [akun.id], { judul: `Data keluarga ${NIK_ISTRI}`, isi: `NIK ${NIK_P} berbeda dengan kartu keluarga ${KK}.` });
    const n = await db.many<{ teks: string }>(sql`select judul || ' ' || isi as teks from notifikasi where akun_id = ${akun.id}`);
    expect(n.map((x) => nikTerbuka(x.teks))).toEqual([[]]);
    expect(n[0]!.teks).toContain('3508**********02');
    expect(nikTerbuka((await get('pimpinan', '/api/notifikasi')).body)).toEqual([]);
  });

  it('an XLSX export masks personal columns and NIKs in any text unless its reader may see them', async () => {
    const baris = [{ nama: 'Darmaji', nik: NIK_P, catatan: `kartu keluarga ${KK}` }];
    const kolom = [{ judul: 'Nama', nilai: (b: typeof baris[0]) => b.nama }, { judul: 'NIK', nilai: (b: typeof baris[0]) => b.nik, pribadi: 'nik' as const, teks: true }, {
      judul: 'Catatan',
      nilai: (b: typeof baris[0]) => b.catatan,
    }];
    const teks = async (isi: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(isi as unknown as ArrayBuffer);
      return JSON.stringify(wb.worksheets[0]!.getSheetValues());
    };
    const samar = await teks(await tabelKeXlsx({ judul: 'Uji', kolom, baris }));
    expect(nikTerbuka(samar)).toEqual([]);
    expect(samar).toContain('3508**********01');
    expect(nikTerbuka(await teks(await tabelKeXlsx({ judul: 'Uji', kolom, baris, dataPribadiTerlihat: true })))).toEqual([NIK_P, KK]);
    // The employee list export, for pimpinan.
    const r = await get('pimpinan', '/api/pegawai/ekspor.xlsx');
    expect(r.statusCode).toBe(200);
    expect(nikTerbuka(await teks(r.rawPayload))).toEqual([]);
  });

  it('a generated document masks NIKs in its text unless its reader may see them', () => {
    const dok = { judul: 'Uji', isi: [{ jenis: 'paragraf' as const, teks: `NIK ${NIK_P}` }, { jenis: 'kop' as const, baris: ['BKD'], alamat: ['Jl. Veteran 1'] }] };
    // What renderPdf and renderDocx render (their text is compressed in the file).
    expect(dokumenAman(dok).isi).toEqual([{ jenis: 'paragraf', teks: 'NIK 3508**********01' }, { jenis: 'kop', baris: ['BKD'], alamat: ['Jl. Veteran 1'] }]);
    expect(dokumenAman({ ...dok, dataPribadiTerlihat: true }).isi).toBe(dok.isi);
  });
});

describe('the TPP bank account follows the same rule', () => {
  const NOMOR = '0011223344';
  const xlsxTeks = async (isi: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(isi as unknown as ArrayBuffer);
    return JSON.stringify(wb.worksheets[0]!.getSheetValues());
  };

  it('is written by the admin OPD (answer and audit masked), listed and exported masked for pimpinan, in clear for who may see it', async () => {
    const s = sesi.get('admin.bkpsdm')!;
    const w = await app.inject({ method: 'PUT', url: `/api/tpp/rekening/${NIP.a1}`, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { namaBank: 'Bank Jatim', nomorRekening: NOMOR } });
    expect([w.statusCode, w.json()]).toEqual([200, { namaBank: 'Bank Jatim', nomorRekening: '******3344' }]);
    const audit = await db.one<{ teks: string }>(sql`select sesudah::text as teks from audit_log where aksi = 'pegawai.ubah_rekening' order by id desc limit 1`);
    expect(audit.teks).toContain('******3344');
    expect(audit.teks).not.toContain(NOMOR);
    const baris = async (nama: string) => {
      const r = await get(nama, `/api/tpp/rekening?q=${NIP.a1}`);
      expect(r.statusCode, nama).toBe(200);
      return r.json().items.map((x: { nip: string, namaBank: string, nomorRekening: string }) => [x.nip, x.namaBank, x.nomorRekening]);
    };
    expect(await baris('pimpinan')).toEqual([[NIP.a1, 'Bank Jatim', '******3344']]);
    for (const nama of ['admin.bkpsdm', 'admin.bkd', NIP.a1]) expect(await baris(nama), nama).toEqual([[NIP.a1, 'Bank Jatim', NOMOR]]);
    const pimpinan = await get('pimpinan', '/api/tpp/rekening/ekspor.xlsx');
    expect(pimpinan.statusCode).toBe(200);
    const teks = await xlsxTeks(pimpinan.rawPayload);
    expect(teks).toContain('******3344');
    expect(teks).not.toContain(NOMOR);
    expect(await xlsxTeks((await get('admin.bkd', '/api/tpp/rekening/ekspor.xlsx')).rawPayload)).toContain(NOMOR);
    // Perencana reads no TPP at all.
    expect((await get('perencana', '/api/tpp/rekening')).statusCode).toBe(403);
  });
});
