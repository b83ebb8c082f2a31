import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from '@simasn/db';
import type { GalatAplikasi, Konteks } from '@simasn/platform';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { fixturePerBerkas, galatAplikasi } from '@simasn/kepegawaian/uji';
import { bukaFormulirSurvei, daftarLayananSurvei, eksporHasilIkm, hasilIkmLayanan, kirimResponSurvei, ringkasanIkmInstansi, tambahLayananSurvei,
  ubahLayananSurvei } from '../src/index.ts';

/**
 * The public satisfaction survey through the real tables: the Lamongan 2022 SKM (365
 * respondents, unsur totals from the report) is answered form by form, device by device, and
 * the IKM read back is the one the rules give; the ballot-stuffing defences are each tried.
 */
const kasus = seed.ikm.find((c) => c.id === 'lamongan-2022-skm')!;

const fx = fixturePerBerkas();
let bkd: Konteks;
const layanan = { bkpsdm: { id: 0, token: '' }, dinkes: { id: 0, token: '' } };
/** 2026-03-10 09:00 WIB: inside tribulan I. */
const PAGI = new Date('2026-03-10T02:00:00Z');

/** An anonymous visitor at a given instant (the public routes have no session). */
const publik = (saat: Date = PAGI): Konteks => ({ db: fx.db, instansiId: 1, pemanggil: null, alamatIp: '203.0.113.9', sekarang: () => saat, zona: 'Asia/Jakarta' });

/** Answer rows whose unsur totals are the given ones (each unsur spread as evenly as possible). */
function jawabanDenganTotal(responden: number, total: readonly number[]): number[][] {
  return Array.from({ length: responden }, (_, r) => total.map((t) => Math.floor(t / responden) + (r < t % responden ? 1 : 0)));
}

/** Opens the form on a device (a new one unless named) and sends the answers. */
async function isi(token: string, jawaban: number[], o: { perangkat?: string, saat?: Date, tambahan?: Record<string, unknown> } = {}) {
  const f = await bukaFormulirSurvei(publik(o.saat), token, { perangkat: o.perangkat });
  const perangkat = f.perangkatBaru ?? o.perangkat!;
  const h = await kirimResponSurvei(publik(o.saat), token, { tokenFormulir: f.tokenFormulir, jawaban, ...o.tambahan }, { perangkat });
  return { ...h, perangkat, tokenFormulir: f.tokenFormulir };
}

beforeAll(async () => {
  bkd = await fx.ctx('admin.bkd');
  const a = await tambahLayananSurvei(bkd, { kode: 'BKPSDM-MUTASI', nama: 'Layanan Mutasi dan Kenaikan Pangkat', unitId: fx.unit.mutasi, populasi: 1000 });
  const b = await tambahLayananSurvei(bkd, { kode: 'DINKES-YANKES', nama: 'Layanan Izin Praktik Tenaga Kesehatan', unitId: fx.unit.yankes });
  layanan.bkpsdm = { id: a.id, token: a.token };
  layanan.dinkes = { id: b.id, token: b.token };
});

