import { raw, sql, type Db } from '@simasn/db';
import { formatAngka, KODE_PERILAKU, labelGolongan, namaLengkap, predikatKinerja, type KodePerilaku, type RatingEkspektasi } from '@simasn/domain';
import { bacaPkBerlaku } from '@simasn/sakip';
import { pemanggilSistem, zonaInstansi } from '@simasn/platform';
import { NAMA_KABUPATEN } from './data-opd.ts';
import { HARI_INI, TAHUN_INI } from './karier.ts';
import { buatAcak, type Acak } from './prng.ts';
import { sisipMassal, type Kolom, type KolomTetap } from './sisip.ts';

/**
 * The SKP of the whole demo kabupaten, written in bulk (one statement per table and chunk): the
 * last year complete and this year in progress, for every active employee, in the structure the
 * module itself keeps. The pejabat penilai is the module's own atasan langsung
 * (`sqlAtasanLangsung`, the kepala daerah for a head of a perangkat daerah); every RHK intervenes
 * an RHK of the penilai's SKP of the year, and a holder of a Perjanjian Kinerja takes their RHK
 * from its indicators (read through modules/sakip), so the cascade runs from the Bupati's PK to
 * every staff member. Last year: agreed in January, realisasi of the four quarters, feedback, a
 * mid-year dialog (and a year-end one for those below expectations), and the final annual
 * rating whose predikat is the one the riwayat SKP of that year already holds (the ratings are
 * chosen so the 2022 matrix gives it); the riwayat row is then the rating's (sumber 'skp', the
 * penilai's name). This year, on the demo's today: most agreed, some waiting for the penilai or
 * still a draft, a few not started; realisasi of the quarters already over (some behind),
 * feedback and dialogs. Those who already have an SKP of a year (made through the actions by
 * kinerja.ts) are left as they are, and the demo ASN keeps no SKP this year (the journey the
 * e2e test walks). Same seed, same SKP.
 */

const LALU = TAHUN_INI - 1;
const pukul = (tanggal: string, jam = '02:00') => `${tanggal}T${jam}:00Z`;

interface Orang {
  id: number;
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  golongan: string | null;
  jabatanId: number | null;
  jabatan: string | null;
  jenisJabatan: string | null;
  unitId: number | null;
  unit: string | null;
  opd: string | null;
  atasan: number | null;
  akunId: number | null;
  predikatLalu: string | null;
}

type Indikator = readonly [aspek: 'kuantitas' | 'kualitas' | 'waktu', uraian: string, target: number | string, satuan?: string];
type Rencana = readonly [uraian: string, indikator: readonly Indikator[], kerja: string];

const KUALITAS: Indikator = ['kualitas', 'Hasil kerja sesuai standar dan ketentuan yang berlaku', 'Diterima pimpinan tanpa perbaikan berarti'];

