import { besaranTppKelas, capaianKinerjaBulan, capaianKinerjaSkp, formatAngka, formatRupiah, formatTanggal, hitungTpp, hukdisBerjalan, jumlahHari, LABEL_HUKDIS_TPP,
  LABEL_JENIS_RHK, labelBulan, type AturanTpp, type HasilTpp, type HukdisTpp, type MasukanTpp, type StatusPegawaiTpp, targetPeriodeSkp, teksPersenTpp } from '@simasn/domain';
import type { HukdisPegawai, PegawaiTpp } from '@simasn/kepegawaian';
import { kodePeriode, labelPeriode, type RealisasiSkpPegawai } from '@simasn/kinerja';
import type { RekapTpp } from '@simasn/rekap';
import type { GajiBulan } from '../gaji/daftar-gaji.ts';

/**
 * The month's input of every ASN put together from the other modules' data, and computed under the
 * rule set (pure: the action reads, this decides). An ASN whose data is missing (no kelas jabatan,
 * no gaji, no rekap...) is kept with every reason instead of failing the month.
 */

/**
 * Net working minutes a day the approved activities are measured against: 37 h 30 min a week net of
 * breaks over 5 days (Perpres 21/2023, RULES.md section 8). Days of cuti, sakit, tugas belajar and
 * diklat are not counted in the target.
 */
export const MENIT_KERJA_HARI = 450;

export interface SumberTpp {
  pegawai: readonly PegawaiTpp[];
  rekap: ReadonlyMap<number, RekapTpp>;
  menitAktivitas: ReadonlyMap<number, number>;
  /** The agreed SKP with the period's realisasi per pegawai (read only under a rule measuring capaian from SKP realisasi). */
  skp: ReadonlyMap<number, RealisasiSkpPegawai>;
  gaji: ReadonlyMap<number, { gajiPokok: number, tmt: string }>;
  /** The month's imported daftar gaji (gaji pokok plus tunjangan): preferred over riwayat gaji's gaji pokok. */
  daftarGaji: ReadonlyMap<number, GajiBulan>;
  hukdis: readonly HukdisPegawai[];
}

export interface BarisTpp {
  pegawai: PegawaiTpp;
  statusPegawai: StatusPegawaiTpp;
  besaran: number | null;
  capaianKinerja: number | null;
  potonganDisiplin: number | null;
  hukdis: HukdisTpp;
  gajiDanTunjangan: number | null;
  hasil: HasilTpp | null;
  asal: AsalTpp;
  masalah: string | null;
}

const BERJALAN_TIDAK_ADA = { ok: true, nilai: 'tidak_ada' } as const;
const STATUS: Record<PegawaiTpp['statusKepegawaian'], StatusPegawaiTpp> = { PNS: 'pns', CPNS: 'cpns', PPPK: 'pppk' };
const NAMA_JENIS_HUKDIS: Record<string, string> = { potong_tukin_6: 'pemotongan tunjangan kinerja 25% selama 6 bulan',
  potong_tukin_9: 'pemotongan tunjangan kinerja 25% selama 9 bulan', potong_tukin_12: 'pemotongan tunjangan kinerja 25% selama 12 bulan', penurunan_jabatan: 'penurunan jabatan',
  pembebasan_jabatan: 'pembebasan dari jabatan', pdhtaps: 'pemberhentian dengan hormat tidak atas permintaan sendiri' };

/**
 * Where one ASN's inputs came from, as figures (stored with the row; the Indonesian sentences are
 * built by `teksAsalTpp` when someone reads them, not 100.000 times in the month's pass).
 */
export interface AsalTpp {
  /** Only the gaji pokok of riwayat gaji (no daftar gaji imported for the month): tunjangan not included. */
  gaji?: { gajiPokok: number, tmt: string };
  /** The month's imported daftar gaji: gaji dan tunjangan (kotor), its gaji pokok, the file and the day it was imported. */
  daftarGaji?: { jumlahKotor: number, gajiPokok: number, namaBerkas: string, diimpor: string };
  rekap?: { hariKerja: number, hadir: number, dinasLuar: number, cuti: number, sakit: number, izin: number, alpa: number, potongan: number, menungguTinjau: number };
  /** Capaian from approved activities: minutes against the target, or no working day to measure. */
  aktivitas?: { capaian: number, menit: number, hariTarget: number };
  /**
   * Capaian from SKP realisasi: the agreed SKP (id, version), the realisasi period read (`b05`,
   * `tw2`) and per RHK counted its realisasi figure, the year's target of its measured indicator
   * with the satuan, and its capaian (null: not measured, no quantitative target above 0).
   */
  skp?: { capaian: number, skpId: number, nomorVersi: number, periode: string,
    rhk: [realisasi: number | null, target: number | null, satuan: string | null, capaian: number | null][] };
  hukdis?: { tingkat: HukdisTpp, jenis: string, nomorSk: string | null, tmt: string, masaBulan: number | null };
}

