import { join, raw, type Db, sql } from '@simasn/db';
import { akhirTribulan, awalTribulan, instanSetempat, keZonaWaktu, sampelKrejcieMorgan, TRIBULAN, type ZonaWaktu } from '@simasn/domain';
import { tambahHari, TAHUN_INI } from './karier.ts';
import type { Organisasi } from './organisasi.ts';
import { buatAcak, turunkanBenih, type Acak } from './prng.ts';
import { UKURAN_POTONGAN } from './sisip.ts';

/**
 * A few service units surveyed (SKM) in the demo kabupaten, with responses spread over the demo
 * year so that the IKM results page has data: each unit has its own service quality (one of them
 * clearly weak on waiting time), so the list shows different IKM and mutu. Last year was surveyed
 * tribulan by tribulan (the hospital at about the Krejcie-Morgan sample each tribulan, the others
 * short of it, in the same mix as this year) with slightly lower scores, improving through the
 * year, so the SAKIP IKM indicator of the complete year has a figure and this year shows a rise.
 * A response's period is its `tanggal` (the instansi's local day). Same seed, same rows. Public link tokens are
 * derived from the seed (a demo, not a secret); the responses carry no device hash (`sumber` = 'demo').
 */
interface LayananDemo {
  kodeOpd: string;
  kode: string;
  nama: string;
  populasi: number;
  /** Responses this year (January-October). */
  responden: number;
  /** Last year: share of the Krejcie-Morgan sample of `populasi` collected in each tribulan. */
  cakupanLalu: number;
  /** Mean answer (1-4) per unsur, u1..u9, this year. */
  mutu: readonly number[];
}

const LAYANAN: readonly LayananDemo[] = [
  { kodeOpd: 'BKPSDM', kode: 'SKM-BKPSDM', nama: 'Layanan Administrasi Kepegawaian (kenaikan pangkat, mutasi, pensiun)', populasi: 1200, responden: 190, cakupanLalu: 0.85,
    mutu: [3.4, 3.3, 3.0, 3.7, 3.3, 3.4, 3.5, 3.2, 3.3] },
  { kodeOpd: 'DISDUKCAPIL', kode: 'SKM-DUKCAPIL', nama: 'Pelayanan KTP Elektronik dan Kartu Keluarga', populasi: 15000, responden: 260, cakupanLalu: 0.9,
    mutu: [3.2, 3.1, 2.6, 3.8, 3.1, 3.2, 3.3, 2.9, 3.0] },
  { kodeOpd: 'DPMPTSP', kode: 'SKM-DPMPTSP', nama: 'Pelayanan Perizinan Berusaha', populasi: 3000, responden: 120, cakupanLalu: 0.45,
    mutu: [3.6, 3.5, 3.4, 3.8, 3.6, 3.6, 3.7, 3.5, 3.6] },
  { kodeOpd: 'RSUD', kode: 'SKM-RSUD-RAJAL', nama: 'Pelayanan Rawat Jalan', populasi: 20000, responden: 300, cakupanLalu: 1, mutu: [2.9, 2.8, 2.4, 3.0, 2.9, 3.1, 2.9, 2.7, 2.8] },
  { kodeOpd: 'DINKES', kode: 'SKM-DINKES-IZIN', nama: 'Pelayanan Izin Praktik Tenaga Kesehatan', populasi: 400, responden: 60, cakupanLalu: 0.4,
    mutu: [3.5, 3.4, 3.2, 3.9, 3.4, 3.5, 3.6, 3.3, 3.4] },
];

const TAHUN_LALU = TAHUN_INI - 1;
/** Last year's mean answers were lower than this year's by this much, tribulan I to IV. */
const SELISIH_LALU = [0.2, 0.16, 0.12, 0.08] as const;

const SARAN = [
  'Mohon antrian dipercepat, terutama pagi hari.',
  'Petugas ramah dan membantu, terima kasih.',
  'Informasi persyaratan sebaiknya ditempel lebih jelas di loket.',
  'Ruang tunggu kurang kursi dan agak panas.',
  'Sebaiknya ada layanan pendaftaran daring supaya tidak perlu datang dua kali.',
  'Proses cepat dan tidak dipungut biaya. Pertahankan.',
  'Nomor pengaduan belum pernah dijawab, mohon ditindaklanjuti.',
  'Parkir sempit, mohon ditata.',
];
const PENDIDIKAN = [['SD', 1], ['SMP', 2], ['SMA', 6], ['D1-D3', 2], ['D4-S1', 5], ['S2', 1], ['S3', 0.1]] as const;
const PEKERJAAN = [['PNS', 2], ['TNI', 0.3], ['POLRI', 0.3], ['SWASTA', 5], ['WIRAUSAHA', 4], ['PELAJAR', 2], ['LAINNYA', 2]] as const;

/** The answers travel as one JSON array per row (the bulk writer takes letters-only column names). */
const JAWABAN = join(Array.from({ length: 9 }, (_, i) => raw(`(x.jawaban->>${i})::smallint`)));

