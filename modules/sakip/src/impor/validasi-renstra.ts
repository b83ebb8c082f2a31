import { raw, sql } from '@simasn/db';
import type { Konteks, NilaiSel, TabelMentah, z } from '@simasn/platform';
import { skemaSimpanIndikator } from '../renstra/simpan-indikator.ts';
import { skemaSimpanProgramKegiatan } from '../renstra/simpan-program-kegiatan.ts';
import { skemaSimpanSasaran } from '../renstra/simpan-sasaran.ts';
import { skemaSimpanTujuan } from '../renstra/simpan-tujuan.ts';
import { angkaSel, kunciLembar, LEMBAR_RENSTRA, teksSel } from './lembar-renstra.ts';

export type { MasalahImporRenstra } from './impor.types.ts';
import type { MasalahImporRenstra } from './impor.types.ts';

interface Baris<T> {
  nomor: number;
  data: T;
}
export interface RencanaImpor {
  tujuan: Baris<z.output<typeof skemaSimpanTujuan>>[];
  sasaran: (Baris<Omit<z.output<typeof skemaSimpanSasaran>, 'tujuanId'>> & { kodeTujuan: string })[];
  program: (Baris<Omit<z.output<typeof skemaSimpanProgramKegiatan>, 'indukId'>> & { kodeInduk: string | null })[];
  indikator:
    (Baris<Omit<z.output<typeof skemaSimpanIndikator>, 'tujuanId' | 'sasaranId' | 'programKegiatanId' | 'programIds'>> & {
      ukur: { jenis: 'tujuan' | 'sasaran' | 'program', kode: string };
      pendukung: string[];
    })[];
}

/** Field path of an action's schema -> the sheet's column key. */
const KOLOM_ISIAN: Record<string, string> = { sumberData: 'sumber_data', sumberOtomatis: 'sumber_otomatis', tahunBaseline: 'tahun_baseline', targetAkhir: 'target_akhir',
  angkaNasional: 'angka_nasional', tujuanId: 'kode_tujuan', sasaranId: 'kode_sasaran', programKegiatanId: 'kode_program', indukId: 'kode_induk', programIds: 'program_pendukung' };

/**
 * Reads and checks every row of the Renstra workbook before anything is written: the header
 * (unknown columns, years outside the period, missing required columns), each cell (required,
 * numbers in Indonesian or plain notation), each row against the same schema the API uses, codes
 * repeated in a sheet, and every code reference (to a row of the file or a part already in the
 * Renstra, at the right level). Every problem names its sheet, row, column and reason.
 */
