import { ANGKA_TPP, type AngkaTpp, ATURAN_TPP, ATURAN_TPP_BAWAAN, aturanTpp, berhasil, DESIMAL_PERSEN_TPP, type HasilTpp, jumlahTpp, gagal, GOLONGAN_PPPK, type Hasil, hitungTpp,
  HUKDIS_TPP, type HukdisTpp, type MasukanTpp, parseAngka, parseGolonganPns, periksaMasukanTpp, STATUS_PEGAWAI_TPP, type StatusPegawaiTpp } from '@simasn/domain';
import type { NilaiSel } from '@simasn/platform';
import type { Kalkulator, MasalahMasukan } from './kalkulator.ts';
import { bacaNip } from './kgb.ts';

interface BarisTpp {
  nip: string;
  golongan: string;
  status_pegawai: StatusPegawaiTpp;
  besaran_tpp: number;
  capaian_kinerja: number;
  potongan_disiplin_persen: number;
  hukdis: HukdisTpp;
  gaji_dan_tunjangan: number;
}

const KUNCI = { tppKinerja: 'tpp_kinerja', tppDisiplin: 'tpp_disiplin', potonganHukdis: 'potongan_hukdis', bruto: 'bruto', iuranBpjsPegawai: 'iuran_bpjs_pegawai',
  iuranBpjsPemda: 'iuran_bpjs_pemda', pph21: 'pph21', netto: 'netto' } as const satisfies Record<AngkaTpp, string>;
type KunciKeluaran = (typeof KUNCI)[AngkaTpp];
type AngkaKeluaran = Record<KunciKeluaran, number>;

interface KeluaranTpp {
  aturan: string;
  pegawai: ({ nip: string } & AngkaKeluaran)[];
  jumlah: AngkaKeluaran;
}

const keKeluaran = (angka: Record<AngkaTpp, number>) => Object.fromEntries(ANGKA_TPP.map((k) => [KUNCI[k], angka[k]])) as AngkaKeluaran;

/** The input column of each field of `MasukanTpp`, for problems found across columns. */
const KOLOM: Record<keyof MasukanTpp, keyof BarisTpp | null> = { golongan: 'golongan', statusPegawai: 'status_pegawai', besaranTpp: 'besaran_tpp',
  capaianKinerja: 'capaian_kinerja', potonganDisiplinPersen: 'potongan_disiplin_persen', hukdis: 'hukdis', gajiDanTunjangan: 'gaji_dan_tunjangan', kelasJabatan: null };

/** Whole rupiah: `4800000`, `4.800.000`, `Rp 4.800.000,00`; sen are refused. */
function bacaRupiah(teks: string): Hasil<number> {
  const s = teks.replace(/^rp\.?\s*/i, '');
  const h = parseAngka(s, { bulat: true });
  if (!h.ok) return parseAngka(s).ok ? gagal('harus rupiah bulat (tanpa sen)') : h;
  return h.nilai >= 0 ? h : gagal('tidak boleh negatif');
}

/**
 * A percentage 0-100 (`87,5`, `87.5`, `87,5%`). Typed, at most 4 decimals (what the rules compute
 * with); an XLSX number cell (a formula's 69.78999999999999) is read to 4 decimals by the rules.
 */
function bacaPersen(teks: string, mentah?: NilaiSel): Hasil<number> {
  const h = parseAngka(typeof mentah === 'number' ? mentah : teks.replace(/\s*%$/, ''));
  if (!h.ok) return h;
  if (h.nilai < 0 || h.nilai > 100) return gagal('harus 0 sampai 100');
  if (typeof mentah === 'number') return h;
  const desimal = /[.,](\d+)$/.exec(String(h.nilai))?.[1]?.length ?? (String(h.nilai).includes('e') ? DESIMAL_PERSEN_TPP + 1 : 0);
  return desimal <= DESIMAL_PERSEN_TPP ? h : gagal(`paling banyak ${DESIMAL_PERSEN_TPP} angka di belakang koma`);
}

function bacaPilihan<T extends string>(pilihan: readonly T[]) {
  return (teks: string): Hasil<T> => {
    const s = teks.trim().toLowerCase().replace(/[\s-]+/g, '_');
    return (pilihan as readonly string[]).includes(s) ? berhasil(s as T) : gagal(`tidak dikenal; pilihan: ${pilihan.join(', ')}`);
  };
}