/**
 * `AsalTpp` as stored: the same figures by position under one-letter keys. The month's 100.000
 * rows carry it, and its keys repeated in every jsonb value were half of a row's bytes (457 bytes a
 * row with the named form); writing and storing them was the largest part of the month's write.
 */
export interface AsalTersimpan {
  g?: [gajiPokok: number, tmt: string];
  d?: [jumlahKotor: number, gajiPokok: number, namaBerkas: string, diimpor: string];
  r?: [hariKerja: number, hadir: number, dinasLuar: number, cuti: number, sakit: number, izin: number, alpa: number, potongan: number, menungguTinjau: number];
  a?: [capaian: number, menit: number, hariTarget: number];
  k?: [capaian: number, skpId: number, nomorVersi: number, periode: string, rhk: NonNullable<AsalTpp['skp']>['rhk']];
  h?: [tingkat: HukdisTpp, jenis: string, nomorSk: string | null, tmt: string, masaBulan: number | null];
}

/** The stored form of `AsalTpp` (`bukaAsal` reads it back). */
export function ringkasAsal(asal: AsalTpp): AsalTersimpan {
  const { gaji: g, daftarGaji: d, rekap: r, aktivitas: a, skp: k, hukdis: x } = asal;
  const s: AsalTersimpan = {};
  if (g) s.g = [g.gajiPokok, g.tmt];
  if (d) s.d = [d.jumlahKotor, d.gajiPokok, d.namaBerkas, d.diimpor];
  if (r) s.r = [r.hariKerja, r.hadir, r.dinasLuar, r.cuti, r.sakit, r.izin, r.alpa, r.potongan, r.menungguTinjau];
  if (a) s.a = [a.capaian, a.menit, a.hariTarget];
  if (k) s.k = [k.capaian, k.skpId, k.nomorVersi, k.periode, k.rhk];
  if (x) s.h = [x.tingkat, x.jenis, x.nomorSk, x.tmt, x.masaBulan];
  return s;
}

/** A stored `asal_masukan` back as `AsalTpp`: the stored form, the named form of rows written before it, or the sentences of older rows. */
export function bukaAsal(simpan: AsalTersimpan | AsalTpp | string[] | null | undefined): AsalTpp | string[] | null {
  if (!simpan || Array.isArray(simpan)) return simpan ?? null;
  if ('gaji' in simpan || 'daftarGaji' in simpan || 'rekap' in simpan || 'aktivitas' in simpan || 'skp' in simpan || 'hukdis' in simpan) return simpan as AsalTpp;
  const { g, d, r, a, k, h } = simpan as AsalTersimpan;
  const asal: AsalTpp = {};
  if (g) asal.gaji = { gajiPokok: g[0], tmt: g[1] };
  if (d) asal.daftarGaji = { jumlahKotor: d[0], gajiPokok: d[1], namaBerkas: d[2], diimpor: d[3] };
  if (r) {
    asal.rekap = { hariKerja: r[0], hadir: r[1], dinasLuar: r[2], cuti: r[3], sakit: r[4], izin: r[5], alpa: r[6], potongan: r[7], menungguTinjau: r[8] };
  }
  if (a) asal.aktivitas = { capaian: a[0], menit: a[1], hariTarget: a[2] };
  if (k) asal.skp = { capaian: k[0], skpId: k[1], nomorVersi: k[2], periode: k[3], rhk: k[4] };
  if (h) asal.hukdis = { tingkat: h[0], jenis: h[1], nomorSk: h[2], tmt: h[3], masaBulan: h[4] };
  return asal;
}

