import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { bacaXlsx, type Konteks } from '@simasn/platform';
import { bukuXlsx, fixturePerBerkas } from '@simasn/kepegawaian/uji';
import { ambilRenstra, buatRenstra, eksporRenstra, imporRenstra, simpanIndikator, simpanProgramKegiatan, simpanSasaran, simpanTujuan, templatRenstra } from '../src/index.ts';

/**
 * The Renstra workbook on the real engine: the template, an export that imports back into an
 * empty Renstra as the same tree, a re-import that adds nothing, and a file with mistakes that is
 * refused whole, every mistake named by sheet, row, column and reason, with no table touched.
 */
const fx = fixturePerBerkas();
let perencana: Konteks;
let adminDinkes: Konteks;
let sumber = 0;
let tujuan = 0;

/** Every SAKIP planning table's rows and versions, and the audit log's length. */
const jejak = async () =>
  JSON.stringify(await fx.db.one(sql`select
  (select count(*) || ':' || coalesce(sum(versi), 0) from tujuan_renstra) as tujuan, (select count(*) || ':' || coalesce(sum(versi), 0) from sasaran_renstra) as sasaran,
  (select count(*) || ':' || coalesce(sum(versi), 0) from program_kegiatan) as program, (select count(*) || ':' || coalesce(sum(versi), 0) from indikator_kinerja) as indikator,
  (select count(*) || ':' || coalesce(sum(target), 0) from target_indikator) as target, (select count(*) || ':' || coalesce(sum(pagu), 0) from pagu_anggaran) as pagu,
  (select count(*) from indikator_program) as tautan, (select count(*) from audit_log) as audit`));

/** A Renstra tree by codes only (ids differ between two Renstra). */
async function pohon(id: number) {
  const r = await ambilRenstra(perencana, id);
  const kode = new Map<number, string>();
  const jalan = (s: typeof r.program): unknown[] =>
    s.map((x) => {
      kode.set(x.id, x.kode);
      return { ...x, id: 0, indukId: 0, versi: 0, anak: jalan(x.anak) };
    });
  const program = jalan(r.program);
  const ik = (i: (typeof r.indikatorProgram)[number]) => ({ ...i, id: 0, versi: 0, tujuanId: 0, sasaranId: 0,
    programKegiatanId: i.programKegiatanId && kode.get(i.programKegiatanId), programIds: i.programIds.map((p) => kode.get(p)) });
  return {
    tujuan: r.tujuan.map((t) => ({ kode: t.kode, uraian: t.uraian, urutan: t.urutan, indikator: t.indikator.map(ik),
      sasaran: t.sasaran.map((s) => ({ kode: s.kode, uraian: s.uraian, indikator: s.indikator.map(ik) })) })
    ),
    program,
    indikatorProgram: r.indikatorProgram.map(ik),
  };
}