/** What a person plans, by the kind of their jabatan: two RHK utama, the first with a quality indicator. */
function rencana(o: Orang, kepala: boolean): Rencana[] {
  const unit = o.unit ?? 'unit kerja';
  const jab = o.jabatan ?? '';
  if (kepala) {
    return [[`Meningkatnya kinerja dan akuntabilitas ${o.opd ?? unit}`, [['kuantitas', 'Nilai evaluasi SAKIP perangkat daerah', 72, 'nilai'], [
      'waktu',
      'Ketepatan waktu penyampaian laporan kinerja',
      12,
      'bulan',
    ]], 'dicapai'], [`Meningkatnya kualitas pelayanan publik ${o.opd ?? unit}`, [['kuantitas', 'Indeks kepuasan masyarakat atas layanan', 82, 'indeks']], 'dicapai']];
  }
  if (o.jenisJabatan === 'struktural') {
    return [[`Terlaksananya program dan kegiatan ${unit} sesuai rencana`, [['kuantitas', 'Persentase kegiatan yang terlaksana sesuai jadwal', 100, '%'], KUALITAS], 'terlaksana'], [
      `Tersusunnya laporan kinerja ${unit} yang akuntabel`,
      [['kuantitas', 'Jumlah laporan kinerja yang disusun', 4, 'laporan'], ['waktu', 'Ketepatan waktu penyampaian laporan', 4, 'triwulan']],
      'disusun',
    ]];
  }
  if (/guru/i.test(jab)) {
    return [[
      'Terlaksananya pembelajaran yang efektif dan bermutu',
      [['kuantitas', 'Jumlah modul ajar/rencana pembelajaran yang disusun dan dilaksanakan', 36, 'modul'], KUALITAS],
      'dilaksanakan',
    ], ['Terlaksananya penilaian hasil belajar peserta didik', [['kuantitas', 'Jumlah laporan hasil belajar yang diselesaikan', 64, 'laporan']], 'diselesaikan']];
  }
  if (/dokter|perawat|bidan|apoteker|nutrisionis|sanitarian|kesehatan|radiograf|fisioterapis|terapis|epidemiolog|gizi|laborat/i.test(jab)) {
    return [['Terlaksananya pelayanan kesehatan kepada pasien sesuai standar', [['kuantitas', 'Jumlah pasien/sasaran yang dilayani', 1200, 'orang'], KUALITAS], 'dilayani'], [
      'Tersusunnya catatan pelayanan kesehatan yang lengkap',
      [['kuantitas', 'Persentase catatan pelayanan yang lengkap dan tepat waktu', 100, '%']],
      'lengkap',
    ]];
  }
  if (o.jenisJabatan === 'fungsional') {
    return [[
      `Terlaksananya tugas jabatan ${jab || 'fungsional'} sesuai standar kompetensi`,
      [['kuantitas', 'Jumlah kegiatan jabatan yang diselesaikan', 60, 'kegiatan'], KUALITAS],
      'diselesaikan',
    ], [`Tersusunnya laporan hasil kerja ${unit}`, [['kuantitas', 'Jumlah laporan hasil kerja yang disusun', 12, 'laporan']], 'disusun']];
  }
  return [[`Terselesaikannya administrasi ${unit} secara tertib`, [['kuantitas', 'Jumlah dokumen administrasi yang diselesaikan', 240, 'dokumen'], KUALITAS], 'diselesaikan'], [
    'Tersusunnya laporan pelaksanaan tugas bulanan',
    [['kuantitas', 'Jumlah laporan bulanan yang disusun', 12, 'laporan'], ['waktu', 'Laporan disampaikan paling lambat tanggal 5 bulan berikutnya', 12, 'bulan']],
    'disusun',
  ]];
}

/** Ratings whose predikat (the 2022 matrix) is the one given, in realistic proportions. */
function ratingUntuk(acak: Acak, predikat: string): [RatingEkspektasi, RatingEkspektasi] | null {
  const pilihan: Record<string, readonly (readonly [[RatingEkspektasi, RatingEkspektasi], number])[]> = { sangat_baik: [[['di_atas', 'di_atas'], 1]],
    baik: [[['sesuai', 'sesuai'], 70], [['di_atas', 'sesuai'], 20], [['sesuai', 'di_atas'], 10]], butuh_perbaikan: [[['di_bawah', 'sesuai'], 80], [['di_bawah', 'di_atas'], 20]],
    kurang: [[['sesuai', 'di_bawah'], 80], [['di_atas', 'di_bawah'], 20]], sangat_kurang: [[['di_bawah', 'di_bawah'], 1]] };
  const p = pilihan[predikat];
  return p ? acak.pilihBobot(p) : null;
}

