import { empty, sql } from '@simasn/db';
import { ATURAN_MERIT, ATURAN_MERIT_BAWAAN, aturanMeritBerlaku, bulatkan, capaianIndeks, formatAngka, hariIniIso, hitungMerit, periksaInstrumenMerit, usulanNaikKategoriMerit,
  type AturanMerit, type InstrumenMerit, type KategoriMerit, type SkorSubAspekMerit } from '@simasn/domain';
import { lingkup, terlarang, tidakDitemukan, type Konteks } from '@simasn/platform';
import { instrumenPenilaian, jumlahBobotInstrumen } from './instrumen.ts';

/**
 * What every merit action shares: loading an assessment of the caller's instansi, and turning
 * its instrument and scores into the breakdown the page, the finalisation and the frozen result
 * all show (one function, so they can never disagree).
 */

export interface BarisPenilaianMerit {
  id: number;
  tahun: number;
  instrumen_id: string;
  aturan_id: string | null;
  target_total: number | null;
  target_renstra: number | null;
  status: 'draf' | 'final';
  versi: number;
  dibuat_pada: Date;
  diubah_pada: Date;
}

export interface SkorTersimpan {
  sub_aspek: string;
  skor: number;
  catatan: string | null;
  versi: number;
  diubah_pada: Date;
  dokumen_id: number | null;
  nama_berkas: string | null;
  jenis_mime: string | null;
  ukuran: number | null;
  diunggah_pada: Date | null;
}

/**
 * The Sistem Merit figures are the instansi's own aggregates, not personal data: every holder of
 * `indeks:baca` may read them whatever their reach (RULES.md section 3).
 */
export function izinBaca(ctx: Konteks): void {
  lingkup(ctx, 'indeks:baca');
}

/** Writing needs `indeks:kelola` over the whole instansi. */
export function izinKelola(ctx: Konteks): void {
  if (!lingkup(ctx, 'indeks:kelola').semua) throw terlarang('Penilaian indeks instansi hanya dapat diubah oleh pengelola tingkat instansi.');
}

/** One assessment of the caller's instansi, or 404. `kunci` locks the row for the transaction. */
export async function bacaPenilaian(ctx: Konteks, id: number, kunci = false): Promise<BarisPenilaianMerit> {
  const p = await ctx.db.maybeOne<BarisPenilaianMerit>(sql`
    select id, tahun, instrumen_id, aturan_id, target_total, target_renstra, status, versi, dibuat_pada, diubah_pada
      from penilaian_merit where instansi_id = ${ctx.instansiId} and id = ${id}
     ${kunci ? sql`for update` : empty}`);
  if (!p) throw tidakDitemukan('Penilaian Sistem Merit tidak ditemukan.');
  return p;
}

/** The rule set an assessment is judged under: the one pinned, else the one in force at the year's end. */
export function aturanPenilaian(p: { tahun: number, aturan_id: string | null }): AturanMerit {
  if (p.aturan_id && ATURAN_MERIT[p.aturan_id]) return ATURAN_MERIT[p.aturan_id]!;
  const h = aturanMeritBerlaku(`${p.tahun}-12-31`);
  return h.ok ? h.nilai : ATURAN_MERIT[ATURAN_MERIT_BAWAAN]!;
}

export async function bacaSkor(ctx: Konteks, penilaianId: number): Promise<SkorTersimpan[]> {
  return ctx.db.many<SkorTersimpan>(sql`
    select s.sub_aspek, s.skor, s.catatan, s.versi, s.diubah_pada, s.dokumen_id, d.nama_berkas, d.jenis_mime, d.ukuran, d.diunggah_pada
      from skor_merit s
      left join dokumen_bukti d on d.instansi_id = s.instansi_id and d.id = s.dokumen_id
     where s.instansi_id = ${ctx.instansiId} and s.penilaian_id = ${penilaianId}`);
}

export const teksKategori = (k: KategoriMerit) => ({ kode: k.kode, label: k.label, teks: `${k.kode} ${k.label}` });

const angka = (x: number) => formatAngka(x, Number.isInteger(x) ? 0 : 2);

/**
 * The breakdown of an assessment: per sub-aspect score, weight, value and evidence; per aspect
 * value against its maximum; total, index, category (hitungMerit); the sub-aspects that raise
 * the category soonest (usulanNaikKategoriMerit); and what is wrong or missing. Unscored
 * sub-aspects are left out of the figures and listed: the figures are provisional until every
 * sub-aspect is scored.
 */
