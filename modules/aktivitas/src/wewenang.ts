import { join, sql, type Sql } from '@simasn/db';
import { hariIniIso } from '@simasn/domain';
import { punyaIzin, wajibMasuk, type Konteks } from '@simasn/platform';
import { aturanAktivitas } from './aturan-aktivitas.ts';

/**
 * Who may decide a submitted activity (alias `a` for aktivitas_harian, `p` for its pegawai), as
 * SQL inside the query: an atasan whose reach covers the employee, never for themselves, and
 * either the nearest atasan up the unit tree who is present (an atasan on approved leave, sick,
 * izin or tugas belajar today is skipped: the next one up acts in their place), or any atasan
 * above once the decision deadline has passed (escalation). Both are rule data.
 */
export function syaratBolehPutuskan(ctx: Konteks): { boleh: Sql, dieskalasi: Sql } {
  const p = wajibMasuk(ctx);
  if (!p.peran.some((r) => r.peran === 'atasan') || !punyaIzin(p, 'aktivitas:setujui')) return { boleh: sql`false`, dieskalasi: sql`false` };
  const aturan = aturanAktivitas();
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const batas = new Date(ctx.sekarang().getTime() - aturan.tenggatPersetujuanHari * 86_400_000);
  const tidakAda = aturan.atasanBerikutnyaSaatTidakAda ?
    sql`exists (select 1 from usulan_cuti c join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
        where c.instansi_id = s.instansi_id and c.pegawai_id = s.id and u.status = 'selesai' and c.dari <= ${hariIni}::date and c.sampai >= ${hariIni}::date
          and c.jenis = any(${[...aturan.jenisTidakAda]}::text[]))` :
    sql`false`;
  // A nearer atasan than the unit path `jalur` (the caller's own, or the one a plt/delegate acts for), present today, exists for this employee.
  const adaYangLebihDekat = (jalur: string) =>
    sql`exists (select 1 from akun ak
      join akun_peran ap on ap.instansi_id = ak.instansi_id and ap.akun_id = ak.id and ap.peran = 'atasan'
      join pegawai s on s.instansi_id = ak.instansi_id and s.id = ak.pegawai_id
     where ak.instansi_id = p.instansi_id and ak.aktif and s.id <> p.id and s.id <> ${p.pegawaiId ?? 0}
       and p.jalur_unit like s.jalur_unit || '%' and length(s.jalur_unit) > ${jalur.length} and not ${tidakAda})`;
  // Each authority: the caller's own unit as atasan, and each unit they act for today (plt / delegate, modules/cuti).
  const jalur = [
    ...new Set([
      ...(p.peran.some((r) => r.peran === 'atasan' && !r.pengganti) && p.jalurUnitSendiri ? [p.jalurUnitSendiri] : []),
      ...p.peran.flatMap((r) => (r.peran === 'atasan' && r.pengganti ? [r.pengganti.jalur] : [])),
    ]),
  ];
  if (!jalur.length) return { boleh: sql`false`, dieskalasi: sql`false` };
  const boleh = join(jalur.map((j) => sql`(p.jalur_unit like ${`${j}%`} and (not ${adaYangLebihDekat(j)} or a.diajukan_pada < ${batas}))`), ' or ');
  const dieskalasi = join(jalur.map((j) => sql`(p.jalur_unit like ${`${j}%`} and ${adaYangLebihDekat(j)})`), ' or ');
  return { boleh: sql`(p.id <> ${p.pegawaiId ?? 0} and (${boleh}))`, dieskalasi: sql`(${dieskalasi})` };
}
