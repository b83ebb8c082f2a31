import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { formatNip, parseNip } from '../src/index.ts';

describe('NIP', () => {
  it.each(seed.nip)('seed case $nip', (kasus) => {
    const h = parseNip(kasus.nip);
    expect(h.ok).toBe(kasus.valid);
    if (h.ok && kasus.valid) {
      expect(h.nilai.tanggalLahir).toBe(kasus.birth);
      expect(h.nilai.tmtTeks).toBe(kasus.tmt_cpns);
      expect(h.nilai.jenisKelamin).toBe(kasus.sex);
      expect(h.nilai.jenis).toBe('PNS');
    }
    if (!h.ok && 'reason' in kasus) {
      expect(h.alasan).toContain(kasus.reason!.split(' ')[0]);
      expect(h.alasan).toContain('18 digit');
    }
  });

  it('names the reason for each kind of malformed NIP', () => {
    const alasan = (s: string) => {
      const h = parseNip(s);
      return h.ok ? '' : h.alasan;
    };
    expect(alasan('')).toBe('NIP kosong');
    expect(alasan('19660710 19920A 1 007')).toMatch(/hanya boleh berisi angka/);
    expect(alasan('19660231 199203 1 007')).toMatch(/tanggal lahir.*bukan tanggal/);
    expect(alasan('19660710 199213 1 007')).toMatch(/bulan TMT CPNS/);
    expect(alasan('19660710 199203 3 007')).toMatch(/jenis kelamin/);
    expect(alasan('19660710 199203 1 000')).toMatch(/nomor urut/);
    expect(alasan('19660710 198003 1 007')).toMatch(/sebelum usia 18/);
    expect(alasan('19660710 199230 1 007')).toMatch(/bukan bulan TMT CPNS \(01-12\) maupun kode PPPK/);
  });

  it('reads PPPK NIPs (TMT year + 2 + frequency digit)', () => {
    const h = parseNip('199001012021211001');
    expect(h.ok).toBe(true);
    if (h.ok) {
      expect(h.nilai).toMatchObject({ jenis: 'PPPK', tanggalLahir: '1990-01-01', tmtTeks: '2021', frekuensi: 1, jenisKelamin: 'L', urut: 1 });
    }
    expect(formatNip('199001012021211001')).toBe('19900101 2021 2 1 1 001');
  });

  it('formats with the official spacing and accepts it back', () => {
    expect(formatNip('196607101992031007')).toBe('19660710 199203 1 007');
    expect(parseNip('19660710 199203 1 007').ok).toBe(true);
    expect(parseNip('19660710.199203.1.007').ok).toBe(true);
  });

  it('accepts every well-formed PNS NIP and returns its parts (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2005-12-31'), noInvalidDate: true }), fc.integer({ min: 18, max: 40 }), fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('1', '2'), fc.integer({ min: 1, max: 999 }), (lahir, umur, bulan, kelamin, urut) => {
        const iso = lahir.toISOString().slice(0, 10);
        const tahunTmt = lahir.getUTCFullYear() + umur + 1;
        const nip = `${iso.replaceAll('-', '')}${tahunTmt}${String(bulan).padStart(2, '0')}${kelamin}${String(urut).padStart(3, '0')}`;
        const h = parseNip(nip);
        expect(h.ok).toBe(true);
        if (h.ok) {
          expect(h.nilai.tanggalLahir).toBe(iso);
          expect(h.nilai.urut).toBe(urut);
          expect(formatNip(nip).replaceAll(' ', '')).toBe(nip);
        }
      }),
    );
  });

  it('refuses every string whose length is not 18 digits (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,30}$/).filter((s) => s.length !== 18), (s) => {
      const h = parseNip(s);
      expect(h.ok).toBe(false);
      if (!h.ok) expect(h.alasan).toContain(`${s.length} digit`);
    }));
  });
});
