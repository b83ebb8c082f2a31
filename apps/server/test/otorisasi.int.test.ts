import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import ExcelJS from 'exceljs';
import { raw, sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { hashSandi } from '@simasn/akun';
import { ajukanUsulan, tambahPegawai, tambahRiwayat, unggahBerkas } from '@simasn/kepegawaian';
import { bukaPenilaianMerit, simpanInstrumenMerit, simpanPenilaianNspk, ubahSkorMerit, unggahBuktiMerit } from '@simasn/indeks';
import { buatRenstra, simpanIndikator, simpanProgramKegiatan, simpanRealisasi, simpanSasaran, simpanTujuan, unggahBuktiRealisasi } from '@simasn/sakip';
import { jangkauanPeran, konteksSistem, PERAN, type Izin, type Peran } from '@simasn/platform';
import { buatAplikasi } from '../src/aplikasi.ts';
import { buatFixture, NIP, PDF, type Fixture } from '@simasn/kepegawaian/uji';

/**
 * The authorization walk. Every route of the OpenAPI document is called by every role, aimed at
 * a target outside that role's reach: an employee of another perangkat daerah for unit-scoped
 * roles, an employee of another instansi for everyone. Requests are valid in every other
 * respect, so a refusal can only come from access control. A route without a case here fails
 * the test: new routes must be added to the walk.
 */

const NIP_LAIN = '198001012005011001'; // an employee of instansi 2
const NIK_LAIN = '3578010101800001';
const AKUN = { asn: NIP.a1, atasan: NIP.a2, admin_opd: 'admin.bkpsdm', verifikator_bkd: 'verifikator', admin_bkd: 'admin.bkd', pimpinan: 'pimpinan', perencana: 'perencana',
  inspektorat: 'inspektorat', bkad: 'bkad' } as const satisfies Record<Peran, string>;

let db: Db;
let fx: Fixture;
let app: FastifyInstance;
const target = { nip: '', usulanId: 0, berkasId: 0, riwayatId: 0, unitId: 0, jabatanId: 0 };
/** The second target, for unit-scoped roles: an employee of Dinas Kesehatan, same instansi. */
const targetOpdLain = { ...target };
const sesi = new Map<string, { cookie: string, csrf: string }>();

async function siapkanInstansiLain() {
  await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (2, 'lain', 'Kota Lain', 'kota')`);
  const u = await db.one<{ id: number }>(sql`insert into unit_organisasi (instansi_id, kode, nama, jenis) values (2, 'BKD', 'BKD Kota Lain', 'perangkat_daerah') returning id`);
  const j = await db.one<{ id: number }>(sql`insert into jabatan (instansi_id, kode, nama, jenis) values (2, 'PL', 'Pelaksana', 'pelaksana') returning id`);
  const s = konteksSistem(db, 2);
  await tambahPegawai(s, { nip: NIP_LAIN, nama: 'Orang Kota Lain', tanggalLahir: '1980-01-01', jenisKelamin: 'L', statusKepegawaian: 'PNS', tmtCpns: '2005-01-01', nik: NIK_LAIN,
    alamat: 'Rahasia', penempatan: { jabatanId: j.id, unitId: u.id, tmt: '2005-01-01' }, pangkat: { golongan: 'III/a', tmt: '2005-01-01' } });
  const r = await tambahRiwayat(s, NIP_LAIN, 'skp', { tahun: 2025, predikat: 'baik' });
  const hash = await hashSandi('rahasia-uji-1');
  const a = await db.one<{ id: number }>(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi)
    values (2, ${NIP_LAIN}, 'Orang Kota Lain', (select id from pegawai where instansi_id = 2 and nip = ${NIP_LAIN}), ${hash}) returning id`);
  await db.run(sql`insert into akun_peran (instansi_id, akun_id, peran) values (2, ${a.id}, 'asn')`);
  const ctxLain = { ...s,
    pemanggil: { ...s.pemanggil!, sistem: false, akunId: a.id,
      pegawaiId: (await db.one<{ id: number }>(sql`select id from pegawai where instansi_id = 2 and nip = ${NIP_LAIN}`)).id,
      peran: [{ peran: 'asn' as const, unitId: null, jalurUnit: null }] } };
  const b = await unggahBerkas(ctxLain, NIP_LAIN, { namaBerkas: 'x.pdf', isi: PDF });
  const us = await ajukanUsulan(ctxLain, { jenis: 'identitas', data: { tempatLahir: 'X' }, alasan: 'uji lintas instansi', berkasId: b.id });
  const b2 = await unggahBerkas(s, NIP_LAIN, { namaBerkas: 'sk.pdf', isi: PDF, riwayatJenis: 'skp', riwayatId: r.id });
  return { usulanId: us.id, berkasId: b2.id, riwayatId: r.id, unitId: u.id, jabatanId: j.id };
}

beforeAll(async () => {
  db = await bukaDbUji();
  fx = await buatFixture(db);
  Object.assign(target, { nip: NIP_LAIN, ...(await siapkanInstansiLain()) });
  {
    const asnB1 = await fx.ctx(NIP.b1);
    const b = await unggahBerkas(asnB1, NIP.b1, { namaBerkas: 'b.pdf', isi: PDF });
    const us = await ajukanUsulan(asnB1, { jenis: 'identitas', data: { tempatLahir: 'Y' }, alasan: 'uji lintas OPD', berkasId: b.id });
    const r = await tambahRiwayat(fx.sistem, NIP.b1, 'skp', { tahun: 2024, predikat: 'baik' });
    Object.assign(targetOpdLain, { nip: NIP.b1, usulanId: us.id, berkasId: b.id, riwayatId: r.id, unitId: fx.unit.yankes, jabatanId: fx.jabatan.perawat });
  }
  app = await buatAplikasi({ db, web: false });
  for (const nama of [...Object.values(AKUN), 'admin.dinkes']) {
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: nama, password: 'rahasia-uji-1', instansi: 'uji' } });
    expect(r.statusCode, nama).toBe(200);
    sesi.set(nama, { cookie: String(r.headers['set-cookie']).split(';')[0]!, csrf: r.json().csrfToken });
  }
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

type Panggil = (nama: string | null, o: { method: string, url: string, payload?: unknown, headers?: Record<string, string> }) => Promise<LightMyRequestResponse>;
const panggil: Panggil = (nama, o) => {
  const s = nama ? sesi.get(nama)! : null;
  return app.inject({ method: o.method as 'GET', url: o.url, payload: o.payload as string, headers: { ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}), ...o.headers } });
};

