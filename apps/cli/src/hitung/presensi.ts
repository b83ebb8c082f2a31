import { aturanPresensi, ATURAN_PRESENSI_BAWAAN, bacaJam, berhasil, gagal, type Hasil, jadwalHari, type KodeMasuk, type KodePulang, nilaiHari, type NilaiHari, rekapPegawai,
  STATUS_HARI, type StatusHari, type TanggalIso, type UsulanHukdis } from '@simasn/domain';
import type { NilaiSel } from '@simasn/platform';
import type { Kalkulator, MasalahMasukan } from './kalkulator.ts';
import { bacaNip, bacaTanggal } from './kgb.ts';

interface BarisPresensi {
  nip: string;
  tanggal: TanggalIso;
  status: StatusHari;
  jam_masuk?: number;
  jam_pulang?: number;
}

interface KeluaranPresensi {
  aturan: string;
  hari: { nip: string, tanggal: TanggalIso, kode_masuk: KodeMasuk | null, terlambat_menit: number, kode_pulang: KodePulang | null, pulang_cepat_menit: number,
    potongan_persen: number }[];
  pegawai: { nip: string, hari_kerja: number, hadir: number, alpa: number, alpa_berturut_maks: number, tl: { TL1: number, TL2: number, TL3: number, TL4: number },
    psw: { PSW1: number, PSW2: number, PSW3: number, PSW4: number }, potongan_disiplin_persen: number, usulan_hukdis: UsulanHukdis | null }[];
}

const dua = (n: number) => String(n).padStart(2, '0');
const keJam = (menit: number) => `${dua(Math.floor(menit / 60))}:${dua(menit % 60)}`;

/**
 * A local time cell: `07:30`, `7.30`, `07:30:00`; in XLSX also a time cell (a Date on 1899-12-30
 * or a day fraction). Minutes after midnight, 00:00 to 23:59 (the demo Perbup has no night shift).
 */
export function bacaJamSel(teks: string, mentah?: NilaiSel): Hasil<number> {
  if (mentah instanceof Date) return berhasil(mentah.getUTCHours() * 60 + mentah.getUTCMinutes());
  if (typeof mentah === 'number') {
    if (mentah >= 0 && mentah < 1) return berhasil(Math.round(mentah * 1440) % 1440);
    return gagal('jam harus berbentuk JJ:MM (contoh 07:30)');
  }
  const h = bacaJam(teks);
  if (!h.ok) return h;
  return h.nilai < 1440 ? h : gagal('jam harus 00:00 sampai 23:59');
}

function bacaStatus(teks: string): Hasil<StatusHari> {
  const s = teks.toLowerCase().replace(/[\s-]+/g, '_');
  return (STATUS_HARI as readonly string[]).includes(s) ? berhasil(s as StatusHari) : gagal(`status tidak dikenal; pilihan: ${STATUS_HARI.join(', ')}`);
}

/**
 * `simasn hitung presensi --input FILE [--aturan perbup-sukamaju-2026]`: every day's TL/PSW codes,
 * minutes and cut under an attendance rule set (RULES.md section 8), and per pegawai the counts,
 * the capped disiplin cut, the longest alpa run over the working days in the input and the
 * proposed hukuman disiplin (PP 94/2021). Working days are the rule set's office week (Saturday,
 * Sunday and rows with status libur are not); holidays come in as libur rows.
 */
export const PRESENSI: Kalkulator<BarisPresensi, KeluaranPresensi> = {
  ringkas: `Presensi dan disiplin: --input FILE (kolom nip, tanggal, status, jam_masuk, jam_pulang; status ${
    STATUS_HARI.join('|')
  }; jam JJ:MM waktu setempat, kosong bila tidak absen) [--aturan ${ATURAN_PRESENSI_BAWAAN}]`,
  kolom: { nip: { baca: bacaNip }, tanggal: { baca: bacaTanggal }, status: { baca: bacaStatus }, jam_masuk: { wajib: false, baca: bacaJamSel },
    jam_pulang: { wajib: false, baca: bacaJamSel } },
  opsi: { aturan: { type: 'string' } },
  hitung: (baris, opsi) => {
    const a = aturanPresensi(opsi.aturan === undefined ? ATURAN_PRESENSI_BAWAAN : String(opsi.aturan));
    if (!a.ok) return { ok: false, masalah: [{ baris: null, kolom: '--aturan', alasan: a.alasan }] };
    const aturan = a.nilai;
    const masalah: MasalahMasukan[] = [];
    const sudah = new Map<string, number>();
    const perPegawai = new Map<string, { tanggal: TanggalIso, nilai: NilaiHari }[]>();
    const hari: KeluaranPresensi['hari'] = [];
    for (const b of baris) {
      const v = b.nilai;
      const kunci = `${v.nip} ${v.tanggal}`;
      const lain = sudah.get(kunci);
      if (lain !== undefined) {
        masalah.push({ baris: b.baris, kolom: 'tanggal', alasan: `NIP ${v.nip} tanggal ${v.tanggal} sudah ada pada baris ${lain}; satu baris per pegawai per hari` });
        continue;
      }
      sudah.set(kunci, b.baris);
      if (v.jam_masuk !== undefined && v.jam_pulang !== undefined && v.jam_pulang < v.jam_masuk) {
        masalah.push({ baris: b.baris, kolom: 'jam_pulang', alasan: `jam pulang ${keJam(v.jam_pulang)} lebih awal dari jam masuk ${keJam(v.jam_masuk)}` });
        continue;
      }
      const jadwal = jadwalHari(aturan, {}, v.tanggal);
      const n = nilaiHari(aturan, jadwal, { status: v.status, jamMasuk: v.jam_masuk === undefined ? null : keJam(v.jam_masuk),
        jamPulang: v.jam_pulang === undefined ? null : keJam(v.jam_pulang) });
      hari.push({ nip: v.nip, tanggal: v.tanggal, kode_masuk: n.kodeMasuk, terlambat_menit: n.terlambatMenit, kode_pulang: n.kodePulang, pulang_cepat_menit: n.pulangCepatMenit,
        potongan_persen: n.potonganPersen });
      let daftar = perPegawai.get(v.nip);
      if (!daftar) perPegawai.set(v.nip, daftar = []);
      daftar.push({ tanggal: v.tanggal, nilai: n });
    }
    if (masalah.length) return { ok: false, masalah };
    const pegawai: KeluaranPresensi['pegawai'] = [];
    for (const [nip, daftar] of perPegawai) {
      const r = rekapPegawai(aturan, daftar);
      pegawai.push({ nip, hari_kerja: r.hariKerja, hadir: r.hadir, alpa: r.alpa, alpa_berturut_maks: r.alpaBerturutMaks, tl: r.tl, psw: r.psw,
        potongan_disiplin_persen: r.potonganDisiplinPersen, usulan_hukdis: r.usulanHukdis });
    }
    return { ok: true, keluaran: { aturan: aturan.id, hari, pegawai } };
  },
};
