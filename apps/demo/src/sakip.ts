import { sql, type Db } from '@simasn/db';
import { pemanggilSistem, zonaInstansi, type Konteks, type Pemanggil } from '@simasn/platform';
import type { ZonaWaktu } from '@simasn/domain';
import { buatRenstra, isiRealisasiOtomatis, simpanIndikator, simpanProgramKegiatan, simpanRealisasi, simpanRealisasiAnggaran, simpanSasaran, simpanTujuan, SUMBER_OTOMATIS,
  ubahRenstra, type SumberOtomatis } from '@simasn/sakip';
import { NAMA_KABUPATEN } from './data-opd.ts';
import { HARI_INI, TAHUN_INI, tambahHari } from './karier.ts';
import { ALASAN_PAPBD, AWAL, BAGIAN, bulat2, IK_SASARAN, IK_TUJUAN, LALU, PERUBAHAN_PAGU, PROGRAM, TAHUN, type IndikatorDemo } from './sakip-data.ts';
import { siapkanPkDemo } from './sakip-pk.ts';

/**
 * The BKPSDM's SAKIP cycle for the demo, as an agency has it on the demo's today (November of
 * this year): a Renstra of six years; last year complete (PKs cascaded and approved, one
 * Perubahan PK after the P-APBD of September with the earlier version kept, four tribulan of
 * realisasi and budget, the yearly indices once final); this year in progress (PKs approved in
 * January/February, the Kepala Sub Bidang's left a draft to sign in the app, realisasi and budget
 * of the tribulan entered by today); earlier years' year-end realisasi for the comparisons. All
 * written through the module's own actions, the clock at the date of entry and never after
 * HARI_INI, so the demo obeys every rule the app does. Fixed values and clock.
 */

/** A tribulan's realisasi is entered early in the month after it (the fourth's early in January). */
const tanggalIsi = (tahun: number, tw: number) => (tw === 4 ? `${tahun + 1}-01-06` : `${tahun}-${['04', '07', '10'][tw - 1]}-05`);
/** Yearly indices: their figure is the year's result once final (frozen in hasil_indeks), N/A before. */
const TAHUNAN: Partial<Record<SumberOtomatis, 'merit' | 'nspk'>> = { sistem_merit: 'merit', nspk: 'nspk' };
/** Earlier years: counts and IKM per tribulan, the rest at year end only. */
const JUMLAH: SumberOtomatis[] = ['jumlah_sk_pangkat', 'jumlah_sk_jabatan', 'jumlah_diklat', 'ikm'];
/** This year's PK of the Kepala Sub Bidang Mutasi dan Kepangkatan stays a draft: signing it is left to do in the app. */
const DRAF = 'BKPSDM.03.01';

interface SubDemo {
  id: number;
  versi: number;
  indukId: number;
  kode: string;
  nama: string;
  murni: Record<number, number>;
}

/** Pagu in force of a sub kegiatan in a year: last year's P-APBD changed some. */
const paguBerlaku = (s: SubDemo, tahun: number) => (tahun === LALU && PERUBAHAN_PAGU[s.kode] ? bulat2(s.murni[tahun]! * PERUBAHAN_PAGU[s.kode]!) : s.murni[tahun]!);

