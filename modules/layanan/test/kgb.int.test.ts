import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from '@simasn/db';
import { tambahPegawai } from '@simasn/kepegawaian';
import type { Konteks } from '@simasn/platform';
import { bacaDocx, bacaPdf } from '@simasn/platform/dokumen/baca';
import { fixturePerBerkas, NIP } from '@simasn/kepegawaian/uji';
import { ajukanUsulanLayanan, ambilUsulanLayanan, daftarKgbBulanan, daftarkanLayanan, daftarUsulanLayanan, eksporKgbBkad, eksporUsulanLayanan, konfirmasiKgb, LAYANAN_KGB,
  layananPegawai, daftarRiwayatGaji, prosesUsulanLayanan, suratKgb, tambahEfek, type BarisKgb } from '../src/index.ts';

/**
 * KGB (E-Berkala) on the real database: the monthly list from the records, bulk confirmation,
 * the numbered letter, the BKAD export, and a KGB request through the engine with a failure
 * injected in the middle of its approval. The clock is 15 February 2027; the month is March 2027.
 * Amounts come from ../shared/domain/data/gapok_pp5_2024.csv: III/a MKG 10 = 3.252.900,
 * MKG 12 = 3.355.400 (typed here, not read from the code under test).
 */
const PADA = new Date('2027-02-15T03:00:00Z');
const BULAN = '2027-03';
const C = {
  c1: '199205102017031004', // III/a since 2017-03, SKP Butuh Perbaikan -> blocked
  c2: '199407222019032005', // III/a since 2019-03, hukuman disiplin sedang from 2027-01 (6 months) -> postponed
  c3: '199601152021031006', // III/a since 2021-03 in Dinkes -> due (outside admin.bkpsdm's reach)
  c4: '199702202023031007', // III/a since 2023-03 -> proposed by the OPD through the engine
  c5: '199803032025031008', // III/a since 2025-03 -> two confirmations at once
  c6: '199904042025031009', // no riwayat pangkat golongan usable (PPPK-like data gap): see data kurang
};
const fx = fixturePerBerkas();
let verif: Konteks;
let verif2: Konteks;
let opd: Konteks;
let opdDinkes: Konteks;
let asnA1: Konteks;
let asnB1: Konteks;
const jam = (c: Konteks): Konteks => ({ ...c, sekarang: () => PADA });
const status = async (p: Promise<unknown>) => p.then(() => 200, (e: { status?: number }) => e.status ?? 500);
const cari = (items: BarisKgb[], nip: string) => items.find((x) => x.nip === nip);

