import { describe, expect, it } from 'vitest';
import { ATURAN_JP_BAWAAN, aturanJp, type HasilJp, hitungJp, JENIS_DIKLAT_SIASN, jenisDiklatSiasn, JP_PP_17_2020 as A, type KegiatanJp, normalNomorSertifikat,
  periksaKegiatanJp } from '../src/index.ts';

/** Every expected figure is worked out by hand from RULES.md section 11 in the comment beside it. */
const NIP = '199001012020121001';
const NIP2 = '198503152010011002';

function jp(kegiatan: KegiatanJp[]): HasilJp {
  const h = hitungJp(A, kegiatan);
  if (!h.ok) throw new Error(h.alasan);
  return h.nilai;
}
const ringkas = (h: HasilJp) => h.tahunan.map((t) => [t.nip, t.tahun, t.jp, t.jpKlasikal, t.jpNonklasikal, t.memenuhiTarget]);
const k = (x: Partial<KegiatanJp>): KegiatanJp => ({ nip: NIP, jenisDiklat: 3, tanggalSelesai: '2026-03-10', ...x });

describe('SIASN jenisDiklat and the JP rule set', () => {
  it('lists the 25 kinds of RULES.md section 11, 1-13 classical and 14-25 non-classical', () => {
    expect(JENIS_DIKLAT_SIASN.map((j) => j.kode)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(JENIS_DIKLAT_SIASN.filter((j) => j.bentuk === 'klasikal').map((j) => j.kode)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(JENIS_DIKLAT_SIASN.map((j) => j.nama.split(' ')[0])).toEqual([
      'Diklat',
      'Diklat',
      'Diklat',
      'Workshop',
      'Pelatihan',
      'Pelatihan',
      'Sosialisasi',
      'Bimbingan',
      'Seminar',
      'Magang',
      'Kursus',
      'Penataran',
      'Klasikal',
      'Coaching',
      'Mentoring',
      'E-Learning',
      'Pelatihan',
      'Detasering',
      'Pembelajaran',
      'Patok',
      'Pertukaran',
      'Belajar',
      'Komunitas',
      'Bimbingan',
      'Nonklasikal',
    ]);
    expect(JENIS_DIKLAT_SIASN.filter((j) => j.jenisIpAsn).map((j) => [j.kode, j.jenisIpAsn])).toEqual([[1, 'kepemimpinan'], [2, 'fungsional'], [3, 'teknis'], [4, 'seminar'], [
      9,
      'seminar',
    ]]);
    expect(jenisDiklatSiasn('03')).toMatchObject({ ok: true, nilai: { kode: 3, nama: 'Diklat Teknis' } });
    const x = jenisDiklatSiasn(26);
    expect(!x.ok && x.alasan).toBe('jenis diklat "26" tidak dikenal; kode SIASN 1 sampai 25 (1-13 klasikal, 14-25 nonklasikal)');
  });

  it('keeps 1 JP = 45 minutes and the 20 JP target as data', () => {
    expect([A.menitPerJp, A.targetJpTahunan, ATURAN_JP_BAWAAN]).toEqual([45, 20, 'pp-17-2020']);
    expect(A.catatan).toMatch(/\[open\]/);
    expect(aturanJp('pp-17-2020')).toEqual({ ok: true, nilai: A });
    const x = aturanJp('hasOwnProperty');
    expect(!x.ok && x.alasan).toBe('aturan JP "hasOwnProperty" tidak dikenal; pilihan: pp-17-2020');
  });
});

describe('hitungJp', () => {
  it('sums a year by end date, minutes / 45, split into classical and non-classical', () => {
    const h = jp([
      k({ jenisDiklat: 3, jp: 12 }),
      // 90 minutes of e-learning = 2 JP; 100 minutes of coaching = 2,2222 JP.
      k({ jenisDiklat: 16, menit: 90 }),
      k({ jenisDiklat: 14, menit: 100, tanggalSelesai: '2026-12-31' }),
      // 2025-12-31 counts in 2025, 2026-01-01 in 2026.
      k({ jenisDiklat: 9, jp: 4, tanggalSelesai: '2025-12-31' }),
      k({ jenisDiklat: 8, jp: 2.5, tanggalSelesai: '2026-01-01' }),
    ]);
    // 2026: classical 12 + 2,5 = 14,5; non-classical 190 minutes = 4,2222 -> 4,22; total 14,5 + 4,2222 = 18,7222 -> 18,72 (below 20).
    expect(ringkas(h)).toEqual([[NIP, 2025, 4, 4, 0, false], [NIP, 2026, 18.72, 14.5, 4.22, false]]);
    expect(h.tahunan[1]!.kegiatan).toEqual([0, 1, 2, 4]);
    expect(h.tahunan[1]!.menit).toBe(842.5);
  });

  it('counts exactly: three quarter-hours are 1 JP, 900 minutes are 20 JP, 899,8 minutes are not', () => {
    expect(ringkas(jp([k({ menit: 15 }), k({ menit: 15 }), k({ menit: 15 })]))).toEqual([[NIP, 2026, 1, 1, 0, false]]);
    expect(ringkas(jp([k({ menit: 900, jenisDiklat: 16 })]))).toEqual([[NIP, 2026, 20, 0, 20, true]]);
    // 19 JP + 44,8 minutes = 899,8 minutes = 19,9956 JP: prints 20,00 but the exact total is below 20; 19 JP + 45 minutes is 20.
    expect(ringkas(jp([k({ jp: 19 }), k({ menit: 44.8 })]))).toEqual([[NIP, 2026, 20, 20, 0, false]]);
    expect(ringkas(jp([k({ jp: 19 }), k({ menit: 45 })]))).toEqual([[NIP, 2026, 20, 20, 0, true]]);
    // Halves up: 20,005 JP -> 20,01; 0,4 minutes = 0,00889 JP -> 0,01.
    expect(jp([k({ jp: 20.005 })]).tahunan[0]!.jp).toBe(20.01);
    expect(jp([k({ menit: 0.4 })]).tahunan[0]!.jp).toBe(0.01);
  });

  it('counts a certificate of one person once, on its largest JP; other people and empty numbers are not merged', () => {
    const h = jp([
      k({ jp: 4, nomorSertifikat: '123/BKD/2026' }),
      // The same certificate written differently (case, spaces): 6 JP, the largest, is the one counted.
      k({ menit: 270, nomorSertifikat: ' 123/bkd/2026 ', jenisDiklat: 16 }),
      k({ jp: 5, nomorSertifikat: '123/BKD/2026' }),
      // Someone else's certificate with the same number counts for them.
      k({ nip: NIP2, jp: 4, nomorSertifikat: '123/BKD/2026' }),
      // No certificate number: never merged.
      k({ jp: 1 }),
      k({ jp: 1, nomorSertifikat: '' }),
    ]);
    // NIP: 6 (non-classical, the 270 minutes) + 1 + 1 = 8; NIP2: 4.
    expect(ringkas(h)).toEqual([[NIP, 2026, 8, 2, 6, false], [NIP2, 2026, 4, 4, 0, false]]);
    expect(h.diabaikan).toEqual([
      { indeks: 0, diganti: 1, alasan: 'sertifikat 123/bkd/2026 sudah dihitung pada kegiatan ke-2 (6 JP, yang terbesar); kegiatan ini tidak dihitung lagi' },
      { indeks: 2, diganti: 1, alasan: 'sertifikat 123/bkd/2026 sudah dihitung pada kegiatan ke-2 (6 JP, yang terbesar); kegiatan ini tidak dihitung lagi' },
    ]);
    expect(normalNomorSertifikat('  a  b ')).toBe('A B');
  });

  it('moves a duplicated certificate to the year of its largest entry; a tie keeps the earliest end date', () => {
    const h = jp([
      k({ jp: 10, nomorSertifikat: 'X-1', tanggalSelesai: '2025-12-30' }),
      k({ jp: 12, nomorSertifikat: 'X-1', tanggalSelesai: '2026-01-02' }),
      k({ jp: 3, tanggalSelesai: '2025-06-01' }),
      k({ jp: 7, nomorSertifikat: 'Y-2', tanggalSelesai: '2026-05-01' }),
      k({ jp: 7, nomorSertifikat: 'Y-2', tanggalSelesai: '2025-05-01' }),
    ]);
    // 2025: 3 + 7 (Y-2 tie: the earlier 2025-05-01 entry) = 10; 2026: 12 (X-1's largest).
    expect(ringkas(h)).toEqual([[NIP, 2025, 10, 10, 0, false], [NIP, 2026, 12, 12, 0, false]]);
    expect(h.diabaikan.map((d) => [d.indeks, d.diganti])).toEqual([[0, 1], [3, 4]]);
  });

  it('lists people in their first appearance and years ascending', () => {
    const h = jp([k({ nip: NIP2, jp: 1, tanggalSelesai: '2026-01-01' }), k({ jp: 1 }), k({ nip: NIP2, jp: 1, tanggalSelesai: '2024-01-01' })]);
    expect(h.tahunan.map((t) => [t.nip, t.tahun])).toEqual([[NIP2, 2024], [NIP2, 2026], [NIP, 2026]]);
  });

  it('refuses what cannot be counted, naming the field', () => {
    const salah = (x: Partial<KegiatanJp>) => periksaKegiatanJp(A, k(x));
    expect(salah({})).toEqual([{ kolom: 'jp', alasan: 'isi jp atau menit (salah satu)' }]);
    expect(salah({ jp: 2, menit: 91 })).toEqual([{ kolom: 'menit', alasan: 'jp 2 dan menit 91 tidak sama (1 JP = 45 menit); isi salah satu saja' }]);
    expect(salah({ jp: 2, menit: 90 })).toEqual([]);
    expect(salah({ jp: -1 })).toEqual([{ kolom: 'jp', alasan: 'jp tidak boleh negatif' }]);
    expect(salah({ jp: 2001 })).toEqual([{ kolom: 'jp', alasan: 'jp lebih dari 2000 JP untuk satu kegiatan; periksa angkanya' }]);
    expect(salah({ menit: 1.23456 })).toEqual([{ kolom: 'menit', alasan: 'menit paling banyak 4 angka di belakang koma' }]);
    expect(salah({ jp: 1, jenisDiklat: 0, tanggalSelesai: '2026-02-30', nip: ' ' })).toEqual([{ kolom: 'nip', alasan: 'NIP wajib diisi' }, { kolom: 'jenisDiklat',
      alasan: 'jenis diklat "0" tidak dikenal; kode SIASN 1 sampai 25' }, { kolom: 'tanggalSelesai', alasan: 'tanggal selesai "2026-02-30" harus tanggal YYYY-MM-DD' }]);
    const h = hitungJp(A, [k({ jp: 1 }), k({ jp: 1, jenisDiklat: 30 })]);
    expect(!h.ok && h.alasan).toBe('kegiatan ke-2: jenis diklat "30" tidak dikenal; kode SIASN 1 sampai 25');
    expect(jp([])).toEqual({ aturan: 'pp-17-2020', tahunan: [], diabaikan: [] });
  });
});
