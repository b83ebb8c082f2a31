import { describe, expect, it } from 'vitest';
import { ATURAN_SYARAT_KP, BULAN_DAFTAR_PENSIUN, dalamDaftarPensiun, GOLONGAN_PNS, jenisKpBerlaku, kelayakanKp, KODE_PENDIDIKAN, masaKerjaGolonganBaru, rentangLahirDaftarPensiun,
  syaratKenaikanPangkat, urutanGolongan, type DataKp, type JenisUsulanKp } from '../src/index.ts';

const dasar: DataKp = { golongan: 'III/a', tmtGolongan: '2020-04-01', tmtCpns: '2016-03-01',
  skp: [{ tahun: 2023, predikat: 'baik' }, { tahun: 2022, predikat: 'sangat_baik' }, { tahun: 2018, predikat: 'kurang' }], hukdis: [],
  ijazah: [{ tingkat: 'S1', tanggal: '2014-08-30' }], jabatan: { jenis: 'pelaksana', tmt: '2016-03-01' } };
const PERIODE = '2024-04-01';

function cek(jenis: JenisUsulanKp, ubah: Partial<DataKp> = {}, periode = PERIODE) {
  const h = syaratKenaikanPangkat(jenis, { ...dasar, ...ubah }, periode);
  if (!h.ok) throw new Error(h.alasan);
  return h.nilai;
}

describe('KP reguler (4 years, two SKP at least Baik, no blocking hukdis, pendidikan ceiling)', () => {
  it('is eligible with the full result', () => {
    expect(cek('reguler')).toEqual({ jenis: 'reguler', periode: PERIODE, golonganBaru: 'III/b', masaDalamGolongan: { tahun: 4, bulan: 0 }, memenuhiSyarat: true,
      masaTerpenuhi: true, perluAngkaKredit: false, alasan: [], aturan: { syarat: ATURAN_SYARAT_KP.id, periode: 'kp-perbkn-4-2023' } });
  });
  it('counts the 4 years at the period TMT, to the month', () => {
    expect(cek('reguler', { tmtGolongan: '2020-04-02' }).alasan).toEqual([
      'masa dalam golongan III/a pada 1 April 2024 baru 3 tahun 11 bulan; paling singkat 4 tahun',
    ]);
    expect(cek('reguler', { tmtGolongan: '2025-01-01' }).masaDalamGolongan).toEqual({ tahun: 0, bulan: 0 });
    expect(cek('reguler', { tmtGolongan: '2025-01-01' }).memenuhiSyarat).toBe(false);
    expect(cek('reguler', { tmtGolongan: '2025-01-01' }).masaTerpenuhi).toBe(false);
    expect(cek('reguler', { skp: [] })).toMatchObject({ memenuhiSyarat: false, masaTerpenuhi: true });
  });
  it('reads only the latest two SKP, each at least Baik', () => {
    expect(cek('reguler', { skp: [{ tahun: 2023, predikat: 'baik' }, { tahun: 2022, predikat: 'butuh_perbaikan' }] }).alasan).toEqual([
      'predikat SKP 2022 Butuh Perbaikan di bawah Baik',
    ]);
    expect(cek('reguler', { skp: [{ tahun: 2022, predikat: 'cukup' }, { tahun: 2023, predikat: 'kurang' }] }).alasan).toEqual([
      'predikat SKP 2023 Kurang di bawah Baik',
      'predikat SKP 2022 Cukup di bawah Baik',
    ]);
    expect(cek('reguler', { skp: [{ tahun: 2023, predikat: 'baik' }] }).alasan).toEqual(['baru ada 1 SKP; KP mensyaratkan 2 SKP terakhir paling rendah Baik']);
    expect(cek('reguler', { skp: [] }).memenuhiSyarat).toBe(false);
  });
  it('is blocked by a hukuman disiplin sedang or berat being served at the period, not by a ringan one', () => {
    expect(cek('reguler', { hukdis: [{ jenis: 'teguran_tertulis', tmt: '2024-01-10', masaBulan: 0 }] }).memenuhiSyarat).toBe(true);
    const sedang = cek('reguler', { hukdis: [{ jenis: 'potong_tukin_6', tmt: '2024-01-10', masaBulan: 6 }] });
    expect(sedang.alasan).toEqual([
      'sedang menjalani hukuman disiplin sedang (Pemotongan tunjangan kinerja 25% selama 6 bulan) sampai 10 Juli 2024',
    ]);
    expect(cek('reguler', { hukdis: [{ jenis: 'potong_tukin_6', tmt: '2023-10-01', masaBulan: 6 }] }).memenuhiSyarat).toBe(true);
    expect(cek('reguler', { hukdis: [{ jenis: 'penurunan_jabatan', tmt: '2024-04-02', masaBulan: 12 }] }).memenuhiSyarat).toBe(true);
    expect(cek('reguler', { hukdis: [{ jenis: 'penurunan_jabatan', tmt: '2023-05-01', masaBulan: 12 }] }).memenuhiSyarat).toBe(false);
    expect(cek('reguler', { hukdis: [{ jenis: 'pdhtaps', tmt: '2010-01-01', masaBulan: 0 }] }).alasan[0]).toContain('Pemberhentian dengan hormat');
  });
  it('stops at the ceiling of the pendidikan, for every jenjang', () => {
    for (const tingkat of KODE_PENDIDIKAN) {
      const plafon = ATURAN_SYARAT_KP.plafonPendidikan[tingkat];
      const di = cek('reguler', { golongan: plafon, ijazah: [{ tingkat, tanggal: '2000-01-01' }] });
      expect(di.alasan).toEqual([expect.stringContaining(`sudah mencapai batas ${plafon}`)]);
      const bawah = GOLONGAN_PNS[urutanGolongan(plafon) - 1]!.kode;
      expect(cek('reguler', { golongan: bawah, ijazah: [{ tingkat, tanggal: '2000-01-01' }] }).memenuhiSyarat).toBe(true);
    }
    expect(cek('reguler', { ijazah: [] }).alasan).toEqual(['pendidikan belum tercatat; batas pangkat KP reguler ditentukan oleh pendidikan']);
    expect(cek('reguler', { golongan: 'IV/e', ijazah: [{ tingkat: 'S3', tanggal: '2000-01-01' }] }).alasan[0]).toBe('golongan IV/e adalah golongan tertinggi');
  });
  it('the ceilings grow with the pendidikan', () => {
    const urut = [...KODE_PENDIDIKAN].reverse().map((t) => urutanGolongan(ATURAN_SYARAT_KP.plafonPendidikan[t]));
    expect(urut).toEqual([...urut].sort((a, b) => a - b));
  });
  it('refuses an unknown golongan and a date that is not a period', () => {
    expect(syaratKenaikanPangkat('reguler', { ...dasar, golongan: 'V/a' as never }, PERIODE)).toEqual({ ok: false, alasan: 'golongan "V/a" tidak dikenal (contoh: III/a)' });
    expect(syaratKenaikanPangkat('reguler', dasar, '2024-03-01')).toEqual({ ok: false, alasan: '2024-03-01 bukan periode kenaikan pangkat (periode berikutnya 2024-04-01)' });
    expect(syaratKenaikanPangkat('reguler', dasar, '2025-11-01').ok).toBe(true);
  });
});

