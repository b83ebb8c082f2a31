import { sql } from '@simasn/db';
import { bersihkanNip, formatTanggal, hariIniIso, JENIS_HUKDIS_USULAN, LABEL_HUKDIS, TANGGA_HUKDIS_PP94_2021, type UsulanHukdis } from '@simasn/domain';
import { type PegawaiInti, sisipRiwayat } from '@simasn/kepegawaian';
import { catatAudit, denganDb, halamanSql, konflik, lingkup, syaratLingkup, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { akunBerperan, akunPegawai, beriNotifikasiBanyak, type PemberitahuanUntuk } from '@simasn/platform/notifikasi';
import { skemaDaftarDisiplin, skemaPutuskanHukdis } from '../rekap.types.ts';
import { alpaTahun } from './alpa-tahun.ts';
import { indeksDisiplin } from './indeks-disiplin.ts';

export { skemaDaftarDisiplin, skemaPutuskanHukdis };

const URUTAN: readonly UsulanHukdis[] = [...TANGGA_HUKDIS_PP94_2021.alpaSetahun.map(([, u]) => u)];
const tingkat = (u: string) => URUTAN.indexOf(u as UsulanHukdis);

/**
 * The PP 94/2021 tracker for a year: every pegawai whose stored alpa days (or run of consecutive
 * alpa working days) reach a step of the ladder above the highest one already proposed gets a new
 * proposal (menunggu), and their atasan and the BKD are told in the app (and by e-mail when set
 * up). Idempotent: a step is proposed once per pegawai and year. Runs as the system after the
 * day-close job and the queue; audited.
 */
export async function periksaAmbangDisiplin(ctx: Konteks, tahun: number): Promise<number> {
  const alpa = await alpaTahun(ctx.db, ctx.instansiId, null, tahun);
  const menunggu = await ctx.db.many<{ id: number, pegawai_id: number, usulan: string, alpa_setahun: number, alpa_berturut_maks: number }>(sql`
    select id, pegawai_id, usulan, alpa_setahun, alpa_berturut_maks from usulan_hukdis_presensi where instansi_id = ${ctx.instansiId} and tahun = ${tahun} and status = 'menunggu'`);
  // Waiting proposals follow the recomputed days: new figures, or set aside when the step is no longer reached.
  const semuaTindak = menunggu.map((m) => ({ m, a: alpa.get(Number(m.pegawai_id)) })).filter(({ m, a }) =>
    !a?.usulan || tingkat(a.usulan) < tingkat(m.usulan) || a.alpaSetahun !== m.alpa_setahun || a.alpaBerturutMaks !== m.alpa_berturut_maks
  );
  const calon = [...alpa].filter(([, a]) => a.usulan);
  const ada = calon.length
    ? await ctx.db.many<{ pegawai_id: number, usulan: string }>(sql`
        select pegawai_id, usulan from usulan_hukdis_presensi where instansi_id = ${ctx.instansiId} and tahun = ${tahun} and status <> 'dikesampingkan'
           and pegawai_id = any(${calon.map(([id]) => id)}::bigint[])`)
    : [];
  const tertinggi = new Map<number, number>();
  for (const a of ada) tertinggi.set(Number(a.pegawai_id), Math.max(tertinggi.get(Number(a.pegawai_id)) ?? -1, tingkat(a.usulan)));
  const baru = calon.filter(([id, a]) => tingkat(a.usulan!) > (tertinggi.get(id) ?? -1));
  // A proposal about to be replaced by a heavier one keeps the figures it was made with.
  const diganti = new Set(baru.map(([id]) => id));
  const tindak = semuaTindak.filter(({ m, a }) => !(diganti.has(Number(m.pegawai_id)) && a?.usulan && tingkat(a.usulan) > tingkat(m.usulan)));
  if (!baru.length && !tindak.length) return 0;
  let n = 0;
  await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    for (const { m, a } of tindak) {
      const gugur = !a?.usulan || tingkat(a.usulan) < tingkat(m.usulan);
      await tx.run(sql`
        update usulan_hukdis_presensi set alpa_setahun = ${a?.alpaSetahun ?? 0}, alpa_berturut_maks = ${a?.alpaBerturutMaks ?? 0}, versi = versi + 1,
               ${gugur ? sql`status = 'dikesampingkan', diputuskan_pada = ${ctx.sekarang()}, catatan = 'Ambang tidak lagi tercapai setelah hari presensi dihitung ulang.',` : sql``}
               dibuat_pada = dibuat_pada
         where instansi_id = ${ctx.instansiId} and id = ${m.id} and status = 'menunggu'`);
      if (gugur) {
        await catatAudit(c, { aksi: 'disiplin.usulan_gugur', entitas: 'usulan_hukdis_presensi', entitasId: m.id, pegawaiId: Number(m.pegawai_id),
          sebelum: { status: 'menunggu', alpaSetahun: m.alpa_setahun }, sesudah: { status: 'dikesampingkan', alpaSetahun: a?.alpaSetahun ?? 0 },
          keterangan: 'Ambang tidak lagi tercapai setelah hari presensi dihitung ulang' });
      }
    }
    const pesan: PemberitahuanUntuk[] = [];
    const nama = new Map((await tx.many<{ id: number, nama: string, nip: string }>(sql`
      select id, nama, nip from pegawai where instansi_id = ${ctx.instansiId} and id = any(${baru.map(([id]) => id)}::bigint[])`)).map((p) => [Number(p.id), p]));
    for (const [id, a] of baru) {
      const r = await tx.maybeOne<{ id: number }>(sql`
        insert into usulan_hukdis_presensi (instansi_id, pegawai_id, tahun, usulan, alpa_setahun, alpa_berturut_maks, dibuat_pada)
        values (${ctx.instansiId}, ${id}, ${tahun}, ${a.usulan}, ${a.alpaSetahun}, ${a.alpaBerturutMaks}, ${ctx.sekarang()})
        on conflict do nothing returning id`);
      if (!r) continue;
      n++;
      await catatAudit(c, { aksi: 'disiplin.usulan_buat', entitas: 'usulan_hukdis_presensi', entitasId: r.id, pegawaiId: id,
        sesudah: { tahun, usulan: a.usulan, alpaSetahun: a.alpaSetahun, alpaBerturutMaks: a.alpaBerturutMaks } });
      // A lighter step still waiting is replaced by this one (PP 94/2021 counts the year's total).
      const ganti = await tx.many<{ id: number, usulan: string }>(sql`
        update usulan_hukdis_presensi set status = 'dikesampingkan', diputuskan_pada = ${ctx.sekarang()}, versi = versi + 1,
               catatan = ${`Digantikan usulan yang lebih berat: ${LABEL_HUKDIS[a.usulan!]}.`}
         where instansi_id = ${ctx.instansiId} and pegawai_id = ${id} and tahun = ${tahun} and status = 'menunggu' and id <> ${r.id} returning id, usulan`);
      for (const g of ganti) {
        await catatAudit(c, { aksi: 'disiplin.usulan_ganti', entitas: 'usulan_hukdis_presensi', entitasId: g.id, pegawaiId: id, sebelum: { status: 'menunggu', usulan: g.usulan },
          sesudah: { status: 'dikesampingkan', digantiOleh: Number(r.id) }, keterangan: `Digantikan usulan yang lebih berat: ${LABEL_HUKDIS[a.usulan!]}` });
      }
      const p = nama.get(id);
      const isi = `${p?.nama ?? 'Pegawai'} (NIP ${p?.nip ?? '-'}) tercatat alpa ${a.alpaSetahun} hari kerja pada tahun ${tahun}${
        a.alpaBerturutMaks >= 2 ? `, paling lama ${a.alpaBerturutMaks} hari berturut-turut` : ''
      }. Menurut PP 94/2021 diusulkan: ${LABEL_HUKDIS[a.usulan!]}. Keputusan ada pada pejabat yang berwenang setelah pemeriksaan.`;
      const sendiri = new Set(await akunPegawai(c, id));
      const penerima = (await akunBerperan(c, ['atasan', 'admin_bkd'], 'presensi:baca', id)).filter((x) => !sendiri.has(x));
      for (const akunId of penerima) pesan.push({ akunId, judul: `Ambang disiplin terlampaui: ${p?.nama ?? 'pegawai'}`, isi, tautan: '/presensi/disiplin' });
    }
    await beriNotifikasiBanyak(c, pesan);
  });
  return n;
}

