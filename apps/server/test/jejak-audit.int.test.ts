import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { buatFixture, NIP, type Fixture } from '@simasn/kepegawaian/uji';
import { catatAudit, daftarAudit, labelAksiAudit, periksaRantaiAudit, uraianPerubahan, type Konteks } from '@simasn/platform';
import { buatAplikasi } from '../src/aplikasi.ts';

/**
 * The audit trail as the inspectorate reads it: searched, filtered by actor, action, target type
 * and day, sorted, paged, exported; every action a label and every change a row of words (no
 * code, no JSON, no null), ids shown by their names.
 */
let db: Db;
let fx: Fixture;
let app: FastifyInstance;
let admin: Konteks;
let inspektorat: Konteks;

beforeAll(async () => {
  db = await bukaDbUji();
  fx = await buatFixture(db);
  admin = { ...(await fx.ctx('admin.bkd')), sekarang: () => new Date('2026-05-04T03:00:00Z') };
  inspektorat = await fx.ctx('inspektorat');
  const pegawaiId = (await db.one<{ id: number }>(sql`select id from pegawai where nip = ${NIP.a1}`)).id;
  await catatAudit(admin, { aksi: 'pegawai.ekspor', entitas: 'pegawai', sesudah: { filter: { unitId: fx.unit.dinkes, golongan: null }, jumlah: 12 } });
  await catatAudit(admin, { aksi: 'pegawai.ubah', entitas: 'pegawai', entitasId: NIP.a1, pegawaiId, sebelum: { gelarDepan: null, tanggalLahir: '1990-01-01' },
    sesudah: { gelarDepan: 'Dr.', tanggalLahir: '1990-01-02' } });
  await catatAudit({ ...admin, sekarang: () => new Date('2026-05-06T03:00:00Z') }, { aksi: 'pegawai.baca_data_pribadi', entitas: 'pegawai', entitasId: NIP.a1, pegawaiId });
  app = await buatAplikasi({ db, web: false });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('audit trail list', () => {
  it('searches by the words of an action label, a user or an employee name', async () => {
    expect((await daftarAudit(inspektorat, { q: 'data pribadi' })).items.map((a) => a.aksi)).toEqual(['pegawai.baca_data_pribadi']);
    expect((await daftarAudit(inspektorat, { q: 'Andi Saputra', nama: 'admin' })).items.map((a) => a.aksi).sort()).toEqual(['pegawai.baca_data_pribadi', 'pegawai.ubah']);
    expect((await daftarAudit(inspektorat, { q: 'Andi Saputra' })).items.map((a) => a.aksi)).toContain('pegawai.tambah');
    expect((await daftarAudit(inspektorat, { q: '100%_' })).total).toBe(0);
  });

  it('filters by actor, exact action or action group, target type and local days; sorts both ways', async () => {
    const semua = await daftarAudit(inspektorat, { nama: 'admin' });
    expect(semua.total).toBe(3);
    expect((await daftarAudit(inspektorat, { aksi: 'pegawai.ubah' })).items.map((a) => a.aksi)).toEqual(['pegawai.ubah']);
    expect((await daftarAudit(inspektorat, { aksi: 'pegawai.', nama: 'admin.bkd' })).total).toBe(3);
    const tambah = await daftarAudit(inspektorat, { entitas: 'pegawai', nama: 'uji' });
    expect(tambah.items.every((a) => a.entitas === 'pegawai')).toBe(true);
    expect((await daftarAudit(inspektorat, { nama: 'admin', dari: '2026-05-06', sampai: '2026-05-06' })).items.map((a) => a.aksi)).toEqual(['pegawai.baca_data_pribadi']);
    const lama = await daftarAudit(inspektorat, { nama: 'admin', urut: 'terlama', limit: 1, page: 1 });
    expect(lama.items[0]!.aksi).toBe('pegawai.ekspor');
    expect((await daftarAudit(inspektorat, { nama: 'admin', urut: 'terbaru', limit: 1, page: 2 })).items[0]!.aksi).toBe('pegawai.ubah');
  });

  it('shows changes as field rows in words, with the names of the ids they mention', async () => {
    const h = await daftarAudit(inspektorat, { nama: 'admin', urut: 'terlama' });
    expect(h.rujukan.unit[String(fx.unit.dinkes)]).toBe('Dinas Kesehatan');
    const [ekspor, ubah] = h.items;
    expect(uraianPerubahan(ekspor!.sebelum, ekspor!.sesudah, { rujukan: h.rujukan })).toEqual([
      { isian: 'filter, unit', sebelum: null, sesudah: 'Dinas Kesehatan' },
      { isian: 'jumlah', sebelum: null, sesudah: '12' },
    ]);
    expect(uraianPerubahan(ubah!.sebelum, ubah!.sesudah, { rujukan: h.rujukan })).toEqual([
      { isian: 'gelar depan', sebelum: 'kosong', sesudah: 'Dr.' },
      { isian: 'tanggal lahir', sebelum: '1 Januari 1990', sesudah: '2 Januari 1990' },
    ]);
    expect(labelAksiAudit(ubah!.aksi)).toBe('Mengubah data pegawai');
    expect(uraianPerubahan(null, { namaPengguna: 'staf.uji', peran: [{ peran: 'admin_opd', unitKode: 'DINKES' }, { peran: 'pimpinan', unitKode: null }] })).toEqual([
      { isian: 'nama pengguna', sebelum: null, sesudah: 'staf.uji' },
      { isian: 'peran', sebelum: null, sesudah: 'peran Admin OPD, unit kode DINKES; Pimpinan' },
    ]);
  });

  it('exports the filtered list as XLSX in words: labels, local time, changes without JSON or null', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'inspektorat', password: 'rahasia-uji-1', instansi: 'uji' } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const r = await app.inject({ method: 'GET', url: '/api/audit/ekspor.xlsx?nama=admin&urut=terlama', headers: { cookie } });
    expect(r.statusCode, r.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const teks: string[] = [];
    ws.eachRow((row) => teks.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ''))).join(' | ')));
    const isi = teks.join('\n');
    expect(isi).toContain('Mengekspor daftar pegawai');
    expect(isi).toContain('filter, unit: Dinas Kesehatan');
    expect(isi).toContain('gelar depan: kosong → Dr.');
    expect(isi).toContain('Membuka data pribadi pegawai');
    // 03.00 UTC is 10.00 WIB: the cell shows the instansi's wall clock.
    expect(isi).toContain('2026-05-04T10:00:00.000Z');
    expect(isi).not.toMatch(/[{}]|\bnull\b|pegawai\.ubah|baca_data_pribadi/);
  });
});

