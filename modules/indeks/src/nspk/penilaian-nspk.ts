import { empty, sql } from '@simasn/db';
import { ATURAN_NSPK, ATURAN_NSPK_BAWAAN, aturanNspkBerlaku, hitungNspk, type AturanNspk, type KategoriNspk } from '@simasn/domain';
import { lingkup, terlarang, type Konteks } from '@simasn/platform';
import { skemaTahunNspk } from './nspk.types.ts';

export { skemaTahunNspk };

/**
 * What the NSPK actions share: the year's row of the caller's instansi, its rule set, and the
 * read the page shows (index, category A-E, the weakest elements) computed by hitungNspk.
 */

export interface BarisNspk {
  tahun: number;
  aturan_id: string;
  skor: Record<string, number>;
  catatan: string | null;
  versi: number;
  diubah_pada: Date;
}

/** NSPK figures are instansi aggregates: every holder of `indeks:baca` may read them. */
export function izinBacaNspk(ctx: Konteks): void {
  lingkup(ctx, 'indeks:baca');
}

export function izinKelolaNspk(ctx: Konteks): void {
  if (!lingkup(ctx, 'indeks:kelola').semua) throw terlarang('Penilaian indeks instansi hanya dapat diubah oleh pengelola tingkat instansi.');
}

export async function bacaNspk(ctx: Konteks, tahun: number, kunci = false): Promise<BarisNspk | undefined> {
  return ctx.db.maybeOne<BarisNspk>(sql`
    select tahun, aturan_id, skor, catatan, versi, diubah_pada from penilaian_nspk
     where instansi_id = ${ctx.instansiId} and tahun = ${tahun} ${kunci ? sql`for update` : empty}`);
}

/** The rule set of a year's row, else the one in force at the year's end, else the default. */
export function aturanNspk(tahun: number, id?: string | null): AturanNspk {
  if (id && ATURAN_NSPK[id]) return ATURAN_NSPK[id]!;
  const h = aturanNspkBerlaku(`${tahun}-12-31`);
  return h.ok ? h.nilai : ATURAN_NSPK[ATURAN_NSPK_BAWAAN]!;
}

export const teksKategoriNspk = (k: KategoriNspk) => ({ kode: k.kode, label: k.label, teks: `${k.kode} ${k.label}` });

/** Index, category and weakest elements of a set of scores (null index until all elements are scored). */
export function rincianNspk(aturan: AturanNspk, skor: Record<string, number>) {
  const elemen = aturan.elemen.map((e) => ({ kode: e.kode, nama: e.nama, bobot: e.bobot, nilai: skor[e.kode] ?? null }));
  const dinilai = elemen.filter((e) => e.nilai !== null);
  const lengkap = dinilai.length === elemen.length;
  const h = lengkap ? hitungNspk(skor, aturan) : null;
  const hasil = h?.ok ? h.nilai : null;
  const terlemah = dinilai.map((e, i) => ({ e, i })).sort((a, b) => a.e.nilai! - b.e.nilai! || a.i - b.i).slice(0, 5).map(({ e }) => ({ kode: e.kode, nama: e.nama,
    nilai: e.nilai! })
  );
  const peringatan: string[] = [];
  if (!lengkap) {
    peringatan.push(`${elemen.length - dinilai.length} dari ${elemen.length} elemen belum dinilai: indeks dihitung setelah semua elemen dinilai.`);
  }
  if (h && !h.ok) peringatan.push(h.alasan);
  return { elemen, jumlahElemen: elemen.length, jumlahDinilai: dinilai.length, lengkap, indeks: hasil?.indeks ?? null, kategori: hasil ? teksKategoriNspk(hasil.kategori) : null,
    elemenTerlemah: terlemah, peringatan };
}

/** The whole read of a year (an empty form when the year has no row yet). */
export async function susunNspk(ctx: Konteks, tahun: number) {
  const b = await bacaNspk(ctx, tahun);
  const aturan = aturanNspk(tahun, b?.aturan_id);
  const r = rincianNspk(aturan, b?.skor ?? {});
  const lalu = await bacaNspk(ctx, tahun - 1);
  const rl = lalu ? rincianNspk(aturanNspk(tahun - 1, lalu.aturan_id), lalu.skor) : null;
  const hasil = await ctx.db.maybeOne<{ id: number, nilai: number, kategori: string, dihitungPada: Date, dihitungOleh: string }>(sql`
    select id, nilai, kategori, dihitung_pada as "dihitungPada", dihitung_oleh as "dihitungOleh" from hasil_indeks
     where instansi_id = ${ctx.instansiId} and jenis = 'nspk' and tahun = ${tahun}
     order by dihitung_pada desc, id desc limit 1`);
  return { tahun, ada: !!b, versi: b?.versi ?? 0, catatan: b?.catatan ?? null, diubahPada: b?.diubah_pada ?? null,
    aturan: { id: aturan.id, nama: aturan.nama, dasarHukum: aturan.dasarHukum, catatan: aturan.catatan ?? null, nilaiMin: aturan.nilaiMin, nilaiMaks: aturan.nilaiMaks },
    kategoriAturan: aturan.kategori.map((k) => ({ ...teksKategoriNspk(k), lebihDari: k.lebihDari })), ...r,
    tahunLalu: lalu && rl
      ? { tahun: lalu.tahun, indeks: rl.indeks, kategori: rl.kategori, selisih: rl.indeks !== null && r.indeks !== null ? Math.round((r.indeks - rl.indeks) * 100) / 100 : null }
      : null, hasil: hasil ?? null };
}