function multipart(nama: string, isi: Buffer, tipe: string, isian: Record<string, string> = {}) {
  const batas = '----simasnuji';
  const bagian = [
    ...Object.entries(isian).map(([k, v]) => `--${batas}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${nama}"\r\nContent-Type: ${tipe}\r\n\r\n`,
  ].join('');
  return { payload: Buffer.concat([Buffer.from(bagian), isi, Buffer.from(`\r\n--${batas}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${batas}` } };
}

async function xlsx(lembar: Record<string, unknown[][]>) {
  const wb = new ExcelJS.Workbook();
  for (const [n, rows] of Object.entries(lembar)) {
    const ws = wb.addWorksheet(n);
    ws.addRows(rows);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What a refusal looks like: forbidden, not found, or (for a reference to another unit) invalid. */
const DITOLAK = [403, 404];

/**
 * One case per route: the request aimed at the target, and the check that nothing leaked or
 * changed when the role holds the permission. Without the permission, 403 is expected.
 */
interface Kasus {
  minta: (t: typeof target, nama: string) => Promise<{ method: string, url: string, payload?: unknown, headers?: Record<string, string> }>;
  /** Checks the response of a role that holds the route's permission, aimed out of its reach. */
  periksa: (r: LightMyRequestResponse, nama: string) => void | Promise<void>;
}

/** The other instansi's account: the account actions answer 404 and leave it as it was. */
const akunLain = async () => (await db.one<{ id: number }>(sql`select id from akun where instansi_id = 2 and nama_pengguna = ${NIP_LAIN}`)).id;
const akunLainUtuh = async (r: LightMyRequestResponse) => {
  expect([403, 404]).toContain(r.statusCode);
  expect(await db.one(sql`
    select a.aktif, a.harus_ganti_sandi, (select array_agg(peran) from akun_peran ap where ap.instansi_id = 2 and ap.akun_id = a.id)::text as peran
      from akun a where a.instansi_id = 2 and a.nama_pengguna = ${NIP_LAIN}`)).toEqual({ aktif: true, harus_ganti_sandi: false, peran: '{asn}' });
};
const tolak = (kode = DITOLAK): Kasus['periksa'] => (r) => expect(kode, `${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
const kosong = (r: LightMyRequestResponse) => {
  expect(r.statusCode).toBe(200);
  const j = r.json();
  if (Array.isArray(j)) expect(j).toEqual([]);
  else expect(j.total).toBe(0);
};
async function barisXlsx(r: LightMyRequestResponse) {
  expect(r.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
  return wb.worksheets[0]!.rowCount;
}

/** A surveyed service unit (SKM) with a response, on the target's unit: what the survey routes aim at. Made on first use. */
const layananSasaran = new Map<number, Promise<number>>();
function layananSurvei(unitId: number): Promise<number> {
  if (!layananSasaran.has(unitId)) {
    layananSasaran.set(unitId, (async () => {
      const l = await db.one<{ id: number, instansi_id: number }>(sql`
        insert into layanan_survei (instansi_id, kode, nama, unit_id, token, populasi)
        select instansi_id, ${`SASARAN-${unitId}`}, 'Layanan sasaran', id, ${`sasaran${unitId}tautanrahasia`}, 100 from unit_organisasi where id = ${unitId}
        returning id, instansi_id`);
      await db.run(sql`insert into respon_survei (instansi_id, layanan_id, diisi_pada, tanggal, u1, u2, u3, u4, u5, u6, u7, u8, u9, saran)
        values (${l.instansi_id}, ${l.id}, now(), current_date, 1, 2, 3, 4, 1, 2, 3, 4, 1, 'saran rahasia')`);
      return l.id;
    })());
  }
  return layananSasaran.get(unitId)!;
}
/** Every service unit in a survey answer is inside the caller's reach (their instansi; their OPD for an admin OPD). */
async function layananTerjangkau(r: LightMyRequestResponse, nama: string) {
  expect(r.statusCode).toBe(200);
  const j = r.json();
  const id = (Array.isArray(j) ? j : j.items).map((l: { id: number }) => l.id);
  const luar = await db.many(sql`
    select l.id from layanan_survei l join unit_organisasi u on u.instansi_id = l.instansi_id and u.id = l.unit_id
     where l.id = any(${id}) and (l.instansi_id <> 1 or (${nama === 'admin.bkpsdm'} and u.jalur not like (
       select jalur || '%' from unit_organisasi where instansi_id = 1 and kode = 'BKPSDM')))`);
  expect(luar).toEqual([]);
  expect(r.body).not.toContain('saran rahasia');
}

/**
 * Instansi 2's own Sistem Merit instrument, assessment (a scored sub-aspect with a note and an
 * evidence PDF) and NSPK year: what the merit and NSPK routes aim at. Made on first use.
 */
let indeksLain: Promise<{ penilaianId: number, dokumenId: number }> | null = null;
function indeksInstansiLain() {
  indeksLain ??= (async () => {
    const s = konteksSistem(db, 2);
    await simpanInstrumenMerit(s, { id: 'kota-lain-2025', nama: 'Instrumen Kota Lain', dasarHukum: 'PermenPAN-RB 40/2018', berlakuMulai: '2025-01-01',
      aspek: [{ nomor: 1, subAspek: [{ kode: '1.1', nama: 'Rahasia kota lain', bobot: 100 }] }] });
    const p = await bukaPenilaianMerit(s, { tahun: 2025, instrumenId: 'kota-lain-2025', targetTotal: 250 });
    await ubahSkorMerit(s, p.id, '1.1', { skor: 3, catatan: 'catatan rahasia', versi: 0 });
    const u = await unggahBuktiMerit(s, p.id, '1.1', { namaBerkas: 'bukti.pdf', isi: PDF, versi: 1 });
    await simpanPenilaianNspk(s, 2023, { skor: { kebutuhan: 77 }, versi: 0 });
    return { penilaianId: p.id, dokumenId: u.dokumen.id };
  })();
  return indeksLain;
}
/** Instansi 2's assessment is untouched: still a draft, its score, target and evidence as made. */
async function meritLainUtuh() {
  const { penilaianId } = await indeksInstansiLain();
  expect(await db.one(sql`select status, target_total, versi from penilaian_merit where instansi_id = 2 and id = ${penilaianId}`)).toEqual({ status: 'draf', target_total: 250,
    versi: 3 });
  expect(await db.many(sql`select sub_aspek, skor, versi from skor_merit where instansi_id = 2 and penilaian_id = ${penilaianId}`)).toEqual([{ sub_aspek: '1.1', skor: 3,
    versi: 2 }]);
  expect(await db.many(sql`select 1 from penilaian_merit where instansi_id = 1`)).toEqual([]);
  // (SAKIP evidence of the OPD target is instansi 1's own, made by sakipLain; so are the activity evidence of cutiSasaran and the item image of ujianSasaran.)
  expect(await db.many(sql`select 1 from dokumen_bukti where instansi_id = 1 and id not in (select dokumen_id from realisasi_bukti)
    and id not in (select bukti_id from aktivitas_harian where bukti_id is not null)
    and id not in (select bukti_id from skp_realisasi where bukti_id is not null)
    and id not in (select gambar_id from versi_butir where gambar_id is not null)`)).toEqual([]);
  expect(await db.many(sql`select 1 from hasil_indeks where instansi_id = 1 and jenis in ('merit', 'nspk')`)).toEqual([]);
}
async function nspkLainUtuh() {
  await indeksInstansiLain();
  expect(await db.one(sql`select skor, versi from penilaian_nspk where instansi_id = 2 and tahun = 2023`)).toEqual({ skor: { kebutuhan: 77 }, versi: 1 });
  expect(await db.many(sql`select 1 from penilaian_nspk where instansi_id = 1`)).toEqual([]);
  expect(await db.many(sql`select 1 from hasil_indeks where instansi_id = 1 and jenis = 'nspk'`)).toEqual([]);
}
const meritLain = async () => (await indeksInstansiLain()).penilaianId;

/**
 * A kenaikan pangkat and a pension request of the target employee, put straight in the table:
 * the KP one approved with its SK (the target's document stands in for it), the pension one at
 * its TMT step, due in the other instansi only (the walk must not complete it) and in the future
 * for the OPD target (so no route of the walk changes instansi 1's records).
 */
const usulanSasaran = new Map<string, Promise<number>>();
/** The target's NIK (as the fixtures made it) and a family member's, for the family check a pension request keeps in its data. */
const nikSasaran = (t: typeof target) => (t.nip === NIP_LAIN ? NIK_LAIN : `3508${t.nip.slice(2, 14)}`);
const DIPERIKSA_SASARAN = '2026-01-05T03:00:00.000Z';
const pemeriksaanKeluargaSasaran = (t: typeof target) => ({ sumber: 'lokal', diperiksaPada: DIPERIKSA_SASARAN, nikPegawai: nikSasaran(t), nikDitemukan: true, jumlahAnggotaKk: 3,
  selisih: [{ jenis: 'tidak_tercatat_di_simasn', keluargaId: null, nik: `${nikSasaran(t).slice(0, 14)}77`, nama: 'Anak Rahasia',
    uraian: `Anak Rahasia (anak, NIK ${nikSasaran(t).slice(0, 14)}77) ada di kartu keluarga tetapi belum tercatat di SIMASN` }] });
function usulanLayananSasaran(t: typeof target, jenis: 'kenaikan_pangkat' | 'pensiun'): Promise<number> {
  const kunci = `${jenis}:${t.nip}`;
  if (!usulanSasaran.has(kunci)) {
    usulanSasaran.set(kunci, (async () => {
      const p = await db.one<{ instansi_id: number, id: number }>(sql`select instansi_id, id from pegawai where nip = ${t.nip}`);
      const lewat = p.instansi_id === 2 ? '2020-08-01' : '2099-08-01';
      const [langkah, data] = jenis === 'kenaikan_pangkat'
        ? ['penetapan', { periode: '2099-04-01', jenisKp: 'reguler', golonganLama: 'III/a', tmtGolonganLama: '2005-01-01', golonganBaru: 'III/b', tmt: '2099-04-01',
          nomorSk: 'SK/1', skBerkasId: t.berkasId }]
        : ['tmt', { bup: 58, tanggalBup: '2020-07-01', tmtPensiun: lewat, aturanBup: 'bup-pp11-2017', pemeriksaanKeluarga: pemeriksaanKeluargaSasaran(t) }];
      return (await db.one<{ id: number }>(sql`
        insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data)
        values (${p.instansi_id}, ${jenis}, ${p.id}, ${langkah}, 'diproses', ${JSON.stringify(data)}::jsonb) returning id`)).id;
    })());
  }
  return usulanSasaran.get(kunci)!;
}
const tanpaNip = (nip: string) => (r: LightMyRequestResponse) => {
  expect(r.statusCode).toBe(200);
  expect(r.body).not.toContain(nip);
};

/**
 * SAKIP data on the perangkat daerah of a target's unit: a Renstra with tujuan, sasaran, a program
 * tree with pagu, an indicator with its target and a realisasi with evidence, and a signed PK of the
 * target employee. Both targets are made together on first use, then the fingerprint of every SAKIP
 * table is taken: no walked request may change it.
 */
interface SakipSasaran {
  unitId: number;
  renstraId: number;
  tujuanId: number;
  indikatorId: number;
  subId: number;
  pkId: number;
  dokumenId: number;
}
let sakipSiap: Promise<{ per: Map<number, SakipSasaran>, jejak: string }> | null = null;
async function buatSakipSasaran(t: typeof target): Promise<SakipSasaran> {
  const u = await db.one<{ instansi_id: number, perangkat_daerah_id: number }>(sql`select instansi_id, perangkat_daerah_id from unit_organisasi where id = ${t.unitId}`);
  const s = konteksSistem(db, u.instansi_id);
  const r = await buatRenstra(s, { unitId: u.perangkat_daerah_id, tahunAwal: 2021, tahunAkhir: 2026, nama: `Renstra sasaran ${t.nip}` });
  const tujuan = await simpanTujuan(s, r.id, { kode: 'T1', uraian: 'Tujuan rahasia' });
  const sasaran = await simpanSasaran(s, r.id, { tujuanId: tujuan.id, kode: 'S1', uraian: 'Sasaran rahasia' });
  const prog = await simpanProgramKegiatan(s, r.id, { tingkat: 'program', kode: '1.01', nama: 'Program rahasia' });
  const keg = await simpanProgramKegiatan(s, r.id, { tingkat: 'kegiatan', indukId: prog.id, kode: '1.01.1', nama: 'Kegiatan rahasia' });
  const sub = await simpanProgramKegiatan(s, r.id, { tingkat: 'sub_kegiatan', indukId: keg.id, kode: '1.01.1.1', nama: 'Sub rahasia', pagu: [{ tahun: 2024, pagu: 1000000 }] });
  const ik = await simpanIndikator(s, r.id, { sasaranId: sasaran.id, kode: 'IK1', uraian: 'Indikator rahasia', satuan: '%', polaritas: 'positif', agregasi: 'snapshot',
    target: [{ tahun: 2024, target: 90 }], programIds: [prog.id] });
  const real = await simpanRealisasi(s, { indikatorId: ik.id, tahun: 2024, tribulan: 1, nilai: 80 });
  const b = await unggahBuktiRealisasi(s, ik.id, { tahun: 2024, tribulan: 1, versi: real.versi, namaBerkas: 'bukti.pdf', isi: PDF });
  const pk = await db.one<{ id: number }>(sql`
    with n as (select nextval(pg_get_serial_sequence('perjanjian_kinerja', 'id'))::bigint as id)
    insert into perjanjian_kinerja (instansi_id, id, seri_id, renstra_id, unit_id, tahun, jabatan_id, pegawai_id, pihak_kedua_nama, pihak_kedua_jabatan, tanggal, status)
    select p.instansi_id, n.id, n.id, ${r.id}, ${u.perangkat_daerah_id}, 2024, p.jabatan_id, p.id, 'Kepala Daerah', 'Kepala Daerah', '2024-01-02', 'diajukan'
      from pegawai p, n where p.nip = ${t.nip} returning id`);
  await db.run(sql`insert into pk_indikator (instansi_id, pk_id, indikator_id, target) values (${u.instansi_id}, ${pk.id}, ${ik.id}, 90)`);
  return { unitId: u.perangkat_daerah_id, renstraId: r.id, tujuanId: tujuan.id, indikatorId: ik.id, subId: sub.id, pkId: pk.id, dokumenId: b.dokumen.id };
}
const jejakSakip = async () =>
  JSON.stringify(await db.one(sql`select
  (select count(*) || ':' || coalesce(sum(versi), 0) from renstra) as renstra, (select count(*) || ':' || coalesce(sum(versi), 0) from tujuan_renstra) as tujuan,
  (select count(*) || ':' || coalesce(sum(versi), 0) from sasaran_renstra) as sasaran, (select count(*) || ':' || coalesce(sum(versi), 0) from program_kegiatan) as program,
  (select count(*) || ':' || coalesce(sum(versi), 0) from indikator_kinerja) as indikator, (select count(*) from target_indikator) as target,
  (select count(*) from pagu_anggaran) as pagu, (select count(*) from indikator_program) as tautan,
  (select count(*) || ':' || coalesce(sum(versi), 0) || ':' || string_agg(status, ',' order by id) from perjanjian_kinerja) as pk,
  (select count(*) from pk_indikator) as pk_indikator, (select count(*) from pk_anggaran) as pk_anggaran,
  (select count(*) || ':' || coalesce(sum(versi), 0) || ':' || coalesce(sum(nilai), 0) from realisasi_indikator) as realisasi,
  (select count(*) from realisasi_bukti) as bukti, (select count(*) from realisasi_anggaran) as anggaran`));
function sakipLain(t: typeof target): Promise<SakipSasaran> {
  sakipSiap ??= (async () => {
    const per = new Map<number, SakipSasaran>();
    for (const x of [target, targetOpdLain]) per.set(x.unitId, await buatSakipSasaran(x));
    return { per, jejak: await jejakSakip() };
  })();
  return sakipSiap.then((s) => s.per.get(t.unitId)!);
}
/** Refused, and no SAKIP table changed. */
const sakipUtuh = (kode = DITOLAK): Kasus['periksa'] => async (r, nama) => {
  tolak(kode)(r, nama);
  expect(await jejakSakip()).toBe((await sakipSiap!).jejak);
};
/** Every Renstra or PK in a list is inside the caller's reach (their instansi; under BKPSDM for unit-scoped roles). */
const sakipTerjangkau = (tabel: 'renstra' | 'perjanjian_kinerja'): Kasus['periksa'] => async (r, nama) => {
  expect(r.statusCode).toBe(200);
  const id = (r.json() as { id: number }[]).map((x) => x.id);
  const luar = await db.many(sql`
    select x.id from ${raw(tabel)} x join unit_organisasi u on u.instansi_id = x.instansi_id and u.id = x.unit_id
     where x.id = any(${id}) and (x.instansi_id <> 1 or (${['admin.bkpsdm', NIP.a1, NIP.a2].includes(nama)} and u.jalur not like (
       select jalur || '%' from unit_organisasi where instansi_id = 1 and kode = 'BKPSDM')))`);
  expect(luar).toEqual([]);
  expect(r.body).not.toContain('rahasia');
};

/**
 * A KGB request of the target employee waiting at BKD's step, an issued riwayat gaji with its
 * letter number, and a notification of the target's own account with a secret text: what the
 * layanan and notification routes aim at. Made on first use.
 */
const kgbSasaran = new Map<string, Promise<{ usulanId: number, riwayatGajiId: number, notifId: number }>>();
function kgbLayananSasaran(t: typeof target) {
  if (!kgbSasaran.has(t.nip)) {
    kgbSasaran.set(t.nip, (async () => {
      const p = await db.one<{ instansi_id: number, id: number }>(sql`select instansi_id, id from pegawai where nip = ${t.nip}`);
      const u = await db.one<{ id: number }>(sql`insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data)
        values (${p.instansi_id}, 'kgb', ${p.id}, 'penetapan', 'diproses', ${JSON.stringify({ bulan: '2099-03', tmt: '2099-03-01' })}::jsonb) returning id`);
      const g = await db.one<{ id: number }>(
        sql`insert into riwayat_gaji (instansi_id, pegawai_id, golongan, tmt, mk_tahun, gaji_pokok, gaji_pokok_lama, aturan_gaji, nomor_surat, tanggal_surat)
        values (${p.instansi_id}, ${p.id}, 'III/a', '2098-03-01', 2, 2873500, 2785700, 'gapok-pp5-2024', 'KGB/RAHASIA/2098', '2098-01-01') returning id`,
      );
      const n = await db.one<{ id: number }>(sql`insert into notifikasi (instansi_id, akun_id, judul, isi)
        select instansi_id, id, 'Notifikasi rahasia', 'isi notifikasi rahasia' from akun where instansi_id = ${p.instansi_id} and pegawai_id = ${p.id} returning id`);
      return { usulanId: u.id, riwayatGajiId: g.id, notifId: n.id };
    })());
  }
  return kgbSasaran.get(t.nip)!;
}
/** The target's KGB request and letter are as made. */
async function kgbSasaranUtuh(t: typeof target) {
  const k = await kgbLayananSasaran(t);
  expect(await db.one(sql`select status, langkah, versi from usulan_layanan where id = ${k.usulanId}`)).toEqual({ status: 'diproses', langkah: 'penetapan', versi: 1 });
  expect(await db.many(sql`select 1 from dokumen_usulan_layanan where usulan_id = ${k.usulanId}`)).toEqual([]);
  expect(
    await db.many(sql`select 1 from riwayat_gaji g join pegawai p on p.instansi_id = g.instansi_id and p.id = g.pegawai_id where p.nip = ${t.nip} and g.id <> ${k.riwayatGajiId}`),
  ).toEqual([]);
}

/**
 * LKjIP targets: a finished generation job of an account of the target's instansi (the other
 * instansi's asn, or the Dinkes admin), and a narrative of the target's perangkat daerah, both
 * carrying a secret. No walked request may read them or change the LKjIP tables.
 */
async function buatLkjipSasaran(t: typeof target): Promise<{ pekerjaanId: number, unitId: number }> {
  const s = await sakipLain(t);
  const u = await db.one<{ instansi_id: number }>(sql`select instansi_id from unit_organisasi where id = ${s.unitId}`);
  const pemilik = u.instansi_id === 2 ? NIP_LAIN : 'admin.dinkes';
  const k = await db.one<{ id: number }>(sql`
    insert into pekerjaan (instansi_id, jenis, parameter, status, progres, hasil, nama_berkas, mime, dibuat_oleh)
    select ${u.instansi_id}, 'lkjip', ${JSON.stringify({ unitId: s.unitId, tahun: 2024, catatan: 'rahasia' })}::jsonb, 'selesai', 100,
           convert_to('LKjIP rahasia', 'UTF8'), 'LKjIP-rahasia.pdf', 'application/pdf', id
      from akun where instansi_id = ${u.instansi_id} and nama_pengguna = ${pemilik} returning id`);
  await db.run(sql`insert into narasi_lkjip (instansi_id, unit_id, tahun, periode, bagian, isi) values (${u.instansi_id}, ${s.unitId}, 2024, 0, 'strategi', 'Strategi rahasia')`);
  return { pekerjaanId: k.id, unitId: s.unitId };
}
let lkjipSiap: Promise<{ per: Map<number, { pekerjaanId: number, unitId: number }>, jejak: string }> | null = null;
/** Both targets are made together on first use, then the fingerprint of the LKjIP tables is taken. */
function lkjipLain(t: typeof target) {
  lkjipSiap ??= (async () => {
    const per = new Map<number, { pekerjaanId: number, unitId: number }>();
    for (const x of [target, targetOpdLain]) per.set(x.unitId, await buatLkjipSasaran(x));
    return { per, jejak: await jejakLkjip() };
  })();
  return lkjipSiap.then((x) => x.per.get(t.unitId)!);
}
const jejakLkjip = async () =>
  JSON.stringify(await db.one(sql`select
  (select count(*) || ':' || string_agg(status || progres, ',' order by id) from pekerjaan) as pekerjaan,
  (select count(*) || ':' || coalesce(sum(versi), 0) || ':' || string_agg(isi, ',' order by unit_id, bagian) from narasi_lkjip) as narasi,
  (select count(*) || ':' || coalesce(sum(versi), 0) from sarana_prasarana) as sarana`));
/** Refused, nothing secret in the answer, and no job, narrative or sarana row changed. */
const lkjipUtuh = (kode = DITOLAK): Kasus['periksa'] => async (r, nama) => {
  tolak(kode)(r, nama);
  expect(r.body).not.toContain('rahasia');
  expect(await jejakLkjip()).toBe((await lkjipSiap!).jejak);
};
const mintaLkjip = (f: (x: { pekerjaanId: number, unitId: number }) => { method: string, url: string, payload?: unknown }) => async (t: typeof target) => f(await lkjipLain(t));

/**
 * Presensi data of a target employee (made on first use, by SQL as a fixture): a check-in point on
 * the target's unit, a device waiting for approval, a check-in with a fraud signal and a selfie.
 */
const presensiSasaran = new Map<string, Promise<{ titikId: number, perangkatId: number, presensiId: number, sinyalId: number }>>();
function presensiLain(t: typeof target) {
  if (!presensiSasaran.has(t.nip)) {
    presensiSasaran.set(t.nip, (async () => {
      const pg = await db.one<{ i: number, id: number }>(sql`select instansi_id as i, id from pegawai where nip = ${t.nip}`);
      const titik = await db.one<{ id: number }>(sql`insert into titik_presensi (instansi_id, unit_id, nama, lat, lon, radius_meter)
        values (${pg.i}, ${t.unitId}, ${`Titik rahasia ${t.nip}`}, -7, 110, 100) returning id`);
      const hp = await db.one<{ id: number }>(sql`insert into perangkat_presensi (instansi_id, pegawai_id, sidik, keterangan, status, diminta_pada)
        values (${pg.i}, ${pg.id}, 'sidik-rahasia-sasaran', ${`Ponsel rahasia ${t.nip}`}, 'menunggu', now()) returning id`);
      const r = await db.one<{ id: number }>(sql`insert into presensi (instansi_id, pegawai_id, tanggal, jenis, sumber, waktu, waktu_terima, lat, lon, di_dalam, kunci, hasil)
        values (${pg.i}, ${pg.id}, '2026-04-07', 'masuk', 'ponsel', '2026-04-07T00:20:00Z', '2026-04-07T00:20:00Z', -7, 110, true, 'kunci-sasaran-rahasia', '{}') returning id`);
      const s = await db.one<{ id: number }>(sql`insert into sinyal_presensi (instansi_id, presensi_id, pegawai_id, jenis, bukti, dibuat_pada)
        values (${pg.i}, ${r.id}, ${pg.id}, 'lokasi_palsu', '{}', now()) returning id`);
      await db.run(sql`insert into swafoto_presensi (instansi_id, presensi_id, jenis_mime, isi, kedaluwarsa_pada)
        values (${pg.i}, ${r.id}, 'image/png', '\\x89504e47'::bytea, now() + interval '30 days')`);
      return { titikId: Number(titik.id), perangkatId: Number(hp.id), presensiId: Number(r.id), sinyalId: Number(s.id) };
    })());
  }
  return presensiSasaran.get(t.nip)!;
}
/** The target's presensi data is as made: the device still waiting, the signal undecided, the point unchanged. */
async function presensiLainUtuh(t: typeof target) {
  const s = await presensiLain(t);
  expect(await db.one(sql`select status, versi from perangkat_presensi where id = ${s.perangkatId}`)).toEqual({ status: 'menunggu', versi: 1 });
  expect(await db.one(sql`select status, versi from sinyal_presensi where id = ${s.sinyalId}`)).toEqual({ status: 'baru', versi: 1 });
  expect(await db.one(sql`select nama, radius_meter, versi from titik_presensi where id = ${s.titikId}`)).toEqual({ nama: `Titik rahasia ${t.nip}`, radius_meter: 100, versi: 1 });
}
/** A check-in or device request lands on the caller's own record, whatever the body names. */
const milikPemanggil = (tabel: 'presensi' | 'perangkat_presensi'): Kasus['periksa'] => async (r, nama) => {
  expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
  const id = r.json().id as number;
  const pemilik = await db.one<{ nip: string }>(sql`select p.nip from ${raw(tabel)} x join pegawai p on p.instansi_id = x.instansi_id and p.id = x.pegawai_id where x.id = ${id}`);
  expect(pemilik.nip).toBe(nama);
};
let nomorKunciPresensi = 0;
/** Nothing of the targets the caller is aimed at (another instansi; for admin OPD also another OPD) in the answer. */
const tanpaPresensiSasaran = (r: LightMyRequestResponse, nama: string) => {
  expect(r.statusCode).toBe(200);
  expect(r.body).not.toContain(NIP_LAIN);
  if (nama === 'admin.bkpsdm') expect(r.body).not.toContain(NIP.b1);
};
const KASUS_PRESENSI: Record<string, Kasus | 'tanpa-sasaran'> = {
  'POST /api/presensi': {
    minta: async (t) => ({ method: 'POST', url: '/api/presensi',
      payload: { jenis: 'masuk', kunci: `walk-${nomorKunciPresensi++}-kunci`, lat: -7, lon: 110, perangkat: 'perangkat-walk-01', nip: t.nip } }),
    periksa: milikPemanggil('presensi'),
  },
  'GET /api/presensi/saya': 'tanpa-sasaran',
  'POST /api/presensi/perangkat': {
    minta: async (t) => ({ method: 'POST', url: '/api/presensi/perangkat',
      payload: { perangkat: `perangkat-baru-walk-${nomorKunciPresensi++}`, alasan: 'ganti ponsel', nip: t.nip } }),
    periksa: milikPemanggil('perangkat_presensi'),
  },
  'GET /api/presensi/perangkat': { minta: async (t) => {
    await presensiLain(t);
    return { method: 'GET', url: '/api/presensi/perangkat?status=semua&page=1&limit=200' };
  }, periksa: tanpaPresensiSasaran },
  'POST /api/presensi/perangkat/{id}/putuskan': {
    minta: async (t) => ({ method: 'POST', url: `/api/presensi/perangkat/${(await presensiLain(t)).perangkatId}/putuskan`, payload: { setuju: true, versi: 1 } }),
    periksa: async (r) => {
      expect(r.statusCode).toBe(404);
      await presensiLainUtuh(target);
      await presensiLainUtuh(targetOpdLain);
    },
  },
  'GET /api/presensi/titik': { minta: async (t) => {
    await presensiLain(t);
    return { method: 'GET', url: '/api/presensi/titik' };
  }, periksa: tanpaPresensiSasaran },
  'POST /api/presensi/titik': {
    minta: async (t) => ({ method: 'POST', url: '/api/presensi/titik', payload: { unitId: t.unitId, nama: 'Titik dibobol', lat: -7, lon: 110, radiusMeter: 100 } }),
    periksa: async (r) => {
      expect([404, 422]).toContain(r.statusCode);
      expect(await db.many(sql`select 1 from titik_presensi where nama = 'Titik dibobol'`)).toEqual([]);
    },
  },
  'PATCH /api/presensi/titik/{id}': {
    minta: async (t) => ({ method: 'PATCH', url: `/api/presensi/titik/${(await presensiLain(t)).titikId}`, payload: { radiusMeter: 4000, versi: 1 } }),
    periksa: async (r) => {
      expect(r.statusCode).toBe(404);
      await presensiLainUtuh(target);
    },
  },
  'GET /api/presensi/sinyal': { minta: async (t) => {
    await presensiLain(t);
    return { method: 'GET', url: '/api/presensi/sinyal?status=semua&page=1&limit=200' };
  }, periksa: tanpaPresensiSasaran },
  'GET /api/presensi/sinyal/ekspor.xlsx': { minta: async (t) => {
    await presensiLain(t);
    return { method: 'GET', url: '/api/presensi/sinyal/ekspor.xlsx?status=semua' };
  }, periksa: async (r) => {
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const teks = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    expect(teks).not.toContain(NIP_LAIN);
  } },
  'POST /api/presensi/sinyal/{id}/putuskan': {
    minta: async (t) => ({ method: 'POST', url: `/api/presensi/sinyal/${(await presensiLain(t)).sinyalId}/putuskan`, payload: { keputusan: 'valid', versi: 1 } }),
    periksa: async (r) => {
      expect(r.statusCode).toBe(404);
      await presensiLainUtuh(target);
    },
  },
  'GET /api/presensi/{id}/swafoto': { minta: async (t) => ({ method: 'GET', url: `/api/presensi/${(await presensiLain(t)).presensiId}/swafoto` }), periksa: tolak([404]) },
  'GET /api/presensi/dasbor': { minta: async (t) => {
    await presensiLain(t);
    return { method: 'GET', url: `/api/presensi/dasbor?unitId=${t.unitId}&tanggal=2026-04-07` };
  }, periksa: (r) => {
    expect(r.statusCode).toBe(200);
    expect(r.json().jumlah.pegawai).toBe(0);
    expect(r.json().presensi).toEqual([]);
    expect(r.body).not.toContain('Titik rahasia');
  } },
  'GET /api/presensi/tren': { minta: async (t) => {
    await presensiLain(t);
    return { method: 'GET', url: `/api/presensi/tren?unitId=${t.unitId}&tahun=2026` };
  }, periksa: (r) => {
    expect(r.statusCode).toBe(200);
    expect(r.json().bulan.every((b: { hadirPersen: number | null, sinyal: number }) => b.hadirPersen === null && b.sinyal === 0)).toBe(true);
  } },
};

/**
 * A leave request of the target employee waiting at the atasan's step, and a submitted activity
 * with its evidence, put straight in the tables: what the cuti and aktivitas routes aim at.
 */
const cutiSasaranPeta = new Map<string, Promise<{ usulanId: number, aktivitasId: number }>>();
function cutiSasaran(t: typeof target) {
  if (!cutiSasaranPeta.has(t.nip)) {
    cutiSasaranPeta.set(t.nip, (async () => {
      const p = await db.one<{ instansi_id: number, id: number }>(sql`select instansi_id, id from pegawai where nip = ${t.nip}`);
      const u = await db.one<{ id: number }>(sql`insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, kunci_terbuka)
        values (${p.instansi_id}, 'izin', ${p.id}, 'atasan', 'diproses', ${JSON.stringify({ dari: '2099-01-05', sampai: '2099-01-05', hariKerja: 1 })}::jsonb, '2099-01-05')
        returning id`);
      await db.run(sql`insert into usulan_cuti (instansi_id, usulan_id, pegawai_id, jenis, dari, sampai, hari_kerja, alasan)
        values (${p.instansi_id}, ${u.id}, ${p.id}, 'izin', '2099-01-05', '2099-01-05', 1, 'alasan rahasia')`);
      await db.run(sql`insert into dokumen_usulan_layanan (instansi_id, usulan_id, kode, berkas_id, sumber)
        values (${p.instansi_id}, ${u.id}, 'surat_sakit', ${t.berkasId}, 'arsip')`);
      const d = await db.one<{ id: number }>(sql`insert into dokumen_bukti (instansi_id, nama_berkas, jenis_mime, ukuran, sha256, isi)
        values (${p.instansi_id}, 'bukti-rahasia.pdf', 'application/pdf', ${PDF.length}, 'x', ${PDF}) returning id`);
      const a = await db.one<{ id: number }>(sql`insert into aktivitas_harian (instansi_id, pegawai_id, tanggal, uraian, kuantitas, satuan, jam_mulai, jam_selesai, bukti_id,
          status, diajukan_pada)
        values (${p.instansi_id}, ${p.id}, current_date, 'uraian rahasia', 1, 'dokumen', '08:00', '09:00', ${d.id}, 'diajukan', now()) returning id`);
      return { usulanId: u.id, aktivitasId: a.id };
    })());
  }
  return cutiSasaranPeta.get(t.nip)!;
}
/** The target's leave request and activity are as made. */
async function cutiSasaranUtuh(t: typeof target) {
  const c = await cutiSasaran(t);
  expect(await db.one(sql`select status, langkah, versi from usulan_layanan where id = ${c.usulanId}`)).toEqual({ status: 'diproses', langkah: 'atasan', versi: 1 });
  expect(await db.one(sql`select status, versi, uraian from aktivitas_harian where id = ${c.aktivitasId}`)).toEqual({ status: 'diajukan', versi: 1, uraian: 'uraian rahasia' });
  expect(await db.many(sql`select kode, berkas_id from dokumen_usulan_layanan where usulan_id = ${c.usulanId}`)).toEqual([{ kode: 'surat_sakit', berkas_id: t.berkasId }]);
}
/** A plt arrangement for the target's unit (made by nobody of the walk): what the pengganti routes aim at. */
const penggantiSasaranPeta = new Map<string, Promise<number>>();
function penggantiSasaran(t: typeof target) {
  if (!penggantiSasaranPeta.has(t.nip)) {
    penggantiSasaranPeta.set(t.nip, (async () => {
      const p = await db.one<{ instansi_id: number, id: number, unit_id: number }>(sql`select instansi_id, id, unit_id from pegawai where nip = ${t.nip}`);
      return (await db.one<{ id: number }>(sql`insert into pengganti_atasan (instansi_id, jenis, unit_id, pengganti_id, dari, sampai, alasan)
        values (${p.instansi_id}, 'plt', ${p.unit_id}, ${p.id}, '2020-01-01', '2099-12-31', ${`alasan rahasia ${t.nip}`}) returning id`)).id;
    })());
  }
  return penggantiSasaranPeta.get(t.nip)!;
}
const penggantiUtuh = async (r: LightMyRequestResponse, nama: string) => {
  expect(r.body).not.toContain(`rahasia ${target.nip}`);
  // BKD manages every unit of its instansi, another OPD's included.
  if (nama !== AKUN.admin_bkd) expect(r.body).not.toContain(`rahasia ${targetOpdLain.nip}`);
  expect(await db.many(sql`select id from pengganti_atasan where dicabut_pada is not null or alasan not like 'alasan rahasia %'`)).toEqual([]);
};
/** An approver's queue: an ASN passes the route (a plt acts with it) and is refused by the action unless acting today. */
const tanpaNipAtauTolak = (r: LightMyRequestResponse) => {
  expect([200, 403]).toContain(r.statusCode);
  expect(r.body).not.toContain(target.nip);
  expect(r.body).not.toContain(targetOpdLain.nip);
};
const cutiTanpaSasaran = async (r: LightMyRequestResponse) => {
  expect(r.body).not.toContain('rahasia');
  await cutiSasaranUtuh(target);
  await cutiSasaranUtuh(targetOpdLain);
};

/**
 * An agreed SKP of the target employee with one RHK and a realisasi with its evidence, put
 * straight in the tables: what the kinerja routes aim at. Rated by the kepala daerah (no atasan
 * in the fixture's Dinkes), so an atasan of another unit is not its pejabat penilai.
 */
const skpSasaranPeta = new Map<string, Promise<{ skpId: number, rhkId: number, akarId: number, realisasiId: number }>>();
function skpSasaran(t: typeof target) {
  if (!skpSasaranPeta.has(t.nip)) {
    skpSasaranPeta.set(t.nip, (async () => {
      const p = await db.one<{ instansi_id: number, id: number }>(sql`select instansi_id, id from pegawai where nip = ${t.nip}`);
      const { id } = await db.one<{ id: number }>(sql`select nextval(pg_get_serial_sequence('skp', 'id'))::bigint as id`);
      const s = await db.one<{ id: number }>(sql`insert into skp (instansi_id, id, seri_id, pegawai_id, tahun, status, penilai_nama, penilai_jabatan)
        values (${p.instansi_id}, ${id}, ${id}, ${p.id}, 2026, 'disetujui', 'Bupati', 'Bupati') returning id`);
      const { id: rhkId } = await db.one<{ id: number }>(sql`select nextval(pg_get_serial_sequence('skp_rhk', 'id'))::bigint as id`);
      await db.run(sql`insert into skp_rhk (instansi_id, id, akar_id, skp_id, jenis, uraian) values (${p.instansi_id}, ${rhkId}, ${rhkId}, ${s.id}, 'utama', 'RHK sasaran-lain')`);
      await db.run(
        sql`insert into skp_indikator (instansi_id, rhk_id, aspek, uraian, pendekatan, target_teks) values (${p.instansi_id}, ${rhkId}, 'kualitas', 'Mutu', 'kualitatif', 'Baik')`,
      );
      const d = await db.one<{ id: number }>(sql`insert into dokumen_bukti (instansi_id, nama_berkas, jenis_mime, ukuran, sha256, isi)
        values (${p.instansi_id}, 'bukti-sasaran-lain.pdf', 'application/pdf', ${PDF.length}, 'x', ${PDF}) returning id`);
      const r = await db.one<{ id: number }>(sql`insert into skp_realisasi (instansi_id, skp_seri_id, rhk_akar_id, periode, realisasi, bukti_id)
        values (${p.instansi_id}, ${s.id}, ${rhkId}, 'tw1', 'realisasi sasaran-lain', ${d.id}) returning id`);
      return { skpId: s.id, rhkId, akarId: rhkId, realisasiId: r.id };
    })());
  }
  return skpSasaranPeta.get(t.nip)!;
}
/** The target's SKP is as made: nothing changed, nothing added. */
async function skpSasaranUtuh(t: typeof target) {
  const k = await skpSasaran(t);
  expect(await db.one(sql`select status, versi, (select count(*)::int from skp x where x.seri_id = s.seri_id) as versi_seri from skp s where id = ${k.skpId}`)).toEqual({
    status: 'disetujui',
    versi: 1,
    versi_seri: 1,
  });
  expect(await db.many(sql`select uraian from skp_rhk where skp_id = ${k.skpId}`)).toEqual([{ uraian: 'RHK sasaran-lain' }]);
  expect(await db.one(sql`select realisasi, versi from skp_realisasi where id = ${k.realisasiId}`)).toEqual({ realisasi: 'realisasi sasaran-lain', versi: 1 });
  expect(await db.one(sql`select (select count(*)::int from skp_umpan_balik where skp_seri_id = ${k.skpId}) + (select count(*)::int from skp_dialog
    where skp_seri_id = ${k.skpId}) + (select count(*)::int from skp_perilaku where skp_id = ${k.skpId}) as n`)).toEqual({ n: 0 });
}
const skpTanpaSasaran = (kode: number[]) => async (r: LightMyRequestResponse, nama: string) => {
  tolak(kode)(r, nama);
  expect(r.body).not.toContain('sasaran-lain');
  await skpSasaranUtuh(target);
  await skpSasaranUtuh(targetOpdLain);
};
const rhkUji = { versi: 1, jenis: 'tambahan', uraian: 'RHK dari orang lain', indikator: [{ aspek: 'kualitas', uraian: 'Mutu', pendekatan: 'kualitatif', targetTeks: 'Baik' }] };
const KASUS_KINERJA: Record<string, Kasus> = { 'GET /api/kinerja/saya': { minta: async (t) => {
  await skpSasaran(t);
  return { method: 'GET', url: '/api/kinerja/saya?tahun=2026' };
}, periksa: skpTanpaSasaran([200]) }, 'POST /api/kinerja/skp': { minta: async (t) => {
  await skpSasaran(t);
  return { method: 'POST', url: '/api/kinerja/skp', payload: { tahun: 2099 } };
}, periksa: skpTanpaSasaran([200, 409]) },
  'GET /api/kinerja/skp/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}` }), periksa: skpTanpaSasaran([404]) },
  'GET /api/kinerja/skp/{id}/pilihan-rhk': { minta: async (t) => ({ method: 'GET', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/pilihan-rhk` }),
    periksa: skpTanpaSasaran([404]) },
  'POST /api/kinerja/skp/{id}/rhk': { minta: async (t) => ({ method: 'POST', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/rhk`, payload: rhkUji }),
    periksa: skpTanpaSasaran([404]) }, 'PUT /api/kinerja/skp/{id}/rhk/{rhkId}': { minta: async (t) => {
      const k = await skpSasaran(t);
      return { method: 'PUT', url: `/api/kinerja/skp/${k.skpId}/rhk/${k.rhkId}`, payload: rhkUji };
    }, periksa: skpTanpaSasaran([404]) }, 'DELETE /api/kinerja/skp/{id}/rhk/{rhkId}': { minta: async (t) => {
      const k = await skpSasaran(t);
      return { method: 'DELETE', url: `/api/kinerja/skp/${k.skpId}/rhk/${k.rhkId}?versi=1` };
    }, periksa: skpTanpaSasaran([404]) },
  'POST /api/kinerja/skp/{id}/rhk-pk': {
    minta: async (t) => ({ method: 'POST', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/rhk-pk`, payload: { versi: 1, pkId: 1, indikatorIds: [1] } }),
    periksa: skpTanpaSasaran([404]),
  },
  'PUT /api/kinerja/skp/{id}/ekspektasi': {
    minta: async (t) => ({ method: 'PUT', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/ekspektasi`,
      payload: { versi: 1, perilaku: [{ kode: 'akuntabel', ekspektasiKhusus: 'Ditulis orang lain' }] } }),
    periksa: skpTanpaSasaran([404]),
  },
  'POST /api/kinerja/skp/{id}/ajukan': { minta: async (t) => ({ method: 'POST', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/ajukan`, payload: { versi: 1 } }),
    periksa: skpTanpaSasaran([404]) },
  'POST /api/kinerja/skp/{id}/setujui': {
    minta: async (t) => ({ method: 'POST', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/setujui`,
      payload: { versi: 1, setuju: false, catatan: 'Dikembalikan orang lain' } }),
    periksa: skpTanpaSasaran([404]),
  },
  'POST /api/kinerja/skp/{id}/revisi': {
    minta: async (t) => ({ method: 'POST', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/revisi`, payload: { versi: 1, alasan: 'Revisi oleh orang lain' } }),
    periksa: skpTanpaSasaran([404]),
  }, 'POST /api/kinerja/skp/{id}/realisasi': { minta: async (t) => {
    const k = await skpSasaran(t);
    return { method: 'POST', url: `/api/kinerja/skp/${k.skpId}/realisasi`, payload: { rhkAkarId: k.akarId, periode: 'tw1', realisasi: 'Ditimpa orang lain' } };
  }, periksa: skpTanpaSasaran([404]) },
  'POST /api/kinerja/realisasi/{id}/bukti': {
    minta: async (t) => ({ method: 'POST', url: `/api/kinerja/realisasi/${(await skpSasaran(t)).realisasiId}/bukti`, ...multipart('lain.pdf', PDF, 'application/pdf') }),
    periksa: skpTanpaSasaran([404]),
  },
  'GET /api/kinerja/realisasi/{id}/bukti': { minta: async (t) => ({ method: 'GET', url: `/api/kinerja/realisasi/${(await skpSasaran(t)).realisasiId}/bukti` }),
    periksa: skpTanpaSasaran([404]) },
  'POST /api/kinerja/skp/{id}/umpan-balik': {
    minta: async (t) => ({ method: 'POST', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/umpan-balik`, payload: { isi: 'Umpan balik orang lain' } }),
    periksa: skpTanpaSasaran([404]),
  },
  'POST /api/kinerja/skp/{id}/dialog': {
    minta: async (t) => ({ method: 'POST', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/dialog`,
      payload: { tanggal: '2026-04-10', catatan: 'Dialog orang lain', tindakLanjut: 'Tidak ada' } }),
    periksa: skpTanpaSasaran([404]),
  },
  'PUT /api/kinerja/skp/{id}/penilaian': {
    minta: async (t) => ({ method: 'PUT', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/penilaian`,
      payload: { ratingHasil: 'di_bawah', alasanHasil: 'Dinilai orang lain', ratingPerilaku: 'di_bawah', alasanPerilaku: 'Dinilai orang lain' } }),
    periksa: async (r, nama) => {
      await skpTanpaSasaran([404])(r, nama);
      expect(await db.many(sql`select 1 from skp_penilaian`)).toEqual([]);
    },
  },
  'POST /api/kinerja/skp/{id}/penilaian/final': {
    minta: async (t) => ({ method: 'POST', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/penilaian/final`, payload: { versi: 1, lanjutkan: true } }),
    periksa: async (r, nama) => {
      await skpTanpaSasaran([404])(r, nama);
      expect(await db.many(sql`select 1 from riwayat_skp where sumber = 'skp'`)).toEqual([]);
    },
  },
  'GET /api/kinerja/skp/{id}/penilaian/konteks': {
    minta: async (t) => ({ method: 'GET', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/penilaian/konteks?periode=tahunan` }),
    periksa: skpTanpaSasaran([404]),
  },
  'GET /api/kinerja/skp/{id}/cetak': { minta: async (t) => ({ method: 'GET', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/cetak?jenis=rencana&format=pdf` }),
    periksa: skpTanpaSasaran([404]) },
  'POST /api/kinerja/skp/{id}/aktivitas': {
    minta: async (t) => ({ method: 'POST', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/aktivitas`,
      payload: { rhkAkarId: (await skpSasaran(t)).akarId, aktivitasIds: [1] } }),
    periksa: async (r, nama) => {
      await skpTanpaSasaran([404])(r, nama);
      expect(await db.many(sql`select 1 from skp_aktivitas`)).toEqual([]);
    },
  },
  'DELETE /api/kinerja/skp/{id}/aktivitas/{aktivitasId}': { minta: async (t) => ({ method: 'DELETE', url: `/api/kinerja/skp/${(await skpSasaran(t)).skpId}/aktivitas/1` }),
    periksa: skpTanpaSasaran([404]) }, 'GET /api/kinerja/evaluasi-periodik': { minta: async (t) => {
      await skpSasaran(t);
      return { method: 'GET', url: '/api/kinerja/evaluasi-periodik?tahun=2026&periode=tw1' };
    }, periksa: async (r, nama) => {
      await skpTanpaSasaran([200, 403])(r, nama);
      expect(r.body).not.toContain(target.nip);
      expect(r.body).not.toContain(targetOpdLain.nip);
    } }, 'GET /api/kinerja/tim': { minta: async (t) => {
      await skpSasaran(t);
      return { method: 'GET', url: '/api/kinerja/tim?tahun=2026' };
    }, periksa: async (r, nama) => {
      await skpTanpaSasaran([200, 403])(r, nama);
      expect(r.body).not.toContain(target.nip);
      expect(r.body).not.toContain(targetOpdLain.nip);
    } }, 'GET /api/kinerja/pohon': { minta: async (t) => {
      await skpSasaran(t);
      return { method: 'GET', url: `/api/kinerja/pohon?tahun=2026&unitId=${t.unitId}` };
    }, periksa: async (r, nama) => {
      await skpTanpaSasaran([200, 422])(r, nama);
      expect(r.body).not.toContain(target.nip);
      expect(r.body).not.toContain(targetOpdLain.nip);
    } }, 'GET /api/kinerja/progres': { minta: async (t) => {
      await skpSasaran(t);
      return { method: 'GET', url: '/api/kinerja/progres?tahun=2026' };
    }, periksa: async (r, nama) => {
      await skpTanpaSasaran([200])(r, nama);
      const unit = r.json().items.map((x: { unit: string }) => x.unit);
      expect(unit).not.toContain('BKD Kota Lain');
      if (nama === 'admin.bkpsdm' || /^\d{18}$/.test(nama)) expect(unit).not.toContain('Dinas Kesehatan');
    } } };

