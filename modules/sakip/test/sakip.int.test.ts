import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { fixturePerBerkas, NIP, PDF } from '@simasn/kepegawaian/uji';
import { ajukanPk, ambilBuktiRealisasi, ambilPk, ambilRenstra, buatPk, buatRenstra, daftarPk, daftarRenstra, hapusUnsurRenstra, hitungCapaianUnit, isiRealisasiOtomatis, revisiPk,
  ringkasanAnggaranUnit, setujuiPk, simpanIndikator, simpanProgramKegiatan, simpanRealisasi, simpanRealisasiAnggaran, simpanSasaran, simpanTujuan, ubahPk, ubahRenstra,
  unggahBuktiRealisasi } from '../src/index.ts';
import { galat, NIP_KEPALA, status, tambahKepala } from './bantu.ts';

/**
 * The SAKIP cycle through the tables on the real engine: Renstra tree, program tree with pagu,
 * PKs cascaded and approved by their parties, a Perubahan PK, realisasi (manual, N/A, automatic,
 * with evidence), capaian and budget. Expected figures come from the seeds (seed-cases.json) and
 * from arithmetic done by hand.
 */
const fx = fixturePerBerkas();
let perencana: Konteks;
let kepala: Konteks;
let kabid: Konteks;
let pelaksana: Konteks;
let pimpinan: Konteks;
let adminDinkes: Konteks;
let adminBkpsdm: Konteks;
let jabatanKepala = 0;

const ids = { renstra: 0, tujuan: 0, sasaran: 0, program: 0, kegiatan: 0, sub1: 0, sub2: 0, ipAsn: 0, skKp: 0, ipOto: 0, merit: 0, pkKepala: 0, pkKabid: 0 };

beforeAll(async () => {
  jabatanKepala = await tambahKepala(fx);
  perencana = await fx.ctx('perencana');
  kepala = await fx.ctx(NIP_KEPALA);
  kabid = await fx.ctx(NIP.a2);
  pelaksana = await fx.ctx(NIP.a1);
  pimpinan = await fx.ctx('pimpinan');
  adminDinkes = await fx.ctx('admin.dinkes');
  adminBkpsdm = await fx.ctx('admin.bkpsdm');
});

