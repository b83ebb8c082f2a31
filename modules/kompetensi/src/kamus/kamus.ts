import { sql } from '@simasn/db';
import { KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL, type KelompokKompetensi } from '@simasn/domain';
import { catatAudit, denganDb, lingkup, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { skemaDaftarKamus, skemaSimpanTeknis } from '../kompetensi.types.ts';

/**
 * The competency dictionary: the 8 managerial and the socio-cultural competency of PermenPAN-RB
 * 38/2017 (fixed, from packages/domain) and the instansi's own technical competencies (data BKD
 * keeps here). A standard or an assessment names a competency by its `kode`.
 */

export interface EntriKamus {
  kode: string;
  nama: string;
  kelompok: KelompokKompetensi;
  deskripsi: string | null;
  aktif: boolean;
  /** Its place: the 9 of the regulation first, in their order, then the technical ones by name. */
  urutan: number;
}

export async function bacaKamus(ctx: Konteks): Promise<Map<string, EntriKamus>> {
  const peta = new Map<string, EntriKamus>();
  for (const [i, k] of KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.entries()) peta.set(k.kode, { ...k, deskripsi: null, aktif: true, urutan: i });
  const teknis = await ctx.db.many<{ kode: string, nama: string, deskripsi: string | null, aktif: boolean }>(sql`
    select kode, nama, deskripsi, aktif from kompetensi_teknis where instansi_id = ${ctx.instansiId} order by nama, kode`);
  for (const [i, t] of teknis.entries()) peta.set(t.kode, { ...t, kelompok: 'teknis', urutan: 100 + i });
  return peta;
}

/** The dictionary with how many jabatan use each competency in their standard. */
export async function daftarKamus(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarKamus, masukan);
  lingkup(ctx, 'organisasi:baca');
  const kamus = await bacaKamus(ctx);
  const pakai = await ctx.db.many<{ kode: string, n: number }>(sql`
    select kode, count(*)::int as n from standar_kompetensi where instansi_id = ${ctx.instansiId} group by kode`);
  const n = new Map(pakai.map((p) => [p.kode, Number(p.n)]));
  const q = f.q?.toLowerCase();
  const items = [...kamus.values()].filter((k) => (!f.kelompok || k.kelompok === f.kelompok) && (!q || k.nama.toLowerCase().includes(q) || k.kode.includes(q))).map((k) => ({
    kode: k.kode,
    nama: k.nama,
    kelompok: k.kelompok,
    deskripsi: k.deskripsi,
    aktif: k.aktif,
    jabatan: n.get(k.kode) ?? 0,
  }));
  return { items };
}

/** Adds or changes a technical competency of the instansi (the 9 of the regulation are not data). */
export async function simpanKompetensiTeknis(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaSimpanTeknis, masukan);
  lingkup(ctx, 'kompetensi:kelola');
  if (KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.some((k) => k.kode === f.kode)) {
    throw tidakValid('Kode sudah dipakai kompetensi manajerial/sosial kultural.', [{ kolom: 'kode', pesan: `kode "${f.kode}" milik kompetensi PermenPAN-RB 38/2017` }]);
  }
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const sebelum = await tx.maybeOne<{ nama: string, deskripsi: string | null, aktif: boolean }>(sql`
      select nama, deskripsi, aktif from kompetensi_teknis where instansi_id = ${ctx.instansiId} and kode = ${f.kode}`);
    await tx.run(sql`insert into kompetensi_teknis (instansi_id, kode, nama, deskripsi, aktif)
      values (${ctx.instansiId}, ${f.kode}, ${f.nama}, ${f.deskripsi ?? null}, ${f.aktif})
      on conflict (instansi_id, kode) do update set nama = excluded.nama, deskripsi = excluded.deskripsi, aktif = excluded.aktif`);
    await catatAudit(c, { aksi: 'kompetensi.simpan_teknis', entitas: 'kompetensi_teknis', entitasId: f.kode, sebelum: sebelum ?? undefined,
      sesudah: { nama: f.nama, deskripsi: f.deskripsi ?? null, aktif: f.aktif } });
    return { kode: f.kode, nama: f.nama, kelompok: 'teknis' as const, deskripsi: f.deskripsi ?? null, aktif: f.aktif, jabatan: 0 };
  });
}