beforeAll(async () => {
  const tambah = async (nip: string, nama: string, unitId: number, tmt: string) => {
    await tambahPegawai(fx.sistem, { nip, nama, tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`, jenisKelamin: nip[14] === '1' ? 'L' : 'P',
      statusKepegawaian: 'PNS', tmtCpns: tmt, penempatan: { jabatanId: fx.jabatan.pelaksana, unitId, tmt },
      pangkat: { golongan: 'III/a', tmt, jenisKp: 'cpns', mkTahun: 0, mkBulan: 0 } });
  };
  await tambah(C.c1, 'Dedi Kurniawan', fx.unit.mutasi, '2017-03-01');
  await tambah(C.c2, 'Eka Wulandari', fx.unit.mutasi, '2019-03-01');
  await tambah(C.c3, 'Fajar Nugroho', fx.unit.yankes, '2021-03-01');
  await tambah(C.c4, 'Gilang Ramadhan', fx.unit.mutasi, '2023-03-01');
  await tambah(C.c5, 'Hadi Santoso', fx.unit.mutasi, '2025-03-01');
  const skp = async (nip: string, predikat: string) =>
    fx.db.run(sql`insert into riwayat_skp (instansi_id, pegawai_id, tahun, predikat)
    select 1, id, 2026, ${predikat} from pegawai where nip = ${nip}`);
  for (const n of [NIP.a1, C.c2, C.c3, C.c4, C.c5]) await skp(n, 'baik');
  await skp(C.c1, 'butuh_perbaikan');
  await fx.db.run(sql`insert into riwayat_hukdis (instansi_id, pegawai_id, tingkat, jenis, tmt, masa_bulan)
    select 1, id, 'sedang', 'potong_tukin_6', '2027-01-01', 6 from pegawai where nip = ${C.c2}`);
  verif = jam(await fx.ctx('verifikator'));
  verif2 = jam(await fx.ctx('verifikator2'));
  opd = jam(await fx.ctx('admin.bkpsdm'));
  opdDinkes = jam(await fx.ctx('admin.dinkes'));
  asnA1 = jam(await fx.ctx(NIP.a1));
  asnB1 = jam(await fx.ctx(NIP.b1));
});

describe('monthly KGB list', () => {
  it('lists who is due and who is blocked and why, with gaji pokok from the grid in force at the TMT', async () => {
    const d = await daftarKgbBulanan(verif, { bulan: BULAN });
    const a1 = cari(d.items, NIP.a1)!;
    expect(a1).toMatchObject({ status: 'jatuh_tempo', tmtKgb: '2027-03-01', golongan: 'III/a', mkgLamaTahun: 10, mkgBaruTahun: 12, mkgBaruBulan: 0, aturanGaji: 'gapok-pp5-2024' });
    expect(Number(a1.gajiPokokLama)).toBe(3252900);
    expect(Number(a1.gajiPokokBaru)).toBe(3355400);
    expect(a1.catatan.join(' ')).toContain('dianggap diberikan sesuai jadwal');
    const c1 = cari(d.items, C.c1)!;
    expect(c1.status).toBe('terhambat');
    expect(c1.alasan.join(' ')).toContain('Butuh Perbaikan');
    const c2 = cari(d.items, C.c2)!;
    expect(c2.status).toBe('terhambat');
    expect(c2.alasan.join(' ')).toContain('ditunda 4 bulan, menjadi TMT 1 Juli 2027');
    expect(cari(d.items, C.c3)?.status).toBe('jatuh_tempo');
    expect(cari(d.items, NIP.b1)).toBeUndefined(); // III/a since 2012-03: due in even years
    expect(cari(d.items, NIP.a2)).toBeUndefined(); // IV/a since 2000-12: due in December
    expect(d.ringkasan).toMatchObject({ jatuhTempo: 4, terhambat: 2, terbit: 0 });
  });

  it('scopes by reach: the Dinkes admin sees Dinkes only; an ASN sees themself only', async () => {
    const dinkes = await daftarKgbBulanan(opdDinkes, { bulan: BULAN });
    expect(dinkes.items.map((x) => x.nip)).toEqual([C.c3]);
    const sendiri = await daftarKgbBulanan(asnA1, { bulan: BULAN });
    expect(sendiri.items.map((x) => x.nip)).toEqual([NIP.a1]);
  });

  it('names what is missing when the records cannot tell', async () => {
    await fx.db.run(sql`insert into pegawai (instansi_id, nip, nama, tanggal_lahir, jenis_kelamin, status_kepegawaian, unit_id, jalur_unit)
      select 1, ${C.c6}, 'Indah Permata', '1999-04-04', 'L', 'PNS', ${fx.unit.mutasi}, jalur from unit_organisasi where id = ${fx.unit.mutasi}`);
    const d = await daftarKgbBulanan(verif, { bulan: BULAN });
    expect(d.dataKurang.find((x) => x.nip === C.c6)?.alasan).toContain('golongan PNS belum tercatat');
  });
});

describe('bulk confirmation and the surat KGB', () => {
  let idA1 = 0;

  it('is all or nothing: one blocked employee refuses the batch, naming them, and nothing is written', async () => {
    const e = await konfirmasiKgb(verif, { bulan: BULAN, nip: [NIP.a1, C.c1] }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.rincian).toHaveLength(1);
    expect(e.rincian[0]).toMatchObject({ kolom: 'nip', nilai: C.c1 });
    expect(e.rincian[0].pesan).toContain('Butuh Perbaikan');
    expect((await fx.db.one<{ n: number }>(sql`select count(*)::int as n from riwayat_gaji`)).n).toBe(0);
    expect((await fx.db.one<{ n: number }>(sql`select count(*)::int as n from nomor_surat`)).n).toBe(0);
    expect(await status(konfirmasiKgb(opd, { bulan: BULAN, nip: [NIP.a1] }))).toBe(403);
    expect(await status(konfirmasiKgb(verif, { bulan: BULAN, nip: ['123'] }))).toBe(422);
  });

  it('refuses a letter more than 3 months before its TMT', async () => {
    const dini = { ...verif, sekarang: () => new Date('2026-11-15T03:00:00Z') };
    const e = await konfirmasiKgb(dini, { bulan: BULAN, nip: [NIP.a1] }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.rincian[0].pesan).toContain('baru dapat diterbitkan mulai 1 Desember 2026');
  });

  it('issues numbered letters, writes riwayat gaji, closes requests with a timeline, audits and notifies', async () => {
    const h = await konfirmasiKgb(verif, { bulan: BULAN, nip: [NIP.a1, C.c3] });
    expect(h.jumlah).toBe(2);
    expect(h.terbit.map((t) => t.nomorSurat).sort()).toEqual(['KGB/0001/UJI/2027', 'KGB/0002/UJI/2027']);
    const rg = await fx.db.many<{ nip: string, tmt: string, mk_tahun: number, gaji_pokok: number, gaji_pokok_lama: number, aturan_gaji: string, tanggal_surat: string }>(sql`
      select p.nip, g.tmt::text as tmt, g.mk_tahun, g.gaji_pokok, g.gaji_pokok_lama, g.aturan_gaji, g.tanggal_surat::text as tanggal_surat
        from riwayat_gaji g join pegawai p on p.id = g.pegawai_id order by p.nip`);
    expect(rg.find((r) => r.nip === NIP.a1)).toMatchObject({ tmt: '2027-03-01', mk_tahun: 12, gaji_pokok: 3355400, gaji_pokok_lama: 3252900, aturan_gaji: 'gapok-pp5-2024',
      tanggal_surat: '2027-02-15' });
    const saya = await layananPegawai(asnA1);
    expect(saya.usulan).toHaveLength(1);
    const u = saya.usulan[0]!;
    idA1 = u.id;
    expect(u).toMatchObject({ jenis: 'kgb', status: 'selesai', labelJenis: 'Kenaikan Gaji Berkala' });
    expect(u.jejak.map((j) => j.aksi)).toEqual(['ajukan', 'setujui']);
    expect(u.jejak[1]!.catatan).toMatch(/^Surat KGB nomor KGB\/000[12]\/UJI\/2027$/);
    const audit = await fx.db.many<{ aksi: string, pegawai_id: number }>(sql`select aksi, pegawai_id from audit_log where aksi = 'kgb.terbit'`);
    expect(audit).toHaveLength(2);
    const notif = await fx.db.many<{ judul: string, isi: string }>(sql`select n.judul, n.isi from notifikasi n join akun a on a.id = n.akun_id where a.nama_pengguna = ${NIP.a1}`);
    expect(notif.at(-1)!.judul).toBe('KGB TMT 1 Maret 2027 telah terbit');
    expect(notif.at(-1)!.isi).toContain('Rp 3.252.900,00 menjadi Rp 3.355.400,00');
    const d = await daftarKgbBulanan(verif, { bulan: BULAN });
    expect(cari(d.items, NIP.a1)).toMatchObject({ status: 'terbit', nomorSurat: expect.stringMatching(/^KGB\/000[12]\/UJI\/2027$/) });
    expect(d.ringkasan).toMatchObject({ terbit: 2, jatuhTempo: 2 });
    // Again: already issued.
    const e = await konfirmasiKgb(verif, { bulan: BULAN, nip: [NIP.a1] }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.rincian[0].pesan).toContain('sudah terbit');
  });

  it('renders the surat KGB as PDF and DOCX with the old and new gaji pokok; only within reach', async () => {
    const rg = await fx.db.one<{ id: number, nomor: string }>(
      sql`select g.id, g.nomor_surat as nomor from riwayat_gaji g join pegawai p on p.id = g.pegawai_id where p.nip = ${NIP.a1}`,
    );
    const pdf = await suratKgb(asnA1, { id: rg.id, format: 'pdf' });
    expect(pdf.jenisMime).toBe('application/pdf');
    const teks = (await bacaPdf(pdf.isi)).halaman.join('\n');
    for (const s of [
      rg.nomor,
      'Kenaikan Gaji Berkala',
      'Andi Saputra',
      '19900101 201503 1 001',
      'Rp 3.252.900,00',
      'Rp 3.355.400,00',
      '1 Maret 2027',
      '12 tahun 0 bulan',
      'PP 5/2024',
      '15 Februari 2027',
      'PEMERINTAH KABUPATEN UJI',
      'Kenaikan gaji berkala berikutnya: 1 Maret 2029',
    ]) {
      expect(teks).toContain(s);
    }
    const docx = await bacaDocx((await suratKgb(verif, { id: rg.id, format: 'docx' })).isi);
    expect(docx.teks).toContain('Rp 3.355.400,00');
    expect(docx.teks).toContain(rg.nomor);
    expect(docx.jumlahTabel).toBeGreaterThanOrEqual(3);
    expect(await status(suratKgb(asnB1, { id: rg.id }))).toBe(404);
    expect(await status(suratKgb(opdDinkes, { id: rg.id }))).toBe(404);
    expect(idA1).toBeGreaterThan(0);
  });

  it('shows the riwayat gaji on the profile within pegawai:baca reach; the letter only to whoever may open it', async () => {
    const [r] = await daftarRiwayatGaji(asnA1, NIP.a1);
    expect(r).toEqual({ id: expect.any(Number), jenis: 'kgb', golongan: 'III/a', tmt: '2027-03-01', mkTahun: 12, mkBulan: 0, gajiPokok: 3355400, gajiPokokLama: 3252900,
      aturanGaji: 'gapok-pp5-2024', nomorSurat: expect.stringMatching(/^KGB\/000[12]\/UJI\/2027$/), tanggalSurat: '2027-02-15', surat: { jenis: 'kgb', id: r!.id } });
    // The atasan reads the profile (pegawai:baca) but not the services: the row without the letter, which would be refused.
    const atasan = jam(await fx.ctx(NIP.a2));
    expect(await daftarRiwayatGaji(atasan, NIP.a1)).toEqual([{ ...r, surat: null }]);
    expect(await status(suratKgb(atasan, { id: r!.id }))).toBe(404);
    expect(await status(daftarRiwayatGaji(opdDinkes, NIP.a1))).toBe(404);
    expect(await status(daftarRiwayatGaji(asnB1, NIP.a1))).toBe(404);
    expect(await daftarRiwayatGaji(verif, C.c1)).toEqual([]);
  });

  it('exports the month for BKAD as XLSX: issued letters first, then due and blocked with reasons', async () => {
    const x = await eksporKgbBkad(verif, { bulan: BULAN });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.isi as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A4').value).toBe('NIP');
    const rows: unknown[][] = [];
    ws.eachRow((r, i) => {
      if (i > 4) rows.push((r.values as unknown[]).slice(1));
    });
    expect(rows).toHaveLength(6);
    expect(rows.slice(0, 2).map((r) => r[11])).toEqual(['Sudah terbit', 'Sudah terbit']);
    const a1 = rows.find((r) => r[0] === NIP.a1)!;
    expect(a1.slice(7, 10)).toEqual([3252900, 3355400, 102500]);
    // The grid as people name it, never the rule id (gapok-pp5-2024).
    expect(a1[10]).toBe('PP 5/2024');
    expect(rows.flat().map(String).filter((v) => /gapok-|\d{4}-\d{2}-\d{2}/.test(v))).toEqual([]);
    expect(String(rows.find((r) => r[0] === C.c1)![13])).toContain('Butuh Perbaikan');
  });

  it('two confirmations of the same employee at once: one letter only', async () => {
    const hasil = await Promise.all([konfirmasiKgb(verif, { bulan: BULAN, nip: [C.c5] }), konfirmasiKgb(verif2, { bulan: BULAN, nip: [C.c5] })].map(status));
    expect(hasil.sort()).toEqual([200, hasil[1] === 409 || hasil[0] === 409 ? 409 : 422].sort());
    expect((await fx.db.one<{ n: number }>(sql`select count(*)::int as n from riwayat_gaji g join pegawai p on p.id = g.pegawai_id where p.nip = ${C.c5}`)).n).toBe(1);
  });
});

describe('a KGB request through the engine', () => {
  it('the OPD proposes only an employee who is due and unblocked', async () => {
    const e = await ajukanUsulanLayanan(opd, { jenis: 'kgb', nip: C.c1, data: { bulan: BULAN } }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.rincian[0].pesan).toContain('Butuh Perbaikan');
    expect(await status(ajukanUsulanLayanan(opd, { jenis: 'kgb', nip: C.c4, data: { bulan: '2027-13' } }))).toBe(422);
    const u = await ajukanUsulanLayanan(opd, { jenis: 'kgb', nip: C.c4, data: { bulan: BULAN } });
    expect(u.data).toMatchObject({ bulan: BULAN, tmt: '2027-03-01', golongan: 'III/a' });
    expect(cari((await daftarKgbBulanan(verif, { bulan: BULAN })).items, C.c4)?.status).toBe('diusulkan');
    await prosesUsulanLayanan(opd, u.id, { aksi: 'teruskan', versi: u.versi });
  });

  it('the list is paged, searched and filtered on the server; only rows the bulk confirmation may take are offered for it', async () => {
    const semua = await daftarKgbBulanan(verif, { bulan: BULAN });
    const h = await daftarKgbBulanan(verif, { bulan: BULAN, page: 1, limit: 1 });
    expect([h.total, h.items.length]).toEqual([semua.items.length, 1]);
    expect(h.nipDapatDiterbitkan).not.toContain(C.c4);
    expect(h.nipDapatDiterbitkan.sort()).toEqual(semua.items.filter((x) => x.status === 'jatuh_tempo').map((x) => x.nip).sort());
    expect((await daftarKgbBulanan(verif, { bulan: BULAN, page: 1, q: 'Gilang' })).items.map((x) => [x.nip, x.status])).toEqual([[C.c4, 'diusulkan']]);
    expect((await daftarKgbBulanan(verif, { bulan: BULAN, page: 1, status: 'terhambat' })).items.every((x) => x.status === 'terhambat')).toBe(true);
    // The clock is 15 February 2027: March's TMT has not passed; in April the unissued March rows are overdue.
    expect(semua.items.some((x) => x.lewatTmt)).toBe(false);
    const april = await daftarKgbBulanan({ ...verif, sekarang: () => new Date('2027-04-02T03:00:00Z') }, { bulan: BULAN, page: 1, lewat: '1' });
    expect(april.items.length).toBeGreaterThan(0);
    expect(april.items.every((x) => x.lewatTmt && x.status !== 'terbit')).toBe(true);
    // More than 3 months before the TMT nothing is offered for the bulk confirmation (the server would refuse it).
    const dini = await daftarKgbBulanan({ ...verif, sekarang: () => new Date('2026-11-15T03:00:00Z') }, { bulan: BULAN, page: 1 });
    expect(dini.nipDapatDiterbitkan).toEqual([]);
    const belum = dini.items.filter((x) => x.status !== 'terbit');
    expect(belum.length).toBeGreaterThan(0);
    expect(belum.every((x) => x.terbitMulai === '2026-12-01')).toBe(true);
  });

  it('the service queue is sorted, searched and paged in its scoped query, marks requests past their deadline, and exports the same rows', async () => {
    const q = await daftarUsulanLayanan(verif, { jenis: 'kgb', q: 'Gilang' });
    expect(q.items.map((u) => [u.nip, u.terlambat])).toEqual([[C.c4, false]]);
    const nanti = { ...verif, sekarang: () => new Date('2027-06-01T03:00:00Z') };
    expect((await daftarUsulanLayanan(nanti, { jenis: 'kgb', terlambat: '1' })).items.map((u) => [u.nip, u.terlambat])).toEqual([[C.c4, true]]);
    const nama = (await daftarUsulanLayanan(verif, { urut: 'nama', arah: 'naik' })).items.map((u) => u.nama);
    expect(nama).toEqual([...nama].sort((a, b) => a.localeCompare(b, 'id')));
    expect((await daftarUsulanLayanan(verif, { q: 'Gilang', page: 2, limit: 1 })).items).toEqual([]);
    expect(await status(daftarUsulanLayanan(verif, { urut: 'gaji' }))).toBe(422);
    const x = await eksporUsulanLayanan(verif, { jenis: 'kgb', q: 'Gilang' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.isi as unknown as ArrayBuffer);
    expect([wb.worksheets[0]!.rowCount, wb.worksheets[0]!.getRow(5).getCell(3).value]).toEqual([5, C.c4]);
  });

  it('the bulk confirmation refuses an employee whose KGB is in a running request, naming it; that request is decided on its own', async () => {
    const u = (await layananPegawai(verif, { nip: C.c4 })).usulan[0]!;
    const e = await konfirmasiKgb(verif, { bulan: BULAN, nip: [C.c4] }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.rincian).toEqual([{ kolom: 'nip', nilai: C.c4, pesan: `Gilang Ramadhan: sedang dalam usulan KGB nomor ${u.id}; tetapkan melalui usulan itu` }]);
    expect((await fx.db.one<{ n: number }>(sql`select count(*)::int as n from riwayat_gaji g join pegawai p on p.id = g.pegawai_id where p.nip = ${C.c4}`)).n).toBe(0);
    expect((await ambilUsulanLayanan(verif, u.id)).status).toBe('diproses');
  });

  it('a failure injected in the middle of the approval leaves records, numbers, timeline, notifications and audit as they were', async () => {
    const u = (await layananPegawai(verif, { nip: C.c4 })).usulan[0]!;
    expect(u.langkah).toBe('penetapan');
    const foto = async () => ({ usulan: await fx.db.many(sql`select * from usulan_layanan order by id`),
      jejak: await fx.db.many(sql`select * from jejak_usulan_layanan order by id`), riwayat: await fx.db.many(sql`select * from riwayat_gaji order by id`),
      nomor: await fx.db.many(sql`select * from nomor_surat`), notifikasi: await fx.db.many(sql`select * from notifikasi order by id`),
      audit: await fx.db.one(sql`select count(*)::int as n, max(id) as m from audit_log`) });
    const sebelum = await foto();
    daftarkanLayanan(tambahEfek(LAYANAN_KGB, { nama: 'kirim ke aplikasi gaji', jalankan: async () => {
      throw new Error('aplikasi gaji tidak menjawab');
    } }, ['setujui']));
    try {
      const e = await prosesUsulanLayanan(verif, u.id, { aksi: 'setujui', versi: u.versi }).catch((x) => x);
      expect(e.message).toContain('kirim ke aplikasi gaji');
      expect(e.dibatalkan).toEqual(['tulis riwayat gaji dan nomor surat', 'hitung ulang KGB']);
    } finally {
      daftarkanLayanan(LAYANAN_KGB);
    }
    expect(await foto()).toEqual(sebelum);

    const ok = await prosesUsulanLayanan(verif, u.id, { aksi: 'setujui', versi: u.versi });
    expect(ok.status).toBe('selesai');
    expect(ok.data.nomorSurat).toBe('KGB/0004/UJI/2027');
    const d = await ambilUsulanLayanan(verif, u.id);
    expect(d.jejak.map((j) => j.aksi)).toEqual(['ajukan', 'teruskan', 'setujui']);
    expect(d.jejak[2]!.catatan).toBe('Surat KGB nomor KGB/0004/UJI/2027, TMT 1 Maret 2027');
    expect(d.langkahDaftar.map((l) => l.keadaan)).toEqual(['selesai', 'selesai']);
  });
});