export function rincianMerit(instrumen: InstrumenMerit, aturan: AturanMerit, skor: readonly SkorTersimpan[]) {
  const menurutKode = new Map(skor.map((s) => [s.sub_aspek, s]));
  const namaSub = new Map<string, string>();
  const dinilai: SkorSubAspekMerit[] = [];
  const belumDinilai: string[] = [];
  const aspek = instrumen.aspek.map((a) => {
    const subAspek = a.subAspek.map((s) => {
      namaSub.set(s.kode, s.nama);
      const x = menurutKode.get(s.kode);
      if (x) dinilai.push({ aspek: a.nomor, subAspek: s.kode, bobot: s.bobot, skor: x.skor });
      else belumDinilai.push(s.kode);
      return { kode: s.kode, nama: s.nama, bobot: s.bobot, skor: x?.skor ?? null, labelSkor: x ? aturan.labelSkor[x.skor] ?? String(x.skor) : null,
        nilai: x ? bulatkan(s.bobot * x.skor, 2) : null, catatan: x?.catatan ?? null, versi: x?.versi ?? 0, diubahPada: x?.diubah_pada ?? null,
        dokumen: x?.dokumen_id ? { id: x.dokumen_id, namaBerkas: x.nama_berkas!, jenisMime: x.jenis_mime!, ukuran: x.ukuran!, diunggahPada: x.diunggah_pada } : null };
    });
    const jumlahBobot = bulatkan(a.subAspek.reduce((t, s) => t + s.bobot, 0), 4);
    return { nomor: a.nomor, nama: a.nama, jumlahBobot, maksimum: bulatkan(jumlahBobot * aturan.skorMaks, 2), nilai: 0,
      jumlahDinilai: subAspek.filter((s) => s.skor !== null).length, subAspek };
  });
  const h = hitungMerit(dinilai, aturan);
  for (const a of aspek) a.nilai = h.aspek.find((x) => x.aspek === a.nomor)?.nilai ?? 0;
  const jumlahBobot = jumlahBobotInstrumen(instrumen);

  const peringatan = periksaInstrumenMerit(instrumen, aturan).map((m) => `Instrumen: ${m}.`);
  if (jumlahBobot !== aturan.jumlahBobotBaku) {
    peringatan.push(
      `Jumlah bobot instrumen ${angka(jumlahBobot)}, bukan ${angka(aturan.jumlahBobotBaku)}: total tidak lagi pada rentang `
        + `${angka(aturan.jumlahBobotBaku * aturan.skorMin)}–${angka(aturan.jumlahBobotBaku * aturan.skorMaks)}.`,
    );
  }
  for (const n of aturan.aspek) {
    if (!instrumen.aspek.some((a) => a.nomor === n.nomor)) peringatan.push(`Aspek ${n.nomor} (${n.nama}) tidak ada pada instrumen.`);
  }
  if (belumDinilai.length) {
    peringatan.push(`${belumDinilai.length} sub-aspek belum dinilai (${belumDinilai.join(', ')}): nilai di bawah ini sementara.`);
  }

  const u = usulanNaikKategoriMerit(dinilai, aturan);
  const nama = (kode: string) => namaSub.get(kode) ?? kode;
  return { aspek, jumlahBobot, totalMinimum: bulatkan(jumlahBobot * aturan.skorMin, 2), totalMaksimum: bulatkan(jumlahBobot * aturan.skorMaks, 2),
    jumlahSubAspek: dinilai.length + belumDinilai.length, jumlahDinilai: dinilai.length, belumDinilai, lengkap: belumDinilai.length === 0, total: h.total, indeks: h.indeks,
    kategori: dinilai.length ? teksKategori(h.kategori) : null, naikKategori: {
      kategoriBerikutnya: u.kategoriBerikutnya ? teksKategori(u.kategoriBerikutnya) : null,
      kurang: u.kurang,
      langkah: u.langkah.map((l) => ({ ...l, nama: nama(l.subAspek) })),
      jumlahLangkah: u.jumlahLangkah,
      totalSetelah: u.totalSetelah,
      indeksSetelah: bulatkan(u.totalSetelah / aturan.pembagiIndeks, 3),
      tercapai: u.tercapai,
      /** The sub-aspects worth most per step, for when the shortest path is not the practical one. */
      urutan: u.urutan.slice(0, 10).map((x) => ({ ...x, nama: nama(x.subAspek) })),
    }, peringatan };
}

export type RincianMerit = ReturnType<typeof rincianMerit>;

/** Reference date of a year's figure: its last day, or today while the year runs (the instansi's local day). */
export function tanggalAcuanTahun(ctx: Konteks, tahun: number): string {
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const akhir = `${tahun}-12-31`;
  return akhir < hariIni ? akhir : hariIni;
}

