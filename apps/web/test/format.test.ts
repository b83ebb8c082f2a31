import { afterEach, describe, expect, it } from 'vitest';
import { z } from '@simasn/kontrak';
import { GalatApi, periksaIsian } from '../src/api.ts';
import { bacaIsianJam, formatWaktu, namaKolom, pasangZonaTampilan, pesanMasalah, tampilJam } from '../src/format.ts';
import { pilihanArah } from '../src/komponen/SaringDaftar.tsx';

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

describe('pesanMasalah', () => {
  it("drops the field's name where the message repeats it before the verb, and only there", () => {
    expect(pesanMasalah('alasan', 'alasan wajib diisi (minimal 10 karakter)')).toEqual({ kolom: 'alasan', pesan: 'wajib diisi (minimal 10 karakter)' });
    expect(pesanMasalah('pegawai.0.nip', 'NIP harus 18 angka')).toEqual({ kolom: 'baris 1, NIP', pesan: 'harus 18 angka' });
    expect(pesanMasalah('tanggalLahir', 'tanggal lahir tidak boleh setelah hari ini')).toEqual({ kolom: 'tanggal lahir', pesan: 'tidak boleh setelah hari ini' });
    // Another thing named after the field's word, or no name at all: the message whole.
    expect(pesanMasalah('kode', 'kode kompetensi wajib diisi')).toEqual({ kolom: 'kode', pesan: 'kode kompetensi wajib diisi' });
    expect(pesanMasalah('satuan', 'wajib diisi')).toEqual({ kolom: 'satuan', pesan: 'wajib diisi' });
    expect(pesanMasalah('nama', 'namanya sudah dipakai')).toEqual({ kolom: 'nama', pesan: 'namanya sudah dipakai' });
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
    expect(namaKolom('nomor_rekening')).toBe('nomor rekening');
    // A record keyed by year is not a list: `target.2026` is the 2026 target, not row 2027.
    expect(namaKolom('target.2026')).toBe('target 2026');
    expect(namaKolom('indikator.2.target.2027')).toBe('baris 3, target 2027');
  });

  it('no problem a schema finds shows a raw key, a wire type or an enum code (what PesanGalat prints)', () => {
    const skema = z.strictObject({ namaBank: z.string(), jenisAsn: z.enum(['pns', 'pppk']), tahunAwal: z.number().int().max(2100),
      sasaran: z.array(z.object({ kodeSasaran: z.string() })), target: z.record(z.string(), z.number()), ringkas: z.string().min(3) });
    let galat: unknown;
    try {
      periksaIsian(skema, { nomor_rekening: '123', jenisAsn: 'honorer', tahunAwal: 'dua', sasaran: [{}], target: { 2026: 'x' }, ringkas: 'ab' });
    } catch (e) {
      galat = e;
    }
    expect(galat).toBeInstanceOf(GalatApi);
    const tampil = (galat as GalatApi).masalah.map((m) => `${namaKolom(m.kolom)}: ${m.pesan}`);
    expect(tampil).toEqual(expect.arrayContaining([
      'nama bank: wajib diisi',
      'jenis asn: pilihan tidak tersedia; pilih salah satu yang ada',
      'tahun awal: harus berupa angka',
      'baris 1, kode sasaran: wajib diisi',
      'target 2026: harus berupa angka',
      'ringkas: paling sedikit 3 karakter',
      'isian: isian tidak dikenal: nomor rekening',
    ]));
    for (const t of tampil) expect(t).not.toMatch(/_|[a-z][A-Z]|"|\b(string|number|undefined|object|array|pns|pppk|honorer)\b|Input tidak valid|diharapkan/);
  });
});

describe('time fields and sort directions', () => {
  it('reads a time as people write it (07.30, 7.30, 07:30) and shows it as 07.30', () => {
    expect(['07.30', '7.30', '07:30', ' 7:30 '].map(bacaIsianJam)).toEqual(['07:30', '07:30', '07:30', '07:30']);
    expect(['', '7', '0730', '24.00', '07.60', 'jam 7'].map(bacaIsianJam)).toEqual([null, null, null, null, null, null]);
    expect([tampilJam('08:00'), tampilJam('7.5')]).toEqual(['08.00', '7.5']);
  });

  it('names the direction by what the key sorts: dates newest/oldest, numbers largest/smallest, text A-Z', () => {
    expect(pilihanArah(['diajukan', 'Tanggal diajukan', 'tanggal'])).toEqual([['naik', 'Terlama dulu'], ['turun', 'Terbaru dulu']]);
    expect(pilihanArah(['alpa', 'Alpa', 'angka'])).toEqual([['naik', 'Terkecil dulu'], ['turun', 'Terbesar dulu']]);
    expect(pilihanArah(['nama', 'Nama'])).toEqual([['naik', 'A-Z'], ['turun', 'Z-A']]);
  });
});