/** The sentences of `AsalTpp` (stored form, named form, or the sentences rows stored before it was figures hold already). */
export function teksAsalTpp(aturan: AturanTpp, bulan: string, simpan: AsalTersimpan | AsalTpp | string[] | null | undefined): string[] {
  const asal = bukaAsal(simpan);
  if (!asal) return [];
  if (Array.isArray(asal)) return asal;
  const teks: string[] = [];
  const { gaji: g, daftarGaji: d, rekap: r, aktivitas: a, skp: k, hukdis: x } = asal;
  if (d) {
    teks.push(
      `Gaji dan tunjangan ${formatRupiah(d.jumlahKotor)} dari daftar gaji ${labelBulan(bulan)} (impor ${d.namaBerkas}, ${formatTanggal(d.diimpor)}): gaji pokok ${
        formatRupiah(d.gajiPokok)
      } dan tunjangan ${formatRupiah(d.jumlahKotor - d.gajiPokok)} (dasar batas iuran BPJS).`,
    );
  }
  if (g) {
    teks.push(
      `Gaji pokok ${formatRupiah(g.gajiPokok)} dari riwayat gaji TMT ${formatTanggal(g.tmt)} (dasar batas iuran BPJS); tunjangan tidak termasuk karena daftar gaji ${
        labelBulan(bulan)
      } belum diimpor.`,
    );
  }
  if (r) {
    teks.push(
      `Rekap presensi ${
        labelBulan(bulan)
      }: ${r.hariKerja} hari kerja, hadir ${r.hadir}, dinas luar ${r.dinasLuar}, cuti ${r.cuti}, sakit ${r.sakit}, izin ${r.izin}, alpa ${r.alpa}; `
        + `potongan disiplin ${teksPersenTpp(r.potongan)}${r.menungguTinjau ? ` (${r.menungguTinjau} presensi masih ditinjau)` : ''}.`,
    );
  }
  if (a) {
    if (a.hariTarget === 0) teks.push(`Capaian kinerja ${teksPersenTpp(a.capaian)}: tidak ada hari wajib kerja di luar cuti, sakit, tugas belajar dan diklat bulan ini.`);
    else {
      const target = a.hariTarget * MENIT_KERJA_HARI;
      teks.push(
        `Capaian kinerja ${teksPersenTpp(a.capaian)}: aktivitas harian disetujui ${formatAngka(a.menit)} menit dari target ${formatAngka(target)} menit `
          + `(${a.hariTarget} hari wajib kerja x ${MENIT_KERJA_HARI} menit)${a.menit > target ? `, dibatasi ${teksPersenTpp(aturan.capaianKinerja.batasPersen)}` : ''}.`,
      );
    }
  }
  if (k) teks.push(teksAsalSkp(aturan, bulan, k));
  if (x) {
    teks.push(
      `Hukuman disiplin ${LABEL_HUKDIS_TPP[x.tingkat]} berjalan: ${NAMA_JENIS_HUKDIS[x.jenis] ?? x.jenis}${x.nomorSk ? `, SK ${x.nomorSk}` : ''}, TMT ${formatTanggal(x.tmt)}${
        x.masaBulan ? ` selama ${x.masaBulan} bulan` : ''
      }.`,
    );
  }
  return teks;
}

/** A figure as people read it: `10`, `5,3333`, `1.250`. */
const teksAngka = (x: number) => formatAngka(x, Number.isInteger(x) ? 0 : Math.min(4, String(x).split('.')[1]?.length ?? 0));

/**
 * The SKP origin in words: which SKP, which period, and per RHK counted realisasi against the
 * period's target (the share of the year's target the rule takes), its capaian, and the average.
 */
