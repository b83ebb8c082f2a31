import { sql, type Db } from '@simasn/db';
import { type BANK_TPP, gajiPokok, GOLONGAN_PNS, hariIniIso, instanSetempat, type KodeGolonganPns, langkahMkg, selisihTahunBulan, tambahBulan, type TanggalIso,
  type ZonaWaktu } from '@simasn/domain';
import { konteksSistemInstansi, type Konteks } from '@simasn/platform';
import { hitungBulanTpp, kunciTpp, tinjauTpp } from '@simasn/tpp';
import { konteksAkunDemo } from './konteks-akun.ts';
import { buatAcak } from './prng.ts';

/** One active pegawai in this many has no bank account yet (the month warns of them; the bank file leaves them out). */
const TANPA_REKENING_SETIAP = 20;
const TANPA_REKENING_BKPSDM = 6;
const TANPA_AKTIVITAS_SETIAP = 7;
const BOBOT_BANK: readonly (readonly [(typeof BANK_TPP)[number], number])[] = [['Bank Jatim', 70], ['Bank Jatim Syariah', 6], ['BRI', 10], ['BNI', 5], ['Bank Mandiri', 4], [
  'BSI',
  3,
], ['BTN', 2]];

/** Work the BKPSDM staff record on a day at the office, approved by their atasan (the capaian kinerja of the TPP months). */
const URAIAN = [
  'Memverifikasi berkas layanan kepegawaian',
  'Memutakhirkan data riwayat pegawai',
  'Menyusun konsep surat dan nota dinas',
  'Melayani konsultasi kepegawaian ASN',
  'Menyiapkan bahan rapat bidang',
  'Menyusun laporan kegiatan bulanan',
];

/**
 * The riwayat gaji of every active PNS and CPNS who has none yet (the KGB demo wrote some), from
 * their riwayat pangkat by the gaji pokok grid the KGB uses: the gaji of the previous pangkat from
 * its TMT, of the latest pangkat from its TMT, and each KGB step reached since then up to today.
 * PPPK are left without: their gaji table is not in the rule data.
 */
async function riwayatGajiDemo(db: Db, instansiId: number, hariIni: TanggalIso) {
  const pns = new Set<string>(GOLONGAN_PNS.map((g) => g.kode));
  const pangkat = await db.many<{ id: number, golongan: string, tmt: string, mkTahun: number, mkBulan: number, jenis: string }>(sql`
    select p.id::int as id, r.golongan, r.tmt::text as tmt, r.mk_tahun as "mkTahun", r.mk_bulan as "mkBulan", r.jenis_kp as jenis
      from pegawai p
      join lateral (select golongan, tmt, mk_tahun, mk_bulan, jenis_kp from riwayat_pangkat r where r.instansi_id = p.instansi_id and r.pegawai_id = p.id and r.tmt <= ${hariIni}::date
                     order by r.tmt desc, r.id desc limit 2) r on true
     where p.instansi_id = ${instansiId} and p.status_kepegawaian in ('PNS', 'CPNS') and p.kedudukan = 'aktif'
       and not exists (select 1 from riwayat_gaji g where g.instansi_id = p.instansi_id and g.pegawai_id = p.id)
     order by p.id, r.tmt`);
  const baris: { p: number, j: string, g: string, t: string, mk: number, gp: number, a: string }[] = [];
  const tambah = (p: number, jenis: string, g: KodeGolonganPns, tmt: string, mk: number) => {
    const h = gajiPokok(g, mk, tmt);
    if (h.ok) baris.push({ p, j: jenis, g, t: tmt, mk, gp: h.nilai.gaji, a: h.nilai.aturan });
  };
  for (let i = 0; i < pangkat.length; i++) {
    const r = pangkat[i]!;
    if (!pns.has(r.golongan)) continue;
    const g = r.golongan as KodeGolonganPns;
    const terakhir = pangkat[i + 1]?.id !== r.id;
    const langkah = langkahMkg(g);
    // A demo career may enter a golongan below its first grid step (I/c at 0 years): the first step then.
    const awal = [...langkah].reverse().find((l) => l <= r.mkTahun) ?? langkah[0];
    if (awal === undefined) continue;
    tambah(r.id, r.jenis === 'cpns' || r.jenis === 'pns' ? 'lainnya' : 'kenaikan_pangkat', g, r.tmt, awal);
    if (!terakhir) continue;
    // The KGB steps reached in this pangkat up to today: a step of MKG s falls due when the masa kerja reaches s years.
    const bulanMkAwal = r.mkTahun * 12 + r.mkBulan;
    const lama = selisihTahunBulan(r.tmt, hariIni);
    const bulanMkKini = bulanMkAwal + lama.tahun * 12 + lama.bulan;
    for (const s of langkah) {
      if (s <= awal || s * 12 > bulanMkKini) continue;
      tambah(r.id, 'kgb', g, tambahBulan(r.tmt, s * 12 - bulanMkAwal), s);
    }
  }
  for (let i = 0; i < baris.length; i += 5000) {
    await db.run(sql`
      insert into riwayat_gaji (instansi_id, pegawai_id, jenis, golongan, tmt, mk_tahun, mk_bulan, gaji_pokok, aturan_gaji, sumber)
      select ${instansiId}, x.p, x.j, x.g, x.t, x.mk, 0, x.gp, x.a, 'demo'
        from jsonb_to_recordset(${JSON.stringify(baris.slice(i, i + 5000))}::jsonb) as x(p bigint, j text, g text, t date, mk smallint, gp numeric, a text)`);
  }
  return baris.length;
}