beforeAll(async () => {
  perencana = await fx.ctx('perencana');
  adminDinkes = await fx.ctx('admin.dinkes');
  sumber = (await buatRenstra(perencana, { unitId: fx.unit.bkpsdm, tahunAwal: 2021, tahunAkhir: 2026, nama: 'Renstra BKPSDM 2021-2026' })).id;
  tujuan = (await buatRenstra(perencana, { unitId: fx.unit.dinkes, tahunAwal: 2021, tahunAkhir: 2026, nama: 'Renstra Dinkes 2021-2026' })).id;
  const t = await simpanTujuan(perencana, sumber, { kode: 'T.1', uraian: 'Meningkatnya profesionalitas ASN', urutan: 1 });
  const s = await simpanSasaran(perencana, sumber, { tujuanId: t.id, kode: 'S.1.1', uraian: 'Meningkatnya kualitas manajemen ASN' });
  const p = await simpanProgramKegiatan(perencana, sumber, { tingkat: 'program', kode: '5.03.02', nama: 'Program Kepegawaian Daerah' });
  const k = await simpanProgramKegiatan(perencana, sumber, { tingkat: 'kegiatan', indukId: p.id, kode: '5.03.02.1.01',
    nama: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian' });
  const sub = await simpanProgramKegiatan(perencana, sumber, { tingkat: 'sub_kegiatan', indukId: k.id, kode: '5.03.02.1.01.0001', nama: 'Penyusunan Rencana Kebutuhan ASN',
    pagu: [{ tahun: 2024, pagu: 5000000000 }, { tahun: 2025, pagu: 3000000000, paguPerubahan: 3328663601.5 }] });
  await simpanIndikator(perencana, sumber, { tujuanId: t.id, kode: 'IT.1', uraian: 'Indeks Profesionalitas ASN', satuan: 'indeks', polaritas: 'positif', agregasi: 'snapshot',
    sumberOtomatis: 'ip_asn', formula: 'Rata-rata nilai IP ASN', sumberData: 'SIMASN', baseline: 52.1, tahunBaseline: 2020, targetAkhir: 60, angkaNasional: 58.4, urutan: 1,
    target: [{ tahun: 2023, target: 54 }, { tahun: 2024, target: 56.35 }], programIds: [p.id] });
  await simpanIndikator(perencana, sumber, { sasaranId: s.id, kode: 'IKU.9', uraian: 'Persentase pelanggaran disiplin ASN', satuan: '%', polaritas: 'negatif',
    agregasi: 'rata_rata', target: [{ tahun: 2024, target: 1.2 }], programIds: [k.id, sub.id] });
  await simpanIndikator(perencana, sumber, { programKegiatanId: sub.id, kode: 'IKK.1', uraian: 'Jumlah dokumen rencana kebutuhan ASN', satuan: 'dokumen', polaritas: 'positif',
    agregasi: 'kumulatif', target: [{ tahun: 2024, target: 1 }] });
});

describe('Renstra XLSX', () => {
  it('template: the Petunjuk sheet with an example per column and the header rows of the period, no data rows', async () => {
    const t = await templatRenstra(perencana, sumber);
    expect(t.namaBerkas).toBe('template-renstra-BKPSDM-2021-2026.xlsx');
    const lembar = await bacaXlsx(t.isi);
    expect(lembar.map((l) => l.nama)).toEqual(['Petunjuk', 'Tujuan', 'Sasaran', 'Program', 'Indikator']);
    const ik = lembar.find((l) => l.nama === 'Indikator')!;
    expect(ik.header.slice(0, 4)).toEqual(['kode', 'kode_tujuan', 'kode_sasaran', 'kode_program']);
    expect(ik.header.slice(-6)).toEqual(['target_2021', 'target_2022', 'target_2023', 'target_2024', 'target_2025', 'target_2026']);
    expect(ik.baris).toEqual([]);
    expect(lembar.find((l) => l.nama === 'Program')!.header.slice(-2)).toEqual(['pagu_perubahan_2025', 'pagu_perubahan_2026']);
    const petunjuk = lembar[0]!.baris.map((b) => b.sel.map((x) => (x === null ? '' : String(x))));
    expect(petunjuk).toContainEqual(['Indikator', 'polaritas', 'ya', expect.stringContaining('negatif'), 'positif']);
    expect(petunjuk).toContainEqual(['Program', 'pagu_2021 ... pagu_2026', '', expect.stringContaining('rupiah'), '1250000000']);
    // Importing the untouched template is refused: nothing to import.
    const h = await imporRenstra(perencana, tujuan, { namaBerkas: 'kosong.xlsx', isi: t.isi });
    expect(h).toMatchObject({ ok: false, ditulis: null, masalah: [{ pesan: expect.stringContaining('tidak ada baris data') }] });
  });

  it('an export imports into an empty Renstra as the same tree; importing it again adds nothing', async () => {
    const e = await eksporRenstra(perencana, sumber);
    expect(e.namaBerkas).toBe('ekspor-renstra-BKPSDM-2021-2026.xlsx');
    const prog = (await bacaXlsx(e.isi)).find((l) => l.nama === 'Program')!;
    const sub = prog.baris.find((b) => b.sel[1] === '5.03.02.1.01.0001')!.sel;
    expect(sub[prog.header.indexOf('pagu_2025')]).toBe(3000000000);
    expect(sub[prog.header.indexOf('pagu_perubahan_2025')]).toBe(3328663601.5);

    const h = await imporRenstra(perencana, tujuan, { namaBerkas: e.namaBerkas, isi: e.isi });
    expect(h.masalah).toEqual([]);
    expect(h).toMatchObject({ ok: true, jumlahBaris: 8, ditulis: { tujuan: { baru: 1 }, sasaran: { baru: 1 }, program: { baru: 3 }, indikator: { baru: 3 } } });
    expect(await pohon(tujuan)).toEqual(await pohon(sumber));
    const audit = await fx.db.one<{ sesudah: { sha256: string, namaBerkas: string } }>(
      sql`select sesudah from audit_log where aksi = 'renstra.impor' and entitas_id = ${String(tujuan)}`,
    );
    expect(audit.sesudah).toMatchObject({ namaBerkas: e.namaBerkas, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const lagi = await imporRenstra(perencana, tujuan, { namaBerkas: e.namaBerkas, isi: e.isi });
    expect(lagi.ditulis).toEqual({ tujuan: { baru: 0, diubah: 1 }, sasaran: { baru: 0, diubah: 1 }, program: { baru: 0, diubah: 3 }, indikator: { baru: 0, diubah: 3 } });
    expect(await pohon(tujuan)).toEqual(await pohon(sumber));
  });

  it('a file with mistakes changes nothing and names every sheet, row, column and reason', async () => {
    const sebelum = await jejak();
    const isi = await bukuXlsx({ Tujuan: [['kode', 'uraian'], ['T.2', 'Terwujudnya tata kelola kepegawaian yang baik'], ['T.2', 'Tujuan ganda']],
      Sasaran: [['kode', 'kode_tujuan', 'uraian'], ['S.2.1', 'T.9', 'Meningkatnya layanan']],
      Program: [['tingkat', 'kode', 'kode_induk', 'nama', 'pagu_2024'], ['sub_kegiatan', '5.03.02.1.01.0009', '5.03.02', 'Sub kegiatan salah induk', '1.000.000'], [
        'program',
        '5.03.09',
        null,
        'Program dengan pagu',
        5000,
      ]], Indikator: [['kode', 'kode_sasaran', 'uraian', 'satuan', 'polaritas', 'agregasi', 'target_2024', 'target_2030', 'program_pendukung'], [
        'IKU.5',
        'S.1.1',
        'Persentase ASN yang mutakhir datanya',
        '%',
        'naik',
        'snapshot',
        'sepuluh',
        null,
        '5.03.02; 9.99',
      ], ['IKU.6', null, 'Indikator tanpa induk', '%', 'positif', 'kumulatif', 80, null, null]] });
    const h = await imporRenstra(perencana, tujuan, { namaBerkas: 'salah.xlsx', isi });
    expect(h.ok).toBe(false);
    expect(h.ditulis).toBeNull();
    expect(h.masalah).toEqual(expect.arrayContaining([
      { lembar: 'Tujuan', baris: 3, kolom: 'kode', nilai: 'T.2', pesan: 'kode T.2 sudah dipakai di baris 2 lembar ini' },
      { lembar: 'Sasaran', baris: 2, kolom: 'kode_tujuan', nilai: 'T.9', pesan: 'tujuan T.9 tidak ada di lembar Tujuan maupun di Renstra' },
      { lembar: 'Program', baris: 2, kolom: 'kode_induk', nilai: '5.03.02', pesan: '5.03.02 adalah program, padahal induk sub kegiatan harus kegiatan' },
      { lembar: 'Program', baris: 3, kolom: 'pagu_2024', nilai: '5000', pesan: 'pagu diisi pada sub kegiatan; pagu kegiatan dan program adalah jumlah di bawahnya' },
      { lembar: 'Indikator', baris: 1, kolom: 'target_2030', nilai: null, pesan: 'tahun 2030 di luar periode Renstra 2021-2026' },
      { lembar: 'Indikator', baris: 2, kolom: 'target_2024', nilai: 'sepuluh', pesan: '"sepuluh" bukan angka' },
      { lembar: 'Indikator', baris: 2, kolom: 'polaritas', nilai: 'naik', pesan: expect.stringMatching(/positif.*negatif/) },
      { lembar: 'Indikator', baris: 3, kolom: 'kode_sasaran', nilai: null, pesan: 'pilih tepat satu: tujuan, sasaran, atau program/kegiatan yang diukur indikator ini' },
    ]));
    expect(h.masalah.every((m) => !/expected|Invalid|received|NaN/.test(m.pesan))).toBe(true);
    expect(h.masalah.filter((m) => m.lembar === 'Indikator' && m.baris === 2 && m.kolom === 'target_2024')).toHaveLength(1);
    expect(await jejak()).toBe(sebelum);
  });

  it('a good file adds to and updates the Renstra in one go; outside the managing reach it is not found', async () => {
    const isi = await bukuXlsx({ Tujuan: [['kode', 'uraian', 'urutan'], ['T.1', 'Meningkatnya profesionalitas dan kesejahteraan ASN', '1']],
      Indikator: [['kode', 'kode_tujuan', 'uraian', 'satuan', 'polaritas', 'agregasi', 'baseline', 'target_2025', 'target_2026', 'program_pendukung'], [
        'IT.2',
        'T.1',
        'Indeks Sistem Merit',
        'nilai',
        'Positif',
        'snapshot',
        '215,5',
        '270',
        '1.275,25',
        '5.03.02.1.01;5.03.02.1.01.0001',
      ]] });
    expect((await imporRenstra(adminDinkes, sumber, { namaBerkas: 'b.xlsx', isi }).catch((e) => e)).status).toBe(404);
    const h = await imporRenstra(perencana, tujuan, { namaBerkas: 'tambah.xlsx', isi });
    expect(h.masalah).toEqual([]);
    expect(h.ditulis).toMatchObject({ tujuan: { baru: 0, diubah: 1 }, indikator: { baru: 1, diubah: 0 } });
    const r = await ambilRenstra(perencana, tujuan);
    expect(r.tujuan[0]!.uraian).toBe('Meningkatnya profesionalitas dan kesejahteraan ASN');
    const ik = r.tujuan[0]!.indikator.find((i) => i.kode === 'IT.2')!;
    expect(ik).toMatchObject({ polaritas: 'positif', baseline: 215.5, target: [{ tahun: 2025, target: 270 }, { tahun: 2026, target: 1275.25 }] });
    expect(ik.programIds).toHaveLength(2);
  });
});
