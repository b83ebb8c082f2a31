import { golonganBerikutnya, GOLONGAN_PNS, urutanGolongan, type KodeGolonganPns } from '../golongan.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import { LABEL_JENJANG, LABEL_TINGKAT_STRUKTURAL, type Eselon, type JenisJabatan, type JenjangFungsional, type TingkatStruktural } from '../jabatan.ts';
import { labelPendidikan, peringkatPendidikan, type TingkatPendidikan } from '../pendidikan.ts';
import { JENIS_HUKDIS, LABEL_PREDIKAT_SKP, type JenisHukdis, type PredikatSkp } from '../riwayat.ts';
import { formatTanggal, selisihTahunBulan, tambahBulan, type TanggalIso } from '../tanggal.ts';
import { apakahPeriodeKp, aturanPeriodeKpPada, periodeKpBerikutnya, PERIODE_KP, type AturanPeriodeKp } from './kenaikan-pangkat.ts';

/**
 * Kenaikan pangkat eligibility by type at a KP period. Sources, per RULES.md marks:
 * - periods [reg] (kenaikan-pangkat.ts); 4 years in the golongan for reguler [impl, RULES.md];
 * - everything else here is not in RULES.md and follows the regulations as public
 *   implementations apply them [impl]: PP 99/2000 jo. PP 12/2002 (ceilings by pendidikan,
 *   pilihan struktural and fungsional, penyesuaian ijazah), PP 100/2000 jo. PP 13/2002 (pangkat
 *   range per eselon), PermenPAN-RB 1/2023 (angka kredit per golongan, jenjang ranges),
 *   Peraturan BKN 6/2022 (a PNS serving a hukuman disiplin sedang or berat is not proposed).
 *   They are data below, versioned by id, so a correction is a new rule set, not a code change.
 */
export const JENIS_USULAN_KP = ['reguler', 'pilihan_struktural', 'pilihan_fungsional', 'penyesuaian_ijazah'] as const;
export type JenisUsulanKp = (typeof JENIS_USULAN_KP)[number];
export const LABEL_JENIS_USULAN_KP: Record<JenisUsulanKp, string> = { reguler: 'Reguler', pilihan_struktural: 'Pilihan (jabatan struktural)',
  pilihan_fungsional: 'Pilihan (jabatan fungsional)', penyesuaian_ijazah: 'Penyesuaian ijazah' };

export interface AturanSyaratKp {
  id: string;
  dasarHukum: string;
  /** Years in the current golongan at the period, per type. */
  minimalTahunDalamGolongan: Readonly<Record<JenisUsulanKp, number>>;
  /** Years in the jabatan struktural for pilihan struktural. */
  minimalTahunDalamJabatanStruktural: number;
  /** How many of the latest SKP must be at least Baik. */
  jumlahSkpDinilai: number;
  predikatMemenuhi: readonly PredikatSkp[];
  /** KP reguler ceiling per pendidikan (PP 99/2000 Pasal 18 as amended). */
  plafonPendidikan: Readonly<Record<TingkatPendidikan, KodeGolonganPns>>;
  /** Entry golongan a diploma gives (penyesuaian ijazah goes up to it). */
  golonganAwalIjazah: Readonly<Record<TingkatPendidikan, KodeGolonganPns>>;
  /** Highest pangkat of an eselon (PP 100/2000 jo. PP 13/2002 lampiran). */
  plafonEselon: Readonly<Record<Eselon, KodeGolonganPns>>;
  /** When no eselon is recorded: the ceiling of the structural level. */
  plafonTingkatStruktural: Readonly<Record<TingkatStruktural, KodeGolonganPns>>;
  /** Highest golongan of each jenjang fungsional (PermenPAN-RB 1/2023). */
  plafonJenjang: Readonly<Record<JenjangFungsional, KodeGolonganPns>>;
  /** Angka kredit needed to rise from a golongan (PermenPAN-RB 1/2023 lampiran; keyed by current golongan). */
  angkaKreditKp: Readonly<Partial<Record<KodeGolonganPns, number>>>;
  /** Hukuman disiplin levels that block while being served; PDHTAPS always blocks. */
  tingkatHukdisMenghalangi: readonly ('ringan' | 'sedang' | 'berat')[];
}

