import { describe, expect, it } from 'vitest';
import { bandingkanKeluarga, normalNama, type AnggotaKeluargaSimasn, type Penduduk } from '../src/index.ts';

const NIK_PEGAWAI = '3508011010660001';
const kk: Penduduk[] = [
  { nik: NIK_PEGAWAI, noKk: '3508010101000001', nama: 'BUDI SANTOSO', tanggalLahir: '1966-10-10', jenisKelamin: 'L', hubungan: 'kepala_keluarga' },
  { nik: '3508014505700002', noKk: '3508010101000001', nama: 'SITI AMINAH', tanggalLahir: '1970-05-05', jenisKelamin: 'P', hubungan: 'istri' },
  { nik: '3508010202950003', noKk: '3508010101000001', nama: 'ADI SANTOSO', tanggalLahir: '1995-02-02', jenisKelamin: 'L', hubungan: 'anak' },
];
const simasn: AnggotaKeluargaSimasn[] = [
  { id: 1, hubungan: 'istri', nama: 'Siti Aminah', nik: '3508014505700002', tanggalLahir: '1970-05-05', jenisKelamin: 'P' },
  { id: 2, hubungan: 'anak', nama: 'Adi Santoso', nik: '3508010202950003', tanggalLahir: '1995-02-02', jenisKelamin: 'L' },
  { id: 3, hubungan: 'ibu', nama: 'Sarinah', nik: null, tanggalLahir: null, jenisKelamin: 'P' },
];

describe('family data against the population registry', () => {
  it('finds no difference when the card matches (case, punctuation, parents ignored)', () => {
    expect(bandingkanKeluarga(NIK_PEGAWAI, simasn, kk)).toEqual([]);
    expect(normalNama('  Dr. siti   aminah, S.Pd ')).toBe('DR SITI AMINAH S PD');
  });
  it('reports each kind of difference', () => {
    const beda = bandingkanKeluarga(NIK_PEGAWAI, [
      { ...simasn[0]!, nama: 'Siti Aminah Rahayu', tanggalLahir: '1970-05-06' },
      { ...simasn[1]!, nik: null, jenisKelamin: 'P' },
      { id: 4, hubungan: 'anak', nama: 'Dewi', nik: '3508015001000004', tanggalLahir: '2000-01-10', jenisKelamin: 'P' },
    ], [...kk, { nik: '3508011111050005', noKk: '3508010101000001', nama: 'RINA', tanggalLahir: '2005-11-11', jenisKelamin: 'P', hubungan: 'anak', meninggal: false }]);
    expect(beda.map((b) => [b.jenis, b.keluargaId])).toEqual([
      ['beda_nama', 1],
      ['beda_tanggal_lahir', 1],
      ['nik_kosong', 2],
      ['beda_jenis_kelamin', 2],
      ['tidak_ada_di_kependudukan', 4],
      ['tidak_tercatat_di_simasn', null],
    ]);
    expect(beda[1]!.uraian).toBe('tanggal lahir Siti Aminah Rahayu tercatat 6 Mei 1970, di data kependudukan 5 Mei 1970');
    expect(beda[5]!.uraian).toBe('RINA (anak) ada di kartu keluarga tetapi belum tercatat di SIMASN');
  });
  it('matches a spouse who heads the card, flags a wrong relation and a death', () => {
    const kkIstri: Penduduk[] = [
      { nik: '3508016606700009', noKk: '3508010101000009', nama: 'RATNA', tanggalLahir: '1970-06-26', jenisKelamin: 'P', hubungan: 'kepala_keluarga' },
      { nik: NIK_PEGAWAI, noKk: '3508010101000009', nama: 'BUDI', tanggalLahir: '1966-10-10', jenisKelamin: 'L', hubungan: 'suami' },
      { nik: '3508010303990010', noKk: '3508010101000009', nama: 'ANDI', tanggalLahir: '1999-03-03', jenisKelamin: 'L', hubungan: 'anak', meninggal: true },
    ];
    const r = bandingkanKeluarga(NIK_PEGAWAI, [
      { id: 7, hubungan: 'suami', nama: 'Ratna', nik: '3508016606700009', tanggalLahir: null, jenisKelamin: null },
      { id: 8, hubungan: 'istri', nama: 'Andi', nik: '3508010303990010', tanggalLahir: '1999-03-03', jenisKelamin: 'L' },
    ], kkIstri);
    expect(r.map((b) => b.jenis)).toEqual(['beda_hubungan', 'meninggal']);
    expect(r[0]!.uraian).toBe('Andi tercatat sebagai istri, di kartu keluarga sebagai anak');
  });
  it('with no card at all, every recorded spouse and child is missing', () => {
    expect(bandingkanKeluarga(NIK_PEGAWAI, simasn, []).map((b) => b.jenis)).toEqual(['tidak_ada_di_kependudukan', 'tidak_ada_di_kependudukan']);
  });
});
