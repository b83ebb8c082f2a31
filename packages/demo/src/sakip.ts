import { sql, type Db } from '@simasn/db';
import { pemanggilSistem, type Konteks, type Pemanggil } from '@simasn/platform';
import {
  ajukanPk, buatPk, buatRenstra, isiRealisasiOtomatis, revisiPk, setujuiPk, simpanIndikator, simpanProgramKegiatan, simpanRealisasi,
  simpanRealisasiAnggaran, simpanSasaran, simpanTujuan, ubahPk, ubahRenstra, type SumberOtomatis,
} from '@simasn/sakip';
import { NAMA_KABUPATEN } from './data-opd.ts';
import { TAHUN_INI } from './karier.ts';

/**
 * The BKPSDM's SAKIP cycle for the demo, modelled on the Lumajang and Lamongan LKjIP seeds: a
 * Renstra of six years (tujuan, sasaran, indicators with baselines and yearly targets, the
 * programs, kegiatan and sub kegiatan with pagu), PKs of this year cascaded from the Kepala down
 * to a Kepala Sub Bagian and a Kepala Sub Bidang, one Perubahan PK after the P-APBD, four
 * tribulan of realisasi and budget (earlier years too, for the comparisons). Written through the
 * module's own actions, so the demo obeys every rule the app does. Fixed values and clock.
 */

const AWAL = TAHUN_INI - 5;
const TAHUN = Array.from({ length: 6 }, (_, i) => AWAL + i);

interface IndikatorDemo {
  kode: string;
  uraian: string;
  satuan: string;
  agregasi: 'kumulatif' | 'snapshot' | 'rata_rata';
  polaritas?: 'positif' | 'negatif';
  otomatis?: SumberOtomatis;
  formula?: string;
  sumberData: string;
  baseline: number;
  /** Targets for the six years. */
  target: number[];
  nasional?: number;
  /** Manual indicators: the yearly realisasi (the four tribulan are derived from it). */
  realisasi?: number[];
  /** Codes of the programs/kegiatan serving it. */
  program?: string[];
}

const IK_TUJUAN: IndikatorDemo[] = [
  { kode: 'IT.1', uraian: 'Indeks Profesionalitas ASN', satuan: 'indeks', agregasi: 'snapshot', otomatis: 'ip_asn', baseline: 22.5,
    target: [24, 48, 51, 53, 56.35, 62], nasional: 57.2, formula: 'Rata-rata nilai kualifikasi, kompetensi, kinerja dan disiplin seluruh PNS (Peraturan BKN 8/2019)',
    sumberData: 'SIMASN (riwayat pendidikan, diklat, SKP, hukuman disiplin)', program: ['5.03.02'] },
];

const IK_SASARAN: Record<string, IndikatorDemo[]> = {
  'S.1.1': [
    { kode: 'IKU.1', uraian: 'Indeks Sistem Merit', satuan: 'nilai', agregasi: 'snapshot', otomatis: 'sistem_merit', baseline: 215, target: [230, 245, 260, 270, 275, 280],
      formula: 'Jumlah nilai 8 aspek penilaian mandiri Sistem Merit (maksimal 400)', sumberData: 'Penilaian mandiri Sistem Merit (SIMASN)', program: ['5.03.02.2.02', '5.03.02.2.03'] },
    { kode: 'IKU.2', uraian: 'Indeks Implementasi NSPK Manajemen ASN', satuan: 'indeks', agregasi: 'snapshot', otomatis: 'nspk', baseline: 70, target: [72, 74, 76, 78, 80, 82],
      sumberData: 'Penilaian NSPK BKN (SIMASN)', program: ['5.03.02.2.01'] },
  ],
  'S.1.2': [
    { kode: 'IKU.3', uraian: 'Indeks Kepuasan Masyarakat layanan kepegawaian', satuan: 'indeks', agregasi: 'rata_rata', otomatis: 'ikm', baseline: 78.5, target: [80, 81, 82, 83, 84, 85],
      formula: 'IKM = rata-rata tertimbang 9 unsur x 25 (PermenPAN-RB 14/2017)', sumberData: 'Survei Kepuasan Masyarakat (SIMASN)', program: ['5.03.02.2.01'] },
    { kode: 'IKU.4', uraian: 'Persentase layanan kepegawaian yang selesai tepat waktu', satuan: '%', agregasi: 'rata_rata', baseline: 82, target: [84, 86, 88, 90, 92, 95],
      realisasi: [83.5, 86.2, 89.1, 91.4, 92.8, 93.6], formula: 'Layanan selesai dalam standar waktu / seluruh layanan x 100', sumberData: 'Register layanan BKPSDM', program: ['5.03.02'] },
  ],
};

