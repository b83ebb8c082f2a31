import { sql } from '@simasn/db';
import { ANALISIS_BUTIR_SIMASN_2026, analisisButir, analisisPengecoh, bulatkan, type HasilNilaiCat, nilaiMaksButir } from '@simasn/domain';
import { catatAudit, lingkup, syaratLingkup, tabelKeXlsx, type Konteks, type Lingkup } from '@simasn/platform';
import { namaKategori } from '../bank/aturan-butir.ts';
import { bacaVersiSusunan, type ButirSusunan, jawabanButir, type VersiButir } from '../percobaan/nilai.ts';
import { tutupPercobaanKedaluwarsa } from '../percobaan/percobaan.ts';
import { ambilTes } from '../tes/tes.ts';

/** One analysed item: p, d, r, the flag and its reasons, the use of each option. */
export interface ButirAnalisis {
  butirId: number;
  kategori: string;
  teks: string;
  peserta: number;
  p: number;
  d: number;
  r: number;
  perluRevisi: boolean;
  alasan: string[];
  opsi: { id: string, kunci: boolean, proporsi: number, keterangan: string | null }[];
}

/**
 * Item analysis of a test (RULES.md section 11, the domain's `analisisButir`): facility p,
 * discrimination d, corrected item-total correlation r, distractor use, Cronbach's alpha, items
 * flagged for revision; over the finished attempts in the proctor's reach. When the bank is larger
 * than the draw, an item is analysed over the items every participant saw (the others are listed
 * in `keterangan`). Also the mean and passes per category and per unit.
 */
export async function analisisTes(ctx: Konteks, tesId: number) {
  return (await hitungAnalisis(ctx, tesId, lingkup(ctx, 'ujian:awasi'))).hasil;
}

/**
 * The items the item analysis flags for revision (`perluRevisi`), over every test with at least
 * two finished attempts: each item with the version the analysis read, so that an item edited
 * since (a new version, back to draf) is no longer flagged. What the question bank's
 * "perlu revisi" filter keeps; computed when asked, like the analysis page.
 */
export async function butirPerluRevisi(ctx: Konteks, l: Lingkup): Promise<{ butirId: number, versi: number }[]> {
  const tes = await ctx.db.many<{ tes_id: number }>(sql`select tes_id from percobaan_ujian where instansi_id = ${ctx.instansiId} and status = 'selesai'
    group by tes_id having count(*) >= 2 order by tes_id`);
  const hasil = new Map<string, { butirId: number, versi: number }>();
  for (const t of tes) {
    const a = await hitungAnalisis(ctx, Number(t.tes_id), l);
    a.hasil.butir.forEach((b, i) => {
      if (b.perluRevisi) hasil.set(`${b.butirId}:${a.versi[i]}`, { butirId: b.butirId, versi: a.versi[i]! });
    });
  }
  return [...hasil.values()];
}