export const ATURAN_SYARAT_KP: AturanSyaratKp = { id: 'syarat-kp-pp99-2000-permenpan-1-2023',
  dasarHukum: 'PP 99/2000 jo. PP 12/2002; PP 100/2000 jo. PP 13/2002; PermenPAN-RB 1/2023; Peraturan BKN 6/2022 (implementasi)',
  minimalTahunDalamGolongan: { reguler: 4, pilihan_struktural: 4, pilihan_fungsional: 2, penyesuaian_ijazah: 1 }, minimalTahunDalamJabatanStruktural: 1, jumlahSkpDinilai: 2,
  predikatMemenuhi: ['sangat_baik', 'baik'],
  plafonPendidikan: { SD: 'II/a', SMP: 'II/c', SMA: 'III/b', D1: 'III/b', D2: 'III/c', D3: 'III/d', D4: 'IV/a', S1: 'IV/a', S2: 'IV/b', S3: 'IV/c' },
  golonganAwalIjazah: { SD: 'I/a', SMP: 'I/c', SMA: 'II/a', D1: 'II/a', D2: 'II/b', D3: 'II/c', D4: 'III/a', S1: 'III/a', S2: 'III/b', S3: 'III/c' },
  plafonEselon: { 'I.a': 'IV/e', 'I.b': 'IV/e', 'II.a': 'IV/d', 'II.b': 'IV/d', 'III.a': 'IV/b', 'III.b': 'IV/a', 'IV.a': 'III/d', 'IV.b': 'III/b' },
  plafonTingkatStruktural: { jpt_utama: 'IV/e', jpt_madya: 'IV/e', jpt_pratama: 'IV/d', administrator: 'IV/b', pengawas: 'III/d' },
  plafonJenjang: { pemula: 'II/a', terampil: 'II/d', mahir: 'III/b', penyelia: 'III/d', ahli_pertama: 'III/b', ahli_muda: 'III/d', ahli_madya: 'IV/c', ahli_utama: 'IV/e' },
  angkaKreditKp: { 'II/a': 15, 'II/b': 20, 'II/c': 20, 'II/d': 20, 'III/a': 50, 'III/b': 50, 'III/c': 100, 'III/d': 100, 'IV/a': 150, 'IV/b': 150, 'IV/c': 150, 'IV/d': 200 },
  tingkatHukdisMenghalangi: ['sedang', 'berat'] };

export interface JabatanKp {
  jenis: JenisJabatan;
  tmt: TanggalIso;
  tingkatStruktural?: TingkatStruktural | null;
  eselon?: Eselon | null;
  jenjang?: JenjangFungsional | null;
}

export interface IjazahKp {
  tingkat: TingkatPendidikan;
  /** Date on the diploma, or 31 December of the graduation year when it is not recorded. */
  tanggal: TanggalIso;
}

export interface HukdisKp {
  jenis: JenisHukdis;
  tmt: TanggalIso;
  masaBulan: number;
}

/** What the records say about one employee, for every KP type. */
export interface DataKp {
  golongan: KodeGolonganPns;
  tmtGolongan: TanggalIso;
  tmtCpns: TanggalIso | null;
  skp: readonly { tahun: number, predikat: PredikatSkp }[];
  hukdis: readonly HukdisKp[];
  ijazah: readonly IjazahKp[];
  jabatan: JabatanKp | null;
  /** Angka kredit kumulatif: not in the records, the OPD provides it with the usulan. */
  angkaKredit?: number | null;
}

