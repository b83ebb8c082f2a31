import { sql } from '@simasn/db';
import { ATURAN_PRESENSI, hariIniIso } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import { punyaIzin, syaratUnitKalender } from '../lingkup.ts';
import { aturanTampil } from './aturan-tampil.ts';
import { bacaDataKalender, idJalur, versiBerlaku } from './kalender-pegawai.ts';
import type { VersiKalenderRespons } from './kalender.types.ts';

interface BarisVersi {
  id: number;
  unit_id: number | null;
  unit_nama: string | null;
  berlaku_mulai: string;
  aturan_id: string;
  pola: string;
  keterangan: string | null;
  dibuat_pada: Date;
}

/**
 * The calendars the caller may see: the rule sets there are (as data), the instansi's default
 * versions, and every unit within reach with the calendar it follows today (its own or inherited)
 * and its own versions, old ones included.
 */
export async function daftarKalender(ctx: Konteks) {
  const syarat = syaratUnitKalender(ctx, 'kalender:baca', 'u');
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const unit = await ctx.db.many<{ id: number, kode: string, nama: string, jenis: string, induk_id: number | null, jalur: string }>(sql`
    select id, kode, nama, jenis, induk_id, jalur from unit_organisasi u where instansi_id = ${ctx.instansiId} and aktif and ${syarat} order by jalur`);
  const versi = await ctx.db.many<BarisVersi>(sql`
    select k.id, k.unit_id, u.nama as unit_nama, k.berlaku_mulai, k.aturan_id, k.pola, k.keterangan, k.dibuat_pada
      from kalender_unit k left join unit_organisasi u on u.instansi_id = k.instansi_id and u.id = k.unit_id
     where k.instansi_id = ${ctx.instansiId} and (k.unit_id is null or ${syarat})
     order by k.berlaku_mulai desc, k.id desc`);
  const data = await bacaDataKalender(ctx.db, ctx.instansiId, hariIni, hariIni);
  const keVersi = (v: BarisVersi): VersiKalenderRespons => ({ id: v.id, unitId: v.unit_id, unitNama: v.unit_nama, berlakuMulai: v.berlaku_mulai, aturanId: v.aturan_id,
    pola: v.pola, keterangan: v.keterangan, dibuatPada: new Date(v.dibuat_pada).toISOString(), sudahBerlaku: v.berlaku_mulai <= hariIni });
  const berlaku = (jalur: number[]) => {
    const v = versiBerlaku(data, jalur, hariIni);
    return { aturanId: v.aturanId, pola: v.pola, berlakuMulai: v.id === null ? null : v.berlakuMulai, dariUnitId: v.unitId, kalenderId: v.id };
  };
  const perUnit = new Map<number, VersiKalenderRespons[]>();
  for (const v of versi) {
    if (v.unit_id === null) continue;
    let d = perUnit.get(v.unit_id);
    if (!d) {
      d = [];
      perUnit.set(v.unit_id, d);
    }
    d.push(keVersi(v));
  }
  return { aturan: Object.values(ATURAN_PRESENSI).map(aturanTampil), hariIni, bolehKelola: punyaIzin(ctx, 'kalender:kelola'),
    instansi: { berlaku: berlaku([]), versi: versi.filter((v) => v.unit_id === null).map(keVersi) },
    unit: unit.map((u) => ({ id: u.id, kode: u.kode, nama: u.nama, jenis: u.jenis, indukId: u.induk_id, jalur: u.jalur, berlaku: berlaku(idJalur(u.jalur)),
      versi: perUnit.get(u.id) ?? [] })
    ) };
}
