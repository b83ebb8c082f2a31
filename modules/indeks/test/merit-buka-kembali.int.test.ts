import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { fixturePerBerkas } from '@simasn/kepegawaian/uji';
import { ambilPenilaianMerit, bukaKembaliMerit, bukaPenilaianMerit, daftarInstrumenMerit, finalisasiMerit, simpanInstrumenMerit, ubahSkorMerit,
  type PenilaianMerit } from '../src/index.ts';

/**
 * Reopening a final Sistem Merit assessment (with a reason, audited, the earlier frozen figure
 * kept), and saving the instansi's own instrument edition as the instrument page does, on the
 * real database engine. Figures by hand: bobot 60 and 40 on a 1-4 scale, index = total / 400.
 */
const fx = fixturePerBerkas();
let admin: Konteks;
let perencana: Konteks;

const instrumen = { id: 'uji-buka-2024', nama: 'Instrumen uji buka kembali', dasarHukum: 'PermenPAN-RB 40/2018', berlakuMulai: '2024-01-01', aspek: [
  { nomor: 1, subAspek: [{ kode: '1.1', nama: 'Perencanaan kebutuhan', bobot: 60 }] },
  { nomor: 2, subAspek: [{ kode: '2.1', nama: 'Pengadaan', bobot: 40 }] },
] };
const sub = (p: PenilaianMerit, kode: string) => p.aspek.flatMap((a) => a.subAspek).find((s) => s.kode === kode)!;
const galat = (p: Promise<unknown>) =>
  p.then(() => {
    throw new Error('seharusnya gagal');
  }, (e: { status: number, message: string, rincian?: unknown }) => e);
const baris = (id: number) => fx.db.one<{ status: string, versi: number }>(sql`select status, versi from penilaian_merit where instansi_id = 1 and id = ${id}`);
const hasilMerit = () =>
  fx.db.many<{ nilai: number, kategori: string }>(sql`
  select nilai, kategori from hasil_indeks where instansi_id = 1 and jenis = 'merit' and tahun = 2024 order by id`);

beforeAll(async () => {
  admin = await fx.ctx('admin.bkd');
  perencana = await fx.ctx('perencana');
});

describe('instansi instrument edition (the instrument page)', () => {
  it('names the field and row in Indonesian on bad input, changes nothing, refuses a taken id with 409 and non-managers with 403', async () => {
    const salah = await galat(simpanInstrumenMerit(admin, { ...instrumen, id: 'Uji Spasi', aspek: [{ nomor: 1, subAspek: [{ kode: '1.1', nama: '', bobot: 0 }] }] }));
    expect(salah.status).toBe(422);
    const kolom = (salah.rincian as { kolom: string, pesan: string }[]).map((m) => m.kolom);
    expect(kolom).toEqual(expect.arrayContaining(['id', 'aspek.0.subAspek.0.nama', 'aspek.0.subAspek.0.bobot']));
    const ganda = await galat(simpanInstrumenMerit(admin, { ...instrumen, aspek: [{ nomor: 1, subAspek: [instrumen.aspek[0]!.subAspek[0]!, instrumen.aspek[0]!.subAspek[0]!] }] }));
    expect(ganda).toMatchObject({ status: 422, rincian: [{ kolom: 'aspek', pesan: 'kode sub-aspek 1.1 dipakai lebih dari sekali' }] });
    expect(await fx.db.many(sql`select 1 from instrumen_merit where instansi_id = 1`)).toEqual([]);

    expect((await galat(simpanInstrumenMerit(await fx.ctx('admin.bkpsdm'), instrumen))).status).toBe(403);
    expect((await galat(simpanInstrumenMerit(await fx.ctx('pimpinan'), instrumen))).status).toBe(403);

    const s = await simpanInstrumenMerit(perencana, instrumen);
    expect(s).toMatchObject({ id: 'uji-buka-2024', milikInstansi: true, aspek: [{ nomor: 1, nama: expect.any(String) }, { nomor: 2 }] });
    const lagi = await galat(simpanInstrumenMerit(admin, { ...instrumen, nama: 'Ditimpa' }));
    expect(lagi.status).toBe(409);
    expect(lagi.message).toMatch(/sudah ada.*id baru/);
    const i = (await daftarInstrumenMerit(admin)).find((x) => x.id === 'uji-buka-2024');
    expect(i).toMatchObject({ nama: 'Instrumen uji buka kembali', jumlahBobot: 100, jumlahSubAspek: 2 });
  });
});