const KASUS: Record<string, Kasus | 'tanpa-sasaran'> = {
  'GET /api/health': 'tanpa-sasaran',
  'GET /api/sakip/renstra': { minta: async (t) => {
    await sakipLain(t);
    return { method: 'GET', url: '/api/sakip/renstra' };
  }, periksa: sakipTerjangkau('renstra') },
  'POST /api/sakip/renstra': {
    minta: async (t) => ({ method: 'POST', url: '/api/sakip/renstra',
      payload: { unitId: (await sakipLain(t)).unitId, tahunAwal: 2027, tahunAkhir: 2031, nama: 'Renstra dibobol' } }),
    periksa: sakipUtuh([404, 422]),
  },
  'GET /api/sakip/renstra/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/sakip/renstra/${(await sakipLain(t)).renstraId}` }), periksa: tolak([404]) },
  'PATCH /api/sakip/renstra/{id}': {
    minta: async (t) => ({ method: 'PATCH', url: `/api/sakip/renstra/${(await sakipLain(t)).renstraId}`, payload: { status: 'selesai', versi: 1 } }),
    periksa: sakipUtuh([404]),
  },
  'POST /api/sakip/renstra/{id}/tujuan': {
    minta: async (t) => ({ method: 'POST', url: `/api/sakip/renstra/${(await sakipLain(t)).renstraId}/tujuan`, payload: { kode: 'T9', uraian: 'Tujuan dibobol' } }),
    periksa: sakipUtuh([404]),
  },
  'POST /api/sakip/renstra/{id}/sasaran': { minta: async (t) => {
    const s = await sakipLain(t);
    return { method: 'POST', url: `/api/sakip/renstra/${s.renstraId}/sasaran`, payload: { tujuanId: s.tujuanId, kode: 'S9', uraian: 'Sasaran dibobol' } };
  }, periksa: sakipUtuh([404]) },
  'POST /api/sakip/renstra/{id}/program': {
    minta: async (t) => ({ method: 'POST', url: `/api/sakip/renstra/${(await sakipLain(t)).renstraId}/program`,
      payload: { tingkat: 'program', kode: '9.99', nama: 'Program dibobol' } }),
    periksa: sakipUtuh([404]),
  },
  'POST /api/sakip/renstra/{id}/indikator': { minta: async (t) => {
    const s = await sakipLain(t);
    return { method: 'POST', url: `/api/sakip/renstra/${s.renstraId}/indikator`,
      payload: { tujuanId: s.tujuanId, kode: 'IK9', uraian: 'Indikator dibobol', satuan: '%', polaritas: 'positif', agregasi: 'snapshot' } };
  }, periksa: sakipUtuh([404]) },
  'POST /api/sakip/renstra/{id}/hapus': { minta: async (t) => {
    const s = await sakipLain(t);
    return { method: 'POST', url: `/api/sakip/renstra/${s.renstraId}/hapus`, payload: { jenis: 'tujuan', id: s.tujuanId, versi: 1 } };
  }, periksa: sakipUtuh([404]) },
  'GET /api/sakip/renstra/{id}/ekspor.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/sakip/renstra/${(await sakipLain(t)).renstraId}/ekspor.xlsx` }),
    periksa: tolak([404]) },
  'GET /api/sakip/renstra/{id}/templat.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/sakip/renstra/${(await sakipLain(t)).renstraId}/templat.xlsx` }),
    periksa: tolak([404]) },
  'POST /api/sakip/renstra/{id}/impor': {
    minta: async (t) => ({ method: 'POST', url: `/api/sakip/renstra/${(await sakipLain(t)).renstraId}/impor`,
      ...multipart('r.xlsx', await xlsx({ Tujuan: [['kode', 'uraian'], ['T1', 'Tujuan dibobol lewat impor']] }), 'application/octet-stream') }),
    periksa: sakipUtuh([404]),
  },
  'POST /api/sakip/renstra/{id}/realisasi-otomatis': {
    minta: async (t) => ({ method: 'POST', url: `/api/sakip/renstra/${(await sakipLain(t)).renstraId}/realisasi-otomatis`, payload: { tahun: 2024, tribulan: 1 } }),
    periksa: sakipUtuh([404]),
  },
  'GET /api/sakip/pk': { minta: async (t) => {
    await sakipLain(t);
    return { method: 'GET', url: '/api/sakip/pk' };
  }, periksa: sakipTerjangkau('perjanjian_kinerja') },
  'POST /api/sakip/pk': { minta: async (t) => {
    const s = await sakipLain(t);
    return { method: 'POST', url: '/api/sakip/pk',
      payload: { renstraId: s.renstraId, tahun: 2025, jabatanId: t.jabatanId, tanggal: '2025-01-02', pihakKedua: { nama: 'Bupati X', jabatan: 'Bupati X' } } };
  }, periksa: sakipUtuh([404, 422]) },
  'GET /api/sakip/pk/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/sakip/pk/${(await sakipLain(t)).pkId}` }), periksa: tolak([404]) },
  'PATCH /api/sakip/pk/{id}': { minta: async (t) => ({ method: 'PATCH', url: `/api/sakip/pk/${(await sakipLain(t)).pkId}`, payload: { indikator: [], versi: 1 } }),
    periksa: sakipUtuh([404]) },
  'POST /api/sakip/pk/{id}/ajukan': { minta: async (t) => ({ method: 'POST', url: `/api/sakip/pk/${(await sakipLain(t)).pkId}/ajukan`, payload: { versi: 1 } }),
    periksa: sakipUtuh([404]) },
  'POST /api/sakip/pk/{id}/setujui': { minta: async (t) => ({ method: 'POST', url: `/api/sakip/pk/${(await sakipLain(t)).pkId}/setujui`, payload: { versi: 1 } }),
    periksa: sakipUtuh([404]) },
  'POST /api/sakip/pk/{id}/revisi': {
    minta: async (t) => ({ method: 'POST', url: `/api/sakip/pk/${(await sakipLain(t)).pkId}/revisi`,
      payload: { tanggal: '2024-09-01', alasanPerubahan: 'Dibobol saja', versi: 1 } }),
    periksa: sakipUtuh([404]),
  },
  'PUT /api/sakip/realisasi': {
    minta: async (t) => ({ method: 'PUT', url: '/api/sakip/realisasi', payload: { indikatorId: (await sakipLain(t)).indikatorId, tahun: 2024, tribulan: 1, nilai: 1, versi: 2 } }),
    periksa: sakipUtuh([404]),
  },
  'POST /api/sakip/indikator/{id}/bukti': {
    minta: async (t) => ({ method: 'POST', url: `/api/sakip/indikator/${(await sakipLain(t)).indikatorId}/bukti`,
      ...multipart('b.pdf', PDF, 'application/pdf', { tahun: '2024', tribulan: '1', versi: '2' }) }),
    periksa: sakipUtuh([404]),
  },
  'GET /api/sakip/indikator/{id}/bukti/{dokumenId}': { minta: async (t) => {
    const s = await sakipLain(t);
    return { method: 'GET', url: `/api/sakip/indikator/${s.indikatorId}/bukti/${s.dokumenId}` };
  }, periksa: tolak([404]) },
  'PUT /api/sakip/realisasi-anggaran': {
    minta: async (t) => ({ method: 'PUT', url: '/api/sakip/realisasi-anggaran', payload: { programKegiatanId: (await sakipLain(t)).subId, tahun: 2024, tribulan: 1, nilai: 5 } }),
    periksa: sakipUtuh([404]),
  },
  'GET /api/sakip/capaian': { minta: async (t) => ({ method: 'GET', url: `/api/sakip/capaian?unitId=${(await sakipLain(t)).unitId}&tahun=2024` }), periksa: tolak([404]) },
  'GET /api/sakip/capaian/ekspor.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/sakip/capaian/ekspor.xlsx?unitId=${(await sakipLain(t)).unitId}&tahun=2024` }),
    periksa: tolak([404]) },
  'GET /api/sakip/anggaran': { minta: async (t) => ({ method: 'GET', url: `/api/sakip/anggaran?unitId=${(await sakipLain(t)).unitId}&tahun=2024` }), periksa: tolak([404]) },
  'POST /api/sakip/lkjip': { minta: mintaLkjip((x) => ({ method: 'POST', url: '/api/sakip/lkjip', payload: { unitId: x.unitId, tahun: 2024, format: 'pdf', kosongkan: true } })),
    periksa: lkjipUtuh([404]) },
  'GET /api/sakip/lkjip/pekerjaan': { minta: mintaLkjip(() => ({ method: 'GET', url: '/api/sakip/lkjip/pekerjaan' })), periksa: async (r) => {
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual([]);
  } },
  'GET /api/sakip/lkjip/pekerjaan/{id}': { minta: mintaLkjip((x) => ({ method: 'GET', url: `/api/sakip/lkjip/pekerjaan/${x.pekerjaanId}` })), periksa: lkjipUtuh([404]) },
  'GET /api/sakip/lkjip/pekerjaan/{id}/berkas': { minta: mintaLkjip((x) => ({ method: 'GET', url: `/api/sakip/lkjip/pekerjaan/${x.pekerjaanId}/berkas` })),
    periksa: lkjipUtuh([404]) },
  'GET /api/sakip/lkjip/periksa': { minta: mintaLkjip((x) => ({ method: 'GET', url: `/api/sakip/lkjip/periksa?unitId=${x.unitId}&tahun=2024` })), periksa: lkjipUtuh([404]) },
  'GET /api/sakip/lkjip/narasi': { minta: mintaLkjip((x) => ({ method: 'GET', url: `/api/sakip/lkjip/narasi?unitId=${x.unitId}&tahun=2024&periode=0` })),
    periksa: lkjipUtuh([404]) },
  'PUT /api/sakip/lkjip/narasi': {
    minta: mintaLkjip((x) => ({ method: 'PUT', url: '/api/sakip/lkjip/narasi',
      payload: { unitId: x.unitId, tahun: 2024, periode: 0, bagian: 'strategi', isi: 'Ditimpa', versi: 1 } })
    ),
    periksa: lkjipUtuh([404, 422]),
  },
  'GET /api/sakip/lkjip/sarana': { minta: mintaLkjip((x) => ({ method: 'GET', url: `/api/sakip/lkjip/sarana?unitId=${x.unitId}&tahun=2024` })), periksa: lkjipUtuh([404]) },
  'PUT /api/sakip/lkjip/sarana': { minta: mintaLkjip((x) => ({ method: 'PUT', url: '/api/sakip/lkjip/sarana', payload: { unitId: x.unitId, tahun: 2024, baris: [], versi: 0 } })),
    periksa: lkjipUtuh([404, 422]) },
  'GET /api/sakip/pk/{id}/cetak': { minta: async (t) => ({ method: 'GET', url: `/api/sakip/pk/${(await sakipLain(t)).pkId}/cetak` }), periksa: tolak([404]) },
  'POST /api/auth/login': 'tanpa-sasaran',
  'POST /api/auth/logout': 'tanpa-sasaran',
  'GET /api/auth/sesi': 'tanpa-sasaran',
  'POST /api/auth/ganti-sandi': 'tanpa-sasaran',
  'GET /api/saya': 'tanpa-sasaran',
  'GET /api/pegawai': { minta: async (t) => ({ method: 'GET', url: `/api/pegawai?q=${t.nip}&kedudukan=semua` }), periksa: kosong },
  'POST /api/pegawai': {
    minta: async (t) => ({ method: 'POST', url: '/api/pegawai',
      payload: { nip: '199901012022031001', nama: 'Titipan', tanggalLahir: '1999-01-01', jenisKelamin: 'L', statusKepegawaian: 'CPNS', tmtCpns: '2022-03-01',
        penempatan: { jabatanId: fx.jabatan.pelaksana, unitId: t.unitId, tmt: '2022-03-01' } } }),
    periksa: async (r) => {
      expect([403, 404, 422]).toContain(r.statusCode);
      expect(await db.maybeOne(sql`select 1 from pegawai where nip = '199901012022031001'`)).toBeUndefined();
    },
  },
  'GET /api/pegawai/ekspor.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/pegawai/ekspor.xlsx?q=${t.nip}&kedudukan=semua` }),
    periksa: async (r) => expect(await barisXlsx(r)).toBeLessThanOrEqual(4) },
  'GET /api/pegawai/{nip}': { minta: async (t) => ({ method: 'GET', url: `/api/pegawai/${t.nip}` }), periksa: tolak([404]) },
  'GET /api/pegawai/{nip}/drh': { minta: async (t) => ({ method: 'GET', url: `/api/pegawai/${t.nip}/drh` }), periksa: tolak([404]) },
  'PATCH /api/pegawai/{nip}': { minta: async (t) => ({ method: 'PATCH', url: `/api/pegawai/${t.nip}`, payload: { tempatLahir: 'Bocor', versi: 1 } }), periksa: tolak([404]) },
  'GET /api/pegawai/{nip}/riwayat/{jenis}': { minta: async (t) => ({ method: 'GET', url: `/api/pegawai/${t.nip}/riwayat/skp` }), periksa: kosong },
  'POST /api/pegawai/{nip}/riwayat/{jenis}': { minta: async (t) => ({ method: 'POST', url: `/api/pegawai/${t.nip}/riwayat/skp`, payload: { tahun: 2024, predikat: 'baik' } }),
    periksa: tolak([404]) },
  'PUT /api/pegawai/{nip}/riwayat/{jenis}/{id}': {
    minta: async (t) => ({ method: 'PUT', url: `/api/pegawai/${t.nip}/riwayat/skp/${t.riwayatId}`, payload: { tahun: 2025, predikat: 'kurang', versi: 1 } }),
    periksa: tolak([404]),
  },
  'DELETE /api/pegawai/{nip}/riwayat/{jenis}/{id}': { minta: async (t) => ({ method: 'DELETE', url: `/api/pegawai/${t.nip}/riwayat/skp/${t.riwayatId}?versi=1` }),
    periksa: tolak([404]) },
  'GET /api/pegawai/{nip}/berkas': { minta: async (t) => ({ method: 'GET', url: `/api/pegawai/${t.nip}/berkas` }), periksa: kosong },
  'POST /api/pegawai/{nip}/berkas': { minta: async (t) => ({ method: 'POST', url: `/api/pegawai/${t.nip}/berkas`, ...multipart('a.pdf', PDF, 'application/pdf') }),
    periksa: tolak([404]) },
  'GET /api/pegawai/{nip}/berkas/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/pegawai/${t.nip}/berkas/${t.berkasId}` }), periksa: tolak([404]) },
  'GET /api/usulan': { minta: async (t) => ({ method: 'GET', url: `/api/usulan?status=semua&nip=${t.nip}` }), periksa: kosong },
  'GET /api/usulan/ekspor.xlsx': {
    minta: async (t) => ({ method: 'GET', url: `/api/usulan/ekspor.xlsx?status=semua&q=${t.nip}` }),
    // title, note, blank and header lines only: nobody's proposal outside the reach
    periksa: async (r) => expect(await barisXlsx(r)).toBe(4),
  },
  'POST /api/usulan': {
    minta: async (t) => ({ method: 'POST', url: '/api/usulan',
      payload: { jenis: 'identitas', data: { agama: 'Islam' }, alasan: 'pakai berkas orang lain', berkasId: t.berkasId } }),
    periksa: tolak([404]),
  },
  'GET /api/usulan/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/usulan/${t.usulanId}` }), periksa: tolak([404]) },
  'POST /api/usulan/{id}/setujui': { minta: async (t) => ({ method: 'POST', url: `/api/usulan/${t.usulanId}/setujui`, payload: {} }), periksa: tolak([404]) },
  'POST /api/usulan/{id}/tolak': { minta: async (t) => ({ method: 'POST', url: `/api/usulan/${t.usulanId}/tolak`, payload: { alasan: 'lintas instansi' } }),
    periksa: tolak([404]) },
  'POST /api/usulan/{id}/batalkan': { minta: async (t) => ({ method: 'POST', url: `/api/usulan/${t.usulanId}/batalkan` }), periksa: tolak([404]) },
  'GET /api/impor/template.xlsx': 'tanpa-sasaran',
  'POST /api/impor/pegawai': {
    minta: async (t) => ({ method: 'POST', url: '/api/impor/pegawai',
      ...multipart('x.xlsx', await xlsx({ riwayat_skp: [['nip', 'tahun', 'predikat'], [t.nip, 2024, 'baik'], [NIP.b1, 2024, 'baik']] }), 'application/octet-stream') }),
    periksa: async (r, nama) => {
      expect(r.statusCode).toBe(422);
      const pesan = r.json().masalah.map((m: { baris: number, pesan: string }) => `${m.baris}:${m.pesan}`);
      expect(pesan).toEqual(
        expect.arrayContaining([expect.stringMatching(/^2:NIP (tidak terdaftar dan tidak ada di lembar pegawai|ini terdaftar di luar unit kewenangan Anda)$/)]),
      );
      if (nama === 'admin.bkpsdm') expect(pesan).toContain('3:NIP ini terdaftar di luar unit kewenangan Anda');
    },
  },
  'POST /api/impor/laporan.xlsx': 'tanpa-sasaran',
  'GET /api/unit': { minta: async () => ({ method: 'GET', url: '/api/unit' }), periksa: (r) => {
    expect(r.statusCode).toBe(200);
    expect(r.json().map((u: { kode: string }) => u.kode)).not.toContain('BKD');
  } },
  'GET /api/jabatan': { minta: async () => ({ method: 'GET', url: '/api/jabatan?limit=200&q=Pelaksana' }), periksa: (r) => {
    expect(r.statusCode).toBe(200);
    expect(r.json().map((j: { kode: string }) => j.kode)).not.toContain('PL');
  } },
  'GET /api/dasbor/statistik': { minta: async (t) => ({ method: 'GET', url: `/api/dasbor/statistik?unitId=${t.unitId}` }), periksa: (r) => {
    expect(r.statusCode).toBe(200);
    expect(r.json().total.jumlah).toBe(0);
  } },
  'GET /api/audit': { minta: async (t) => ({ method: 'GET', url: `/api/audit?nip=${t.nip}` }), periksa: kosong },
  'GET /api/audit/ekspor.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/audit/ekspor.xlsx?nip=${t.nip}` }),
    periksa: async (r) => expect(await barisXlsx(r)).toBeLessThanOrEqual(4) },
  'GET /api/audit/periksa': 'tanpa-sasaran',
  'GET /api/indeks/ip-asn/aturan': 'tanpa-sasaran',
  'GET /api/indeks/ip-asn': { minta: async (t) => ({ method: 'GET', url: `/api/indeks/ip-asn?unitId=${t.unitId}` }), periksa: (r) => {
    expect(r.statusCode).toBe(200);
    expect(r.json().jumlahPegawai).toBe(0);
  } },
  'GET /api/indeks/ip-asn/ekspor.xlsx': {
    minta: async (t) => ({ method: 'GET', url: `/api/indeks/ip-asn/ekspor.xlsx?unitId=${t.unitId}` }),
    // only the total line, over nobody: no perangkat daerah row of the target's unit
    periksa: async (r) => expect(await barisXlsx(r)).toBeLessThanOrEqual(5),
  },
  'GET /api/indeks/ip-asn/pegawai': { minta: async (t) => ({ method: 'GET', url: `/api/indeks/ip-asn/pegawai?q=${t.nip}` }), periksa: kosong },
  'GET /api/indeks/ip-asn/pegawai/ekspor.xlsx': {
    minta: async (t) => ({ method: 'GET', url: `/api/indeks/ip-asn/pegawai/ekspor.xlsx?q=${t.nip}` }),
    // title, note, blank and header lines only: the target is outside the reach
    periksa: async (r) => expect(await barisXlsx(r)).toBe(4),
  },
  'POST /api/indeks/ip-asn/rencana-pelatihan': {
    minta: async (t) => ({ method: 'POST', url: '/api/indeks/ip-asn/rencana-pelatihan', payload: { unitId: t.unitId, anggaran: 1e9, biaya: { teknis: 1e6 } } }),
    periksa: tolak([422]),
  },
  'POST /api/indeks/ip-asn/simpan': { minta: async (t) => ({ method: 'POST', url: '/api/indeks/ip-asn/simpan', payload: { tahun: 2026, unitId: t.unitId } }),
    periksa: async (r) => {
      // Only instansi-wide roles hold the permission: a unit of another instansi is refused by its key.
      expect([403, 404, 422]).toContain(r.statusCode);
      expect(await db.maybeOne(sql`select 1 from hasil_indeks where unit_id = ${target.unitId} and instansi_id = 1`)).toBeUndefined();
    } },
  'GET /api/indeks/hasil': { minta: async () => ({ method: 'GET', url: '/api/indeks/hasil?jenis=ip_asn' }), periksa: (r) => {
    expect(r.statusCode).toBe(200);
  } },
  'GET /api/indeks/merit/instrumen': { minta: async () => {
    await indeksInstansiLain();
    return { method: 'GET', url: '/api/indeks/merit/instrumen' };
  }, periksa: (r) => {
    expect(r.statusCode).toBe(200);
    expect(r.json().map((i: { id: string }) => i.id)).not.toContain('kota-lain-2025');
  } },
  'POST /api/indeks/merit/instrumen': {
    // Another instansi's instrument id: an instrument belongs to the caller's instansi only, so at
    // most a (here invalid: aspect 99) edition of one's own; the other instansi's stays as it was.
    minta: async () => {
      await indeksInstansiLain();
      return { method: 'POST', url: '/api/indeks/merit/instrumen',
        payload: { id: 'kota-lain-2025', nama: 'Timpa', dasarHukum: 'x', berlakuMulai: '2025-01-01',
          aspek: [{ nomor: 99, subAspek: [{ kode: '1.1', nama: 'Timpa', bobot: 100 }] }] } };
    },
    periksa: async (r) => {
      expect([403, 422]).toContain(r.statusCode);
      expect(await db.many(sql`select instansi_id, nama from instrumen_merit where id = 'kota-lain-2025'`)).toEqual([{ instansi_id: 2, nama: 'Instrumen Kota Lain' }]);
      expect(await db.many(sql`select 1 from instrumen_merit where instansi_id = 1`)).toEqual([]);
    },
  },
  'GET /api/indeks/merit': { minta: async () => {
    await indeksInstansiLain();
    return { method: 'GET', url: '/api/indeks/merit' };
  }, periksa: kosong },
  'POST /api/indeks/merit': { minta: async () => {
    await indeksInstansiLain();
    return { method: 'POST', url: '/api/indeks/merit', payload: { tahun: 2025, instrumenId: 'kota-lain-2025' } };
  }, periksa: async (r) => {
    expect([404, 422]).toContain(r.statusCode);
    await meritLainUtuh();
  } },
  'GET /api/indeks/merit/{id}': { minta: async () => ({ method: 'GET', url: `/api/indeks/merit/${await meritLain()}` }), periksa: tolak([404]) },
  'GET /api/indeks/merit/{id}/ekspor.xlsx': { minta: async () => ({ method: 'GET', url: `/api/indeks/merit/${await meritLain()}/ekspor.xlsx` }), periksa: tolak([404]) },
  'PATCH /api/indeks/merit/{id}': { minta: async () => ({ method: 'PATCH', url: `/api/indeks/merit/${await meritLain()}`, payload: { targetTotal: 399, versi: 3 } }),
    periksa: async (r) => {
      tolak([404])(r, '');
      await meritLainUtuh();
    } },
  'PUT /api/indeks/merit/{id}/skor/{kode}': {
    minta: async () => ({ method: 'PUT', url: `/api/indeks/merit/${await meritLain()}/skor/1.1`, payload: { skor: 1, catatan: 'dibobol', versi: 2 } }),
    periksa: async (r) => {
      tolak([404])(r, '');
      await meritLainUtuh();
    },
  },
  'POST /api/indeks/merit/{id}/skor/{kode}/bukti': {
    minta: async () => ({ method: 'POST', url: `/api/indeks/merit/${await meritLain()}/skor/1.1/bukti`, ...multipart('b.pdf', PDF, 'application/pdf', { versi: '2' }) }),
    periksa: async (r) => {
      tolak([404])(r, '');
      await meritLainUtuh();
    },
  },
  'GET /api/indeks/merit/{id}/bukti/{dokumenId}': { minta: async () => {
    const l = await indeksInstansiLain();
    return { method: 'GET', url: `/api/indeks/merit/${l.penilaianId}/bukti/${l.dokumenId}` };
  }, periksa: tolak([404]) },
  'POST /api/indeks/merit/{id}/finalisasi': { minta: async () => ({ method: 'POST', url: `/api/indeks/merit/${await meritLain()}/finalisasi`, payload: { versi: 3 } }),
    periksa: async (r) => {
      tolak([404])(r, '');
      await meritLainUtuh();
    } },
  'POST /api/indeks/merit/{id}/buka-kembali': {
    minta: async () => ({ method: 'POST', url: `/api/indeks/merit/${await meritLain()}/buka-kembali`, payload: { alasan: 'Dibuka dari instansi lain', versi: 3 } }),
    periksa: async (r) => {
      tolak([404])(r, '');
      await meritLainUtuh();
      expect(await db.many(sql`select 1 from audit_log where aksi = 'merit.buka_kembali'`)).toEqual([]);
    },
  },
  'GET /api/indeks/nspk': { minta: async () => {
    await indeksInstansiLain();
    return { method: 'GET', url: '/api/indeks/nspk' };
  }, periksa: kosong },
  'GET /api/indeks/nspk/{tahun}': { minta: async () => {
    await indeksInstansiLain();
    return { method: 'GET', url: '/api/indeks/nspk/2023' };
  }, periksa: (r) => {
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ ada: false, versi: 0, jumlahDinilai: 0, indeks: null });
    expect(r.json().elemen.every((e: { nilai: number | null }) => e.nilai === null)).toBe(true);
  } },
  'GET /api/indeks/nspk/{tahun}/ekspor.xlsx': { minta: async () => {
    await indeksInstansiLain();
    return { method: 'GET', url: '/api/indeks/nspk/2023/ekspor.xlsx' };
  }, periksa: async (r) => {
    // this instansi's (empty) assessment: the other instansi's scores never appear
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const nilai: unknown[] = [];
    wb.worksheets[0]!.eachRow((row, i) => {
      if (i > 4) nilai.push(row.getCell(5).value);
    });
    expect(nilai.every((x) => x === null || x === undefined)).toBe(true);
  } },
  'PUT /api/indeks/nspk/{tahun}': { minta: async () => {
    await indeksInstansiLain();
    return { method: 'PUT', url: '/api/indeks/nspk/2023', payload: { skor: { kebutuhan: 1 }, versi: 1 } };
  }, periksa: async (r) => {
    tolak([404])(r, '');
    await nspkLainUtuh();
  } },
  'POST /api/indeks/nspk/{tahun}/bekukan': { minta: async () => {
    await indeksInstansiLain();
    return { method: 'POST', url: '/api/indeks/nspk/2023/bekukan', payload: { versi: 1 } };
  }, periksa: async (r) => {
    tolak([404])(r, '');
    await nspkLainUtuh();
  } },
  'GET /api/akun': { minta: async (t) => ({ method: 'GET', url: `/api/akun?q=${t.nip}` }), periksa: kosong },
  'POST /api/akun': {
    minta: async () => ({ method: 'POST', url: '/api/akun', payload: { namaPengguna: 'penyusup', sandi: 'sandi-panjang-1', peran: [{ peran: 'admin_opd', unitKode: 'BKD' }] } }),
    periksa: async (r) => {
      expect([403, 404, 422]).toContain(r.statusCode);
      expect(await db.maybeOne(sql`select 1 from akun where nama_pengguna = 'penyusup'`)).toBeUndefined();
    },
  },
  'POST /api/akun/{id}/reset-sandi': { minta: async () => ({ method: 'POST', url: `/api/akun/${await akunLain()}/reset-sandi` }), periksa: akunLainUtuh },
  'POST /api/akun/{id}/nonaktifkan': { minta: async () => ({ method: 'POST', url: `/api/akun/${await akunLain()}/nonaktifkan`, payload: {} }), periksa: akunLainUtuh },
  'POST /api/akun/{id}/aktifkan': { minta: async () => ({ method: 'POST', url: `/api/akun/${await akunLain()}/aktifkan` }), periksa: akunLainUtuh },
  'PUT /api/akun/{id}/peran': { minta: async () => ({ method: 'PUT', url: `/api/akun/${await akunLain()}/peran`, payload: { peran: [{ peran: 'admin_bkd' }] } }),
    periksa: akunLainUtuh },
  'POST /api/akun/{id}/buka-tahanan': { minta: async () => ({ method: 'POST', url: `/api/akun/${await akunLain()}/buka-tahanan` }), periksa: akunLainUtuh },
  'GET /api/publik/survei/{token}': 'tanpa-sasaran',
  'POST /api/publik/survei/{token}': 'tanpa-sasaran',
  'GET /api/survei/layanan': { minta: async (t) => {
    await layananSurvei(t.unitId);
    return { method: 'GET', url: '/api/survei/layanan' };
  }, periksa: layananTerjangkau },
  'POST /api/survei/layanan': {
    minta: async (t) => ({ method: 'POST', url: '/api/survei/layanan', payload: { kode: 'PENYUSUP-SURVEI', nama: 'Layanan titipan', unitId: t.unitId } }),
    periksa: async (r) => {
      expect([403, 404, 422]).toContain(r.statusCode);
      expect(await db.maybeOne(sql`select 1 from layanan_survei where kode = 'PENYUSUP-SURVEI'`)).toBeUndefined();
    },
  },
  'PATCH /api/survei/layanan/{id}': {
    minta: async (t) => ({ method: 'PATCH', url: `/api/survei/layanan/${await layananSurvei(t.unitId)}`, payload: { nama: 'Layanan dibobol', versi: 1 } }),
    periksa: async (r) => {
      expect([403, 404]).toContain(r.statusCode);
      expect(await db.maybeOne(sql`select 1 from layanan_survei where nama = 'Layanan dibobol'`)).toBeUndefined();
    },
  },
  'GET /api/survei/ikm': { minta: async (t) => {
    await layananSurvei(t.unitId);
    return { method: 'GET', url: '/api/survei/ikm' };
  }, periksa: layananTerjangkau },
  'GET /api/survei/{id}/hasil': { minta: async (t) => ({ method: 'GET', url: `/api/survei/${await layananSurvei(t.unitId)}/hasil` }), periksa: tolak([404]) },
  'GET /api/survei/{id}/hasil.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/survei/${await layananSurvei(t.unitId)}/hasil.xlsx` }), periksa: tolak([404]) },
  'GET /api/kenaikan-pangkat': { minta: async (t) => ({ method: 'GET', url: `/api/kenaikan-pangkat?periode=2026-04-01&unitId=${t.unitId}` }), periksa: async (r) => {
    tanpaNip(target.nip)(r);
    tanpaNip(targetOpdLain.nip)(r);
  } },
  'GET /api/pensiun/ekspor.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/pensiun/ekspor.xlsx?unitId=${t.unitId}&bulan=60` }), periksa: async (r) => {
    expect(await barisXlsx(r)).toBe(4);
  } },
  'GET /api/layanan/usulan/ekspor.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/layanan/usulan/ekspor.xlsx?q=${t.nip}` }), periksa: async (r) => {
    expect(await barisXlsx(r)).toBe(4);
  } },
  'GET /api/kenaikan-pangkat/ekspor.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/kenaikan-pangkat/ekspor.xlsx?periode=2026-04-01&unitId=${t.unitId}` }),
    periksa: async (r) => {
      expect(await barisXlsx(r)).toBe(4);
    } },
  'POST /api/kenaikan-pangkat/usulan': {
    minta: async (t) => ({ method: 'POST', url: '/api/kenaikan-pangkat/usulan', payload: { periode: '2026-04-01', pegawai: [{ nip: t.nip }] } }),
    periksa: async (r, nama) => {
      tolak()(r, nama);
      expect(await db.maybeOne(sql`select 1 from usulan_layanan u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
        where u.jenis = 'kenaikan_pangkat' and u.data->>'periode' = '2026-04-01'`)).toBeUndefined();
    },
  },
  'GET /api/kenaikan-pangkat/usulan/{id}/sk/{format}': {
    minta: async (t) => ({ method: 'GET', url: `/api/kenaikan-pangkat/usulan/${await usulanLayananSasaran(t, 'kenaikan_pangkat')}/sk/pdf` }),
    periksa: tolak([404]),
  },
  'POST /api/layanan/tmt/jalankan': { minta: async (t) => {
    await usulanLayananSasaran(t, 'pensiun');
    return { method: 'POST', url: '/api/layanan/tmt/jalankan', payload: {} };
  }, periksa: async (r) => {
    expect(r.statusCode).toBe(200);
    expect(await db.one(sql`select u.status, p.kedudukan from usulan_layanan u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
        where u.instansi_id = 2 and u.jenis = 'pensiun'`)).toEqual({ status: 'diproses', kedudukan: 'aktif' });
  } },
  'GET /api/pensiun': { minta: async (t) => {
    await usulanLayananSasaran(t, 'pensiun');
    return { method: 'GET', url: `/api/pensiun?unitId=${t.unitId}&bulan=60` };
  }, periksa: async (r) => {
    tanpaNip(target.nip)(r);
    tanpaNip(targetOpdLain.nip)(r);
  } },
  'POST /api/pensiun/usulan/{id}/periksa-keluarga': {
    minta: async (t) => ({ method: 'POST', url: `/api/pensiun/usulan/${await usulanLayananSasaran(t, 'pensiun')}/periksa-keluarga`, payload: {} }),
    periksa: async (r, nama) => {
      tolak([404])(r, nama);
      expect(await db.many(sql`select 1 from usulan_layanan where jenis = 'pensiun' and data->'pemeriksaanKeluarga'->>'diperiksaPada' <> ${DIPERIKSA_SASARAN}`)).toEqual([]);
    },
  },
  'GET /api/pegawai/{nip}/kependudukan': { minta: async (t) => ({ method: 'GET', url: `/api/pegawai/${t.nip}/kependudukan` }), periksa: tolak([404]) },
  'GET /api/layanan/usulan': { minta: async (t) => {
    await kgbLayananSasaran(t);
    return { method: 'GET', url: `/api/layanan/usulan?jenis=kgb&q=${t.nip}` };
  }, periksa: async (r) => {
    tanpaNip(target.nip)(r);
    tanpaNip(targetOpdLain.nip)(r);
  } },
  'POST /api/layanan/usulan': { minta: async (t) => ({ method: 'POST', url: '/api/layanan/usulan', payload: { jenis: 'kgb', nip: t.nip, data: { bulan: '2026-01' } } }),
    periksa: async (r) => {
      tolak()(r, '');
      expect(await db.maybeOne(sql`select 1 from usulan_layanan where jenis = 'kgb' and data->>'bulan' = '2026-01'`)).toBeUndefined();
    } },
  'GET /api/layanan/usulan/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/layanan/usulan/${(await kgbLayananSasaran(t)).usulanId}` }), periksa: tolak([404]) },
  'POST /api/layanan/usulan/{id}/proses': {
    minta: async (t) => ({ method: 'POST', url: `/api/layanan/usulan/${(await kgbLayananSasaran(t)).usulanId}/proses`, payload: { aksi: 'setujui', versi: 1 } }),
    periksa: async (r) => {
      tolak([404])(r, '');
      await kgbSasaranUtuh(target);
      await kgbSasaranUtuh(targetOpdLain);
    },
  },
  'POST /api/layanan/usulan/{id}/dokumen/{kode}': {
    minta: async (t) => ({ method: 'POST', url: `/api/layanan/usulan/${(await kgbLayananSasaran(t)).usulanId}/dokumen/skp`, ...multipart('skp.pdf', PDF, 'application/pdf') }),
    periksa: async (r) => {
      tolak([404])(r, '');
      await kgbSasaranUtuh(target);
      await kgbSasaranUtuh(targetOpdLain);
    },
  },
  'GET /api/layanan/saya': { minta: async (t) => {
    await kgbLayananSasaran(t);
    return { method: 'GET', url: `/api/layanan/saya?nip=${t.nip}` };
  }, periksa: tolak([404]) },
  'GET /api/layanan/kgb': { minta: async (t) => ({ method: 'GET', url: `/api/layanan/kgb?bulan=2098-03&unitId=${t.unitId}` }), periksa: async (r) => {
    tanpaNip(target.nip)(r);
    tanpaNip(targetOpdLain.nip)(r);
  } },
  'GET /api/layanan/kgb/ekspor.xlsx': { minta: async (t) => {
    await kgbLayananSasaran(t);
    return { method: 'GET', url: `/api/layanan/kgb/ekspor.xlsx?bulan=2098-03&unitId=${t.unitId}` };
  }, periksa: async (r) => {
    expect(await barisXlsx(r)).toBe(4);
    expect(r.rawPayload.includes('KGB/RAHASIA/2098')).toBe(false);
  } },
  'POST /api/layanan/kgb/konfirmasi': { minta: async (t) => ({ method: 'POST', url: '/api/layanan/kgb/konfirmasi', payload: { bulan: '2099-03', nip: [t.nip] } }),
    periksa: async (r) => {
      expect([404, 422]).toContain(r.statusCode);
      await kgbSasaranUtuh(target);
    } },
  'GET /api/pegawai/{nip}/riwayat-gaji': { minta: async (t) => {
    await kgbLayananSasaran(t);
    return { method: 'GET', url: `/api/pegawai/${t.nip}/riwayat-gaji` };
  }, periksa: tolak([404]) },
  'GET /api/layanan/kgb/surat/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/layanan/kgb/surat/${(await kgbLayananSasaran(t)).riwayatGajiId}` }),
    periksa: tolak([404]) },
  'GET /api/notifikasi': { minta: async (t) => {
    await kgbLayananSasaran(t);
    return { method: 'GET', url: '/api/notifikasi' };
  }, periksa: (r) => {
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toContain('rahasia');
  } },
  'POST /api/notifikasi/baca': { minta: async (t) => ({ method: 'POST', url: '/api/notifikasi/baca', payload: { id: [(await kgbLayananSasaran(t)).notifId] } }),
    periksa: async (r) => {
      expect(r.statusCode).toBe(200);
      expect(r.json().ditandai).toBe(0);
      expect(await db.many(sql`select 1 from notifikasi where judul = 'Notifikasi rahasia' and dibaca_pada is not null`)).toEqual([]);
    } },
  // Leave requests (modules/cuti): own requests only; the atasan's and BKD's decisions within reach.
  'GET /api/cuti/saya': { minta: async (t) => {
    await cutiSasaran(t);
    return { method: 'GET', url: '/api/cuti/saya' };
  }, periksa: async (r) => {
    expect([200, 404]).toContain(r.statusCode);
    await cutiTanpaSasaran(r);
  } },
  'GET /api/cuti/pratinjau': { minta: async () => ({ method: 'GET', url: '/api/cuti/pratinjau?jenis=cuti_tahunan&dari=2099-01-05&sampai=2099-01-09' }),
    periksa: (r) => expect(r.statusCode).toBe(200) },
  'POST /api/cuti': { minta: async (t) => {
    await cutiSasaran(t);
    return { method: 'POST', url: '/api/cuti', payload: { jenis: 'izin', dari: '2099-01-05', sampai: '2099-01-05', alasan: 'Uji jalan otorisasi' } };
  }, periksa: async (r) => {
    expect([200, 409]).toContain(r.statusCode);
    await cutiTanpaSasaran(r);
  } },
  'GET /api/cuti/pengganti': { minta: async (t) => {
    await penggantiSasaran(t);
    return { method: 'GET', url: '/api/cuti/pengganti' };
  }, periksa: async (r, nama) => {
    // Another instansi's arrangement never shows (another OPD's shows to BKD, who manages the whole instansi).
    tanpaNip(target.nip)(r);
    await penggantiUtuh(r, nama);
  } },
  'POST /api/cuti/pengganti': { minta: async (t) => {
    const unit = await db.one<{ unit_id: number }>(sql`select unit_id from pegawai where nip = ${t.nip}`);
    return { method: 'POST', url: '/api/cuti/pengganti',
      payload: { jenis: 'plt', unitId: unit.unit_id, nipPengganti: t.nip, dari: '2099-01-01', sampai: '2099-01-31', alasan: 'Uji jalan otorisasi' } };
  }, periksa: async (r) => {
    expect([403, 422]).toContain(r.statusCode);
    expect(await db.many(sql`select id from pengganti_atasan where alasan = 'Uji jalan otorisasi'`)).toEqual([]);
  } },
  'POST /api/cuti/pengganti/{id}/cabut': { minta: async (t) => ({ method: 'POST', url: `/api/cuti/pengganti/${await penggantiSasaran(t)}/cabut` }), periksa: async (r, nama) => {
    tolak([404])(r, nama);
    await penggantiUtuh(r, nama);
  } },
  'GET /api/cuti/persetujuan': { minta: async (t) => {
    await cutiSasaran(t);
    return { method: 'GET', url: '/api/cuti/persetujuan' };
  }, periksa: async (r) => tanpaNipAtauTolak(r) },
  'GET /api/cuti/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/cuti/${(await cutiSasaran(t)).usulanId}` }), periksa: tolak([404]) },
  'POST /api/cuti/{id}/proses': { minta: async (t) => ({ method: 'POST', url: `/api/cuti/${(await cutiSasaran(t)).usulanId}/proses`, payload: { aksi: 'setujui', versi: 1 } }),
    periksa: async (r, nama) => {
      tolak([404])(r, nama);
      await cutiTanpaSasaran(r);
    } },
  'POST /api/cuti/{id}/pembatalan': {
    minta: async (t) => ({ method: 'POST', url: `/api/cuti/${(await cutiSasaran(t)).usulanId}/pembatalan`, payload: { mulai: '2099-01-05', alasan: 'Uji jalan otorisasi' } }),
    periksa: async (r, nama) => {
      tolak([404])(r, nama);
      await cutiTanpaSasaran(r);
    },
  },
  'POST /api/cuti/{id}/pembatalan/proses': {
    minta: async (t) => ({ method: 'POST', url: `/api/cuti/${(await cutiSasaran(t)).usulanId}/pembatalan/proses`, payload: { aksi: 'setujui', versi: 1 } }),
    periksa: async (r, nama) => {
      tolak([404])(r, nama);
      await cutiTanpaSasaran(r);
    },
  },
  'POST /api/cuti/{id}/dokumen/{kode}': {
    minta: async (t) => ({ method: 'POST', url: `/api/cuti/${(await cutiSasaran(t)).usulanId}/dokumen/surat_sakit`, ...multipart('surat.pdf', PDF, 'application/pdf') }),
    periksa: async (r, nama) => {
      tolak([404])(r, nama);
      await cutiTanpaSasaran(r);
    },
  },
  'GET /api/cuti/{id}/dokumen/{kode}': { minta: async (t) => ({ method: 'GET', url: `/api/cuti/${(await cutiSasaran(t)).usulanId}/dokumen/surat_sakit` }), periksa: tolak([404]) },
  // Aktivitas harian (modules/aktivitas).
  'GET /api/aktivitas/saya': { minta: async (t) => {
    await cutiSasaran(t);
    return { method: 'GET', url: '/api/aktivitas/saya' };
  }, periksa: async (r) => {
    expect([200, 404]).toContain(r.statusCode);
    await cutiTanpaSasaran(r);
  } },
  'POST /api/aktivitas': {
    minta: async () => ({ method: 'POST', url: '/api/aktivitas',
      payload: { tanggal: '2099-01-05', uraian: 'Uji', kuantitas: 1, satuan: 'x', jamMulai: '08:00', jamSelesai: '09:00' } }),
    periksa: async (r) => {
      expect(r.statusCode).toBe(422);
      await cutiTanpaSasaran(r);
    },
  },
  'PUT /api/aktivitas/{id}': {
    minta: async (t) => ({ method: 'PUT', url: `/api/aktivitas/${(await cutiSasaran(t)).aktivitasId}`,
      payload: { tanggal: '2099-01-05', uraian: 'Diubah orang lain', kuantitas: 1, satuan: 'x', jamMulai: '08:00', jamSelesai: '09:00' } }),
    periksa: async (r) => {
      expect([404, 422], `${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
      await cutiTanpaSasaran(r);
    },
  },
  'DELETE /api/aktivitas/{id}': { minta: async (t) => ({ method: 'DELETE', url: `/api/aktivitas/${(await cutiSasaran(t)).aktivitasId}` }), periksa: async (r, nama) => {
    tolak([404])(r, nama);
    await cutiTanpaSasaran(r);
  } },
  'POST /api/aktivitas/{id}/bukti': {
    minta: async (t) => ({ method: 'POST', url: `/api/aktivitas/${(await cutiSasaran(t)).aktivitasId}/bukti`, ...multipart('foto.pdf', PDF, 'application/pdf') }),
    periksa: async (r, nama) => {
      tolak([404])(r, nama);
      await cutiTanpaSasaran(r);
    },
  },
  'GET /api/aktivitas/{id}/bukti': { minta: async (t) => ({ method: 'GET', url: `/api/aktivitas/${(await cutiSasaran(t)).aktivitasId}/bukti` }), periksa: tolak([404]) },
  'POST /api/aktivitas/ajukan': { minta: async (t) => ({ method: 'POST', url: '/api/aktivitas/ajukan', payload: { ids: [(await cutiSasaran(t)).aktivitasId] } }),
    periksa: async (r, nama) => {
      tolak([422])(r, nama);
      await cutiTanpaSasaran(r);
    } },
  'GET /api/aktivitas/antrian': { minta: async (t) => {
    await cutiSasaran(t);
    return { method: 'GET', url: '/api/aktivitas/antrian' };
  }, periksa: async (r) => tanpaNipAtauTolak(r) },
  'POST /api/aktivitas/putuskan': {
    minta: async (t) => ({ method: 'POST', url: '/api/aktivitas/putuskan', payload: { ids: [(await cutiSasaran(t)).aktivitasId], keputusan: 'setujui' } }),
    periksa: async (r) => {
      // An ASN passes the route (a plt acts with it) and is refused by the action unless acting today.
      expect([200, 403]).toContain(r.statusCode);
      if (r.statusCode === 200) expect(r.json().diputuskan).toBe(0);
      await cutiTanpaSasaran(r);
    },
  },
  'GET /api/aktivitas/belum-isi': { minta: async (t) => ({ method: 'GET', url: `/api/aktivitas/belum-isi?tanggal=2026-11-16&q=${t.nip}` }), periksa: kosong },
  'GET /api/aktivitas/belum-isi/ekspor.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/aktivitas/belum-isi/ekspor.xlsx?tanggal=2026-11-16&q=${t.nip}` }),
    periksa: async (r) => {
      expect(await barisXlsx(r)).toBe(4);
    } },
  ...KASUS_PRESENSI,
  ...KASUS_KINERJA,
};

