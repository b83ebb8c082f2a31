import { join, raw, sql } from '@simasn/db';
import { bersihkanNip, formatTanggal, hariIniIso } from '@simasn/domain';
import { catatAudit, konflik, lingkup, punyaIzin, terlarang, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks, type Pemanggil } from '@simasn/platform';
import { LABEL_JENIS_PENGGANTI, skemaTambahPengganti, type JenisPengganti } from './pengganti.types.ts';

export { skemaTambahPengganti } from './pengganti.types.ts';

/** One acting arrangement in force for the caller today. */
export interface PenggantiBerlaku {
  id: number;
  jenis: JenisPengganti;
  unitId: number;
  unit: string;
  jalur: string;
  atasan: string | null;
}

/** The arrangements in which the caller acts for an away atasan today (the instansi's day). */
export async function penggantiBerlaku(ctx: Konteks): Promise<PenggantiBerlaku[]> {
  const p = ctx.pemanggil;
  if (!p || p.sistem || !p.pegawaiId) return [];
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  return ctx.db.many<PenggantiBerlaku>(sql`
    select g.id, g.jenis, g.unit_id as "unitId", o.nama as unit, o.jalur, a.nama as atasan
      from pengganti_atasan g join unit_organisasi o on o.instansi_id = g.instansi_id and o.id = g.unit_id
      left join pegawai a on a.instansi_id = g.instansi_id and a.id = g.atasan_id
     where g.instansi_id = ${ctx.instansiId} and g.pengganti_id = ${p.pegawaiId} and g.dicabut_pada is null
       and g.dari <= ${hariIni}::date and g.sampai >= ${hariIni}::date
     order by g.id`);
}

/** "Plt. atasan Bidang Mutasi (atas nama Ani)" */
export function labelPengganti(g: { jenis: JenisPengganti, unit: string, atasan: string | null }): string {
  return `${g.jenis === 'plt' ? 'Plt.' : 'delegasi'} atasan ${g.unit}${g.atasan ? ` (atas nama ${g.atasan})` : ''}`;
}

/**
 * The caller's context for deciding leave requests and activities: with one `atasan` role per
 * arrangement in force today, reaching the away atasan's unit (platform `lingkupUntuk`), so the
 * engine's role and reach checks, the queues and "never your own" apply unchanged. The timeline
 * names the acting employee and whom they act for. Not cached in the session: an arrangement
 * starts and ends by date and is revoked at once.
 */
export async function denganPengganti(ctx: Konteks): Promise<{ ctx: Konteks, pengganti: PenggantiBerlaku[] }> {
  const g = await penggantiBerlaku(ctx);
  if (!g.length) return { ctx, pengganti: g };
  const p = ctx.pemanggil!;
  const peran: Pemanggil['peran'] = [
    ...p.peran,
    ...g.map((x) => ({ peran: 'atasan' as const, unitId: x.unitId, jalurUnit: x.jalur, pengganti: { jalur: x.jalur, atasNama: x.atasan ?? x.unit, jenis: x.jenis } })),
  ];
  const pemanggil: Pemanggil = { ...p, peran, namaTampilan: `${p.namaTampilan} (${g.map(labelPengganti).join('; ')})` };
  return { ctx: { ...ctx, pemanggil }, pengganti: g };
}

/**
 * When an acting employee decided for a request of `pegawaiId`, one more audit entry names both
 * the acting employee (the entry's caller) and the atasan they acted for.
 */
export async function auditPengganti(ctx: Konteks, g: readonly PenggantiBerlaku[], e: { entitas: string, entitasId: number, pegawaiId: number, keputusan: string }) {
  if (!g.length) return;
  const jalur = await ctx.db.maybeOne<{ jalur: string }>(sql`select jalur_unit as jalur from pegawai where instansi_id = ${ctx.instansiId} and id = ${e.pegawaiId}`);
  const untuk = penggantiUntuk(ctx, g, jalur?.jalur ?? null);
  if (!untuk) return;
  await catatAudit(ctx, { aksi: 'pengganti.putuskan', entitas: e.entitas, entitasId: e.entitasId, pegawaiId: e.pegawaiId,
    sesudah: { keputusan: e.keputusan, oleh: ctx.pemanggil?.namaTampilan, sebagai: untuk.jenis, atasNama: untuk.atasan, unit: untuk.unit, pengganti: untuk.id },
    keterangan: `${e.keputusan} oleh ${ctx.pemanggil?.namaPengguna ?? 'sistem'} sebagai ${labelPengganti(untuk)}` });
}

