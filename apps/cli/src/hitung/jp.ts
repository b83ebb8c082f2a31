import { ATURAN_JP, ATURAN_JP_BAWAAN, aturanJp, berhasil, DESIMAL_DURASI_JP, gagal, type Hasil, hitungJp, type KegiatanJp, type MasalahJp, parseAngka, periksaKegiatanJp,
  type TanggalIso } from '@simasn/domain';
import type { NilaiSel } from '@simasn/platform';
import type { Kalkulator, MasalahMasukan } from './kalkulator.ts';
import { bacaNip, bacaTanggal } from './kgb.ts';

interface BarisJp {
  nip: string;
  jenis_diklat: number;
  tanggal_selesai: TanggalIso;
  jp?: number;
  menit?: number;
  nomor_sertifikat?: string;
}

interface KeluaranJp {
  pegawai: { nip: string, tahun: number, jp: number, jp_klasikal: number, jp_nonklasikal: number, memenuhi_20_jp: boolean }[];
}

const KOLOM: Record<MasalahJp['kolom'], keyof BarisJp> = { nip: 'nip', jenisDiklat: 'jenis_diklat', tanggalSelesai: 'tanggal_selesai', jp: 'jp', menit: 'menit',
  nomorSertifikat: 'nomor_sertifikat' };

function bacaJenisDiklat(teks: string): Hasil<number> {
  return /^\d{1,2}$/.test(teks) && Number(teks) >= 1 && Number(teks) <= 25
    ? berhasil(Number(teks))
    : gagal('jenis diklat harus kode SIASN 1 sampai 25 (1-13 klasikal, 14-25 nonklasikal)');
}

/** A duration (JP or minutes): `12`, `2,5`, `2.5`; at most 4 decimals when typed, an XLSX number cell read to 4 decimals. */
function bacaDurasi(teks: string, mentah?: NilaiSel): Hasil<number> {
  const h = parseAngka(typeof mentah === 'number' ? mentah : teks);
  if (!h.ok) return h;
  if (h.nilai < 0) return gagal('tidak boleh negatif');
  if (typeof mentah === 'number') return berhasil(Math.round(h.nilai * 10 ** DESIMAL_DURASI_JP) / 10 ** DESIMAL_DURASI_JP);
  const desimal = /\.(\d+)$/.exec(String(h.nilai))?.[1]?.length ?? (String(h.nilai).includes('e') ? DESIMAL_DURASI_JP + 1 : 0);
  return desimal <= DESIMAL_DURASI_JP ? h : gagal(`paling banyak ${DESIMAL_DURASI_JP} angka di belakang koma`);
}

/**
 * `simasn hitung jp --input FILE [--aturan pp-17-2020]`: the year's JP of competency development
 * per pegawai (RULES.md section 11): activities counted in the year of their end date, minutes /
 * 45, the same certificate of one person once (its largest JP), classical (jenis diklat 1-13) and
 * non-classical (14-25) apart, and whether the 20 JP are met. One row per nip and year.
 */
export const JP: Kalkulator<BarisJp, KeluaranJp> = {
  ringkas: `JP pengembangan kompetensi setahun: --input FILE (kolom nip, jenis_diklat (kode SIASN 1-25), tanggal_selesai (YYYY-MM-DD), jp atau menit (salah satu), `
    + `nomor_sertifikat (boleh kosong)) [--aturan ${Object.keys(ATURAN_JP).join('|')}, bawaan ${ATURAN_JP_BAWAAN}]`,
  kolom: { nip: { baca: bacaNip }, jenis_diklat: { baca: bacaJenisDiklat }, tanggal_selesai: { baca: bacaTanggal }, jp: { wajib: false, baca: bacaDurasi },
    menit: { wajib: false, baca: bacaDurasi }, nomor_sertifikat: { wajib: false, baca: (teks) => berhasil(teks) } },
  opsi: { aturan: { type: 'string' } },
  hitung: (baris, opsi) => {
    const a = aturanJp(opsi.aturan === undefined ? ATURAN_JP_BAWAAN : String(opsi.aturan));
    if (!a.ok) return { ok: false, masalah: [{ baris: null, kolom: '--aturan', alasan: a.alasan }] };
    const aturan = a.nilai;
    if (baris.every((b) => b.nilai.jp === undefined && b.nilai.menit === undefined)) {
      return { ok: false, masalah: [{ baris: 1, kolom: 'jp', alasan: 'kolom "jp" atau "menit" tidak ada atau kosong pada semua baris; isi salah satu per baris' }] };
    }
    const masalah: MasalahMasukan[] = [];
    const kegiatan: KegiatanJp[] = [];
    for (const b of baris) {
      const v = b.nilai;
      const k: KegiatanJp = { nip: v.nip, jenisDiklat: v.jenis_diklat, tanggalSelesai: v.tanggal_selesai, jp: v.jp ?? null, menit: v.menit ?? null,
        nomorSertifikat: v.nomor_sertifikat ?? null };
      const salah = periksaKegiatanJp(aturan, k);
      for (const s of salah) {
        masalah.push({ baris: b.baris, kolom: s.alasan.startsWith('isi jp atau menit') ? 'jp/menit' : KOLOM[s.kolom], alasan: s.alasan });
      }
      kegiatan.push(k);
    }
    if (masalah.length) return { ok: false, masalah };
    const h = hitungJp(aturan, kegiatan);
    if (!h.ok) return { ok: false, masalah: [{ baris: null, kolom: null, alasan: h.alasan }] };
    return { ok: true,
      keluaran: {
        pegawai: h.nilai.tahunan.map((t) => ({ nip: t.nip, tahun: t.tahun, jp: t.jp, jp_klasikal: t.jpKlasikal, jp_nonklasikal: t.jpNonklasikal,
          memenuhi_20_jp: t.memenuhiTarget })
        ),
      } };
  },
};