interface ProgramDemo {
  kode: string;
  nama: string;
  /** Jabatan (unit code) answering for it in the PK. */
  unit: string;
  indikator?: IndikatorDemo[];
  kegiatan: { kode: string; nama: string; unit: string; indikator?: IndikatorDemo[]; sub: [string, string, number][] }[];
}

const PROGRAM: ProgramDemo[] = [
  {
    kode: '5.03.01', nama: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', unit: 'BKPSDM.01',
    indikator: [{ kode: 'IKP.1', uraian: 'Nilai SAKIP BKPSDM', satuan: 'nilai', agregasi: 'snapshot', baseline: 66.2, target: [68, 70, 72, 74, 76, 78],
      realisasi: [68.4, 70.9, 72.6, 74.1, 75.3, 77.2], sumberData: 'LHE SAKIP Inspektorat' }],
    kegiatan: [
      { kode: '5.03.01.1.01', nama: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', unit: 'BKPSDM.01.02',
        indikator: [{ kode: 'IKK.1', uraian: 'Persentase dokumen perencanaan dan pelaporan kinerja yang tepat waktu', satuan: '%', agregasi: 'snapshot', baseline: 80,
          target: [85, 90, 95, 100, 100, 100], realisasi: [85, 90, 100, 100, 100, 100], sumberData: 'Sub Bagian Perencanaan dan Keuangan' }],
        sub: [['5.03.01.1.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 48_500_000], ['5.03.01.1.01.0007', 'Evaluasi Kinerja Perangkat Daerah', 36_250_000]] },
      { kode: '5.03.01.1.02', nama: 'Administrasi Keuangan dan Umum Perangkat Daerah', unit: 'BKPSDM.01.01',
        indikator: [{ kode: 'IKK.2', uraian: 'Persentase layanan administrasi umum dan kepegawaian yang terpenuhi', satuan: '%', agregasi: 'rata_rata', baseline: 90,
          target: [92, 94, 95, 96, 98, 100], realisasi: [93, 94.5, 96, 97, 98, 98.5], sumberData: 'Sub Bagian Umum dan Kepegawaian' }],
        sub: [['5.03.01.1.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 5_412_876_000], ['5.03.01.1.02.0006', 'Penyediaan Jasa Surat Menyurat dan Administrasi Umum', 224_663_601]] },
    ],
  },
  {
    kode: '5.03.02', nama: 'Program Kepegawaian Daerah', unit: 'BKPSDM',
    kegiatan: [
      { kode: '5.03.02.2.01', nama: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN', unit: 'BKPSDM.02',
        indikator: [{ kode: 'IKK.3', uraian: 'Persentase data ASN yang mutakhir di SIMASN', satuan: '%', agregasi: 'snapshot', baseline: 78,
          target: [82, 86, 90, 93, 96, 98], realisasi: [83.1, 86.9, 91.2, 94, 96.4, 97.1], sumberData: 'SIMASN' }],
        sub: [['5.03.02.2.01.0001', 'Pengelolaan Data dan Sistem Informasi ASN', 412_500_000], ['5.03.02.2.01.0003', 'Pengadaan dan Pemberhentian ASN', 356_800_000]] },
      { kode: '5.03.02.2.02', nama: 'Mutasi dan Promosi ASN', unit: 'BKPSDM.03',
        indikator: [
          { kode: 'IKK.4', uraian: 'Jumlah SK kenaikan pangkat yang diterbitkan', satuan: 'SK', agregasi: 'kumulatif', otomatis: 'jumlah_sk_pangkat', baseline: 0, target: [],
            sumberData: 'Riwayat pangkat SIMASN' },
          { kode: 'IKK.5', uraian: 'Jumlah SK mutasi, promosi dan penempatan jabatan', satuan: 'SK', agregasi: 'kumulatif', otomatis: 'jumlah_sk_jabatan', baseline: 0, target: [],
            sumberData: 'Riwayat jabatan SIMASN' },
        ],
        sub: [['5.03.02.2.02.0001', 'Pengelolaan Kenaikan Pangkat ASN', 298_400_000], ['5.03.02.2.02.0002', 'Pengelolaan Mutasi dan Promosi ASN', 412_300_000]] },
      { kode: '5.03.02.2.03', nama: 'Pengembangan Kompetensi ASN', unit: 'BKPSDM.04',
        indikator: [
          { kode: 'IKK.6', uraian: 'Nilai dimensi kompetensi IP ASN', satuan: 'nilai', agregasi: 'snapshot', otomatis: 'ip_asn:kompetensi', baseline: 6.5, target: [7, 8, 9, 10, 12, 20],
            sumberData: 'SIMASN (riwayat diklat)' },
          { kode: 'IKK.7', uraian: 'Jumlah pengembangan kompetensi ASN yang diselesaikan', satuan: 'diklat', agregasi: 'kumulatif', otomatis: 'jumlah_diklat', baseline: 0,
            target: [], sumberData: 'Riwayat diklat SIMASN' },
        ],
        sub: [['5.03.02.2.03.0001', 'Pengembangan Kompetensi Teknis dan Fungsional', 612_850_000], ['5.03.02.2.03.0003', 'Uji Kompetensi dan Sertifikasi ASN', 143_950_000]] },
      { kode: '5.03.02.2.04', nama: 'Penilaian Kinerja dan Pemberian Penghargaan ASN', unit: 'BKPSDM.05',
        indikator: [
          { kode: 'IKK.8', uraian: 'Nilai dimensi kinerja IP ASN', satuan: 'nilai', agregasi: 'snapshot', otomatis: 'ip_asn:kinerja', baseline: 22.5, target: [23, 23.5, 24, 24.5, 25, 25.5],
            sumberData: 'SIMASN (riwayat SKP)' },
          { kode: 'IKK.9', uraian: 'Persentase pelanggaran disiplin ASN', satuan: '%', agregasi: 'snapshot', polaritas: 'negatif', baseline: 1.2,
            target: [1.1, 1, 0.9, 0.8, 0.7, 0.6], realisasi: [1.05, 0.98, 0.92, 0.74, 0.69, 0.64], sumberData: 'Register hukuman disiplin' },
        ],
        sub: [['5.03.02.2.04.0001', 'Penilaian Kinerja ASN', 187_200_000], ['5.03.02.2.04.0002', 'Pemberian Penghargaan ASN', 212_374_000]] },
    ],
  },
];

/** The jabatan whose holders sign, by unit code: the parent's holder is pihak kedua. */
const CASCADE: [string, string | null][] = [
  ['BKPSDM', null], ['BKPSDM.01', 'BKPSDM'], ['BKPSDM.02', 'BKPSDM'], ['BKPSDM.03', 'BKPSDM'], ['BKPSDM.04', 'BKPSDM'], ['BKPSDM.05', 'BKPSDM'],
  ['BKPSDM.01.01', 'BKPSDM.01'], ['BKPSDM.01.02', 'BKPSDM.01'], ['BKPSDM.03.01', 'BKPSDM.03'],
];

/** Share of a year's realisasi per tribulan (cumulative indicators and budget). */
const BAGIAN = [0.18, 0.24, 0.27, 0.31];

const bulat2 = (x: number) => Math.round(x * 100) / 100;

export async function buatSakipDemo(tx: Db, instansiId: number): Promise<void> {
  const pada = (iso: string, p?: Pemanggil): Konteks => ({ db: tx, instansiId, pemanggil: p ?? pemanggilSistem(instansiId, 'demo'), sekarang: () => new Date(iso) });
  const unit = new Map((await tx.many<{ id: number; kode: string }>(sql`
    select id, kode from unit_organisasi where instansi_id = ${instansiId} and (kode = 'BKPSDM' or kode like 'BKPSDM.%')`)).map((u) => [u.kode, u.id]));
  if (!unit.has('BKPSDM')) return;
  const c0 = pada(`${AWAL}-01-20T02:00:00Z`);
  const r = await buatRenstra(c0, { unitId: unit.get('BKPSDM'), tahunAwal: AWAL, tahunAkhir: TAHUN_INI, nama: `Renstra BKPSDM Kabupaten ${NAMA_KABUPATEN} ${AWAL}-${TAHUN_INI}` });
  await ubahRenstra(c0, r.id, { status: 'berlaku', versi: r.versi });

  // Program tree with pagu: the same every year but for a 3% yearly rise; this year's P-APBD changes two.
  const idProgram = new Map<string, number>();
  const subPagu: { id: number; pagu: Record<number, number> }[] = [];
  for (const p of PROGRAM) {
    idProgram.set(p.kode, (await simpanProgramKegiatan(c0, r.id, { tingkat: 'program', kode: p.kode, nama: p.nama })).id);
    for (const k of p.kegiatan) {
      idProgram.set(k.kode, (await simpanProgramKegiatan(c0, r.id, { tingkat: 'kegiatan', indukId: idProgram.get(p.kode), kode: k.kode, nama: k.nama })).id);
      for (const [kode, nama, pagu] of k.sub) {
        const perubahan = kode.endsWith('2.03.0001') ? pagu * 1.08 : kode.endsWith('1.02.0001') ? pagu * 0.97 : null;
        const s = await simpanProgramKegiatan(c0, r.id, {
          tingkat: 'sub_kegiatan', indukId: idProgram.get(k.kode), kode, nama,
          pagu: TAHUN.map((t) => ({ tahun: t, pagu: bulat2(pagu * 1.03 ** (t - TAHUN_INI)), paguPerubahan: t === TAHUN_INI && perubahan ? bulat2(perubahan) : null })),
        });
        idProgram.set(kode, s.id);
        subPagu.push({ id: s.id, pagu: Object.fromEntries(TAHUN.map((t) => [t, bulat2(t === TAHUN_INI && perubahan ? perubahan : pagu * 1.03 ** (t - TAHUN_INI))])) });
      }
    }
  }

  // Tujuan, sasaran and every indicator with its targets and supporting programs.
  const indikator: { id: number; d: IndikatorDemo }[] = [];
  const tambah = async (d: IndikatorDemo, induk: { tujuanId?: number; sasaranId?: number; programKegiatanId?: number }) => {
    // Counting indicators: a target the records can meet (95% of what the riwayat hold for the year).
    if (d.otomatis?.startsWith('jumlah_')) d = { ...d, target: await targetDariRiwayat(tx, instansiId, d.otomatis as 'jumlah_diklat') };
    const i = await simpanIndikator(c0, r.id, {
      ...induk, kode: d.kode, uraian: d.uraian, satuan: d.satuan, polaritas: d.polaritas ?? 'positif', agregasi: d.agregasi, formula: d.formula ?? null,
      sumberData: d.sumberData, sumberOtomatis: d.otomatis ?? null, baseline: d.baseline, tahunBaseline: AWAL - 1, targetAkhir: d.target.at(-1),
      angkaNasional: d.nasional ?? null, target: TAHUN.map((t, n) => ({ tahun: t, target: d.target[n]! })),
      programIds: (d.program ?? []).map((k) => idProgram.get(k)!),
    });
    indikator.push({ id: i.id, d });
    return i.id;
  };
  const tujuan = await simpanTujuan(c0, r.id, { kode: 'T.1', uraian: 'Meningkatnya profesionalitas dan kinerja Aparatur Sipil Negara' });
  for (const d of IK_TUJUAN) await tambah(d, { tujuanId: tujuan.id });
  const sasaran = [
    ['S.1.1', 'Meningkatnya kualitas manajemen ASN berbasis Sistem Merit'],
    ['S.1.2', 'Meningkatnya kualitas pelayanan administrasi kepegawaian'],
  ] as const;
  const idSasaran = new Map<string, number>();
  for (const [kode, uraian] of sasaran) {
    const s = await simpanSasaran(c0, r.id, { tujuanId: tujuan.id, kode, uraian });
    idSasaran.set(kode, s.id);
    for (const d of IK_SASARAN[kode]!) await tambah(d, { sasaranId: s.id });
  }
  for (const p of PROGRAM) {
    for (const d of p.indikator ?? []) await tambah({ ...d, program: [p.kode] }, { programKegiatanId: idProgram.get(p.kode)! });
    for (const k of p.kegiatan) for (const d of k.indikator ?? []) await tambah({ ...d, program: [k.kode] }, { programKegiatanId: idProgram.get(k.kode)! });
  }
  await buatPkDemo(tx, instansiId, r.id, indikator, idProgram, pada);
  await buatRealisasiDemo(r.id, indikator, subPagu, pada);
}

/** 95% of what the riwayat hold per year (at least 1): a target the demo's records can meet. */
async function targetDariRiwayat(tx: Db, instansiId: number, sumber: 'jumlah_sk_pangkat' | 'jumlah_sk_jabatan' | 'jumlah_diklat'): Promise<number[]> {
  const q = {
    jumlah_sk_pangkat: sql`select coalesce(tanggal_sk, tmt) as d from riwayat_pangkat where instansi_id = ${instansiId} and jenis_kp not in ('cpns', 'pns', 'pppk')`,
    jumlah_sk_jabatan: sql`select coalesce(tanggal_sk, tmt) as d from riwayat_jabatan where instansi_id = ${instansiId}`,
    jumlah_diklat: sql`select tanggal_selesai as d from riwayat_diklat where instansi_id = ${instansiId}`,
  }[sumber];
  const n = new Map((await tx.many<{ tahun: number; n: number }>(sql`
    select extract(year from d)::int as tahun, count(*)::int as n from (${q}) x group by 1`)).map((x) => [x.tahun, x.n]));
  return TAHUN.map((t) => Math.max(1, Math.round((n.get(t) ?? 0) * 0.95)));
}

interface Pemegang { kode: string; jabatanId: number; pegawaiId: number; nip: string; nama: string; akunId: number }

/** Acting as a person: their own account (the approval checks the caller's pegawai). */
function sebagai(instansiId: number, p: Pemegang | 'pimpinan', akunPimpinan: number): Pemanggil {
  if (p === 'pimpinan') return { ...pemanggilSistem(instansiId, 'pimpinan'), sistem: false, akunId: akunPimpinan, peran: [{ peran: 'pimpinan', unitId: null, jalurUnit: null }] };
  return {
    akunId: p.akunId, namaPengguna: p.nip, namaTampilan: p.nama, instansiId, pegawaiId: p.pegawaiId, jalurUnitSendiri: null,
    peran: [{ peran: 'asn', unitId: null, jalurUnit: null }],
  };
}

async function buatPkDemo(
  tx: Db, instansiId: number, renstraId: number, indikator: { id: number; d: IndikatorDemo }[], idProgram: Map<string, number>,
  pada: (iso: string, p?: Pemanggil) => Konteks,
): Promise<void> {
  const pemegang = new Map((await tx.many<Pemegang>(sql`
    select substr(j.kode, 4) as kode, j.id as "jabatanId", p.id as "pegawaiId", p.nip, p.nama, coalesce(a.id, 0) as "akunId"
      from jabatan j join pegawai p on p.instansi_id = j.instansi_id and p.jabatan_id = j.id and p.kedudukan = 'aktif'
      left join akun a on a.instansi_id = p.instansi_id and a.pegawai_id = p.id
     where j.instansi_id = ${instansiId} and j.kode = any(${CASCADE.map(([k]) => `JS.${k}`)})
     order by p.id`)).map((p) => [p.kode, p]));
  const akunPimpinan = (await tx.maybeOne<{ id: number }>(sql`select id from akun where instansi_id = ${instansiId} and nama_pengguna = 'pimpinan'`))?.id ?? 0;
  const idIndikator = (kode: string) => indikator.find((i) => i.d.kode === kode)!.id;
  const kegiatanUnit = (u: string) => PROGRAM.flatMap((p) => p.kegiatan).filter((k) => k.unit === u);
  const baris = (u: string): { indikator: string[]; anggaran: string[] } => {
    if (u === 'BKPSDM') return { indikator: [...IK_TUJUAN, ...Object.values(IK_SASARAN).flat()].map((d) => d.kode), anggaran: PROGRAM.map((p) => p.kode) };
    const program = PROGRAM.filter((p) => p.unit === u);
    const kegiatan = kegiatanUnit(u);
    return {
      indikator: [...program.flatMap((p) => p.indikator ?? []), ...kegiatan.flatMap((k) => k.indikator ?? [])].map((d) => d.kode),
      anggaran: [...program.map((p) => p.kode), ...kegiatan.map((k) => k.kode)],
    };
  };
  // The Kepala Sub Bidang's PK stays a draft: signing and approving it is left to do in the app.
  const DRAF = 'BKPSDM.03.01';
  const pk = new Map<string, number>();
  for (const [u, induk] of CASCADE) {
    const p = pemegang.get(u);
    if (!p || (induk && !pk.has(induk))) continue;
    const isi = u === DRAF ? { indikator: ['IKK.4'], anggaran: ['5.03.02.2.02.0001'] } : baris(u);
    const b = await buatPk(pada(`${TAHUN_INI}-01-25T02:00:00Z`), {
      renstraId, tahun: TAHUN_INI, jabatanId: p.jabatanId, pegawaiId: p.pegawaiId, tanggal: `${TAHUN_INI}-01-31`,
      ...(induk ? { indukId: pk.get(induk) } : { pihakKedua: { nama: `Bupati ${NAMA_KABUPATEN}`, jabatan: `Bupati ${NAMA_KABUPATEN}` } }),
      indikator: isi.indikator.map((k) => ({ indikatorId: idIndikator(k) })),
      anggaran: isi.anggaran.map((k) => ({ programKegiatanId: idProgram.get(k)! })),
    });
    pk.set(u, b.id);
    if (u === DRAF) continue;
    const a = await ajukanPk(pada(`${TAHUN_INI}-01-31T03:00:00Z`, sebagai(instansiId, p, akunPimpinan)), b.id, { versi: b.versi });
    const kedua = induk ? pemegang.get(induk)! : 'pimpinan';
    await setujuiPk(pada(`${TAHUN_INI}-02-02T03:00:00Z`, sebagai(instansiId, kedua, akunPimpinan)), b.id, { versi: a.versi });
  }
  // Perubahan PK of the Kepala after the P-APBD: budget lines follow the changed pagu, one target is revised.
  const kepala = pemegang.get('BKPSDM');
  const id = pk.get('BKPSDM');
  if (!kepala || !id) return;
  const c = pada(`${TAHUN_INI}-09-25T02:00:00Z`);
  const lama = await tx.one<{ versi: number }>(sql`select versi from perjanjian_kinerja where instansi_id = ${instansiId} and id = ${id}`);
  const rev = await revisiPk(c, id, { tanggal: `${TAHUN_INI}-09-25`, alasanPerubahan: `Perubahan APBD Tahun Anggaran ${TAHUN_INI} (P-APBD): pagu sub kegiatan pengembangan kompetensi naik 8%, gaji dan tunjangan turun 3%`, versi: lama.versi });
  const u = await ubahPk(c, rev.id, {
    indikator: rev.indikator.map((i) => ({ indikatorId: i.indikatorId, target: i.kode === 'IKU.4' ? 93 : Number(i.target) })),
    anggaran: rev.anggaran.map((a) => ({ programKegiatanId: a.programKegiatanId })), versi: rev.versi,
  });
  const a = await ajukanPk(pada(`${TAHUN_INI}-09-29T03:00:00Z`, sebagai(instansiId, kepala, akunPimpinan)), rev.id, { versi: u.versi });
  await setujuiPk(pada(`${TAHUN_INI}-09-30T03:00:00Z`, sebagai(instansiId, 'pimpinan', akunPimpinan)), rev.id, { versi: a.versi });
}

/** Manual tribulan values whose year gives `v` by the rule; `lalu` is last year's value (snapshot approaches v). */
function nilaiTribulan(d: IndikatorDemo, v: number, lalu: number): number[] {
  if (d.agregasi === 'kumulatif') return BAGIAN.map((b) => bulat2(v * b));
  if (d.agregasi === 'rata_rata') return [-0.6, -0.2, 0.2, 0.6].map((x) => bulat2(v + x));
  return [1, 2, 3, 4].map((k) => bulat2(lalu + ((v - lalu) * k) / 4));
}

async function buatRealisasiDemo(
  renstraId: number, indikator: { id: number; d: IndikatorDemo }[], sub: { id: number; pagu: Record<number, number> }[],
  pada: (iso: string) => Konteks,
): Promise<void> {
  const AKHIR = ['04-05', '07-05', '10-05', '12-31'];
  const JUMLAH: SumberOtomatis[] = ['jumlah_sk_pangkat', 'jumlah_sk_jabatan', 'jumlah_diklat', 'ikm'];
  for (const [n, tahun] of TAHUN.entries()) {
    const ini = tahun === TAHUN_INI;
    for (let tw = 1; tw <= 4; tw++) {
      const c = pada(`${tahun}-${AKHIR[tw - 1]}T09:00:00Z`);
      // Earlier years: snapshot and mean indicators need only their year-end figure.
      for (const { id, d } of indikator) {
        if (!d.realisasi || (!ini && tw < 4 && d.agregasi !== 'kumulatif')) continue;
        const v = nilaiTribulan(d, d.realisasi[n]!, n ? d.realisasi[n - 1]! : d.baseline);
        await simpanRealisasi(c, { indikatorId: id, tahun, tribulan: tw, nilai: ini || d.agregasi === 'kumulatif' ? v[tw - 1] : d.realisasi[n] });
      }
      await isiRealisasiOtomatis(c, { renstraId, tahun, tribulan: tw, ...(ini || tw === 4 ? {} : { sumber: JUMLAH }) });
      if (!ini) continue;
      // This year's budget: 96% of the pagu in force over the year, by tribulan shares.
      for (const s of sub) {
        await simpanRealisasiAnggaran(c, { programKegiatanId: s.id, tahun, tribulan: tw, nilai: Math.floor(s.pagu[tahun]! * 0.96 * BAGIAN[tw - 1]!) });
      }
    }
  }
}
