import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { tambahPegawai } from '@simasn/kepegawaian';
import type { Konteks } from '@simasn/platform';
import { fixturePerBerkas } from '@simasn/kepegawaian/uji';
import { buatPk, buatRenstra } from '../src/index.ts';

/**
 * Pihak pertama of a new PK when a position has two holders (two Kepala Sub Bidang sharing one
 * post name, as the web form meets it): named by NIP, refused by field when ambiguous or wrong.
 */
const NIP_1 = '198001012005011001';
const NIP_2 = '198202022006012002';
const fx = fixturePerBerkas();
let perencana: Konteks;
let renstra = 0;
let jabatan = 0;

const galat = async (p: Promise<unknown>) =>
  p.then(() => {
    throw new Error('diharapkan gagal');
  }, (e: { status: number, rincian: unknown }) => e);
const dasar = () => ({ renstraId: renstra, tahun: 2025, jabatanId: jabatan, tanggal: '2025-01-31', pihakKedua: { nama: 'Bupati Uji', jabatan: 'Bupati Uji' } });

beforeAll(async () => {
  perencana = await fx.ctx('perencana');
  renstra = (await buatRenstra(perencana, { unitId: fx.unit.bkpsdm, tahunAwal: 2021, tahunAkhir: 2026, nama: 'Renstra BKPSDM' })).id;
  jabatan = (await fx.db.one<{ id: number }>(sql`insert into jabatan (instansi_id, kode, nama, jenis, tingkat_struktural, eselon, kelas_jabatan, unit_id)
    values (1, 'ST-SUB', 'Kepala Sub Bidang Mutasi', 'struktural', 'pengawas', 'IV.a', 9, ${fx.unit.mutasi}) returning id`)).id;
  for (const [nip, nama, lahir, tmtCpns] of [[NIP_1, 'Budi Santoso', '1980-01-01', '2005-01-01'], [NIP_2, 'Sri Wulandari', '1982-02-02', '2006-01-01']] as const) {
    await tambahPegawai(fx.sistem, { nip, nama, tanggalLahir: lahir, jenisKelamin: nip === NIP_1 ? 'L' : 'P', statusKepegawaian: 'PNS', tmtCpns,
      penempatan: { jabatanId: jabatan, unitId: fx.unit.mutasi, tmt: '2020-01-02' },
      pangkat: { golongan: 'III/d', tmt: '2019-04-01', jenisKp: 'reguler', mkTahun: 14, mkBulan: 0 } });
  }
});

describe('Pihak pertama PK baru', () => {
  it('is asked for by NIP when the position has two holders, and must hold it', async () => {
    const dua = await galat(buatPk(perencana, dasar()));
    expect(dua.status).toBe(422);
    expect(dua.rincian).toEqual([{ kolom: 'pegawaiId', pesan: 'Kepala Sub Bidang Mutasi dipegang lebih dari satu pegawai; sebutkan NIP pegawainya' }]);
    const bukan = await galat(buatPk(perencana, { ...dasar(), nip: '199001012015031001' }));
    expect(bukan.rincian).toEqual([{ kolom: 'nip', pesan: 'pegawai NIP 199001012015031001 tidak sedang memegang Kepala Sub Bidang Mutasi' }]);
    const salah = await galat(buatPk(perencana, { ...dasar(), nip: '1980' }));
    expect(salah.rincian).toEqual([{ kolom: 'nip', pesan: 'NIP terdiri atas 18 angka' }]);
    expect((await fx.db.one<{ n: number }>(sql`select count(*)::int as n from perjanjian_kinerja`)).n).toBe(0);
    const pk = await buatPk(perencana, { ...dasar(), nip: NIP_2 });
    expect(pk.pihakPertama).toMatchObject({ nip: NIP_2, nama: 'Sri Wulandari', jabatan: 'Kepala Sub Bidang Mutasi' });
    expect(pk.status).toBe('draf');
  });
});
