import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { ATURAN_IP_ASN, ATURAN_IP_ASN_BAWAAN, aturanIpAsnBerlaku, capaianIndeks, cariAturan, DIMENSI_IP_ASN, HUKDIS_IP_ASN, hitungIpAsn, hitungIpAsnDariRekap, JENIS_JABATAN,
  kategoriIpAsn, kekuranganIpAsn, KODE_PENDIDIKAN, nilaiIpAsnPegawai, PREDIKAT_MASUKAN_IP_ASN, ringkasIpAsn, type PegawaiIpAsn, type RekapIpAsn } from '../src/index.ts';

const bawaan = ATURAN_IP_ASN[ATURAN_IP_ASN_BAWAAN]!;
const pelaksana3010 = ATURAN_IP_ASN['bkn-8-2019-pelaksana-30-10']!;
const kinerja105 = ATURAN_IP_ASN['bkn-8-2019-kinerja-10-5']!;

const pegawai = (p: Partial<PegawaiIpAsn> = {}): PegawaiIpAsn => ({ jenisJabatan: 'pelaksana', pendidikan: 'S1', diklatKepemimpinan: false, diklatFungsional: false,
  diklatTeknis: false, seminar: false, predikatKinerja: 'baik', hukumanDisiplin: 'tidak_ada', ...p });

const arbPegawai: fc.Arbitrary<PegawaiIpAsn> = fc.record({ jenisJabatan: fc.constantFrom(...JENIS_JABATAN),
  pendidikan: fc.option(fc.constantFrom(...KODE_PENDIDIKAN), { nil: null }), diklatKepemimpinan: fc.boolean(), diklatFungsional: fc.boolean(), diklatTeknis: fc.boolean(),
  seminar: fc.boolean(), predikatKinerja: fc.option(fc.constantFrom(...PREDIKAT_MASUKAN_IP_ASN), { nil: null }), hukumanDisiplin: fc.constantFrom(...HUKDIS_IP_ASN) });
const arbAturan = fc.constantFrom(...Object.values(ATURAN_IP_ASN));

describe('IP ASN rule sets', () => {
  it('ships the default and its variants as data, each naming its legal basis', () => {
    expect(Object.keys(ATURAN_IP_ASN)).toEqual(['bkn-8-2019', 'bkn-8-2019-pelaksana-30-10', 'bkn-8-2019-kinerja-10-5']);
    for (const a of Object.values(ATURAN_IP_ASN)) {
      expect(a.dasarHukum).toBeTruthy();
      expect(a.berlakuMulai).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const j of JENIS_JABATAN) {
        const k = a.kompetensi[j];
        expect(k.kepemimpinan + k.fungsional + k.teknis + k.seminar).toBe(40);
      }
    }
    expect(pelaksana3010.kompetensi.pelaksana).toMatchObject({ teknis: 30, seminar: 10 });
    expect(kinerja105.kinerja).toMatchObject({ kurang: 10, buruk: 5, sangat_baik: 30 });
    expect(bawaan.padananPredikat).toEqual({ sedang: 'kurang', butuh_perbaikan: 'cukup', sangat_kurang: 'buruk' });
  });

  it('picks the non-variant rule set in force on a date', () => {
    expect(aturanIpAsnBerlaku('2024-06-30')).toMatchObject({ ok: true, nilai: { id: 'bkn-8-2019' } });
    expect(aturanIpAsnBerlaku('2018-12-31').ok).toBe(false);
    expect(aturanIpAsnBerlaku('30-06-2024').ok).toBe(false);
    const tidak = cariAturan(ATURAN_IP_ASN, 'bkn-2030');
    expect(tidak.ok ? null : tidak.alasan).toContain('bkn-8-2019, bkn-8-2019-pelaksana-30-10, bkn-8-2019-kinerja-10-5');
  });

  it('has the category table of RULES.md, judged on the rounded total', () => {
    const k = (x: number) => kategoriIpAsn(x);
    expect([100, 90.01, 90.005, 90, 80.01, 80, 70.01, 70, 60.01, 60, 0].map(k)).toEqual([
      'Sangat Tinggi',
      'Sangat Tinggi',
      'Sangat Tinggi',
      'Tinggi',
      'Tinggi',
      'Sedang',
      'Sedang',
      'Rendah',
      'Rendah',
      'Sangat Rendah',
      'Sangat Rendah',
    ]);
    expect(k(90.004)).toBe('Tinggi');
  });
});