export interface HasilSyaratKp {
  jenis: JenisUsulanKp;
  periode: TanggalIso;
  golonganBaru: KodeGolonganPns | null;
  masaDalamGolongan: { tahun: number, bulan: number };
  memenuhiSyarat: boolean;
  /** The time in the golongan (and jabatan) is met: the KP is due, whatever else blocks it. */
  masaTerpenuhi: boolean;
  /** Only the angka kredit is missing: eligible once the OPD enters it. */
  perluAngkaKredit: boolean;
  alasan: string[];
  aturan: { syarat: string, periode: string };
}

const lebihTinggi = (a: string, b: string) => urutanGolongan(a) > urutanGolongan(b);

/** The highest diploma recorded (by rank, then the latest). */
function ijazahTertinggi(ijazah: readonly IjazahKp[]): IjazahKp | undefined {
  return [...ijazah].sort((a, b) => peringkatPendidikan(b.tingkat) - peringkatPendidikan(a.tingkat) || (a.tanggal < b.tanggal ? 1 : -1))[0];
}

/** Reasons from the SKP: the latest `jumlah` years must all be at least Baik. */
function alasanSkp(skp: DataKp['skp'], a: AturanSyaratKp): string[] {
  const terakhir = [...skp].sort((x, y) => y.tahun - x.tahun).slice(0, a.jumlahSkpDinilai);
  if (terakhir.length < a.jumlahSkpDinilai) {
    return [`baru ada ${terakhir.length} SKP; KP mensyaratkan ${a.jumlahSkpDinilai} SKP terakhir paling rendah Baik`];
  }
  return terakhir.filter((s) => !a.predikatMemenuhi.includes(s.predikat)).map((s) => `predikat SKP ${s.tahun} ${LABEL_PREDIKAT_SKP[s.predikat]} di bawah Baik`);
}

/** A hukuman disiplin being served on the period date (or a PDHTAPS) blocks the KP. */
function alasanHukdis(hukdis: readonly HukdisKp[], periode: TanggalIso, a: AturanSyaratKp): string[] {
  const alasan: string[] = [];
  for (const h of hukdis) {
    const info = JENIS_HUKDIS[h.jenis];
    if (h.tmt > periode) continue;
    if (h.jenis === 'pdhtaps') {
      alasan.push(`dijatuhi hukuman disiplin ${info.label} (TMT ${formatTanggal(h.tmt)})`);
      continue;
    }
    const selesai = tambahBulan(h.tmt, h.masaBulan);
    if (a.tingkatHukdisMenghalangi.includes(info.tingkat) && periode < selesai) {
      alasan.push(`sedang menjalani hukuman disiplin ${info.tingkat} (${info.label}) sampai ${formatTanggal(selesai)}`);
    }
  }
  return alasan;
}

/** The golongan a type would give, or a reason it can give none. */
function golonganTujuan(jenis: JenisUsulanKp, d: DataKp, a: AturanSyaratKp): { baru: KodeGolonganPns | null, alasan: string[] } {
  const baru = golonganBerikutnya(d.golongan) ?? null;
  if (!baru) return { baru, alasan: [`golongan ${d.golongan} adalah golongan tertinggi`] };
  const ijazah = ijazahTertinggi(d.ijazah);
  const plafon = (batas: KodeGolonganPns, sebab: string) => (lebihTinggi(baru, batas) ? [`golongan ${d.golongan} sudah mencapai batas ${batas} ${sebab}`] : []);
  switch (jenis) {
    case 'reguler':
      if (!ijazah) return { baru, alasan: ['pendidikan belum tercatat; batas pangkat KP reguler ditentukan oleh pendidikan'] };
      return { baru, alasan: plafon(a.plafonPendidikan[ijazah.tingkat], `untuk pendidikan ${labelPendidikan(ijazah.tingkat)}`) };
    case 'pilihan_struktural': {
      const j = d.jabatan;
      if (j?.jenis !== 'struktural' || !j.tingkatStruktural) return { baru, alasan: ['tidak menduduki jabatan struktural'] };
      const batas = j.eselon ? a.plafonEselon[j.eselon] : a.plafonTingkatStruktural[j.tingkatStruktural];
      const nama = j.eselon ? `eselon ${j.eselon}` : LABEL_TINGKAT_STRUKTURAL[j.tingkatStruktural];
      return { baru, alasan: plafon(batas, `jabatan ${nama}`) };
    }
    case 'pilihan_fungsional': {
      const j = d.jabatan;
      if (j?.jenis !== 'fungsional') return { baru, alasan: ['tidak menduduki jabatan fungsional'] };
      if (!j.jenjang) return { baru, alasan: ['jenjang jabatan fungsional belum tercatat'] };
      return { baru, alasan: plafon(a.plafonJenjang[j.jenjang], `jenjang ${LABEL_JENJANG[j.jenjang]}; naik jenjang lebih dulu`) };
    }
    case 'penyesuaian_ijazah': {
      const baruIjazah = d.tmtCpns ? d.ijazah.filter((i) => i.tanggal > d.tmtCpns!) : [];
      const tertinggi = ijazahTertinggi(baruIjazah);
      if (!tertinggi) return { baru, alasan: ['tidak ada ijazah baru yang diperoleh setelah menjadi CPNS'] };
      const awal = a.golonganAwalIjazah[tertinggi.tingkat];
      if (!lebihTinggi(awal, d.golongan)) {
        return { baru, alasan: [`golongan ${d.golongan} tidak di bawah golongan awal ijazah ${labelPendidikan(tertinggi.tingkat)} (${awal})`] };
      }
      return { baru, alasan: [] };
    }
  }
}

