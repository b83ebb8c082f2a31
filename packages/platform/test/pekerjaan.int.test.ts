import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { ambilPekerjaan, GalatAplikasi, PelariPekerjaan, PESAN_TERHENTI, unduhHasilPekerjaan, type Konteks } from '../src/index.ts';

/** The job runner on the real engine: the table is the truth the web polls. */
let db: Db;
let pemilik: Konteks;
let orangLain: Konteks;

function gerbang() {
  let buka!: () => void;
  const janji = new Promise<void>((r) => (buka = r));
  return { janji, buka };
}

const status = (e: unknown) => (e as { status?: number }).status;

async function akun(nama: string): Promise<Konteks> {
  const a = await db.one<{ id: number }>(sql`
    insert into akun (instansi_id, nama_pengguna, nama_tampilan, hash_sandi) values (1, ${nama}, ${nama}, 'x') returning id`);
  return { db, instansiId: 1, sekarang: () => new Date(), zona: 'Asia/Jakarta',
    pemanggil: { akunId: a.id, namaPengguna: nama, namaTampilan: nama, instansiId: 1, pegawaiId: null, jalurUnitSendiri: null,
      peran: [{ peran: 'perencana', unitId: null, jalurUnit: null }] } };
}

beforeAll(async () => {
  db = await bukaDbUji();
  await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (1, 'uji', 'Kabupaten Uji', 'kabupaten')`);
  pemilik = await akun('perencana');
  orangLain = await akun('perencana2');
});
afterAll(async () => {
  await db?.close();
});

describe('PelariPekerjaan', () => {
  it('queues, reports progress the web can poll, stores the file, audits the request', async () => {
    const pelari = new PelariPekerjaan(db);
    const g = gerbang();
    pelari.daftarkan('uji', async (ctx, parameter, lapor) => {
      await lapor(40, 'Langkah dua');
      await g.janji;
      expect(ctx.pemanggil?.akunId).toBe(pemilik.pemanggil!.akunId);
      return { isi: new TextEncoder().encode(`halo ${parameter.nama}`), namaBerkas: 'halo.txt', mime: 'text/plain', rincian: { detik: 1 } };
    });
    const { id, status: s } = await pelari.kirim(pemilik, 'uji', { nama: 'dunia' });
    expect(s).toBe('antri');
    let k = await ambilPekerjaan(pemilik, id);
    for (let i = 0; i < 50 && k.progres < 40; i++) {
      await new Promise((r) => setTimeout(r, 10));
      k = await ambilPekerjaan(pemilik, id);
    }
    expect(k).toMatchObject({ status: 'berjalan', progres: 40, langkah: 'Langkah dua' });
    await expect(unduhHasilPekerjaan(pemilik, id)).rejects.toSatisfy((e) => status(e) === 409);
    g.buka();
    await pelari.tunggu(id);
    k = await ambilPekerjaan(pemilik, id);
    expect(k).toMatchObject({ status: 'selesai', progres: 100, namaBerkas: 'halo.txt', mime: 'text/plain', ukuran: 10, rincian: { detik: 1 } });
    expect(k.selesaiPada).toBeTruthy();
    const f = await unduhHasilPekerjaan(pemilik, id);
    expect(f.isi.toString()).toBe('halo dunia');
    const audit = await db.many<{ aksi: string, sesudah: { jenis: string } }>(sql`select aksi, sesudah from audit_log where entitas = 'pekerjaan' and entitas_id = ${String(id)}`);
    expect(audit).toEqual([{ aksi: 'pekerjaan.kirim', sesudah: { jenis: 'uji', parameter: { nama: 'dunia' } } }]);
  });

  it('another account sees no such job (404), a wrong kind neither', async () => {
    const pelari = new PelariPekerjaan(db);
    pelari.daftarkan('uji', async () => ({ isi: new Uint8Array([1]), namaBerkas: 'a', mime: 'x' }));
    const { id } = await pelari.kirim(pemilik, 'uji', {});
    await pelari.tunggu(id);
    await expect(ambilPekerjaan(orangLain, id)).rejects.toSatisfy((e) => status(e) === 404);
    await expect(unduhHasilPekerjaan(orangLain, id)).rejects.toSatisfy((e) => status(e) === 404);
    await expect(ambilPekerjaan(pemilik, id, 'lain')).rejects.toSatisfy((e) => status(e) === 404);
  });

  it('a failing job keeps its message and details; download answers 409', async () => {
    const pelari = new PelariPekerjaan(db);
    pelari.daftarkan('uji', async () => {
      throw new GalatAplikasi(422, 'tidak_konsisten', 'Tabel tidak konsisten.', [{ baris: 2, kolom: 'capaian' }]);
    });
    const { id } = await pelari.kirim(pemilik, 'uji', {});
    await pelari.tunggu(id);
    expect(await ambilPekerjaan(pemilik, id)).toMatchObject({ status: 'gagal', galat: 'Tabel tidak konsisten.', rincian: [{ baris: 2, kolom: 'capaian' }] });
    await expect(unduhHasilPekerjaan(pemilik, id)).rejects.toThrow(/gagal: Tabel tidak konsisten/);
  });

  it('runs at most `konkurensi` jobs at once; the others wait queued', async () => {
    const pelari = new PelariPekerjaan(db, { konkurensi: 1 });
    const g = gerbang();
    pelari.daftarkan('uji', async (_c, p) => {
      if (p.n === 1) await g.janji;
      return { isi: new Uint8Array([Number(p.n)]), namaBerkas: 'a', mime: 'x' };
    });
    const a = await pelari.kirim(pemilik, 'uji', { n: 1 });
    const b = await pelari.kirim(pemilik, 'uji', { n: 2 });
    await new Promise((r) => setTimeout(r, 30));
    expect((await ambilPekerjaan(pemilik, a.id)).status).toBe('berjalan');
    expect((await ambilPekerjaan(pemilik, b.id)).status).toBe('antri');
    g.buka();
    await pelari.tutup();
    expect((await ambilPekerjaan(pemilik, b.id)).status).toBe('selesai');
  });

  it('at start, jobs a crashed process left queued or running become failed', async () => {
    const [x] = await db.many<{ id: number }>(sql`
      insert into pekerjaan (instansi_id, jenis, status, progres, dibuat_oleh) values
        (1, 'uji', 'berjalan', 30, ${pemilik.pemanggil!.akunId}), (1, 'uji', 'antri', 0, ${pemilik.pemanggil!.akunId}) returning id`);
    const n = await new PelariPekerjaan(db).pulihkan();
    expect(n).toBe(2);
    expect(await ambilPekerjaan(pemilik, x!.id)).toMatchObject({ status: 'gagal', galat: PESAN_TERHENTI, progres: 30 });
  });

  it('runs on the clock it is given (the application clock), never the wall clock: ctx.sekarang, start and end times', async () => {
    const jam = new Date('2031-02-03T04:05:06Z');
    const pelari = new PelariPekerjaan(db, { sekarang: () => jam });
    let dilihat: Date | undefined;
    pelari.daftarkan('uji', async (ctx) => {
      dilihat = ctx.sekarang();
      return { isi: new Uint8Array([1]), namaBerkas: 'a.bin', mime: 'application/octet-stream' };
    });
    const { id } = await pelari.kirim({ ...pemilik, sekarang: () => jam }, 'uji', {});
    await pelari.tunggu(id);
    expect(dilihat).toEqual(jam);
    expect(await ambilPekerjaan(pemilik, id)).toMatchObject({ status: 'selesai', dibuatPada: jam, dimulaiPada: jam, selesaiPada: jam });
    // A crashed process's job is failed at the runner's clock too.
    const x = await db.one<{ id: number }>(sql`
      insert into pekerjaan (instansi_id, jenis, status, progres, dibuat_oleh) values (1, 'uji', 'berjalan', 10, ${pemilik.pemanggil!.akunId}) returning id`);
    await pelari.pulihkan();
    expect(await ambilPekerjaan(pemilik, x.id)).toMatchObject({ status: 'gagal', selesaiPada: jam });
  });

  it('refuses an unknown kind before writing anything', async () => {
    const pelari = new PelariPekerjaan(db);
    const sebelum = await db.one<{ n: number }>(sql`select count(*)::int as n from pekerjaan`);
    await expect(pelari.kirim(pemilik, 'tidak-ada', {})).rejects.toThrow(/belum terdaftar/);
    expect((await db.one<{ n: number }>(sql`select count(*)::int as n from pekerjaan`)).n).toBe(sebelum.n);
  });
});