async function sisipRespon(tx: Db, instansiId: number, baris: Record<string, unknown>[]): Promise<number> {
  let n = 0;
  for (let awal = 0; awal < baris.length; awal += UKURAN_POTONGAN) {
    n += await tx.run(sql`
      insert into respon_survei (instansi_id, layanan_id, diisi_pada, tanggal, u1, u2, u3, u4, u5, u6, u7, u8, u9,
                                 umur, jenis_kelamin, pendidikan, pekerjaan, saran, sumber)
      select ${instansiId}, x.layanan, x.diisi, x.tanggal, ${JAWABAN}, x.umur, x.jk, x.pendidikan, x.pekerjaan, x.saran, 'demo'
        from json_to_recordset(${JSON.stringify(baris.slice(awal, awal + UKURAN_POTONGAN))}::json)
          as x(layanan bigint, diisi timestamptz, tanggal date, jawaban json, umur smallint, jk text, pendidikan text, pekerjaan text, saran text)`);
  }
  return n;
}

/** An answer 1-4 around a mean: the mean plus a triangular spread of about one step, rounded and kept in 1-4. */
function jawab(acak: Acak, rata: number): number {
  const x = rata + (acak.angka() + acak.angka() - 1) * 1.3;
  return Math.min(4, Math.max(1, Math.round(x)));
}

/** One response on a working day, 08.00-15.00 local time: the answers around `mutu`, a profile for most, a suggestion for a few. */
function respon(acak: Acak, layanan: number, tanggal: string, mutu: readonly number[], zona: ZonaWaktu): Record<string, unknown> {
  const menit = acak.bulat(8 * 60, 15 * 60);
  const diisi = instanSetempat(tanggal, `${Math.floor(menit / 60)}:${String(menit % 60).padStart(2, '0')}`, zona);
  const profil = acak.peluang(0.8);
  return { layanan, diisi: diisi.toISOString(), tanggal, jawaban: mutu.map((m) => jawab(acak, m)), umur: profil ? acak.bulat(18, 70) : null,
    jk: profil ? acak.pilih(['L', 'P']) : null, pendidikan: profil ? acak.pilihBobot(PENDIDIKAN) : null, pekerjaan: profil ? acak.pilihBobot(PEKERJAAN) : null,
    saran: acak.peluang(0.12) ? acak.pilih(SARAN) : null };
}

const akhirPekan = (tanggal: string) => [0, 6].includes(new Date(`${tanggal}T00:00:00Z`).getUTCDay());

/** Last year's responses of a unit, tribulan by tribulan: about its share of the sample each, on the tribulan's working days. */
function responLalu(acak: Acak, layanan: number, l: LayananDemo, zona: ZonaWaktu): Record<string, unknown>[] {
  const sampel = sampelKrejcieMorgan(l.populasi);
  if (!sampel.ok) return [];
  const baris: Record<string, unknown>[] = [];
  for (const tw of TRIBULAN) {
    const hari: string[] = [];
    for (let t = awalTribulan(TAHUN_LALU, tw); t <= akhirTribulan(TAHUN_LALU, tw); t = tambahHari(t, 1)) if (!akhirPekan(t)) hari.push(t);
    const mutu = l.mutu.map((m) => m - SELISIH_LALU[tw - 1]!);
    const n = Math.round(sampel.nilai.sampel * l.cakupanLalu * (0.9 + 0.2 * acak.angka()));
    for (let k = 0; k < n; k++) baris.push(respon(acak, layanan, acak.pilih(hari), mutu, zona));
  }
  return baris;
}

function tokenDemo(seed: number, instansiId: number, i: number): string {
  const b = Buffer.alloc(16);
  for (let k = 0; k < 4; k++) b.writeUInt32BE(turunkanBenih(seed, 'survei-token', instansiId, i, k), k * 4);
  return b.toString('base64url');
}

/** Writes the demo service units and their responses (within the demo generator's transaction). */
export async function buatSurveiDemo(tx: Db, o: { instansiId: number, org: Organisasi, seed: number }): Promise<{ layanan: number, respon: number }> {
  const awalTahun = `${TAHUN_INI}-01-02`;
  const zona = keZonaWaktu((await tx.one<{ zona: string }>(sql`select zona_waktu as zona from instansi where instansi_id = ${o.instansiId}`)).zona);
  let jumlahRespon = 0;
  let jumlahLayanan = 0;
  for (const [i, l] of LAYANAN.entries()) {
    const opd = o.org.opd.find((x) => x.data.kode === l.kodeOpd);
    if (!opd) continue;
    const r = await tx.one<{ id: number }>(sql`
      insert into layanan_survei (instansi_id, kode, nama, unit_id, token, populasi)
      values (${o.instansiId}, ${l.kode}, ${l.nama}, ${opd.unitId}, ${tokenDemo(o.seed, o.instansiId, i)}, ${l.populasi})
      returning id`);
    jumlahLayanan++;
    const baris = responLalu(buatAcak(o.seed, 'survei', i, TAHUN_LALU), r.id, l, zona);
    const acak = buatAcak(o.seed, 'survei', i);
    for (let n = 0; n < l.responden; n++) {
      // Working days of January-October of the demo year.
      let tanggal = tambahHari(awalTahun, acak.bulat(0, 300));
      while (akhirPekan(tanggal)) tanggal = tambahHari(tanggal, 1);
      baris.push(respon(acak, r.id, tanggal, l.mutu, zona));
    }
    jumlahRespon += await sisipRespon(tx, o.instansiId, baris);
  }
  return { layanan: jumlahLayanan, respon: jumlahRespon };
}