/**
 * The bank account the TPP of a demo pegawai is paid to (written with the pegawai's row, encrypted
 * like its other personal data), or none: one in `TANPA_REKENING_SETIAP` has none, and in the
 * BKPSDM (whose TPP the demo computes) one in `TANPA_REKENING_BKPSDM` by their order, so the
 * month's warning and the Rekening TPP page have someone to show. Call in the pegawai's order.
 */
export function rencanaRekening(seed: number,
  bkpsdmId: number | undefined): (p: { id: number, nip: string, unit: { perangkatDaerahId: number | null } }) => [string, string] | null
{
  let k = 0;
  return (p) => {
    if (p.unit.perangkatDaerahId === bkpsdmId ? k++ % TANPA_REKENING_BKPSDM === 2 : p.id % TANPA_REKENING_SETIAP === TANPA_REKENING_SETIAP - 3) return null;
    const acak = buatAcak(seed, 'rekening', p.id);
    const namaBank = acak.pilihBobot(BOBOT_BANK);
    const panjang = namaBank === 'BRI' ? 15 : namaBank === 'Bank Mandiri' ? 13 : 10;
    let nomor = String(acak.bulat(1, 9));
    while (nomor.length < panjang) nomor += String(acak.bulat(0, 9));
    return [namaBank, nomor];
  };
}

/**
 * Approved daily activities of the BKPSDM staff for their days at the office (hadir, dinas luar)
 * in the TPP months, 5 to 7,5 hours a day, where the day has none yet: the capaian kinerja the
 * rule measures. One in `TANPA_AKTIVITAS_SETIAP` records none (capaian 0%, and the admin OPD's
 * "belum mengisi" list has someone every day). One set-based statement.
 */
