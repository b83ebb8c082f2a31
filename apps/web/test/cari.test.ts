import { afterEach, describe, expect, it } from 'vitest';
import { cariDiubah } from '../src/kait.ts';

/**
 * A change of the address's query starts from the address as it is now: a navigation renders as a
 * transition, so a change built on a render's copy (`useSearchParams`) right after another one
 * would write back the older address and undo the first (the paged lists' CI failure).
 */
describe('cariDiubah', () => {
  const asli = Object.getOwnPropertyDescriptor(globalThis, 'window');
  const alamat = (search: string) => Object.defineProperty(globalThis, 'window', { value: { location: { search } }, configurable: true });
  afterEach(() => {
    if (asli) Object.defineProperty(globalThis, 'window', asli);
    else Reflect.deleteProperty(globalThis, 'window');
  });

  it('reads the address when it is called, not a copy taken before', () => {
    alamat('?unit=5');
    const salinanRender = new URLSearchParams(window.location.search);
    // a first change lands in the address before the render that would update the copy
    alamat(`?${cariDiubah({ tahun: 2026 })}`);
    expect(window.location.search).toBe('?unit=5&tahun=2026');
    // the second change keeps the first, where one built on the render's copy lost it
    expect(cariDiubah({ periode: 'tw1' }).toString()).toBe('unit=5&tahun=2026&periode=tw1');
    expect(salinanRender.toString()).toBe('unit=5');
  });

  it('sets values as text, removes a key given null, undefined or empty, keeps the others in place', () => {
    expect(cariDiubah({ bulan: '2026-05', page: null }, '?q=ani&page=3&bulan=2026-04').toString()).toBe('q=ani&bulan=2026-05');
    expect(cariDiubah({ q: '', tab: undefined, halaman: 2 }, 'q=ani&tab=dokumen').toString()).toBe('halaman=2');
    expect(cariDiubah({}, '?a=1&b=2').toString()).toBe('a=1&b=2');
  });
});
