import { describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { GalatAplikasi } from '@simasn/platform';
import { bacaPdf } from '@simasn/platform/dokumen/baca';
import { ambilPegawai, cetakDrh, tambahRiwayat } from '../src/index.ts';
import { fixturePerBerkas, NIP } from '../src/uji.ts';

/** Issue 10 item 19: the employee profile as the official Daftar Riwayat Hidup (PDF). */

const fx = fixturePerBerkas();

const status = async (p: Promise<unknown>) => {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof GalatAplikasi) return e.status;
    throw e;
  }
};

describe('Daftar Riwayat Hidup', { timeout: 120_000 }, () => {
  it('prints identitas, pangkat, jabatan, pendidikan, diklat and keluarga for a reader with the personal-data reach', async () => {
    const admin = await fx.ctx('admin.bkd');
    await tambahRiwayat(admin, NIP.b1, 'pendidikan', { tingkat: 'S1', namaSekolah: 'Universitas Uji', jurusan: 'Keperawatan', tahunLulus: 2010 });
    await tambahRiwayat(admin, NIP.b1, 'diklat', { jenis: 'teknis', nama: 'Pelatihan Manajemen Kepegawaian', penyelenggara: 'BKPSDM', tanggalMulai: '2023-03-06',
      tanggalSelesai: '2023-03-10', jumlahJp: 40 });
    await tambahRiwayat(admin, NIP.b1, 'keluarga', { hubungan: 'anak', nama: 'Anak Uji Pertama', tanggalLahir: '2015-05-17', pekerjaan: 'Pelajar' });
    const profil = await ambilPegawai(admin, NIP.b1);
    const drh = await cetakDrh(await fx.ctx('admin.dinkes'), NIP.b1);
    expect(drh.namaBerkas).toBe(`DRH-${NIP.b1}.pdf`);
    const teks = (await bacaPdf(drh.isi)).halaman.join('\n');
    for (const t of [
      'DAFTAR RIWAYAT HIDUP',
      'I. KETERANGAN PERORANGAN',
      'II. RIWAYAT PANGKAT/GOLONGAN',
      'III. RIWAYAT JABATAN',
      'IV. RIWAYAT PENDIDIKAN',
      'V. RIWAYAT DIKLAT',
      'VI. KETERANGAN KELUARGA',
      profil.namaLengkap,
      profil.nipTampil,
      'Universitas Uji',
      'Pelatihan Manajemen Kepegawaian',
      '6 Maret 2023 s.d. 10 Maret 2023',
      'Anak Uji Pertama',
      '17 Mei 2015',
      'Jl. Uji 1',
    ]) expect(teks, t).toContain(t);
    const nik = (await fx.db.one<{ nik: string }>(sql`select nik from pegawai where nip = ${NIP.b1}`)).nik;
    expect(teks).toContain(nik);
    // reading personal data is audited, as on the profile
    expect((await fx.db.many(sql`select 1 from audit_log where aksi = 'pegawai.baca_data_pribadi' and entitas_id = ${NIP.b1}`)).length).toBeGreaterThan(0);
  });

  it('masks personal fields for a reader without pegawai:data_pribadi (pimpinan) by the profile rule, and leaves the family out', async () => {
    const nik = (await fx.db.one<{ nik: string }>(sql`select nik from pegawai where nip = ${NIP.b1}`)).nik;
    const teks = (await bacaPdf((await cetakDrh(await fx.ctx('pimpinan'), NIP.b1)).isi)).halaman.join('\n');
    expect(teks).toContain('DAFTAR RIWAYAT HIDUP');
    expect(teks).not.toContain(nik);
    expect(teks).toMatch(new RegExp(`${nik.slice(0, 4)}\\*+${nik.slice(-2)}`));
    expect(teks).not.toContain('Jl. Uji 1');
    expect(teks).toContain('tidak ditampilkan (data pribadi)');
    expect(teks).not.toContain('Anak Uji Pertama');
    expect(teks).toContain('Keterangan keluarga hanya ditampilkan');
  });

  it('is 404 outside the reader reach, like the profile', async () => {
    expect(await status(cetakDrh(await fx.ctx('admin.bkpsdm'), NIP.b1))).toBe(404);
  });
});
