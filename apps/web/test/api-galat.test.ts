import { describe, expect, it } from 'vitest';
import { bacaGalat } from '../src/api.ts';

/** The error body is read without zod (the entry script carries none): the same rules as `skemaGalat`. */
const jawab = (status: number, isi: unknown) => new Response(typeof isi === 'string' ? isi : JSON.stringify(isi), { status });

describe('bacaGalat', () => {
  it('takes the code, the message and the well-formed problems', async () => {
    const g = await bacaGalat(
      jawab(422, { kode: 'tidak_valid', pesan: 'Isian belum benar.',
        masalah: [{ kolom: 'nip', pesan: 'NIP wajib diisi' }, { kolom: 'tmt', pesan: 'tanggal harus berformat YYYY-MM-DD', baris: 3 }, { kolom: 5, pesan: 'bukan kolom' }, null] }),
    );
    expect([g.status, g.kode, g.message]).toEqual([422, 'tidak_valid', 'Isian belum benar.']);
    expect(g.masalah).toEqual([{ kolom: 'nip', pesan: 'NIP wajib diisi' }, { kolom: 'tmt', pesan: 'tanggal belum benar: tulis seperti 17/05/2022 atau 17 Mei 2022', baris: 3 }]);
  });

  it("keeps a conflict's data out of the problems", async () => {
    const g = await bacaGalat(jawab(409, { kode: 'konflik', pesan: 'Sudah ada usulan berjalan.', masalah: { usulanId: 7 } }));
    expect([g.kode, g.message, g.masalah]).toEqual(['konflik', 'Sudah ada usulan berjalan.', []]);
  });

  it('lets the status speak for a body of another shape', async () => {
    for (const isi of ['<html>Bad Gateway</html>', { kode: 1, pesan: 'x' }, { pesan: ['x'] }, { masalah: 'x' }, [1, 2], null]) {
      const g = await bacaGalat(jawab(502, isi));
      expect([g.kode, g.message, g.masalah]).toEqual(['galat', 'Terjadi kesalahan pada server. Coba lagi nanti.', []]);
    }
    expect((await bacaGalat(jawab(404, {}))).message).toBe('Data tidak ditemukan.');
  });
});