export async function validasiRenstra(ctx: Konteks, renstraId: number, tahun: readonly number[], tabel: TabelMentah[]) {
  const masalah: MasalahImporRenstra[] = [];
  const rencana: RencanaImpor = { tujuan: [], sasaran: [], program: [], indikator: [] };
  const ada = await kodeTersimpan(ctx, renstraId);
  let jumlahBaris = 0;

  for (const l of LEMBAR_RENSTRA) {
    const t = tabel.find((x) => x.nama.trim().toLowerCase() === l.nama.toLowerCase());
    if (!t) continue;
    // One problem per cell: a number already refused is not refused again by the schema.
    const catat = (baris: number, kolom: string, nilai: NilaiSel | undefined, pesan: string) => {
      if (!masalah.some((m) => m.lembar === l.nama && m.baris === baris && m.kolom === kolom)) masalah.push({ lembar: l.nama, baris, kolom, nilai: teksSel(nilai) || null, pesan });
    };
    const kunci = kunciLembar(l, tahun);
    t.header.forEach((h, i) => {
      const k = h.toLowerCase();
      if (!k || kunci.includes(k)) return;
      const y = /_(\d{4})$/.exec(k);
      catat(1, h, null, y && l.tahunan.some((x) =>
          k === `${x.awalan}_${y[1]}`
        )
        ? `tahun ${y[1]} di luar periode Renstra ${tahun[0]}-${tahun[tahun.length - 1]}` :
        `kolom tidak dikenal (kolom ke-${i + 1})`);
    });
    const indeks = new Map(t.header.map((h, i) => [h.toLowerCase(), i]));
    for (const k of l.kolom) if (k.wajib && !indeks.has(k.kunci)) catat(1, k.kunci, null, 'kolom wajib tidak ada di baris judul');
    const kodeDilihat = new Map<string, number>();
    for (const b of t.baris) {
      jumlahBaris++;
      const sel = (k: string) => (indeks.has(k) ? b.sel[indeks.get(k)!] : null);
      const teks = (k: string) => teksSel(sel(k));
      const awal = masalah.length;
      for (const k of l.kolom) if (k.wajib && !teks(k.kunci)) catat(b.nomor, k.kunci, null, 'wajib diisi');
      const angka = (k: string): number | undefined => {
        const h = angkaSel(sel(k));
        if ('alasan' in h) {
          catat(b.nomor, k, sel(k), h.alasan);
          return undefined;
        }
        return h.nilai ?? undefined;
      };
      const kode = teks('kode');
      if (kode && kodeDilihat.has(kode)) catat(b.nomor, 'kode', kode, `kode ${kode} sudah dipakai di baris ${kodeDilihat.get(kode)} lembar ini`);
      else if (kode) kodeDilihat.set(kode, b.nomor);
      const periksa = <S extends z.ZodType>(skema: S, masukan: Record<string, unknown>, tahunKolom: Record<string, number[]>): z.output<S> | null => {
        const h = skema.safeParse(masukan);
        if (h.success) return h.data;
        for (const i of h.error.issues) {
          const [isian, n, anak] = i.path.map(String);
          let kolom = KOLOM_ISIAN[isian!] ?? isian!;
          if (tahunKolom[isian!] && n !== undefined) kolom = `${anak === 'paguPerubahan' ? 'pagu_perubahan' : isian}_${tahunKolom[isian!]![Number(n)]}`;
          else if (tahunKolom[isian!]?.length) kolom = `${isian}_${tahunKolom[isian!]![0]}`;
          catat(b.nomor, kolom, sel(kolom) ?? null, i.message);
        }
        return null;
      };
      const tahunan = (awalan: string) => tahun.filter((y) => teks(`${awalan}_${y}`));

      if (l.nama === 'Tujuan') {
        const d = periksa(skemaSimpanTujuan, { kode, uraian: teks('uraian'), urutan: angka('urutan') }, {});
        if (d && masalah.length === awal) rencana.tujuan.push({ nomor: b.nomor, data: d });
      } else if (l.nama === 'Sasaran') {
        const d = periksa(skemaSimpanSasaran, { kode, uraian: teks('uraian'), urutan: angka('urutan'), tujuanId: 1 }, {});
        if (d && masalah.length === awal) rencana.sasaran.push({ nomor: b.nomor, data: d, kodeTujuan: teks('kode_tujuan') });
      } else if (l.nama === 'Program') {
        const y = tahunan('pagu');
        for (const x of tahunan('pagu_perubahan')) if (!y.includes(x)) catat(b.nomor, `pagu_${x}`, null, `pagu perubahan ${x} diisi tetapi pagu ${x} kosong`);
        const pagu = y.map((x) => ({ tahun: x, pagu: angka(`pagu_${x}`), paguPerubahan: angka(`pagu_perubahan_${x}`) ?? null }));
        const d = periksa(skemaSimpanProgramKegiatan, { tingkat: teks('tingkat').toLowerCase().replace(/\s+/g, '_'), kode, nama: teks('nama'),
          indukId: teks('kode_induk') ? 1 : undefined, ...(pagu.length ? { pagu } : {}) }, { pagu: y });
        if (d && masalah.length === awal) rencana.program.push({ nomor: b.nomor, data: d, kodeInduk: teks('kode_induk') || null });
      } else {
        const y = tahunan('target');
        const ukur = (['tujuan', 'sasaran', 'program'] as const).filter((j) => teks(`kode_${j}`));
        const pendukung = teks('program_pendukung').split(/[;,\n]/).map((s) => s.trim()).filter(Boolean);
        const d = periksa(skemaSimpanIndikator, { kode, uraian: teks('uraian'), satuan: teks('satuan'), polaritas: teks('polaritas').toLowerCase(),
          agregasi: teks('agregasi').toLowerCase().replace(/[\s-]+/g, '_'), formula: teks('formula') || null, sumberData: teks('sumber_data') || null,
          sumberOtomatis: teks('sumber_otomatis') || null, baseline: angka('baseline'), tahunBaseline: angka('tahun_baseline'), targetAkhir: angka('target_akhir'),
          angkaNasional: angka('angka_nasional'), urutan: angka('urutan'), target: y.map((x) => ({ tahun: x, target: angka(`target_${x}`) })),
          tujuanId: ukur.includes('tujuan') ? 1 : null, sasaranId: ukur.includes('sasaran') ? 1 : null, programKegiatanId: ukur.includes('program') ? 1 : null,
          programIds: pendukung.map(() => 1) }, { target: y });
        if (d && masalah.length === awal) {
          const { tujuanId: _t, sasaranId: _s, programKegiatanId: _p, programIds: _i, ...data } = d;
          rencana.indikator.push({ nomor: b.nomor, data, ukur: { jenis: ukur[0]!, kode: teks(`kode_${ukur[0]}`) }, pendukung });
        }
      }
    }
  }
  periksaRujukan(rencana, ada, masalah);
  masalah.sort((a, b) => LEMBAR_RENSTRA.findIndex((l) => l.nama === a.lembar) - LEMBAR_RENSTRA.findIndex((l) => l.nama === b.lembar) || a.baris - b.baris);
  return { masalah, rencana, jumlahBaris };
}

