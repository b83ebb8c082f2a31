import { describe, expect, it } from 'vitest';
import { renderDaftarPdf } from '../src/dokumen/daftar-pdf.ts';
import { bacaPdf } from '../src/dokumen/baca.ts';

describe('renderDaftarPdf (long lists drawn straight)', () => {
  it('repeats the header on every page, cuts long cells, ends with the total row, the closing text and the signatures', async () => {
    const n = 600;
    const kolom = [{ judul: 'No', lebar: 3 }, { judul: 'Nama / NIP', lebar: 20 }, { judul: 'Jabatan', lebar: 4 }, { judul: 'Netto', lebar: 8, rata: 'kanan' as const }];
    const baris = Array.from({ length: n }, (_, i) => [
      String(i + 1),
      `Pegawai ${i + 1}\nNIP 19800101200501${String(i).padStart(4, '0')}`,
      'Jabatan Pelaksana Bagian Umum dan Kepegawaian Sekretariat Daerah Kabupaten Sukamaju',
      '2.801.200',
    ]);
    const pdf = await renderDaftarPdf({ judul: 'Daftar uji', kertas: 'F4', orientasi: 'mendatar', kop: ['PEMERINTAH KABUPATEN SUKAMAJU', 'DINAS UJI'],
      judulDaftar: 'DAFTAR NOMINATIF UJI', pembuka: ['Jumlah penerima: 600.'], kolom, baris, jumlah: ['', 'JUMLAH', '', '8.403.600.000'], penutup: ['Catatan penutup.'],
      tandaTangan: [{ atas: ['Diverifikasi oleh,'], nama: 'Budi Santoso', bawah: ['NIP 1'] }, { atas: ['Mengetahui,', 'Kepala'], nama: 'Siti Aminah', bawah: ['NIP 2'] }],
      kakiHalaman: 'Daftar uji - dicetak 3 Desember 2026' });
    const isi = await bacaPdf(pdf);
    expect(isi.judul).toBe('Daftar uji');
    expect(isi.jumlahHalaman).toBeGreaterThan(20);
    expect(isi.halaman[0]).toContain('PEMERINTAH KABUPATEN SUKAMAJU');
    expect(isi.halaman[0]).toContain('DAFTAR NOMINATIF UJI');
    isi.halaman.forEach((h, i) => {
      expect(h).toContain('Nama / NIP');
      expect(h).toContain(`Halaman ${i + 1}`);
    });
    const semua = isi.halaman.join(' ');
    for (const i of [1, 300, 600]) expect(semua.includes(`Pegawai ${i} `)).toBe(true);
    expect(semua.includes('Daerah Kabupaten Sukamaju')).toBe(false);
    expect(semua.includes('…')).toBe(true);
    const akhir = isi.halaman.at(-1)!;
    for (const t of ['JUMLAH', '8.403.600.000', 'Catatan penutup.', 'Budi Santoso', 'Siti Aminah', 'Mengetahui,']) expect(akhir).toContain(t);
  });
});
