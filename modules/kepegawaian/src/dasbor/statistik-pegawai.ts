import { sql } from '@simasn/db';
import { GOLONGAN_PNS, GOLONGAN_PPPK, KODE_PENDIDIKAN } from '@simasn/domain';
import { CacheVersi, kunciLingkup, lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Konteks, type Lingkup, type z } from '@simasn/platform';
import { skemaStatistik, type BarisRekap, type Statistik } from './statistik-pegawai.types.ts';

export { skemaStatistik, type BarisRekap, type Statistik };

/**
 * The workforce in numbers, as the seeds' "Data Umum Organisasi" tables print it: by jabatan
 * and status, pendidikan, golongan (each split Laki-laki / Perempuan), plus by unit. Within the
 * caller's reach; `unitId` narrows to a unit's subtree. One pass over the rows.
 */
export async function statistikPegawai(ctx: Konteks, masukan: z.input<typeof skemaStatistik> = {}): Promise<Statistik> {
  const f = uraikan(skemaStatistik, masukan);
  const l = lingkup(ctx, 'dasbor:baca');
  // Once per reach and unit at a version of the personnel data (pegawai, jabatan, units): every
  // dashboard visit of the same reach reads the counts again until an employee or a unit changes.
  return (await cacheStatistik.ambil(ctx, { l: kunciLingkup(l), unit: f.unitId ?? null }, () => hitungStatistik(ctx, l, f.unitId))).nilai;
}

const cacheStatistik = new CacheVersi<Statistik>({ ranah: ['pegawai'], maks: 32 });

async function hitungStatistik(ctx: Konteks, l: Lingkup, unitId: number | undefined): Promise<Statistik> {
  const rows = await ctx.db.many<{ dimensi: string, kunci: string | null, l: number, p: number }>(sql`
    with d as (
      select p.jenis_kelamin, p.golongan_akhir, p.pendidikan_terakhir, p.status_kepegawaian, p.perangkat_daerah_id,
             case when p.jenis_jabatan = 'struktural' then coalesce('Eselon ' || jb.eselon, 'Struktural')
                  when p.status_kepegawaian = 'PPPK' then 'PPPK'
                  when p.jenis_jabatan = 'fungsional' then 'Fungsional'
                  when p.jenis_jabatan = 'pelaksana' then 'Pelaksana'
                  else 'Belum ada jabatan' end as kelompok_jabatan
        from pegawai p left join jabatan jb on jb.instansi_id = p.instansi_id and jb.id = p.jabatan_id
       where p.instansi_id = ${ctx.instansiId} and p.kedudukan = 'aktif' and ${syaratLingkup(l)}
         and ${await syaratSubtreeUnit(ctx, unitId)}
    )
    select 'golongan' as dimensi, golongan_akhir as kunci, count(*) filter (where jenis_kelamin = 'L')::int as l,
           count(*) filter (where jenis_kelamin = 'P')::int as p from d group by golongan_akhir
    union all
    select 'pendidikan', pendidikan_terakhir, count(*) filter (where jenis_kelamin = 'L')::int,
           count(*) filter (where jenis_kelamin = 'P')::int from d group by pendidikan_terakhir
    union all
    select 'jabatan', kelompok_jabatan, count(*) filter (where jenis_kelamin = 'L')::int,
           count(*) filter (where jenis_kelamin = 'P')::int from d group by kelompok_jabatan
    union all
    select 'status', status_kepegawaian, count(*) filter (where jenis_kelamin = 'L')::int,
           count(*) filter (where jenis_kelamin = 'P')::int from d group by status_kepegawaian
    union all
    select 'unit', perangkat_daerah_id::text, count(*) filter (where jenis_kelamin = 'L')::int,
           count(*) filter (where jenis_kelamin = 'P')::int from d group by perangkat_daerah_id`);

  const ambil = (dimensi: string, urutan?: readonly string[]): BarisRekap[] => {
    const ada = rows.filter((r) => r.dimensi === dimensi).map((r) => ({ kunci: r.kunci ?? 'Tidak tercatat', l: r.l, p: r.p, jumlah: r.l + r.p }));
    if (!urutan) return ada.sort((a, b) => b.jumlah - a.jumlah);
    const peta = new Map(ada.map((r) => [r.kunci, r]));
    const hasil = urutan.map((k) => peta.get(k) ?? { kunci: k, l: 0, p: 0, jumlah: 0 });
    return [...hasil, ...ada.filter((r) => !urutan.includes(r.kunci))];
  };
  const unitRows = ambil('unit');
  const namaUnit = new Map((await ctx.db.many<{ id: number, nama: string }>(sql`
    select id, nama from unit_organisasi where instansi_id = ${ctx.instansiId} and induk_id is null`)).map((u) => [String(u.id), u.nama]));
  const pendidikan = ambil('pendidikan', KODE_PENDIDIKAN);
  const total = pendidikan.reduce((s, r) => ({ l: s.l + r.l, p: s.p + r.p }), { l: 0, p: 0 });
  return { total: { l: total.l, p: total.p, jumlah: total.l + total.p }, jabatan: ambil('jabatan'), status: ambil('status', ['PNS', 'CPNS', 'PPPK']), pendidikan,
    golongan: ambil('golongan', [...GOLONGAN_PNS.map((g) => g.kode as string).reverse(), ...GOLONGAN_PPPK]).filter((r, i) => r.jumlah > 0 || i < GOLONGAN_PNS.length),
    unit: unitRows.map((r) => ({ ...r, kunci: namaUnit.get(r.kunci) ?? r.kunci })) };
}
