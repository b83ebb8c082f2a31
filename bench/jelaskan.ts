/**
 * `node bench/jelaskan.ts <postgres url of a bench database kept by --simpan>`: the statements
 * one call of each measured read runs (Kinerja Saya of an ASN, an ASN's own month, the JP and JPM
 * list pages of the instansi), each with EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL: a count of
 * queries, the execution time and the buffers each touches, and which scan full tables. Figures
 * that do not depend on the machine's load (queries, buffers, rows) beside the wall time.
 */
import { bukaPostgres, sql, type Db } from '@simasn/db';
import { kinerjaSaya } from '@simasn/kinerja';
import { daftarJpm } from '@simasn/kompetensi';
import { daftarJp } from '@simasn/pembelajaran';
import { konteksSistem, zonaInstansi, type Konteks } from '@simasn/platform';
import { bulanSaya } from '@simasn/rekap';
import type { Sql } from 'sql-template-tag';

const url = process.argv[2];
if (!url) throw new Error('node bench/jelaskan.ts <postgres url>');
const db = await bukaPostgres(url);
const dicatat: Sql[] = [];
function catat(d: Db): Db {
  const ingat = (q: Sql) => {
    dicatat.push(q);
    return q;
  };
  return { ...d, mesin: d.mesin, many: (q) => d.many(ingat(q)), one: (q) => d.one(ingat(q)), maybeOne: (q) => d.maybeOne(ingat(q)), run: (q) => d.run(ingat(q)),
    transaction: (fn) => d.transaction((tx) => fn(catat(tx))) };
}
const sekarang = new Date('2026-11-01T03:00:00Z');
const zona = await zonaInstansi(db, 1);
const o = await db.one<{ akunId: number, pegawaiId: number, nip: string, jalur: string | null }>(sql`
  select a.id::int as "akunId", p.id::int as "pegawaiId", p.nip, p.jalur_unit as jalur
    from skp s join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id join akun a on a.instansi_id = p.instansi_id and a.pegawai_id = p.id
   where s.instansi_id = 1 and s.tahun = 2026 and s.status = 'disetujui' order by (p.id * 7919) % 10007 limit 1`);
const asn = (d: Db): Konteks => ({ db: d, instansiId: 1, sekarang: () => sekarang, zona,
  pemanggil: { akunId: o.akunId, namaPengguna: o.nip, namaTampilan: o.nip, instansiId: 1, pegawaiId: o.pegawaiId, jalurUnitSendiri: o.jalur,
    peran: [{ peran: 'asn', unitId: null, jalurUnit: null }] } });
const bkd = (d: Db): Konteks => ({ ...konteksSistem(d, 1, 'bench'), sekarang: () => sekarang, zona });
const kasus: [string, (d: Db) => Promise<unknown>][] = [
  ['Kinerja Saya', (d) => kinerjaSaya(asn(d), {})],
  ['bulan saya (ditutup)', (d) => bulanSaya({ ...asn(d), sekarang: () => new Date('2026-12-03T03:00:00Z') }, { bulan: '2026-11' })],
  ['daftar JP halaman 1', (d) => daftarJp(bkd(d), { page: 1 })],
  ['daftar JPM halaman 1', (d) => daftarJpm(bkd(d), { page: 1 })],
];
for (const [nama, f] of kasus) {
  await f(db); // warm
  dicatat.length = 0;
  const t = performance.now();
  await f(catat(db));
  const ms = performance.now() - t;
  let eksekusi = 0;
  let buffer = 0;
  const penuh: string[] = [];
  for (const q of dicatat) {
    if (!/^\s*(select|with)/i.test(q.text)) continue;
    const r = await db.many<{ 'QUERY PLAN': unknown }>({ ...q, text: `explain (analyze, buffers, format json) ${q.text}` } as Sql);
    const plan = (r[0]!['QUERY PLAN'] as [{ 'Execution Time': number, Plan: Record<string, unknown> }])[0];
    eksekusi += plan['Execution Time'];
    const jalan = (n: Record<string, unknown>) => {
      if (n['Node Type'] === 'Seq Scan' && Number(n['Actual Rows']) * Number(n['Actual Loops'] ?? 1) > 1000) penuh.push(`${n['Relation Name']} (${n['Actual Rows']} baris)`);
      for (const c of (n.Plans as Record<string, unknown>[] | undefined) ?? []) jalan(c);
    };
    jalan(plan.Plan);
    buffer += Number(plan.Plan['Shared Hit Blocks'] ?? 0) + Number(plan.Plan['Shared Read Blocks'] ?? 0);
  }
  console.log(
    `${nama}: ${dicatat.length} kueri, ${ms.toFixed(1)} ms dinding, eksekusi di PostgreSQL ${eksekusi.toFixed(1)} ms, ${buffer} buffer${
      penuh.length ? `; pindai penuh: ${penuh.join(', ')}` : ''
    }`,
  );
}
await db.close();