async function hitungAnalisis(ctx: Konteks, tesId: number, l: Lingkup) {
  const tes = await ambilTes(ctx.db, ctx.instansiId, tesId);
  await tutupPercobaanKedaluwarsa(ctx.db, ctx.instansiId, ctx.sekarang(), { tesId });
  const rows = await ctx.db.many<{ id: number, susunan: ButirSusunan[], nilai: HasilNilaiCat, unit: string | null }>(sql`
    select c.id, c.susunan, c.nilai, u.nama as unit from percobaan_ujian c join pegawai p on p.instansi_id = c.instansi_id and p.id = c.pegawai_id
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
     where c.instansi_id = ${ctx.instansiId} and c.tes_id = ${tesId} and c.status = 'selesai' and ${syaratLingkup(l)} order by c.id`);
  const nama = new Map(tes.kategori.map((k) => [k.kode, k.nama || namaKategori(k.kode)]));
  const perKategori = tes.kategori.map((k) => {
    const n = rows.map((r) => r.nilai.kategori.find((x) => x.kode === k.kode)!).filter(Boolean);
    return { kode: k.kode, nama: nama.get(k.kode)!, peserta: n.length, rataRata: n.length ? bulatkan(n.reduce((a, x) => a + x.nilai, 0) / n.length, 2) : 0,
      lulus: n.filter((x) => x.lulus).length };
  });
  const unit = new Map<string, { peserta: number, jumlah: number, lulus: number }>();
  for (const r of rows) {
    const u = unit.get(r.unit ?? 'Tanpa unit') ?? { peserta: 0, jumlah: 0, lulus: 0 };
    u.peserta++;
    u.jumlah += r.nilai.total;
    if (r.nilai.lulus) u.lulus++;
    unit.set(r.unit ?? 'Tanpa unit', u);
  }
  const perUnit = [...unit].map(([u, x]) => ({ unit: u, peserta: x.peserta, rataRata: bulatkan(x.jumlah / x.peserta, 2), lulus: x.lulus })).sort((a, b) =>
    a.unit.localeCompare(b.unit, 'id')
  );
  const dasar = { tesId, judul: tes.judul, peserta: rows.length, perKategori, perUnit };
  const tanpaButir = (keterangan: string) => ({ hasil: { ...dasar, alpha: null, rataRata: null, simpanganBaku: null, butir: [] as ButirAnalisis[], keterangan },
    versi: [] as number[] });
  if (rows.length < 2) return tanpaButir('Analisis butir memerlukan paling sedikit 2 peserta yang selesai.');
  // Items every participant saw, in the order of the first attempt.
  const hitung = new Map<number, number>();
  for (const r of rows) for (const s of r.susunan) hitung.set(s.butirId, (hitung.get(s.butirId) ?? 0) + 1);
  const butirIds = [...hitung].filter(([, n]) => n === rows.length).map(([b]) => b).sort((a, b) => a - b);
  const lewat = hitung.size - butirIds.length;
  const kolom = new Map(butirIds.map((b, i) => [b, i]));
  const semuaSusunan = rows.flatMap((r) => r.susunan);
  const versi = await bacaVersiSusunan(ctx.db, ctx.instansiId, [...new Map(semuaSusunan.map((s) => [`${s.butirId}:${s.versi}`, s])).values()]);
  const jawaban = await ctx.db.many<{ percobaanId: number, urutan: number, pilihan: string[] }>(sql`select percobaan_id as "percobaanId", urutan, pilihan
    from jawaban_ujian where instansi_id = ${ctx.instansiId} and percobaan_id = any(${rows.map((r) => r.id)}::bigint[])`);
  const perPercobaan = new Map<number, Map<number, string[]>>();
  for (const j of jawaban) {
    const m = perPercobaan.get(j.percobaanId) ?? new Map();
    m.set(j.urutan, j.pilihan);
    perPercobaan.set(j.percobaanId, m);
  }
  const k = butirIds.length;
  const n = rows.length;
  const skor = new Float64Array(n * k);
  const pilihanIdx = new Int32Array(n * k).fill(-1);
  const info: { kategori: string, v: VersiButir }[] = new Array(k);
  rows.forEach((r, j) => {
    const jw = perPercobaan.get(r.id) ?? new Map<number, string[]>();
    r.susunan.forEach((s, urutan) => {
      const i = kolom.get(s.butirId);
      if (i === undefined) return;
      const v = versi.get(`${s.butirId}:${s.versi}`)!;
      info[i] ??= { kategori: s.kategori, v };
      const p = jw.get(urutan) ?? [];
      skor[j * k + i] = jawabanButir(tes, s, v, p).skor;
      if (p.length === 1) pilihanIdx[j * k + i] = info[i]!.v.opsi.findIndex((o) => o.id === p[0]);
    });
  });
  const skorMaks = info.map((x) => nilaiMaksButir(tes.kategori.find((c) => c.kode === x.kategori)!.penilaian));
  const h = analisisButir(ANALISIS_BUTIR_SIMASN_2026, { peserta: rows.map((r) => String(r.id)), butir: butirIds.map(String), skorMaks, skor });
  if (!h.ok) return tanpaButir(`Analisis butir tidak dapat dihitung: ${h.alasan}.`);
  const kunci = info.map((x) => {
    const ganda = x.v.jenis === 'ganda' || x.v.opsi.some((o) => o.bobot !== null);
    return ganda ? null : x.v.opsi.findIndex((o) => o.benar);
  });
  const pc = analisisPengecoh(ANALISIS_BUTIR_SIMASN_2026, h.nilai, { pilihan: pilihanIdx, jumlahOpsi: info.map((x) => x.v.opsi.length), kunci });
  const pengecoh = new Map(pc.ok ? pc.nilai.map((x) => [x.butir, x]) : []);
  const butir: ButirAnalisis[] = h.nilai.butir.map((b, i) => ({ butirId: butirIds[i]!, kategori: info[i]!.kategori, teks: info[i]!.v.teks, peserta: n, p: b.p, d: b.d, r: b.r,
    perluRevisi: b.perluRevisi, alasan: b.keterangan,
    opsi: (pengecoh.get(b.butir)?.opsi ?? []).map((o) => ({ id: info[i]!.v.opsi[o.opsi]?.id ?? String(o.opsi), kunci: o.kunci, proporsi: o.proporsi, keterangan: o.keterangan })) })
  );
  const hasil = { ...dasar, alpha: h.nilai.alphaTerukur ? h.nilai.alpha : null, rataRata: h.nilai.rataRata, simpanganBaku: h.nilai.simpanganBaku,
    keterangan: lewat ? `${lewat} butir tidak dianalisis karena tidak didapat semua peserta (bank lebih besar dari jumlah yang diundi).` : '', butir };
  return { hasil, versi: info.map((x) => x.v.versi) };
}

