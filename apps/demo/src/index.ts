import { raw, sql, type Db } from '@simasn/db';
import { namaLengkap, ZONA_BAWAAN } from '@simasn/domain';
import { hashSandi } from '@simasn/akun';
import { perbaruiDataTerkini, sandikanBaris } from '@simasn/kepegawaian';
import { NAMA_KABUPATEN, OPD_MAKSIMAL } from './data-opd.ts';
import { buatOrganisasi, type Organisasi, type Unit } from './organisasi.ts';
import { buatSemuaPegawai } from './pegawai.ts';
import type { Pegawai } from './orang.ts';
import { KOLOM, barisKosong, barisRiwayat, type KonteksRiwayat, type TabelRiwayat } from './riwayat.ts';
import { rencanakanAkun, type AkunDemo } from './akun.ts';
import { buatAcak } from './prng.ts';
import { idxGol } from './karier.ts';
import { sandikanMassal, sisipMassal, type Kolom, type KolomTetap } from './sisip.ts';
import { buatSurveiDemo } from './survei.ts';
import { buatIndeksDemo } from './indeks.ts';
import { buatSakipDemo } from './sakip.ts';
import { buatKalenderDemo } from './kalender.ts';
import { buatLayananKpPensiunDemo } from './layanan-kp-pensiun.ts';
import { buatLayananKgbDemo } from './layanan-kgb.ts';
import { buatPresensiDemo } from './presensi.ts';
import { jalankanRekapHarian } from '@simasn/rekap';
import { buatCutiAktivitasDemo } from './cuti-aktivitas.ts';
import { buatKinerjaDemo } from './kinerja.ts';
import { buatKinerjaMassal } from './kinerja-massal.ts';
import { buatKompetensiDemo } from './kompetensi.ts';
import { buatUjianDemo } from './ujian.ts';
import { buatKursusDemo } from './kursus.ts';
import { buatTppDemo, rencanaRekening } from './tpp.ts';

/**
 * The demo kabupaten (Kabupaten Sukamaju): organisation, jabatan, employees with their full
 * riwayat, and demo accounts, generated from a fixed seed and written in one transaction with
 * bulk statements. Same seed and options, same database content.
 */
export interface OpsiDemo {
  /** Default 7000. */
  jumlahPegawai?: number;
  /** Default 40. */
  jumlahOpd?: number;
  /** Default 20260101. */
  seed?: number;
  /** Default 1. */
  instansiId?: number;
  /** Password of every demo account. Default 'demo12345'. */
  sandiDemo?: string;
  /** Create the demo accounts (default true). */
  akun?: boolean;
  /** The demo's clock for the recent attendance history (default: now); its local day is the last day of check-ins. */
  sekarang?: Date;
  log?: (pesan: string, persen?: number) => void;
}

export interface HasilDemo {
  instansiId: number;
  jumlahPegawai: number;
  jumlahUnit: number;
  akun: AkunDemo[];
  detik: number;
}

export type { AkunDemo };

/** True when the database already holds an instansi (the demo is only made on an empty one). */
export async function sudahAdaData(db: Db): Promise<boolean> {
  return (await db.maybeOne(sql`select 1 as ada from instansi limit 1`)) !== undefined;
}