/** Codes already in the Renstra, per table (programs with their level). */
async function kodeTersimpan(ctx: Konteks, renstraId: number) {
  const q = (tabel: 'tujuan_renstra' | 'sasaran_renstra' | 'program_kegiatan') =>
    ctx.db.many<{ kode: string, tingkat: string | null }>(sql`
    select kode, ${tabel === 'program_kegiatan' ? sql`tingkat` : sql`null::text`} as tingkat from ${raw(tabel)}
     where instansi_id = ${ctx.instansiId} and renstra_id = ${renstraId}`);
  const [tujuan, sasaran, program] = await Promise.all([q('tujuan_renstra'), q('sasaran_renstra'), q('program_kegiatan')]);
  return { tujuan: new Set(tujuan.map((r) => r.kode)), sasaran: new Set(sasaran.map((r) => r.kode)), program: new Map(program.map((r) => [r.kode, r.tingkat!])) };
}

const INDUK_TINGKAT: Record<string, string | null> = { program: null, kegiatan: 'program', sub_kegiatan: 'kegiatan' };
const LABEL: Record<string, string> = { program: 'program', kegiatan: 'kegiatan', sub_kegiatan: 'sub kegiatan' };

/** Every code a row points to must be a row of the file or a part already in the Renstra, at the right level. */
function periksaRujukan(r: RencanaImpor, ada: Awaited<ReturnType<typeof kodeTersimpan>>, masalah: MasalahImporRenstra[]) {
  const tujuan = new Set([...ada.tujuan, ...r.tujuan.map((t) => t.data.kode)]);
  const sasaran = new Set([...ada.sasaran, ...r.sasaran.map((s) => s.data.kode)]);
  const program = new Map([...ada.program, ...r.program.map((p) => [p.data.kode, p.data.tingkat] as const)]);
  const catat = (lembar: string, baris: number, kolom: string, nilai: string, pesan: string) => masalah.push({ lembar, baris, kolom, nilai, pesan });
  for (const s of r.sasaran) {
    if (!tujuan.has(s.kodeTujuan)) catat('Sasaran', s.nomor, 'kode_tujuan', s.kodeTujuan, `tujuan ${s.kodeTujuan} tidak ada di lembar Tujuan maupun di Renstra`);
  }
  for (const p of r.program) {
    const harus = INDUK_TINGKAT[p.data.tingkat];
    if (harus === null && p.kodeInduk) catat('Program', p.nomor, 'kode_induk', p.kodeInduk, 'program berada di puncak pohon; kosongkan kode_induk');
    if (harus && !p.kodeInduk) catat('Program', p.nomor, 'kode_induk', '', `${LABEL[p.data.tingkat]} harus berada di bawah suatu ${LABEL[harus]}; isi kode ${LABEL[harus]}-nya`);
    else if (harus && program.get(p.kodeInduk!) !== harus) {
      catat('Program', p.nomor, 'kode_induk', p.kodeInduk!, program.has(p.kodeInduk!)
        ? `${p.kodeInduk} adalah ${LABEL[program.get(p.kodeInduk!)!]}, padahal induk ${LABEL[p.data.tingkat]} harus ${LABEL[harus]}`
        : `${LABEL[harus]} ${p.kodeInduk} tidak ada di lembar Program maupun di Renstra`);
    }
  }
  for (const i of r.indikator) {
    const { jenis, kode } = i.ukur;
    const dikenal = jenis === 'tujuan' ? tujuan.has(kode) : jenis === 'sasaran' ? sasaran.has(kode) : program.has(kode);
    if (!dikenal) {
      catat('Indikator', i.nomor, `kode_${jenis}`, kode,
        `${jenis} ${kode} tidak ada di lembar ${jenis === 'program' ? 'Program' : jenis === 'tujuan' ? 'Tujuan' : 'Sasaran'} maupun di Renstra`);
    }
    for (const p of i.pendukung) if (!program.has(p)) catat('Indikator', i.nomor, 'program_pendukung', p, `program/kegiatan ${p} tidak ada di lembar Program maupun di Renstra`);
  }
}
