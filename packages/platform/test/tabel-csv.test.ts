import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { bacaCsv, pecahCsvPolos } from '../src/tabel.ts';

const csvParse = (teks: string, pemisah: string): string[][] => parse(teks, { delimiter: pemisah, relax_column_count: true, skip_empty_lines: false, trim: true });

describe('bacaCsv', () => {
  it('splits a CSV without quotes directly, into the same records csv-parse gives', () => {
    for (const [teks, pemisah] of [
      ['a,b,c\n1,2,3\n4,5,6\n', ','],
      ['a,b\r\n 1 , 2 \r\n\r\n3,4', ','],
      ['a;b;c\n1;2,5;3\n;;\n4\n', ';'],
      ['a,b\n1,2,3,4\n\n\n', ','],
      ['x\n', ','],
    ] as const) {
      expect(pecahCsvPolos(teks, pemisah), JSON.stringify(teks)).toEqual(csvParse(teks, pemisah));
    }
  });

  it('leaves quotes and lone carriage returns to csv-parse', () => {
    expect(pecahCsvPolos('a,b\n"1,5",2\n', ',')).toBeNull();
    expect(pecahCsvPolos('a,b\r1,2\r', ',')).toBeNull();
    expect(bacaCsv(Buffer.from('a,b\n"1,5",2\n'), 'x').baris).toEqual([{ nomor: 2, sel: ['1,5', '2'] }]);
  });

  it('keeps the spreadsheet row numbers past empty lines, and the row limit unless raised', () => {
    expect(bacaCsv(Buffer.from('\uFEFFa,b\n1,2\n\n3,4\n'), 'x')).toEqual({ nama: 'x', header: ['a', 'b'], baris: [{ nomor: 2, sel: ['1', '2'] }, { nomor: 4, sel: ['3', '4'] }] });
    const besar = Buffer.from(['a', ...Array.from({ length: 100_001 }, (_, i) => String(i))].join('\n'));
    expect(() => bacaCsv(besar, 'x')).toThrow('Berkas memuat lebih dari 100.000 baris data; bagi menjadi beberapa berkas.');
    expect(bacaCsv(besar, 'x', { batasBaris: 200_000 }).baris).toHaveLength(100_001);
    expect(() => bacaCsv(besar, 'x', { batasBaris: 1_000 })).toThrow('Berkas memuat lebih dari 1.000 baris data');
  }, 30_000);
});
