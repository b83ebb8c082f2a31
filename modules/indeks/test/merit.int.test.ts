import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { fixturePerBerkas, NIP, PDF } from '@simasn/kepegawaian/uji';
import { ambilBuktiMerit, ambilPenilaianMerit, ambilPenilaianNspk, bekukanNspk, bukaPenilaianMerit, daftarHasilIndeks, daftarInstrumenMerit, daftarPenilaianMerit,
  daftarPenilaianNspk, finalisasiMerit, simpanInstrumenMerit, simpanPenilaianNspk, ubahSkorMerit, ubahTargetMerit, unggahBuktiMerit, type PenilaianMerit } from '../src/index.ts';

/**
 * The Sistem Merit self-assessment and the NSPK assessment, through the tables, on the real
 * database engine. The figures are checked against the seed (lamongan-2022-merit) and against
 * arithmetic done by hand, not against the code that produced them.
 */
const fx = fixturePerBerkas();
let admin: Konteks;
let perencana: Konteks;

/**
 * An instrument whose aspect weights are the Lamongan IKU table (10/10/30/10/20/10/4/6 %), and
 * scores that give the seed's aspect totals: bobot x skor summed per aspect.
 */
const LAMONGAN: { bobot: number[], skor: number[] }[] = [
  { bobot: [5, 5], skor: [4, 4] }, //                                       40
  { bobot: [2, 2, 2, 2, 2], skor: [4, 4, 4, 4, 2] }, //                     8 + 8 + 8 + 8 + 4 = 36
  { bobot: [5, 5, 5, 5, 5, 2.5, 2.5], skor: [2, 2, 2, 2, 2, 1, 2] }, //     50 + 2,5 + 5 = 57,5
  { bobot: [5, 2.5, 2.5], skor: [2, 2, 2] }, //                             10 + 5 + 5 = 20
  { bobot: [5, 5, 5, 2.5, 2.5], skor: [3, 3, 3, 4, 3] }, //                 45 + 10 + 7,5 = 62,5
  { bobot: [2.5, 2.5, 2.5, 2.5], skor: [4, 3, 4, 3] }, //                   10 + 7,5 + 10 + 7,5 = 35
  { bobot: [2, 2], skor: [3, 2] }, //                                       6 + 4 = 10
  { bobot: [2, 1, 1, 2], skor: [3, 3, 2, 3] }, //                           6 + 3 + 2 + 6 = 17
];
const instrumenLamongan = { id: 'lamongan-2022', nama: 'Instrumen uji berbobot tabel IKU Lamongan', dasarHukum: 'PermenPAN-RB 40/2018', berlakuMulai: '2022-01-01',
  aspek: LAMONGAN.map((a, i) => ({ nomor: i + 1, subAspek: a.bobot.map((b, j) => ({ kode: `${i + 1}.${j + 1}`, nama: `Uji ${i + 1}.${j + 1}`, bobot: b })) })) };
const skorLamongan = Object.fromEntries(LAMONGAN.flatMap((a, i) => a.skor.map((s, j) => [`${i + 1}.${j + 1}`, s])));
const semuaKode = Object.keys(skorLamongan);

const sub = (p: PenilaianMerit, kode: string) => p.aspek.flatMap((a) => a.subAspek).find((s) => s.kode === kode)!;
const status = (e: unknown) => (e as { status?: number }).status;

async function nilaiSemua(ctx: Konteks, id: number, skor: Record<string, number>) {
  let p = await ambilPenilaianMerit(ctx, id);
  for (const [kode, x] of Object.entries(skor)) p = await ubahSkorMerit(ctx, id, kode, { skor: x, versi: sub(p, kode).versi });
  return p;
}

beforeAll(async () => {
  admin = await fx.ctx('admin.bkd');
  perencana = await fx.ctx('perencana');
});