describe('IP ASN per employee', () => {
  it('scores each dimension from the tables', () => {
    const kual = (pendidikan: PegawaiIpAsn['pendidikan']) => nilaiIpAsnPegawai(pegawai({ pendidikan })).kualifikasi;
    expect(['S3', 'S2', 'S1', 'D4', 'D3', 'D2', 'D1', 'SMA', 'SMP', 'SD', null].map((p) => kual(p as PegawaiIpAsn['pendidikan']))).toEqual([25, 20, 15, 15, 10, 5, 5, 5, 1, 1, 0]);
    const kin = (predikatKinerja: PegawaiIpAsn['predikatKinerja'], a = bawaan) => nilaiIpAsnPegawai(pegawai({ predikatKinerja }), a).kinerja;
    expect((['sangat_baik', 'baik', 'cukup', 'kurang', 'sedang', 'buruk', null] as const).map((p) => kin(p))).toEqual([30, 25, 15, 5, 5, 1, 0]);
    expect((['kurang', 'sedang', 'buruk'] as const).map((p) => kin(p, kinerja105))).toEqual([10, 10, 5]);
    expect(kin('butuh_perbaikan')).toBe(15);
    expect(kin('sangat_kurang')).toBe(1);
    const dis = (hukumanDisiplin: PegawaiIpAsn['hukumanDisiplin']) => nilaiIpAsnPegawai(pegawai({ hukumanDisiplin })).disiplin;
    expect(HUKDIS_IP_ASN.map(dis)).toEqual([5, 3, 2, 1]);
  });

  it('counts only the kompetensi items of the jenis jabatan', () => {
    const semua = { diklatKepemimpinan: true, diklatFungsional: true, diklatTeknis: true, seminar: true };
    expect(nilaiIpAsnPegawai(pegawai({ jenisJabatan: 'struktural', ...semua })).kompetensi).toBe(40);
    expect(nilaiIpAsnPegawai(pegawai({ jenisJabatan: 'struktural', diklatFungsional: true, diklatTeknis: true })).kompetensi).toBe(15);
    expect(nilaiIpAsnPegawai(pegawai({ jenisJabatan: 'fungsional', diklatKepemimpinan: true, diklatFungsional: true })).kompetensi).toBe(15);
    expect(nilaiIpAsnPegawai(pegawai({ jenisJabatan: 'fungsional', seminar: true })).kompetensi).toBe(10);
    expect(nilaiIpAsnPegawai(pegawai({ jenisJabatan: 'pelaksana', diklatTeknis: true })).kompetensi).toBe(22.5);
    expect(nilaiIpAsnPegawai(pegawai({ jenisJabatan: 'pelaksana', seminar: true })).kompetensi).toBe(17.5);
    expect(nilaiIpAsnPegawai(pegawai({ jenisJabatan: 'pelaksana', diklatTeknis: true }), pelaksana3010).kompetensi).toBe(30);
    expect(nilaiIpAsnPegawai(pegawai({ jenisJabatan: 'pelaksana', seminar: true }), pelaksana3010).kompetensi).toBe(10);
    expect(nilaiIpAsnPegawai(pegawai({ jenisJabatan: 'pelaksana', ...semua })).total).toBe(15 + 40 + 25 + 5);
  });

  it('keeps every employee total in [0, 100] (property)', () => {
    fc.assert(fc.property(arbPegawai, arbAturan, (p, a) => {
      const n = nilaiIpAsnPegawai(p, a);
      expect(n.total).toBeGreaterThanOrEqual(0);
      expect(n.total).toBeLessThanOrEqual(100);
      for (const d of DIMENSI_IP_ASN) expect(n[d]).toBeLessThanOrEqual(a.maksimum[d]);
    }));
  });
});

