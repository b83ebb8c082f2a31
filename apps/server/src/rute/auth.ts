import type { FastifyInstance, FastifyReply } from 'fastify';
import { gantiSandi, hapusSesi, hashToken, masuk, skemaGantiSandi, skemaMasuk } from '@simasn/akun';
import { sql } from '@simasn/db';
import { catatAudit, DAFTAR_IZIN, LABEL_PERAN, punyaIzin } from '@simasn/platform';
import { NAMA_COOKIE } from '../sesi.ts';
import { rute } from './definisi.ts';

function setelCookieSesi(reply: FastifyReply, nilai: string, kedaluwarsa: Date, aman: boolean) {
  reply.setCookie(NAMA_COOKIE, nilai, { path: '/', httpOnly: true, sameSite: 'lax', secure: aman, expires: kedaluwarsa });
}

export function ruteAuth(app: FastifyInstance, opsi: { cookieAman: boolean }) {
  rute(app, {
    method: 'POST', url: '/api/auth/login', akses: 'publik', tag: 'auth', batasPerMenit: 30,
    ringkasan: 'Masuk dengan NIP (atau nama pengguna) dan kata sandi; memasang cookie sesi httpOnly dan mengembalikan token CSRF',
    body: skemaMasuk,
    handler: async ({ ctx, body, req, reply }) => {
      const h = await masuk(ctx.db, body, { alamatIp: req.ip, agen: req.headers['user-agent'] ?? null });
      setelCookieSesi(reply, h.sesi.cookie, h.sesi.kedaluwarsa, opsi.cookieAman || req.protocol === 'https');
      return { pengguna: h.akun, csrfToken: h.sesi.tokenCsrf };
    },
  });

  rute(app, {
    method: 'POST', url: '/api/auth/logout', akses: 'masuk', tag: 'auth', ringkasan: 'Keluar: mengakhiri sesi',
    handler: async ({ ctx, req, reply }) => {
      if (req.cookieSesi) await hapusSesi(ctx.db, req.cookieSesi);
      await catatAudit(ctx, { aksi: 'auth.keluar', entitas: 'akun', entitasId: ctx.pemanggil!.akunId });
      reply.clearCookie(NAMA_COOKIE, { path: '/' });
      return { ok: true };
    },
  });

  rute(app, {
    method: 'GET', url: '/api/auth/sesi', akses: 'publik', tag: 'auth',
    ringkasan: 'Siapa yang sedang masuk, peran dan izinnya, serta token CSRF untuk permintaan yang mengubah data',
    handler: async ({ ctx, req }) => {
      const p = ctx.pemanggil;
      if (!p) return { masuk: false, zona: ctx.zona };
      const nip = p.pegawaiId
        ? (await ctx.db.maybeOne<{ nip: string }>(sql`select nip from pegawai where instansi_id = ${ctx.instansiId} and id = ${p.pegawaiId}`))?.nip ?? null
        : null;
      return {
        masuk: true,
        csrfToken: req.tokenCsrf,
        // The instansi's time zone (IANA name): the web shows every timestamp in it.
        zona: ctx.zona,
        pengguna: { namaPengguna: p.namaPengguna, namaTampilan: p.namaTampilan, nip },
        peran: p.peran.map((r) => ({ peran: r.peran, label: LABEL_PERAN[r.peran], unitId: r.unitId })),
        izin: DAFTAR_IZIN.filter((i) => punyaIzin(p, i)),
      };
    },
  });

  rute(app, {
    method: 'POST', url: '/api/auth/ganti-sandi', akses: 'masuk', tag: 'auth', batasPerMenit: 10,
    ringkasan: 'Mengganti kata sandi sendiri; sesi lain diakhiri', body: skemaGantiSandi,
    handler: async ({ ctx, body, req }) => {
      const token = req.cookieSesi?.split('.')[1];
      await gantiSandi(ctx, body, token ? hashToken(token) : undefined);
      return { ok: true };
    },
  });
}