/**
 * Eligibility for one KP type at a period, with every reason when not eligible. Refuses
 * (gagal) only input that is wrong in itself: an unknown golongan or a date that is not a period.
 */
export function syaratKenaikanPangkat(jenis: JenisUsulanKp, d: DataKp, periode: TanggalIso, a: AturanSyaratKp = ATURAN_SYARAT_KP,
  daftarPeriode: readonly AturanPeriodeKp[] = PERIODE_KP): Hasil<HasilSyaratKp>
{
  if (!GOLONGAN_PNS.some((g) => g.kode === d.golongan)) return gagal(`golongan "${d.golongan}" tidak dikenal (contoh: III/a)`);
  const aturanPeriode = aturanPeriodeKpPada(periode, daftarPeriode);
  if (!apakahPeriodeKp(periode, daftarPeriode) || !aturanPeriode) {
    const berikut = periodeKpBerikutnya(periode, daftarPeriode);
    return gagal(`${periode} bukan periode kenaikan pangkat${berikut ? ` (periode berikutnya ${berikut})` : ''}`);
  }
  const masa = d.tmtGolongan > periode ? { tahun: 0, bulan: 0 } : selisihTahunBulan(d.tmtGolongan, periode);
  const tujuan = golonganTujuan(jenis, d, a);
  const alasan = [...tujuan.alasan];
  const minimal = a.minimalTahunDalamGolongan[jenis];
  const jumlahAlasanMasa = alasan.length;
  if (d.tmtGolongan > periode || masa.tahun < minimal) {
    alasan.push(`masa dalam golongan ${d.golongan} pada ${formatTanggal(periode)} baru ${masa.tahun} tahun ${masa.bulan} bulan; paling singkat ${minimal} tahun`);
  }
  if (jenis === 'pilihan_struktural' && d.jabatan?.jenis === 'struktural') {
    const dj = selisihTahunBulan(d.jabatan.tmt, periode);
    if (d.jabatan.tmt > periode || dj.tahun < a.minimalTahunDalamJabatanStruktural) {
      alasan.push(`masa dalam jabatan struktural baru ${dj.tahun} tahun ${dj.bulan} bulan; paling singkat ${a.minimalTahunDalamJabatanStruktural} tahun`);
    }
  }
  const masaTerpenuhi = alasan.length === jumlahAlasanMasa;
  alasan.push(...alasanSkp(d.skp, a), ...alasanHukdis(d.hukdis, periode, a));
  let perluAngkaKredit = false;
  if (jenis === 'pilihan_fungsional' && d.jabatan?.jenis === 'fungsional') {
    const perlu = a.angkaKreditKp[d.golongan];
    if (perlu !== undefined) {
      if (d.angkaKredit == null) {
        perluAngkaKredit = alasan.length === 0;
        alasan.push(`angka kredit belum diisi; KP dari ${d.golongan} memerlukan paling sedikit ${perlu} angka kredit`);
      } else if (d.angkaKredit < perlu) {
        alasan.push(`angka kredit ${d.angkaKredit} kurang dari ${perlu} yang diperlukan untuk KP dari ${d.golongan}`);
      }
    }
  }
  return berhasil({ jenis, periode, golonganBaru: tujuan.baru, masaDalamGolongan: masa, memenuhiSyarat: alasan.length === 0, masaTerpenuhi, perluAngkaKredit, alasan,
    aturan: { syarat: a.id, periode: aturanPeriode.id } });
}