const ALASAN_HASIL: Record<RatingEkspektasi, string[]> = {
  di_atas: ['Seluruh target tercapai sebelum waktunya dengan kualitas di atas standar', 'Realisasi melampaui target pada semua RHK utama'],
  sesuai: ['Target RHK utama tercapai sesuai rencana', 'Realisasi sesuai target yang disepakati'],
  di_bawah: ['Sebagian target RHK utama tidak tercapai', 'Realisasi di bawah target pada triwulan III dan IV'],
};
const ALASAN_PERILAKU: Record<RatingEkspektasi, string[]> = {
  di_atas: ['Menjadi teladan dalam pelayanan dan kerja sama tim', 'Proaktif, membantu rekan, dan konsisten menerapkan nilai BerAKHLAK'],
  sesuai: ['Perilaku kerja sesuai ekspektasi BerAKHLAK', 'Disiplin dan bekerja sama dengan baik'],
  di_bawah: ['Beberapa kali tidak menaati ketentuan jam kerja dan tenggat', 'Kerja sama dan tanggung jawab perlu diperbaiki'],
};
const EKSPEKTASI: Record<KodePerilaku, string> = { berorientasi_pelayanan: 'Menanggapi permintaan layanan paling lambat satu hari kerja',
  akuntabel: 'Melaporkan capaian kerja tepat waktu setiap triwulan', kompeten: 'Mengikuti paling sedikit satu pengembangan kompetensi tahun ini',
  harmonis: 'Menjaga suasana kerja yang saling menghargai', loyal: 'Menjaga kerahasiaan data dan nama baik instansi',
  adaptif: 'Menggunakan aplikasi kerja yang baru tanpa menunggu diminta', kolaboratif: 'Berbagi data dan membantu unit lain bila diperlukan' };

/** Capaian factor of a quarter by the hasil rating the person works toward. */
const FAKTOR: Record<RatingEkspektasi, [number, number]> = { di_atas: [1.06, 1.18], sesuai: [0.96, 1.04], di_bawah: [0.6, 0.85] };
const BAGIAN_TW = [0.22, 0.25, 0.26, 0.27];
const TANGGAL_TW = (t: number) => [`${t}-04-06`, `${t}-07-06`, `${t}-10-05`, `${t + 1}-01-07`];
/** Levels rather than amounts: a percentage, an index or a score is reported as the level reached. */
const TINGKAT = new Set(['%', 'nilai', 'indeks']);

const KOLOM_SKP: Kolom[] = [
  ['id', 'bigint'],
  ['seri_id', 'bigint'],
  ['pegawai_id', 'bigint'],
  ['tahun', 'smallint'],
  ['jabatan_id', 'bigint'],
  ['unit_id', 'bigint'],
  ['penilai_pegawai_id', 'bigint'],
  ['penilai_nama', 'text'],
  ['penilai_jabatan', 'text'],
  ['status', 'text'],
  ['diajukan_pada', 'timestamptz'],
  ['disetujui_pada', 'timestamptz'],
  ['disetujui_oleh_akun', 'bigint'],
  ['versi', 'integer'],
  ['dibuat_pada', 'timestamptz'],
  ['diubah_pada', 'timestamptz'],
];
const KOLOM_RHK: Kolom[] = [
  ['id', 'bigint'],
  ['akar_id', 'bigint'],
  ['skp_id', 'bigint'],
  ['jenis', 'text'],
  ['uraian', 'text'],
  ['rhk_atasan_akar_id', 'bigint'],
  [
    'pk_id',
    'bigint',
  ],
  ['indikator_id', 'bigint'],
  ['urutan', 'smallint'],
];
const KOLOM_INDIKATOR: Kolom[] = [
  ['rhk_id', 'bigint'],
  ['aspek', 'text'],
  ['uraian', 'text'],
  ['pendekatan', 'text'],
  ['target_min', 'numeric'],
  ['target_maks', 'numeric'],
  [
    'satuan',
    'text',
  ],
  ['target_teks', 'text'],
  ['urutan', 'smallint'],
];
const KOLOM_PERILAKU: Kolom[] = [['skp_id', 'bigint'], ['kode', 'text'], ['ekspektasi_khusus', 'text']];
const KOLOM_REALISASI: Kolom[] = [['skp_seri_id', 'bigint'], ['rhk_akar_id', 'bigint'], ['periode', 'text'], ['realisasi', 'text'], ['nilai', 'numeric'], [
  'dibuat_pada',
  'timestamptz',
], [
  'diubah_pada',
  'timestamptz',
]];
const KOLOM_UMPAN: Kolom[] = [['skp_seri_id', 'bigint'], ['rhk_akar_id', 'bigint'], ['periode', 'text'], ['isi', 'text'], ['oleh_pegawai_id', 'bigint'], ['oleh_akun', 'bigint'], [
  'dibuat_pada',
  'timestamptz',
]];
const KOLOM_DIALOG: Kolom[] = [['skp_seri_id', 'bigint'], ['tanggal', 'date'], ['catatan', 'text'], ['tindak_lanjut', 'text'], ['oleh_pegawai_id', 'bigint'], [
  'oleh_akun',
  'bigint',
], [
  'dibuat_pada',
  'timestamptz',
]];
const KOLOM_PENILAIAN: Kolom[] = [
  ['skp_seri_id', 'bigint'],
  ['periode', 'text'],
  ['rating_hasil', 'text'],
  ['alasan_hasil', 'text'],
  ['rating_perilaku', 'text'],
  ['alasan_perilaku', 'text'],
  ['predikat', 'text'],
  ['status', 'text'],
  ['penilai_nip', 'text'],
  ['penilai_nama', 'text'],
  ['penilai_jabatan', 'text'],
  ['penilai_golongan', 'text'],
  ['penilai_unor', 'text'],
  ['dinilai_oleh_akun', 'bigint'],
  ['difinalkan_pada', 'timestamptz'],
  ['dibuat_pada', 'timestamptz'],
  ['diubah_pada', 'timestamptz'],
];

