import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { indeksLangkah, judulUsulan, LABEL_AKSI, LABEL_STATUS, type AksiLayanan, type UsulanLayanan } from './definisi.ts';
import { daftarPeriksaDokumen } from './dokumen.ts';
import { bacaUsulan, bolehBertindak, definisiUsulan } from './usulan.ts';

export interface JejakUsulan {
  id: number;
  waktu: string;
  namaPengguna: string | null;
  peran: string | null;
  aksi: AksiLayanan | 'ajukan';
  label: string;
  dariLangkah: string | null;
  keLangkah: string;
  status: string;
  alasan: string | null;
  catatan: string | null;
}

/** The timeline of some requests, oldest first, keyed by request. */
export async function jejakUsulan(ctx: Konteks, ids: readonly number[]): Promise<Map<number, JejakUsulan[]>> {
  const rows = ids.length ?
    await ctx.db.many<JejakUsulan & { usulanId: number }>(sql`
    select j.usulan_id as "usulanId", j.id, j.waktu, j.nama_pengguna as "namaPengguna", j.peran, j.aksi, j.dari_langkah as "dariLangkah",
           j.ke_langkah as "keLangkah", j.status, j.alasan, j.catatan
      from jejak_usulan_layanan j where j.instansi_id = ${ctx.instansiId} and j.usulan_id = any(${[...ids]}::bigint[])
     order by j.usulan_id, j.waktu, j.id`) :
    [];
  const peta = new Map<number, JejakUsulan[]>();
  for (const { usulanId, ...j } of rows) {
    const daftar = peta.get(usulanId) ?? [];
    daftar.push({ ...j, label: LABEL_AKSI[j.aksi] });
    peta.set(usulanId, daftar);
  }
  return peta;
}

/**
 * The steps of a request's service with where it stands (selesai: passed, sekarang, belum) and
 * the data each asks for with what was recorded there.
 */
export function susunLangkah(u: UsulanLayanan, jejak: JejakUsulan[]) {
  const def = definisiUsulan(u);
  const i = indeksLangkah(def, u.langkah);
  return def.langkah.map((l, j) => {
    const masuk = [...jejak].reverse().find((x) => x.keLangkah === l.kode);
    const keadaan = u.status === 'selesai' ? 'selesai' : j < i ? 'selesai' : j === i ? 'sekarang' : 'belum';
    const isian = (l.isian ?? []).map((x) => ({ ...x, nilai: u.data[x.kunci] ?? null }));
    return { kode: l.kode, label: l.label, peran: l.peran, tenggatHari: l.tenggatHari ?? null, keadaan, masukPada: masuk?.waktu ?? null, isian };
  });
}

/**
 * One request with everything a page needs: the employee, the steps with where it stands, the
 * timeline, the document checklist, the actions the caller may take now and the fields the
 * current step asks for when moving forward (`isianLangkah`: label, jenis, wajib).
 */
export async function ambilUsulanLayanan(ctx: Konteks, id: number) {
  const u = await bacaUsulan(ctx, id);
  const def = definisiUsulan(u);
  const langkah = def.langkah[indeksLangkah(def, u.langkah)]!;
  const jejak = (await jejakUsulan(ctx, [id])).get(id) ?? [];
  const terbuka = u.status === 'diproses' || u.status === 'dikembalikan';
  const aksiTersedia: readonly AksiLayanan[] = terbuka && await bolehBertindak(ctx, def, langkah, u.pegawaiId) ? langkah.aksi : [];
  return { ...u, judul: judulUsulan(def, u), labelJenis: def.label, labelStatus: LABEL_STATUS[u.status], labelLangkah: langkah.label, langkahDaftar: susunLangkah(u, jejak), jejak,
    dokumen: await daftarPeriksaDokumen(ctx, def, id), aksiTersedia, isianLangkah: langkah.isian ?? [] };
}
