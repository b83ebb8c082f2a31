import { join, raw, sql, type Sql } from '@simasn/db';
import { lingkupUntuk, punyaIzin, syaratLingkup, terlarang, wajibMasuk, type Izin, type Konteks } from '@simasn/platform';

/**
 * The atasan langsung of the employee aliased `alias`, as a scalar subquery over the jabatan/unit
 * structure kepegawaian keeps: the active holder of a struktural jabatan of the nearest unit at or
 * above the employee's unit, skipping the unit the employee heads themself (a Kepala Bidang's
 * atasan is the head of the unit above). Like the approvals of aktivitas and cuti, a holder who
 * acts as atasan in the application (an active account with the atasan role) comes before a
 * nearer one who does not; with none such, the nearest holder. Null for the head of a perangkat
 * daerah (the kepala daerah rates them) or when every post above is vacant.
 */
export function sqlAtasanLangsung(alias = 'p'): Sql {
  const p = raw(alias);
  return sql`(select a.id from pegawai a
      join jabatan ja on ja.instansi_id = a.instansi_id and ja.id = a.jabatan_id and ja.jenis = 'struktural'
      join unit_organisasi ua on ua.instansi_id = ja.instansi_id and ua.id = ja.unit_id
     where a.instansi_id = ${p}.instansi_id and a.kedudukan = 'aktif' and a.id <> ${p}.id and ${p}.jalur_unit like ua.jalur || '%'
       and not exists (select 1 from jabatan jp where jp.instansi_id = ${p}.instansi_id and jp.id = ${p}.jabatan_id and jp.jenis = 'struktural' and jp.unit_id = ua.id)
     order by exists (select 1 from akun ak join akun_peran ap on ap.instansi_id = ak.instansi_id and ap.akun_id = ak.id and ap.peran = 'atasan'
                       where ak.instansi_id = a.instansi_id and ak.pegawai_id = a.id and ak.aktif) desc,
              length(ua.jalur) desc, a.id limit 1)`;
}

/**
 * Which SKP (alias `s`, its pegawai `p`) the caller reaches for `izin`, inside the query: an ASN
 * their own; an atasan only the SKP they are pejabat penilai of (their direct reports, not the
 * whole unit below); the pimpinan the SKP the kepala daerah rates (heads of perangkat daerah)
 * when rating, the whole instansi when reading; admin OPD their units; BKD and inspektorat the
 * instansi. 403 when no role holds the permission.
 */
export function syaratSkp(ctx: Konteks, izin: Izin): Sql {
  const p = wajibMasuk(ctx);
  if (!punyaIzin(p, izin)) throw terlarang();
  if (p.sistem) return sql`true`;
  const bagian: Sql[] = [];
  const lain = p.peran.filter((r) => r.peran !== 'atasan' && !(izin === 'kinerja:nilai' && r.peran === 'pimpinan'));
  if (lain.length && punyaIzin({ ...p, peran: lain }, izin)) bagian.push(syaratLingkup(lingkupUntuk({ ...p, peran: lain }, izin), 'p'));
  if (p.pegawaiId !== null && p.peran.some((r) => r.peran === 'atasan') && punyaIzin({ ...p, peran: [{ peran: 'atasan', unitId: null, jalurUnit: null }] }, izin)) {
    bagian.push(sql`s.penilai_pegawai_id = ${p.pegawaiId}`);
  }
  if (izin === 'kinerja:nilai' && p.peran.some((r) => r.peran === 'pimpinan')) bagian.push(sql`s.penilai_pegawai_id is null`);
  return bagian.length ? sql`(${join(bagian, ' or ')})` : sql`false`;
}
