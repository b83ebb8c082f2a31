import { join, sql, type Sql } from '@simasn/db';
import { formatAngka, namaLengkap } from '@simasn/domain';
import { bacaPkBerlaku } from '@simasn/sakip';
import { lingkupUntuk, punyaIzin, syaratLingkup, terlarang, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { sqlAtasanLangsung } from '../akses.ts';
import { LABEL_STATUS_SKP, type StatusSkp } from '../aturan-kinerja.ts';
import { skemaPohon } from './pantau.types.ts';
import { tahunAtau } from './tahun.ts';

/** Employees of the tree the caller may see (alias p): their unit/instansi reach, or for an atasan themself and their direct reports. */
function syaratPegawaiPohon(ctx: Konteks): Sql {
  const p = wajibMasuk(ctx);
  if (p.sistem) return sql`true`;
  const bagian: Sql[] = [];
  const lain = p.peran.filter((r) => r.peran !== 'atasan');
  if (lain.length && punyaIzin({ ...p, peran: lain }, 'kinerja:baca')) bagian.push(syaratLingkup(lingkupUntuk({ ...p, peran: lain }, 'kinerja:baca'), 'p'));
  if (p.pegawaiId !== null && p.peran.some((r) => r.peran === 'atasan')) bagian.push(sql`(p.id = ${p.pegawaiId} or ${sqlAtasanLangsung('p')} = ${p.pegawaiId})`);
  return bagian.length ? sql`(${join(bagian, ' or ')})` : sql`false`;
}

/**
 * The cascade tree of a perangkat daerah for a year: the head's Perjanjian Kinerja indicators
 * (agreed with the kepala daerah) at the top, then every RHK under the RHK or PK indicator it
 * intervenes, down to every staff member the caller may see. Marks RHK nobody carries (a holder
 * with subordinates whose RHK no subordinate intervenes; a PK indicator no RHK takes) and lists
 * the staff without an SKP. Default unit: the caller's own perangkat daerah.
 */
export async function pohonKinerja(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaPohon, masukan);
  const p = wajibMasuk(ctx);
  if (!punyaIzin(p, 'kinerja:baca')) throw terlarang();
  const tahun = tahunAtau(ctx, f.tahun);
  const unitId = f.unitId ?? (p.pegawaiId !== null ?
    (await ctx.db.maybeOne<{ id: number }>(sql`select u.perangkat_daerah_id as id from pegawai x join unit_organisasi u on u.instansi_id = x.instansi_id and u.id = x.unit_id
      where x.instansi_id = ${ctx.instansiId} and x.id = ${p.pegawaiId}`))?.id :
    p.peran.find((r) =>
      r.unitId !== null
    )?.unitId) ??
    null;
  if (unitId === null) return { tahun, unit: null, simpul: [], tanpaSkp: [], jumlah: { pegawai: 0, punyaSkp: 0, rhkTanpaPemikul: 0 } };
  const unit = await ctx.db.maybeOne<{ id: number, nama: string, pd: number }>(sql`
    select id, nama, perangkat_daerah_id as pd from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${unitId}`);
  if (!unit) throw tidakValid('Unit tidak ditemukan.', [{ kolom: 'unitId', pesan: `unit #${unitId} tidak ada` }]);
  const pegawai = await ctx.db.many<
    { id: number, nip: string, nama: string, gelarDepan: string | null, gelarBelakang: string | null, jabatan: string | null, atasan: number | null }
  >(sql`
    select p.id, p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", j.nama as jabatan, ${sqlAtasanLangsung('p')} as atasan
      from pegawai p join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
      left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
     where p.instansi_id = ${ctx.instansiId} and p.kedudukan = 'aktif' and u.perangkat_daerah_id = ${unit.pd} and ${syaratPegawaiPohon(ctx)}
     order by length(u.jalur), p.nama`);
  const ids = pegawai.map((x) => x.id);
  const rhk = ids.length ?
    await ctx.db.many<{ pegawaiId: number, akarId: number, uraian: string, atasanAkar: number | null, pkId: number | null, indikatorId: number | null, status: StatusSkp }>(sql`
      select s.pegawai_id as "pegawaiId", r.akar_id as "akarId", r.uraian, r.rhk_atasan_akar_id as "atasanAkar", r.pk_id as "pkId", r.indikator_id as "indikatorId", s.status
        from (select distinct on (pegawai_id) * from skp where instansi_id = ${ctx.instansiId} and tahun = ${tahun} and pegawai_id = any(${ids}::bigint[])
                 and status <> 'diganti' order by pegawai_id, (status = 'disetujui') desc, nomor_versi desc) s
        join skp_rhk r on r.instansi_id = s.instansi_id and r.skp_id = s.id
       order by r.urutan, r.id`) :
    [];
  const orang = new Map(pegawai.map((x) => [x.id, { nama: namaLengkap(x), jabatan: x.jabatan ?? '' }]));
  const pk = (await bacaPkBerlaku(ctx, { tahun, perangkatDaerahId: unit.pd })).filter((x) => x.pihakKeduaPegawaiId === null && orang.has(x.pegawaiId));
  const punyaBawahan = new Set(pegawai.map((x) => x.atasan).filter((x): x is number => x !== null));
  const diintervensi = new Set(rhk.map((r) => r.atasanAkar).filter((x): x is number => x !== null));
  const diambil = new Set(rhk.filter((r) => r.indikatorId !== null).map((r) => `${r.pkId}-${r.indikatorId}`));
  const adaRhk = new Set(rhk.map((r) => r.akarId));
  const simpul = [
    ...pk.flatMap((x) =>
      x.indikator.map((i) => ({ id: `pk-${x.pkId}-${i.indikatorId}`, indukId: null, jenis: 'pk' as const, uraian: i.uraian,
        target: `${formatAngka(i.target, Number.isInteger(i.target) ? 0 : 2)} ${i.satuan}`.trim(), pemegang: orang.get(x.pegawaiId)!.nama, jabatan: x.jabatan, statusSkp: null,
        tanpaPemikul: !diambil.has(`${x.pkId}-${i.indikatorId}`) })
      )
    ),
    ...rhk.map((r) => ({ id: `rhk-${r.akarId}`,
      indukId: r.atasanAkar !== null && adaRhk.has(r.atasanAkar) ? `rhk-${r.atasanAkar}` : r.pkId !== null ? `pk-${r.pkId}-${r.indikatorId}` : null, jenis: 'rhk' as const,
      uraian: r.uraian, target: null, pemegang: orang.get(r.pegawaiId)!.nama, jabatan: orang.get(r.pegawaiId)!.jabatan, statusSkp: LABEL_STATUS_SKP[r.status],
      tanpaPemikul: punyaBawahan.has(r.pegawaiId) && !diintervensi.has(r.akarId) })
    ),
  ];
  const punyaSkp = new Set(rhk.map((r) => r.pegawaiId));
  const adaSkp = ids.length ?
    new Set((await ctx.db.many<{ id: number }>(sql`select distinct pegawai_id as id from skp where instansi_id = ${ctx.instansiId} and tahun = ${tahun}
      and pegawai_id = any(${ids}::bigint[])`)).map((x) => x.id)) :
    punyaSkp;
  const tanpaSkp = pegawai.filter((x) => !adaSkp.has(x.id)).map((x) => ({ pegawaiId: x.id, nip: x.nip, nama: orang.get(x.id)!.nama, jabatan: orang.get(x.id)!.jabatan,
    atasan: x.atasan !== null ? orang.get(x.atasan)?.nama ?? null : null })
  );
  return { tahun, unit: { id: unit.id, nama: unit.nama }, simpul, tanpaSkp,
    jumlah: { pegawai: pegawai.length, punyaSkp: adaSkp.size, rhkTanpaPemikul: simpul.filter((s) => s.tanpaPemikul).length } };
}