export async function buatSakipDemo(tx: Db, instansiId: number): Promise<void> {
  const zona = await zonaInstansi(tx, instansiId);
  const pada = (iso: string, p?: Pemanggil): Konteks => ({ db: tx, instansiId, pemanggil: p ?? pemanggilSistem(instansiId, 'demo'), sekarang: () => new Date(iso), zona });
  const unit = new Map((await tx.many<{ id: number, kode: string }>(sql`
    select id, kode from unit_organisasi where instansi_id = ${instansiId} and (kode = 'BKPSDM' or kode like 'BKPSDM.%')`)).map((u) => [u.kode, u.id]));
  if (!unit.has('BKPSDM')) return;
  const c0 = pada(`${AWAL}-01-20T02:00:00Z`);
  const r = await buatRenstra(c0, { unitId: unit.get('BKPSDM'), tahunAwal: AWAL, tahunAkhir: TAHUN_INI, nama: `Renstra BKPSDM Kabupaten ${NAMA_KABUPATEN} ${AWAL}-${TAHUN_INI}` });
  await ubahRenstra(c0, r.id, { status: 'berlaku', versi: r.versi });

  // Program tree with the pagu murni: the same every year but for a 3% yearly rise.
  const idProgram = new Map<string, number>();
  const sub: SubDemo[] = [];
  for (const p of PROGRAM) {
    idProgram.set(p.kode, (await simpanProgramKegiatan(c0, r.id, { tingkat: 'program', kode: p.kode, nama: p.nama })).id);
    for (const k of p.kegiatan) {
      const indukId = (await simpanProgramKegiatan(c0, r.id, { tingkat: 'kegiatan', indukId: idProgram.get(p.kode), kode: k.kode, nama: k.nama })).id;
      idProgram.set(k.kode, indukId);
      for (const [kode, nama, pagu] of k.sub) {
        const murni = Object.fromEntries(TAHUN.map((t) => [t, bulat2(pagu * 1.03 ** (t - TAHUN_INI))]));
        const s = await simpanProgramKegiatan(c0, r.id, { tingkat: 'sub_kegiatan', indukId, kode, nama, pagu: TAHUN.map((t) => ({ tahun: t, pagu: murni[t] })) });
        idProgram.set(kode, s.id);
        sub.push({ id: s.id, versi: s.versi, indukId, kode, nama, murni });
      }
    }
  }

  // Tujuan, sasaran and every indicator with its targets and supporting programs.
  const indikator: { id: number, d: IndikatorDemo }[] = [];
  const tambah = async (d: IndikatorDemo, induk: { tujuanId?: number, sasaranId?: number, programKegiatanId?: number }) => {
    // Counting indicators: a target the records can meet (95% of what the riwayat hold for the year).
    if (d.otomatis?.startsWith('jumlah_')) d = { ...d, target: await targetDariRiwayat(tx, instansiId, d.otomatis as 'jumlah_diklat') };
    const i = await simpanIndikator(c0, r.id, { ...induk, kode: d.kode, uraian: d.uraian, satuan: d.satuan, polaritas: d.polaritas ?? 'positif', agregasi: d.agregasi,
      formula: d.formula ?? null, sumberData: d.sumberData, sumberOtomatis: d.otomatis ?? null, baseline: d.baseline, tahunBaseline: AWAL - 1, targetAkhir: d.target.at(-1),
      angkaNasional: d.nasional ?? null, target: TAHUN.map((t, n) => ({ tahun: t, target: d.target[n]! })), programIds: (d.program ?? []).map((k) => idProgram.get(k)!) });
    indikator.push({ id: i.id, d });
  };
  const tujuan = await simpanTujuan(c0, r.id, { kode: 'T.1', uraian: 'Meningkatnya profesionalitas dan kinerja Aparatur Sipil Negara' });
  for (const d of IK_TUJUAN) await tambah(d, { tujuanId: tujuan.id });
  const sasaran = [
    ['S.1.1', 'Meningkatnya kualitas manajemen ASN berbasis Sistem Merit'],
    ['S.1.2', 'Meningkatnya kualitas pelayanan administrasi kepegawaian'],
  ] as const;
  for (const [kode, uraian] of sasaran) {
    const s = await simpanSasaran(c0, r.id, { tujuanId: tujuan.id, kode, uraian });
    for (const d of IK_SASARAN[kode]!) await tambah(d, { sasaranId: s.id });
  }
  for (const p of PROGRAM) {
    for (const d of p.indikator ?? []) await tambah({ ...d, program: [p.kode] }, { programKegiatanId: idProgram.get(p.kode)! });
    for (const k of p.kegiatan) for (const d of k.indikator ?? []) await tambah({ ...d, program: [k.kode] }, { programKegiatanId: idProgram.get(k.kode)! });
  }

  // Year by year, in the order things happen: the PKs in January, each tribulan entered after it ends, last year's P-APBD in September.
  const pk = await siapkanPkDemo(tx, instansiId, r.id, indikator, idProgram, pada);
  const final = await tanggalFinal(tx, instansiId, zona);
  for (const tahun of TAHUN) {
    const penuh = tahun >= LALU;
    const idPk = penuh ? await pk.pkTahun(tahun, tahun === TAHUN_INI ? DRAF : undefined) : null;
    for (let tw = 1; tw <= 4 && tanggalIsi(tahun, tw) <= HARI_INI; tw++) {
      if (tahun === LALU && tw === 3) await papbd(r.id, sub, idPk, pk.perubahanKepala, pada);
      const c = pada(`${tanggalIsi(tahun, tw)}T09:00:00Z`);
      await isiManual(c, indikator, tahun, tw, penuh);
      // A yearly index is N/A until its result is final; one made final only after this entry cannot be
      // measured now: TW4 gets it the day after it is final.
      const nanti = Object.entries(TAHUNAN).filter(([, j]) => (final.get(`${j}:${tahun}`) ?? '') > tanggalIsi(tahun, tw)).map(([s]) => s as SumberOtomatis);
      const sumber = !penuh && tw < 4 ? JUMLAH : SUMBER_OTOMATIS.filter((s) => !nanti.includes(s));
      await isiRealisasiOtomatis(c, { renstraId: r.id, tahun, tribulan: tw, sumber });
      for (const s of tw === 4 ? nanti : []) {
        const hari = tambahHari(final.get(`${TAHUNAN[s]}:${tahun}`)!, 1);
        if (hari <= HARI_INI) await isiRealisasiOtomatis(pada(`${hari}T03:00:00Z`), { renstraId: r.id, tahun, tribulan: 4, sumber: [s] });
      }
      // Budget of the full-cycle years: 96% of the year's pagu in force, by tribulan shares.
      if (penuh) {
        for (const s of sub) await simpanRealisasiAnggaran(c, { programKegiatanId: s.id, tahun, tribulan: tw, nilai: Math.floor(paguBerlaku(s, tahun) * 0.96 * BAGIAN[tw - 1]!) });
      }
    }
  }
}

