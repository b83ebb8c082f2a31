import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { sql } from '@simasn/db';
import { type Konteks, tungguSegelAudit } from '@simasn/platform';
import { bukuXlsx, fixturePerBerkas, galatAplikasi, NIP } from '@simasn/kepegawaian/uji';
import JSZip from 'jszip';
import { ambilButir, ambilPercobaan, analisisTes, catatSinyal, daftarButir, eksporBank, eksporBankQti, hasilPercobaan, imporBank, imporBankQti, unggahGambarButir, mulaiPercobaan,
  pantauTes, selesaikanPercobaan, simpanButir, simpanJawaban, tambahBank, tambahTes, tesSaya, tutupSemuaPercobaanKedaluwarsa, ubahStatusButir, daftarBank,
  daftarTes } from '../src/index.ts';
import { KONTRAK_UJIAN as K } from '../src/kontrak.ts';
import { catatDiklatTes } from '../src/percobaan/diklat-tes.ts';
import { ambilTes } from '../src/tes/tes.ts';
import { daftarDiklatTahun } from '@simasn/kepegawaian';

/**
 * Uji kompetensi on the real database: items versioned and reviewed before they go live, the XLSX
 * import all-or-nothing, a CAT test drawn per attempt from a saved seed, answers saved per item in
 * order (a late resend never overwrites a newer answer), resume, one running attempt per person,
 * auto-submit at the deadline with every saved answer counted, results and explanations after the
 * window, signals for the proctor and the item analysis. Clock: Monday 16 November 2026, 09.00 WIB.
 */
const fx = fixturePerBerkas();
const T0 = new Date('2026-11-16T02:00:00Z');
let JAM = T0;
/** Minutes after 09.00 WIB (the start of the tests' window). */
const menit = (m: number) => new Date(T0.getTime() + m * 60_000);
let bkd: Konteks;
/** A second bank keeper: approves what bkd wrote (four eyes). */
let bkd2: Konteks;
let a1: Konteks;
let a2: Konteks;
let b1: Konteks;
const jam = async (nama: string, alamatIp = '10.0.0.1') => ({ ...(await fx.ctx(nama)), sekarang: () => JAM, alamatIp });
let bankSkd: number;
const twk = (n: number) => ({ kategori: 'TWK', teks: `Soal wawasan kebangsaan nomor ${n}`, jenis: 'tunggal' as const, pembahasan: `Pembahasan TWK ${n}`,
  opsi: [{ id: 'a', teks: 'Benar', benar: true }, { id: 'b', teks: 'Salah satu' }, { id: 'c', teks: 'Salah dua' }] });
const tkp = (n: number) => ({ kategori: 'TKP', teks: `Situasi kerja nomor ${n}`, jenis: 'tunggal' as const,
  opsi: [1, 2, 3, 4, 5].map((b, i) => ({ id: 'abcde'[i]!, teks: `Sikap ${b}`, bobot: b })) });
async function aktifkan(id: number, versi: number) {
  await ubahStatusButir(bkd, id, { status: 'ditinjau', versi });
  await ubahStatusButir(bkd2, id, { status: 'aktif', versi });
}