async function aktivitasDemo(db: Db, instansiId: number, dari: TanggalIso, sebelum: TanggalIso, jalurOpd: string) {
  return db.run(sql`
    insert into aktivitas_harian (instansi_id, pegawai_id, tanggal, uraian, kuantitas, satuan, jam_mulai, jam_selesai, status, dibuat_pada, diubah_pada, diajukan_pada,
                                  diputuskan_pada)
    select h.instansi_id, h.pegawai_id, h.tanggal, (${URAIAN}::text[])[1 + ((h.pegawai_id + extract(doy from h.tanggal)::int) % ${URAIAN.length})::int], 1 + h.pegawai_id % 3, 'kegiatan',
           time '08:00', time '08:00' + make_interval(mins => (300 + ((h.pegawai_id * 7 + extract(doy from h.tanggal)::int * 13) % 7) * 25)::int),
           'disetujui', h.tanggal + time '16:00', h.tanggal + time '16:00', h.tanggal + time '16:00', h.tanggal + time '16:00' + interval '1 day'
      from hari_presensi h join pegawai p on p.instansi_id = h.instansi_id and p.id = h.pegawai_id
     where h.instansi_id = ${instansiId} and h.tanggal >= ${dari}::date and h.tanggal < ${sebelum}::date and h.hari_kerja and h.status in ('hadir', 'dinas_luar')
       and p.jalur_unit like ${`${jalurOpd}%`} and p.id % ${TANPA_AKTIVITAS_SETIAP} <> 3
       and not exists (select 1 from aktivitas_harian a where a.instansi_id = h.instansi_id and a.pegawai_id = h.pegawai_id and a.tanggal = h.tanggal)`);
}

/**
 * TPP for the months whose attendance the demo has closed (the whole months before the demo's
 * month), computed through the TPP module's own actions by admin BKD on the 3rd of the following
 * month: every earlier month reviewed for every perangkat daerah and locked (as BKD did), the
 * latest left open for the admin OPD to review. Before: the riwayat gaji the BPJS cap reads and
 * the BKPSDM staff's approved activities (the bank accounts came with the pegawai rows:
 * `rencanaRekening`). Returns the months computed, oldest first.
 */
export async function buatTppDemo(db: Db, o: { instansiId: number, sekarang: Date, zona: ZonaWaktu, akun: boolean }): Promise<string[]> {
  const hariIni = hariIniIso(o.sekarang, o.zona);
  const sistem = await konteksSistemInstansi(db, o.instansiId, 'demo');
  const sebagaiBkd = async (jam: Date): Promise<Konteks> => (o.akun ? konteksAkunDemo(db, o.instansiId, 'admin.bkd', jam) : { ...sistem, sekarang: () => jam });
  await riwayatGajiDemo(db, o.instansiId, hariIni);
  const bulan = (await db.many<{ b: string }>(sql`
    select distinct to_char(bulan, 'YYYY-MM') as b from rekap_presensi_bulan where instansi_id = ${o.instansiId} and bulan < ${`${hariIni.slice(0, 7)}-01`}::date
     order by 1`)).map((r) => r.b);
  if (!bulan.length) return [];
  const bkpsdm = await db.maybeOne<{ jalur: string }>(sql`select jalur from unit_organisasi where instansi_id = ${o.instansiId} and kode = 'BKPSDM'`);
  if (bkpsdm) await aktivitasDemo(db, o.instansiId, `${bulan[0]}-01`, tambahBulan(`${bulan.at(-1)}-01`, 1), bkpsdm.jalur);
  for (const [i, b] of bulan.entries()) {
    // Computed on the 3rd of the following month (or now, when that is still ahead).
    const tanggal = `${tambahBulan(`${b}-01`, 1).slice(0, 7)}-03`;
    const jam = (t: string) => {
      const w = instanSetempat(tanggal, t, o.zona);
      return w.getTime() > o.sekarang.getTime() ? o.sekarang : w;
    };
    await hitungBulanTpp(await sebagaiBkd(jam('09:00')), { bulan: b });
    if (i === bulan.length - 1) break;
    const ctx = await sebagaiBkd(jam('13:00'));
    const opd = await db.many<{ pd: number }>(sql`
      select distinct perangkat_daerah_id::int as pd from tpp_pegawai where instansi_id = ${o.instansiId} and bulan = ${`${b}-01`}::date and perangkat_daerah_id is not null
       order by 1`);
    for (const { pd } of opd) await tinjauTpp(ctx, { bulan: b, perangkatDaerahId: pd, catatan: 'Sudah dicocokkan dengan rekap presensi perangkat daerah.' });
    await kunciTpp(await sebagaiBkd(jam('15:00')), { bulan: b });
  }
  return bulan;
}