describe('reopening a final Sistem Merit assessment', () => {
  let id = 0;

  it('refuses a draft, a missing reason, a stale version and roles without indeks:kelola, changing nothing', async () => {
    const p = await bukaPenilaianMerit(admin, { tahun: 2024, instrumenId: 'uji-buka-2024' });
    id = p.id;
    await ubahSkorMerit(admin, id, '1.1', { skor: 3, versi: 0 });
    const q = await ubahSkorMerit(admin, id, '2.1', { skor: 4, versi: 0 });
    expect(q).toMatchObject({ total: 340, indeks: 0.85, kategori: { teks: 'IV Sangat Baik' } });
    expect((await galat(bukaKembaliMerit(admin, id, { alasan: 'Belum final kok dibuka', versi: q.versi }))).status).toBe(409);

    const f = await finalisasiMerit(perencana, id, { versi: q.versi });
    expect(f.status).toBe('final');
    expect(f.riwayat).toMatchObject([{ jenis: 'final', total: 340, indeks: 0.85, kategori: 'IV Sangat Baik', oleh: 'perencana' }]);

    const tanpa = await galat(bukaKembaliMerit(admin, id, { alasan: '  ', versi: f.versi }));
    expect(tanpa).toMatchObject({ status: 422, rincian: [{ kolom: 'alasan', pesan: 'alasan wajib diisi (minimal 10 karakter)' }] });
    expect((await galat(bukaKembaliMerit(admin, id, { alasan: 'Koreksi bukti aspek 2', versi: f.versi - 1 }))).status).toBe(409);
    for (const nama of ['pimpinan', 'admin.bkpsdm', 'inspektorat']) {
      expect((await galat(bukaKembaliMerit(await fx.ctx(nama), id, { alasan: 'Koreksi bukti aspek 2', versi: f.versi }))).status, nama).toBe(403);
    }
    expect((await galat(bukaKembaliMerit(admin, id + 999, { alasan: 'Koreksi bukti aspek 2', versi: 1 }))).status).toBe(404);
    expect(await baris(id)).toEqual({ status: 'final', versi: f.versi });
    expect(await fx.db.many(sql`select 1 from audit_log where instansi_id = 1 and aksi = 'merit.buka_kembali'`)).toEqual([]);
  });

  it('reopens with the reason: draft again, scores kept, the earlier final figure kept in hasil_indeks and in the history, audited', async () => {
    const f = await ambilPenilaianMerit(admin, id);
    const r = await bukaKembaliMerit(admin, id, { alasan: '  Bukti pengadaan tertukar, nilai 2.1 dikoreksi  ', versi: f.versi });
    expect(r).toMatchObject({ status: 'draf', versi: f.versi + 1, total: 340, hasil: null });
    expect(r.riwayat).toMatchObject([
      { jenis: 'final', total: 340, kategori: 'IV Sangat Baik' },
      { jenis: 'buka_kembali', oleh: 'admin.bkd', alasan: 'Bukti pengadaan tertukar, nilai 2.1 dikoreksi', total: null },
    ]);
    expect(await hasilMerit()).toEqual([{ nilai: 340, kategori: 'IV Sangat Baik' }]);
    const a = await fx.db.one<{ nama_pengguna: string, sebelum: unknown, sesudah: unknown, keterangan: string }>(sql`
      select nama_pengguna, sebelum, sesudah, keterangan from audit_log where instansi_id = 1 and aksi = 'merit.buka_kembali'`);
    expect(a).toMatchObject({ nama_pengguna: 'admin.bkd', keterangan: 'Bukti pengadaan tertukar, nilai 2.1 dikoreksi',
      sebelum: { tahun: 2024, status: 'final', total: 340, kategori: 'IV Sangat Baik', hasilId: expect.any(Number) },
      sesudah: { tahun: 2024, status: 'draf', alasan: 'Bukti pengadaan tertukar, nilai 2.1 dikoreksi' } });

    // Corrected and finalised again: a second frozen figure, the first one still there.
    const u = await ubahSkorMerit(perencana, id, '2.1', { skor: 2, versi: sub(r, '2.1').versi });
    expect(u).toMatchObject({ total: 260, indeks: 0.65, kategori: { teks: 'III Baik' } });
    const g = await finalisasiMerit(admin, id, { versi: u.versi });
    expect(g.hasil).toMatchObject({ nilai: 260, kategori: 'III Baik' });
    expect(g.riwayat.map((x) => [x.jenis, x.total])).toEqual([['final', 340], ['buka_kembali', null], ['final', 260]]);
    expect(await hasilMerit()).toEqual([{ nilai: 340, kategori: 'IV Sangat Baik' }, { nilai: 260, kategori: 'III Baik' }]);
  });

  it('settles two concurrent reopenings, and a reopening racing a finalisation: one winner, a 409 for the other', async () => {
    const f = await ambilPenilaianMerit(admin, id);
    const dua = await Promise.allSettled([
      bukaKembaliMerit(admin, id, { alasan: 'Koreksi oleh admin BKD', versi: f.versi }),
      bukaKembaliMerit(perencana, id, { alasan: 'Koreksi oleh perencana', versi: f.versi }),
    ]);
    expect(dua.map((h) => h.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(((dua.find((h) => h.status === 'rejected') as PromiseRejectedResult).reason as { status: number }).status).toBe(409);
    expect(await baris(id)).toEqual({ status: 'draf', versi: f.versi + 1 });
    expect(await fx.db.one(sql`select count(*)::int n from audit_log where instansi_id = 1 and aksi = 'merit.buka_kembali'`)).toEqual({ n: 2 });

    // Finalised again at v; a reopening and a second finalisation both made from v race.
    const v = f.versi + 1;
    const balapan = await Promise.allSettled([
      finalisasiMerit(admin, id, { versi: v }),
      bukaKembaliMerit(perencana, id, { alasan: 'Dibuka dari layar lama', versi: v }),
      finalisasiMerit(perencana, id, { versi: v }),
    ]);
    const menang = balapan.filter((h) => h.status === 'fulfilled');
    expect(menang).toHaveLength(1);
    for (const h of balapan.filter((x) => x.status === 'rejected')) expect(((h as PromiseRejectedResult).reason as { status: number }).status).toBe(409);
    expect(await baris(id)).toEqual({ status: 'final', versi: v + 1 });
    expect((await hasilMerit()).map((h) => h.nilai)).toEqual([340, 260, 260]);
    expect((await ambilPenilaianMerit(admin, id)).riwayat.map((x) => x.jenis)).toEqual(['final', 'buka_kembali', 'final', 'buka_kembali', 'final']);
  });
});