describe('entries written before masking existed (issue 10 item 1)', () => {
  it('are masked on the way out by the one rule, for every reader; the chain stays whole', async () => {
    // As an entry from before catatAudit masked: written straight into the table, in clear.
    await db.run(sql`insert into audit_log (instansi_id, waktu, nama_pengguna, peran, aksi, entitas, entitas_id, sebelum, sesudah, keterangan)
      values (1, now(), 'admin.lama', '{admin_bkd}', 'pegawai.ubah', 'pegawai', ${NIP.b1}, ${JSON.stringify({ nik: '3508010101900001', telepon: '081234567890' })}::jsonb,
              ${JSON.stringify({ nik: '3508010101900002', alamat: 'Jl. Melati 7', keluarga: [{ nama: 'Sumiati', nik: '3508015203700002' }] })}::jsonb,
              'NIK lama 3508010101900001 salah ketik')`);
    for (const pembaca of [admin, inspektorat]) {
      const h = await daftarAudit(pembaca, { nama: 'admin.lama' });
      expect(h.items).toHaveLength(1);
      const a = h.items[0]!;
      expect(a.sebelum).toEqual({ nik: '3508**********01', telepon: '0812******90' });
      expect(a.sesudah).toEqual({ nik: '3508**********02', alamat: '(disamarkan)', keluarga: [{ nama: 'S******', nik: '3508**********02' }] });
      expect(a.keterangan).toBe('NIK lama 3508**********01 salah ketik');
    }
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin.bkd', password: 'rahasia-uji-1', instansi: 'uji' } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const r = await app.inject({ method: 'GET', url: '/api/audit/ekspor.xlsx?nama=admin.lama', headers: { cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const teks: string[] = [];
    wb.worksheets[0]!.eachRow((row) => teks.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')).join(' | ')));
    expect(teks.join('\n')).not.toMatch(/(?<!\d)\d{16}(?!\d)|Melati|Sumiati|081234567890/);
    // The stored entry is untouched, so the hash chain still verifies.
    expect(await db.one(sql`select sebelum->>'nik' as nik from audit_log where nama_pengguna = 'admin.lama'`)).toEqual({ nik: '3508010101900001' });
    expect((await periksaRantaiAudit(admin)).utuh).toBe(true);
  });
});