/** A PNS golongan (`III/a`, also `3a`) or a PPPK one (`I`-`XVII`); whether it fits the status is checked per row. */
function bacaGolongan(teks: string): Hasil<string> {
  const pppk = teks.trim().toUpperCase();
  if ((GOLONGAN_PPPK as readonly string[]).includes(pppk)) return berhasil(pppk);
  const pns = parseGolonganPns(teks);
  return pns.ok ? pns : gagal('golongan tidak dikenal (PNS/CPNS: I/a sampai IV/e, mis. III/a; PPPK: I sampai XVII)');
}

/**
 * `simasn hitung tpp --input FILE [--aturan perbup-sukamaju-2026]`: one month's TPP of every row
 * under a TPP rule set (RULES.md section 10): the kinerja and disiplin parts, the hukuman disiplin
 * cut, bruto, BPJS Kesehatan of the employee and of the Pemda, PPh 21 and netto, in whole rupiah,
 * and their sums. One row per pegawai (a NIP twice is refused).
 */
export const TPP: Kalkulator<BarisTpp, KeluaranTpp> = {
  ringkas: `TPP sebulan: --input FILE (kolom nip, golongan (III/a; PPPK I-XVII), status_pegawai ${STATUS_PEGAWAI_TPP.join('|')}, besaran_tpp (Rp), capaian_kinerja (0-100), `
    + `potongan_disiplin_persen (0-100), hukdis ${HUKDIS_TPP.join('|')}, gaji_dan_tunjangan (Rp)) [--aturan ${Object.keys(ATURAN_TPP).join('|')}, bawaan ${ATURAN_TPP_BAWAAN}]`,
  kolom: { nip: { baca: bacaNip }, golongan: { baca: bacaGolongan }, status_pegawai: { baca: bacaPilihan(STATUS_PEGAWAI_TPP) }, besaran_tpp: { baca: bacaRupiah },
    capaian_kinerja: { baca: (teks, mentah) => {
      const h = bacaPersen(teks, mentah);
      return !h.ok && h.alasan === 'harus 0 sampai 100' ? gagal('harus 0 sampai 100 (capaian di atas target ditulis 100)') : h;
    } }, potongan_disiplin_persen: { baca: bacaPersen }, hukdis: { baca: bacaPilihan(HUKDIS_TPP) }, gaji_dan_tunjangan: { baca: bacaRupiah } },
  opsi: { aturan: { type: 'string' } },
  hitung: (baris, opsi) => {
    const a = aturanTpp(opsi.aturan === undefined ? ATURAN_TPP_BAWAAN : String(opsi.aturan));
    if (!a.ok) return { ok: false, masalah: [{ baris: null, kolom: '--aturan', alasan: a.alasan }] };
    const aturan = a.nilai;
    const masalah: MasalahMasukan[] = [];
    const sudah = new Map<string, number>();
    const pegawai: KeluaranTpp['pegawai'] = [];
    const hasil: HasilTpp[] = [];
    for (const b of baris) {
      const v = b.nilai;
      const lain = sudah.get(v.nip);
      if (lain !== undefined) {
        masalah.push({ baris: b.baris, kolom: 'nip', alasan: `NIP ${v.nip} sudah ada pada baris ${lain}; satu baris per pegawai` });
        continue;
      }
      sudah.set(v.nip, b.baris);
      const m: MasukanTpp = { golongan: v.golongan, statusPegawai: v.status_pegawai, besaranTpp: v.besaran_tpp, capaianKinerja: v.capaian_kinerja,
        potonganDisiplinPersen: v.potongan_disiplin_persen, hukdis: v.hukdis, gajiDanTunjangan: v.gaji_dan_tunjangan };
      const salah = periksaMasukanTpp(aturan, m);
      if (salah.length) {
        for (const s of salah) masalah.push({ baris: b.baris, kolom: KOLOM[s.kolom], alasan: s.alasan });
        continue;
      }
      const h = hitungTpp(aturan, m);
      if (!h.ok) {
        masalah.push({ baris: b.baris, kolom: null, alasan: h.alasan });
        continue;
      }
      hasil.push(h.nilai);
      pegawai.push({ nip: v.nip, ...keKeluaran(h.nilai) });
    }
    if (masalah.length) return { ok: false, masalah };
    return { ok: true, keluaran: { aturan: aturan.id, pegawai, jumlah: keKeluaran(jumlahTpp(hasil)) } };
  },
};