const KOLOM = sql`u.id, u.pegawai_id as "pegawaiId", p.nip, p.nama, (select o.nama from unit_organisasi o where o.instansi_id = p.instansi_id and o.id = p.unit_id) as unit,
  u.tahun, u.usulan, u.alpa_setahun as "alpaSetahun", u.alpa_berturut_maks as "alpaBerturutMaks", u.status, u.jenis_hukdis as "jenisHukdis", u.nomor_sk as "nomorSk",
  u.tanggal_sk::text as "tanggalSk", u.tmt::text as tmt, u.catatan, u.dibuat_pada as "dibuatPada", u.diputuskan_pada as "diputuskanPada", u.versi`;

interface BarisUsulan {
  id: number;
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  tahun: number;
  usulan: UsulanHukdis;
  alpaSetahun: number;
  alpaBerturutMaks: number;
  status: 'menunggu' | 'diputuskan' | 'dikesampingkan';
  jenisHukdis: string | null;
  nomorSk: string | null;
  tanggalSk: string | null;
  tmt: string | null;
  catatan: string | null;
  dibuatPada: Date;
  diputuskanPada: Date | null;
  versi: number;
}

const keRespons = (r: BarisUsulan) => ({ ...r, id: Number(r.id), pegawaiId: Number(r.pegawaiId), labelUsulan: LABEL_HUKDIS[r.usulan] });