interface Baris {
  skp: unknown[][];
  rhk: unknown[][];
  indikator: unknown[][];
  perilaku: unknown[][];
  realisasi: unknown[][];
  umpan: unknown[][];
  dialog: unknown[][];
  penilaian: unknown[][];
}

export async function buatKinerjaMassal(tx: Db, instansiId: number, seed: number, opsi: { asnDemoNip?: string | undefined } = {}) {
  const orang = await tx.many<Orang>(sql`
    select p.id::int as id, p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", p.golongan_akhir as golongan, p.jabatan_id::int as "jabatanId",
           j.nama as jabatan, j.jenis as "jenisJabatan", p.unit_id::int as "unitId", u.nama as unit, pd.nama as opd, 
           null::int as atasan, a.id::int as "akunId", rs.predikat as "predikatLalu"
      from pegawai p left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
      left join unit_organisasi pd on pd.instansi_id = p.instansi_id and pd.id = p.perangkat_daerah_id
      left join akun a on a.instansi_id = p.instansi_id and a.pegawai_id = p.id
      left join riwayat_skp rs on rs.instansi_id = p.instansi_id and rs.pegawai_id = p.id and rs.tahun = ${LALU}
     where p.instansi_id = ${instansiId} and p.kedudukan = 'aktif' order by p.id`);
  const menurutId = new Map(orang.map((o) => [o.id, o]));
  await isiAtasan(tx, instansiId, orang);
  const akunPimpinan = (await tx.maybeOne<{ id: number }>(sql`select id::int as id from akun where instansi_id = ${instansiId} and nama_pengguna = 'pimpinan'`))?.id ?? null;
  const awal = await tx.one<{ skp: number, rhk: number }>(sql`
    select (select coalesce(max(id), 0) from skp)::int as skp, (select coalesce(max(id), 0) from skp_rhk)::int as rhk`);
  let idSkp = awal.skp;
  let idRhk = awal.rhk;
  const ctx = { db: tx, instansiId, pemanggil: pemanggilSistem(instansiId, 'demo'), sekarang: () => new Date(pukul(HARI_INI)), zona: await zonaInstansi(tx, instansiId) };
  const bupati = `Bupati ${NAMA_KABUPATEN}`;
  const b: Baris = { skp: [], rhk: [], indikator: [], perilaku: [], realisasi: [], umpan: [], dialog: [], penilaian: [] };
  let jumlah = 0;

  for (const tahun of [LALU, TAHUN_INI]) {
    const lalu = tahun < TAHUN_INI;
    // Those who already have an SKP of the year (through the actions) keep it; their RHK are intervened as anyone's.
    const ada = await tx.many<{ pegawaiId: number, akarId: number | null }>(sql`
      select s.pegawai_id::int as "pegawaiId", r.akar_id::int as "akarId" from skp s
        left join skp_rhk r on r.instansi_id = s.instansi_id and r.skp_id = s.id and r.jenis = 'utama'
       where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status <> 'diganti' order by s.pegawai_id, r.urutan, r.id`);
    const rhkOrang = new Map<number, number[]>();
    for (const r of ada) {
      const d = rhkOrang.get(r.pegawaiId) ?? [];
      if (r.akarId !== null) d.push(r.akarId);
      rhkOrang.set(r.pegawaiId, d);
    }
    const sudah = new Set(rhkOrang.keys());
    const pk = new Map((await bacaPkBerlaku(ctx, { tahun })).filter((x) => x.pegawaiId !== null && x.status === 'disetujui').map((x) => [x.pegawaiId!, x]));

    // Who gets one: last year those the riwayat SKP rates (and who had joined by then); this year all but a few not started yet.
    const rencanaTahun = orang.filter((o) => !sudah.has(o.id) && (lalu ? o.predikatLalu !== null : o.nip !== opsi.asnDemoNip));
    const dibuat: { o: Orang, skpId: number, rhk: { id: number, satuan: string | null, target: number | null, kerja: string, uraian: string }[], acak: Acak, status: string,
      rating: [RatingEkspektasi, RatingEkspektasi] | null }[] = [];
    for (const o of rencanaTahun) {
      const acak = buatAcak(seed, 'skp', tahun, o.id);
      const rating = lalu ? ratingUntuk(acak, o.predikatLalu!) : null;
      if (lalu && (!rating || predikatKinerja(rating[0], rating[1]) !== o.predikatLalu)) continue;
      const status = lalu ? 'disetujui' : acak.pilihBobot([['disetujui', 86], ['diajukan', 6], ['draf', 5], ['belum', 3]] as const);
      if (status === 'belum') continue;
      const kepala = o.atasan === null;
      const skpId = ++idSkp;
      const penilai = o.atasan !== null ? menurutId.get(o.atasan) : undefined;
      const dibuatPada = pukul(`${tahun}-01-${String(acak.bulat(6, 20)).padStart(2, '0')}`);
      const diajukan = status !== 'draf' ? pukul(`${tahun}-01-${String(acak.bulat(21, 28)).padStart(2, '0')}`) : null;
      const disetujui = status === 'disetujui' ? pukul(`${tahun}-02-${String(acak.bulat(2, 12)).padStart(2, '0')}`) : null;
      b.skp.push([
        skpId,
        skpId,
        o.id,
        tahun,
        o.jabatanId,
        o.unitId,
        o.atasan,
        kepala ? bupati : null,
        kepala ? bupati : null,
        status,
        diajukan,
        disetujui,
        disetujui ? (penilai ? penilai.akunId : akunPimpinan) : null,
        4,
        dibuatPada,
        disetujui ?? diajukan ?? dibuatPada,
      ]);
      jumlah++;
      const rhk: (typeof dibuat)[number]['rhk'] = [];
      const milikPk = pk.get(o.id);
      if (milikPk?.indikator.length) {
        // A holder of a Perjanjian Kinerja: each indicator an RHK utama, its target the PK's.
        for (const x of milikPk.indikator) {
          const id = ++idRhk;
          const uraian = x.sasaran ?? x.uraian;
          b.rhk.push([id, id, skpId, 'utama', uraian.length >= 5 ? uraian : `${uraian} (${x.kode})`, null, milikPk.pkId, x.indikatorId, rhk.length]);
          b.indikator.push([id, 'kuantitas', x.uraian, 'kuantitatif', x.target, x.target, x.satuan, null, 0]);
          rhk.push({ id, satuan: x.satuan, target: x.target, kerja: 'dicapai', uraian });
        }
      } else {
        for (const [uraian, indikator, kerja] of rencana(o, kepala)) {
          const id = ++idRhk;
          b.rhk.push([id, id, skpId, 'utama', uraian, null, null, null, rhk.length]);
          let target: number | null = null;
          let satuan: string | null = null;
          for (const [i, [aspek, teks, t, s]] of indikator.entries()) {
            if (typeof t === 'string') {
              b.indikator.push([id, aspek, teks, 'kualitatif', null, null, null, t, i]);
              continue;
            }
            // Counts vary by person; levels (percent, index, months) do not.
            const nilai = s && !TINGKAT.has(s) && s !== 'bulan' && s !== 'triwulan' ? Math.max(1, Math.round(t * (0.8 + acak.angka() * 0.4))) : t;
            b.indikator.push([id, aspek, teks, 'kuantitatif', nilai, nilai, s, null, i]);
            if (i === 0) [target, satuan] = [nilai, s ?? null];
          }
          rhk.push({ id, satuan, target, kerja, uraian });
        }
      }
      // The penilai's specific expectations on one or two values.
      const kode = acak.acakUrutan(KODE_PERILAKU).slice(0, acak.bulat(1, 2));
      for (const k of kode) b.perilaku.push([skpId, k, EKSPEKTASI[k]]);
      rhkOrang.set(o.id, rhk.map((r) => r.id));
      dibuat.push({ o, skpId, rhk, acak, status, rating });
    }

    // The cascade: every RHK of someone rated by an atasan intervenes one of the atasan's RHK of the year.
    const rhkAtasan = new Map<number, number>();
    for (const d of dibuat) {
      const dari = d.o.atasan !== null ? rhkOrang.get(d.o.atasan) : undefined;
      if (!dari?.length) continue;
      for (const [i, r] of d.rhk.entries()) rhkAtasan.set(r.id, dari[(i + d.o.id) % dari.length]!);
    }
    for (const r of b.rhk) if (rhkAtasan.has(r[0] as number)) r[5] = rhkAtasan.get(r[0] as number);

    // Through the year: the quarters already over (as the ASN reports them), feedback and dialogs.
    for (const d of dibuat) {
      if (d.status !== 'disetujui') continue;
      const { o, acak } = d;
      const penilai = o.atasan !== null ? menurutId.get(o.atasan) : undefined;
      const oleh = [penilai?.id ?? null, penilai ? penilai.akunId : akunPimpinan] as const;
      const arah: RatingEkspektasi = d.rating?.[0] ?? acak.pilihBobot([['sesuai', 80], ['di_atas', 15], ['di_bawah', 5]] as const);
      const tertinggal = !lalu && acak.peluang(0.1);
      for (let tw = 1; tw <= 4; tw++) {
        const tanggal = TANGGAL_TW(tahun)[tw - 1]!;
        if (tanggal > HARI_INI || (tertinggal && tw === 3)) break;
        for (const r of d.rhk) {
          if (r.target === null) continue;
          const [lo, hi] = FAKTOR[arah];
          const f = lo + acak.angka() * (hi - lo);
          const tingkat = TINGKAT.has(r.satuan ?? '') || r.satuan === 'bulan' || r.satuan === 'triwulan';
          const nilai = tingkat ? Math.round(Math.min(r.satuan === '%' ? 100 : Infinity, r.target * f) * 100) / 100 : Math.max(0, Math.round(r.target * BAGIAN_TW[tw - 1]! * f));
          const teks = r.satuan === '%' ?
            `${formatAngka(nilai, Number.isInteger(nilai) ? 0 : 2)}% ${r.kerja}` :
            `${formatAngka(nilai, Number.isInteger(nilai) ? 0 : 2)} ${r.satuan ?? ''} ${r.kerja}`;
          const jam = pukul(tanggal, `0${acak.bulat(1, 8)}:${String(acak.bulat(0, 59)).padStart(2, '0')}`);
          b.realisasi.push([d.skpId, r.id, `tw${tw}`, teks.replace(/\s+/g, ' ').trim(), nilai, jam, jam]);
        }
      }
      const r0 = d.rhk[0]!;
      const isiUmpan = arah === 'di_bawah' ?
        'Capaian triwulan ini di bawah target; susun rencana percepatan dan laporkan kemajuannya setiap pekan.' :
        arah === 'di_atas' ?
        'Capaian melampaui target; pertahankan dan bagikan cara kerjanya kepada rekan satu tim.' :
        'Capaian sesuai rencana; jaga ketepatan waktu dan kelengkapan bukti dukung.';
      if (acak.peluang(lalu ? 0.8 : 0.5)) b.umpan.push([d.skpId, r0.id, 'tw2', isiUmpan, ...oleh, pukul(`${tahun}-07-${String(acak.bulat(8, 20)).padStart(2, '0')}`)]);
      if (lalu || acak.peluang(0.6)) {
        const tgl = `${tahun}-07-${String(acak.bulat(14, 31)).padStart(2, '0')}`;
        b.dialog.push([
          d.skpId,
          tgl,
          `Dialog kinerja semester I: ${
            arah === 'di_bawah' ? 'beberapa target tertinggal, kendala beban kerja dan kelengkapan data dibahas' : 'capaian sesuai rencana, kendala kecil dibahas'
          }.`,
          arah === 'di_bawah' ? 'Menyusun jadwal penyelesaian dan melapor kemajuan setiap Jumat.' : 'Melanjutkan rencana kerja semester II dan melengkapi bukti dukung.',
          ...oleh,
          pukul(tgl),
        ]);
      }
      if (!lalu || !d.rating) continue;
      if (d.rating[0] === 'di_bawah' || d.rating[1] === 'di_bawah') {
        b.dialog.push([
          d.skpId,
          `${tahun}-12-12`,
          'Dialog kinerja akhir tahun: capaian dan perilaku kerja di bawah ekspektasi dibahas bersama.',
          'Rencana perbaikan kinerja disusun untuk tahun berikutnya dan dipantau setiap bulan.',
          ...oleh,
          pukul(`${tahun}-12-12`),
        ]);
      }
      // The final annual rating, made in January; its predikat is the riwayat's.
      const [rh, rp] = d.rating;
      const pn = penilai ?
        { nip: penilai.nip, nama: namaLengkap(penilai), jabatan: penilai.jabatan ?? '', golongan: penilai.golongan ? labelGolongan(penilai.golongan) : null, unor: penilai.unit } :
        { nip: null, nama: bupati, jabatan: bupati, golongan: null, unor: null };
      const final = pukul(`${tahun + 1}-01-${String(acak.bulat(12, 23)).padStart(2, '0')}`);
      b.penilaian.push([
        d.skpId,
        'tahunan',
        rh,
        acak.pilih(ALASAN_HASIL[rh]),
        rp,
        acak.pilih(ALASAN_PERILAKU[rp]),
        predikatKinerja(rh, rp),
        'final',
        pn.nip,
        pn.nama,
        pn.jabatan,
        pn.golongan,
        pn.unor,
        oleh[1],
        final,
        final,
        final,
      ]);
    }
  }

  const tetap: KolomTetap[] = [['instansi_id', 'bigint', instansiId]];
  // The foreign-key checks of these tables were planned (and cached) when they held a handful of
  // rows made through the actions: a sequential scan per inserted row would make the bulk insert
  // quadratic. Fresh statistics invalidate those plans, and they are re-planned on the index.
  await tx.exec('set local enable_seqscan = off');
  await tx.exec('analyze skp, skp_rhk');
  await sisipMassal(tx, 'skp', tetap, KOLOM_SKP, b.skp);
  await tx.exec('analyze skp');
  await sisipMassal(tx, 'skp_rhk', tetap, KOLOM_RHK, b.rhk);
  await tx.exec('analyze skp_rhk');
  await sisipMassal(tx, 'skp_indikator', tetap, KOLOM_INDIKATOR, b.indikator);
  await sisipMassal(tx, 'skp_perilaku', tetap, KOLOM_PERILAKU, b.perilaku);
  await sisipMassal(tx, 'skp_realisasi', tetap, KOLOM_REALISASI, b.realisasi);
  await sisipMassal(tx, 'skp_umpan_balik', tetap, KOLOM_UMPAN, b.umpan);
  await sisipMassal(tx, 'skp_dialog', tetap, KOLOM_DIALOG, b.dialog);
  await sisipMassal(tx, 'skp_penilaian', tetap, KOLOM_PENILAIAN, b.penilaian);
  await tx.exec('set local enable_seqscan = on');
  await tx.exec('analyze skp_rhk, skp_penilaian');
  for (const tabel of ['skp', 'skp_rhk']) await tx.one(sql`select setval(pg_get_serial_sequence(${tabel}, 'id'), greatest(1, (select max(id) from ${raw(tabel)})))`);
  // The riwayat SKP of last year is now the final rating's, as the module writes it (sumber 'skp', the penilai's name).
  await tx.run(sql`
    update riwayat_skp r set sumber = 'skp', pejabat_penilai = n.penilai_nama
      from skp_penilaian n join skp s on s.instansi_id = n.instansi_id and s.id = n.skp_seri_id
     where n.instansi_id = ${instansiId} and n.periode = 'tahunan' and n.status = 'final' and s.tahun = ${LALU}
       and r.instansi_id = s.instansi_id and r.pegawai_id = s.pegawai_id and r.tahun = s.tahun and r.predikat = n.predikat`);
  return { skp: jumlah, rhk: b.rhk.length, realisasi: b.realisasi.length, penilaian: b.penilaian.length };
}

