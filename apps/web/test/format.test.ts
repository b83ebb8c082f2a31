import { afterEach, describe, expect, it } from 'vitest';
import { formatWaktu, namaKolom, pasangZonaTampilan } from '../src/format.ts';

/** The web shows timestamps in the instansi's zone from the session answer, whatever the browser's zone. */
describe('formatWaktu', () => {
  afterEach(() => {
    pasangZonaTampilan('Asia/Jakarta');
  });

  it('shows WIB until the session names another zone, then that zone', () => {
    const iso = '2026-12-31T16:30:00Z';
    expect(formatWaktu(iso)).toBe('31 Desember 2026 23.30');
    expect(pasangZonaTampilan('Asia/Jayapura')).toBe('Asia/Jayapura');
    expect(formatWaktu(iso)).toBe('1 Januari 2027 01.30');
    expect(pasangZonaTampilan('Europe/Paris')).toBe('Asia/Jayapura'); // unknown names are ignored
    expect(pasangZonaTampilan(undefined)).toBe('Asia/Jayapura');
    expect(formatWaktu(null)).toBe('-');
    expect(formatWaktu('bukan waktu')).toBe('bukan waktu');
  });
});

describe('namaKolom', () => {
  it('names a field for people, never its code', () => {
    expect(namaKolom('tanggalLahir')).toBe('tanggal lahir');
    expect(namaKolom('pegawai.0.nip')).toBe('baris 1, NIP');
    // An upload's multipart field is the file the user picked, in their word.
    expect(namaKolom('file')).toBe('berkas');
    expect(namaKolom('pegawai.11.angkaKredit')).toBe('baris 12, angka kredit');
    expect(namaKolom('tmt_golongan')).toBe('TMT golongan');
    expect(namaKolom('(isian)')).toBe('isian');
    expect(namaKolom('Nama layanan')).toBe('Nama layanan');
    expect(namaKolom('Aspek 1, baris 1: bobot')).toBe('Aspek 1, baris 1: bobot');
  });
});