/** The proposals of a year within the caller's reach (disiplin:baca), searched and paged. */
export async function daftarUsulanDisiplin(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarDisiplin, masukan);
  const l = lingkup(ctx, 'disiplin:baca');
  const tahun = f.tahun ?? Number(hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 4));
  const q = f.q?.trim();
  const h = await halamanSql<BarisUsulan, 'nama' | 'alpa' | 'dibuat'>(ctx, { ...f, page: f.page ?? 1 }, { kolom: KOLOM,
    dari: sql`from usulan_hukdis_presensi u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id`,
    syarat: sql`u.instansi_id = ${ctx.instansiId} and u.tahun = ${tahun} and ${syaratLingkup(l, 'p')}
      ${f.status && f.status !== 'semua' ? sql`and u.status = ${f.status}` : sql``}
      ${q ? sql`and (p.nama ilike ${`%${q}%`} or p.nip like ${`${bersihkanNip(q)}%`})` : sql``}`,
    urut: { nama: sql`p.nama`, alpa: sql`u.alpa_setahun`, dibuat: sql`u.dibuat_pada` }, bawaan: 'dibuat', pemutus: sql`u.id` });
  const d = await indeksDisiplin(ctx.db, ctx.instansiId, tahun, hariIniIso(ctx.sekarang(), ctx.zona) < `${tahun}-12-31` ? hariIniIso(ctx.sekarang(), ctx.zona) : `${tahun}-12-31`);
  return { ...h, items: h.items.map(keRespons), tahun, indeksDisiplin: { nilai: d.nilai, jumlahPegawai: d.jumlahPegawai, pegawaiDihukum: d.pegawaiDihukum } };
}

/**
 * The authorised official decides a proposal: `tetapkan` with the SK (number, date, TMT and the
 * kind, which may differ from the one proposed) writes the riwayat hukuman disiplin through
 * @simasn/kepegawaian (IP ASN and KGB read it), `kesampingkan` closes it with the reason. One
 * decision per proposal (versi), audited.
 */