function teksAsalSkp(aturan: AturanTpp, bulan: string, k: NonNullable<AsalTpp['skp']>): string {
  const c = aturan.capaianKinerja;
  const aturanSkp = c.sumber === 'realisasi_skp' ? c.skp : null;
  const tahun = bulan.slice(0, 4);
  const jenis = aturanSkp ? aturanSkp.jenisRhk.map((j) => `RHK ${LABEL_JENIS_RHK[j].toLowerCase()}`).join(' dan ') : 'RHK';
  const periode = `${labelPeriode(k.periode)} ${tahun}`;
  const bagian = k.rhk.map(([realisasi, target, satuan, capaian], i) => {
    const nama = `RHK ${i + 1}`;
    if (capaian === null || target === null) {
      return `${nama} tidak diukur (${target === null ? 'tidak punya indikator kuantitatif' : 'targetnya 0'})`;
    }
    const s = satuan ? (satuan === '%' ? '%' : ` ${satuan}`) : '';
    const tp = aturanSkp ? targetPeriodeSkp(aturanSkp, target, satuan) : target;
    const asalTarget = tp === target ? 'target setahun' : `${aturanSkp?.periode === 'triwulanan' ? '3/12' : '1/12'} dari target setahun ${teksAngka(target)}${s}`;
    const teksTarget = `target ${periode} ${teksAngka(Math.round(tp * 10000) / 10000)}${s} (${asalTarget})`;
    if (realisasi === null) return `${nama} belum ada angka realisasi ${periode} dari ${teksTarget}: dihitung 0%`;
    const mentah = tp > 0 ? (realisasi / tp) * 100 : 0;
    const batas = mentah > c.batasPersen ? `, dibatasi ${teksPersenTpp(c.batasPersen)}` : '';
    return `${nama} realisasi ${teksAngka(realisasi)}${s} dari ${teksTarget} = ${teksPersenTpp(batas ? Math.round(mentah * 100) / 100 : capaian)}${batas}`;
  });
  const diukur = k.rhk.filter((x) => x[3] !== null).length;
  return `Capaian kinerja ${teksPersenTpp(k.capaian)} dari realisasi SKP tahun ${tahun} (versi ${k.nomorVersi}) periode ${periode}: rata-rata ${diukur} ${jenis} yang diukur. `
    + `${bagian.join('; ')}.`;
}

/** The month's input and result of one ASN (figures only: the reasons are built when read). */
export function susunSatu(aturan: AturanTpp, bulan: string, p: PegawaiTpp, s: Omit<SumberTpp, 'pegawai' | 'hukdis'> & { hukdis: readonly HukdisPegawai[] }): BarisTpp {
  const masalah: string[] = [];
  const asal: AsalTpp = {};
  const statusPegawai = STATUS[p.statusKepegawaian];
  // Kelas jabatan and besaran.
  let besaran: number | null = null;
  if (!p.jabatan) masalah.push('belum ada jabatan');
  else if (p.kelasJabatan === null) masalah.push(`jabatan ${p.jabatan} belum punya kelas jabatan`);
  else {
    const b = besaranTppKelas(aturan, p.kelasJabatan);
    if (b.ok) besaran = b.nilai;
    else masalah.push(b.alasan);
  }
  if (!p.golongan) masalah.push('golongan belum tercatat');
  // Gaji dan tunjangan (the BPJS cap): the month's imported daftar gaji, else only the gaji pokok of riwayat gaji.
  const d = s.daftarGaji.get(p.pegawaiId);
  const g = d ? undefined : s.gaji.get(p.pegawaiId);
  const gaji = d ? d.jumlahKotor : g ? g.gajiPokok : null;
  if (d) asal.daftarGaji = { jumlahKotor: d.jumlahKotor, gajiPokok: d.gajiPokok, namaBerkas: d.namaBerkas, diimpor: d.diimpor };
  else if (g) asal.gaji = { gajiPokok: g.gajiPokok, tmt: g.tmt };
  else masalah.push(`belum ada riwayat gaji (gaji pokok) sampai ${labelBulan(bulan)}`);
  // Disiplin and capaian from the rekap.
  const r = s.rekap.get(p.pegawaiId);
  let potongan: number | null = null;
  let capaian: number | null = null;
  const sumber = aturan.capaianKinerja.sumber;
  if (!r) masalah.push(`rekap presensi ${labelBulan(bulan)} belum ada`);
  else {
    potongan = r.potonganPersen;
    asal.rekap = { hariKerja: r.hariKerja, hadir: r.hadir, dinasLuar: r.dinasLuar, cuti: r.cuti, sakit: r.sakit, izin: r.izin, alpa: r.alpa, potongan,
      menungguTinjau: r.menungguTinjau };
    if (sumber === 'aktivitas_disetujui') {
      const hariTarget = Math.max(0, r.hariKerja - r.cuti - r.sakit - r.tugasBelajar - r.diklat);
      const menit = s.menitAktivitas.get(p.pegawaiId) ?? 0;
      if (hariTarget === 0) {
        capaian = aturan.capaianKinerja.batasPersen;
        asal.aktivitas = { capaian, menit, hariTarget };
      } else {
        const c = capaianKinerjaBulan(aturan, menit, hariTarget * MENIT_KERJA_HARI);
        if (c.ok) {
          capaian = c.nilai;
          asal.aktivitas = { capaian, menit, hariTarget };
        } else masalah.push(c.alasan);
      }
    }
  }
  // Capaian from the agreed SKP's realisasi of the month's period (no rekap needed).
  if (sumber === 'realisasi_skp') {
    const k = s.skp.get(p.pegawaiId);
    if (!k) masalah.push(`belum ada SKP tahun ${bulan.slice(0, 4)} yang disepakati dengan pejabat penilai (capaian kinerja diukur dari realisasi SKP)`);
    else {
      const c = capaianKinerjaSkp(aturan, bulan, k.rhk);
      if (c.ok) {
        capaian = c.nilai.capaian;
        asal.skp = { capaian, skpId: k.skpId, nomorVersi: k.nomorVersi, periode: kodePeriode(c.nilai.periode.jenis)[c.nilai.periode.ke - 1]!,
          rhk: c.nilai.rhk.map((x) => [x.realisasi, x.target, x.satuan, x.capaian]) };
      } else masalah.push(`capaian kinerja dari SKP: ${c.alasan}`);
    }
  }
  // Hukuman disiplin running in the month.
  let hukdis: HukdisTpp = 'tidak_ada';
  const h = s.hukdis.length ? hukdisBerjalan(aturan, s.hukdis.map((x) => ({ tingkat: x.tingkat, tmt: x.tmt, masaBulan: x.masaBulan })), bulan) : BERJALAN_TIDAK_ADA;
  if (h.ok) {
    hukdis = h.nilai;
    if (hukdis !== 'tidak_ada') {
      const akhir = `${bulan}-${String(jumlahHari(Number(bulan.slice(0, 4)), Number(bulan.slice(5, 7)))).padStart(2, '0')}`;
      const x = s.hukdis.find((y) => y.tingkat === hukdis && y.tmt <= akhir);
      if (x) asal.hukdis = { tingkat: hukdis, jenis: x.jenis, nomorSk: x.nomorSk ?? null, tmt: x.tmt, masaBulan: x.masaBulan ?? null };
    }
  } else masalah.push(h.alasan);

  const dasar = { pegawai: p, statusPegawai, besaran, capaianKinerja: capaian, potonganDisiplin: potongan, hukdis, gajiDanTunjangan: gaji, asal };
  if (masalah.length) return { ...dasar, hasil: null, masalah: masalah.join('; ') };
  const m: MasukanTpp = { golongan: p.golongan!, statusPegawai, besaranTpp: besaran!, capaianKinerja: capaian!, potonganDisiplinPersen: potongan!, hukdis, gajiDanTunjangan: gaji!,
    kelasJabatan: p.kelasJabatan as MasukanTpp['kelasJabatan'] };
  const hasil = hitungTpp(aturan, m, { rincian: false });
  return hasil.ok ? { ...dasar, hasil: hasil.nilai, masalah: null } : { ...dasar, hasil: null, masalah: hasil.alasan };
}