/**
 * Last year's P-APBD (September): the pagu perubahan of two sub kegiatan, then the Kepala's
 * Perubahan PK whose budget lines follow it and whose IKU.4 target is raised.
 */
async function papbd(renstraId: number, sub: SubDemo[], idPk: Map<string, number> | null, perubahanKepala: Awaited<ReturnType<typeof siapkanPkDemo>>['perubahanKepala'],
  pada: (iso: string) => Konteks): Promise<void>
{
  const c = pada(`${LALU}-09-22T02:00:00Z`);
  for (const s of sub.filter((x) => PERUBAHAN_PAGU[x.kode])) {
    await simpanProgramKegiatan(c, renstraId, { id: s.id, versi: s.versi, tingkat: 'sub_kegiatan', indukId: s.indukId, kode: s.kode, nama: s.nama,
      pagu: [{ tahun: LALU, pagu: s.murni[LALU], paguPerubahan: paguBerlaku(s, LALU) }] });
  }
  const kepala = idPk?.get('BKPSDM');
  if (kepala) await perubahanKepala(LALU, kepala, `${LALU}-09-25`, ALASAN_PAPBD, { 'IKU.4': 93 });
}

/** Date (the instansi's local day, not the database session's) each yearly index result became final, by `jenis:tahun`. */
async function tanggalFinal(tx: Db, instansiId: number, zona: ZonaWaktu): Promise<Map<string, string>> {
  return new Map((await tx.many<{ k: string, tanggal: string }>(sql`
    select jenis || ':' || tahun as k, (min(dihitung_pada) at time zone ${zona})::date::text as tanggal from hasil_indeks
     where instansi_id = ${instansiId} and jenis in ('merit', 'nspk') and periode = 'tahunan' and unit_id is null group by jenis, tahun`)).map((x) => [x.k, x.tanggal]));
}

/** Manual tribulan values whose year gives `v` by the rule; `lalu` is last year's value (snapshot approaches v). */
function nilaiTribulan(d: IndikatorDemo, v: number, lalu: number): number[] {
  if (d.agregasi === 'kumulatif') return BAGIAN.map((b) => bulat2(v * b));
  if (d.agregasi === 'rata_rata') return [-0.6, -0.2, 0.2, 0.6].map((x) => bulat2(v + x));
  return [1, 2, 3, 4].map((k) => bulat2(lalu + ((v - lalu) * k) / 4));
}

/** The manual indicators of a tribulan; earlier years only need the year-end figure of snapshot and mean indicators. */
async function isiManual(c: Konteks, indikator: { id: number, d: IndikatorDemo }[], tahun: number, tw: number, penuh: boolean): Promise<void> {
  const n = TAHUN.indexOf(tahun);
  for (const { id, d } of indikator) {
    if (!d.realisasi || (!penuh && tw < 4 && d.agregasi !== 'kumulatif')) continue;
    const v = nilaiTribulan(d, d.realisasi[n]!, n ? d.realisasi[n - 1]! : d.baseline);
    await simpanRealisasi(c, { indikatorId: id, tahun, tribulan: tw, nilai: penuh || d.agregasi === 'kumulatif' ? v[tw - 1] : d.realisasi[n] });
  }
}

/** 95% of what the riwayat hold per year (at least 1): a target the demo's records can meet. */
async function targetDariRiwayat(tx: Db, instansiId: number, sumber: 'jumlah_sk_pangkat' | 'jumlah_sk_jabatan' | 'jumlah_diklat'): Promise<number[]> {
  const q =
    { jumlah_sk_pangkat: sql`select coalesce(tanggal_sk, tmt) as d from riwayat_pangkat where instansi_id = ${instansiId} and jenis_kp not in ('cpns', 'pns', 'pppk')`,
      jumlah_sk_jabatan: sql`select coalesce(tanggal_sk, tmt) as d from riwayat_jabatan where instansi_id = ${instansiId}`,
      jumlah_diklat: sql`select tanggal_selesai as d from riwayat_diklat where instansi_id = ${instansiId}` }[sumber];
  const n = new Map((await tx.many<{ tahun: number, n: number }>(sql`
    select extract(year from d)::int as tahun, count(*)::int as n from (${q}) x group by 1`)).map((x) => [x.tahun, x.n]));
  return TAHUN.map((t) => Math.max(1, Math.round((n.get(t) ?? 0) * 0.95)));
}
