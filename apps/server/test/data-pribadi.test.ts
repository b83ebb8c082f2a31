import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Personal data is encrypted at rest (issue 10 item 2): NIK, alamat, telepon, no KK. Only the
 * owners' data-access files may name those columns in SQL; everywhere else a query that selects
 * `nik` would hand out ciphertext (or, writing it, store it in clear), so other code goes through
 * the owners' functions (`ambilKeluargaPegawai`, `sandikanBaris`/`bukaBaris`, the riwayat column
 * mapping, the register adapter). Checked: SQL template literals (sql`...`) in packages/*\/src,
 * modules/*\/src, apps/server/src, apps/cli/src and apps/demo/src.
 */
const AKAR = fileURLToPath(new URL('../../../', import.meta.url));
const KOLOM = /(?<![\w.$'"-])(?:[a-z]\.)?(nik|no_kk|telepon|alamat)(?![\w'"-])/;
const BOLEH = new Set([
  'modules/kepegawaian/src/pegawai/data-pribadi.ts',
  'modules/kepegawaian/src/pegawai/keluarga-pegawai.ts',
  'modules/layanan/src/kependudukan/lokal.ts',
]);

/** The columns named in the SQL template literals of a source text. */
export function kolomPribadiDiSql(teks: string): string[] {
  const hasil: string[] = [];
  for (const m of teks.matchAll(/sql`((?:[^`\\]|\\.|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g)) {
    const isi = m[1]!.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, ' ');
    for (const baris of isi.split('\n')) {
      const k = KOLOM.exec(baris);
      if (k) hasil.push(k[1]!);
    }
  }
  return hasil;
}

function* berkasTs(folder: string): Generator<string> {
  for (const n of readdirSync(folder)) {
    const p = join(folder, n);
    if (n === 'node_modules' || n === 'test') continue;
    if (statSync(p).isDirectory()) yield* berkasTs(p);
    else if (n.endsWith('.ts') && !n.endsWith('.test.ts') && n !== 'uji.ts') yield p;
  }
}

describe('personal data columns are named in SQL only by their owners', () => {
  it('catches a planted query', () => {
    // A placeholder as it appears in source text.
    const p = (n: string) => `$\{${n}}`;
    expect(kolomPribadiDiSql(`const x = sql\`select p.nik, nama from pegawai p where ${p('a')}\`;`)).toEqual(['nik']);
    expect(kolomPribadiDiSql(`sql\`update pegawai set telepon = ${p('t')}\``)).toEqual(['telepon']);
    expect(kolomPribadiDiSql(`sql\`select alamat_ip, nik_indeks from sesi where ${p('x')} and nama = 'nik'\``)).toEqual([]);
  });

  it('holds for every source file', () => {
    const temuan: string[] = [];
    const folder = ['packages', 'modules'].flatMap((a) => readdirSync(join(AKAR, a)).map((n) => join(AKAR, a, n, 'src'))).concat(
      ['apps/server/src', 'apps/cli/src', 'apps/demo/src'].map((a) => join(AKAR, a)),
    );
    for (const f of folder) {
      try {
        statSync(f);
      } catch {
        continue;
      }
      for (const p of berkasTs(f)) {
        const nama = relative(AKAR, p).split(sep).join('/');
        if (BOLEH.has(nama)) continue;
        for (const k of kolomPribadiDiSql(readFileSync(p, 'utf8'))) temuan.push(`${nama}: ${k}`);
      }
    }
    expect(temuan).toEqual([]);
  });
});