describe('KP pilihan struktural (eselon ceiling, 1 year in the jabatan)', () => {
  const kabid = { jenis: 'struktural' as const, tingkatStruktural: 'administrator' as const, eselon: 'III.b' as const, tmt: '2022-01-02' };
  it('is eligible below the eselon ceiling, even above the pendidikan ceiling', () => {
    const h = cek('pilihan_struktural', { golongan: 'III/d', ijazah: [{ tingkat: 'D3', tanggal: '2000-01-01' }], jabatan: kabid });
    expect(h).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'IV/a' });
  });
  it('stops at the eselon ceiling; without an eselon, at the structural level ceiling', () => {
    expect(cek('pilihan_struktural', { golongan: 'IV/a', jabatan: kabid }).alasan).toEqual(['golongan IV/a sudah mencapai batas IV/a jabatan eselon III.b']);
    expect(cek('pilihan_struktural', { golongan: 'IV/a', jabatan: { ...kabid, eselon: null } }).memenuhiSyarat).toBe(true);
    expect(cek('pilihan_struktural', { golongan: 'III/d', jabatan: { jenis: 'struktural', tingkatStruktural: 'pengawas', tmt: '2020-01-01' } }).alasan).toEqual([
      'golongan III/d sudah mencapai batas III/d jabatan Pengawas',
    ]);
    for (const [eselon, plafon] of Object.entries(ATURAN_SYARAT_KP.plafonEselon)) {
      expect(cek('pilihan_struktural', { golongan: plafon, jabatan: { ...kabid, eselon: eselon as never } }).memenuhiSyarat).toBe(false);
    }
  });
  it('needs a year in the jabatan and a jabatan struktural at all', () => {
    expect(cek('pilihan_struktural', { jabatan: { ...kabid, tmt: '2023-06-01' } }).alasan).toEqual(['masa dalam jabatan struktural baru 0 tahun 10 bulan; paling singkat 1 tahun']);
    expect(cek('pilihan_struktural').alasan).toEqual(['tidak menduduki jabatan struktural']);
  });
});