/** The types worth checking for an employee: reguler always, the pilihan that fits the jabatan, penyesuaian ijazah when a diploma is newer than the CPNS TMT. */
export function jenisKpBerlaku(d: DataKp): JenisUsulanKp[] {
  const jenis: JenisUsulanKp[] = [];
  if (d.jabatan?.jenis === 'struktural') jenis.push('pilihan_struktural');
  if (d.jabatan?.jenis === 'fungsional') jenis.push('pilihan_fungsional');
  if (d.tmtCpns && d.ijazah.some((i) => i.tanggal > d.tmtCpns!)) jenis.push('penyesuaian_ijazah');
  jenis.push('reguler');
  return jenis;
}

/**
 * The KP list's verdict for one employee: the first eligible type in the order of
 * `jenisKpBerlaku` (pilihan before penyesuaian ijazah before reguler); when none is eligible, the
 * first type whose time is met (the KP is due but something blocks it), else the first type.
 */
export function kelayakanKp(d: DataKp, periode: TanggalIso, a: AturanSyaratKp = ATURAN_SYARAT_KP, daftarPeriode: readonly AturanPeriodeKp[] = PERIODE_KP): Hasil<HasilSyaratKp> {
  let pertama: Hasil<HasilSyaratKp> | undefined;
  let jatuhTempo: Hasil<HasilSyaratKp> | undefined;
  for (const jenis of jenisKpBerlaku(d)) {
    const h = syaratKenaikanPangkat(jenis, d, periode, a, daftarPeriode);
    if (!h.ok || h.nilai.memenuhiSyarat) return h;
    pertama ??= h;
    if (h.nilai.masaTerpenuhi) jatuhTempo ??= h;
  }
  return jatuhTempo ?? pertama!;
}

/**
 * Masa kerja golongan on the new golongan's TMT: the old one plus the time since the old TMT,
 * less 6 years on crossing from golongan I to II and 5 years from II to III (the years of
 * schooling the higher entry golongan presumes; PP 15/2019 jo. PP 7/1977 as applied [impl]).
 */
export function masaKerjaGolonganBaru(lama: { golongan: KodeGolonganPns, tmt: TanggalIso, mkTahun: number, mkBulan: number },
  baru: { golongan: KodeGolonganPns, tmt: TanggalIso }): { tahun: number, bulan: number }
{
  const lewat = lama.tmt <= baru.tmt ? selisihTahunBulan(lama.tmt, baru.tmt) : { tahun: 0, bulan: 0 };
  let bulan = (lama.mkTahun + lewat.tahun) * 12 + lama.mkBulan + lewat.bulan;
  const ruang = (g: string) => g.split('/')[0];
  if (ruang(lama.golongan) === 'I' && ruang(baru.golongan) !== 'I') bulan -= 6 * 12;
  if (ruang(lama.golongan) !== 'III' && ruang(lama.golongan) !== 'IV' && (ruang(baru.golongan) === 'III' || ruang(baru.golongan) === 'IV')) bulan -= 5 * 12;
  bulan = Math.max(0, bulan);
  return { tahun: Math.floor(bulan / 12), bulan: bulan % 12 };
}
