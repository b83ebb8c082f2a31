import { describe, expect, it } from 'vitest';
import { dalamLingkup, HAK_AKSES, lingkupUntuk, PERAN, syaratLingkup, GalatAplikasi, type Pemanggil } from '../src/index.ts';

const pemanggil = (peran: Pemanggil['peran'], extra: Partial<Pemanggil> = {}): Pemanggil => ({ akunId: 1, namaPengguna: 'x', namaTampilan: 'x', instansiId: 1, pegawaiId: 7,
  jalurUnitSendiri: '/1/4/', peran, ...extra });

describe('reach of a caller for a permission', () => {
  it('gives an ASN only themselves and an admin OPD their perangkat daerah', () => {
    expect(lingkupUntuk(pemanggil([{ peran: 'asn', unitId: null, jalurUnit: null }]), 'pegawai:baca')).toEqual({ izin: 'pegawai:baca', semua: false, jalur: [], pegawaiId: [7] });
    expect(lingkupUntuk(pemanggil([{ peran: 'admin_opd', unitId: 1, jalurUnit: '/1/' }]), 'pegawai:ubah')).toEqual({ izin: 'pegawai:ubah', semua: false, jalur: ['/1/'],
      pegawaiId: [] });
  });

  it('unions roles and drops subtrees already covered', () => {
    const l = lingkupUntuk(pemanggil([
      { peran: 'asn', unitId: null, jalurUnit: null },
      { peran: 'atasan', unitId: null, jalurUnit: null },
      { peran: 'admin_opd', unitId: 1, jalurUnit: '/1/' },
    ]), 'pegawai:baca');
    expect(l).toEqual({ izin: 'pegawai:baca', semua: false, jalur: ['/1/'], pegawaiId: [7] });
    expect(dalamLingkup(l, { id: 99, jalurUnit: '/1/4/9/' })).toBe(true);
    expect(dalamLingkup(l, { id: 99, jalurUnit: '/2/' })).toBe(false);
    expect(dalamLingkup(l, { id: 7, jalurUnit: '/2/' })).toBe(true);
  });

  it('refuses with 403 when no role grants the permission', () => {
    expect(() => lingkupUntuk(pemanggil([{ peran: 'inspektorat', unitId: null, jalurUnit: null }]), 'pegawai:ubah')).toThrow(GalatAplikasi);
    expect(() => lingkupUntuk(pemanggil([]), 'pegawai:baca')).toThrow('tidak berwenang');
  });

  it('turns the reach into a parameterised SQL condition', () => {
    const s = syaratLingkup(lingkupUntuk(pemanggil([{ peran: 'asn', unitId: null, jalurUnit: null }, { peran: 'atasan', unitId: null, jalurUnit: null }]), 'pegawai:baca'));
    expect(s.text).toBe('(p.jalur_unit like $1 or p.id = any($2))');
    expect(s.values).toEqual(['/1/4/%', [7]]);
    expect(syaratLingkup(lingkupUntuk(pemanggil([], { sistem: true }), 'pegawai:ubah')).text).toBe('true');
    expect(syaratLingkup({ izin: 'pegawai:baca', semua: false, jalur: [], pegawaiId: [] }).text).toBe('false');
  });

  it('keeps the inspectorate read-only and reserves verification to verifiers', () => {
    const tulis = Object.entries(HAK_AKSES).filter(([i]) => /:(ubah|impor|verifikasi|kelola|ajukan)$/.test(i));
    for (const [izin, hak] of tulis) expect(Object.keys(hak), izin).not.toContain('inspektorat');
    expect(Object.keys(HAK_AKSES['usulan:verifikasi'])).toEqual(['verifikator_bkd']);
    for (const p of PERAN) expect(Object.values(HAK_AKSES).some((h) => p in h), p).toBe(true);
  });
});