function periksaOpsi(opsi: OpsiDemo) {
  const o = { jumlahPegawai: opsi.jumlahPegawai ?? 7000, jumlahOpd: opsi.jumlahOpd ?? 40, seed: opsi.seed ?? 20260101, instansiId: opsi.instansiId ?? 1,
    sandiDemo: opsi.sandiDemo ?? 'demo12345', akun: opsi.akun ?? true };
  const bulat = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  if (!bulat(o.jumlahPegawai, 50, 1_000_000)) throw new Error(`jumlah pegawai demo harus bilangan bulat 50 sampai 1.000.000 (diberikan: ${o.jumlahPegawai})`);
  if (!bulat(o.jumlahOpd, 4, OPD_MAKSIMAL)) throw new Error(`jumlah perangkat daerah demo harus bilangan bulat 4 sampai ${OPD_MAKSIMAL} (diberikan: ${o.jumlahOpd})`);
  if (!bulat(o.instansiId, 1, Number.MAX_SAFE_INTEGER)) throw new Error(`instansiId harus bilangan bulat positif (diberikan: ${o.instansiId})`);
  if (!Number.isFinite(o.seed)) throw new Error(`seed harus berupa angka (diberikan: ${o.seed})`);
  if (o.akun && o.sandiDemo.length < 8) throw new Error('kata sandi demo minimal 8 karakter');
  return { ...o, seed: Math.trunc(o.seed) >>> 0 };
}

const KOLOM_UNIT: Kolom[] = [['id', 'bigint'], ['induk_id', 'bigint'], ['kode', 'text'], ['nama', 'text'], ['singkatan', 'text'], ['jenis', 'text']];
const KOLOM_JABATAN: Kolom[] = [
  ['id', 'bigint'],
  ['kode', 'text'],
  ['nama', 'text'],
  ['jenis', 'text'],
  ['tingkat_struktural', 'text'],
  ['eselon', 'text'],
  ['jenjang', 'text'],
  ['kelas_jabatan', 'smallint'],
  ['bup_khusus', 'smallint'],
  ['unit_id', 'bigint'],
];
/** Identity, plus the derived current state exactly as perbaruiDataTerkini computes it from the riwayat. */
const KOLOM_PEGAWAI: Kolom[] = [
  ['id', 'bigint'],
  ['nip', 'text'],
  ['nik', 'text'],
  ['gelar_depan', 'text'],
  ['nama', 'text'],
  ['gelar_belakang', 'text'],
  ['tempat_lahir', 'text'],
  ['tanggal_lahir', 'date'],
  ['jenis_kelamin', 'text'],
  ['agama', 'text'],
  ['status_perkawinan', 'text'],
  ['alamat', 'text'],
  ['email', 'text'],
  ['telepon', 'text'],
  ['status_kepegawaian', 'text'],
  ['tmt_cpns', 'date'],
  ['tmt_pns', 'date'],
  ['kedudukan', 'text'],
  ['golongan_akhir', 'text'],
  ['tmt_golongan_akhir', 'date'],
  ['mk_golongan_tahun', 'smallint'],
  ['mk_golongan_bulan', 'smallint'],
  ['jabatan_id', 'bigint'],
  ['jenis_jabatan', 'text'],
  ['tmt_jabatan', 'date'],
  ['unit_id', 'bigint'],
  ['jalur_unit', 'text'],
  ['perangkat_daerah_id', 'bigint'],
  ['pendidikan_terakhir', 'text'],
  ['nama_bank', 'text'],
  ['nomor_rekening', 'text'],
];

function barisPegawai(p: Pegawai, rekening: [string, string] | null): unknown[] {
  const g = p.pangkat[p.pangkat.length - 1]!;
  return [
    p.id,
    p.nip,
    p.nik,
    p.gelarDepan,
    p.nama,
    p.gelarBelakang,
    p.tempatLahir,
    p.tanggalLahir,
    p.jk,
    p.agama,
    p.statusKawin,
    p.alamat,
    p.email,
    p.telepon,
    p.status,
    p.tmtCpns,
    p.tmtPns,
    p.kedudukan,
    g.golongan,
    g.tmt,
    g.mkTahun,
    g.mkBulan,
    p.jabatan.id,
    p.jabatan.jenis,
    p.tmtJabatan,
    p.unit.id,
    p.unit.jalur,
    p.unit.perangkatDaerahId,
    p.pendidikan,
    rekening?.[0] ?? null,
    rekening?.[1] ?? null,
  ];
}

