import { join, raw, sql, type Db } from '@simasn/db';

/** A column to bulk-insert: its name and SQL type (both constants from code, never user input). */
export type Kolom = readonly [nama: string, tipe: string];
/** A column with the same value on every row (instansi_id, sumber). */
export type KolomTetap = readonly [nama: string, tipe: string, nilai: string | number];

/** Rows per statement: large enough to amortise the round trip, small enough for one parameter. */
export const UKURAN_POTONGAN = 4000;

const NAMA_SAH = /^[a-z_]+$/;
const TIPE_SAH = /^[a-z0-9_ ()]+(\[\])?$/;

/**
 * Inserts many rows with one statement per chunk: the rows travel as one JSON parameter and
 * `json_to_recordset` turns them back into typed columns. Row values are JSON scalars or null,
 * in the order of `kolom`; dates are `YYYY-MM-DD` strings.
 */
export async function sisipMassal(db: Db, tabel: string, tetap: readonly KolomTetap[], kolom: readonly Kolom[], baris: readonly unknown[][]): Promise<number> {
  for (const [n, t] of [...tetap, ...kolom]) {
    if (!NAMA_SAH.test(n) || !TIPE_SAH.test(t)) throw new Error(`kolom tidak sah untuk sisipan massal: ${n} ${t}`);
  }
  if (!NAMA_SAH.test(tabel)) throw new Error(`nama tabel tidak sah: ${tabel}`);
  const daftarNama = raw([...tetap, ...kolom].map(([n]) => n).join(', '));
  const nilaiTetap = tetap.map(([, t, v]) => sql`${v}::${raw(t)}`);
  const pilih = join([...nilaiTetap, ...kolom.map((_, i) => raw(`c${i}`))]);
  const definisi = raw(kolom.map(([, t], i) => `c${i} ${t}`).join(', '));
  let jumlah = 0;
  for (let awal = 0; awal < baris.length; awal += UKURAN_POTONGAN) {
    const potongan = baris.slice(awal, awal + UKURAN_POTONGAN);
    const json = JSON.stringify(potongan.map((b) => {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < kolom.length; i++) o[`c${i}`] = b[i] ?? null;
      return o;
    }));
    jumlah += await db.run(sql`
      insert into ${raw(tabel)} (${daftarNama})
      select ${pilih} from json_to_recordset(${json}::json) as x(${definisi})`);
  }
  return jumlah;
}

/**
 * Rows as the owning module stores them: the personal-data columns of `tabel` encrypted, their
 * blind indexes added (kepegawaian's `sandikanBaris`), so the demo never writes a NIK in clear.
 */
export function sandikanMassal(tabel: string, kolom: readonly Kolom[], baris: readonly unknown[][],
  sandikan: (tabel: string, b: Record<string, unknown>) => Record<string, unknown>): [Kolom[], unknown[][]]
{
  if (!baris.length) return [[...kolom], []];
  const nama = kolom.map(([k]) => k);
  const contoh = sandikan(tabel, Object.fromEntries(nama.map((k, i) => [k, baris[0]![i]])));
  const tambahan = Object.keys(contoh).filter((k) => !nama.includes(k));
  const semua: Kolom[] = [...kolom, ...tambahan.map((k) => [k, 'text'] as const)];
  return [
    semua,
    baris.map((b) => {
      const o = sandikan(tabel, Object.fromEntries(nama.map((k, i) => [k, b[i]])));
      return semua.map(([k]) => o[k] ?? null);
    }),
  ];
}

/**
 * `sisipMassal` for tables whose id the database generates: rows inserted in the order given,
 * their ids returned in that order (the identity is drawn as the ordered rows are inserted).
 */
export async function sisipMassalId(db: Db, tabel: string, tetap: readonly KolomTetap[], kolom: readonly Kolom[], baris: readonly unknown[][]): Promise<number[]> {
  for (const [n, t] of [...tetap, ...kolom]) {
    if (!NAMA_SAH.test(n) || !TIPE_SAH.test(t)) throw new Error(`kolom tidak sah untuk sisipan massal: ${n} ${t}`);
  }
  if (!NAMA_SAH.test(tabel)) throw new Error(`nama tabel tidak sah: ${tabel}`);
  const daftarNama = raw([...tetap, ...kolom].map(([n]) => n).join(', '));
  const pilih = join([...tetap.map(([, t, v]) => sql`${v}::${raw(t)}`), ...kolom.map((_, i) => raw(`c${i}`))]);
  const definisi = raw([...kolom.map(([, t], i) => `c${i} ${t}`), 'urut int'].join(', '));
  const id: number[] = [];
  for (let awal = 0; awal < baris.length; awal += UKURAN_POTONGAN) {
    const potongan = baris.slice(awal, awal + UKURAN_POTONGAN);
    const json = JSON.stringify(potongan.map((b, n) => {
      const o: Record<string, unknown> = { urut: n };
      for (let i = 0; i < kolom.length; i++) o[`c${i}`] = b[i] ?? null;
      return o;
    }));
    const r = await db.many<{ id: number }>(sql`
      insert into ${raw(tabel)} (${daftarNama})
      select ${pilih} from json_to_recordset(${json}::json) as x(${definisi}) order by urut returning id::int as id`);
    id.push(...r.map((x) => Number(x.id)).sort((a, b) => a - b));
  }
  return id;
}
