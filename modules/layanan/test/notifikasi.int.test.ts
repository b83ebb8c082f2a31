import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import type { Konteks } from '@simasn/platform';
import { buatFixture, NIP, type Fixture } from '@simasn/kepegawaian/uji';
import { ajukanUsulanLayanan, ambilUsulanLayanan, buatTransport, daftarkanLayanan, daftarNotifikasi, kirimDigestVerifikator, kirimEmailAntri, konfigurasiSmtp, prosesUsulanLayanan,
  tandaiNotifikasiDibaca } from '../src/index.ts';

/**
 * Notifications in the app and by e-mail through a real SMTP conversation with a local sink
 * (smtp-server): queued in the transition's transaction, sent after commit, never for a
 * rolled-back transition; the bell (list, unread count, mark read); the daily digest.
 */
let db: Db;
let fx: Fixture;
let sink: SMTPServer;
const diterima: { dari: string, kepada: string[], isi: string }[] = [];
let opd: Konteks;
let verif: Konteks;
let asn: Konteks;
let gagal = false;
const envLama = { ...process.env };

beforeAll(async () => {
  sink = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false, onData(stream, session, cb) {
    let isi = '';
    stream.on('data', (c: Buffer) => {
      isi += c.toString('utf8');
    });
    stream.on('end', () => {
      diterima.push({ dari: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', kepada: session.envelope.rcptTo.map((r) => r.address), isi });
      cb();
    });
  } });
  await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String((sink.server.address() as AddressInfo).port);
  process.env.SMTP_FROM = 'SIMASN Uji <simasn@uji.go.id>';
  db = await bukaDbUji();
  fx = await buatFixture(db);
  opd = await fx.ctx('admin.bkpsdm');
  verif = await fx.ctx('verifikator');
  asn = await fx.ctx(NIP.a1);
  daftarkanLayanan({ jenis: 'uji_notif', label: 'Layanan Uji Notifikasi', langkah: [
    { kode: 'pengajuan', label: 'Pengajuan OPD', peran: ['admin_opd'], aksi: ['teruskan'] },
    { kode: 'verifikasi', label: 'Verifikasi BKD', peran: ['verifikator_bkd'], aksi: ['setujui', 'kembalikan'], tenggatHari: 3,
      efek: { setujui: [{ nama: 'gagal', jalankan: async () => {
        if (gagal) throw new Error('gagal disengaja');
      } }] } },
  ], dokumen: [] });
});
afterAll(async () => {
  process.env = envLama;
  await db?.close();
  await new Promise<void>((r) => sink.close(() => r()));
});

describe('e-mail outbox', () => {
  it('queues with the transition, sends after commit to the employee, never for a rolled-back one', async () => {
    const u = await ajukanUsulanLayanan(opd, { jenis: 'uji_notif', nip: NIP.a1 });
    await prosesUsulanLayanan(opd, u.id, { aksi: 'teruskan', versi: u.versi });
    const antri = await db.many<{ kepada: string, subjek: string }>(sql`select kepada, subjek from email_keluar where status = 'antri' order by id`);
    expect(antri.map((a) => a.kepada)).toContain('andi@uji.go.id');
    const k = konfigurasiSmtp()!;
    const hasil = await kirimEmailAntri(db, buatTransport(k), k.from);
    expect(hasil).toEqual({ terkirim: antri.length, gagal: 0 });
    const ke = diterima.find((m) => m.kepada.includes('andi@uji.go.id'))!;
    expect(ke.dari).toBe('simasn@uji.go.id');
    expect(ke.isi).toContain('Subject: [SIMASN] Layanan Uji Notifikasi - Andi Saputra: diteruskan');
    expect((await kirimEmailAntri(db, buatTransport(k), k.from)).terkirim).toBe(0);

    const sebelum = await db.one<{ n: number }>(sql`select count(*)::int as n from email_keluar`);
    gagal = true;
    const v = await ambilUsulanLayanan(verif, u.id);
    expect((await prosesUsulanLayanan(verif, u.id, { aksi: 'setujui', versi: v.versi }).catch((e) => e)).status).toBe(500);
    gagal = false;
    expect((await db.one<{ n: number }>(sql`select count(*)::int as n from email_keluar`)).n).toBe(sebelum.n);
    await prosesUsulanLayanan(verif, u.id, { aksi: 'setujui', versi: v.versi });
    expect((await db.one<{ n: number }>(sql`select count(*)::int as n from email_keluar`)).n).toBeGreaterThan(sebelum.n);
  });

  it('retries a failed send and gives up after the limit, keeping the error', async () => {
    await db.run(sql`insert into email_keluar (instansi_id, kepada, subjek, isi) values (1, 'x@uji.go.id', 'uji', 'uji')`);
    const rusak = buatTransport({ host: '127.0.0.1', port: 1, user: null, pass: null, from: 'a@b.c' });
    for (let i = 0; i < 5; i++) await kirimEmailAntri(db, rusak, 'a@b.c');
    const m = await db.one<{ status: string, percobaan: number, galat: string }>(sql`select status, percobaan, galat from email_keluar where kepada = 'x@uji.go.id'`);
    expect(m).toMatchObject({ status: 'gagal', percobaan: 5 });
    expect(m.galat).toBeTruthy();
  });
});

describe('the bell', () => {
  it('lists the caller own notifications with the unread count, and marks them read', async () => {
    const d = await daftarNotifikasi(asn);
    expect(d.belumDibaca).toBeGreaterThanOrEqual(2);
    expect(d.items[0]!.tautan).toBe('/layanan-saya');
    const satu = await tandaiNotifikasiDibaca(asn, { id: [d.items[0]!.id] });
    expect(satu).toEqual({ ditandai: 1, belumDibaca: d.belumDibaca - 1 });
    // Another account's ids are not theirs to mark.
    expect((await tandaiNotifikasiDibaca(verif, { id: d.items.map((x) => x.id) })).ditandai).toBe(0);
    expect((await tandaiNotifikasiDibaca(asn)).belumDibaca).toBe(0);
    expect((await daftarNotifikasi(asn, { belumDibaca: '1' })).items).toEqual([]);
  });
});

describe('daily digest', () => {
  it('tells each verifier what waits for them, overdue included, once a day', async () => {
    // Its own clock: forwarded at 08.00 WIB on 2 March (deadline 3 days on), digest 5 days later.
    const pagi = { ...opd, sekarang: () => new Date('2026-03-02T01:00:00Z') };
    const u = await ajukanUsulanLayanan(pagi, { jenis: 'uji_notif', nip: NIP.a2 });
    await prosesUsulanLayanan(pagi, u.id, { aksi: 'teruskan', versi: u.versi });
    const nanti = { ...fx.sistem, sekarang: () => new Date('2026-03-07T01:00:00Z') };
    const h = await kirimDigestVerifikator(nanti);
    expect(h.penerima).toBe(2); // verifikator, verifikator2
    const n = await db.many<{ judul: string, isi: string }>(sql`select n.judul, n.isi from notifikasi n join akun a on a.id = n.akun_id
      where a.nama_pengguna = 'verifikator' and n.judul like 'Ringkasan harian%'`);
    expect(n).toHaveLength(1);
    expect(n[0]!.judul).toBe('Ringkasan harian layanan: 1 usulan menunggu, 1 melewati tenggat');
    expect(n[0]!.isi).toContain('Layanan Uji Notifikasi 1 (1 melewati tenggat)');
    expect((await kirimDigestVerifikator(nanti)).penerima).toBe(0);
  });
});