/**
 * The pejabat penilai of each employee: the holder heading their unit, or the next one up. A
 * school or puskesmas (uptd) is led by its most senior member (kepala sekolah/puskesmas is an
 * additional task of a fungsional, not a structural post).
 */
function buatPenilai(org: Organisasi, pegawai: readonly Pegawai[]): (p: Pegawai) => string {
  const pemegang = new Map<number, Pegawai>();
  const kepalaUptd = new Map<number, Pegawai>();
  const senior = (p: Pegawai) => idxGol(p.pangkat[p.pangkat.length - 1]!.golongan);
  for (const p of pegawai) {
    if (p.jabatan.jenis === 'struktural') pemegang.set(p.jabatan.id, p);
    if (p.unit.jenis === 'uptd' && p.status === 'PNS') {
      const k = kepalaUptd.get(p.unit.id);
      if (!k || senior(p) > senior(k)) kepalaUptd.set(p.unit.id, p);
    }
  }
  const nama = (k: Pegawai) => namaLengkap({ gelarDepan: k.gelarDepan, nama: k.nama, gelarBelakang: k.gelarBelakang });
  return (p) => {
    let u: Unit | undefined = p.unit;
    while (u) {
      const k = u.kepalaId !== null ? pemegang.get(u.kepalaId) : kepalaUptd.get(u.id);
      if (k && k !== p) return nama(k);
      u = u.indukId !== null ? org.unitById.get(u.indukId) : undefined;
    }
    return `Bupati ${NAMA_KABUPATEN}`;
  };
}

const PEGAWAI_PER_POTONGAN = 2500;