describe('KP pilihan fungsional (angka kredit from the OPD, jenjang ceiling, 2 years)', () => {
  const jf = { jenis: 'fungsional' as const, jenjang: 'ahli_pertama' as const, tmt: '2019-01-01' };
  it('asks for the angka kredit when it is the only thing missing', () => {
    const h = cek('pilihan_fungsional', { jabatan: jf, tmtGolongan: '2022-04-01' });
    expect(h).toMatchObject({ memenuhiSyarat: false, perluAngkaKredit: true, golonganBaru: 'III/b' });
    expect(h.alasan).toEqual(['angka kredit belum diisi; KP dari III/a memerlukan paling sedikit 50 angka kredit']);
    expect(cek('pilihan_fungsional', { jabatan: jf, tmtGolongan: '2022-04-01', angkaKredit: 50 }).memenuhiSyarat).toBe(true);
    expect(cek('pilihan_fungsional', { jabatan: jf, tmtGolongan: '2022-04-01', angkaKredit: 49.5 }).alasan).toEqual([
      'angka kredit 49.5 kurang dari 50 yang diperlukan untuk KP dari III/a',
    ]);
  });
  it('does not flag perluAngkaKredit when something else fails too', () => {
    const h = cek('pilihan_fungsional', { jabatan: jf, tmtGolongan: '2023-04-01' });
    expect(h.perluAngkaKredit).toBe(false);
    expect(h.alasan).toHaveLength(2);
  });
  it('stops at the top of the jenjang', () => {
    expect(cek('pilihan_fungsional', { golongan: 'III/b', jabatan: jf, angkaKredit: 200 }).alasan[0]).toBe(
      'golongan III/b sudah mencapai batas III/b jenjang Ahli Pertama; naik jenjang lebih dulu',
    );
    expect(cek('pilihan_fungsional', { jabatan: { ...jf, jenjang: null }, angkaKredit: 200 }).alasan[0]).toBe('jenjang jabatan fungsional belum tercatat');
    expect(cek('pilihan_fungsional', { angkaKredit: 200 }).alasan[0]).toBe('tidak menduduki jabatan fungsional');
  });
});

describe('KP penyesuaian ijazah (a diploma obtained as PNS, golongan below its entry golongan, 1 year)', () => {
  const sma = { golongan: 'II/c' as const, tmtGolongan: '2022-04-01', ijazah: [{ tingkat: 'SMA' as const, tanggal: '2008-06-01' }] };
  it('is eligible with a new S1 while below III/a', () => {
    expect(cek('penyesuaian_ijazah', { ...sma, ijazah: [...sma.ijazah, { tingkat: 'S1', tanggal: '2021-09-01' }] })).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'II/d' });
  });
  it('needs the diploma after the CPNS TMT and a golongan below its entry golongan', () => {
    expect(cek('penyesuaian_ijazah', sma).alasan).toEqual(['tidak ada ijazah baru yang diperoleh setelah menjadi CPNS']);
    expect(cek('penyesuaian_ijazah', { ...sma, golongan: 'III/a', ijazah: [{ tingkat: 'S1', tanggal: '2021-09-01' }] }).alasan).toEqual([
      'golongan III/a tidak di bawah golongan awal ijazah Strata 1 (S1) (III/a)',
    ]);
    expect(cek('penyesuaian_ijazah', { ...sma, tmtCpns: null, ijazah: [{ tingkat: 'S1', tanggal: '2021-09-01' }] }).memenuhiSyarat).toBe(false);
    expect(cek('penyesuaian_ijazah', { ...sma, tmtGolongan: '2023-06-01', ijazah: [{ tingkat: 'S1', tanggal: '2021-09-01' }] }).alasan).toEqual([
      'masa dalam golongan II/c pada 1 April 2024 baru 0 tahun 10 bulan; paling singkat 1 tahun',
    ]);
  });
});

