import { describe, expect, it } from 'vitest';
import { dalamSasaran, jawabanBenar, kodeVerifikasi, nilaiKuis, nomorSertifikat, progresKursus, tautanVideoSah } from '../src/aturan.ts';
import { samarkanNip } from '../src/sertifikat/sertifikat.ts';

describe('aturan kursus', () => {
  it('marks an item right only when exactly its key is chosen (order ignored)', () => {
    expect(jawabanBenar([0, 2], [2, 0])).toBe(true);
    expect(jawabanBenar([0, 2], [0])).toBe(false);
    expect(jawabanBenar([0, 2], [0, 1, 2])).toBe(false);
    expect(jawabanBenar([1], undefined)).toBe(false);
  });

  it('scores a quiz in percent and passes at the mark on whole counts', () => {
    const soal = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, kunci: [0] }));
    const tujuh = Object.fromEntries(soal.map((s) => [String(s.id), s.id <= 7 ? [0] : [1]]));
    expect(nilaiKuis(soal, tujuh, 70)).toEqual({ benar: 7, jumlah: 10, nilai: 70, lulus: true });
    expect(nilaiKuis(soal, tujuh, 71).lulus).toBe(false);
    const tiga = [{ id: 1, kunci: [0] }, { id: 2, kunci: [0] }, { id: 3, kunci: [0] }];
    expect(nilaiKuis(tiga, { 1: [0], 2: [0] }, 66)).toEqual({ benar: 2, jumlah: 3, nilai: 66.67, lulus: true });
    expect(nilaiKuis([], {}, 1).lulus).toBe(false);
  });

  it('completes a course when every reading is done and every quiz passed', () => {
    const modul = [{ id: 1, jenis: 'teks' as const }, { id: 2, jenis: 'video' as const }, { id: 3, jenis: 'kuis' as const }];
    expect(progresKursus(modul, new Set([1, 2]), new Set())).toEqual({ persen: 66, lengkap: false });
    // A quiz marked as read does not count; only passing it does.
    expect(progresKursus(modul, new Set([1, 2, 3]), new Set())).toEqual({ persen: 66, lengkap: false });
    expect(progresKursus(modul, new Set([1, 2]), new Set([3]))).toEqual({ persen: 100, lengkap: true });
    expect(progresKursus([], new Set(), new Set())).toEqual({ persen: 0, lengkap: false });
  });

  it('opens a course to everyone, to units with their sub-units, or to jabatan', () => {
    const p = { jalurUnit: '/1/5/', jabatanId: 9 };
    expect(dalamSasaran('semua', [], [], p)).toBe(true);
    expect(dalamSasaran('unit', ['/1/'], [], p)).toBe(true);
    expect(dalamSasaran('unit', ['/2/'], [], p)).toBe(false);
    expect(dalamSasaran('jabatan', [], [9], p)).toBe(true);
    expect(dalamSasaran('jabatan', [], [8], { jalurUnit: null, jabatanId: null })).toBe(false);
  });

  it('accepts video links over https from known hosts only', () => {
    const host = ['www.youtube.com', 'youtu.be'];
    expect(tautanVideoSah('https://youtu.be/abc', host)).toBe(true);
    expect(tautanVideoSah('http://youtu.be/abc', host)).toBe(false);
    expect(tautanVideoSah('https://jahat.example/abc', host)).toBe(false);
    expect(tautanVideoSah('bukan tautan', host)).toBe(false);
  });

  it('numbers certificates and makes readable codes; masks the NIP on the public page', () => {
    expect(nomorSertifikat(7, 'ETIKA-01', 2026)).toBe('0007/ETIKA-01/SIMASN/2026');
    const kode = kodeVerifikasi(new Uint8Array(12).map((_, i) => i * 37));
    expect(kode).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
    expect(samarkanNip('199001012015031001')).toBe('1990••••••••••1001');
  });
});
