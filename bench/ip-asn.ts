import { sql, type Db } from '@simasn/db';
import { hitungIpAsn, sqlFitur } from '@simasn/indeks';
import { konteksSistem } from '@simasn/platform';

/**
 * IP ASN of the whole instansi from the database (issue 3: goal under 1 s at 100,000 ASN), side by
 * side with a bare SQL aggregate over the same rows: the same features, the points written as
 * CASE expressions and averaged by the database (what a hand-written report query would do).
 * Both must give the same total; the difference is the price of keeping the rules in one place.
 */
export async function ukurIpAsn(db: Db, tanggal = '2026-11-01', ulang = 5) {
  const ctx = konteksSistem(db, 1, 'bench');
  const aksi: number[] = [];
  let total = 0;
  await hitungIpAsn(ctx, { tanggal });
  for (let i = 0; i < ulang; i++) {
    const t = performance.now();
    const h = await hitungIpAsn(ctx, { tanggal });
    aksi.push(performance.now() - t);
    total = h.rataRata.total;
  }
  const polos: number[] = [];
  let totalSql = 0;
  for (let i = 0; i <= ulang; i++) {
    const t = performance.now();
    const r = await db.one<{ total: number }>(sql`
      ${sqlFitur(1, tanggal, sql`true`)}
      select round(avg(
          case pendidikan when 'S3' then 25 when 'S2' then 20 when 'S1' then 15 when 'D4' then 15 when 'D3' then 10
                          when 'D2' then 5 when 'D1' then 5 when 'SMA' then 5 when 'SMP' then 1 when 'SD' then 1 else 0 end
        + case coalesce(jenis_jabatan, 'pelaksana')
            when 'struktural' then (case when kepemimpinan <= case tingkat_struktural when 'jpt_utama' then 1 when 'jpt_madya' then 1
                                         when 'jpt_pratama' then 2 when 'administrator' then 3 else 4 end then 15 else 0 end)
                                   + (case when teknis then 15 else 0 end) + (case when seminar then 10 else 0 end)
            when 'fungsional' then (case when fungsional then 15 else 0 end) + (case when teknis then 15 else 0 end) + (case when seminar then 10 else 0 end)
            else (case when teknis then 22.5 else 0 end) + (case when seminar then 17.5 else 0 end) end
        + case predikat when 'sangat_baik' then 30 when 'baik' then 25 when 'cukup' then 15 when 'butuh_perbaikan' then 15
                        when 'kurang' then 5 when 'sedang' then 5 when 'buruk' then 1 when 'sangat_kurang' then 1 else 0 end
        + case hukdis when 'ringan' then 3 when 'sedang' then 2 when 'berat' then 1 else 5 end), 2)::float8 as total
      from fitur`);
    if (i > 0) polos.push(performance.now() - t);
    totalSql = r.total;
  }
  const median = (xs: number[]) => +[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1);
  return { total, totalSql, sama: total === totalSql, aksiMs: { median: median(aksi), min: +Math.min(...aksi).toFixed(1) },
    sqlPolosMs: { median: median(polos), min: +Math.min(...polos).toFixed(1) } };
}