/** Every ASN's month, in one pass over the data read once. */
export function susunBulanTpp(aturan: AturanTpp, bulan: string, s: SumberTpp): BarisTpp[] {
  const hukdisPer = new Map<number, HukdisPegawai[]>();
  for (const h of s.hukdis) {
    const d = hukdisPer.get(h.pegawaiId);
    if (d) d.push(h);
    else hukdisPer.set(h.pegawaiId, [h]);
  }
  const kosong: HukdisPegawai[] = [];
  return s.pegawai.map((p) => susunSatu(aturan, bulan, p, { ...s, hukdis: hukdisPer.get(p.pegawaiId) ?? kosong }));
}

/** The stored inputs of a row back as `hitungTpp`'s input (the reasons are recomputed on read from them). */
export function masukanTersimpan(
  b: { golongan: string | null, statusPegawai: string, besaran: number | null, capaianKinerja: number | null, potonganDisiplin: number | null, hukdis: string,
    gajiDanTunjangan: number | null, kelasJabatan: number | null },
): MasukanTpp | null {
  if (b.golongan === null || b.besaran === null || b.capaianKinerja === null || b.potonganDisiplin === null || b.gajiDanTunjangan === null) return null;
  return { golongan: b.golongan, statusPegawai: b.statusPegawai as StatusPegawaiTpp, besaranTpp: b.besaran, capaianKinerja: b.capaianKinerja,
    potonganDisiplinPersen: b.potonganDisiplin, hukdis: b.hukdis as HukdisTpp, gajiDanTunjangan: b.gajiDanTunjangan,
    ...(b.kelasJabatan === null ? {} : { kelasJabatan: b.kelasJabatan as MasukanTpp['kelasJabatan'] }) };
}