describe('Sistem Merit self-assessment', () => {
  let id2021 = 0;
  let id2022 = 0;

  it('reproduces lamongan-2022-merit through the tables: aspect totals, 278, 0,695, III Baik, capaian', async () => {
    await simpanInstrumenMerit(admin, instrumenLamongan);
    expect((await daftarInstrumenMerit(admin)).find((i) => i.id === 'lamongan-2022')).toMatchObject({ milikInstansi: true, jumlahBobot: 100, jumlahSubAspek: 32 });

    // Last year: every sub-aspect "Cukup" (2): total 100 x 2 = 200.
    const lalu = await bukaPenilaianMerit(admin, { tahun: 2021, instrumenId: 'lamongan-2022' });
    expect(lalu.baru).toBe(true);
    id2021 = lalu.id;
    const l = await nilaiSemua(admin, id2021, Object.fromEntries(semuaKode.map((k) => [k, 2])));
    expect(l.total).toBe(200);
    expect(l.kategori?.teks).toBe('II Kurang');

    // 2022: the instansi's own instrument is the one in force; last year's scores are the starting point.
    const buka = await bukaPenilaianMerit(admin, { tahun: 2022, targetTotal: 260, targetRenstra: 324 });
    id2022 = buka.id;
    expect(buka.instrumen.id).toBe('lamongan-2022');
    expect(buka.aturan.id).toBe('permenpan-40-2018');
    expect(buka.jumlahDinilai).toBe(32);
    expect(buka.total).toBe(200);
    const lagi = await bukaPenilaianMerit(perencana, { tahun: 2022 });
    expect(lagi).toMatchObject({ baru: false, id: id2022 });

    const p = await nilaiSemua(admin, id2022, Object.fromEntries(Object.entries(skorLamongan).filter(([, s]) => s !== 2)));
    expect(p.aspek.map((a) => a.nilai)).toEqual([40, 36, 57.5, 20, 62.5, 35, 10, 17]);
    expect(p.aspek.map((a) => a.maksimum)).toEqual([40, 40, 120, 40, 80, 40, 16, 24]);
    expect(p.total).toBe(278);
    expect(p.indeks).toBe(0.695);
    expect(p.kategori).toEqual({ kode: 'III', label: 'Baik', teks: 'III Baik' });
    expect(p.capaian.target).toEqual({ target: 260, persen: 106.92 });
    expect(p.capaian.renstra).toEqual({ target: 324, persen: 85.8 });
    expect(p.tahunLalu).toMatchObject({ tahun: 2021, total: 200, selisih: 78 });
    expect(p.lengkap).toBe(true);
    expect(p.peringatan).toEqual([]);
    expect(sub(p, '3.6')).toMatchObject({ bobot: 2.5, skor: 1, labelSkor: 'Kurang', nilai: 2.5 });

    // 325 is 47 points away. A +1 step gains the weight, so the heaviest steps first (5 points),
    // lower scores first on a tie: ceil(47 / 5) = 10 steps, 3.1 to 3.5 each from 2 to 4: 50 points, 328.
    expect(p.naikKategori.kategoriBerikutnya?.teks).toBe('IV Sangat Baik');
    expect(p.naikKategori.kurang).toBe(47);
    expect(p.naikKategori.langkah.map((x) => [x.subAspek, x.dari, x.ke, x.tambahan])).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5'].map((k) => [k, 2, 4, 10]));
    expect(p.naikKategori).toMatchObject({ jumlahLangkah: 10, totalSetelah: 328, indeksSetelah: 0.82, tercapai: true });

    const baris = await fx.db.one<{ n: number, jumlah: number }>(sql`
      select count(*)::int n, sum(skor)::int jumlah from skor_merit where instansi_id = 1 and penilaian_id = ${id2022}`);
    expect(baris).toEqual({ n: 32, jumlah: LAMONGAN.flatMap((a) => a.skor).reduce((s, x) => s + x, 0) });
    const daftar = await daftarPenilaianMerit(perencana);
    expect(daftar.map((d) => [d.tahun, d.total, d.status])).toEqual([[2022, 278, 'draf'], [2021, 200, 'draf']]);
  });

  it('warns about weights not summing to 100 and unscored sub-aspects, and refuses to finalise them', async () => {
    // The shipped Lumajang instrument sums to 105; from 2022 only the codes it shares are copied.
    const p = await bukaPenilaianMerit(admin, { tahun: 2023, instrumenId: 'lumajang-2024', salinTahunLalu: true });
    expect(p.instrumen).toMatchObject({ id: 'lumajang-2024', milikInstansi: false });
    expect(p.jumlahSubAspek).toBe(37);
    expect(p.jumlahDinilai).toBe(32); // 2 + 5 + 7 + 3 + 5 + 4 + 2 + 4 codes exist in both
    expect(p.lengkap).toBe(false);
    expect(p.peringatan.join(' ')).toMatch(/Jumlah bobot instrumen 105, bukan 100/);
    expect(p.peringatan.join(' ')).toMatch(/5 sub-aspek belum dinilai \(1\.3, 1\.4, 3\.8, 3\.9, 3\.10\)/);
    await expect(finalisasiMerit(admin, p.id, { versi: p.versi })).rejects.toMatchObject({ status: 422 });
    await expect(ubahSkorMerit(admin, p.id, '9.9', { skor: 3, versi: 0 })).rejects.toMatchObject({ status: 404 });
    await expect(ubahSkorMerit(admin, p.id, '3.8', { skor: 5, versi: 0 })).rejects.toMatchObject({ status: 422 });
    await expect(bukaPenilaianMerit(admin, { tahun: 2019 })).rejects.toMatchObject({ status: 422 }); // no instrument in force
  });

  it('settles two concurrent edits of one score: one winner, a 409 for the other', async () => {
    const p = await ambilPenilaianMerit(admin, id2022);
    const versi = sub(p, '8.3').versi;
    const hasil = await Promise.allSettled([
      ubahSkorMerit(admin, id2022, '8.3', { skor: 4, versi }),
      ubahSkorMerit(perencana, id2022, '8.3', { skor: 1, versi }),
    ]);
    expect(hasil.map((h) => h.status).sort()).toEqual(['fulfilled', 'rejected']);
    const ditolak = hasil.find((h) => h.status === 'rejected') as PromiseRejectedResult;
    expect(status(ditolak.reason)).toBe(409);
    expect((ditolak.reason as Error).message).toMatch(/sudah diubah orang lain .* Muat ulang/);
    const menang = (hasil.find((h) => h.status === 'fulfilled') as PromiseFulfilledResult<PenilaianMerit>).value;
    const kini = await ambilPenilaianMerit(admin, id2022);
    expect(sub(kini, '8.3')).toMatchObject({ skor: sub(menang, '8.3').skor, versi: versi + 1 });
    // Put the seed's score back for what follows (the winner's version).
    await ubahSkorMerit(admin, id2022, '8.3', { skor: 2, catatan: 'Kembali ke nilai laporan', versi: versi + 1 });
    expect((await ambilPenilaianMerit(admin, id2022)).total).toBe(278);
  });

  it('keeps evidence documents (PDF, PNG, JPEG by content) and gives them back', async () => {
    const p = await ambilPenilaianMerit(admin, id2022);
    const u = await unggahBuktiMerit(admin, id2022, '1.1', { namaBerkas: 'Dokumen Rencana Kebutuhan.pdf', isi: PDF, versi: sub(p, '1.1').versi });
    expect(u.dokumen).toMatchObject({ jenisMime: 'application/pdf', namaBerkas: 'Dokumen Rencana Kebutuhan.pdf', ukuran: PDF.length });
    expect(sub(u.penilaian, '1.1').dokumen?.id).toBe(u.dokumen.id);
    const b = await ambilBuktiMerit(await fx.ctx(NIP.a1), id2022, u.dokumen.id);
    expect(b.isi.equals(PDF)).toBe(true);
    expect(b.jenisMime).toBe('application/pdf');
    await expect(ambilBuktiMerit(admin, id2021, u.dokumen.id)).rejects.toMatchObject({ status: 404 });

    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
    const v = sub(u.penilaian, '1.2').versi;
    const g = await unggahBuktiMerit(admin, id2022, '1.2', { namaBerkas: 'foto', isi: png, versi: v });
    expect(g.dokumen).toMatchObject({ jenisMime: 'image/png', namaBerkas: 'foto.png' });
    await expect(unggahBuktiMerit(admin, id2022, '1.3', { namaBerkas: 'x.pdf', isi: PDF, versi: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(unggahBuktiMerit(admin, id2022, '2.1', { namaBerkas: 'x.pdf', isi: Buffer.from('bukan pdf'), versi: 1 })).rejects.toMatchObject({ status: 422 });
    await expect(unggahBuktiMerit(admin, id2022, '1.2', { namaBerkas: 'x.pdf', isi: PDF, versi: v })).rejects.toMatchObject({ status: 409 });
  });

  it('finalises: freezes hasil_indeks with the breakdown and rule id, then refuses every edit with 409', async () => {
    const p = await ambilPenilaianMerit(admin, id2022);
    await expect(finalisasiMerit(admin, id2022, { versi: p.versi - 1 })).rejects.toMatchObject({ status: 409 });
    const f = await finalisasiMerit(perencana, id2022, { versi: p.versi });
    expect(f.status).toBe('final');
    expect(f.total).toBe(278);
    expect(f.hasil).toMatchObject({ nilai: 278, kategori: 'III Baik', dihitungOleh: 'perencana' });
    const h = await fx.db.one<
      { aturan_id: string, nilai: number, kategori: string, jumlah_data: number, tanggal_acuan: string, rincian: { aspek: { nilai: number, subAspek: unknown[] }[] } }
    >(sql`
      select aturan_id, nilai, kategori, jumlah_data, tanggal_acuan, rincian from hasil_indeks where instansi_id = 1 and jenis = 'merit' and tahun = 2022`);
    expect(h).toMatchObject({ aturan_id: 'permenpan-40-2018', nilai: 278, kategori: 'III Baik', jumlah_data: 32, tanggal_acuan: '2022-12-31' });
    expect(h.rincian).toMatchObject({ penilaianId: id2022, total: 278, indeks: 0.695, instrumen: { id: 'lamongan-2022' }, capaian: { target: { persen: 106.92 } } });
    expect(h.rincian.aspek.map((a) => a.nilai)).toEqual([40, 36, 57.5, 20, 62.5, 35, 10, 17]);
    expect(h.rincian.aspek[0]!.subAspek[0]).toMatchObject({ kode: '1.1', bobot: 5, skor: 4, nilai: 20, dokumenId: expect.any(Number) });
    expect((await daftarHasilIndeks(admin, { jenis: 'merit' }))[0]).toMatchObject({ tahun: 2022, aturan: 'permenpan-40-2018', nilai: 278 });

    const v = sub(f, '1.1').versi;
    await expect(ubahSkorMerit(admin, id2022, '1.1', { skor: 1, versi: v })).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/sudah final/) });
    await expect(unggahBuktiMerit(admin, id2022, '1.1', { namaBerkas: 'b.pdf', isi: PDF, versi: v })).rejects.toMatchObject({ status: 409 });
    await expect(ubahTargetMerit(admin, id2022, { targetTotal: 300, versi: f.versi })).rejects.toMatchObject({ status: 409 });
    await expect(finalisasiMerit(admin, id2022, { versi: f.versi })).rejects.toMatchObject({ status: 409 });
    expect((await ambilPenilaianMerit(admin, id2022)).total).toBe(278);
  });

  it('writes an audit row for every change, with before and after', async () => {
    const rows = await fx.db.many<{ aksi: string, nama_pengguna: string, sebelum: unknown, sesudah: Record<string, unknown> | null }>(sql`
      select aksi, nama_pengguna, sebelum, sesudah from audit_log where instansi_id = 1 and entitas in ('penilaian_merit', 'instrumen_merit') order by id`);
    const aksi = new Set(rows.map((r) => r.aksi));
    for (const a of ['merit.instrumen_simpan', 'merit.buka', 'merit.skor', 'merit.bukti', 'merit.finalisasi']) expect(aksi, a).toContain(a);
    const kembali = rows.find((r) => r.aksi === 'merit.skor' && r.sesudah?.catatan === 'Kembali ke nilai laporan')!;
    expect(kembali).toMatchObject({ nama_pengguna: 'admin.bkd', sebelum: { subAspek: '8.3', tahun: 2022 }, sesudah: { subAspek: '8.3', skor: 2, label: 'Cukup' } });
    expect(rows.find((r) => r.aksi === 'merit.finalisasi')).toMatchObject({ nama_pengguna: 'perencana', sesudah: { status: 'final', total: 278, kategori: 'III Baik' } });
  });

  it('lets admin OPD and ASN read but not write (403)', async () => {
    const opd = await fx.ctx('admin.bkpsdm');
    const asn = await fx.ctx(NIP.a1);
    expect((await ambilPenilaianMerit(opd, id2022)).total).toBe(278);
    expect((await daftarPenilaianMerit(asn)).length).toBe(3);
    await expect(bukaPenilaianMerit(opd, { tahun: 2024 })).rejects.toMatchObject({ status: 403 });
    await expect(ubahSkorMerit(opd, id2021, '1.1', { skor: 4, versi: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(ubahTargetMerit(opd, id2021, { targetTotal: 250, versi: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(unggahBuktiMerit(opd, id2021, '1.1', { namaBerkas: 'a.pdf', isi: PDF, versi: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(finalisasiMerit(asn, id2021, { versi: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(simpanPenilaianNspk(opd, 2024, { skor: {}, versi: 0 })).rejects.toMatchObject({ status: 403 });
    await expect(ambilPenilaianMerit(opd, 999_999)).rejects.toMatchObject({ status: 404 });
  });
});

describe('Indeks Implementasi NSPK', () => {
  const KODE = [
    'kebutuhan',
    'pengadaan',
    'pengangkatan',
    'jabatan',
    'pangkat',
    'pengembangan_karier',
    'pola_karier',
    'mutasi',
    'penilaian_kinerja',
    'disiplin',
    'penghargaan',
    'cuti',
    'kode_etik',
    'pemberhentian',
    'penggajian',
    'jaminan_pensiun',
    'pensiun',
    'perlindungan',
  ];
  const NILAI = [80, 75, 70, 85, 90, 65, 60, 72, 88, 95, 78, 92, 84, 55, 87, 81, 76, 70]; // sum 1403
  const skor = Object.fromEntries(KODE.map((k, i) => [k, NILAI[i]!]));

  it('computes the index and category from the 18 element scores, with the weakest elements', async () => {
    expect(NILAI.reduce((s, x) => s + x, 0)).toBe(1403);
    const kosong = await ambilPenilaianNspk(admin, 2024);
    expect(kosong).toMatchObject({ ada: false, versi: 0, indeks: null, jumlahElemen: 18 });

    const sebagian = await simpanPenilaianNspk(admin, 2024, { skor: { kebutuhan: 80, pengadaan: null }, versi: 0 });
    expect(sebagian).toMatchObject({ ada: true, versi: 1, jumlahDinilai: 1, lengkap: false, indeks: null, kategori: null });
    const p = await simpanPenilaianNspk(admin, 2024, { skor, catatan: 'Hasil penilaian BKN', versi: 1 });
    expect(p.indeks).toBe(77.94); // 1403 / 18 = 77,944...
    expect(p.kategori).toEqual({ kode: 'B', label: 'Baik', teks: 'B Baik' });
    expect(p.elemenTerlemah.map((e) => [e.kode, e.nilai])).toEqual([['pemberhentian', 55], ['pola_karier', 60], ['pengembangan_karier', 65], ['pengangkatan', 70], [
      'perlindungan',
      70,
    ]]);
    expect(await fx.db.one(sql`select skor, versi from penilaian_nspk where instansi_id = 1 and tahun = 2024`)).toEqual({ skor, versi: 2 });

    // Every element at 85 is still B (A starts above 85); one more point somewhere makes it A.
    const batas = await simpanPenilaianNspk(admin, 2025, { skor: Object.fromEntries(KODE.map((k) => [k, 85])), versi: 0 });
    expect(batas).toMatchObject({ indeks: 85, kategori: { teks: 'B Baik' }, tahunLalu: { tahun: 2024, indeks: 77.94, selisih: 7.06 } });
    const a = await simpanPenilaianNspk(admin, 2025, { skor: { ...Object.fromEntries(KODE.map((k) => [k, 85])), cuti: 100 }, versi: 1 });
    expect(a.kategori?.teks).toBe('A Unggul'); // 85 + 15 / 18 = 85,83
    expect((await daftarPenilaianNspk(perencana)).map((d) => [d.tahun, d.indeks])).toEqual([[2025, 85.83], [2024, 77.94]]);
  });

  it('refuses a stale version, an unknown element and a score out of 0-100', async () => {
    await expect(simpanPenilaianNspk(perencana, 2024, { skor, versi: 1 })).rejects.toMatchObject({ status: 409 });
    await expect(simpanPenilaianNspk(perencana, 2024, { skor: { ...skor, tambahan: 50 }, versi: 2 })).rejects.toMatchObject({ status: 422 });
    await expect(simpanPenilaianNspk(perencana, 2024, { skor: { ...skor, cuti: 101 }, versi: 2 })).rejects.toMatchObject({ status: 422 });
    await expect(simpanPenilaianNspk(perencana, 2030, { skor, versi: 3 })).rejects.toMatchObject({ status: 404 });
  });

  it('freezes the index into hasil_indeks with its rule version', async () => {
    await expect(bekukanNspk(admin, 2024, { versi: 1 })).rejects.toMatchObject({ status: 409 });
    const b = await bekukanNspk(admin, 2024, { versi: 2 });
    expect(b.hasil).toMatchObject({ nilai: 77.94, kategori: 'B Baik', dihitungOleh: 'admin.bkd' });
    const h = await fx.db.one<{ aturan_id: string, rincian: { elemen: unknown[] } }>(
      sql`select aturan_id, rincian from hasil_indeks where instansi_id = 1 and jenis = 'nspk' and tahun = 2024`,
    );
    expect(h.aturan_id).toBe('bkn-12-2022');
    expect(h.rincian.elemen).toHaveLength(18);
    const audit = await fx.db.many<{ aksi: string }>(
      sql`select aksi from audit_log where instansi_id = 1 and (entitas = 'penilaian_nspk' or sesudah ->> 'jenis' = 'nspk') order by id`,
    );
    expect(audit.map((x) => x.aksi)).toEqual(['nspk.simpan', 'nspk.simpan', 'nspk.simpan', 'nspk.simpan', 'indeks.simpan']);
    await simpanPenilaianNspk(admin, 2026, { skor: { kebutuhan: 50 }, versi: 0 });
    await expect(bekukanNspk(admin, 2026, { versi: 1 })).rejects.toMatchObject({ status: 422 });
  });
});
