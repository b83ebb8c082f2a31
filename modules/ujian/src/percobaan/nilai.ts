import { sql, type Db } from '@simasn/db';
import { hitungNilaiCat, type HasilNilaiCat, type JawabanButir } from '@simasn/domain';
import type { OpsiButir } from '../bank/butir.ts';
import { aturanTes, type BarisTes } from '../tes/tes.ts';

/** One item of an attempt as drawn: the item, the version it saw, its category and the options in the order shown. */
export interface ButirSusunan {
  butirId: number;
  versi: number;
  kategori: string;
  opsi: string[];
}

export interface VersiButir {
  butirId: number;
  versi: number;
  teks: string;
  jenis: 'tunggal' | 'ganda';
  opsi: OpsiButir[];
  pembahasan: string;
  gambarId: number | null;
}

/** The versions an attempt drew (exactly those, never the items' current ones). */
export async function bacaVersiSusunan(db: Db, instansiId: number, susunan: readonly ButirSusunan[]): Promise<Map<string, VersiButir>> {
  if (!susunan.length) return new Map();
  const rows = await db.many<VersiButir>(sql`
    select v.butir_id as "butirId", v.versi, v.teks, v.jenis, v.opsi, v.pembahasan, v.gambar_id as "gambarId"
      from versi_butir v join jsonb_to_recordset(${JSON.stringify(susunan.map((s) => ({ b: s.butirId, v: s.versi })))}::jsonb) as x(b bigint, v int)
        on v.butir_id = x.b and v.versi = x.v
     where v.instansi_id = ${instansiId}`);
  return new Map(rows.map((r) => [`${r.butirId}:${r.versi}`, r]));
}

/** The score of one answer: right/wrong items earn the category's points when the chosen set is the key set; weighted ones the weight chosen. */
export function jawabanButir(tes: BarisTes, s: ButirSusunan, v: VersiButir, pilihan: readonly string[]): JawabanButir & { skor: number } {
  const k = tes.kategori.find((x) => x.kode === s.kategori)!;
  const p = k.penilaian;
  if (p.jenis === 'bobot_opsi') {
    const o = pilihan.length === 1 ? v.opsi.find((x) => x.id === pilihan[0]) : undefined;
    const bobot = o?.bobot ?? null;
    return { kategori: s.kategori, bobot, skor: bobot ?? p.kosong };
  }
  if (!pilihan.length) return { kategori: s.kategori, benar: null, skor: p.kosong };
  const kunci = new Set(v.opsi.filter((o) => o.benar).map((o) => o.id));
  const benar = pilihan.length === kunci.size && pilihan.every((x) => kunci.has(x));
  return { kategori: s.kategori, benar, skor: benar ? p.benar : p.salah };
}

/** The attempt's scores per category and the pass decision (every saved answer counted). */
export function nilaiPercobaan(tes: BarisTes, susunan: readonly ButirSusunan[], versi: Map<string, VersiButir>, jawaban: Map<number, string[]>): HasilNilaiCat {
  const j = susunan.map((s, i) => jawabanButir(tes, s, versi.get(`${s.butirId}:${s.versi}`)!, jawaban.get(i) ?? []));
  const h = hitungNilaiCat(aturanTes(tes), j.map(({ skor: _, ...x }) => x));
  if (!h.ok) throw new Error(h.alasan);
  return h.nilai;
}