/** The arrangement under which the caller decides for an employee at `jalur` (null: by their own authority). */
export function penggantiUntuk(ctx: Konteks, g: readonly PenggantiBerlaku[], jalur: string | null): PenggantiBerlaku | undefined {
  const sendiri = ctx.pemanggil?.jalurUnitSendiri;
  if (!jalur || (sendiri && ctx.pemanggil?.peran.some((r) => r.peran === 'atasan' && !r.pengganti) && jalur.startsWith(sendiri))) return undefined;
  return g.filter((x) => jalur.startsWith(x.jalur)).sort((a, b) => b.jalur.length - a.jalur.length)[0];
}

interface BarisPengganti {
  id: number;
  jenis: JenisPengganti;
  unitId: number;
  unit: string;
  jalur: string;
  atasanNip: string | null;
  atasanNama: string | null;
  penggantiNip: string;
  penggantiNama: string;
  penggantiId: number;
  atasanId: number | null;
  dari: string;
  sampai: string;
  alasan: string;
  dicabutPada: string | null;
  dibuatPada: string;
  dibuatOleh: number | null;
}

const KOLOM = sql`g.id, g.jenis, g.unit_id as "unitId", o.nama as unit, o.jalur, a.nip as "atasanNip", a.nama as "atasanNama", s.nip as "penggantiNip",
  s.nama as "penggantiNama", g.pengganti_id as "penggantiId", g.atasan_id as "atasanId", g.dari::text as dari, g.sampai::text as sampai, g.alasan,
  g.dicabut_pada as "dicabutPada", g.dibuat_pada as "dibuatPada", g.dibuat_oleh as "dibuatOleh"`;
const DARI = sql`from pengganti_atasan g join unit_organisasi o on o.instansi_id = g.instansi_id and o.id = g.unit_id
  join pegawai s on s.instansi_id = g.instansi_id and s.id = g.pengganti_id
  left join pegawai a on a.instansi_id = g.instansi_id and a.id = g.atasan_id`;

/** Who may manage an arrangement: admin OPD/BKD for the unit in reach, or the atasan who made a delegation. */
function bolehKelola(ctx: Konteks, r: BarisPengganti): boolean {
  const p = wajibMasuk(ctx);
  if (r.jenis === 'delegasi' && !p.sistem && r.dibuatOleh === p.akunId) return true;
  if (!punyaIzin(p, 'cuti:pengganti')) return false;
  const l = lingkup(ctx, 'cuti:pengganti');
  return l.semua || l.jalur.some((j) => r.jalur.startsWith(j));
}

function tampil(ctx: Konteks, r: BarisPengganti) {
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const keadaan = r.dicabutPada ? 'dicabut' as const : r.sampai < hariIni ? 'selesai' as const : r.dari > hariIni ? 'akan' as const : 'berlaku' as const;
  return { id: r.id, jenis: r.jenis, labelJenis: LABEL_JENIS_PENGGANTI[r.jenis], unitId: r.unitId, unit: r.unit,
    atasan: r.atasanNip ? { nip: r.atasanNip, nama: r.atasanNama! } : null, pengganti: { nip: r.penggantiNip, nama: r.penggantiNama }, dari: r.dari, sampai: r.sampai,
    alasan: r.alasan, keadaan, dibuatPada: r.dibuatPada, bolehCabut: (keadaan === 'berlaku' || keadaan === 'akan') && bolehKelola(ctx, r) };
}

/**
 * The arrangements the caller manages (admin OPD: the units in reach; an atasan: the delegations
 * for their unit), newest first, and those in which the caller acts today.
 */