/** The whole read of an assessment: breakdown, last year, targets, the frozen result when final. */
export async function susunPenilaian(ctx: Konteks, p: BarisPenilaianMerit) {
  const instrumen = await instrumenPenilaian(ctx, p.instrumen_id);
  const aturan = aturanPenilaian(p);
  const r = rincianMerit(instrumen, aturan, await bacaSkor(ctx, p.id));

  const lalu = await ctx.db.maybeOne<BarisPenilaianMerit>(sql`
    select id, tahun, instrumen_id, aturan_id, target_total, target_renstra, status, versi, dibuat_pada, diubah_pada
      from penilaian_merit where instansi_id = ${ctx.instansiId} and tahun = ${p.tahun - 1}`);
  let tahunLalu = null;
  if (lalu) {
    const rl = rincianMerit(await instrumenPenilaian(ctx, lalu.instrumen_id), aturanPenilaian(lalu), await bacaSkor(ctx, lalu.id));
    tahunLalu = { id: lalu.id, tahun: lalu.tahun, status: lalu.status, total: rl.total, indeks: rl.indeks, kategori: rl.kategori, lengkap: rl.lengkap,
      selisih: bulatkan(r.total - rl.total, 2) };
  }
  const capaian = (target: number | null) => {
    if (target === null) return null;
    const h = capaianIndeks(r.total, target);
    return h.ok ? { target, persen: h.nilai } : null;
  };
  const hasil = p.status === 'final'
    ? await ctx.db.maybeOne<{ id: number, nilai: number, kategori: string, dihitungPada: Date, dihitungOleh: string }>(sql`
        select id, nilai, kategori, dihitung_pada as "dihitungPada", dihitung_oleh as "dihitungOleh"
          from hasil_indeks
         where instansi_id = ${ctx.instansiId} and jenis = 'merit' and tahun = ${p.tahun} and rincian ->> 'penilaianId' = ${String(p.id)}
         order by dihitung_pada desc, id desc limit 1`) ?? null
    : null;
  return { id: p.id, tahun: p.tahun, status: p.status, riwayat: await riwayatFinal(ctx, p), versi: p.versi, targetTotal: p.target_total, targetRenstra: p.target_renstra,
    dibuatPada: p.dibuat_pada, diubahPada: p.diubah_pada, aturan: { id: aturan.id, nama: aturan.nama, dasarHukum: aturan.dasarHukum },
    instrumen: { id: instrumen.id, nama: instrumen.nama, dasarHukum: instrumen.dasarHukum, berlakuMulai: instrumen.berlakuMulai, catatan: instrumen.catatan ?? null,
      milikInstansi: instrumen.milikInstansi }, skala: { min: aturan.skorMin, maks: aturan.skorMaks, label: aturan.labelSkor, pembagiIndeks: aturan.pembagiIndeks },
    kategoriAturan: aturan.kategori.map(teksKategori).map((k, i) => ({ ...k, mulai: Number.isFinite(aturan.kategori[i]!.mulai) ? aturan.kategori[i]!.mulai : null })), ...r,
    tahunLalu, capaian: { target: capaian(p.target_total), renstra: capaian(p.target_renstra) }, hasil };
}

/**
 * Every finalisation of the assessment (its frozen figure in hasil_indeks, never rewritten) and
 * every reopening (the reason, from the audit log), oldest first: a reopened year keeps its
 * earlier final figures in sight.
 */
async function riwayatFinal(ctx: Konteks, p: BarisPenilaianMerit) {
  const final = await ctx.db.many<{ waktu: Date, oleh: string, hasilId: number, nilai: number, indeks: number | null, kategori: string | null }>(sql`
    select dihitung_pada as waktu, dihitung_oleh as oleh, id as "hasilId", nilai, (rincian ->> 'indeks')::numeric as indeks, kategori
      from hasil_indeks
     where instansi_id = ${ctx.instansiId} and jenis = 'merit' and tahun = ${p.tahun} and rincian ->> 'penilaianId' = ${String(p.id)}`);
  const buka = await ctx.db.many<{ waktu: Date, oleh: string | null, alasan: string | null, id: number }>(sql`
    select waktu, nama_pengguna as oleh, sesudah ->> 'alasan' as alasan, id
      from audit_log
     where instansi_id = ${ctx.instansiId} and aksi = 'merit.buka_kembali' and entitas = 'penilaian_merit' and entitas_id = ${String(p.id)}`);
  return [
    ...final.map((x) => ({ jenis: 'final' as const, waktu: x.waktu, oleh: x.oleh, hasilId: x.hasilId, total: x.nilai, indeks: x.indeks, kategori: x.kategori, alasan: null })),
    ...buka.map((x) => ({ jenis: 'buka_kembali' as const, waktu: x.waktu, oleh: x.oleh ?? 'sistem', hasilId: null, total: null, indeks: null, kategori: null, alasan: x.alasan })),
  ].sort((a, b) => new Date(a.waktu).getTime() - new Date(b.waktu).getTime() || (a.jenis === 'final' ? -1 : 1));
}

export type PenilaianMerit = Awaited<ReturnType<typeof susunPenilaian>>;