describe('Renstra', () => {
  it('is created for a perangkat daerah in reach, never for a bidang or another OPD', async () => {
    expect(status(await galat(buatRenstra(adminDinkes, { unitId: fx.unit.bkpsdm, tahunAwal: 2021, tahunAkhir: 2026, nama: 'Renstra BKPSDM' })))).toBe(422);
    const bidang = await galat(buatRenstra(perencana, { unitId: fx.unit.mutasi, tahunAwal: 2021, tahunAkhir: 2026, nama: 'Renstra Bidang' }));
    expect(bidang.rincian).toEqual([{ kolom: 'unitId', pesan: 'Bidang Mutasi dan Promosi bukan perangkat daerah' }]);
    const panjang = await galat(buatRenstra(perencana, { unitId: fx.unit.bkpsdm, tahunAwal: 2021, tahunAkhir: 2028, nama: 'Renstra BKPSDM' }));
    expect(panjang.rincian[0].kolom).toBe('tahunAkhir');
    ids.renstra = (await buatRenstra(perencana, { unitId: fx.unit.bkpsdm, tahunAwal: 2021, tahunAkhir: 2026, nama: 'Renstra BKPSDM 2021-2026' })).id;
    expect(status(await galat(buatRenstra(adminBkpsdm, { unitId: fx.unit.bkpsdm, tahunAwal: 2024, tahunAkhir: 2028, nama: 'Tumpang tindih' })))).toBe(409);
  });

  it('holds tujuan > sasaran > indicators with targets, and the program tree whose upper pagu is the sum below', async () => {
    ids.tujuan = (await simpanTujuan(perencana, ids.renstra, { kode: 'T1', uraian: 'Meningkatnya profesionalitas ASN' })).id;
    ids.sasaran = (await simpanSasaran(perencana, ids.renstra, { tujuanId: ids.tujuan, kode: 'S1', uraian: 'Meningkatnya kualitas manajemen ASN' })).id;
    ids.program = (await simpanProgramKegiatan(perencana, ids.renstra, { tingkat: 'program', kode: '5.03.02', nama: 'Program Kepegawaian Daerah' })).id;
    const salahPagu = await galat(simpanProgramKegiatan(perencana, ids.renstra, { tingkat: 'program', kode: '5.03.09', nama: 'Program X', pagu: [{ tahun: 2024, pagu: 5 }] }));
    expect(salahPagu.rincian[0].kolom).toBe('pagu');
    const salahInduk = await galat(simpanProgramKegiatan(perencana, ids.renstra, { tingkat: 'sub_kegiatan', indukId: ids.program, kode: '5.03.02.1.01.0001', nama: 'Sub X' }));
    expect(salahInduk.rincian[0]).toMatchObject({ kolom: 'indukId' });
    ids.kegiatan =
      (await simpanProgramKegiatan(perencana, ids.renstra, { tingkat: 'kegiatan', indukId: ids.program, kode: '5.03.02.1.01',
        nama: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian' })).id;
    // Lumajang's pagu 8.328.663.601 split over two sub kegiatan.
    ids.sub1 =
      (await simpanProgramKegiatan(perencana, ids.renstra, { tingkat: 'sub_kegiatan', indukId: ids.kegiatan, kode: '5.03.02.1.01.0001', nama: 'Penyusunan Rencana Kebutuhan ASN',
        pagu: [{ tahun: 2024, pagu: 5000000000 }, { tahun: 2025, pagu: 100 }] })).id;
    ids.sub2 =
      (await simpanProgramKegiatan(perencana, ids.renstra, { tingkat: 'sub_kegiatan', indukId: ids.kegiatan, kode: '5.03.02.1.01.0002', nama: 'Pengelolaan Data ASN',
        pagu: [{ tahun: 2024, pagu: 3000000000, paguPerubahan: 3328663601 }] })).id;
    const luar = await galat(
      simpanIndikator(perencana, ids.renstra, { sasaranId: ids.sasaran, kode: 'IK1', uraian: 'Nilai IP ASN', satuan: 'indeks', polaritas: 'positif', agregasi: 'snapshot',
        target: [{ tahun: 2030, target: 60 }] }),
    );
    expect(luar.rincian).toEqual([{ kolom: 'target.0.tahun', pesan: 'tahun 2030 di luar periode Renstra 2021-2026', nilai: 2030 }]);
    const dua = await galat(
      simpanIndikator(perencana, ids.renstra, { sasaranId: ids.sasaran, tujuanId: ids.tujuan, kode: 'IK1', uraian: 'Nilai IP ASN', satuan: 'indeks', polaritas: 'positif',
        agregasi: 'snapshot' }),
    );
    expect(dua.rincian[0].kolom).toBe('sasaranId');
    ids.ipAsn =
      (await simpanIndikator(perencana, ids.renstra, { sasaranId: ids.sasaran, kode: 'IK1', uraian: 'Nilai IP ASN (hasil BKN)', satuan: 'indeks', polaritas: 'positif',
        agregasi: 'snapshot', baseline: 52.1, tahunBaseline: 2020, targetAkhir: 60, angkaNasional: 58.4, target: [{ tahun: 2023, target: 54 }, { tahun: 2024, target: 56.35 }],
        programIds: [ids.program] })).id;
    ids.skKp =
      (await simpanIndikator(perencana, ids.renstra, { sasaranId: ids.sasaran, kode: 'IK2', uraian: 'Jumlah SK kenaikan pangkat yang diterbitkan', satuan: 'SK',
        polaritas: 'positif', agregasi: 'kumulatif', target: [{ tahun: 2024, target: 1000 }], programIds: [ids.sub2] })).id;
    ids.ipOto =
      (await simpanIndikator(perencana, ids.renstra, { tujuanId: ids.tujuan, kode: 'IT1', uraian: 'Indeks Profesionalitas ASN kabupaten', satuan: 'indeks', polaritas: 'positif',
        agregasi: 'snapshot', sumberOtomatis: 'ip_asn', target: [{ tahun: 2024, target: 55 }] })).id;
    ids.merit =
      (await simpanIndikator(perencana, ids.renstra, { tujuanId: ids.tujuan, kode: 'IT2', uraian: 'Indeks Sistem Merit', satuan: 'nilai', polaritas: 'positif',
        agregasi: 'snapshot', sumberOtomatis: 'sistem_merit', target: [{ tahun: 2024, target: 260 }] })).id;
    expect(
      status(await galat(simpanIndikator(perencana, ids.renstra, { tujuanId: ids.tujuan, kode: 'IK1', uraian: 'Ganda', satuan: 'x', polaritas: 'positif', agregasi: 'snapshot' }))),
    ).toBe(409);

    const r = await ambilRenstra(perencana, ids.renstra);
    expect(r.tahun).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(r.tujuan[0]!.indikator.map((i) => i.kode)).toEqual(['IT1', 'IT2']);
    expect(r.tujuan[0]!.sasaran[0]!.indikator.find((i) => i.kode === 'IK1')).toMatchObject({ target: [{ tahun: 2023, target: 54 }, { tahun: 2024, target: 56.35 }],
      programIds: [ids.program], angkaNasional: 58.4 });
    const prog = r.program[0]!;
    expect(prog.paguBerlaku).toEqual({ 2024: 8328663601, 2025: 100 });
    expect(prog.anak[0]!.anak.map((s) => s.paguBerlaku[2024])).toEqual([5000000000, 3328663601]);
  });

  it('edits with the version read: a stale edit is 409 and changes nothing; the audit keeps before and after', async () => {
    const r = await ambilRenstra(perencana, ids.renstra);
    const t = r.tujuan[0]!;
    await simpanTujuan(perencana, ids.renstra, { id: t.id, kode: 'T1', uraian: 'Meningkatnya profesionalitas dan kinerja ASN', versi: t.versi });
    const basi = await galat(simpanTujuan(adminBkpsdm, ids.renstra, { id: t.id, kode: 'T1', uraian: 'Ditimpa', versi: t.versi }));
    expect(basi.status).toBe(409);
    expect(basi.message).toMatch(/sudah diubah orang lain/);
    expect((await ambilRenstra(perencana, ids.renstra)).tujuan[0]!.uraian).toBe('Meningkatnya profesionalitas dan kinerja ASN');
    const a = await fx.db.one<{ sebelum: unknown, sesudah: unknown }>(sql`select sebelum, sesudah from audit_log where aksi = 'tujuan_renstra.ubah' order by id desc limit 1`);
    expect(a).toEqual({ sebelum: { uraian: 'Meningkatnya profesionalitas ASN' }, sesudah: { uraian: 'Meningkatnya profesionalitas dan kinerja ASN' } });
    const rv = await ubahRenstra(perencana, ids.renstra, { status: 'berlaku', versi: r.versi });
    expect(rv.versi).toBe(r.versi + 1);
  });

  it("names the year its pages open on: this year in the instansi's zone, within the period", async () => {
    // The Renstra runs 2021-2026. 31 Dec 2025 17.30 UTC is already 2026 in WIB; 2019 and 2031 lie outside the period.
    const pada = async (iso: string) => (await daftarRenstra({ ...perencana, sekarang: () => new Date(iso) })).find((r) => r.id === ids.renstra)!.tahunBerjalan;
    expect(await pada('2025-12-31T16:59:00Z')).toBe(2025);
    expect(await pada('2025-12-31T17:30:00Z')).toBe(2026);
    expect(await pada('2019-06-01T00:00:00Z')).toBe(2021);
    expect(await pada('2031-06-01T00:00:00Z')).toBe(2026);
  });

  it('is read within reach: the kabid reads the Renstra above; another OPD and a plain ASN see nothing', async () => {
    expect((await daftarRenstra(kabid)).map((r) => r.id)).toEqual([ids.renstra]);
    expect(await daftarRenstra(adminDinkes)).toEqual([]);
    expect(await daftarRenstra(pelaksana)).toEqual([]);
    expect(status(await galat(ambilRenstra(adminDinkes, ids.renstra)))).toBe(404);
    expect(status(await galat(simpanTujuan(kabid, ids.renstra, { kode: 'T9', uraian: 'Tidak berwenang' })))).toBe(403);
  });
});

describe('Perjanjian Kinerja', () => {
  it('cascades: the top PK with the Bupati, the Kabid PK with the Kepala as pihak kedua; lines default to Renstra targets and pagu', async () => {
    const tanpa = await galat(buatPk(perencana, { renstraId: ids.renstra, tahun: 2024, jabatanId: jabatanKepala, tanggal: '2024-01-05' }));
    expect(tanpa.rincian[0].kolom).toBe('pihakKedua');
    const top = await buatPk(perencana, { renstraId: ids.renstra, tahun: 2024, jabatanId: jabatanKepala, tanggal: '2024-01-05',
      pihakKedua: { nama: 'H. Sukamto, S.H.', jabatan: 'Bupati Sukamaju' }, indikator: [{ indikatorId: ids.ipAsn }, { indikatorId: ids.skKp, target: 1000 }],
      anggaran: [{ programKegiatanId: ids.program }] });
    ids.pkKepala = top.id;
    expect(top).toMatchObject({ status: 'draf', nomorPerubahan: 0, pihakPertama: { nip: NIP_KEPALA, nama: 'Hendra Gunawan', jabatan: 'Kepala Badan Kepegawaian' },
      pihakKedua: { pegawaiId: null, nama: 'H. Sukamto, S.H.', jabatan: 'Bupati Sukamaju' } });
    expect(top.indikator.map((i) => [i.kode, Number(i.target)])).toEqual([['IK1', 56.35], ['IK2', 1000]]);
    expect(top.jumlahAnggaran).toBe(8328663601);
    const tanpaTarget = await galat(
      buatPk(perencana, { renstraId: ids.renstra, tahun: 2023, jabatanId: jabatanKepala, tanggal: '2023-01-05', pihakKedua: { nama: 'Bupati', jabatan: 'Bupati' },
        indikator: [{ indikatorId: ids.skKp }] }),
    );
    expect(tanpaTarget.rincian).toEqual([{ baris: 1, kolom: 'indikator.0.target', pesan: 'indikator IK2 belum mempunyai target tahun 2023 di Renstra; isi targetnya' }]);
    expect(
      status(
        await galat(buatPk(perencana, { renstraId: ids.renstra, tahun: 2024, jabatanId: jabatanKepala, tanggal: '2024-01-06', pihakKedua: { nama: 'Bupati', jabatan: 'Bupati' } })),
      ),
    ).toBe(409);

    const anak = await buatPk(adminBkpsdm, { renstraId: ids.renstra, tahun: 2024, jabatanId: fx.jabatan.kabid, indukId: top.id, tanggal: '2024-01-08',
      indikator: [{ indikatorId: ids.skKp, target: 1000 }], anggaran: [{ programKegiatanId: ids.sub2, anggaran: 3328663601 }] });
    ids.pkKabid = anak.id;
    expect(anak.pihakKedua).toMatchObject({ nip: NIP_KEPALA, nama: 'Hendra Gunawan', jabatan: 'Kepala Badan Kepegawaian' });
    expect(anak.pihakPertama).toMatchObject({ nip: NIP.a2, jabatan: 'Kepala Bidang Mutasi dan Promosi' });
    expect(status(await galat(buatPk(adminDinkes, { renstraId: ids.renstra, tahun: 2024, jabatanId: fx.jabatan.kabid, indukId: top.id, tanggal: '2024-01-08' })))).toBe(404);
  });

  it('is signed only by pihak pertama and approved only by pihak kedua; the Bupati side through the pimpinan account', async () => {
    let pk = await ambilPk(kabid, ids.pkKabid);
    const orangLain = await galat(ajukanPk(pelaksana, ids.pkKabid, { versi: pk.versi }));
    expect(orangLain.status).toBe(404); // a plain ASN who is no party does not even see it
    expect((await galat(ajukanPk(perencana, ids.pkKabid, { versi: pk.versi }))).message).toMatch(/hanya dapat ditandatangani oleh pihak pertama: Bambang Wijaya/);
    pk = await ajukanPk(kabid, ids.pkKabid, { versi: pk.versi });
    expect(pk.status).toBe('diajukan');
    expect(status(await galat(ubahPk(perencana, ids.pkKabid, { indikator: [], versi: pk.versi })))).toBe(409);
    expect((await galat(setujuiPk(kabid, ids.pkKabid, { versi: pk.versi }))).message).toMatch(/hanya dapat disetujui oleh pihak kedua: Hendra Gunawan/);
    expect(status(await galat(setujuiPk(pimpinan, ids.pkKabid, { versi: pk.versi })))).toBe(403);
    pk = await setujuiPk(kepala, ids.pkKabid, { versi: pk.versi });
    expect(pk.status).toBe('disetujui');
    expect(pk.disetujuiPada).not.toBeNull();

    let top = await ambilPk(kepala, ids.pkKepala);
    top = await ajukanPk(kepala, ids.pkKepala, { versi: top.versi });
    expect(status(await galat(setujuiPk(perencana, ids.pkKepala, { versi: top.versi })))).toBe(403);
    expect(status(await galat(setujuiPk(pimpinan, ids.pkKepala, { versi: top.versi - 1 })))).toBe(409);
    top = await setujuiPk(pimpinan, ids.pkKepala, { versi: top.versi });
    expect(top.status).toBe('disetujui');
    const a = await fx.db.many<{ aksi: string, nama_pengguna: string }>(
      sql`select aksi, nama_pengguna from audit_log where entitas = 'perjanjian_kinerja' and entitas_id = ${String(ids.pkKepala)} order by id`,
    );
    expect(a).toEqual([{ aksi: 'pk.buat', nama_pengguna: 'perencana' }, { aksi: 'pk.ajukan', nama_pengguna: NIP_KEPALA }, { aksi: 'pk.setujui', nama_pengguna: 'pimpinan' }]);
  });

  it('a party reaches only their own PKs; the list shows each series once, parent first', async () => {
    expect((await daftarPk(kabid, { tahun: 2024 })).map((p) => p.id)).toEqual([ids.pkKepala, ids.pkKabid]);
    expect(await daftarPk(pelaksana)).toEqual([]);
    expect(await daftarPk(adminDinkes)).toEqual([]);
  });

  it('Perubahan PK: a new version with its date and reason, the earlier one kept until the new one is approved, then replaced', async () => {
    const lama = await ambilPk(perencana, ids.pkKepala);
    expect(status(await galat(revisiPk(perencana, ids.pkKepala, { tanggal: '2023-12-01', alasanPerubahan: 'P-APBD 2024', versi: lama.versi })))).toBe(409);
    let baru = await revisiPk(perencana, ids.pkKepala, { tanggal: '2024-09-20', alasanPerubahan: 'Perubahan APBD (P-APBD) 2024', versi: lama.versi });
    expect(baru).toMatchObject({ nomorPerubahan: 1, seriId: ids.pkKepala, status: 'draf', jenis: 'Perubahan PK ke-1', tanggal: '2024-09-20' });
    expect(status(await galat(revisiPk(perencana, ids.pkKepala, { tanggal: '2024-09-21', alasanPerubahan: 'Kedua kali', versi: lama.versi })))).toBe(409);
    baru = await ubahPk(perencana, baru.id, { indikator: [{ indikatorId: ids.ipAsn, target: 56.35 }, { indikatorId: ids.skKp, target: 1100 }], versi: baru.versi });
    baru = await ajukanPk(kepala, baru.id, { versi: baru.versi });
    // Until approved, capaian uses the version in force (target 1000).
    expect((await hitungCapaianUnit(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024 })).indikator.find((i) => i.kode === 'IK2')!.target).toBe(1000);
    baru = await setujuiPk(pimpinan, baru.id, { versi: baru.versi });
    expect(baru.versiLain.map((v) => [v.nomorPerubahan, v.status])).toEqual([[0, 'diganti'], [1, 'disetujui']]);
    expect((await ambilPk(perencana, ids.pkKepala)).indikator.map((i) => Number(i.target))).toEqual([56.35, 1000]);
    expect((await daftarPk(perencana, { tahun: 2024 })).map((p) => [p.seriId, p.nomorPerubahan, p.versiBerlaku])).toEqual([[ids.pkKepala, 1, baru.id], [
      ids.pkKabid,
      0,
      ids.pkKabid,
    ]]);
    ids.pkKepala = baru.id;
  });

  it('a used indicator cannot be deleted', async () => {
    const r = await ambilRenstra(perencana, ids.renstra);
    const ik = r.tujuan[0]!.sasaran[0]!.indikator.find((i) => i.kode === 'IK2')!;
    expect((await galat(hapusUnsurRenstra(perencana, ids.renstra, { jenis: 'indikator', id: ik.id, versi: ik.versi }))).message).toMatch(/sudah dipakai dalam Perjanjian Kinerja/);
  });
});

describe('realisasi and capaian', () => {
  it('records values and N/A per tribulan, refuses typing an automatic indicator and stale edits', async () => {
    const tw = [300, 310, 316, 320];
    for (const [i, v] of tw.entries()) await simpanRealisasi(perencana, { indikatorId: ids.skKp, tahun: 2024, tribulan: i + 1, nilai: v });
    await simpanRealisasi(perencana, { indikatorId: ids.ipAsn, tahun: 2024, tribulan: 1, na: true, catatan: 'BKN belum merilis' });
    const r2 = await simpanRealisasi(adminBkpsdm, { indikatorId: ids.ipAsn, tahun: 2024, tribulan: 2, nilai: 57.12 });
    await simpanRealisasi(perencana, { indikatorId: ids.ipAsn, tahun: 2023, tribulan: 4, nilai: 53.2 });
    const basi = await galat(simpanRealisasi(perencana, { indikatorId: ids.ipAsn, tahun: 2024, tribulan: 2, nilai: 50, versi: r2.versi + 5 }));
    expect(basi.status).toBe(409);
    const dobel = await galat(simpanRealisasi(perencana, { indikatorId: ids.ipAsn, tahun: 2024, tribulan: 2, nilai: 50 }));
    expect(dobel.status).toBe(409);
    const oto = await galat(simpanRealisasi(perencana, { indikatorId: ids.ipOto, tahun: 2024, tribulan: 1, nilai: 70 }));
    expect(oto.status).toBe(422);
    expect(oto.rincian[0].pesan).toMatch(/IT1 diukur oleh SIMASN sendiri/);
    const kosong = await galat(simpanRealisasi(perencana, { indikatorId: ids.ipAsn, tahun: 2024, tribulan: 3 }));
    expect(kosong.rincian[0].kolom).toBe('nilai');
    expect(status(await galat(simpanRealisasi(adminDinkes, { indikatorId: ids.ipAsn, tahun: 2024, tribulan: 3, nilai: 1 })))).toBe(404);
    const n = await fx.db.one<{ n: number }>(sql`select count(*)::int as n from realisasi_indikator where nilai = 50`);
    expect(n.n).toBe(0);
  });

  it('fills automatic indicators from the index engines: IP ASN computed from the riwayat, merit N/A until final', async () => {
    const h = await isiRealisasiOtomatis(perencana, { renstraId: ids.renstra, tahun: 2024, tribulan: 2 });
    const ip = h.indikator.find((i) => i.kode === 'IT1')!;
    expect(ip.rincian).toMatchObject({ sumber: 'ip_asn', tanggalAcuan: '2024-06-30' });
    expect(typeof ip.nilai).toBe('number');
    expect(h.indikator.find((i) => i.kode === 'IT2')).toMatchObject({ nilai: 'N/A' });
    await fx.db.run(sql`insert into hasil_indeks (instansi_id, jenis, tahun, periode, aturan_id, tanggal_acuan, nilai, rincian, dihitung_oleh)
                     values (1, 'merit', 2024, 'tahunan', 'x', '2024-12-31', 278, '{}'::jsonb, 'uji')`);
    const h2 = await isiRealisasiOtomatis(perencana, { renstraId: ids.renstra, tahun: 2024, tribulan: 2 });
    expect(h2.indikator.find((i) => i.kode === 'IT2')).toMatchObject({ nilai: 278, versi: 2 });
    const c = await hitungCapaianUnit(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024, tribulan: 2 });
    // lamongan-2022-merit: 278 against 260 is 106,92%.
    expect(c.indikator.find((i) => i.kode === 'IT2')).toMatchObject({ realisasi: 278, capaian: 106.92, sumberTarget: 'renstra' });
  });

  it('Indeks Disiplin is an automatic indicator: the share of ASN without a hukuman disiplin in the year up to the tribulan', async () => {
    await simpanIndikator(perencana, ids.renstra, { tujuanId: ids.tujuan, kode: 'IT9', uraian: 'Indeks Disiplin ASN', satuan: '%', polaritas: 'positif', agregasi: 'snapshot',
      sumberOtomatis: 'indeks_disiplin', target: [{ tahun: 2024, target: 99 }] });
    const pegawai = (await fx.db.one<{ n: number }>(sql`select count(*)::int as n from pegawai where instansi_id = 1 and kedudukan in ('aktif', 'tugas_belajar')`)).n;
    await fx.db.run(sql`insert into riwayat_hukdis (instansi_id, pegawai_id, tingkat, jenis, nomor_sk, tanggal_sk, tmt)
      select 1, id, 'ringan', 'teguran_tertulis', '800/1/2024', '2024-05-02', '2024-05-02' from pegawai where instansi_id = 1 and kedudukan = 'aktif' order by id limit 1`);
    const h = await isiRealisasiOtomatis(perencana, { renstraId: ids.renstra, tahun: 2024, tribulan: 2 });
    const d = h.indikator.find((i) => i.kode === 'IT9')!;
    expect(d.nilai).toBe(Math.round(((pegawai - 1) / pegawai) * 10000) / 100);
    expect(d.rincian).toMatchObject({ sumber: 'indeks_disiplin', jumlahPegawai: pegawai, pegawaiDihukum: 1, sampai: '2024-06-30' });
    // Tribulan 1 ends before the SK: nobody punished yet.
    const h1 = await isiRealisasiOtomatis(perencana, { renstraId: ids.renstra, tahun: 2024, tribulan: 1 });
    expect(h1.indikator.find((i) => i.kode === 'IT9')!.nilai).toBe(100);
    await fx.db.run(sql`delete from riwayat_hukdis where nomor_sk = '800/1/2024'`);
  });

  it('evidence: a PDF attached to a tribulan, a non-PDF refused', async () => {
    const c = await hitungCapaianUnit(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024 });
    const tw2 = c.indikator.find((i) => i.kode === 'IK1')!.tribulan[1]!;
    expect((await galat(unggahBuktiRealisasi(perencana, ids.ipAsn, { tahun: 2024, tribulan: 2, versi: tw2.versi, namaBerkas: 'x.exe', isi: Buffer.from('MZ') }))).rincian[0].kolom)
      .toBe('berkas');
    const b = await unggahBuktiRealisasi(perencana, ids.ipAsn, { tahun: 2024, tribulan: 2, versi: tw2.versi, namaBerkas: 'laporan bkn.pdf', isi: PDF });
    expect(b.versi).toBe(tw2.versi! + 1);
    const d = await ambilBuktiRealisasi(kabid, ids.ipAsn, b.dokumen.id);
    expect(d.isi.equals(PDF)).toBe(true);
    expect(status(await galat(ambilBuktiRealisasi(adminDinkes, ids.ipAsn, b.dokumen.id)))).toBe(404);
    const lagi = await hitungCapaianUnit(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024 });
    expect(lagi.indikator.find((i) => i.kode === 'IK1')!.tribulan[1]!.bukti).toEqual([{ id: b.dokumen.id, nama: 'laporan bkn.pdf' }]);
  });

  it('budget: refused above the pagu; sums per kegiatan and program with sisa (Lumajang 25,03%)', async () => {
    const lebih = await galat(simpanRealisasiAnggaran(perencana, { programKegiatanId: ids.sub1, tahun: 2024, tribulan: 1, nilai: 5000000000.01 }));
    expect(lebih.rincian[0].pesan).toMatch(/menjadi Rp 5\.000\.000\.000,01 sedangkan pagunya Rp 5\.000\.000\.000,00/);
    expect(status(await galat(simpanRealisasiAnggaran(perencana, { programKegiatanId: ids.kegiatan, tahun: 2024, tribulan: 1, nilai: 1 })))).toBe(422);
    await simpanRealisasiAnggaran(perencana, { programKegiatanId: ids.sub1, tahun: 2024, tribulan: 1, nilai: 1000000000 });
    await simpanRealisasiAnggaran(perencana, { programKegiatanId: ids.sub1, tahun: 2024, tribulan: 2, nilai: 500000000 });
    await simpanRealisasiAnggaran(perencana, { programKegiatanId: ids.sub2, tahun: 2024, tribulan: 2, nilai: 584365342 });
    await simpanRealisasiAnggaran(perencana, { programKegiatanId: ids.sub2, tahun: 2024, tribulan: 3, nilai: 1000000000 });
    const a = await ringkasanAnggaranUnit(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024, tribulan: 2 });
    // realisasi to June: 1.000.000.000 + 500.000.000 + 584.365.342 = 2.084.365.342 of 8.328.663.601.
    expect(a.total).toEqual({ pagu: 8328663601, realisasi: 2084365342, sisa: 6244298259, penyerapan: 25.03 });
    const sub = a.program[0]!.anak[0]!.anak;
    expect(sub.map((s) => [s.kode, s.realisasi, s.sisa])).toEqual([['5.03.02.1.01.0001', 1500000000, 3500000000], ['5.03.02.1.01.0002', 584365342, 2744298259]]);
    expect(sub[1]!.tribulan).toEqual([0, 584365342, 1000000000, 0]);
    expect((await ringkasanAnggaranUnit(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024 })).total.realisasi).toBe(3084365342);
  });

  it('capaian: Lumajang IP ASN TW2 101,37%, efisiensi 76,34; SK kumulatif 1.246 of 1.000 = 124,6%, the PK target first; comparison and cost per outcome', async () => {
    const c = await hitungCapaianUnit(kabid, { unitId: fx.unit.bkpsdm, tahun: 2024, tribulan: 2 });
    expect(c.kebijakan).toMatch(/tidak dibatasi/);
    const ip = c.indikator.find((i) => i.kode === 'IK1')!;
    expect(ip).toMatchObject({ target: 56.35, sumberTarget: 'pk', realisasi: 57.12, capaian: 101.37, penyerapan: 25.03, efisiensi: 76.34, biayaPerOutcome: 100, targetAkhir: 60,
      capaianTerhadapTargetAkhir: 95.2, angkaNasional: 58.4, level: 'sasaran', sasaran: { kode: 'S1' }, tujuan: { kode: 'T1' } });
    expect(ip.tribulan.map((t) => t.nilai)).toEqual(['N/A', 57.12, null, null]);
    expect(ip.tahunLalu.find((t) => t.tahun === 2023)).toEqual({ tahun: 2023, target: 54, realisasi: 53.2, capaian: 98.52 });
    expect(ip.tahunLalu.find((t) => t.tahun === 2022)).toEqual({ tahun: 2022, target: null, realisasi: null, capaian: null });
    const sk = c.indikator.find((i) => i.kode === 'IK2')!;
    // The target in force is the approved Perubahan PK's 1.100 (not the Renstra's 1.000): 610 / 1.100.
    expect(sk).toMatchObject({ target: 1100, sumberTarget: 'pk', realisasi: 610, capaian: 55.45, biayaPerOutcome: 39.97 });
    const setahun = await hitungCapaianUnit(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024, batas: 110 });
    expect(setahun.indikator.find((i) => i.kode === 'IK2')).toMatchObject({ realisasi: 1246, capaian: 110 });
    expect(setahun.kebijakan).toMatch(/paling tinggi 110%/);
    expect((await hitungCapaianUnit(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024 })).indikator.find((i) => i.kode === 'IK2')!.capaian).toBe(113.27);
    // lamongan-kp-sk: 1.246 against the Renstra's 1.000 is 124,6% (the Renstra target when no PK sets one).
    await fx.db.run(sql`update perjanjian_kinerja set status = 'diganti' where id = ${ids.pkKepala}`);
    await fx.db.run(sql`update perjanjian_kinerja set status = 'diganti' where id = ${ids.pkKabid}`);
    const renstra = await hitungCapaianUnit(perencana, { unitId: fx.unit.bkpsdm, tahun: 2024 });
    expect(renstra.indikator.find((i) => i.kode === 'IK2')).toMatchObject({ target: 1000, sumberTarget: 'renstra', capaian: 124.6 });
    expect(status(await galat(hitungCapaianUnit(adminDinkes, { unitId: fx.unit.bkpsdm, tahun: 2024 })))).toBe(404);
    expect(status(await galat(hitungCapaianUnit(perencana, { unitId: fx.unit.bkpsdm, tahun: 2030 })))).toBe(404);
  });
});