describe('IP ASN of a group', () => {
  it('averages each dimension exactly and sums the exact means', () => {
    const h = hitungIpAsn([
      pegawai({ pendidikan: 'S2', predikatKinerja: 'sangat_baik', diklatTeknis: true }),
      pegawai({ pendidikan: 'SMA', predikatKinerja: 'cukup', hukumanDisiplin: 'ringan', seminar: true }),
      pegawai({ pendidikan: null, predikatKinerja: null }),
    ]);
    if (!h.ok) throw new Error(h.alasan);
    expect(h.nilai.aturan).toBe('bkn-8-2019');
    expect(h.nilai.jumlahPegawai).toBe(3);
    // kualifikasi (20+5+0)/3 = 8.333, kompetensi (22.5+17.5)/3 = 13.333, kinerja 45/3 = 15, disiplin 13/3 = 4.333
    // The total is the sum of the exact means (41), not of the rounded ones (40.99).
    expect(h.nilai.rataRata).toEqual({ kualifikasi: 8.33, kompetensi: 13.33, kinerja: 15, disiplin: 4.33, total: 41 });
    expect(h.nilai.kategori).toBe('Sangat Rendah');
    expect(h.nilai.pegawai.map((p) => p.total)).toEqual([77.5, 40.5, 5]);
    expect(hitungIpAsn([]).ok).toBe(false);
  });

  it('never lowers a dimension average when adding an employee above it (property)', () => {
    fc.assert(fc.property(fc.array(arbPegawai, { minLength: 1, maxLength: 30 }), arbPegawai, arbAturan, (grup, baru, a) => {
      const sebelum = hitungIpAsn(grup, a);
      const sesudah = hitungIpAsn([...grup, baru], a);
      if (!sebelum.ok || !sesudah.ok) throw new Error('gagal');
      const nBaru = nilaiIpAsnPegawai(baru, a);
      for (const d of DIMENSI_IP_ASN) {
        if (nBaru[d] > sebelum.nilai.rataRataTepat[d]) {
          expect(sesudah.nilai.rataRataTepat[d]).toBeGreaterThanOrEqual(sebelum.nilai.rataRataTepat[d]);
          expect(sesudah.nilai.rataRata[d]).toBeGreaterThanOrEqual(sebelum.nilai.rataRata[d]);
        }
      }
      expect(sesudah.nilai.rataRata.total).toBeGreaterThanOrEqual(0);
      expect(sesudah.nilai.rataRata.total).toBeLessThanOrEqual(100);
    }));
  });

  it('seed lamongan-2022-ipasn: 63.25 Rendah from the printed dimensions, capaian 97.31 against 65', () => {
    const k = seed.ip_asn.find((c) => c.id === 'lamongan-2022-ipasn')!;
    const r = ringkasIpAsn(k.dimensions as Record<(typeof DIMENSI_IP_ASN)[number], number>);
    expect(r).toEqual({ aturan: 'bkn-8-2019', total: k.expected.total, kategori: k.expected.category });
    expect(capaianIndeks(r.total, k.target!)).toEqual({ ok: true, nilai: k.expected.capaian });
    // The printed 63.26 (from unrounded dimensions) is within the stated tolerance.
    expect(Math.abs((k.printed.total as number) - r.total)).toBeLessThanOrEqual(0.01 + 1e-9);
  });
});

describe('IP ASN from counts', () => {
  const kasus = seed.ip_asn.find((c) => c.id === 'lumajang-2024-tw2-ipasn')!;
  const { diklat_pim, ...kompetensiLain } = kasus.counts!.kompetensi;
  const rekap: RekapIpAsn = { jumlahPegawai: kasus.employees!, pendidikan: kasus.counts!.pendidikan, skp: kasus.counts!.skp, hukdis: kasus.counts!.hukdis,
    kompetensi: { diklat_kepemimpinan: diklat_pim, ...kompetensiLain } };

  it('seed lumajang-2024-tw2-ipasn: reproduces the computed dimensions, not the printed ones', () => {
    const h = hitungIpAsnDariRekap(rekap);
    if (!h.ok) throw new Error(h.alasan);
    expect(h.nilai.rataRata).toMatchObject(kasus.expected);
    expect(h.nilai.rataRata.kompetensi).not.toBe(kasus.printed.kompetensi);
    expect(h.nilai.rataRata.total).toBe(35.25);
    expect(h.nilai.kategori).toBe('Sangat Rendah');
    expect(h.nilai.aturan).toBe('bkn-8-2019');
  });

  it('flags the counts that do not fit the number of employees', () => {
    const h = hitungIpAsnDariRekap(rekap);
    if (!h.ok) throw new Error(h.alasan);
    const k = Object.fromEntries(h.nilai.konsistensi.map((x) => [x.kelompok, x]));
    expect(k.skp).toMatchObject({ jumlah: 695, jumlahPegawai: 5310 });
    expect(k.skp!.pesan).toContain('695, bukan 5310');
    expect(k.hukdis).toMatchObject({ jumlah: 5410 });
    expect(k.hukdis!.pesan).toContain('lebih dari 5310');
    // Not in the seed's flags, but true: the pendidikan counts sum to 5452.
    expect(k.pendidikan).toMatchObject({ jumlah: 5452 });
    expect(k.kompetensi).toBeUndefined();
  });

  it('agrees with the per-employee computation on the same people', () => {
    fc.assert(fc.property(fc.array(arbPegawai, { minLength: 1, maxLength: 40 }), arbAturan, (grup, a) => {
      const r: RekapIpAsn = { jumlahPegawai: grup.length, pendidikan: {}, skp: {}, hukdis: {}, kompetensi: {} };
      const tambah = <K extends string>(o: Partial<Record<K, number>>, k: K) => {
        o[k] = (o[k] ?? 0) + 1;
      };
      for (const p of grup) {
        if (p.pendidikan) tambah(r.pendidikan, p.pendidikan);
        if (p.predikatKinerja) tambah(r.skp, p.predikatKinerja);
        tambah(r.hukdis, p.hukumanDisiplin);
        const pel = p.jenisJabatan === 'pelaksana';
        if (p.jenisJabatan === 'struktural' && p.diklatKepemimpinan) tambah(r.kompetensi, 'diklat_kepemimpinan');
        if (p.jenisJabatan === 'fungsional' && p.diklatFungsional) tambah(r.kompetensi, 'diklat_fungsional');
        if (p.diklatTeknis) tambah(r.kompetensi, pel ? 'diklat_teknis_pelaksana' : 'diklat_teknis_non_pelaksana');
        if (p.seminar) tambah(r.kompetensi, pel ? 'seminar_pelaksana' : 'seminar_non_pelaksana');
      }
      const dariRekap = hitungIpAsnDariRekap(r, a);
      const dariPegawai = hitungIpAsn(grup, a);
      if (!dariRekap.ok || !dariPegawai.ok) throw new Error('gagal');
      expect(dariRekap.nilai.rataRata).toEqual(dariPegawai.nilai.rataRata);
    }));
  });

  it('derives tidak_ada from the employees when absent and refuses bad counts', () => {
    const h = hitungIpAsnDariRekap({ jumlahPegawai: 10, pendidikan: { S1: 10 }, skp: { baik: 10 }, hukdis: { berat: 2 }, kompetensi: {} });
    if (!h.ok) throw new Error(h.alasan);
    expect(h.nilai.rataRata.disiplin).toBe((8 * 5 + 2) / 10);
    expect(h.nilai.konsistensi).toEqual([]);
    expect(hitungIpAsnDariRekap({ ...rekap, jumlahPegawai: 0 }).ok).toBe(false);
    const salah = hitungIpAsnDariRekap({ ...rekap, pendidikan: { S1: -1, TK: 3 } as RekapIpAsn['pendidikan'] });
    expect(salah.ok ? '' : salah.alasan).toMatch(/S1: -1 bukan bilangan cacah.*"TK" tidak dikenal/);
  });
});