describe('service units', () => {
  it('are created and edited by survei:kelola only, audited, with a random public link', async () => {
    expect(layanan.bkpsdm.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(layanan.dinkes.token).not.toBe(layanan.bkpsdm.token);
    const opd = await fx.ctx('admin.bkpsdm');
    expect((await galatAplikasi(tambahLayananSurvei(opd, { kode: 'X', nama: 'Tidak boleh', unitId: fx.unit.mutasi }))).status).toBe(403);
    expect((await galatAplikasi(tambahLayananSurvei(bkd, { kode: 'BKPSDM-MUTASI', nama: 'Kembar', unitId: fx.unit.mutasi }))).status).toBe(409);
    expect((await galatAplikasi(tambahLayananSurvei(bkd, { kode: 'ASING', nama: 'Unit tak ada', unitId: 999_999 }))).status).toBe(422);

    const c = await tambahLayananSurvei(bkd, { kode: 'UJI-UBAH', nama: 'Layanan Uji', unitId: fx.unit.bkpsdm });
    const u = await ubahLayananSurvei(bkd, c.id, { nama: 'Layanan Uji Diubah', populasi: 200, versi: 1 });
    expect(u).toMatchObject({ nama: 'Layanan Uji Diubah', populasi: 200, versi: 2, token: c.token });
    expect((await galatAplikasi(ubahLayananSurvei(bkd, c.id, { nama: 'Basi', versi: 1 }))).status).toBe(409);
    const g = await ubahLayananSurvei(bkd, c.id, { gantiToken: true, aktif: false, versi: 2 });
    expect(g.token).not.toBe(c.token);
    expect(g.aktif).toBe(false);
    expect((await galatAplikasi(bukaFormulirSurvei(publik(), g.token))).status).toBe(404);
    const audit = await fx.db.many<{ aksi: string }>(sql`select aksi from audit_log where entitas = 'layanan_survei' and entitas_id = ${String(c.id)} order by id`);
    expect(audit.map((x) => x.aksi)).toEqual(['survei.layanan_tambah', 'survei.layanan_ubah', 'survei.layanan_ubah']);
  });

  it('open to the public by link: only the unit name and the questions', async () => {
    const f = await bukaFormulirSurvei(publik(), layanan.bkpsdm.token);
    expect(f.layanan).toEqual({ nama: 'Layanan Mutasi dan Kenaikan Pangkat', unit: 'Bidang Mutasi dan Promosi' });
    expect(f.pertanyaan).toHaveLength(9);
    expect(f.pertanyaan[0]!.pilihan).toEqual(['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai']);
    expect(f.pertanyaan[8]!.unsur).toBe('Sarana dan Prasarana');
    expect(f.tokenFormulir).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(f.perangkatBaru).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(f.sudahMengisiHariIni).toBe(false);
    expect(JSON.stringify(f)).not.toMatch(/populasi|token":"[A-Za-z0-9_-]{22}"|unitId|BKPSDM-MUTASI/);
    // Only hashes are kept.
    const t = await fx.db.many<{ hash_token: string }>(sql`select hash_token from token_formulir_survei`);
    expect(t.every((x) => /^[0-9a-f]{64}$/.test(x.hash_token) && x.hash_token !== f.tokenFormulir)).toBe(true);
    expect((await galatAplikasi(bukaFormulirSurvei(publik(), 'tidak-ada-tautan-seperti-ini'))).status).toBe(404);
  });
});

describe('the Lamongan 2022 SKM through the real tables', () => {
  it('gives IKM 82,86 (1/9) and 82,78 (0,111), mutu B, Waktu Penyelesaian weakest, 365 of 278 required', async () => {
    const baris = jawabanDenganTotal(kasus.respondents, kasus.unsur_totals);
    for (const [i, j] of baris.entries()) {
      const tambahan = i % 5 === 0 ? { umur: 20 + (i % 50), jenisKelamin: i % 2 ? 'L' : 'P', pendidikan: 'D4-S1', pekerjaan: 'SWASTA' } : {};
      const saran = i < 3 ? { saran: `Antrian mohon dipercepat (${i + 1})` } : {};
      const h = await isi(layanan.bkpsdm.token, j, { tambahan: { ...tambahan, ...saran } });
      expect(h.ok).toBe(true);
    }
    const h = await hasilIkmLayanan(bkd, layanan.bkpsdm.id, { tahun: 2026, tribulan: 1 });
    expect(h.periode).toEqual({ dari: '2026-01-01', sampai: '2026-03-31', label: 'Tribulan I 2026' });
    expect(h.responden).toBe(365);
    expect(h.unsur.map((u) => u.total)).toEqual(kasus.unsur_totals);
    expect(h.unsur.map((u) => u.nrr)).toEqual(kasus.expected.nrr);
    expect(h.ikm).toEqual({ nilai: kasus.expected.ikm_exact_1_9, mutu: { kode: 'B', label: 'Baik' } });
    expect(h.perAturan!.map((a) => [a.aturan, a.bobot, a.ikm, a.mutu.kode])).toEqual([
      ['permenpan-14-2017', '1/9', 82.86, 'B'],
      ['permenpan-14-2017-0111', '0,111', 82.78, 'B'],
    ]);
    expect(h.unsurTerlemah).toEqual({ nomor: 3, nama: 'Waktu Penyelesaian', nrr: 3.1 });
    expect(h.sampel).toMatchObject({ populasi: 1000, diperlukan: 278, terkumpul: 365, cukup: true, kurang: 0 });
    // Distribution: unsur 3 total 1133 over 365 = 3 x 365 + 38 -> 38 answered 4, the rest 3.
    expect(h.unsur[2]!.sebaran).toEqual([0, 0, 365 - 38, 38]);
    expect(h.unsur.every((u) => u.sebaran.reduce((s, x) => s + x, 0) === 365)).toBe(true);
    expect(h.saran.jumlah).toBe(3);
    expect(h.saran.items[0]!.teks).toMatch(/^Antrian mohon dipercepat/);
    expect(h.profil.pendidikan.find((p) => p.kode === 'D4-S1')!.jumlah).toBe(73);
    expect(h.profil.jenisKelamin.find((p) => p.kode === '')!.jumlah).toBe(365 - 73);
    // Another period holds none of them.
    const lain = await hasilIkmLayanan(bkd, layanan.bkpsdm.id, { tahun: 2026, tribulan: 2 });
    expect(lain).toMatchObject({ responden: 0, ikm: null, perAturan: null, unsurTerlemah: null });
    expect((await hasilIkmLayanan(bkd, layanan.bkpsdm.id, { dari: '2026-03-10', sampai: '2026-03-10' })).responden).toBe(365);
  });

  it('exports the results: per-unsur NRR and the IKM cell, and the raw responses without any fingerprint', async () => {
    const x = await eksporHasilIkm(bkd, layanan.bkpsdm.id, { tahun: 2026 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.isi as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hasil IKM', 'Responden']);
    const hasil = wb.getWorksheet('Hasil IKM')!;
    const baris = (teks: string) => {
      let r: ExcelJS.Row | undefined;
      hasil.eachRow((b) => {
        if (String(b.getCell(2).value ?? '').startsWith(teks)) r = b;
      });
      return r!;
    };
    expect(baris('Waktu Penyelesaian').getCell(3).value).toBe(1133);
    expect(Number(baris('Waktu Penyelesaian').getCell(4).value)).toBeCloseTo(1133 / 365, 10);
    expect(baris('IKM').getCell(5).value).toBe(82.86);
    expect(baris('IKM').getCell(6).value).toBe(82.78);
    expect(baris('Mutu').getCell(5).value).toBe('B (Baik)');
    const respon = wb.getWorksheet('Responden')!;
    expect(respon.rowCount).toBe(4 + 365);
    const judul = (respon.getRow(4).values as unknown[]).map(String).join('|');
    expect(judul).toMatch(/U1 Persyaratan/);
    expect(judul).not.toMatch(/sidik|perangkat|IP/i);
    const semua = JSON.stringify(respon.getSheetValues());
    const sidik = await fx.db.one<{ s: string }>(sql`select sidik_perangkat as s from respon_survei where sidik_perangkat is not null limit 1`);
    expect(semua).not.toContain(sidik.s);
    expect(await fx.db.maybeOne(sql`select 1 from audit_log where aksi = 'survei.ekspor'`)).toBeDefined();
  });
});

describe('ballot-stuffing defences', () => {
  const baik = [4, 4, 4, 4, 4, 4, 4, 4, 4];

  it('spends a form token once: the same form cannot be sent twice', async () => {
    const a = await isi(layanan.dinkes.token, baik);
    const ulang = await galatAplikasi(kirimResponSurvei(publik(), layanan.dinkes.token, { tokenFormulir: a.tokenFormulir, jawaban: baik }, { perangkat: a.perangkat }));
    expect(ulang).toMatchObject({ status: 409, kode: 'formulir_terpakai' });
    expect(ulang.message).toBe('Formulir ini sudah dikirim. Satu formulir hanya dapat dikirim satu kali.');
    // Another device cannot use it either, nor a token of another service, nor an expired or made-up one.
    const lain = await bukaFormulirSurvei(publik(), layanan.dinkes.token);
    expect((await galatAplikasi(kirimResponSurvei(publik(), layanan.dinkes.token, { tokenFormulir: a.tokenFormulir, jawaban: baik }, { perangkat: lain.perangkatBaru }))).kode)
      .toBe('formulir_terpakai');
    const punyaBkpsdm = await bukaFormulirSurvei(publik(), layanan.bkpsdm.token, { perangkat: lain.perangkatBaru });
    expect(
      (await galatAplikasi(kirimResponSurvei(publik(), layanan.dinkes.token, { tokenFormulir: punyaBkpsdm.tokenFormulir, jawaban: baik }, { perangkat: lain.perangkatBaru }))).kode,
    ).toBe('formulir_tidak_sah');
    const nanti = new Date(PAGI.getTime() + 3 * 3600_000);
    expect(
      (await galatAplikasi(kirimResponSurvei(publik(nanti), layanan.dinkes.token, { tokenFormulir: lain.tokenFormulir, jawaban: baik }, { perangkat: lain.perangkatBaru }))).kode,
    ).toBe('formulir_kedaluwarsa');
    // A token opened on one device and sent from another (or without the cookie) is refused.
    const b = await bukaFormulirSurvei(publik(), layanan.dinkes.token);
    expect((await galatAplikasi(kirimResponSurvei(publik(), layanan.dinkes.token, { tokenFormulir: b.tokenFormulir, jawaban: baik }, { perangkat: null }))).kode).toBe(
      'perangkat_berbeda',
    );
    const n = await fx.db.one<{ n: number }>(sql`select count(*)::int as n from respon_survei where layanan_id = ${layanan.dinkes.id}`);
    expect(n.n).toBe(1);
  });

  it('takes one response per device per service per day, refused with a clear message (409), again the next day', async () => {
    const a = await isi(layanan.dinkes.token, baik);
    const f = await bukaFormulirSurvei(publik(), layanan.dinkes.token, { perangkat: a.perangkat });
    expect(f.perangkatBaru).toBeNull();
    expect(f.sudahMengisiHariIni).toBe(true);
    const e = await galatAplikasi(
      kirimResponSurvei(publik(), layanan.dinkes.token, { tokenFormulir: f.tokenFormulir, jawaban: [1, 1, 1, 1, 1, 1, 1, 1, 1] }, { perangkat: a.perangkat }),
    );
    expect(e).toMatchObject({ status: 409, kode: 'sudah_mengisi' });
    expect(e.message).toBe('Perangkat ini sudah mengisi survei untuk layanan Layanan Izin Praktik Tenaga Kesehatan hari ini. Terima kasih; Anda dapat mengisi lagi besok.');
    // The same device may answer for another service the same day, and for this one tomorrow (WIB).
    expect((await isi(layanan.bkpsdm.token, baik, { perangkat: a.perangkat, saat: new Date('2026-03-10T16:59:00Z') })).ok).toBe(true);
    expect((await galatAplikasi(isi(layanan.dinkes.token, baik, { perangkat: a.perangkat, saat: new Date('2026-03-10T16:59:00Z') }))).kode).toBe('sudah_mengisi');
    expect((await isi(layanan.dinkes.token, baik, { perangkat: a.perangkat, saat: new Date('2026-03-10T17:00:00Z') })).ok).toBe(true);
  });

  it('enforces the one-a-day rule in the database itself, not only in code', async () => {
    const r = await fx.db.one<{ sidik_perangkat: string, tanggal: string }>(sql`
      select sidik_perangkat, tanggal from respon_survei where layanan_id = ${layanan.dinkes.id} and sidik_perangkat is not null limit 1`);
    await expect(fx.db.run(sql`
      insert into respon_survei (instansi_id, layanan_id, diisi_pada, tanggal, u1, u2, u3, u4, u5, u6, u7, u8, u9, sidik_perangkat)
      values (1, ${layanan.dinkes.id}, now(), ${r.tanggal}::date, 1, 1, 1, 1, 1, 1, 1, 1, 1, ${r.sidik_perangkat})`)).rejects.toThrow(
      /respon_survei_satu_per_perangkat|unique|duplicate/i,
    );
  });

  it('lets two sends of one form race: exactly one is stored', async () => {
    const f = await bukaFormulirSurvei(publik(), layanan.dinkes.token);
    const kirim = () => kirimResponSurvei(publik(), layanan.dinkes.token, { tokenFormulir: f.tokenFormulir, jawaban: baik }, { perangkat: f.perangkatBaru });
    const hasil = await Promise.allSettled([kirim(), kirim(), kirim()]);
    expect(hasil.filter((h) => h.status === 'fulfilled')).toHaveLength(1);
    for (const h of hasil) if (h.status === 'rejected') expect((h.reason as GalatAplikasi).status).toBe(409);
  });

  it('answers a robot that fills the honeypot like anyone, and stores nothing', async () => {
    const sebelum = await fx.db.one<{ n: number }>(sql`select count(*)::int as n from respon_survei`);
    const h = await isi(layanan.dinkes.token, baik, { tambahan: { situsWeb: 'http://spam.example' } });
    expect(h.ok).toBe(true);
    expect(h.pesan).toMatch(/^Terima kasih/);
    expect((await fx.db.one<{ n: number }>(sql`select count(*)::int as n from respon_survei`)).n).toBe(sebelum.n);
  });

  it('validates the answers: nine of 1-4, profile optional, free text at most 1,000 characters', async () => {
    const f = await bukaFormulirSurvei(publik(), layanan.dinkes.token);
    const coba = async (isian: Record<string, unknown>) =>
      galatAplikasi(kirimResponSurvei(publik(), layanan.dinkes.token, { tokenFormulir: f.tokenFormulir, ...isian }, { perangkat: f.perangkatBaru }));
    const kolom = (e: GalatAplikasi) => (e.rincian as { kolom: string, pesan: string }[]).map((m) => `${m.kolom}: ${m.pesan}`);
    const kurang = await coba({ jawaban: [4, 4, 4, 4, 4, 4, 4, 4] });
    expect(kurang.status).toBe(422);
    expect(kolom(kurang)).toEqual(['jawaban: jawab kesembilan pertanyaan (9 jawaban)']);
    expect(kolom(await coba({ jawaban: [4, 4, 4, 4, 5, 4, 4, 4, 4] }))).toEqual(['jawaban.4: jawaban 1 sampai 4']);
    expect(kolom(await coba({ jawaban: [4, 4, 4, 4, 0, 4, 4, 4, 4] }))).toEqual(['jawaban.4: jawaban 1 sampai 4']);
    expect(kolom(await coba({ jawaban: baik, saran: 'x'.repeat(1001) }))).toEqual(['saran: saran paling banyak 1.000 karakter']);
    expect(kolom(await coba({ jawaban: baik, umur: 7, pendidikan: 'TK' }))[0]).toMatch(/^umur: umur 10 sampai 120 tahun/);
    // Nothing was spent: the form still goes through, with the longest allowed text.
    const ok = await kirimResponSurvei(publik(), layanan.dinkes.token, { tokenFormulir: f.tokenFormulir, jawaban: baik, saran: 'y'.repeat(1000) }, { perangkat: f.perangkatBaru });
    expect(ok.ok).toBe(true);
  });

  it('stores no IP address and no caller: the audit of a response is anonymous', async () => {
    const kolom = await fx.db.many<{ column_name: string }>(sql`
      select column_name from information_schema.columns where table_name in ('respon_survei', 'token_formulir_survei', 'layanan_survei')`);
    expect(kolom.map((k) => k.column_name).filter((k) => /(^|_)ip($|_)|alamat/i.test(k))).toEqual([]);
    const a = await fx.db.many<{ alamat_ip: string | null, akun_id: number | null, nama_pengguna: string | null }>(sql`
      select alamat_ip, akun_id, nama_pengguna from audit_log where aksi = 'survei.isi'`);
    expect(a.length).toBeGreaterThan(365);
    expect(a.every((x) => x.alamat_ip === null && x.akun_id === null && x.nama_pengguna === null)).toBe(true);
    expect(JSON.stringify(await fx.db.many(sql`select * from respon_survei limit 50`))).not.toContain('203.0.113.9');
  });
});

describe('reach', () => {
  it('shows an admin OPD only their own units, in the list, the overview and the results', async () => {
    const opd = await fx.ctx('admin.bkpsdm');
    const daftar = await daftarLayananSurvei(opd);
    expect(daftar.map((l) => l.kode).sort()).toEqual(['BKPSDM-MUTASI', 'UJI-UBAH']);
    const r = await ringkasanIkmInstansi(opd, { tahun: 2026 });
    expect(r.items.map((l) => l.kode).sort()).toEqual(['BKPSDM-MUTASI', 'UJI-UBAH']);
    expect(r.responden).toBe(366);
    expect((await galatAplikasi(hasilIkmLayanan(opd, layanan.dinkes.id, { tahun: 2026 }))).status).toBe(404);
    expect((await galatAplikasi(eksporHasilIkm(opd, layanan.dinkes.id, { tahun: 2026 }))).status).toBe(404);
    expect((await galatAplikasi(ubahLayananSurvei(opd, layanan.bkpsdm.id, { nama: 'Bukan haknya', versi: 1 }))).status).toBe(403);

    const dinkes = await fx.ctx('admin.dinkes');
    expect((await daftarLayananSurvei(dinkes)).map((l) => l.kode)).toEqual(['DINKES-YANKES']);
    expect((await hasilIkmLayanan(dinkes, layanan.dinkes.id, { tahun: 2026 })).responden).toBeGreaterThan(0);
    expect((await galatAplikasi(hasilIkmLayanan(dinkes, layanan.bkpsdm.id, { tahun: 2026 }))).status).toBe(404);

    const semua = await ringkasanIkmInstansi(bkd, { tahun: 2026 });
    expect(semua.items.map((l) => l.kode).sort()).toEqual(['BKPSDM-MUTASI', 'DINKES-YANKES', 'UJI-UBAH']);
    expect(semua.items.find((l) => l.kode === 'DINKES-YANKES')).toMatchObject({ mutu: { kode: 'A', label: 'Sangat Baik' }, ikm: 100 });
    expect(semua.items.find((l) => l.kode === 'UJI-UBAH')).toMatchObject({ responden: 0, ikm: null });

    const asn = await fx.ctx('199001012015031001');
    expect((await galatAplikasi(daftarLayananSurvei(asn))).status).toBe(403);
    expect((await galatAplikasi(hasilIkmLayanan(asn, layanan.bkpsdm.id))).status).toBe(403);
  });
});