export async function putuskanUsulanDisiplin(ctx: Konteks, id: number, masukan: unknown) {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'disiplin:putuskan');
  const f = uraikan(skemaPutuskanHukdis, masukan, 'Keputusan belum benar.');
  if (f.keputusan === 'tetapkan' && f.tmt < f.tanggalSk) throw tidakValid('Keputusan belum benar.', [{ kolom: 'tmt', pesan: 'TMT tidak boleh sebelum tanggal SK' }]);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const u = await tx.maybeOne<
      { id: number, pegawai_id: number, status: string, versi: number, usulan: UsulanHukdis, tahun: number, alpa_setahun: number, nip: string, nama: string,
        status_kepegawaian: PegawaiInti['statusKepegawaian'], jalur_unit: string | null, pversi: number }
    >(sql`
      select u.id, u.pegawai_id, u.status, u.versi, u.usulan, u.tahun, u.alpa_setahun, p.nip, p.nama, p.status_kepegawaian, p.jalur_unit, p.versi as pversi
        from usulan_hukdis_presensi u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
       where u.instansi_id = ${ctx.instansiId} and u.id = ${id} and ${syaratLingkup(l, 'p')} for update of u`);
    if (!u) throw tidakDitemukan('Usulan hukuman disiplin tidak ditemukan.');
    if (u.status !== 'menunggu' || u.versi !== f.versi) throw konflik('Usulan ini sudah diputuskan. Muat ulang halaman.');
    let riwayatId: number | null = null;
    if (f.keputusan === 'tetapkan') {
      const r = await sisipRiwayat(c, { id: Number(u.pegawai_id), nip: u.nip, nama: u.nama, jalurUnit: u.jalur_unit, statusKepegawaian: u.status_kepegawaian, versi: u.pversi },
        'hukdis', { jenis: f.jenis, tmt: f.tmt, nomorSk: f.nomorSk, tanggalSk: f.tanggalSk,
        keterangan: `Alpa ${u.alpa_setahun} hari kerja tahun ${u.tahun} (PP 94/2021); usulan sistem: ${LABEL_HUKDIS[u.usulan]}${f.catatan ? `. ${f.catatan}` : ''}` }, 'manual');
      riwayatId = r.id;
    }
    await tx.run(sql`
      update usulan_hukdis_presensi set status = ${f.keputusan === 'tetapkan' ? 'diputuskan' : 'dikesampingkan'},
             jenis_hukdis = ${f.keputusan === 'tetapkan' ? f.jenis : null}, nomor_sk = ${f.keputusan === 'tetapkan' ? f.nomorSk : null},
             tanggal_sk = ${f.keputusan === 'tetapkan' ? f.tanggalSk : null}, tmt = ${f.keputusan === 'tetapkan' ? f.tmt : null}, catatan = ${f.catatan ?? null},
             riwayat_id = ${riwayatId}, diputuskan_pada = ${ctx.sekarang()}, diputuskan_oleh = ${p.sistem ? null : p.akunId}, versi = versi + 1
       where instansi_id = ${ctx.instansiId} and id = ${id}`);
    await catatAudit(c, { aksi: 'disiplin.usulan_putuskan', entitas: 'usulan_hukdis_presensi', entitasId: id, pegawaiId: Number(u.pegawai_id),
      sebelum: { status: u.status, usulan: u.usulan },
      sesudah: f.keputusan === 'tetapkan'
        ? { status: 'diputuskan', jenis: f.jenis, nomorSk: f.nomorSk, tanggalSk: f.tanggalSk, tmt: f.tmt, riwayatId }
        : { status: 'dikesampingkan' },
      keterangan: f.catatan ?
        `${f.keputusan === 'tetapkan' ? 'SK' : 'Alasan'}: ${f.catatan}` :
        (f.keputusan === 'tetapkan' ? `SK ${f.nomorSk} tanggal ${formatTanggal(f.tanggalSk)}` : null) });
    const r = await tx.one<BarisUsulan>(sql`select ${KOLOM} from usulan_hukdis_presensi u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
                                           where u.instansi_id = ${ctx.instansiId} and u.id = ${id}`);
    return keRespons(r);
  });
}

export { JENIS_HUKDIS_USULAN };
