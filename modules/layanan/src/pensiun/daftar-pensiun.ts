import { sql } from '@simasn/db';
import { dalamDaftarPensiun, hariIniIso, hitungPensiun, rentangLahirDaftarPensiun, tambahBulan, type JenisJabatan, type JenjangFungsional,
  type TingkatStruktural } from '@simasn/domain';
import { CacheVersi, halamanBaris, kunciLingkup, lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Konteks, type Lingkup } from '@simasn/platform';
import { BULAN_SIAGA_PENSIUN, skemaDaftarPensiun } from './pensiun.types.ts';
import { JENIS_PENSIUN_LAYANAN } from './dokumen-pensiun.ts';

export { skemaDaftarPensiun } from './pensiun.types.ts';

interface BarisCalon {
  id: number;
  nip: string;
  nama: string;
  tanggal_lahir: string;
  golongan_akhir: string | null;
  jabatan: string | null;
  jenis: JenisJabatan | null;
  tingkat_struktural: TingkatStruktural | null;
  jenjang: JenjangFungsional | null;
  bup_khusus: number | null;
  unit: string | null;
  perangkat_daerah: string | null;
  usulan_id: number | null;
  usulan_status: string | null;
  usulan_langkah: string | null;
}

/**
 * The pensiun list: active PNS of the caller's reach whose BUP birthday falls within the next
 * `bulan` months (24 by default) or has already passed, with BUP, tanggal BUP and TMT pensiun
 * (PP 11/2017, domain pensiun.ts) and their pension request if one is open. The birth-date bound
 * for the lowest possible BUP narrows the query; the rule decides each row.
 */
export async function daftarPensiun(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarPensiun, masukan);
  const l = lingkup(ctx, 'layanan:baca');
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  // Computed once per day, window, reach and unit at a version of the personnel data and the requests.
  const { nilai: hasil } = await cachePensiun.ambil(ctx, { l: kunciLingkup(l), unit: f.unitId ?? null, hariIni, bulan: f.bulan },
    () => hitungCalonPensiun(ctx, l, f.unitId, hariIni, f.bulan));
  type Baris = (typeof hasil)[number];
  const disaring = hasil.filter((r) => !f.usulan || (f.usulan === 'mendesak' ? r.mendesak : (f.usulan === 'ada') === !!r.usulan));
  const h = halamanBaris(disaring, f, { teks: (r: Baris) => [r.nama, r.nip, r.unit, r.perangkatDaerah, r.jabatan], bawaan: 'tmt',
    urut: { tmt: (r: Baris) => `${r.tmtPensiun} ${r.nama}`, nama: (r: Baris) => r.nama, golongan: (r: Baris) => r.golongan, unit: (r: Baris) => r.perangkatDaerah ?? r.unit } });
  return { hariIni, bulan: f.bulan, pegawai: h.items, total: h.total, page: h.page, limit: h.limit, jumlahMendesak: hasil.filter((r) => r.mendesak).length };
}

/** One row of the pension list, as computed for the whole reach. */
export type BarisPensiun = Awaited<ReturnType<typeof hitungCalonPensiun>>[number];

const cachePensiun = new CacheVersi<BarisPensiun[]>({ ranah: ['pegawai', 'usulan'], maks: 12 });

async function hitungCalonPensiun(ctx: Konteks, l: Lingkup, unitId: number | undefined, hariIni: string, bulan: number) {
  const f = { unitId, bulan };
  const { lahirSampai } = rentangLahirDaftarPensiun(hariIni, f.bulan);
  const baris = await ctx.db.many<BarisCalon>(sql`
    select p.id, p.nip, p.nama, p.tanggal_lahir, p.golongan_akhir, j.nama as jabatan,
           coalesce(j.jenis, p.jenis_jabatan) as jenis, j.tingkat_struktural, j.jenjang, j.bup_khusus,
           un.nama as unit, pd.nama as perangkat_daerah, us.id as usulan_id, us.status as usulan_status, us.langkah as usulan_langkah
      from pegawai p
      left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
      left join unit_organisasi un on un.instansi_id = p.instansi_id and un.id = p.unit_id
      left join unit_organisasi pd on pd.instansi_id = p.instansi_id and pd.id = p.perangkat_daerah_id
      left join lateral (
        select u.id, u.status, u.langkah from usulan_layanan u
         where u.instansi_id = p.instansi_id and u.pegawai_id = p.id and u.jenis = ${JENIS_PENSIUN_LAYANAN}
           and u.status not in ('ditolak', 'dibatalkan')
         order by u.id desc limit 1) us on true
     where p.instansi_id = ${ctx.instansiId} and p.status_kepegawaian = 'PNS' and p.kedudukan = 'aktif'
       and p.tanggal_lahir <= ${lahirSampai}::date and ${syaratLingkup(l)} and ${await syaratSubtreeUnit(ctx, f.unitId)}`);
  const siaga = tambahBulan(hariIni, BULAN_SIAGA_PENSIUN);
  const hasil = [];
  for (const b of baris) {
    const h = hitungPensiun(b.tanggal_lahir, { jenis: b.jenis ?? 'pelaksana', tingkatStruktural: b.tingkat_struktural, jenjang: b.jenjang, bupKhusus: b.bup_khusus });
    if (!h.ok || !dalamDaftarPensiun(h.nilai, hariIni, f.bulan)) continue;
    hasil.push({ pegawaiId: b.id, nip: b.nip, nama: b.nama, tanggalLahir: b.tanggal_lahir, golongan: b.golongan_akhir, jabatan: b.jabatan, unit: b.unit,
      perangkatDaerah: b.perangkat_daerah, ...h.nilai, lewatBup: h.nilai.tanggalBup < hariIni, mendesak: !b.usulan_id && h.nilai.tanggalBup <= siaga,
      usulan: b.usulan_id ? { id: b.usulan_id, status: b.usulan_status!, langkah: b.usulan_langkah! } : null });
  }
  return hasil;
}