export async function daftarPengganti(ctx: Konteks) {
  const p = wajibMasuk(ctx);
  const admin = punyaIzin(p, 'cuti:pengganti');
  const atasan = p.peran.some((r) => r.peran === 'atasan') && punyaIzin(p, 'cuti:setujui');
  const bagian = [];
  if (admin) {
    const l = lingkup(ctx, 'cuti:pengganti');
    bagian.push(l.semua ? sql`true` : l.jalur.length ? sql`(${join(l.jalur.map((j) => sql`o.jalur like ${`${j}%`}`), ' or ')})` : sql`false`);
  }
  if (atasan && p.jalurUnitSendiri) bagian.push(sql`(g.jenis = 'delegasi' and o.jalur = ${p.jalurUnitSendiri})`);
  const rows = bagian.length ?
    await ctx.db.many<BarisPengganti>(sql`select ${KOLOM} ${DARI} where g.instansi_id = ${ctx.instansiId} and (${join(bagian, ' or ')})
      order by g.dicabut_pada nulls first, g.sampai desc, g.id desc limit 200`) :
    [];
  const sendiri = p.pegawaiId ?
    await ctx.db.many<BarisPengganti>(sql`select ${KOLOM} ${DARI} where g.instansi_id = ${ctx.instansiId} and g.pengganti_id = ${p.pegawaiId} and g.dicabut_pada is null
      and g.sampai >= ${hariIniIso(ctx.sekarang(), ctx.zona)}::date order by g.dari`) :
    [];
  return { items: rows.map((r) => tampil(ctx, r)), bertindakSebagai: sendiri.map((r) => tampil(ctx, r)).filter((r) => r.keadaan === 'berlaku') };
}

/**
 * Names who acts for an away atasan for a period. Admin OPD/BKD: a plt for a unit in reach (the
 * atasan away named, or none when the position is vacant). An atasan: a delegate for their own
 * unit, themselves the atasan away. The acting employee must be an active employee in the
 * caller's reach, not the atasan themselves; overlapping arrangements for one unit are refused.
 */
export async function tambahPengganti(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaTambahPengganti, masukan, 'Data pengganti atasan belum benar.');
  const p = wajibMasuk(ctx);
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  if (f.sampai < hariIni) throw tidakValid('Data pengganti atasan belum benar.', [{ kolom: 'sampai', pesan: 'masa tugas sudah lewat' }]);
  let unitId: number;
  let atasanId: number | null = null;
  let lJalur: string[] | 'semua';
  if (f.jenis === 'plt') {
    if (!punyaIzin(p, 'cuti:pengganti')) throw terlarang('Plt. ditetapkan oleh admin OPD atau BKD; atasan dapat mendelegasikan persetujuannya.');
    if (!f.unitId) throw tidakValid('Data pengganti atasan belum benar.', [{ kolom: 'unitId', pesan: 'pilih unit yang atasannya berhalangan' }]);
    const l = lingkup(ctx, 'cuti:pengganti');
    lJalur = l.semua ? 'semua' : l.jalur;
    unitId = f.unitId;
  } else {
    if (!p.peran.some((r) => r.peran === 'atasan') || !punyaIzin(p, 'cuti:setujui') || !p.pegawaiId) {
      throw terlarang('Delegasi persetujuan dibuat oleh atasan untuk unitnya sendiri.');
    }
    const u = await ctx.db.maybeOne<{ unitId: number }>(sql`select unit_id as "unitId" from pegawai where instansi_id = ${ctx.instansiId} and id = ${p.pegawaiId}`);
    if (!u?.unitId) throw tidakValid('Akun ini tidak terhubung dengan unit kerja.', [{ kolom: 'jenis', pesan: 'akun Anda tidak terhubung dengan unit kerja' }]);
    unitId = u.unitId;
    atasanId = p.pegawaiId;
    lJalur = p.jalurUnitSendiri ? [p.jalurUnitSendiri] : [];
  }
  const dalam = (kolom: string) => lJalur === 'semua' ? sql`true` : lJalur.length ? sql`(${join(lJalur.map((j) => sql`${raw(kolom)} like ${`${j}%`}`), ' or ')})` : sql`false`;
  const unit = await ctx.db.maybeOne<{ nama: string, jalur: string }>(sql`
    select o.nama, o.jalur from unit_organisasi o where o.instansi_id = ${ctx.instansiId} and o.id = ${unitId} and ${dalam('o.jalur')}`);
  if (!unit) throw tidakValid('Data pengganti atasan belum benar.', [{ kolom: 'unitId', pesan: 'unit tidak ditemukan dalam lingkup Anda' }]);
  if (f.jenis === 'plt' && f.nipAtasan) {
    const a = await ctx.db.maybeOne<{ id: number }>(sql`
      select p.id from pegawai p where p.instansi_id = ${ctx.instansiId} and p.nip = ${bersihkanNip(f.nipAtasan)} and ${dalam('p.jalur_unit')}`);
    if (!a) throw tidakValid('Data pengganti atasan belum benar.', [{ kolom: 'nipAtasan', pesan: 'pegawai dengan NIP ini tidak ditemukan dalam lingkup Anda' }]);
    atasanId = a.id;
  }
  const s = await ctx.db.maybeOne<{ id: number, nama: string }>(sql`
    select p.id, p.nama from pegawai p where p.instansi_id = ${ctx.instansiId} and p.nip = ${bersihkanNip(f.nipPengganti)} and p.kedudukan = 'aktif' and ${dalam('p.jalur_unit')}`);
  if (!s) throw tidakValid('Data pengganti atasan belum benar.', [{ kolom: 'nipPengganti', pesan: 'pegawai aktif dengan NIP ini tidak ditemukan dalam lingkup Anda' }]);
  if (s.id === atasanId) throw tidakValid('Data pengganti atasan belum benar.', [{ kolom: 'nipPengganti', pesan: 'pengganti tidak boleh atasan itu sendiri' }]);
  const id = await ctx.db.transaction(async (tx) => {
    await tx.run(sql`select pg_advisory_xact_lock(hashtextextended(${`pengganti:${ctx.instansiId}:${unitId}`}, 0))`);
    const tabrak = await tx.maybeOne<{ nama: string, dari: string, sampai: string }>(sql`
      select s.nama, g.dari::text as dari, g.sampai::text as sampai from pengganti_atasan g join pegawai s on s.instansi_id = g.instansi_id and s.id = g.pengganti_id
       where g.instansi_id = ${ctx.instansiId} and g.unit_id = ${unitId} and g.dicabut_pada is null and g.dari <= ${f.sampai}::date and g.sampai >= ${f.dari}::date limit 1`);
    if (tabrak) {
      throw konflik(
        `${unit.nama} sudah mempunyai pengganti atasan ${tabrak.nama} ${formatTanggal(tabrak.dari)} s.d. ${
          formatTanggal(tabrak.sampai)
        }. Cabut lebih dulu, atau pilih tanggal lain.`,
      );
    }
    const r = await tx.one<{ id: number }>(sql`
      insert into pengganti_atasan (instansi_id, jenis, unit_id, atasan_id, pengganti_id, dari, sampai, alasan, dibuat_oleh, dibuat_pada)
      values (${ctx.instansiId}, ${f.jenis}, ${unitId}, ${atasanId}, ${s.id}, ${f.dari}, ${f.sampai}, ${f.alasan}, ${p.sistem ? null : p.akunId}, ${ctx.sekarang()})
      returning id`);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'pengganti.tambah', entitas: 'pengganti_atasan', entitasId: r.id, pegawaiId: s.id,
      sesudah: { jenis: f.jenis, unit: unit.nama, atasan: atasanId, pengganti: s.nama, dari: f.dari, sampai: f.sampai, alasan: f.alasan } });
    return r.id;
  });
  return ambilPengganti(ctx, id);
}

