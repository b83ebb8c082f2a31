import type { FastifyInstance } from 'fastify';
import { aktifkanAkun, buatAkun, bukaTahananMasuk, daftarAkun, nonaktifkanAkun, resetSandi, ubahPeranAkun } from '@simasn/akun';
import { KONTRAK_AKUN } from '@simasn/akun/kontrak';
import { cariJabatan, daftarUnitBerversi, statistikPegawai } from '@simasn/kepegawaian';
import { KONTRAK_ORGANISASI } from '@simasn/kepegawaian/kontrak';
import { jamDindingUtc } from '@simasn/domain';
import { daftarAudit, keteranganAudit, labelAksiAudit, labelEntitasAudit, LABEL_PERAN_AUDIT, periksaRantaiAudit, tabelKeXlsx, teksPerubahan, uraianPerubahan, type BarisAudit,
  type RujukanAudit } from '@simasn/platform';
import { KONTRAK_AUDIT } from '@simasn/platform/kontrak';
import { rute } from './definisi.ts';
import { cocokEtag, kirimBerkas } from './kirim.ts';

/** Organisation reference data, the dashboard, the audit trail and account administration. */
export function ruteLain(app: FastifyInstance) {
  // Every unit picker asks for the tree: the browser keeps it and asks again with its ETag (the
  // instansi and the data version), answered 304 without a body until units or employees change.
  rute(app, KONTRAK_ORGANISASI.unit, async ({ ctx, req, reply }) => {
    const { unit, versi } = await daftarUnitBerversi(ctx);
    if (versi === null) return unit;
    const etag = `W/"unit-${ctx.instansiId}-${versi}"`;
    reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'Cookie');
    if (cocokEtag(req.headers['if-none-match'], etag)) return reply.code(304).send() as never;
    return unit;
  });
  rute(app, KONTRAK_ORGANISASI.jabatan, ({ ctx, query }) => cariJabatan(ctx, query));
  rute(app, KONTRAK_ORGANISASI.statistik, ({ ctx, query }) => statistikPegawai(ctx, query));
  rute(app, KONTRAK_AUDIT.daftar, ({ ctx, query }) => daftarAudit(ctx, query));
  rute(app, KONTRAK_AUDIT.periksa, ({ ctx }) => periksaRantaiAudit(ctx));
  rute(app, KONTRAK_AUDIT.ekspor, async ({ ctx, query, reply }) => {
    const semua: BarisAudit[] = [];
    const rujukan: Required<RujukanAudit> = { unit: {}, pegawai: {}, berkas: {}, kode: {} };
    for (let page = 1; page <= 50; page++) {
      const h = await daftarAudit(ctx, { ...query, page, limit: 200 });
      semua.push(...h.items);
      Object.assign(rujukan.unit, h.rujukan.unit);
      Object.assign(rujukan.pegawai, h.rujukan.pegawai);
      Object.assign(rujukan.berkas, h.rujukan.berkas);
      Object.assign(rujukan.kode, h.rujukan.kode);
      if (h.items.length < 200) break;
    }
    const isi = await tabelKeXlsx({ judul: 'Jejak Audit SIMASN', namaLembar: 'Audit', baris: semua, kolom: [
      { judul: 'Waktu', nilai: (r) => jamDindingUtc(new Date(r.waktu), ctx.zona), format: 'd mmmm yyyy hh:mm:ss', lebar: 22 },
      { judul: 'Pengguna', nilai: (r) => r.namaPengguna ?? 'sistem', lebar: 22 },
      { judul: 'Peran', nilai: (r) => (r.peran ?? []).map((p) => LABEL_PERAN_AUDIT[p] ?? p).join(', '), lebar: 18 },
      { judul: 'Aksi', nilai: (r) => labelAksiAudit(r.aksi), lebar: 34 },
      { judul: 'Sasaran', nilai: (r) => `${labelEntitasAudit(r.entitas)}${r.entitasId ? ` ${r.entitasId}` : ''}`, lebar: 26 },
      { judul: 'NIP pegawai', nilai: (r) => r.nip, teks: true, lebar: 20 },
      { judul: 'Nama pegawai', nilai: (r) => r.namaPegawai, lebar: 28 },
      { judul: 'Perubahan (isian: sebelum → sesudah)', nilai: (r) => teksPerubahan(uraianPerubahan(r.sebelum, r.sesudah, { rujukan, zona: ctx.zona })) || null, lebar: 60 },
      { judul: 'Keterangan', nilai: (r) => keteranganAudit(r.keterangan), lebar: 30 },
      { judul: 'Alamat IP', nilai: (r) => r.alamatIp, lebar: 16 },
    ] });
    return kirimBerkas(reply, isi, 'jejak-audit.xlsx', 'xlsx');
  });
  rute(app, KONTRAK_AKUN.daftar, ({ ctx, query }) => daftarAkun(ctx, query));
  rute(app, KONTRAK_AKUN.buat, ({ ctx, body }) => buatAkun(ctx, body));
  rute(app, KONTRAK_AKUN.resetSandi, ({ ctx, params }) => resetSandi(ctx, params.id));
  rute(app, KONTRAK_AKUN.nonaktifkan, async ({ ctx, params, body }) => {
    await nonaktifkanAkun(ctx, params.id, body);
    return { ok: true as const };
  });
  rute(app, KONTRAK_AKUN.aktifkan, async ({ ctx, params }) => {
    await aktifkanAkun(ctx, params.id);
    return { ok: true as const };
  });
  rute(app, KONTRAK_AKUN.ubahPeran, async ({ ctx, params, body }) => {
    await ubahPeranAkun(ctx, params.id, body);
    return { ok: true as const };
  });
  rute(app, KONTRAK_AKUN.bukaTahanan, async ({ ctx, params }) => {
    await bukaTahananMasuk(ctx, params.id);
    return { ok: true as const };
  });
}