/**
 * Kalender data of a target: a calendar version of the target's unit in force and one not yet in
 * force, a shift roster day of the target employee, and (instansi 2) a holiday list; every text
 * says whose it is, so an answer carrying it shows a leak. Made on first use.
 */
const kalenderSasaran = new Map<number, Promise<{ pegawaiId: number, versiNanti: number }>>();
function kalenderLain(t: typeof target) {
  if (!kalenderSasaran.has(t.unitId)) {
    kalenderSasaran.set(t.unitId, (async () => {
      const u = await db.one<{ instansi_id: number }>(sql`select instansi_id from unit_organisasi where id = ${t.unitId}`);
      const rahasia = u.instansi_id === 2 ? 'rahasia kota lain' : 'rahasia yankes';
      await db.run(sql`insert into kalender_unit (instansi_id, unit_id, berlaku_mulai, aturan_id, pola, keterangan)
        values (${u.instansi_id}, ${t.unitId}, '2026-01-01', 'perbup-sukamaju-2026', 'shift-rsud', ${`kalender ${rahasia}`})`);
      const nanti = await db.one<{ id: number }>(sql`insert into kalender_unit (instansi_id, unit_id, berlaku_mulai, aturan_id, pola, keterangan)
        values (${u.instansi_id}, ${t.unitId}, '2099-06-01', 'perbup-sukamaju-2026', 'lima-hari', ${`nanti ${rahasia}`}) returning id`);
      const p = await db.one<{ id: number }>(sql`select id from pegawai where nip = ${t.nip}`);
      await db.run(sql`insert into jadwal_shift (instansi_id, pegawai_id, tanggal, kode_shift) values (${u.instansi_id}, ${p.id}, '2026-01-05', 'M')`);
      if (u.instansi_id === 2) {
        const d = await db.one<{ id: number }>(sql`insert into daftar_libur (instansi_id, tahun, versi, sumber, keterangan) values (2, 2026, 1, 'impor', 'daftar rahasia kota lain')
          returning id`);
        await db.run(sql`insert into hari_libur (instansi_id, daftar_id, tanggal, nama, jenis) values (2, ${d.id}, '2026-04-20', 'Libur rahasia kota lain', 'libur_daerah')`);
      }
      return { pegawaiId: p.id, versiNanti: nanti.id };
    })());
  }
  return kalenderSasaran.get(t.unitId)!;
}
/** What the kalender routes may never change: the targets' calendars, rosters and instansi 2's holiday list. */
async function kalenderLainUtuh() {
  expect(await db.many(sql`select unit_id, berlaku_mulai, pola from kalender_unit where instansi_id = 2 or keterangan like '%rahasia%' order by unit_id, berlaku_mulai`))
    .toHaveLength(2 * kalenderSasaran.size);
  expect(await db.many(sql`select 1 from kalender_unit where berlaku_mulai = '2099-01-01'`)).toEqual([]);
  expect(await db.many(sql`select kode_shift from jadwal_shift`)).toEqual(Array.from({ length: kalenderSasaran.size }, () => ({ kode_shift: 'M' })));
  expect(await db.many(sql`select versi from daftar_libur where instansi_id = 2`)).toEqual([{ versi: 1 }]);
}
const kalenderTertutup = (kode = DITOLAK): Kasus['periksa'] => async (r, nama) => {
  expect(kode, `${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
  expect(r.body).not.toContain('rahasia kota lain');
  if ([NIP.a1, NIP.a2, 'admin.bkpsdm'].includes(nama)) expect(r.body).not.toContain('rahasia yankes');
  await kalenderLainUtuh();
};
const KASUS_KALENDER: Record<string, Kasus> = { 'GET /api/kalender': { minta: async (t) => {
  await kalenderLain(t);
  return { method: 'GET', url: '/api/kalender' };
}, periksa: kalenderTertutup([200]) }, 'POST /api/kalender/versi': { minta: async (t) => {
  await kalenderLain(t);
  return { method: 'POST', url: '/api/kalender/versi', payload: { unitId: t.unitId, berlakuMulai: '2099-01-01', aturanId: 'perbup-sukamaju-2026', pola: 'enam-hari' } };
}, periksa: kalenderTertutup([404, 422]) },
  'POST /api/kalender/versi/{id}/hapus': { minta: async (t) => ({ method: 'POST', url: `/api/kalender/versi/${(await kalenderLain(t)).versiNanti}/hapus` }),
    periksa: kalenderTertutup([404]) }, 'GET /api/kalender/jadwal': { minta: async (t) => {
      await kalenderLain(t);
      return { method: 'GET', url: `/api/kalender/jadwal?unitId=${t.unitId}&bulan=2026-01` };
    }, periksa: kalenderTertutup([404, 422]) },
  'GET /api/kalender/pegawai/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/kalender/pegawai/${(await kalenderLain(t)).pegawaiId}?bulan=2026-01` }),
    periksa: kalenderTertutup([404]) },
  'PUT /api/kalender/pegawai/{id}/shift': {
    minta: async (t) => ({ method: 'PUT', url: `/api/kalender/pegawai/${(await kalenderLain(t)).pegawaiId}/shift`,
      payload: { jadwal: [{ tanggal: '2026-01-05', kodeShift: 'P' }] } }),
    periksa: kalenderTertutup([404]),
  },
  'PUT /api/kalender/roster': {
    minta: async (t) => ({ method: 'PUT', url: '/api/kalender/roster',
      payload: { unitId: t.unitId, bulan: '2026-01', perubahan: [{ pegawaiId: (await kalenderLain(t)).pegawaiId, tanggal: '2026-01-06', kodeShift: 'P' }] } }),
    periksa: kalenderTertutup([422]),
  }, 'GET /api/rekap-presensi/jadwal-shift': { minta: async (t) => {
    await kalenderLain(t);
    return { method: 'GET', url: `/api/rekap-presensi/jadwal-shift?unitId=${t.unitId}&bulan=2026-01` };
  }, periksa: kalenderTertutup([422]) }, 'POST /api/kalender/hitung-ulang': { minta: async (t) => {
    await kalenderLain(t);
    return { method: 'POST', url: '/api/kalender/hitung-ulang', payload: { aturanId: 'perpres-21-2023', bulan: '2026-01', unitId: t.unitId } };
  }, periksa: kalenderTertutup([404, 422]) }, 'GET /api/kalender/libur': { minta: async (t) => {
    await kalenderLain(t);
    return { method: 'GET', url: '/api/kalender/libur?tahun=2026' };
  }, periksa: kalenderTertutup([200]) }, 'POST /api/kalender/libur/ubah': { minta: async (t) => {
    await kalenderLain(t);
    return { method: 'POST', url: '/api/kalender/libur/ubah', payload: { tahun: 2026, hapus: '2026-04-20', alasan: 'menghapus libur instansi lain' } };
  }, periksa: kalenderTertutup([422]) }, 'POST /api/kalender/libur/impor': { minta: async (t) => {
    await kalenderLain(t);
    return { method: 'POST', url: '/api/kalender/libur/impor',
      ...multipart('libur.xlsx', await xlsx({ Libur: [['tanggal', 'nama', 'jenis'], ['2027-01-01', 'Tahun Baru 2027', 'libur_nasional']] }),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', { tahun: '2027' }) };
  }, periksa: async (r, nama) => {
    // The import writes the caller's own instansi only.
    await kalenderTertutup([200])(r, nama);
    expect(await db.many(sql`select instansi_id, tahun from daftar_libur where tahun = 2027`)).toEqual([{ instansi_id: 1, tahun: 2027 }]);
    await db.run(sql`delete from hari_libur where daftar_id in (select id from daftar_libur where tahun = 2027)`);
    await db.run(sql`delete from daftar_libur where tahun = 2027`);
  } }, 'GET /api/kalender/libur/templat.xlsx': { minta: async (t) => {
    await kalenderLain(t);
    return { method: 'GET', url: '/api/kalender/libur/templat.xlsx?tahun=2026' };
  }, periksa: async (r) => {
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    expect(JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()))).not.toContain('rahasia');
    await kalenderLainUtuh();
  } } };
