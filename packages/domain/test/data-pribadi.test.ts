import { describe, expect, it } from 'vitest';
import { mungkinBerisiDataPribadi, pemilikDataPribadi, samarkanDataPribadi, samarkanTeks, TEKS_DISAMARKAN } from '../src/index.ts';

const NIK = '3508071007660001';
const NIK_ISTRI = '3508075203700002';

/** A pension request as the engine stores it, with the family check in its free-form data. */
const usulan = { id: 7, nip: '196607101990031001', nama: 'Budi Santoso', pegawaiId: 12,
  data: { bup: 58, tanggalBup: '2024-07-10', pemeriksaanKeluarga: { sumber: 'lokal', nikPegawai: NIK, nikDitemukan: true, jumlahAnggotaKk: 3, selisih: [
    { jenis: 'beda_tanggal_lahir', keluargaId: 3, nik: NIK_ISTRI, nama: 'Siti Aminah',
      uraian: 'tanggal lahir Siti Aminah tercatat 12 Maret 1970, di data kependudukan 13 Maret 1970' },
    { jenis: 'lain', keluargaId: null, nik: null, nama: 'Ani', uraian: `Ani (${NIK_ISTRI}) rincian` },
  ] }, catatan: `NIK ${NIK} sudah dicek` } };

describe('one rule for personal data', () => {
  it('masks NIK, family names, birth dates and remarks of a request nobody may see', () => {
    const m = samarkanDataPribadi(usulan);
    const pk = m.data.pemeriksaanKeluarga;
    expect(pk.nikPegawai).toBe('3508**********01');
    expect(pk.selisih[0]).toEqual({ jenis: 'beda_tanggal_lahir', keluargaId: 3, nik: '3508**********02', nama: 'S*** A*****',
      uraian: 'Tanggal lahir anggota keluarga berbeda dengan data kependudukan' });
    expect(pk.selisih[1]!.uraian).toBe(TEKS_DISAMARKAN);
    expect(m.data.catatan).toBe('NIK 3508**********01 sudah dicek');
    // What is not personal is kept: the employee's own name and NIP, the dates of the request.
    expect(m.nama).toBe('Budi Santoso');
    expect(m.nip).toBe(usulan.nip);
    expect(m.data.tanggalBup).toBe('2024-07-10');
    expect(JSON.stringify(m)).not.toMatch(new RegExp(`${NIK}|${NIK_ISTRI}|Siti|1970`));
    // The input is never changed.
    expect(usulan.data.pemeriksaanKeluarga.nikPegawai).toBe(NIK);
  });

  it('keeps everything for a reader who may see that employee, and decides per owner', () => {
    expect(samarkanDataPribadi(usulan, () => true)).toBe(usulan);
    const dua = [usulan, { ...usulan, nip: '198001012005011001', pegawaiId: 13 }];
    const m = samarkanDataPribadi(dua, (p) => p.nip === usulan.nip);
    expect(m[0]).toBe(usulan);
    expect(m[1]!.data.pemeriksaanKeluarga.nikPegawai).toBe('3508**********01');
    expect(pemilikDataPribadi(dua)).toEqual([{ nip: usulan.nip, pegawaiId: 12 }, { nip: '198001012005011001', pegawaiId: 13 }]);
  });

  it('masks the declared keys wherever they appear, in any case or spelling', () => {
    const m = samarkanDataPribadi({ nip: '1', NIK: NIK, no_kk: NIK, alamat: 'Jl. Mawar 3', telepon: '+62 812-3456-7890', email: 'budi@contoh.id', sebelum: { nik: NIK } });
    expect(m).toEqual({ nip: '1', NIK: '3508**********01', no_kk: '3508**********01', alamat: TEKS_DISAMARKAN, telepon: '6281*******90', email: 'b***@contoh.id',
      sebelum: { nik: '3508**********01' } });
    // Masking twice changes nothing more.
    expect(samarkanDataPribadi(m)).toEqual(m);
  });

  it('masks the values of a row naming a personal field, and finds the owner in a nested pegawai', () => {
    const usulan = { id: 1, pegawai: { nip: '196607101990031001', nama: 'Budi' }, perbandingan: [
      { isian: 'nik', label: 'NIK', lama: NIK, sekarang: NIK, baru: NIK_ISTRI },
      { isian: 'tempatLahir', label: 'Tempat lahir', lama: 'Malang', sekarang: 'Malang', baru: 'Batu' },
    ] };
    const m = samarkanDataPribadi(usulan);
    expect(m.perbandingan[0]).toMatchObject({ lama: '3508**********01', sekarang: '3508**********01', baru: '3508**********02' });
    expect(m.perbandingan[1]).toBe(usulan.perbandingan[1]);
    expect(pemilikDataPribadi(usulan)).toEqual([{ nip: '196607101990031001', pegawaiId: null }]);
    expect(samarkanDataPribadi(usulan, (p) => p.nip === '196607101990031001')).toBe(usulan);
  });

  it('tells cheaply whether a serialized answer may hold personal data', () => {
    expect(mungkinBerisiDataPribadi(JSON.stringify(usulan))).toBe(true);
    expect(mungkinBerisiDataPribadi('{"no_kk":"x"}')).toBe(true);
    expect(mungkinBerisiDataPribadi('{"isian":"telepon","lama":"1"}')).toBe(true);
    expect(mungkinBerisiDataPribadi('{"nip":"196607101990031001","nama":"Budi","golongan":"III/a"}')).toBe(false);
  });

  it('leaves an 18-digit NIP, a hash and short numbers alone in free text', () => {
    const t = 'NIP 196607101990031001, hash a1234567890123456b, nomor 800/123/2024, NIK 3508071007660001.';
    expect(samarkanTeks(t)).toBe('NIP 196607101990031001, hash a1234567890123456b, nomor 800/123/2024, NIK 3508**********01.');
    const tanpa = { nama: 'Budi', tanggalLahir: '1966-07-10', jumlah: 1234567890123456 };
    expect(samarkanDataPribadi(tanpa)).toBe(tanpa);
  });
});
