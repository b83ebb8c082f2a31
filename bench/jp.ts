import { sql, type Db } from '@simasn/db';
import { daftarJpm } from '@simasn/kompetensi';
import { daftarJp } from '@simasn/pembelajaran';
import { konteksSistem, type Konteks } from '@simasn/platform';

function persentil(ms: number[], p: number) {
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const ringkas = (ms: number[]) => ({ n: ms.length, p50: +persentil(ms, 50).toFixed(2), maks: +Math.max(...ms).toFixed(2) });

/**
 * The 20 JP pages and the JPM lists (issue 13: set-based and fast at 100,000 ASN). The demo's
 * riwayat diklat are careers (mostly past years); this part adds the bench year's learning for
 * every active ASN in one statement per slice: 0 to 6 activities each (classical and not, some of
 * them the same certificate twice, which counts once), so about a third stay below 20 JP; and a
 * verified assessment of every competency of the jabatan standard for every third active ASN
 * (levels around the standard), so the JPM bands are all filled. Then, each after a warm-up:
 *   - the JP list's first page for the whole instansi (admin BKD), with its summary (the instansi
 *     summary: count, meeting the target, mean, spread) and the same filtered to "below 20 JP";
 *   - the below-20 count of one perangkat daerah (the largest) as its admin OPD reads it, and as
 *     BKD filters the list by that unit;
 *   - the JPM list's first page for the instansi and for that unit (bands, mean, page).
 */
export async function ukurJp(db: Db, sekarang = new Date('2026-11-01T03:00:00Z')) {
  const i = 1;
  const t0 = performance.now();
  const batas = await db.one<{ min: number, max: number }>(
    sql`select coalesce(min(id), 0)::bigint as min, coalesce(max(id), 0)::bigint as max from pegawai where instansi_id = ${i}`,
  );
  let diklat = 0;
  for (let dari = Number(batas.min); dari <= Number(batas.max); dari += 20_000) {
    diklat += await db.run(sql`
    insert into riwayat_diklat (instansi_id, pegawai_id, jenis, nama, penyelenggara, tanggal_mulai, tanggal_selesai, jumlah_jp, nomor_sertifikat, jenis_diklat_siasn, sumber)
    select p.instansi_id, p.id, (array['teknis', 'fungsional', 'seminar', 'teknis'])[1 + (p.id + k) % 4], 'Pengembangan kompetensi ' || k, 'BKPSDM',
           d, d + 1, (array[2, 4, 6, 8, 10, 12, 16, 24])[1 + (p.id * 7 + k * 3) % 8],
           case when k = 2 and p.id % 5 = 0 then 'BENCH/' || p.id || '/1' when (p.id + k) % 3 = 0 then null else 'BENCH/' || p.id || '/' || k end,
           1 + (p.id * 13 + k * 5) % 25, 'manual'
      from pegawai p
     cross join generate_series(1, 6) k
     cross join lateral (select '2026-01-05'::date + ((p.id * 17 + k * 41) % 290)::int as d) x
     where p.instansi_id = ${i} and p.id >= ${dari} and p.id < ${dari + 20_000} and p.kedudukan = 'aktif' and k <= (p.id * 5 + 3) % 7
    on conflict do nothing`);
  }
  const t1 = performance.now();
  const asesmen = await db.run(sql`
    insert into asesmen_kompetensi (instansi_id, pegawai_id, sumber, tanggal, lembaga, status, dicatat_pada, diverifikasi_pada)
    select p.instansi_id, p.id, 'assessment_center', '2026-03-02'::date + (p.id % 200)::int, 'UPT Penilaian Kompetensi', 'terverifikasi', ${sekarang}, ${sekarang}
      from pegawai p
     where p.instansi_id = ${i} and p.kedudukan = 'aktif' and p.id % 3 = 0 and p.jabatan_id is not null
       and exists (select 1 from standar_kompetensi s where s.instansi_id = p.instansi_id and s.jabatan_id = p.jabatan_id)
       and not exists (select 1 from asesmen_kompetensi a where a.instansi_id = p.instansi_id and a.pegawai_id = p.id and a.lembaga = 'UPT Penilaian Kompetensi')`);
  const level = await db.run(sql`
    insert into level_asesmen (instansi_id, asesmen_id, kode, level)
    select a.instansi_id, a.id, s.kode, least(5, greatest(1, s.level + ((a.id * 7 + length(s.kode)) % 4) - 2))
      from asesmen_kompetensi a join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
      join standar_kompetensi s on s.instansi_id = p.instansi_id and s.jabatan_id = p.jabatan_id
     where a.instansi_id = ${i} and a.lembaga = 'UPT Penilaian Kompetensi' and a.tanggal >= '2026-03-02'
    on conflict do nothing`);
  const t2 = performance.now();
  if (db.mesin === 'postgres') await db.exec('analyze riwayat_diklat; analyze asesmen_kompetensi; analyze level_asesmen');
  else for (const t of ['riwayat_diklat', 'asesmen_kompetensi', 'level_asesmen']) await db.exec(`vacuum analyze ${t}`);

  const bkd: Konteks = { ...konteksSistem(db, i, 'bench'), sekarang: () => sekarang };
  // The largest perangkat daerah and its admin OPD (any account bound to it; a made-up one when none).
  const opd = await db.one<{ id: number, jalur: string, n: number }>(sql`
    select u.id::int as id, u.jalur, count(*)::int as n from pegawai p join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.perangkat_daerah_id
     where p.instansi_id = ${i} and p.kedudukan = 'aktif' group by u.id, u.jalur order by count(*) desc, u.id limit 1`);
  const ctxOpd: Konteks = { ...bkd,
    pemanggil: { akunId: 0, namaPengguna: 'bench.opd', namaTampilan: 'Admin OPD', instansiId: i, pegawaiId: null, jalurUnitSendiri: null,
      peran: [{ peran: 'admin_opd', unitId: opd.id, jalurUnit: opd.jalur }] } };
  const kali = async <T>(n: number, f: () => Promise<T>): Promise<{ ms: ReturnType<typeof ringkas>, hasil: T }> => {
    const hasil = await f();
    const ms: number[] = [];
    for (let k = 0; k < n; k++) {
      const t = performance.now();
      await f();
      ms.push(performance.now() - t);
    }
    return { ms: ringkas(ms), hasil };
  };
  const halamanJp = await kali(3, () => daftarJp(bkd, { page: 1 }));
  const kurangJp = await kali(3, () => daftarJp(bkd, { page: 1, saring: 'kurang', urut: 'jp' }));
  const cariJp = await kali(3, () => daftarJp(bkd, { page: 2, q: 'siti', urut: 'unit' }));
  const kurangOpd = await kali(3, () => daftarJp(ctxOpd, { page: 1, saring: 'kurang', limit: 1 }));
  const kurangUnitBkd = await kali(3, () => daftarJp(bkd, { page: 1, unitId: opd.id, saring: 'kurang', limit: 1 }));
  const jpmInstansi = await kali(3, () => daftarJpm(bkd, { page: 1 }));
  const jpmUnit = await kali(3, () => daftarJpm(bkd, { page: 1, unitId: opd.id }));
  const jpmUrut = await kali(3, () => daftarJpm(ctxOpd, { page: 3, urut: 'jpm' }));
  return { diklatDitulis: diklat, asesmenDitulis: asesmen, levelDitulis: level, detikTulis: +((t2 - t0) / 1000).toFixed(2), detikTulisDiklat: +((t1 - t0) / 1000).toFixed(2),
    pegawaiOpdTerbesar: opd.n, ringkasanInstansi: halamanJp.hasil.ringkasan, kurangDi20OpdTerbesar: kurangOpd.hasil.total, jpHalamanInstansiMs: halamanJp.ms,
    jpKurangInstansiMs: kurangJp.ms, jpCariMs: cariJp.ms, jpKurangAdminOpdMs: kurangOpd.ms, jpKurangUnitOlehBkdMs: kurangUnitBkd.ms,
    jpmSebaranInstansi: jpmInstansi.hasil.sebaran.map((s) => `${s.kategori} ${s.jumlah}`).join(', '), jpmHalamanInstansiMs: jpmInstansi.ms, jpmUnitMs: jpmUnit.ms,
    jpmAdminOpdUrutJpmMs: jpmUrut.ms };
}
