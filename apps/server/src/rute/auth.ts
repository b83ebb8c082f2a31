import type { FastifyInstance, FastifyReply } from 'fastify';
import { gantiSandi, hapusSesi, hashToken, masuk } from '@simasn/akun';
import { KONTRAK_AUTH } from '@simasn/akun/kontrak';
import { sql } from '@simasn/db';
import { catatAudit, DAFTAR_IZIN, LABEL_PERAN, punyaIzin } from '@simasn/platform';
import { NAMA_COOKIE } from '../sesi.ts';
import { rute } from './definisi.ts';

/**
 * The session cookie lives as long as the session, given as a duration (Max-Age) from the server's
 * clock rather than as a date (Expires) the browser compares with its own: a phone whose clock is
 * hours or days off would otherwise drop the cookie at once or keep it too long.
 */
function setelCookieSesi(reply: FastifyReply, nilai: string, kedaluwarsa: Date, sekarang: Date, aman: boolean) {
  const detik = Math.max(0, Math.floor((kedaluwarsa.getTime() - sekarang.getTime()) / 1000));
  reply.setCookie(NAMA_COOKIE, nilai, { path: '/', httpOnly: true, sameSite: 'lax', secure: aman, maxAge: detik });
}

export function ruteAuth(app: FastifyInstance, opsi: { cookieAman: boolean }) {
  rute(app, KONTRAK_AUTH.masuk, async ({ ctx, body, req, reply }) => {
    const sekarang = ctx.sekarang();
    const h = await masuk(ctx.db, body, { alamatIp: req.ip, agen: req.headers['user-agent'] ?? null }, sekarang);
    setelCookieSesi(reply, h.sesi.cookie, h.sesi.kedaluwarsa, sekarang, opsi.cookieAman || req.protocol === 'https');
    return { pengguna: h.akun, csrfToken: h.sesi.tokenCsrf };
  });

  rute(app, KONTRAK_AUTH.keluar, async ({ ctx, req, reply }) => {
    if (req.cookieSesi) await hapusSesi(ctx.db, req.cookieSesi);
    await catatAudit(ctx, { aksi: 'auth.keluar', entitas: 'akun', entitasId: ctx.pemanggil!.akunId });
    reply.clearCookie(NAMA_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  rute(app, KONTRAK_AUTH.sesi, async ({ ctx, req }) => {
    const p = ctx.pemanggil;
    if (!p) return { masuk: false as const, zona: ctx.zona };
    const nip = p.pegawaiId
      ? (await ctx.db.maybeOne<{ nip: string }>(sql`select nip from pegawai where instansi_id = ${ctx.instansiId} and id = ${p.pegawaiId}`))?.nip ?? null
      : null;
    return {
      masuk: true as const,
      csrfToken: req.tokenCsrf ?? '',
      // The instansi's time zone (IANA name): the web shows every timestamp in it.
      zona: ctx.zona,
      harusGantiSandi: req.harusGantiSandi,
      pengguna: { namaPengguna: p.namaPengguna, namaTampilan: p.namaTampilan, nip },
      peran: p.peran.map((r) => ({ peran: r.peran, label: LABEL_PERAN[r.peran], unitId: r.unitId })),
      izin: DAFTAR_IZIN.filter((i) => punyaIzin(p, i)),
    };
  });

  rute(app, KONTRAK_AUTH.gantiSandi, async ({ ctx, body, req }) => {
    const token = req.cookieSesi?.split('.')[1];
    await gantiSandi(ctx, body, token ? hashToken(token) : undefined);
    return { ok: true as const };
  });
}