beforeAll(async () => {
  bkd = await jam('admin.bkd');
  const a = await fx.db.one<{ id: number }>(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, hash_sandi) select instansi_id, 'admin.bkd2', 'Admin BKD Dua',
    hash_sandi from akun where nama_pengguna = 'admin.bkd' returning id`);
  await fx.db.run(sql`insert into akun_peran (instansi_id, akun_id, peran, unit_id) values (1, ${a.id}, 'admin_bkd', null)`);
  bkd2 = await jam('admin.bkd2');
  a1 = await jam(NIP.a1);
  a2 = await jam(NIP.a2);
  b1 = await jam(NIP.b1);
  bankSkd = (await tambahBank(bkd, { nama: 'SKD Latihan 2026', kelompok: 'seleksi' })).id;
});

describe('bank soal', () => {
  it('refuses items that break the rules of their category, in Indonesian', async () => {
    const dua = await galatAplikasi(simpanButir(bkd, { bankId: bankSkd, ...twk(0), opsi: [{ id: 'a', teks: 'x', benar: true }, { id: 'b', teks: 'y', benar: true }] }));
    expect(dua.status).toBe(422);
    expect(dua.rincian).toEqual(expect.arrayContaining([expect.objectContaining({ kolom: 'opsi', pesan: 'butir satu jawaban harus punya tepat satu kunci, ditemukan 2' })]));
    const tanpaBobot = await galatAplikasi(simpanButir(bkd, { bankId: bankSkd, ...tkp(0), opsi: [{ id: 'a', teks: 'x' }, { id: 'b', teks: 'y', bobot: 3 }] }));
    expect(tanpaBobot.rincian).toEqual([expect.objectContaining({ kolom: 'opsi.0.bobot', pesan: 'bobot opsi harus 1 sampai 5' })]);
    const salahKategori = await galatAplikasi(simpanButir(bkd, { bankId: bankSkd, ...twk(0), kategori: 'integritas' }));
    expect(salahKategori.rincian).toEqual([expect.objectContaining({ kolom: 'kategori', pesan: 'kategori bank seleksi harus TWK, TIU, TKP' })]);
  });

  it('keeps every version; an edited item is a draft again and goes live only after review', async () => {
    const b = await simpanButir(bkd, { bankId: bankSkd, ...twk(1) });
    expect(b).toMatchObject({ versi: 1, status: 'draf' });
    expect((await galatAplikasi(ubahStatusButir(bkd, b.id, { status: 'aktif', versi: 1 }))).message).toContain('Ajukan untuk ditinjau terlebih dahulu');
    await aktifkan(b.id, 1);
    const v2 = await simpanButir(bkd, { bankId: bankSkd, ...twk(1), teks: 'Soal wawasan kebangsaan nomor 1 (perbaikan)', versi: 1 }, b.id);
    expect(v2).toMatchObject({ versi: 2, status: 'draf', teks: 'Soal wawasan kebangsaan nomor 1 (perbaikan)' });
    expect((await galatAplikasi(simpanButir(bkd, { bankId: bankSkd, ...twk(1), versi: 1 }, b.id))).status).toBe(409);
    const versi = await fx.db.many<{ versi: number, teks: string }>(sql`select versi, teks from versi_butir where butir_id = ${b.id} order by versi`);
    expect(versi.map((v) => v.teks)).toEqual(['Soal wawasan kebangsaan nomor 1', 'Soal wawasan kebangsaan nomor 1 (perbaikan)']);
    await aktifkan(b.id, 2);
  });

  it('imports a sheet all or nothing, naming row, column and reason; the export reads back', async () => {
    const judul = ['kategori', 'jenis', 'soal', 'opsi_a', 'opsi_b', 'opsi_c', 'opsi_d', 'opsi_e', 'kunci', 'bobot_a', 'bobot_b', 'bobot_c', 'bobot_d', 'bobot_e', 'pembahasan'];
    const salah = await bukuXlsx({ Butir: [judul, ['TWK', 'tunggal', 'Soal wawasan kebangsaan nomor 2', 'Benar', 'Salah', 'Keliru', '', '', 'a', '', '', '', '', '', 'Karena a'], [
      'TKP',
      'tunggal',
      'Situasi kerja impor',
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
      '',
      1,
      2,
      3,
      4,
      9,
      '',
    ], ['TIU', 'tunggal', 'Deret 2, 4, 6, ...', '7', '8', '', '', '', 'c', '', '', '', '', '', '']] });
    const g = await galatAplikasi(imporBank(bkd, bankSkd, { namaBerkas: 'butir.xlsx', isi: salah }));
    expect(g.status).toBe(422);
    expect(g.rincian).toEqual([{ baris: 3, kolom: 'bobot_e', pesan: 'bobot "9" harus bilangan bulat 1 sampai 5' }, { baris: 4, kolom: 'kunci',
      pesan: 'kunci "c" bukan opsi yang terisi' }]);
    expect((await daftarButir(bkd, { bankId: bankSkd })).total).toBe(1);
    const baik = await bukuXlsx({ Butir: [
      judul,
      ...[2, 3].map((n) => ['TWK', 'tunggal', `Soal wawasan kebangsaan nomor ${n}`, 'Benar', 'Salah satu', 'Salah dua', '', '', 'a', '', '', '', '', '', `Pembahasan TWK ${n}`]),
      ...[1, 2].map((n) => ['TKP', 'tunggal', `Situasi kerja nomor ${n}`, 'Sikap 1', 'Sikap 2', 'Sikap 3', 'Sikap 4', 'Sikap 5', '', 1, 2, 3, 4, 5, '']),
    ] });
    expect(await imporBank(bkd, bankSkd, { namaBerkas: 'butir.xlsx', isi: baik })).toEqual({ diimpor: 4 });
    const semua = await daftarButir(bkd, { bankId: bankSkd, status: 'draf' });
    expect(semua.total).toBe(4);
    for (const b of semua.items) await aktifkan(b.id, b.versi);
    const ekspor = await eksporBank(bkd, bankSkd);
    expect(await imporBank(bkd, bankSkd, { namaBerkas: ekspor.namaBerkas, isi: ekspor.isi })).toEqual({ diimpor: 5 });
    expect((await daftarButir(bkd, { bankId: bankSkd, q: 'nomor 1 (perbaikan)' })).total).toBe(2);
  });

  it('four eyes: the author of a version cannot approve it; another keeper can, and an edit by them needs a third look', async () => {
    const b = await simpanButir(bkd, { bankId: bankSkd, ...twk(9) });
    await ubahStatusButir(bkd, b.id, { status: 'ditinjau', versi: 1 });
    const g = await galatAplikasi(ubahStatusButir(bkd, b.id, { status: 'aktif', versi: 1 }));
    expect([g.status, g.message]).toEqual([403, 'Versi 1 butir ini Anda tulis sendiri. Butir harus disetujui pengelola bank soal lain (prinsip empat mata).']);
    expect((await ambilButir(bkd, b.id)).status).toBe('ditinjau');
    // The author may still send it back to draft.
    expect((await ubahStatusButir(bkd, b.id, { status: 'draf', versi: 1 })).status).toBe('draf');
    // bkd2 edits it (version 2, theirs): now bkd may approve and bkd2 may not.
    const v2 = await simpanButir(bkd2, { bankId: bankSkd, ...twk(9), teks: 'Soal wawasan kebangsaan nomor 9 (disunting)', versi: 1 }, b.id);
    await ubahStatusButir(bkd2, b.id, { status: 'ditinjau', versi: v2.versi });
    expect((await galatAplikasi(ubahStatusButir(bkd2, b.id, { status: 'aktif', versi: 2 }))).status).toBe(403);
    expect((await ubahStatusButir(bkd, b.id, { status: 'aktif', versi: 2 })).status).toBe('aktif');
    // Taken out again so that the bank's counts below stay as they were.
    await ubahStatusButir(bkd, b.id, { status: 'nonaktif', versi: 2 });
  });
});

describe('tes CAT', () => {
  let tesId: number;
  let tesLain: number;
  const kategori = () => [
    { kode: 'TWK', nama: 'Tes Wawasan Kebangsaan', jumlahButir: 2, penilaian: { jenis: 'benar_salah', benar: 5, salah: 0, kosong: 0 }, ambangBatas: 5, bankId: bankSkd },
    { kode: 'TKP', nama: 'Tes Karakteristik Pribadi', jumlahButir: 2, penilaian: { jenis: 'bobot_opsi', bobotMin: 1, bobotMaks: 5, kosong: 0 }, ambangBatas: 6, bankId: bankSkd },
  ];

  it('refuses a test whose bank has too few live items', async () => {
    const g = await galatAplikasi(
      tambahTes(bkd, { judul: 'Terlalu banyak', kategori: kategori().map((k) => ({ ...k, jumlahButir: 9 })), menit: 10, dibukaPada: JAM, ditutupPada: menit(120),
        sasaran: { jenis: 'semua' } }),
    );
    expect(g.rincian).toEqual(expect.arrayContaining([{ kolom: 'kategori.0.jumlahButir', pesan: 'bank soal hanya berisi 3 butir aktif TWK, tes memerlukan 9' }]));
  });

  it('draws a per-attempt layout from a saved seed and resumes the same attempt', async () => {
    // Only the BKPSDM unit (a1, a2); b1 (Dinas Kesehatan) does not see it.
    tesId =
      (await tambahTes(bkd, { judul: 'Uji SKD BKPSDM', kategori: kategori(), menit: 10, dibukaPada: JAM, ditutupPada: menit(60),
        sasaran: { jenis: 'unit', ids: [fx.unit.bkpsdm] } })).id;
    tesLain = (await tambahTes(bkd, { judul: 'Uji SKD kedua', kategori: kategori(), menit: 10, dibukaPada: JAM, ditutupPada: menit(60), sasaran: { jenis: 'semua' } })).id;
    expect((await tesSaya(b1)).items.map((t) => t.judul)).toEqual(['Uji SKD kedua']);
    expect((await galatAplikasi(mulaiPercobaan(b1, tesId, { perangkat: 'hp-citra-01' }))).status).toBe(404);
    const p = await mulaiPercobaan(a1, tesId, { perangkat: 'hp-andi-0001' });
    expect(p.butir.map((b) => b.kategori)).toEqual(['TWK', 'TWK', 'TKP', 'TKP']);
    expect(p.sisaDetik).toBe(600);
    expect(JSON.stringify(p)).not.toContain('benar');
    const benih = await fx.db.one<{ benih: string, versiAcak: number }>(sql`select benih, versi_acak as "versiAcak" from percobaan_ujian where id = ${p.id}`);
    expect(benih.benih).toMatch(/^[0-9a-f]{64}$/);
    JAM = menit(1);
    const lagi = await mulaiPercobaan(a1, tesId, { perangkat: 'hp-andi-0001' });
    expect(lagi.id).toBe(p.id);
    expect(lagi.butir).toEqual(p.butir);
    expect(lagi.sisaDetik).toBe(540);
    expect((await galatAplikasi(mulaiPercobaan(a1, tesLain, { perangkat: 'hp-andi-0001' }))).message).toBe(
      'Anda masih mengerjakan tes "Uji SKD BKPSDM". Selesaikan tes itu terlebih dahulu.',
    );
  });

  it('saves every answer as given; a late resend never overwrites a newer answer', async () => {
    const p = await ambilPercobaan(a1, (await tesSaya(a1)).items.find((t) => t.id === tesId)!.percobaanId!);
    const kunci = async (urutan: number) => {
      const b = p.butir[urutan]!;
      const v = await fx.db.one<{ opsi: { id: string, benar?: boolean, bobot: number | null }[] }>(sql`select v.opsi from versi_butir v
        join percobaan_ujian c on c.id = ${p.id} and (c.susunan->${urutan}::int->>'butirId')::bigint = v.butir_id and (c.susunan->${urutan}::int->>'versi')::int = v.versi`);
      return { benar: v.opsi.find((o) => o.benar)?.id ?? b.opsi[0]!.id, terberat: v.opsi.find((o) => o.bobot === 5)?.id ?? b.opsi[0]!.id, salah: v.opsi.find((o) => !o.benar)!.id };
    };
    const k0 = await kunci(0);
    expect(await simpanJawaban(a1, p.id, { urutan: 0, pilihan: [k0.salah], nomor: 1, perangkat: 'hp-andi-0001' })).toMatchObject({ nomor: 1, tersimpan: true });
    expect(await simpanJawaban(a1, p.id, { urutan: 0, pilihan: [k0.benar], nomor: 3, perangkat: 'hp-andi-0001' })).toMatchObject({ nomor: 3 });
    // The request numbered 2 arrives after 3 (a queued resend): the stored answer stays the newer one.
    expect(await simpanJawaban(a1, p.id, { urutan: 0, pilihan: [k0.salah], nomor: 2, perangkat: 'hp-andi-0001' })).toMatchObject({ nomor: 3 });
    // A resend of the same request changes nothing either.
    expect(await simpanJawaban(a1, p.id, { urutan: 0, pilihan: [k0.benar], nomor: 3, perangkat: 'hp-andi-0001' })).toMatchObject({ nomor: 3 });
    // Concurrent sends of one item (a resend racing a newer choice) share a group commit: the highest number is what stays.
    const acak = await Promise.all([12, 10, 14, 11, 13].map((nomor) => simpanJawaban(a1, p.id, { urutan: 1, pilihan: [p.butir[1]!.opsi[nomor % 3]!.id], nomor })));
    expect(acak.map((x) => x.nomor)).toContain(14);
    expect(await fx.db.one(sql`select nomor, pilihan from jawaban_ujian where percobaan_id = ${p.id} and urutan = 1`)).toEqual({ nomor: 14,
      pilihan: [p.butir[1]!.opsi[14 % 3]!.id] });
    await simpanJawaban(a1, p.id, { urutan: 1, pilihan: [], nomor: 15 });
    const k2 = await kunci(2);
    await simpanJawaban(a1, p.id, { urutan: 2, pilihan: [k2.terberat], nomor: 1, perangkat: 'hp-andi-0001' });
    expect((await galatAplikasi(simpanJawaban(a1, p.id, { urutan: 1, pilihan: ['z'], nomor: 1 }))).rincian).toEqual([
      { kolom: 'pilihan', pesan: 'pilihan tidak ada pada soal ini' },
    ]);
    expect((await galatAplikasi(simpanJawaban(a1, p.id, { urutan: 9, pilihan: [], nomor: 1 }))).status).toBe(422);
    expect((await galatAplikasi(simpanJawaban(a2, p.id, { urutan: 1, pilihan: [], nomor: 1 }))).status).toBe(404);
    // Resume from another device and address: the saved answers come back; the proctor sees the signals.
    const lain = { ...a1, alamatIp: '10.9.9.9' };
    const r = await mulaiPercobaan(lain, tesId, { perangkat: 'laptop-andi-02' });
    expect(r.butir[0]!.pilihan).toEqual([k0.benar]);
    expect(r.butir[0]!.nomor).toBe(3);
    // A third device sends two answers at once: it is noted once, with one signal.
    const tablet = { ...a1, alamatIp: '10.9.9.8' };
    await Promise.all([2, 3].map((nomor) => simpanJawaban(tablet, p.id, { urutan: 2, pilihan: [k2.terberat], nomor, perangkat: 'tablet-andi-03' })));
    await catatSinyal(a1, p.id, { jenis: 'halaman_tersembunyi' });
    const pantau = await pantauTes(bkd, tesId);
    expect(pantau.items).toHaveLength(1);
    expect(pantau.items[0]!.sinyal.map((s) => s.label)).toEqual([
      'Memakai perangkat lain',
      'Dari alamat jaringan lain',
      'Memakai perangkat lain',
      'Dari alamat jaringan lain',
      'Meninggalkan halaman tes',
    ]);
    expect(pantau.items[0]).toMatchObject({ perangkat: 3, alamat: 3, dijawab: 2, status: 'berjalan' });
  });

  it('auto-submits at the deadline with every saved answer counted; explanations after the window', async () => {
    const id = (await tesSaya(a1)).items.find((t) => t.id === tesId)!.percobaanId!;
    // a2 starts and submits early with nothing answered.
    const p2 = await mulaiPercobaan(a2, tesId, { perangkat: 'hp-bambang-01' });
    expect((await selesaikanPercobaan(a2, p2.id)).status).toBe('selesai');
    // Opening the test again after it is finished answers the finished attempt (the page shows its result), never a second attempt.
    expect(await mulaiPercobaan(a2, tesId, { perangkat: 'hp-bambang-01' })).toMatchObject({ id: p2.id, status: 'selesai', butir: [] });
    JAM = menit(9.99);
    expect((await tesSaya(a1)).items.find((t) => t.id === tesId)!.keadaan).toBe('berjalan');
    JAM = menit(10.01);
    // The page's answer after the deadline (server clock) is refused; the attempt is then closed with what was saved.
    const telat = await galatAplikasi(simpanJawaban(a1, id, { urutan: 3, pilihan: ['a'], nomor: 1 }));
    expect([telat.status, telat.message]).toEqual([409, 'Waktu tes sudah habis; jawaban yang tersimpan sebelumnya sudah dinilai.']);
    const h = await hasilPercobaan(a1, id);
    expect(h).toMatchObject({ caraSelesai: 'waktu_habis', total: 10, lulus: false, dijawab: 2, jumlahButir: 4, pembahasan: null });
    expect(h.kategori.map((k) => [k.kode, k.nilai, k.lulus])).toEqual([['TWK', 5, true], ['TKP', 5, false]]);
    expect(h.keterangan).toBe('Tidak memenuhi nilai ambang batas TKP (5 dari ambang 6).');
    JAM = menit(60);
    const setelah = await hasilPercobaan(a1, id);
    expect(setelah.pembahasan).toHaveLength(4);
    expect(setelah.pembahasan![0]).toMatchObject({ skor: 5, pembahasan: expect.stringMatching(/^Pembahasan TWK/) });
  });

  it('the scheduler closes attempts nobody reads again; the proctor gets the item analysis', async () => {
    JAM = menit(30);
    const c = await mulaiPercobaan(b1, tesLain, { perangkat: 'hp-citra-0001' });
    await simpanJawaban(b1, c.id, { urutan: 0, pilihan: [c.butir[0]!.opsi[0]!.id], nomor: 1 });
    expect(await tutupSemuaPercobaanKedaluwarsa(fx.db, menit(39.9))).toBe(0);
    expect(await tutupSemuaPercobaanKedaluwarsa(fx.db, menit(40))).toBe(1);
    const st = await fx.db.one<{ status: string, caraSelesai: string }>(sql`select status, cara_selesai as "caraSelesai" from percobaan_ujian where id = ${c.id}`);
    expect(st).toEqual({ status: 'selesai', caraSelesai: 'waktu_habis' });
    JAM = menit(60);
    const a = await analisisTes(bkd, tesId);
    expect(a.peserta).toBe(2);
    expect(a.perKategori.map((k) => [k.kode, k.rataRata, k.lulus])).toEqual([['TWK', 2.5, 1], ['TKP', 2.5, 0]]);
    expect(a.perUnit).toEqual([{ unit: 'Bidang Mutasi dan Promosi', peserta: 2, rataRata: 5, lulus: 0 }]);
    // The question bank's "perlu revisi" filter keeps exactly the items the analysis flags (server-side, with the other filters and pages).
    const ditandai = a.butir.filter((b) => b.perluRevisi).map((b) => b.butirId).sort((x, y) => x - y);
    expect(ditandai.length).toBeGreaterThan(0);
    expect(ditandai.length).toBeLessThan((await daftarButir(bkd, { bankId: bankSkd, limit: 100 })).total);
    const revisi = async (f: Record<string, unknown> = {}) =>
      (await daftarButir(bkd, { bankId: bankSkd, analisis: 'perlu_revisi', limit: 100, ...f })).items.map((b) => b.id).sort((x, y) => x - y);
    expect(await revisi()).toEqual(ditandai);
    expect((await daftarButir(bkd, { bankId: bankSkd, analisis: 'perlu_revisi', limit: 1 })).total).toBe(ditandai.length);
    const pertama = await ambilButir(bkd, ditandai[0]!);
    const sekategori = (await daftarButir(bkd, { bankId: bankSkd, analisis: 'perlu_revisi', kategori: pertama.kategori, limit: 100 })).items;
    expect(sekategori.map((b) => b.id)).toContain(pertama.id);
    expect(sekategori.every((b) => b.kategori === pertama.kategori && ditandai.includes(b.id))).toBe(true);
    expect((await galatAplikasi(daftarButir(bkd, { analisis: 'semua' }))).status).toBe(422);
    // Revised (a new version, back to draf): no longer flagged; live again after review.
    const { id: _id, bankId: _b, namaBank: _n, status: _s, labelStatus: _l, versi, adaGambar: _g, diubahPada: _d, ...isi } = pertama;
    await simpanButir(bkd, { ...isi, bankId: bankSkd, teks: `${pertama.teks} (direvisi)`, versi }, pertama.id);
    expect(await revisi()).toEqual(ditandai.slice(1));
    await aktifkan(pertama.id, versi + 1);
    await tungguSegelAudit(fx.db);
    const audit = await fx.db.many<{ aksi: string }>(sql`select distinct aksi from audit_log where aksi like 'percobaan_ujian.%' or aksi like 'jawaban_ujian.%' order by aksi`);
    expect(audit.map((x) => x.aksi)).toEqual(['jawaban_ujian.simpan', 'percobaan_ujian.mulai', 'percobaan_ujian.selesai', 'percobaan_ujian.waktu_habis']);
  });
});

describe('tes yang dihitung JP', () => {
  it('a pass writes one riwayat diklat in the scoring transaction (auto-submit too); a fail writes none; retries never twice', async () => {
    JAM = menit(100);
    const t = await tambahTes(bkd, { judul: 'Uji Wawasan Kebangsaan 2026',
      kategori: [{ kode: 'TWK', nama: 'Tes Wawasan Kebangsaan', jumlahButir: 2, penilaian: { jenis: 'benar_salah', benar: 5, salah: 0, kosong: 0 }, ambangBatas: 10,
        bankId: bankSkd }], menit: 10, dibukaPada: JAM, ditutupPada: menit(300), sasaran: { jenis: 'semua' }, jp: 3, jenisDiklat: 3 });
    expect(t).toMatchObject({ jp: 3, jenisDiklat: 3 });
    const pecahan = await galatAplikasi(
      tambahTes(bkd, { judul: 'JP pecahan',
        kategori: [{ kode: 'TWK', nama: 'TWK', jumlahButir: 1, penilaian: { jenis: 'benar_salah', benar: 5, salah: 0, kosong: 0 }, ambangBatas: 5, bankId: bankSkd }], menit: 10,
        dibukaPada: JAM, ditutupPada: menit(300), sasaran: { jenis: 'semua' }, jp: 2.5, jenisDiklat: 3 }),
    );
    expect(pecahan.rincian).toEqual([expect.objectContaining({ kolom: 'jp', pesan: 'JP berupa bilangan bulat' })]);
    // Every TWK item of the bank has its key at option a.
    const kerjakan = async (c: Konteks, perangkat: string, pilihan: string) => {
      const p = await mulaiPercobaan(c, t.id, { perangkat });
      for (const b of p.butir) await simpanJawaban(c, p.id, { urutan: b.urutan, pilihan: [pilihan], nomor: 1 });
      return p.id;
    };
    const lulus = await kerjakan(a1, 'hp-andi-0001', 'a');
    const gagal = await kerjakan(a2, 'hp-bambang-01', 'b');
    const habis = await kerjakan(b1, 'hp-citra-0001', 'a');
    JAM = menit(103);
    const sumber = sql`sumber_ref = any(${[lulus, gagal, habis].map((x) => `ujian:${x}`)}::text[])`;
    const jumlah = async () => (await fx.db.one<{ n: number }>(sql`select count(*)::int as n from riwayat_diklat where ${sumber}`)).n;
    // A double tap on "Selesai" (two requests at once), then a retry: one row.
    await Promise.all([selesaikanPercobaan(a1, lulus), selesaikanPercobaan(a1, lulus)]);
    await selesaikanPercobaan(a1, lulus);
    expect(await jumlah()).toBe(1);
    await selesaikanPercobaan(a2, gagal);
    expect(await jumlah()).toBe(1);
    // b1 closed the tab: the scheduler submits at the deadline, the pass counts the same way.
    expect(await tutupSemuaPercobaanKedaluwarsa(fx.db, menit(110))).toBe(1);
    const rows = await fx.db.many(sql`select p.nip, r.nama, r.jenis, r.jenis_diklat_siasn, r.jumlah_jp, r.sumber, r.sumber_ref, to_char(r.tanggal_mulai, 'YYYY-MM-DD') as mulai,
      to_char(r.tanggal_selesai, 'YYYY-MM-DD') as selesai, r.penyelenggara from riwayat_diklat r join pegawai p on p.id = r.pegawai_id where ${sumber} order by r.id`);
    const baris = { nama: 'Uji Wawasan Kebangsaan 2026', jenis: 'teknis', jenis_diklat_siasn: 3, jumlah_jp: 3, sumber: 'ujian', mulai: '2026-11-16', selesai: '2026-11-16',
      penyelenggara: 'Kabupaten Uji' };
    expect(rows).toEqual([{ nip: NIP.a1, ...baris, sumber_ref: `ujian:${lulus}` }, { nip: NIP.b1, ...baris, sumber_ref: `ujian:${habis}` }]);
    // The 20 JP pages read riwayat diklat: it is there at once.
    const id = await fx.db.one<{ id: number }>(sql`select id::int as id from pegawai where nip = ${NIP.b1}`);
    expect((await daftarDiklatTahun(bkd, [id.id], 2026)).map((d) => [d.nama, d.jumlahJp, d.jenisDiklatSiasn, d.sumber])).toEqual([[
      'Uji Wawasan Kebangsaan 2026',
      3,
      3,
      'ujian',
    ]]);
    // Written again (a retried job): the same row comes back.
    const c = await fx.db.one<{ id: number, pegawaiId: number, mulaiPada: Date }>(sql`select id::int as id, pegawai_id::int as "pegawaiId", mulai_pada as "mulaiPada"
      from percobaan_ujian where id = ${habis}`);
    expect(await catatDiklatTes(bkd, fx.db, c, await ambilTes(fx.db, 1, t.id), menit(110))).toMatchObject({ baru: false });
    expect(await jumlah()).toBe(2);
    const audit = await fx.db.many<{ aksi: string, keterangan: string | null }>(sql`select aksi, keterangan from audit_log where entitas = 'riwayat_diklat' order by id`);
    expect(audit.filter((a) => a.keterangan === 'Sumber data: Tes kompetensi (CAT) SIMASN')).toHaveLength(2);
  });
});

/** Every JSON answer encodes through its contract schema, nothing lost. */
function utuh<S extends z.ZodType>(skema: S | undefined, nilai: unknown) {
  const h = skema!.safeEncode(nilai as z.output<S>);
  if (!h.success) throw new Error(JSON.stringify(h.error.issues, null, 1));
  expect(JSON.parse(JSON.stringify(h.data))).toEqual(JSON.parse(JSON.stringify(nilai)));
}

describe('ujian contract', () => {
  it('the answers of banks, items, tests, attempts, proctoring and analysis', async () => {
    utuh(K.daftarBank.respons, await daftarBank(bkd));
    const bank = await tambahBank(bkd, { nama: 'Integritas dasar', kelompok: 'manajerial', kompetensiKode: 'integritas' });
    utuh(K.tambahBank.respons, bank);
    const b = await simpanButir(bkd, { bankId: bank.id, kategori: 'integritas', teks: 'Pilih semua sikap berintegritas', jenis: 'ganda', opsi: [
      { id: 'a', teks: 'Menolak gratifikasi', benar: true },
      { id: 'b', teks: 'Melaporkan konflik kepentingan', benar: true },
      { id: 'c', teks: 'Menerima titipan' },
    ] });
    utuh(K.tambahButir.respons, b);
    utuh(K.statusButir.respons, await ubahStatusButir(bkd, b.id, { status: 'ditinjau', versi: 1 }));
    utuh(K.daftarButir.respons, await daftarButir(bkd, { page: 1 }));
    utuh(K.daftarTes.respons, await daftarTes(bkd));
    utuh(K.saya.respons, await tesSaya(a1));
    const ikut = (await tesSaya(a1)).items.find((x) => x.percobaanId)!;
    const id = ikut.percobaanId!;
    utuh(K.percobaan.respons, await ambilPercobaan(a1, id));
    utuh(K.hasil.respons, await hasilPercobaan(a1, id));
    utuh(K.pantau.respons, await pantauTes(bkd, ikut.id));
    utuh(K.analisis.respons, await analisisTes(bkd, ikut.id));
    const t = await tambahTes(bkd, { judul: 'Integritas',
      kategori: [{ kode: 'integritas', nama: 'Integritas', jumlahButir: 1, penilaian: { jenis: 'benar_salah', benar: 1, salah: 0, kosong: 0 }, ambangBatas: 1, bankId: bankSkd }],
      menit: 5, dibukaPada: JAM, ditutupPada: menit(200), sasaran: { jenis: 'jabatan', ids: [fx.jabatan.pelaksana] }, jp: 2, jenisDiklat: 6 }).catch((e) => e);
    expect(t.rincian).toEqual([{ kolom: 'kategori.0.jumlahButir', pesan: 'bank soal hanya berisi 0 butir aktif integritas, tes memerlukan 1' }]);
    await ubahStatusButir(bkd2, b.id, { status: 'aktif', versi: 1 });
    const tes = await tambahTes(bkd, { judul: 'Integritas',
      kategori: [{ kode: 'integritas', nama: 'Integritas', jumlahButir: 1, penilaian: { jenis: 'benar_salah', benar: 1, salah: 0, kosong: 0 }, ambangBatas: 1, bankId: bank.id }],
      menit: 5, dibukaPada: JAM, ditutupPada: menit(200), sasaran: { jenis: 'jabatan', ids: [fx.jabatan.pelaksana] }, jp: 2, jenisDiklat: 6 });
    utuh(K.tambahTes.respons, tes);
    const p = await mulaiPercobaan(a1, tes.id, { perangkat: 'hp-andi-0001' });
    utuh(K.mulai.respons, p);
    expect(p.butir[0]!.jenis).toBe('ganda');
    utuh(K.jawab.respons, await simpanJawaban(a1, p.id, { urutan: 0, pilihan: ['b', 'a'], nomor: 1 }));
    utuh(K.sinyal.respons, await catatSinyal(a1, p.id, { jenis: 'keluar_jendela' }));
    utuh(K.selesai.respons, await selesaikanPercobaan(a1, p.id));
    const h = await hasilPercobaan(a1, p.id);
    expect(h).toMatchObject({ total: 1, lulus: true, caraSelesai: 'peserta' });
  });
});

describe('bank soal QTI', () => {
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  /** What an item is, without its number, bank or dates: two banks' items compare equal when the content is. */
  const isi = async (bankId: number) => {
    const rows = await fx.db.many<{ kategori: string, status: string, teks: string, jenis: string, opsi: unknown, pembahasan: string, acakOpsi: boolean, gambar: string | null }>(
      sql`
      select s.kategori, s.status, v.teks, v.jenis, v.opsi, v.pembahasan, v.acak_opsi as "acakOpsi", encode(d.isi, 'base64') as gambar
        from butir_soal s join versi_butir v on v.butir_id = s.id and v.versi = s.versi left join dokumen_bukti d on d.id = v.gambar_id
       where s.bank_id = ${bankId} order by v.teks`,
    );
    return rows.map(({ status: _s, ...r }) => r);
  };
  /** Rows an import might write: nothing may change when it is refused. */
  const jejak = async () =>
    fx.db.one<{ butir: number, versi: number, dokumen: number }>(sql`select (select count(*)::int from butir_soal) as butir,
    (select count(*)::int from versi_butir) as versi, (select count(*)::int from dokumen_bukti) as dokumen`);
  let asal: number;

  beforeAll(async () => {
    asal = (await tambahBank(bkd, { nama: 'SKD Asal QTI', kelompok: 'seleksi' })).id;
    await simpanButir(bkd, { bankId: asal, kategori: 'TWK', teks: 'Pancasila & UUD 1945: "dasar" <negara> yang \'sah\'?\nPilih satu.', jenis: 'tunggal',
      pembahasan: 'Sila ke-1 & ke-2; lihat "Pembukaan".', acakOpsi: false, opsi: [{ id: 'a', teks: 'Benar <b>&amp;</b>', benar: true }, { id: 'b', teks: 'Salah' }] });
    await simpanButir(bkd, { bankId: asal, kategori: 'TIU', teks: 'Bilangan prima di bawah 6 adalah', jenis: 'ganda',
      opsi: [{ id: 'a', teks: '2', benar: true }, { id: 'b', teks: '3', benar: true }, { id: 'c', teks: '4' }, { id: 'd', teks: '5', benar: true }] });
    const t = await simpanButir(bkd, { bankId: asal, ...tkp(77), teks: 'Situasi kerja bergambar: atasan meminta lembur', pembahasan: 'Bobot tertinggi: menyanggupi.' });
    await unggahGambarButir(bkd, t.id, { namaBerkas: 'situasi.png', isi: PNG });
  });

  it('exports a bank as a QTI 3.0 package and imports it into another bank: the same items, as drafts, with the image', async () => {
    const x = await eksporBankQti(bkd, asal);
    expect(x.namaBerkas).toBe('bank-soal-skd-asal-qti-qti.zip');
    const zip = await JSZip.loadAsync(x.isi);
    const nama = Object.keys(zip.files).sort();
    expect(nama.filter((n) => n.endsWith('.xml')).length).toBe(4);
    expect(nama.filter((n) => n.startsWith('gambar/') && n.endsWith('.png')).length).toBe(1);
    const manifest = await zip.file('imsmanifest.xml')!.async('string');
    expect(manifest.match(/type="imsqti_item_xmlv3p0"/g)?.length).toBe(3);
    expect(manifest).toContain('<imsmd:id>TKP</imsmd:id>');
    const xml = await Promise.all(nama.filter((n) => n.startsWith('butir-')).map((n) => zip.file(n)!.async('string')));
    const tkpXml = xml.find((t) => t.includes('Situasi kerja bergambar'))!;
    expect(tkpXml).toContain('<qti-map-entry map-key="e" mapped-value="5"/>');
    expect(tkpXml).toMatch(/<img src="gambar\/butir-\d+\.png" alt="Gambar soal"\/>/);
    expect(xml.find((t) => t.includes('Pancasila'))).toContain('Pancasila &amp; UUD 1945: &quot;dasar&quot; &lt;negara&gt; yang &apos;sah&apos;?</p>');
    const tujuan = (await tambahBank(bkd, { nama: 'SKD Tujuan QTI', kelompok: 'seleksi' })).id;
    expect(await imporBankQti(bkd, tujuan, { namaBerkas: x.namaBerkas, isi: x.isi })).toEqual({ diimpor: 3 });
    expect(await isi(tujuan)).toEqual(await isi(asal));
    expect((await isi(tujuan)).filter((b) => b.gambar).length).toBe(1);
    expect((await daftarButir(bkd, { bankId: tujuan, status: 'draf' })).total).toBe(3);
    expect(await fx.db.one(sql`select keterangan from audit_log where aksi = 'bank_soal.impor_qti' and entitas_id = ${String(tujuan)}`)).toEqual({
      keterangan: 'Impor QTI bank-soal-skd-asal-qti-qti.zip: 3 butir baru (draf), 1 dengan gambar',
    });
    // Chosen items only.
    const pilih = (await daftarButir(bkd, { bankId: asal, kategori: 'TIU' })).items.map((b) => b.id);
    const satu = await JSZip.loadAsync((await eksporBankQti(bkd, asal, { butir: pilih.join(',') })).isi);
    expect(Object.keys(satu.files).sort()).toEqual([`butir-${pilih[0]}.xml`, 'imsmanifest.xml']);
    expect((await galatAplikasi(eksporBankQti(bkd, asal, { butir: '999999' }))).rincian).toEqual([{ kolom: 'butir',
      pesan: 'sebagian butir yang dipilih tidak ada di bank soal ini' }]);
  });

  const item21 = (interaksi: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="integritas-01" title="Integritas" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>B</value></correctResponse>
  </responseDeclaration>
  <itemBody>
    <p>Rekan meminta Anda mengisi daftar hadir atas namanya. Sikap Anda?</p>
    ${interaksi}
  </itemBody>
  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="F" showHide="show"><p>Menolak dengan sopan menjaga integritas.</p></modalFeedback>
</assessmentItem>`;
  const pilihan = `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">
      <simpleChoice identifier="A">Mengisinya</simpleChoice><simpleChoice identifier="B">Menolak dengan sopan</simpleChoice></choiceInteraction>`;

  it('imports a hand-written QTI 2.1 item file into a competency bank', async () => {
    const bank = (await tambahBank(bkd, { nama: 'Integritas QTI', kelompok: 'manajerial', kompetensiKode: 'integritas' })).id;
    expect(await imporBankQti(bkd, bank, { namaBerkas: 'integritas-01.xml', isi: Buffer.from(item21(pilihan)) })).toEqual({ diimpor: 1 });
    expect(await isi(bank)).toEqual([{ kategori: 'integritas', teks: 'Rekan meminta Anda mengisi daftar hadir atas namanya. Sikap Anda?', jenis: 'tunggal',
      opsi: [{ id: 'a', teks: 'Mengisinya', benar: false, bobot: null }, { id: 'b', teks: 'Menolak dengan sopan', benar: true, bobot: null }],
      pembahasan: 'Menolak dengan sopan menjaga integritas.', acakOpsi: true, gambar: null }]);
  });

  it('refuses malformed XML, another interaction and a zip bomb by item and reason, writing nothing', async () => {
    const bank = (await tambahBank(bkd, { nama: 'Integritas QTI Tolak', kelompok: 'manajerial', kompetensiKode: 'integritas' })).id;
    const paket = async (berkas: Record<string, string | Buffer>) => {
      const z = new JSZip();
      const href = Object.keys(berkas);
      z.file('imsmanifest.xml',
        `<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"><resources>${
          href.map((h) => `<resource identifier="${h.replace('.xml', '')}" type="imsqti_item_xmlv2p1" href="${h}"><file href="${h}"/></resource>`).join('')
        }</resources></manifest>`);
      for (const [n, v] of Object.entries(berkas)) z.file(n, v);
      return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    };
    const sebelum = await jejak();
    const g = await galatAplikasi(
      imporBankQti(bkd, bank, { namaBerkas: 'campur.zip',
        isi: await paket({ 'baik.xml': item21(pilihan), 'rusak.xml': item21(pilihan).replace('</itemBody>', ''),
          'isian.xml': item21('<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="8"/>'),
          'hilang-gambar.xml': item21(`<p><img src="gambar/tidak-ada.png"/></p>${pilihan}`) }) }),
    );
    expect(g.status).toBe(422);
    expect(g.message).toBe('Impor dibatalkan: 3 masalah; tidak ada butir yang disimpan.');
    expect(g.rincian).toEqual([
      { kolom: 'rusak.xml (rusak)', pesan: expect.stringMatching(/^XML rusak pada baris \d+, kolom \d+$/) },
      { kolom: 'isian.xml (isian)', pesan: 'interaksi textEntryInteraction tidak didukung; bank soal hanya memuat pilihan ganda (choiceInteraction)' },
      { kolom: 'hilang-gambar.xml (hilang-gambar)', pesan: 'gambar "gambar/tidak-ada.png" tidak ada di paket' },
    ]);
    // A part that inflates past 200 times its size (the limit of every uploaded zip) is refused from the zip's directory, before inflating.
    const bom = new JSZip();
    bom.file('imsmanifest.xml', '<manifest/>');
    bom.file('butir.xml', Buffer.alloc(8 * 1024 * 1024, 0x20));
    const b = await galatAplikasi(imporBankQti(bkd, bank, { namaBerkas: 'bom.zip', isi: await bom.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) }));
    expect([b.status, b.message]).toEqual([413, expect.stringMatching(/^Bagian "butir\.xml" mengembang [\d.]+ kali saat diekstrak; batasnya 200 kali\.$/)]);
    // A directory that understates a part's size passes the directory's check; the reading counts what really inflates and stops.
    const bohong = await paket({ 'besar.xml': Buffer.alloc(3 * 1024 * 1024, 0x20) });
    for (let i = bohong.indexOf('PK\x01\x02'); i >= 0; i = bohong.indexOf('PK\x01\x02', i + 4)) {
      if (bohong.toString('utf8', i + 46, i + 46 + bohong.readUInt16LE(i + 28)) === 'besar.xml') bohong.writeUInt32LE(1000, i + 24);
    }
    const lb = await galatAplikasi(imporBankQti(bkd, bank, { namaBerkas: 'bohong.zip', isi: bohong }));
    expect([lb.status, lb.message]).toEqual([413, 'Berkas "besar.xml" lebih dari 1 MB; paket QTI ditolak.']);
    const bukan = await galatAplikasi(imporBankQti(bkd, bank, { namaBerkas: 'soal.pdf', isi: Buffer.from('%PDF-1.4') }));
    expect(bukan.rincian).toEqual([{ kolom: 'berkas', pesan: 'berkas harus paket QTI (.zip dengan imsmanifest.xml) atau satu berkas butir QTI (.xml)' }]);
    const tanpaManifest = new JSZip().file('baik.xml', item21(pilihan));
    expect((await galatAplikasi(imporBankQti(bkd, bank, { namaBerkas: 'p.zip', isi: await tanpaManifest.generateAsync({ type: 'nodebuffer' }) }))).rincian).toEqual([{
      kolom: 'berkas',
      pesan: 'paket QTI tidak memuat imsmanifest.xml di akarnya',
    }]);
    expect(await jejak()).toEqual(sebelum);
    expect((await daftarButir(bkd, { bankId: bank })).total).toBe(0);
  });
});