/**
 * The atasan langsung of every employee at once, by the module's rule (`sqlAtasanLangsung`, whose
 * per-row subquery is too slow for the whole kabupaten): the active holder of a struktural jabatan
 * of the nearest unit at or above the employee's, skipping the unit they head themself; a holder
 * acting as atasan in the application (an active account with the atasan role) before a nearer one
 * who does not; ties by id. None for the head of a perangkat daerah. The demo test compares it
 * with the module's query.
 */
async function isiAtasan(tx: Db, instansiId: number, orang: Orang[]) {
  const unit = await tx.many<{ id: number, induk: number | null }>(sql`
    select id::int as id, induk_id::int as induk from unit_organisasi where instansi_id = ${instansiId}`);
  const induk = new Map(unit.map((u) => [u.id, u.induk]));
  const pemegang = await tx.many<{ id: number, unitId: number, peran: boolean }>(sql`
    select a.id::int as id, ja.unit_id::int as "unitId",
           exists (select 1 from akun ak join akun_peran ap on ap.instansi_id = ak.instansi_id and ap.akun_id = ak.id and ap.peran = 'atasan'
                    where ak.instansi_id = a.instansi_id and ak.pegawai_id = a.id and ak.aktif) as peran
      from pegawai a join jabatan ja on ja.instansi_id = a.instansi_id and ja.id = a.jabatan_id and ja.jenis = 'struktural'
     where a.instansi_id = ${instansiId} and a.kedudukan = 'aktif' and ja.unit_id is not null order by a.id`);
  const diUnit = new Map<number, typeof pemegang>();
  for (const h of pemegang) diUnit.set(h.unitId, [...(diUnit.get(h.unitId) ?? []), h]);
  const dipimpin = new Map(pemegang.map((h) => [h.id, h.unitId]));
  for (const o of orang) {
    let terdekat: number | null = null;
    let berperan: number | null = null;
    for (let u = o.unitId; u !== null && u !== undefined && berperan === null; u = induk.get(u) ?? null) {
      if (dipimpin.get(o.id) === u) continue;
      for (const h of diUnit.get(u) ?? []) {
        if (h.id === o.id) continue;
        terdekat ??= h.id;
        if (h.peran) {
          berperan = h.id;
          break;
        }
      }
    }
    o.atasan = berperan ?? terdekat;
  }
}