Object.assign(KASUS, KASUS_KALENDER);

/**
 * Rekap data of a target: a stored day, its month's sum and a waiting discipline proposal, put
 * straight in the tables (the texts say whose); what the rekap routes aim at. Made on first use.
 */
const rekapSasaranPeta = new Map<string, Promise<{ usulanId: number }>>();
function rekapSasaran(t: typeof target) {
  if (!rekapSasaranPeta.has(t.nip)) {
    rekapSasaranPeta.set(t.nip, (async () => {
      const p = await db.one<{ instansi_id: number, id: number }>(sql`select instansi_id, id from pegawai where nip = ${t.nip}`);
      await db.run(sql`insert into hari_presensi (instansi_id, pegawai_id, tanggal, hari_kerja, status, keterangan, versi_aturan, dihitung_pada)
        values (${p.instansi_id}, ${p.id}, '2026-04-07', true, 'alpa', 'hari rahasia', 'perbup-sukamaju-2026', now())`);
      await db.run(sql`insert into rekap_presensi_bulan (instansi_id, pegawai_id, bulan, hari_kerja, hadir, dinas_luar, cuti, tugas_belajar, diklat, sakit, izin, alpa,
          tl1, tl2, tl3, tl4, psw1, psw2, psw3, psw4, terlambat_menit, pulang_cepat_menit, potongan_persen, menunggu_tinjau, versi_aturan)
        values (${p.instansi_id}, ${p.id}, '2026-04-01', 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 'perbup-sukamaju-2026')`);
      const u = await db.one<{ id: number }>(sql`insert into usulan_hukdis_presensi (instansi_id, pegawai_id, tahun, usulan, alpa_setahun, alpa_berturut_maks, dibuat_pada)
        values (${p.instansi_id}, ${p.id}, 2026, 'teguran_lisan', 3, 3, now()) returning id`);
      return { usulanId: Number(u.id) };
    })());
  }
  return rekapSasaranPeta.get(t.nip)!;
}
/** What the rekap routes may never change: the targets' days, sums and proposals. */
async function rekapSasaranUtuh() {
  expect(await db.many(sql`select status, keterangan from hari_presensi where keterangan = 'hari rahasia'`)).toHaveLength(rekapSasaranPeta.size);
  expect(await db.many(sql`select status, versi from usulan_hukdis_presensi where riwayat_id is null`)).toEqual(
    Array.from({ length: rekapSasaranPeta.size }, () => ({ status: 'menunggu', versi: 1 })),
  );
  expect(await db.many(sql`select 1 from riwayat_hukdis where nomor_sk = 'SK dibobol'`)).toEqual([]);
}
const rekapTertutup = (kode: number[]): Kasus['periksa'] => async (r) => {
  expect(kode, `${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
  expect(r.body).not.toContain('rahasia');
  expect(r.body).not.toContain(NIP_LAIN);
  await rekapSasaranUtuh();
};
const KASUS_REKAP: Record<string, Kasus> = { 'GET /api/rekap-presensi/saya': { minta: async (t) => {
  await rekapSasaran(t);
  return { method: 'GET', url: `/api/rekap-presensi/saya?bulan=2026-04&nip=${t.nip}` };
}, periksa: rekapTertutup([404]) }, 'GET /api/rekap-presensi/bulan': { minta: async (t) => {
  await rekapSasaran(t);
  return { method: 'GET', url: `/api/rekap-presensi/bulan?bulan=2026-04&q=${t.nip}` };
}, periksa: async (r, nama) => {
  await rekapTertutup([200])(r, nama);
  expect(r.json().total).toBe(0);
} }, 'GET /api/rekap-presensi/bulan/ekspor.xlsx': { minta: async (t) => {
  await rekapSasaran(t);
  return { method: 'GET', url: `/api/rekap-presensi/bulan/ekspor.xlsx?bulan=2026-04&q=${t.nip}` };
}, periksa: async (r) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
  expect(r.statusCode).toBe(200);
  expect(JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()))).not.toContain(target.nip);
  expect(JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()))).not.toContain(targetOpdLain.nip);
} }, 'GET /api/rekap-presensi/bulan/cetak.pdf': { minta: async (t) => {
  await rekapSasaran(t);
  return { method: 'GET', url: `/api/rekap-presensi/bulan/cetak.pdf?bulan=2026-04&unitId=${t.unitId}` };
}, periksa: async (r) => {
  expect(r.statusCode).toBe(200);
  const { bacaPdf } = await import('@simasn/platform/dokumen/baca');
  const teks = (await bacaPdf(r.rawPayload)).halaman.join(' ');
  expect(teks).not.toContain(target.nip);
  expect(teks).toContain('Jumlah pegawai: 0');
  expect(teks).not.toContain(targetOpdLain.nip);
} }, 'POST /api/rekap-presensi/hitung-ulang': { minta: async (t) => {
  await rekapSasaran(t);
  return { method: 'POST', url: '/api/rekap-presensi/hitung-ulang', payload: { bulan: '2026-04', unitId: t.unitId } };
}, periksa: rekapTertutup([200, 422]) }, 'GET /api/rekap-presensi/disiplin': { minta: async (t) => {
  await rekapSasaran(t);
  return { method: 'GET', url: '/api/rekap-presensi/disiplin?tahun=2026&status=semua' };
}, periksa: rekapTertutup([200]) },
  'POST /api/rekap-presensi/disiplin/{id}/putuskan': {
    minta: async (t) => ({ method: 'POST', url: `/api/rekap-presensi/disiplin/${(await rekapSasaran(t)).usulanId}/putuskan`,
      payload: { keputusan: 'tetapkan', jenis: 'teguran_lisan', nomorSk: 'SK dibobol', tanggalSk: '2026-04-20', tmt: '2026-04-20', versi: 1 } }),
    periksa: rekapTertutup([404]),
  } };
Object.assign(KASUS, KASUS_REKAP);

/**
 * TPP data of a target: a month (March 2026, draf) of the target's instansi with their row, named
 * so that a leak shows ("rahasia TPP"); what the TPP routes aim at. Made on first use.
 */
const tppSasaranPeta = new Map<string, Promise<{ pegawaiId: number, pd: number, instansiId: number }>>();
function tppSasaran(t: typeof target) {
  if (!tppSasaranPeta.has(t.nip)) {
    tppSasaranPeta.set(t.nip, (async () => {
      const p = await db.one<{ instansi_id: number, id: number, perangkat_daerah_id: number, jalur_unit: string }>(
        sql`select instansi_id, id, perangkat_daerah_id, jalur_unit from pegawai where nip = ${t.nip}`,
      );
      await db.run(sql`insert into tpp_bulan (instansi_id, bulan, aturan, status, dihitung_pada) values (${p.instansi_id}, '2026-03-01', 'perbup-sukamaju-2026', 'draf', now())
        on conflict do nothing`);
      await db.run(sql`insert into tpp_pegawai (instansi_id, bulan, pegawai_id, perangkat_daerah_id, jalur_unit, nip, nama, status_pegawai, sumber_capaian, masalah)
        values (${p.instansi_id}, '2026-03-01', ${p.id}, ${p.perangkat_daerah_id}, ${p.jalur_unit}, ${t.nip}, 'Pegawai rahasia TPP', 'pns', 'aktivitas_disetujui', 'data rahasia')`);
      await db.run(sql`insert into tpp_gaji_bulan (instansi_id, bulan, pegawai_id, nip, nama, gaji_pokok, jumlah_kotor, nama_berkas, diimpor_pada)
        values (${p.instansi_id}, '2026-03-01', ${p.id}, ${t.nip}, 'Gaji rahasia TPP', ${1_000_000 + Number(p.instansi_id)}, ${1_000_000 + Number(p.instansi_id)},
                'gaji-sasaran.xlsx', now())`);
      return { pegawaiId: Number(p.id), pd: Number(p.perangkat_daerah_id), instansiId: Number(p.instansi_id) };
    })());
  }
  return tppSasaranPeta.get(t.nip)!;
}
/** What the TPP routes may never change: the targets' rows, months, kelas jabatan and bank accounts. */
async function tppSasaranUtuh() {
  expect(await db.many(sql`select nama from tpp_pegawai where nama = 'Pegawai rahasia TPP'`)).toHaveLength(tppSasaranPeta.size);
  expect(await db.many(sql`select status from tpp_bulan where instansi_id = 2`)).toEqual(tppSasaranPeta.has(NIP_LAIN) ? [{ status: 'draf' }] : []);
  expect(await db.many(sql`select kelas_jabatan from jabatan where instansi_id = 2 and kelas_jabatan is not null`)).toEqual([]);
  expect(await db.many(sql`select 1 from pegawai where nomor_rekening is not null and nip in (${NIP_LAIN}, ${NIP.b1})`)).toEqual([]);
  expect(await db.many(sql`select 1 from tpp_penyesuaian`)).toEqual([]);
  // The daftar gaji: only the targets' rows (Rp 1.000.000 + their instansi), unchanged (no import went through).
  expect(await db.many(sql`select nama, (jumlah_kotor - instansi_id)::int as j from tpp_gaji_bulan`)).toEqual(
    Array.from({ length: tppSasaranPeta.size }, () => ({ nama: 'Gaji rahasia TPP', j: 1_000_000 })),
  );
}
const tppTertutup = (kode: number[]): Kasus['periksa'] => async (r) => {
  expect(kode, `${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
  let teks = r.body;
  if (String(r.headers['content-type'] ?? '').includes('spreadsheetml') && r.statusCode === 200) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    teks = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
  }
  expect(teks).not.toContain('rahasia');
  await tppSasaranUtuh();
};
/** The NIPs out of a role's reach: the other instansi's, and for a unit-scoped account the other OPD's. */
const nipLuar = (nama: string) => new RegExp([NIP_LAIN, ...([AKUN.asn, AKUN.atasan, AKUN.admin_opd] as string[]).includes(nama) ? [NIP.b1] : []].join('|'));
const KASUS_TPP: Record<string, Kasus> = { 'GET /api/tpp/bulan': { minta: async (t) => {
  await tppSasaran(t);
  return { method: 'GET', url: '/api/tpp/bulan?bulan=2026-03' };
}, periksa: tppTertutup([200]) }, 'GET /api/tpp/baris': { minta: async (t) => {
  await tppSasaran(t);
  return { method: 'GET', url: `/api/tpp/baris?bulan=2026-03&q=${t.nip}` };
}, periksa: tppTertutup([200, 404]) },
  'GET /api/tpp/rincian': { minta: async (t) => ({ method: 'GET', url: `/api/tpp/rincian?bulan=2026-03&pegawaiId=${(await tppSasaran(t)).pegawaiId}` }),
    periksa: tppTertutup([404]) }, 'POST /api/tpp/hitung': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'POST', url: '/api/tpp/hitung', payload: { bulan: '2026-02' } };
    }, periksa: tppTertutup([200]) },
  'POST /api/tpp/tinjau': {
    minta: async (t) => ({ method: 'POST', url: '/api/tpp/tinjau', payload: { bulan: '2026-03', perangkatDaerahId: (await tppSasaran(t)).pd, ditinjau: true } }),
    periksa: tppTertutup([403, 404]),
  }, 'POST /api/tpp/kunci': { minta: async (t) => {
    await tppSasaran(t);
    return { method: 'POST', url: '/api/tpp/kunci', payload: { bulan: '2026-03' } };
  }, periksa: tppTertutup([404, 409]) },
  'POST /api/tpp/penyesuaian': {
    minta: async (t) => ({ method: 'POST', url: '/api/tpp/penyesuaian',
      payload: { bulanDikoreksi: '2026-03', bulanDibayar: '2026-04', pegawaiId: (await tppSasaran(t)).pegawaiId, alasan: 'koreksi dibobol' } }),
    periksa: tppTertutup([404, 409]),
  },
  'GET /api/tpp/nominatif.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/tpp/nominatif.xlsx?bulan=2026-03&perangkatDaerahId=${(await tppSasaran(t)).pd}` }),
    periksa: tppTertutup([200, 404]) },
  'GET /api/tpp/nominatif.pdf': { minta: async (t) => ({ method: 'GET', url: `/api/tpp/nominatif.pdf?bulan=2026-03&perangkatDaerahId=${(await tppSasaran(t)).pd}` }),
    periksa: tppTertutup([200, 404]) },
  'GET /api/tpp/bank.csv': { minta: async (t) => ({ method: 'GET', url: `/api/tpp/bank.csv?bulan=2026-03&perangkatDaerahId=${(await tppSasaran(t)).pd}` }),
    periksa: tppTertutup([404, 409]) }, 'PUT /api/tpp/rekening/{nip}': { minta: async (t) => {
      await tppSasaran(t);
      // A valid body: the reach alone refuses it.
      return { method: 'PUT', url: `/api/tpp/rekening/${t.nip}`, payload: { namaBank: 'BRI', nomorRekening: '9999999999' } };
    }, periksa: tppTertutup([404]) }, 'GET /api/tpp/rekening': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'GET', url: `/api/tpp/rekening?q=${t.nip}&limit=200` };
    }, periksa: async (r) => {
      expect(r.statusCode).toBe(200);
      expect((r.json() as { items: { nip: string }[] }).items).toEqual([]);
      await tppSasaranUtuh();
    } }, 'GET /api/tpp/rekening/ekspor.xlsx': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'GET', url: '/api/tpp/rekening/ekspor.xlsx' };
    }, periksa: async (r, nama) => {
      await tppTertutup([200])(r, nama);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      expect(JSON.stringify(wb.worksheets[0]!.getSheetValues())).not.toMatch(nipLuar(nama));
    } }, 'GET /api/tpp/rekening/templat.xlsx': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'GET', url: '/api/tpp/rekening/templat.xlsx' };
    }, periksa: async (r, nama) => {
      await tppTertutup([200])(r, nama);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      expect(JSON.stringify(wb.worksheets[0]!.getSheetValues())).not.toMatch(nipLuar(nama));
    } }, 'POST /api/tpp/rekening/impor': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'POST', url: '/api/tpp/rekening/impor',
        ...multipart('rekening.xlsx', await xlsx({ Rekening: [['nip', 'nama_bank', 'nomor_rekening'], [t.nip, 'BRI', '9999999999']] }),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') };
    }, periksa: async (r, nama) => {
      await tppTertutup([422])(r, nama);
      expect(r.json().masalah).toEqual([{ baris: 2, kolom: 'nip', nilai: expect.any(String), pesan: 'pegawai dengan NIP ini tidak ditemukan dalam kewenangan Anda' }]);
    } }, 'GET /api/tpp/gaji': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'GET', url: `/api/tpp/gaji?bulan=2026-03&q=${t.nip}` };
    }, periksa: async (r, nama) => {
      await tppTertutup([200])(r, nama);
      expect(r.json()).toMatchObject({ total: 0, items: [] });
      // The month's totals hold the caller's instansi only (its OPD target's Rp 1.000.001 at most), never the other instansi's Rp 1.000.002.
      expect([0, 1_000_001]).toContain(r.json().jumlah.jumlahKotor);
    } }, 'GET /api/tpp/gaji/ekspor.xlsx': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'GET', url: `/api/tpp/gaji/ekspor.xlsx?bulan=2026-03&q=${t.nip}` };
    }, periksa: async (r, nama) => {
      await tppTertutup([200])(r, nama);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      expect(JSON.stringify(wb.worksheets[0]!.getSheetValues())).not.toMatch(nipLuar(nama));
    } }, 'GET /api/tpp/gaji/templat.xlsx': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'GET', url: '/api/tpp/gaji/templat.xlsx' };
    }, periksa: tppTertutup([200]) }, 'POST /api/tpp/gaji/impor': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'POST', url: '/api/tpp/gaji/impor?bulan=2026-03',
        ...multipart('gaji.xlsx', await xlsx({ Gaji: [['nip', 'gaji_pokok', 'tunjangan_keluarga', 'tunjangan_jabatan', 'tunjangan_umum', 'tunjangan_beras', 'tunjangan_lain'], [
          t.nip,
          9_999_999,
          0,
          0,
          0,
          0,
          0,
        ]] }), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') };
    }, periksa: async (r, nama) => {
      await tppTertutup([422])(r, nama);
      expect(r.json().masalah).toEqual([{ baris: 2, kolom: 'nip', nilai: expect.any(String), pesan: 'pegawai dengan NIP ini tidak ditemukan di instansi ini' }]);
    } }, 'GET /api/kelas-jabatan': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'GET', url: '/api/kelas-jabatan?limit=200' };
    }, periksa: async (r) => {
      expect(r.statusCode).toBe(200);
      expect((r.json() as { items: { id: number }[] }).items.map((j) => j.id)).not.toContain(target.jabatanId);
      await tppSasaranUtuh();
    } }, 'PUT /api/kelas-jabatan/{id}': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'PUT', url: `/api/kelas-jabatan/${target.jabatanId}`, payload: { kelasJabatan: 9 } };
    }, periksa: tppTertutup([404]) }, 'GET /api/kelas-jabatan/ekspor.xlsx': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'GET', url: '/api/kelas-jabatan/ekspor.xlsx' };
    }, periksa: tppTertutup([200]) }, 'POST /api/kelas-jabatan/impor': { minta: async (t) => {
      await tppSasaran(t);
      return { method: 'POST', url: '/api/kelas-jabatan/impor',
        ...multipart('kelas.xlsx', await xlsx({ Kelas: [['Kode jabatan', 'Kelas jabatan'], ['PL', 9]] }), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') };
    }, periksa: tppTertutup([422]) } };
Object.assign(KASUS, KASUS_TPP);

/**
 * Uji kompetensi of the target's instansi, put straight in the tables: a bank with a live item, a
 * test for the target's unit, and the target's running attempt with an answer and a signal.
 */
const ujianSasaranPeta = new Map<string, Promise<{ bankId: number, butirId: number, tesId: number, percobaanId: number }>>();
function ujianSasaran(t: typeof target) {
  if (!ujianSasaranPeta.has(t.nip)) {
    ujianSasaranPeta.set(t.nip, (async () => {
      const p = await db.one<{ instansi_id: number, id: number, unit_id: number }>(sql`select instansi_id, id, unit_id from pegawai where nip = ${t.nip}`);
      const i = p.instansi_id;
      const bank = await db.one<{ id: number }>(sql`insert into bank_soal (instansi_id, nama, kelompok, dibuat_pada) values (${i}, ${`Bank rahasia ${t.nip}`}, 'seleksi', now())
        returning id`);
      const butir = await db.one<{ id: number }>(sql`insert into butir_soal (instansi_id, bank_id, kategori, status, versi, dibuat_pada, diubah_pada)
        values (${i}, ${bank.id}, 'TWK', 'aktif', 1, now(), now()) returning id`);
      const gambar = await db.one<{ id: number }>(sql`insert into dokumen_bukti (instansi_id, nama_berkas, jenis_mime, ukuran, sha256, isi)
        values (${i}, 'gambar-rahasia.png', 'image/png', 8, 'x', ${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])}) returning id`);
      await db.run(
        sql`insert into versi_butir (instansi_id, butir_id, versi, teks, jenis, opsi, gambar_id, dibuat_pada) values (${i}, ${butir.id}, 1, ${`soal rahasia ${t.nip}`}, 'tunggal',
        ${
          JSON.stringify([{ id: 'a', teks: `kunci rahasia ${t.nip}`, benar: true, bobot: null }, { id: 'b', teks: 'salah', benar: false, bobot: null }])
        }::jsonb, ${gambar.id}, now())`,
      );
      const kategori = [{ kode: 'TWK', nama: 'TWK', jumlahButir: 1, penilaian: { jenis: 'benar_salah', benar: 5, salah: 0, kosong: 0 }, ambangBatas: 5, bankId: bank.id }];
      const tes = await db.one<{ id: number }>(sql`insert into tes_ujian (instansi_id, judul, kategori, menit, dibuka_pada, ditutup_pada, sasaran, dibuat_pada)
        values (${i}, ${`Tes rahasia ${t.nip}`}, ${JSON.stringify(kategori)}::jsonb, 60, now() - interval '1 hour', now() + interval '10 years',
                ${JSON.stringify({ jenis: 'unit', ids: [p.unit_id] })}::jsonb, now()) returning id`);
      const c = await db.one<{ id: number }>(sql`insert into percobaan_ujian (instansi_id, tes_id, pegawai_id, benih, versi_acak, susunan, mulai_pada, batas_pada)
        values (${i}, ${tes.id}, ${p.id}, ${'ab'.repeat(32)}, 1, ${JSON.stringify([{ butirId: butir.id, versi: 1, kategori: 'TWK', opsi: ['a', 'b'] }])}::jsonb, now(),
                now() + interval '10 years') returning id`);
      await db.run(sql`insert into jawaban_ujian (instansi_id, percobaan_id, urutan, pilihan, nomor, disimpan_pada) values (${i}, ${c.id}, 0, '{b}', 5, now())`);
      await db.run(sql`insert into sinyal_ujian (instansi_id, percobaan_id, jenis, rincian, pada) values (${i}, ${c.id}, 'halaman_tersembunyi', 'rahasia', now())`);
      return { bankId: bank.id, butirId: butir.id, tesId: tes.id, percobaanId: c.id };
    })());
  }
  return ujianSasaranPeta.get(t.nip)!;
}
/**
 * The target's bank, item, attempt and answer are as made; nothing about them in the answer (the
 * admin BKD keeps the banks and tests of its own instansi, where the OPD target's are).
 */
async function ujianUtuh(t: typeof target, r: LightMyRequestResponse, nama: string) {
  const u = await ujianSasaran(t);
  expect(r.body).not.toContain(`rahasia ${target.nip}`);
  if (nama !== AKUN.admin_bkd) expect(r.body).not.toContain(`rahasia ${targetOpdLain.nip}`);
  expect(await db.one(sql`select status, versi from butir_soal where id = ${u.butirId}`)).toEqual({ status: 'aktif', versi: 1 });
  expect(await db.one(sql`select c.status, j.pilihan, j.nomor from percobaan_ujian c join jawaban_ujian j on j.percobaan_id = c.id where c.id = ${u.percobaanId}`)).toEqual({
    status: 'berjalan',
    pilihan: ['b'],
    nomor: 5,
  });
  expect((await db.one<{ n: number }>(sql`select count(*)::int as n from sinyal_ujian where percobaan_id = ${u.percobaanId}`)).n).toBe(1);
}
const PNG_UJI = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const kasusUjian = (minta: (u: Awaited<ReturnType<typeof ujianSasaran>>, t: typeof target) => Awaited<ReturnType<Kasus['minta']>>, kode: number[]): Kasus & {
  t?: typeof target;
} => {
  let sasaran = target;
  return { minta: async (t) => {
    sasaran = t;
    return minta(await ujianSasaran(t), t);
  }, periksa: async (r, nama) => {
    expect(kode, `${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
    await ujianUtuh(sasaran, r, nama);
  } };
};
const KASUS_UJIAN: Record<string, Kasus> = { 'GET /api/ujian/bank': kasusUjian(() => ({ method: 'GET', url: '/api/ujian/bank' }), [200]),
  'POST /api/ujian/bank': kasusUjian(() => ({ method: 'POST', url: '/api/ujian/bank', payload: { nama: 'x', kelompok: 'seleksi' } }), [422]),
  'GET /api/ujian/bank/{id}/ekspor.xlsx': kasusUjian((u) => ({ method: 'GET', url: `/api/ujian/bank/${u.bankId}/ekspor.xlsx` }), [404]),
  'GET /api/ujian/bank/{id}/ekspor-qti.zip': kasusUjian((u) => ({ method: 'GET', url: `/api/ujian/bank/${u.bankId}/ekspor-qti.zip` }), [404]),
  'POST /api/ujian/bank/{id}/impor-qti': kasusUjian((u) => ({ method: 'POST', url: `/api/ujian/bank/${u.bankId}/impor-qti`, ...multipart('paket.zip', PDF, 'application/zip') }), [
    404,
  ]),
  'POST /api/ujian/bank/{id}/impor': kasusUjian(
    (u) => ({ method: 'POST', url: `/api/ujian/bank/${u.bankId}/impor`, ...multipart('butir.xlsx', PDF, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') }),
    [404],
  ), 'GET /api/ujian/butir': kasusUjian(() => ({ method: 'GET', url: '/api/ujian/butir?q=rahasia&page=1' }), [200]),
  'POST /api/ujian/butir': kasusUjian(
    (u) => ({ method: 'POST', url: '/api/ujian/butir',
      payload: { bankId: u.bankId, kategori: 'TWK', teks: 'Soal orang lain', jenis: 'tunggal', opsi: [{ id: 'a', teks: 'x', benar: true }, { id: 'b', teks: 'y' }] } }),
    [422],
  ),
  'PUT /api/ujian/butir/{id}': kasusUjian(
    (u) => ({ method: 'PUT', url: `/api/ujian/butir/${u.butirId}`,
      payload: { bankId: u.bankId, kategori: 'TWK', teks: 'Diubah orang lain', jenis: 'tunggal', opsi: [{ id: 'a', teks: 'x', benar: true }, { id: 'b', teks: 'y' }] } }),
    [404, 422],
  ), 'POST /api/ujian/butir/{id}/status': kasusUjian((u) => ({ method: 'POST', url: `/api/ujian/butir/${u.butirId}/status`, payload: { status: 'nonaktif', versi: 1 } }), [404]),
  'POST /api/ujian/butir/{id}/gambar': kasusUjian((u) => ({ method: 'POST', url: `/api/ujian/butir/${u.butirId}/gambar`, ...multipart('g.png', PNG_UJI, 'image/png') }), [404]),
  'GET /api/ujian/butir/{id}/gambar': kasusUjian((u) => ({ method: 'GET', url: `/api/ujian/butir/${u.butirId}/gambar` }), [404]),
  'GET /api/ujian/tes': kasusUjian(() => ({ method: 'GET', url: '/api/ujian/tes' }), [200]),
  'POST /api/ujian/tes': kasusUjian(() => ({ method: 'POST', url: '/api/ujian/tes', payload: { judul: 'x' } }), [422]),
  'GET /api/ujian/tes/{id}/pantau': kasusUjian((u) => ({ method: 'GET', url: `/api/ujian/tes/${u.tesId}/pantau` }), [404]),
  'GET /api/ujian/tes/{id}/analisis': kasusUjian((u) => ({ method: 'GET', url: `/api/ujian/tes/${u.tesId}/analisis` }), [404]),
  'GET /api/ujian/tes/{id}/analisis.xlsx': kasusUjian((u) => ({ method: 'GET', url: `/api/ujian/tes/${u.tesId}/analisis.xlsx` }), [404]),
  'GET /api/ujian/saya': kasusUjian(() => ({ method: 'GET', url: '/api/ujian/saya' }), [200, 404]),
  'POST /api/ujian/tes/{id}/mulai': kasusUjian((u) => ({ method: 'POST', url: `/api/ujian/tes/${u.tesId}/mulai`, payload: { perangkat: 'perangkat-uji-01' } }), [404]),
  'GET /api/ujian/percobaan/{id}': kasusUjian((u) => ({ method: 'GET', url: `/api/ujian/percobaan/${u.percobaanId}` }), [404]),
  'PUT /api/ujian/percobaan/{id}/jawaban': kasusUjian(
    (u) => ({ method: 'PUT', url: `/api/ujian/percobaan/${u.percobaanId}/jawaban`, payload: { urutan: 0, pilihan: ['a'], nomor: 9 } }),
    [404],
  ), 'POST /api/ujian/percobaan/{id}/sinyal': kasusUjian((u) => ({ method: 'POST', url: `/api/ujian/percobaan/${u.percobaanId}/sinyal`, payload: { jenis: 'keluar_jendela' } }), [
    404,
  ]), 'GET /api/ujian/percobaan/{id}/gambar/{urutan}': kasusUjian((u) => ({ method: 'GET', url: `/api/ujian/percobaan/${u.percobaanId}/gambar/0` }), [404]),
  'POST /api/ujian/percobaan/{id}/selesai': kasusUjian((u) => ({ method: 'POST', url: `/api/ujian/percobaan/${u.percobaanId}/selesai` }), [404]),
  'GET /api/ujian/percobaan/{id}/hasil': kasusUjian((u) => ({ method: 'GET', url: `/api/ujian/percobaan/${u.percobaanId}/hasil` }), [404]) };
Object.assign(KASUS, KASUS_UJIAN);

/**
 * The target's competency data (modules/kompetensi): a standard for its jabatan, a verified and a
 * waiting assessment, and (instansi 2) a technical competency of its own. Made on first use.
 */
const kompetensiSasaranPeta = new Map<string, Promise<{ menunggu: number, instansiId: number }>>();
function kompetensiSasaran(t: typeof target) {
  if (!kompetensiSasaranPeta.has(t.nip)) {
    kompetensiSasaranPeta.set(t.nip, (async () => {
      const p = await db.one<{ id: number, instansi_id: number, jabatan_id: number }>(sql`select id, instansi_id, jabatan_id from pegawai where nip = ${t.nip}`);
      if (Number(p.instansi_id) === 2) {
        await db.run(sql`insert into kompetensi_teknis (instansi_id, kode, nama) values (2, 'rahasia_kota_lain', 'Kompetensi rahasia kota lain')`);
      }
      await db.run(sql`insert into standar_kompetensi (instansi_id, jabatan_id, kode, kelompok, level, urutan)
        values (${p.instansi_id}, ${p.jabatan_id}, 'integritas', 'manajerial', 3, 0) on conflict do nothing`);
      const asesmen = async (status: string) =>
        (await db.one<{ id: number }>(sql`insert into asesmen_kompetensi (instansi_id, pegawai_id, sumber, tanggal, lembaga, status, dicatat_pada, diverifikasi_pada)
          values (${p.instansi_id}, ${p.id}, 'assessment_center', '2026-01-05', 'Lembaga rahasia', ${status}, now(), ${status === 'menunggu' ? null : sql`now()`})
          returning id`)).id;
      await db.run(sql`insert into level_asesmen (instansi_id, asesmen_id, kode, level) values (${p.instansi_id}, ${await asesmen('terverifikasi')}, 'integritas', 2)`);
      return { menunggu: Number(await asesmen('menunggu')), instansiId: Number(p.instansi_id) };
    })());
  }
  return kompetensiSasaranPeta.get(t.nip)!;
}
/** Nothing of the target's competency data changed or leaked. */
const kompetensiTertutup = (kode: number[]): Kasus['periksa'] => async (r) => {
  expect(kode, `${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
  expect(r.body).not.toContain('rahasia');
  expect(await db.many(sql`select status from asesmen_kompetensi where lembaga = 'Lembaga rahasia' order by id`)).toEqual(
    [...kompetensiSasaranPeta.keys()].flatMap(() => [{ status: 'terverifikasi' }, { status: 'menunggu' }]),
  );
  expect(await db.many(sql`select level from standar_kompetensi where instansi_id = 2`)).toEqual(kompetensiSasaranPeta.has(NIP_LAIN) ? [{ level: 3 }] : []);
  expect(await db.many(sql`select nama from kompetensi_teknis where instansi_id = 2`)).toEqual(
    kompetensiSasaranPeta.has(NIP_LAIN) ? [{ nama: 'Kompetensi rahasia kota lain' }] : [],
  );
};
const KASUS_KOMPETENSI: Record<string, Kasus> = { 'GET /api/kompetensi/kamus': { minta: async (t) => {
  await kompetensiSasaran(t);
  return { method: 'GET', url: '/api/kompetensi/kamus' };
}, periksa: kompetensiTertutup([200]) }, 'PUT /api/kompetensi/kamus': { minta: async (t) => {
  await kompetensiSasaran(t);
  return { method: 'PUT', url: '/api/kompetensi/kamus', payload: { kode: 'uji_jalan_otorisasi', nama: 'Kompetensi instansi 1 sendiri' } };
}, periksa: async (r, nama) => {
  await kompetensiTertutup([200])(r, nama);
  await db.run(sql`delete from kompetensi_teknis where instansi_id = 1 and kode = 'uji_jalan_otorisasi'`);
} }, 'GET /api/kompetensi/standar': { minta: async (t) => {
  await kompetensiSasaran(t);
  return { method: 'GET', url: '/api/kompetensi/standar?limit=200' };
}, periksa: async (r, nama) => {
  await kompetensiTertutup([200])(r, nama);
  expect((r.json() as { items: { id: number }[] }).items.map((j) => j.id)).not.toContain(target.jabatanId);
} }, 'PUT /api/kompetensi/standar/{id}': { minta: async (t) => {
  await kompetensiSasaran(t);
  return { method: 'PUT', url: `/api/kompetensi/standar/${target.jabatanId}`, payload: { level: [{ kode: 'integritas', level: 5 }] } };
}, periksa: kompetensiTertutup([404]) }, 'GET /api/kompetensi/standar/ekspor.xlsx': { minta: async (t) => {
  await kompetensiSasaran(t);
  return { method: 'GET', url: '/api/kompetensi/standar/ekspor.xlsx' };
}, periksa: kompetensiTertutup([200]) }, 'POST /api/kompetensi/standar/impor': { minta: async (t) => {
  await kompetensiSasaran(t);
  return { method: 'POST', url: '/api/kompetensi/standar/impor',
    ...multipart('standar.xlsx', await xlsx({ Standar: [['Kode jabatan', 'Kode kompetensi', 'Level'], ['PL', 'integritas', 5]] }),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') };
}, periksa: kompetensiTertutup([422]) }, 'GET /api/kompetensi/asesmen': { minta: async (t) => {
  await kompetensiSasaran(t);
  return { method: 'GET', url: `/api/kompetensi/asesmen?q=${t.nip}` };
}, periksa: async (r, nama) => {
  kosong(r);
  await kompetensiTertutup([200])(r, nama);
} }, 'GET /api/kompetensi/asesmen/ekspor.xlsx': { minta: async (t) => {
  await kompetensiSasaran(t);
  return { method: 'GET', url: `/api/kompetensi/asesmen/ekspor.xlsx?q=${t.nip}` };
}, periksa: async (r, nama) => {
  await kompetensiTertutup([200])(r, nama);
  // The target's results are outside every caller's reach: a header and no row.
  expect(await barisXlsx(r)).toBe(4);
} }, 'POST /api/kompetensi/asesmen': { minta: async (t) => {
  await kompetensiSasaran(t);
  return { method: 'POST', url: '/api/kompetensi/asesmen',
    ...multipart('laporan.pdf', PDF, 'application/pdf', { nip: t.nip, tanggal: '2026-01-05', lembaga: 'Lembaga uji', level: JSON.stringify({ integritas: 5 }) }) };
}, periksa: kompetensiTertutup([404]) },
  'POST /api/kompetensi/asesmen/{id}/verifikasi': {
    minta: async (t) => ({ method: 'POST', url: `/api/kompetensi/asesmen/${(await kompetensiSasaran(t)).menunggu}/verifikasi`, payload: { keputusan: 'setujui' } }),
    periksa: kompetensiTertutup([404]),
  }, 'GET /api/kompetensi/profil': { minta: async (t) => {
    await kompetensiSasaran(t);
    return { method: 'GET', url: `/api/kompetensi/profil?nip=${t.nip}` };
  }, periksa: kompetensiTertutup([404]) }, 'GET /api/kompetensi/jpm': { minta: async (t) => {
    await kompetensiSasaran(t);
    return { method: 'GET', url: `/api/kompetensi/jpm?q=${t.nip}` };
  }, periksa: async (r, nama) => {
    kosong(r);
    await kompetensiTertutup([200])(r, nama);
  } }, 'GET /api/kompetensi/jpm/ekspor.xlsx': { minta: async (t) => {
    await kompetensiSasaran(t);
    return { method: 'GET', url: `/api/kompetensi/jpm/ekspor.xlsx?q=${t.nip}` };
  }, periksa: async (r, nama) => {
    await kompetensiTertutup([200])(r, nama);
    expect(await barisXlsx(r)).toBe(4);
  } } };
Object.assign(KASUS, KASUS_KOMPETENSI);

async function ruteOpenApi(): Promise<{ kunci: string, izin: string | string[] }[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  return Object.entries(doc.paths as Record<string, Record<string, { 'x-izin': string | string[] }>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([m, op]) => ({ kunci: `${m.toUpperCase()} ${path}`, izin: op['x-izin'] }))
  );
}

/** Roles of each walked account (the atasan is also an ASN). */
const PERAN_AKUN: Record<Peran, Peran[]> = { ...Object.fromEntries(PERAN.map((p) => [p, [p]])), atasan: ['asn', 'atasan'] } as Record<Peran, Peran[]>;
const punya = (peran: Peran, izin: string | string[]) =>
  (Array.isArray(izin) ? izin : [izin]).some((i) => i === 'masuk' || i === 'publik' || PERAN_AKUN[peran].some((p) => jangkauanPeran(i as Izin, p) !== undefined));

/**
 * Roles that may not see other employees' personal data (no `pegawai:data_pribadi` beyond their
 * own record): every answer they get, JSON or XLSX, is scanned for a NIK in clear (issue 10).
 */
const tanpaDataPribadi = (peran: Peran) => PERAN_AKUN[peran].every((p) => [undefined, 'diri'].includes(jangkauanPeran('pegawai:data_pribadi', p)));
// (Not the decimals of a number: `54.1111111111111111`.)
const POLA_NIK = /(?<![0-9A-Za-z]|\d[.,])\d{16}(?![0-9A-Za-z])/g;
/** The 16-digit numbers (NIK, family card) in clear in an answer, but the caller's own NIK. */
async function nikTerbuka(r: LightMyRequestResponse, nama: string): Promise<string[]> {
  let teks = r.body;
  if (String(r.headers['content-type'] ?? '').includes('spreadsheetml') && r.statusCode === 200) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    teks = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
  }
  const sendiri = /^\d{18}$/.test(nama) ? `3508${nama.slice(2, 14)}` : null;
  return [...teks.matchAll(POLA_NIK)].map((m) => m[0]).filter((n) => n !== sendiri);
}

describe('authorization walk over every route of the OpenAPI document', () => {
  it('has a case for every route, and every route declares its permission', async () => {
    const rute = await ruteOpenApi();
    expect(rute.length).toBeGreaterThan(30);
    for (const r of rute) {
      expect(r.izin, r.kunci).toBeTruthy();
      expect(KASUS[r.kunci], `rute ${r.kunci} belum ada di jalan otorisasi`).toBeDefined();
    }
  });

  it('refuses every non-public route without a session', async () => {
    for (const r of await ruteOpenApi()) {
      if (r.izin === 'publik') continue;
      const k = KASUS[r.kunci]!;
      const [method, path] = r.kunci.split(' ') as [string, string];
      const req = k === 'tanpa-sasaran' ? { method, url: path.replace(/\{(\w+)\}/g, '1') } : await k.minta(target, '');
      const res = await panggil(null, req);
      expect(res.statusCode, r.kunci).toBe(401);
    }
  });

  const sasaran = (peran: Peran) =>
    (['asn', 'atasan', 'admin_opd'].includes(peran) ? [['instansi lain', target], ['OPD lain', targetOpdLain]] : [['instansi lain', target]]) as [string, typeof target][];
  for (const peran of PERAN) {
    it(`role ${peran}: refused without the permission, and nothing of another unit or instansi leaks with it`, async () => {
      const nama = AKUN[peran];
      for (const [, t] of sasaran(peran)) {
        for (const r of await ruteOpenApi()) {
          const k = KASUS[r.kunci]!;
          if (k === 'tanpa-sasaran') {
            if (!punya(peran, r.izin)) {
              const [method, path] = r.kunci.split(' ') as [string, string];
              const res = await panggil(nama, { method, url: path, payload: method === 'GET' ? undefined : {} });
              expect(res.statusCode, `${peran} ${r.kunci}`).toBe(403);
            }
            continue;
          }
          const res = await panggil(nama, await k.minta(t, nama));
          if (tanpaDataPribadi(peran)) expect(await nikTerbuka(res, nama), `${peran} ${r.kunci}`).toEqual([]);
          if (!punya(peran, r.izin)) expect(res.statusCode, `${peran} ${r.kunci}: ${res.body.slice(0, 200)}`).toBe(403);
          else await k.periksa(res, nama);
        }
      }
    });
  }

  for (const peran of PERAN.filter(tanpaDataPribadi)) {
    it(`role ${peran}: no answer of any GET route carries another employee's NIK in clear, aimed inside the reach`, async () => {
      const nama = AKUN[peran];
      // The OPD target (instansi 1: in reach of pimpinan and perencana) with a pension request
      // keeping the family check (full NIKs) in its data, and the atasan's subordinate.
      const pensiun = await usulanLayananSasaran(targetOpdLain, 'pensiun');
      const diperiksa: string[] = [];
      const pindai = async (req: { method: string, url: string, payload?: unknown, headers?: Record<string, string> }) => {
        const res = await panggil(nama, req);
        diperiksa.push(`${res.statusCode} ${req.url}`);
        expect(await nikTerbuka(res, nama), `${peran} GET ${req.url}`).toEqual([]);
        return res;
      };
      for (const r of await ruteOpenApi()) {
        if (!r.kunci.startsWith('GET ') || !punya(peran, r.izin)) continue;
        const k = KASUS[r.kunci]!;
        await pindai(k === 'tanpa-sasaran' ? { method: 'GET', url: r.kunci.slice(4) } : await k.minta(targetOpdLain, nama));
      }
      for (const url of [
        `/api/layanan/usulan/${pensiun}`,
        '/api/layanan/usulan?jenis=pensiun',
        `/api/layanan/saya?nip=${NIP.b1}`,
        `/api/pegawai/${NIP.b1}`,
        `/api/pegawai/${NIP.a1}`,
        '/api/pegawai?limit=200',
        '/api/pegawai/ekspor.xlsx',
        '/api/notifikasi',
      ]) {
        await pindai({ method: 'GET', url });
      }
      // Not vacuous: pimpinan reads the request, with the family check masked.
      if (peran === 'pimpinan') {
        const d = (await panggil(nama, { method: 'GET', url: `/api/layanan/usulan/${pensiun}` })).json();
        expect(d.data.pemeriksaanKeluarga).toMatchObject({ nikPegawai: '3508**********03', selisih: [{ nik: '3508**********77', nama: 'A*** R******' }] });
      }
      // BKAD reads only the TPP routes (locked months): fewer answers, still not vacuous.
      expect(diperiksa.filter((x) => x.startsWith('200')).length).toBeGreaterThan(peran === 'bkad' ? 3 : 10);
    });
  }

  it('keeps an admin OPD out of another OPD of the same instansi by every route', async () => {
    const nip = NIP.b1;
    const id = (await db.one<{ id: number }>(sql`select id from riwayat_pangkat where pegawai_id = (select id from pegawai where nip = ${nip}) limit 1`)).id;
    const cek = async (method: string, url: string, payload?: unknown) => (await panggil('admin.bkpsdm', { method, url, payload })).statusCode;
    expect(await cek('GET', `/api/pegawai/${nip}`)).toBe(404);
    expect(await cek('PATCH', `/api/pegawai/${nip}`, { tempatLahir: 'X', versi: 1 })).toBe(404);
    expect(await cek('PUT', `/api/pegawai/${nip}/riwayat/pangkat/${id}`, { golongan: 'III/a', tmt: '2012-03-01', versi: 1 })).toBe(404);
    expect((await panggil('admin.bkpsdm', { method: 'GET', url: `/api/pegawai/${nip}/riwayat/pangkat` })).json()).toEqual([]);
    expect((await panggil('admin.bkpsdm', { method: 'GET', url: `/api/pegawai?q=${nip}` })).json().total).toBe(0);
    expect((await panggil('admin.bkpsdm', { method: 'GET', url: `/api/dasbor/statistik?unitId=${fx.unit.dinkes}` })).json().total.jumlah).toBe(0);
    expect((await panggil('admin.dinkes', { method: 'GET', url: `/api/pegawai/${nip}` })).statusCode).toBe(200);
  });
});

describe('session protections', () => {
  it('refuses a state change without the CSRF token or from another origin', async () => {
    const s = sesi.get('admin.bkd')!;
    const tanpa = await app.inject({ method: 'POST', url: `/api/pegawai/${NIP.a1}/riwayat/skp`, payload: { tahun: 2023, predikat: 'baik' }, headers: { cookie: s.cookie } });
    expect(tanpa.statusCode).toBe(403);
    expect(tanpa.json().kode).toBe('csrf');
    const asing = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin.bkd', password: 'rahasia-uji-1' },
      headers: { origin: 'https://jahat.example', host: 'localhost:3000' } });
    expect(asing.statusCode).toBe(403);
    const form = await app.inject({ method: 'POST', url: '/api/auth/login', payload: 'username=admin.bkd&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(415);
  });

  it('holds a name after five wrong passwords from one address (not the owner elsewhere), logs it, and keeps the session cookie httpOnly', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'perencana', password: 'salah' }, remoteAddress: '10.6.6.6' });
      expect(r.statusCode).toBe(401);
    }
    const ditahan = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'perencana', password: 'rahasia-uji-1' }, remoteAddress: '10.6.6.6' });
    expect(ditahan.statusCode).toBe(429);
    expect(ditahan.json().pesan).toMatch(/^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ detik\.$/);
    const pemilik = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'perencana', password: 'rahasia-uji-1' }, remoteAddress: '10.1.1.1' });
    expect(pemilik.statusCode).toBe(200);
    const gagal = await db.many(sql`select 1 from audit_log where aksi = 'auth.gagal_masuk'`);
    expect(gagal.length).toBeGreaterThanOrEqual(5);
    const ok = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '19900101 201503 1 001', password: 'rahasia-uji-1' } });
    expect(ok.statusCode).toBe(200);
    expect(String(ok.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Lax/);
  });

  it('every route that answers JSON declares its answer (a response schema in the OpenAPI document)', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    type Op = { 'x-hasil'?: string, responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
    const tanpa: string[] = [];
    let json = 0;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Op>>)) {
      for (const [m, op] of Object.entries(ops)) {
        if (op['x-hasil'] !== 'json') continue; // files (xlsx, pdf, docx, csv, png, html, ndjson)
        json++;
        const r = Object.entries(op.responses ?? {}).find(([k]) => /^2/.test(k))?.[1];
        if (!r?.content?.['application/json']?.schema) tanpa.push(`${m.toUpperCase()} ${path}`);
      }
    }
    expect(json).toBeGreaterThan(100);
    expect(tanpa).toEqual([]);
  });

  it('serves the contract paths with the documented shapes', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ status: 'ok' });
    const l = await panggil('admin.dinkes', { method: 'GET', url: '/api/pegawai?q=&page=1&limit=10' });
    expect(l.json()).toMatchObject({ total: 1, items: [{ nip: NIP.b1, nama: 'Citra Lestari', unit: { id: fx.unit.yankes } }] });
    expect((await panggil('admin.dinkes', { method: 'GET', url: `/api/pegawai/${NIP.a1}` })).statusCode).toBe(404);
    expect((await panggil(NIP.a1, { method: 'GET', url: `/api/pegawai/${NIP.a1}` })).json().nip).toBe(NIP.a1);
  });
});