describe('the KP list verdict', () => {
  it('checks the pilihan that fits the jabatan first, then penyesuaian ijazah, then reguler', () => {
    expect(jenisKpBerlaku(dasar)).toEqual(['reguler']);
    expect(jenisKpBerlaku({ ...dasar, jabatan: { jenis: 'struktural', tingkatStruktural: 'pengawas', tmt: '2020-01-01' } })).toEqual(['pilihan_struktural', 'reguler']);
    expect(jenisKpBerlaku({ ...dasar, jabatan: { jenis: 'fungsional', jenjang: 'ahli_muda', tmt: '2020-01-01' }, ijazah: [{ tingkat: 'S2', tanggal: '2019-01-01' }] })).toEqual([
      'pilihan_fungsional',
      'penyesuaian_ijazah',
      'reguler',
    ]);
  });
  it('takes the first eligible type, or reports the first type with its reasons', () => {
    const jf = { ...dasar, jabatan: { jenis: 'fungsional' as const, jenjang: 'ahli_pertama' as const, tmt: '2019-01-01' } };
    const h = kelayakanKp(jf, PERIODE);
    expect(h.ok && h.nilai.jenis).toBe('reguler');
    const gagalSemua = kelayakanKp({ ...jf, skp: [] }, PERIODE);
    expect(gagalSemua.ok && [gagalSemua.nilai.jenis, gagalSemua.nilai.memenuhiSyarat]).toEqual(['pilihan_fungsional', false]);
    expect(kelayakanKp(dasar, '2024-05-01').ok).toBe(false);
    // Pilihan fungsional needs 2 years and reguler 4: at 3 years with a low SKP, the due type is reported.
    const dueJf = kelayakanKp({ ...jf, tmtGolongan: '2021-04-01', skp: [] }, PERIODE);
    expect(dueJf.ok && [dueJf.nilai.jenis, dueJf.nilai.masaTerpenuhi]).toEqual(['pilihan_fungsional', true]);
    const dueReg = kelayakanKp({ ...dasar, jabatan: { jenis: 'struktural', tingkatStruktural: 'pengawas', tmt: '2023-12-01' }, skp: [] }, PERIODE);
    expect(dueReg.ok && [dueReg.nilai.jenis, dueReg.nilai.masaTerpenuhi]).toEqual(['reguler', true]);
    const belum = kelayakanKp({ ...dasar, tmtGolongan: '2023-04-01' }, PERIODE);
    expect(belum.ok && [belum.nilai.jenis, belum.nilai.masaTerpenuhi]).toEqual(['reguler', false]);
  });
});

describe('the pensiun list window', () => {
  it('includes BUP birthdays up to 24 months ahead, and overdue ones', () => {
    expect(BULAN_DAFTAR_PENSIUN).toBe(24);
    expect(dalamDaftarPensiun({ tanggalBup: '2028-11-30' }, '2026-11-30')).toBe(true);
    expect(dalamDaftarPensiun({ tanggalBup: '2028-12-01' }, '2026-11-30')).toBe(false);
    expect(dalamDaftarPensiun({ tanggalBup: '2025-01-01' }, '2026-11-30')).toBe(true);
    expect(dalamDaftarPensiun({ tanggalBup: '2027-11-30' }, '2026-11-30', 12)).toBe(true);
  });
  it('prefilters birth dates for the lowest BUP', () => {
    expect(rentangLahirDaftarPensiun('2026-11-30')).toEqual({ lahirSampai: '1978-11-30' });
    expect(rentangLahirDaftarPensiun('2026-11-30', 24, 58)).toEqual({ lahirSampai: '1970-11-30' });
  });
});

describe('masa kerja golongan on the new TMT', () => {
  it('adds the time since the last TMT', () => {
    expect(masaKerjaGolonganBaru({ golongan: 'III/a', tmt: '2020-04-01', mkTahun: 2, mkBulan: 6 }, { golongan: 'III/b', tmt: '2024-04-01' })).toEqual({ tahun: 6, bulan: 6 });
    expect(masaKerjaGolonganBaru({ golongan: 'III/a', tmt: '2020-04-01', mkTahun: 2, mkBulan: 9 }, { golongan: 'III/b', tmt: '2024-07-01' })).toEqual({ tahun: 7, bulan: 0 });
  });
  it('takes 5 years off from II to III and 6 from I to II, never below zero', () => {
    expect(masaKerjaGolonganBaru({ golongan: 'II/d', tmt: '2020-04-01', mkTahun: 8, mkBulan: 0 }, { golongan: 'III/a', tmt: '2024-04-01' })).toEqual({ tahun: 7, bulan: 0 });
    expect(masaKerjaGolonganBaru({ golongan: 'I/d', tmt: '2020-04-01', mkTahun: 3, mkBulan: 0 }, { golongan: 'II/a', tmt: '2024-04-01' })).toEqual({ tahun: 1, bulan: 0 });
    expect(masaKerjaGolonganBaru({ golongan: 'II/b', tmt: '2023-04-01', mkTahun: 0, mkBulan: 0 }, { golongan: 'III/a', tmt: '2024-04-01' })).toEqual({ tahun: 0, bulan: 0 });
    expect(masaKerjaGolonganBaru({ golongan: 'III/d', tmt: '2020-04-01', mkTahun: 10, mkBulan: 0 }, { golongan: 'IV/a', tmt: '2024-04-01' })).toEqual({ tahun: 14, bulan: 0 });
  });
});