/** The item analysis as XLSX (one row per item, the figures and the reasons for revision). */
export async function eksporAnalisis(ctx: Konteks, tesId: number) {
  const a = await analisisTes(ctx, tesId);
  const angka = (x: number | null) => (x === null ? '' : String(bulatkan(x, 4)).replace('.', ','));
  const isi = await tabelKeXlsx<(typeof a.butir)[number]>({ judul: `Analisis butir: ${a.judul}`, namaLembar: 'Analisis butir',
    keterangan: `${a.peserta} peserta selesai; alfa Cronbach ${angka(a.alpha) || 'tidak terukur'}; rata-rata ${angka(a.rataRata)}; simpangan baku ${
      angka(a.simpanganBaku)
    }. ${a.keterangan}`, kolom: [
      { judul: 'Butir', nilai: (b) => b.butirId, lebar: 8 },
      { judul: 'Kategori', nilai: (b) => b.kategori, lebar: 12 },
      { judul: 'Soal', nilai: (b) => b.teks, lebar: 60 },
      { judul: 'p (tingkat kesukaran)', nilai: (b) => b.p, format: '0.0000', lebar: 12 },
      { judul: 'd (daya beda)', nilai: (b) => b.d, format: '0.0000', lebar: 12 },
      { judul: 'r (korelasi butir-total)', nilai: (b) => b.r, format: '0.0000', lebar: 12 },
      { judul: 'Perlu revisi', nilai: (b) => (b.perluRevisi ? 'Ya' : 'Tidak'), lebar: 10 },
      { judul: 'Alasan', nilai: (b) => b.alasan.join('; '), lebar: 50 },
      { judul: 'Pengecoh', nilai: (b) => b.opsi.map((o) => `${o.id}${o.kunci ? '*' : ''} ${angka(o.proporsi)}${o.keterangan ? ` (${o.keterangan})` : ''}`).join('; '), lebar: 60 },
    ], baris: a.butir });
  await catatAudit(ctx, { aksi: 'tes_ujian.ekspor_analisis', entitas: 'tes_ujian', entitasId: tesId, sesudah: { butir: a.butir.length, peserta: a.peserta } });
  return { isi, namaBerkas: `analisis-butir-tes-${tesId}.xlsx` };
}