export async function buatDemo(db: Db, opsi: OpsiDemo = {}): Promise<HasilDemo> {
  const mulai = performance.now();
  const o = periksaOpsi(opsi);
  const log = (pesan: string, persen?: number) => opsi.log?.(pesan, persen);
  const ada = await db.maybeOne<{ nama: string }>(sql`select nama from instansi where instansi_id = ${o.instansiId}`);
  if (ada) throw new Error(`Instansi ${o.instansiId} (${ada.nama}) sudah ada: kabupaten demo hanya dibuat untuk instansi yang belum ada.`);
  log('Menyiapkan kata sandi akun demo', 1);
  const hash = o.akun ? await hashSandi(o.sandiDemo) : '';

  const hasil = await db.transaction(async (tx) => {
    const awal = await tx.one<{ u: number, j: number, p: number, a: number, kode: boolean }>(sql`
      select (select coalesce(max(id), 0) from unit_organisasi) as u, (select coalesce(max(id), 0) from jabatan) as j,
             (select coalesce(max(id), 0) from pegawai) as p, (select coalesce(max(id), 0) from akun) as a,
             exists (select 1 from instansi where kode = 'sukamaju') as kode`);
    log('Menyusun unit organisasi dan jabatan', 3);
    const org = buatOrganisasi(o.jumlahOpd, Number(awal.u), Number(awal.j));
    log(`Membangkitkan ${o.jumlahPegawai.toLocaleString('id-ID')} pegawai`, 5);
    const pegawai = buatSemuaPegawai(org, o.jumlahPegawai, o.seed, Number(awal.p));

    const id = o.instansiId;
    const tetap: KolomTetap[] = [['instansi_id', 'bigint', id]];
    await tx.run(sql`insert into instansi (instansi_id, kode, nama, jenis, ibu_kota)
                     values (${id}, ${awal.kode ? `sukamaju-${id}` : 'sukamaju'}, ${`Kabupaten ${NAMA_KABUPATEN}`}, 'kabupaten', ${NAMA_KABUPATEN})`);
    log(`Menyimpan ${org.unit.length} unit organisasi dan ${org.jabatan.length} jabatan`, 12);
    // Parents before children: the trigger reads the parent's path.
    for (const tingkat of [['perangkat_daerah'], ['bidang', 'uptd'], ['sub_bidang']]) {
      const baris = org.unit.filter((u) => tingkat.includes(u.jenis)).map((u) => [u.id, u.indukId, u.kode, u.nama, u.singkatan, u.jenis]);
      await sisipMassal(tx, 'unit_organisasi', tetap, KOLOM_UNIT, baris);
    }
    await sisipMassal(tx, 'jabatan', tetap, KOLOM_JABATAN, org.jabatan.map((j) => [
      j.id,
      j.kode,
      j.nama,
      j.jenis,
      j.tingkatStruktural,
      j.eselon,
      j.jenjang,
      j.kelas,
      j.bupKhusus,
      j.unitId,
    ]));

    log('Menyimpan data pegawai', 15);
    const rekening = rencanaRekening(o.seed, org.unit.find((u) => u.kode === 'BKPSDM')?.id);
    await sisipMassal(tx, 'pegawai', tetap, ...sandikanMassal('pegawai', KOLOM_PEGAWAI, pegawai.map((p) => barisPegawai(p, rekening(p))), sandikanBaris));

    const konteks: KonteksRiwayat = { org, penilai: buatPenilai(org, pegawai) };
    const tetapRiwayat: KolomTetap[] = [...tetap, ['sumber', 'text', 'demo']];
    for (let i = 0; i < pegawai.length; i += PEGAWAI_PER_POTONGAN) {
      const potongan = pegawai.slice(i, i + PEGAWAI_PER_POTONGAN);
      log(`Menyimpan riwayat pegawai ${i + 1}-${i + potongan.length}`, 20 + Math.round((65 * i) / pegawai.length));
      const baris = barisKosong();
      for (const [k, p] of potongan.entries()) barisRiwayat(p, buatAcak(o.seed, 'riwayat', i + k), konteks, baris);
      for (const tabel of Object.keys(KOLOM) as TabelRiwayat[]) {
        await sisipMassal(tx, tabel, tetapRiwayat, ...sandikanMassal(tabel, KOLOM[tabel], baris[tabel], sandikanBaris));
      }
    }

    log('Memperbarui data terkini pegawai dari riwayat', 86);
    // Fresh tables have no planner statistics yet; without them the lateral lookups crawl.
    await tx.exec('analyze unit_organisasi, jabatan, pegawai, riwayat_pangkat, riwayat_jabatan, riwayat_pendidikan, riwayat_diklat, riwayat_skp, riwayat_hukdis');
    const berubah = await perbaruiDataTerkini(tx, id, null);
    if (berubah > 0) log(`Data terkini diperbarui untuk ${berubah} pegawai`);

    let akun: AkunDemo[] = [];
    if (o.akun) {
      log('Membuat akun demo', 92);
      const r = rencanakanAkun(org, pegawai, Number(awal.a));
      await sisipMassal(tx, 'akun', [...tetap, ['hash_sandi', 'text', hash], ['harus_ganti_sandi', 'boolean', 'false']], [['id', 'bigint'], ['nama_pengguna', 'text'], [
        'nama_tampilan',
        'text',
      ], ['pegawai_id', 'bigint']], r.akun);
      await sisipMassal(tx, 'akun_peran', tetap, [['akun_id', 'bigint'], ['peran', 'text'], ['unit_id', 'bigint']], r.peran);
      akun = r.ringkasan;
    }
    log('Menyiapkan survei kepuasan, Sistem Merit dan NSPK demo', 95);
    await buatSurveiDemo(tx, { instansiId: id, org, seed: o.seed });
    await buatIndeksDemo(tx, id);
    log('Menyiapkan Renstra, Perjanjian Kinerja dan realisasi SAKIP BKPSDM', 96);
    await buatSakipDemo(tx, id);
    log('Menyiapkan kalender kerja dan hari libur', 96);
    await buatKalenderDemo(tx, id);
    // Explicit ids were used: move the identity sequences past them.
    for (const tabel of ['unit_organisasi', 'jabatan', 'pegawai', ...(o.akun ? ['akun'] : [])]) {
      await tx.one(sql`select setval(pg_get_serial_sequence(${tabel}, 'id'), (select max(id) from ${raw(tabel)}))`);
    }
    if (o.akun) {
      log('Membuat usulan kenaikan pangkat dan pensiun demo', 97);
      await buatLayananKpPensiunDemo(tx, id);
      log('Membuat daftar KGB bulan ini, surat KGB dan notifikasi demo', 97);
      await buatLayananKgbDemo(tx, id);
      log('Membuat cuti, izin dan aktivitas harian demo', 97);
      await buatCutiAktivitasDemo(tx, id, akun);
      log('Menyusun SKP 2026 BKPSDM dari Perjanjian Kinerja', 97);
      await buatKinerjaDemo(tx, id, akun);
      log('Menyusun SKP seluruh pegawai: tahun lalu lengkap dengan penilaian, tahun ini berjalan', 97);
      await buatKinerjaMassal(tx, id, o.seed, { asnDemoNip: akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.includes('atasan'))?.namaPengguna });
    }
    log('Menyiapkan standar kompetensi jabatan dan hasil asesmen demo', 97);
    const asnDemoNip = akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.includes('atasan'))?.namaPengguna;
    await buatKompetensiDemo(tx, id, o.seed, { asnDemoNip });
    log('Menyiapkan bank soal, tes CAT dan percobaan peserta demo', 97);
    await buatUjianDemo(tx, id, o.seed, { sekarang: opsi.sekarang ?? new Date(), asnDemoNip });
    log('Menyiapkan kursus e-learning, sertifikat dan riwayat diklatnya', 97);
    await buatKursusDemo(tx, id, o.seed, { sekarang: opsi.sekarang ?? new Date(), asnDemoNip });
    log('Menyiapkan titik presensi dan presensi BKPSDM dua bulan terakhir dan bulan ini', 97);
    const akunPegawai = new Map(
      (await tx.many<{ p: number, a: number }>(sql`select pegawai_id::int as p, id::int as a from akun where instansi_id = ${id} and pegawai_id is not null`)).map((
        r,
      ) => [r.p, r.a]),
    );
    await buatPresensiDemo(tx, { instansiId: id, org, pegawai, seed: o.seed, zona: ZONA_BAWAAN, sekarang: opsi.sekarang ?? new Date(),
      ctxAsn: (p, sekarang) => ({ db: tx, instansiId: id, sekarang: () => sekarang, zona: ZONA_BAWAAN,
        pemanggil: { akunId: akunPegawai.get(p.id) ?? 0, namaPengguna: p.nip, namaTampilan: p.nama, instansiId: id, pegawaiId: p.id, jalurUnitSendiri: p.unit.jalur,
          peran: [{ peran: 'asn', unitId: null, jalurUnit: null }] } }) });
    // The rekap's stored days for those weeks (the day-close job as the server runs it) and the PP 94/2021 check.
    log('Menutup hari presensi demo (rekap harian dan bulanan)', 97);
    await jalankanRekapHarian(tx, opsi.sekarang ?? new Date());
    log('Menghitung TPP bulan-bulan yang presensinya sudah ditutup (yang lebih lama dikunci BKD)', 97);
    await buatTppDemo(tx, { instansiId: id, sekarang: opsi.sekarang ?? new Date(), zona: ZONA_BAWAAN, akun: o.akun });
    return { instansiId: id, jumlahPegawai: pegawai.length, jumlahUnit: org.unit.length, akun };
  });
  // PGlite never vacuums by itself: mark the freshly written pages all-visible (index-only
  // scans for counts) and refresh the planner statistics of every table.
  log('Merapikan basis data (vacuum analyze)', 98);
  if (!db.dalamTransaksi) await db.exec('vacuum analyze');
  const detik = (performance.now() - mulai) / 1000;
  log(`Kabupaten demo selesai dalam ${detik.toFixed(1)} detik`, 100);
  return { ...hasil, detik };
}
