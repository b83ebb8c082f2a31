import { berhasil, gagal, hitungPensiun, JENJANG_FUNGSIONAL, sifatJabatanPensiun, type Hasil, type JenisJabatanPensiun, type JenjangFungsional,
  type TanggalIso } from '@simasn/domain';
import type { Kalkulator, MasalahMasukan } from './kalkulator.ts';
import { bacaBulat, bacaNip, bacaTanggal } from './kgb.ts';

const normal = (s: string) => s.trim().toLowerCase().replace(/[\s\-.]+/g, '_');

const JENIS: Record<string, JenisJabatanPensiun> = { jpt: 'jpt', jpt_pratama: 'jpt', jpt_madya: 'jpt', jpt_utama: 'jpt', administrator: 'administrator', pengawas: 'pengawas',
  pelaksana: 'pelaksana', fungsional: 'fungsional', jf: 'fungsional', fungsional_tertentu: 'fungsional' };

function bacaJenis(teks: string): Hasil<JenisJabatanPensiun> {
  const j = JENIS[normal(teks)];
  return j ? berhasil(j) : gagal('jenis jabatan tidak dikenal (jpt, administrator, pengawas, pelaksana, fungsional)');
}

function jenjangSah(teks: string): JenjangFungsional | undefined {
  const j = normal(teks);
  return (JENJANG_FUNGSIONAL as readonly string[]).includes(j) ? (j as JenjangFungsional) : undefined;
}

interface BarisPensiun {
  nip: string;
  tanggal_lahir: TanggalIso;
  jenis_jabatan: JenisJabatanPensiun;
  /** Read as text: it is only checked when the jabatan is fungsional (ignored otherwise). */
  jenjang?: string;
  bup_khusus?: number;
}

interface KeluaranPensiun {
  pegawai: { nip: string, bup: number, tanggal_bup: TanggalIso, tmt_pensiun: TanggalIso }[];
}

/** `simasn hitung pensiun --input FILE`: BUP (PP 11/2017), the BUP birthday and TMT pensiun of every row. */
export const PENSIUN: Kalkulator<BarisPensiun, KeluaranPensiun> = {
  ringkas: `BUP dan TMT pensiun: --input FILE (kolom nip, tanggal_lahir, jenis_jabatan: jpt|administrator|pengawas|pelaksana|fungsional, jenjang untuk fungsional: ${
    JENJANG_FUNGSIONAL.join('|')
  }, bup_khusus opsional)`,
  kolom: { nip: { baca: bacaNip }, tanggal_lahir: { baca: bacaTanggal }, jenis_jabatan: { baca: bacaJenis }, jenjang: { wajib: false, baca: (t) => berhasil(t) },
    bup_khusus: { wajib: false, baca: bacaBulat(50, 70, 'tahun') } },
  hitung: (baris) => {
    const masalah: MasalahMasukan[] = [];
    const pegawai: KeluaranPensiun['pegawai'] = [];
    for (const b of baris) {
      const v = b.nilai;
      let jenjang: JenjangFungsional | undefined;
      if (v.jenis_jabatan === 'fungsional') {
        if (v.jenjang === undefined) {
          masalah.push({ baris: b.baris, kolom: 'jenjang', alasan: `wajib diisi untuk jabatan fungsional (${JENJANG_FUNGSIONAL.join(', ')})` });
          continue;
        }
        jenjang = jenjangSah(v.jenjang);
        if (!jenjang) {
          masalah.push({ baris: b.baris, kolom: 'jenjang', alasan: `"${v.jenjang}": jenjang tidak dikenal (${JENJANG_FUNGSIONAL.join(', ')})` });
          continue;
        }
      }
      const s = sifatJabatanPensiun(v.jenis_jabatan, jenjang, v.bup_khusus);
      const h = s.ok ? hitungPensiun(v.tanggal_lahir, s.nilai) : s;
      if (!h.ok) {
        masalah.push({ baris: b.baris, kolom: 'jenis_jabatan', alasan: h.alasan });
        continue;
      }
      pegawai.push({ nip: v.nip, bup: h.nilai.bup, tanggal_bup: h.nilai.tanggalBup, tmt_pensiun: h.nilai.tmtPensiun });
    }
    if (masalah.length) return { ok: false, masalah };
    return { ok: true, keluaran: { pegawai } };
  },
};
