import { describe, expect, it } from 'vitest';
import { GalatApi } from '../src/api.ts';
import { masalahPerBaris } from '../src/galat-baris.ts';

describe('a bulk refusal placed on its rows', () => {
  it('maps problems by the row key or by the position in the list sent, never showing the path', () => {
    const dikirim = ['199001012015031001', '199202022016032002', '199303032017031003'];
    const g = new GalatApi(409, 'konflik', 'Baris 2 (NIP 199202022016032002): Pegawai ini sudah mempunyai usulan Kenaikan Pangkat yang masih berjalan (nomor 7).', [
      { baris: 2, kolom: 'pegawai.1.nip', pesan: 'Pegawai ini sudah mempunyai usulan Kenaikan Pangkat yang masih berjalan (nomor 7).' },
      { kolom: 'nip', nilai: '199303032017031003', pesan: 'Citra: sedang dalam usulan KGB nomor 9; tetapkan melalui usulan itu' },
      { kolom: 'periode', pesan: 'bukan periode kenaikan pangkat' },
    ]);
    const { perBaris, sisa } = masalahPerBaris(g, dikirim);
    expect([...perBaris]).toEqual([
      ['199202022016032002', ['Pegawai ini sudah mempunyai usulan Kenaikan Pangkat yang masih berjalan (nomor 7).']],
      ['199303032017031003', ['Citra: sedang dalam usulan KGB nomor 9; tetapkan melalui usulan itu']],
    ]);
    expect(sisa.map((m) => m.kolom)).toEqual(['periode']);
    expect(masalahPerBaris(new Error('jaringan'), dikirim).perBaris.size).toBe(0);
  });
});
