import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from '@simasn/db';
import { ambilPegawai, buatTemplateImpor, eksporPegawai, imporPegawai, laporanMasalahXlsx } from '../src/index.ts';
import { bukuXlsx, fixturePerBerkas, NIP } from '../src/uji.ts';

const fx = fixturePerBerkas();

const jumlahPegawai = async () => (await fx.db.one<{ n: number }>(sql`select count(*)::int as n from pegawai`)).n;

const HEADER = ['nip', 'nama', 'gelar_belakang', 'tanggal_lahir', 'jenis_kelamin', 'status_kepegawaian', 'tmt_cpns', 'agama'];
const baru = [
  ['19850317 201001 2 004', 'Dewi Anggraini', 'S.Kom.', '17-03-1985', 'P', 'PNS', '01/01/2010', 'Islam'],
  ['198612252011011005', 'Eko Prasetyo', 'S.E.', new Date(Date.UTC(1986, 11, 25)), 'L', 'PNS', '1 Januari 2011', 'islam'],
];

describe('import pegawai and riwayat', () => {
  it('offers a template with a sheet per kind and a Petunjuk sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buatTemplateImpor()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Petunjuk',
      'pegawai',
      'riwayat_pangkat',
      'riwayat_jabatan',
      'riwayat_pendidikan',
      'riwayat_diklat',
      'riwayat_skp',
      'riwayat_hukdis',
    ]);
    expect(wb.getWorksheet('pegawai')!.getRow(1).getCell(1).value).toBe('nip');
  });

  it('writes nothing when one NIP is malformed, and names its row, column and reason', async () => {
    const sebelum = await jumlahPegawai();
    const isi = await bukuXlsx({ pegawai: [HEADER, baru[0]!, ['1996610191987031008', 'Salah Ketik', null, '19-10-1966', 'L', 'PNS', null, null], baru[1]!] });
    const h = await imporPegawai(await fx.ctx('admin.bkd'), { namaBerkas: 'uji.xlsx', isi });
    expect(h.ok).toBe(false);
    expect(h.ditulis).toBeNull();
    expect(h.masalah).toEqual([{ lembar: 'pegawai', baris: 3, kolom: 'nip', nilai: '1996610191987031008', pesan: 'NIP harus 18 digit, ditemukan 19 digit' }]);
    expect(await jumlahPegawai()).toBe(sebelum);
    const laporan = new ExcelJS.Workbook();
    await laporan.xlsx.load((await laporanMasalahXlsx(h.masalah, 'uji.xlsx')) as unknown as ArrayBuffer);
    expect(laporan.getWorksheet('Masalah')!.getRow(5).getCell(5).value).toBe('NIP harus 18 digit, ditemukan 19 digit');
  });

  it('imports employees with riwayat in one go, derives their current state, and a second import changes nothing', async () => {
    const isi = await bukuXlsx({ pegawai: [HEADER, ...baru],
      riwayat_pangkat: [['nip', 'golongan', 'tmt', 'nomor_sk', 'mk_tahun', 'mk_bulan', 'jenis_kp'], ['198503172010012004', 'III/a', '01-01-2010', '813/01/2010', 0, 0, 'cpns'], [
        '198503172010012004',
        'IIIb',
        '01-04-2014',
        '823/77/2014',
        '4',
        '3',
        'reguler',
      ], ['198612252011011005', '3/a', '2011-01-01', null, 0, 0, 'cpns']],
      riwayat_jabatan: [['nip', 'kode_jabatan', 'kode_unit', 'tmt'], ['198503172010012004', 'PL-01', 'BKPSDM.02', '02-01-2010'], [
        '198612252011011005',
        'PL-01',
        'DINKES.02',
        '02-01-2011',
      ]], riwayat_pendidikan: [['nip', 'tingkat', 'nama_sekolah', 'tahun_lulus'], ['198503172010012004', 'S-1', 'Universitas Jember', 2007], [
        '198503172010012004',
        'SLTA',
        'SMAN 1 Lumajang',
        '2003',
      ]], Petunjuk: [['diabaikan']] });
    const admin = await fx.ctx('admin.bkd');
    const progres: string[] = [];
    const h = await imporPegawai(admin, { namaBerkas: 'pegawai.xlsx', isi }, { progres: (p) => progres.push(p.tahap) });
    expect(h.masalah).toEqual([]);
    expect(h.ok).toBe(true);
    expect(h.ditulis).toMatchObject({ pegawaiBaru: 2, pegawaiDiubah: 0, riwayat: { pangkat: { baru: 3, diubah: 0 }, jabatan: { baru: 2 }, pendidikan: { baru: 2 } } });
    expect(progres).toEqual(expect.arrayContaining(['membaca', 'validasi', 'menulis']));
    const d = await ambilPegawai(admin, '198503172010012004');
    expect(d).toMatchObject({ nama: 'Dewi Anggraini', agama: 'Islam', golongan: { kode: 'III/b', mkTahun: 4, mkBulan: 3 }, pendidikanTerakhir: 'S1',
      unit: { id: fx.unit.mutasi } });
    const lagi = await imporPegawai(admin, { namaBerkas: 'pegawai.xlsx', isi });
    expect(lagi.ditulis).toMatchObject({ pegawaiBaru: 0, pegawaiDiubah: 0, riwayat: { pangkat: { baru: 0, diubah: 0 } } });
    const audit = await fx.db.many(sql`select 1 from audit_log where aksi = 'impor.pegawai'`);
    expect(audit).toHaveLength(2);
  });

  it('reads a semicolon CSV with Indonesian dates and reports every bad cell of every row', async () => {
    const csv = '\uFEFFnip;nama;tanggal_lahir;jenis_kelamin;status_kepegawaian;tmt_cpns\r\n' +
      '199203152015032001;Fitri Handayani;15 Maret 1992;P;PNS;\r\n' +
      '199203152015031002;Gilang;16-03-1992;L;PNS;01-03-2015\r\n' +
      '06610191987031008;;31-02-1990;X;Honorer;\r\n';
    const admin = await fx.ctx('admin.bkd');
    const h = await imporPegawai(admin, { namaBerkas: 'pegawai.csv', isi: Buffer.from(csv), lembar: 'pegawai' }, { dryRun: true });
    expect(h.ok).toBe(false);
    expect(h.masalah.map((m) => `${m.baris}:${m.kolom}`)).toEqual(['3:tanggal_lahir', '4:nip', '4:nama', '4:tanggal_lahir', '4:jenis_kelamin', '4:status_kepegawaian']);
    expect(h.masalah[0]!.pesan).toBe('tidak sesuai NIP (NIP menyebut 1992-03-15)');
    expect(h.masalah[1]!.pesan).toBe('NIP harus 18 digit, ditemukan 17 digit');
    expect(h.masalah[3]!.pesan).toMatch(/tidak ada di kalender/);
    expect(h.masalah[5]!.pesan).toMatch(/bukan pilihan yang sah/);
  });

  it('keeps an admin OPD inside their perangkat daerah', async () => {
    const isi = await bukuXlsx({
      pegawai: [HEADER, [NIP.b1, 'Citra Lestari', null, '02-02-1988', 'P', 'PNS', null, null], ['199512012020122001', 'Hana', null, '01-12-1995', 'P', 'PNS', null, null]],
      riwayat_skp: [['nip', 'tahun', 'predikat'], [NIP.b1, 2025, 'Sangat Baik']],
    });
    const h = await imporPegawai(await fx.ctx('admin.bkpsdm'), { namaBerkas: 'x.xlsx', isi });
    expect(h.masalah.map((m) => `${m.lembar}:${m.baris}:${m.pesan}`)).toEqual([
      'pegawai:2:NIP ini terdaftar di luar unit kewenangan Anda',
      'pegawai:3:pegawai baru harus disertai baris riwayat_jabatan di unit Anda',
      'riwayat_skp:2:NIP ini terdaftar di luar unit kewenangan Anda',
    ]);
  });

  it('exports the list within the caller reach as a real XLSX', async () => {
    const h = await eksporPegawai(await fx.ctx('admin.dinkes'), {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(h.isi as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Pegawai')!;
    expect(ws.getRow(4).getCell(2).value).toBe('NIP');
    const nip = [];
    for (let r = 5; r <= ws.rowCount; r++) nip.push(String(ws.getRow(r).getCell(2).value).replace(/\s/g, ''));
    expect(nip.sort()).toEqual([NIP.b1, '198612252011011005'].sort());
    expect(h.jumlah).toBe(2);
  });
});