/**
 * E-learning data of a target: a published course of the target's instansi open only to their
 * perangkat daerah ("Kursus rahasia"), with a PDF module, the target enrolled and complete with a
 * certificate; what the pembelajaran routes aim at. Made on first use.
 */
const kursusSasaranPeta = new Map<string, Promise<{ kursusId: number, modulId: number, kode: string }>>();
function kursusSasaran(t: typeof target) {
  if (!kursusSasaranPeta.has(t.nip)) {
    kursusSasaranPeta.set(t.nip, (async () => {
      const p = await db.one<{ instansi_id: number, id: number, perangkat_daerah_id: number }>(sql`select instansi_id, id, perangkat_daerah_id from pegawai where nip = ${t.nip}`);
      const i = Number(p.instansi_id);
      const k = await db.one<{ id: number }>(sql`insert into kursus (instansi_id, kode, judul, penyelenggara, jenis_ipasn, jp, sasaran, sasaran_id, status)
        values (${i}, ${`RAHASIA-${t.nip.slice(-4)}`}, ${`Kursus rahasia ${t.nip}`}, 'BKD', 'teknis', 4, 'unit', ${[
        Number(p.perangkat_daerah_id),
      ]}::bigint[], 'terbit') returning id`);
      const m = await db.one<{ id: number }>(sql`insert into kursus_modul (instansi_id, kursus_id, urutan, judul, jenis, pdf, pdf_nama)
        values (${i}, ${k.id}, 1, 'Bahan rahasia', 'pdf', ${PDF}, 'rahasia.pdf') returning id`);
      const ps = await db.one<{ id: number }>(sql`insert into kursus_peserta (instansi_id, kursus_id, pegawai_id, tanggal_mulai, selesai_pada, tanggal_selesai)
        values (${i}, ${k.id}, ${p.id}, '2026-03-01', now(), '2026-03-02') returning id`);
      const kode = `RHS${t.nip.slice(-9)}`;
      await db.run(sql`insert into sertifikat_kursus (instansi_id, peserta_id, pegawai_id, nomor, kode, nama, nip, judul_kursus, penyelenggara, jp, jenis_diklat,
        tanggal_mulai, tanggal_selesai) values (${i}, ${ps.id}, ${p.id}, ${`0001/RAHASIA/${t.nip}`}, ${kode}, 'Pegawai rahasia', ${t.nip}, 'Kursus rahasia', 'BKD', 4, 16,
        '2026-03-01', '2026-03-02')`);
      return { kursusId: Number(k.id), modulId: Number(m.id), kode };
    })());
  }
  return kursusSasaranPeta.get(t.nip)!;
}