async function bacaPengganti(ctx: Konteks, id: number): Promise<BarisPengganti> {
  const r = await ctx.db.maybeOne<BarisPengganti>(sql`select ${KOLOM} ${DARI} where g.instansi_id = ${ctx.instansiId} and g.id = ${id}`);
  if (!r || !(bolehKelola(ctx, r) || r.penggantiId === ctx.pemanggil?.pegawaiId)) throw tidakDitemukan(`Pengganti atasan nomor ${id} tidak ditemukan.`);
  return r;
}

export async function ambilPengganti(ctx: Konteks, id: number) {
  return tampil(ctx, await bacaPengganti(ctx, id));
}

/** Ends an arrangement now (admin OPD/BKD in reach, or the atasan who delegated); the row stays for the record. */
export async function cabutPengganti(ctx: Konteks, id: number) {
  const p = wajibMasuk(ctx);
  const r = await bacaPengganti(ctx, id);
  if (!bolehKelola(ctx, r)) throw tidakDitemukan(`Pengganti atasan nomor ${id} tidak ditemukan.`);
  await ctx.db.transaction(async (tx) => {
    const n = await tx.many(sql`update pengganti_atasan set dicabut_pada = ${ctx.sekarang()}, dicabut_oleh = ${p.sistem ? null : p.akunId}
      where instansi_id = ${ctx.instansiId} and id = ${id} and dicabut_pada is null returning id`);
    if (!n.length) throw konflik('Pengganti atasan ini sudah dicabut.');
    await catatAudit({ ...ctx, db: tx }, { aksi: 'pengganti.cabut', entitas: 'pengganti_atasan', entitasId: id, pegawaiId: r.penggantiId,
      sebelum: { pengganti: r.penggantiNama, unit: r.unit, dari: r.dari, sampai: r.sampai } });
  });
  return ambilPengganti(ctx, id);
}