describe('what an employee lacks (kekurangan)', () => {
  it('lists the missing items with the points each would add', () => {
    const k = kekuranganIpAsn(pegawai({ pendidikan: 'D3', diklatTeknis: false, seminar: true, predikatKinerja: 'baik', hukumanDisiplin: 'ringan' }));
    expect(k.map((x) => [x.kode, x.tambahan, x.tambahanMaks])).toEqual([
      ['pendidikan', 5, 15],
      ['diklat_teknis', 22.5, 22.5],
      ['predikat_kinerja', 5, 5],
      ['hukuman_disiplin', 2, 2],
    ]);
    expect(k[0]!.uraian).toBe('pendidikan D3 (10 poin); jenjang D4 memberi 15 poin');
    expect(k[1]!.uraian).toBe('belum diklat teknis ≥ 20 JP');
    const kosong = kekuranganIpAsn(pegawai({ jenisJabatan: 'struktural', pendidikan: null, predikatKinerja: null }));
    expect(kosong.filter((x) => x.jenis === 'data').map((x) => x.uraian)).toEqual(['tidak ada data pendidikan', 'tidak ada data SKP (predikat kinerja)']);
    expect(kosong.map((x) => x.kode)).toEqual(['pendidikan_kosong', 'diklat_kepemimpinan', 'diklat_teknis', 'seminar', 'skp_kosong']);
    expect(kekuranganIpAsn(pegawai({ jenisJabatan: 'pelaksana', diklatTeknis: true }), pelaksana3010).find((x) => x.kode === 'seminar')!.tambahan).toBe(10);
  });

  it('adds up to the maximum: total + the full fixes = 100 (property)', () => {
    fc.assert(fc.property(arbPegawai, arbAturan, (p, a) => {
      const tambah = kekuranganIpAsn(p, a).reduce((s, x) => s + x.tambahanMaks, 0);
      expect(nilaiIpAsnPegawai(p, a).total + tambah).toBe(100);
      for (const x of kekuranganIpAsn(p, a)) {
        expect(x.tambahan).toBeGreaterThan(0);
        expect(x.tambahan).toBeLessThanOrEqual(x.tambahanMaks);
      }
    }));
    expect(kekuranganIpAsn(pegawai({ jenisJabatan: 'fungsional', pendidikan: 'S3', diklatFungsional: true, diklatTeknis: true, seminar: true, predikatKinerja: 'sangat_baik' })))
      .toEqual([]);
  });
});
