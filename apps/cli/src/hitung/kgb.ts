import { berhasil, gagal, hariIniIso, ZONA_BAWAAN, hitungKgb, parseAngka, parseGolonganPns, parseNip, parsePredikatSkp, parseTanggal, PREDIKAT_SKP, type Hasil,
  type KodeGolonganPns, type PredikatSkp, type TanggalIso } from '@simasn/domain';
import type { Kalkulator, MasalahMasukan } from './kalkulator.ts';

/** Column readers shared by the personnel calculators (values trimmed by the harness, case-insensitive). */
export function bacaNip(teks: string): Hasil<string> {
  const h = parseNip(teks);
  return h.ok ? berhasil(h.nilai.nip) : h;
}

export function bacaTanggal(teks: string): Hasil<TanggalIso> {
  return parseTanggal(teks);
}

export function bacaBulat(min: number, max: number, satuan: string) {
  return (teks: string): Hasil<number> => {
    const h = parseAngka(teks, { bulat: true });
    if (!h.ok) return h;
    return h.nilai >= min && h.nilai <= max ? h : gagal(`harus ${min} sampai ${max} ${satuan}`);
  };
}

function bacaPredikat(teks: string): Hasil<PredikatSkp> {
  const p = parsePredikatSkp(teks);
  return p ? berhasil(p) : gagal(`predikat kinerja tidak dikenal (${PREDIKAT_SKP.slice(0, 5).join(', ')}; skala lama: cukup, buruk)`);
}

interface BarisKgb {
  nip: string;
  golongan: KodeGolonganPns;
  tmt_kgb_terakhir: TanggalIso;
  mkg_tahun: number;
  mkg_bulan: number;
  predikat_kinerja: PredikatSkp;
}

interface KeluaranKgb {
  pegawai: { nip: string, tmt_kgb_berikutnya: TanggalIso | null, mkg_tahun: number, mkg_bulan: number, gaji_pokok_lama: number, gaji_pokok_baru: number | null,
    memenuhi_syarat: boolean, alasan: string | null }[];
}

/**
 * `simasn hitung kgb --input FILE [--pada YYYY-MM-DD]`: the next KGB of every row. Both amounts come
 * from the grid in force on the next TMT; at the top of the grid (no next TMT) the current salary is
 * read on --pada (default: today, WIB).
 */
export const KGB: Kalkulator<BarisKgb, KeluaranKgb> = {
  ringkas:
    'KGB berikutnya: --input FILE (kolom nip, golongan, tmt_kgb_terakhir, mkg_tahun, mkg_bulan, predikat_kinerja) [--pada YYYY-MM-DD untuk gaji di puncak tabel, bawaan hari ini]',
  kolom: { nip: { baca: bacaNip }, golongan: { baca: parseGolonganPns }, tmt_kgb_terakhir: { baca: bacaTanggal }, mkg_tahun: { baca: bacaBulat(0, 50, 'tahun') },
    mkg_bulan: { baca: bacaBulat(0, 11, 'bulan') }, predikat_kinerja: { baca: bacaPredikat } },
  opsi: { pada: { type: 'string' } },
  hitung: (baris, opsi) => {
    // An offline calculator: "today" is the WIB day unless --pada names one.
    let pada = hariIniIso(new Date(), ZONA_BAWAAN);
    if (opsi.pada !== undefined) {
      const p = parseTanggal(String(opsi.pada));
      if (!p.ok) return { ok: false, masalah: [{ baris: null, kolom: '--pada', alasan: p.alasan }] };
      pada = p.nilai;
    }
    const masalah: MasalahMasukan[] = [];
    const pegawai: KeluaranKgb['pegawai'] = [];
    for (const b of baris) {
      const v = b.nilai;
      const h = hitungKgb({ golongan: v.golongan, tmtKgbTerakhir: v.tmt_kgb_terakhir, mkgTahun: v.mkg_tahun, mkgBulan: v.mkg_bulan, predikatKinerja: v.predikat_kinerja, pada });
      if (!h.ok) {
        const kolom = /^(TMT KGB|tidak ada tabel)/.test(h.alasan) ? 'tmt_kgb_terakhir' : 'mkg_tahun';
        masalah.push({ baris: b.baris, kolom, alasan: h.alasan });
        continue;
      }
      const r = h.nilai;
      pegawai.push({ nip: v.nip, tmt_kgb_berikutnya: r.tmtKgbBerikutnya, mkg_tahun: r.mkgTahun, mkg_bulan: r.mkgBulan, gaji_pokok_lama: r.gajiPokokLama,
        gaji_pokok_baru: r.gajiPokokBaru, memenuhi_syarat: r.memenuhiSyarat, alasan: r.alasan.length ? r.alasan.join('; ') : null });
    }
    return masalah.length ? { ok: false, masalah } : { ok: true, keluaran: { pegawai } };
  },
};