/** The target's course is as it was: still published, its one module, no new enrolment, nothing added to it. */
async function kursusSasaranUtuh() {
  expect(await db.many(sql`select 1 from kursus where judul like 'Kursus rahasia %' and (status <> 'terbit' or versi <> 1)`)).toEqual([]);
  expect(await db.many(sql`select 1 from kursus_peserta kp join kursus k on k.instansi_id = kp.instansi_id and k.id = kp.kursus_id
                           where k.judul like 'Kursus rahasia %' and kp.selesai_pada is null`)).toEqual([]);
  expect(await db.many(sql`select 1 from kursus_modul m join kursus k on k.instansi_id = m.instansi_id and k.id = m.kursus_id
                           where k.judul like 'Kursus rahasia %' and (m.judul <> 'Bahan rahasia' or m.pdf_nama <> 'rahasia.pdf')`)).toEqual([]);
  expect(await db.many(sql`select 1 from kursus where kode = 'PENYUSUP-KURSUS'`)).toEqual([]);
}
const kursusTertutup = (kode: number[]): Kasus['periksa'] => async (r) => {
  expect(kode, `${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
  expect(r.body).not.toContain('rahasia');
  await kursusSasaranUtuh();
};
const KURSUS_SUSUP = { kode: 'PENYUSUP-KURSUS', judul: 'Kursus titipan', penyelenggara: 'Penyusup', jenisDiklat: 16, jenisIpAsn: 'teknis', jp: 2,
  modul: [{ judul: 'Bacaan', jenis: 'teks', isi: 'Isi bacaan titipan.' }] };
const KASUS_PEMBELAJARAN: Record<string, Kasus | 'tanpa-sasaran'> = { 'GET /api/pembelajaran/kursus': { minta: async (t) => {
  await kursusSasaran(t);
  return { method: 'GET', url: `/api/pembelajaran/kursus?page=1&q=RAHASIA-${t.nip.slice(-4)}` };
}, periksa: async (r) => {
  kosong(r);
  await kursusSasaranUtuh();
} },
  'GET /api/pembelajaran/kursus/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/pembelajaran/kursus/${(await kursusSasaran(t)).kursusId}` }),
    periksa: kursusTertutup([404]) },
  'POST /api/pembelajaran/kursus': {
    minta: async (t) => ({ method: 'POST', url: '/api/pembelajaran/kursus', payload: { ...KURSUS_SUSUP, prasyarat: [(await kursusSasaran(t)).kursusId] } }),
    periksa: kursusTertutup([422]),
  },
  'PUT /api/pembelajaran/kursus/{id}': { minta: async (t) => ({ method: 'PUT', url: `/api/pembelajaran/kursus/${(await kursusSasaran(t)).kursusId}`, payload: KURSUS_SUSUP }),
    periksa: kursusTertutup([404]) },
  'POST /api/pembelajaran/kursus/{id}/status': {
    minta: async (t) => ({ method: 'POST', url: `/api/pembelajaran/kursus/${(await kursusSasaran(t)).kursusId}/status`, payload: { status: 'arsip' } }),
    periksa: kursusTertutup([404]),
  }, 'POST /api/pembelajaran/kursus/{id}/modul/{modulId}/pdf': { minta: async (t) => {
    const s = await kursusSasaran(t);
    return { method: 'POST', url: `/api/pembelajaran/kursus/${s.kursusId}/modul/${s.modulId}/pdf`, ...multipart('ganti.pdf', PDF, 'application/pdf') };
  }, periksa: kursusTertutup([404]) }, 'GET /api/pembelajaran/kursus/{id}/modul/{modulId}/pdf': { minta: async (t) => {
    const s = await kursusSasaran(t);
    return { method: 'GET', url: `/api/pembelajaran/kursus/${s.kursusId}/modul/${s.modulId}/pdf` };
  }, periksa: kursusTertutup([404]) }, 'GET /api/pembelajaran/katalog': { minta: async (t) => {
    await kursusSasaran(t);
    return { method: 'GET', url: '/api/pembelajaran/katalog' };
  }, periksa: kursusTertutup([200]) },
  'GET /api/pembelajaran/belajar/{id}': { minta: async (t) => ({ method: 'GET', url: `/api/pembelajaran/belajar/${(await kursusSasaran(t)).kursusId}` }),
    periksa: kursusTertutup([404]) },
  'POST /api/pembelajaran/belajar/{id}/ikuti': { minta: async (t) => ({ method: 'POST', url: `/api/pembelajaran/belajar/${(await kursusSasaran(t)).kursusId}/ikuti` }),
    periksa: kursusTertutup([404]) }, 'POST /api/pembelajaran/belajar/{id}/modul/{modulId}/selesai': { minta: async (t) => {
      const s = await kursusSasaran(t);
      return { method: 'POST', url: `/api/pembelajaran/belajar/${s.kursusId}/modul/${s.modulId}/selesai` };
    }, periksa: kursusTertutup([404]) }, 'POST /api/pembelajaran/belajar/{id}/modul/{modulId}/kuis': { minta: async (t) => {
      const s = await kursusSasaran(t);
      return { method: 'POST', url: `/api/pembelajaran/belajar/${s.kursusId}/modul/${s.modulId}/kuis`, payload: { jawaban: {} } };
    }, periksa: kursusTertutup([404]) },
  'GET /api/pembelajaran/sertifikat/{kode}': { minta: async (t) => ({ method: 'GET', url: `/api/pembelajaran/sertifikat/${(await kursusSasaran(t)).kode}` }),
    periksa: kursusTertutup([404]) },
  'POST /api/pembelajaran/sertifikat/{kode}/cabut': {
    minta: async (t) => ({ method: 'POST', url: `/api/pembelajaran/sertifikat/${(await kursusSasaran(t)).kode}/cabut`, payload: { alasan: 'Dicabut oleh penyusup' } }),
    periksa: async (r) => {
      await kursusTertutup([404])(r, '');
      expect(await db.many(sql`select 1 from sertifikat_kursus where judul_kursus = 'Kursus rahasia' and dicabut_pada is not null`)).toEqual([]);
    },
  }, 'GET /api/publik/sertifikat/{kode}': 'tanpa-sasaran',
  'GET /api/pembelajaran/jp/pegawai': { minta: async (t) => ({ method: 'GET', url: `/api/pembelajaran/jp/pegawai?nip=${t.nip}` }), periksa: tolak([404]) },
  'GET /api/pembelajaran/jp': { minta: async (t) => ({ method: 'GET', url: `/api/pembelajaran/jp?page=1&q=${t.nip}` }), periksa: kosong },
  'GET /api/pembelajaran/jp.xlsx': { minta: async (t) => ({ method: 'GET', url: `/api/pembelajaran/jp.xlsx?q=${t.nip}` }),
    periksa: async (r) => expect(await barisXlsx(r)).toBeLessThanOrEqual(4) } };
Object.assign(KASUS, KASUS_PEMBELAJARAN);
