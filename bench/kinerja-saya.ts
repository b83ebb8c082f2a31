import { sql, type Db } from '@simasn/db';
import { kinerjaSaya } from '@simasn/kinerja';
import { zonaInstansi, type Konteks } from '@simasn/platform';
import { buatAplikasi } from '../apps/server/src/aplikasi.ts';

/**
 * An ASN's "Kinerja Saya" (issue 12: under 100 ms) on the demo kabupaten, whose every employee
 * has last year's SKP rated and this year's in progress: the action for `n` different ASN with an
 * SKP this year (each once, after a warm-up), and the API through HTTP with a real session for a
 * few of them (login once, then `ulang` requests each). The clock is the demo's today.
 */
export async function ukurKinerjaSaya(db: Db, n = 300, ulang = 40) {
  const sekarang = new Date('2026-11-01T03:00:00Z');
  const zona = await zonaInstansi(db, 1);
  const orang = await db.many<{ akunId: number, pegawaiId: number, nip: string, jalur: string | null }>(sql`
    select a.id::int as "akunId", p.id::int as "pegawaiId", p.nip, p.jalur_unit as jalur
      from skp s join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
      join akun a on a.instansi_id = p.instansi_id and a.pegawai_id = p.id
     where s.instansi_id = 1 and s.tahun = 2026 and s.status = 'disetujui' order by (p.id * 7919) % 10007 limit ${n}`);
  const ctx = (o: (typeof orang)[number]): Konteks => ({ db, instansiId: 1, sekarang: () => sekarang, zona,
    pemanggil: { akunId: o.akunId, namaPengguna: o.nip, namaTampilan: o.nip, instansiId: 1, pegawaiId: o.pegawaiId, jalurUnitSendiri: o.jalur,
      peran: [{ peran: 'asn', unitId: null, jalurUnit: null }] } });
  for (const o of orang.slice(0, 10)) await kinerjaSaya(ctx(o), {});
  const aksi: number[] = [];
  for (const o of orang) {
    const t = performance.now();
    const r = await kinerjaSaya(ctx(o), {});
    aksi.push(performance.now() - t);
    if (!r.skp) throw new Error(`Kinerja Saya ${o.nip}: tanpa SKP`);
  }
  const app = await buatAplikasi({ db, web: false, sekarang: () => sekarang });
  const http: number[] = [];
  let bytes = 0;
  try {
    for (const o of orang.slice(0, 5)) {
      const l = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: o.nip, password: 'demo12345' } });
      if (l.statusCode !== 200) throw new Error(`login ${o.nip}: ${l.body}`);
      const cookie = String(l.headers['set-cookie']).split(';')[0]!;
      for (let i = 0; i < ulang + 3; i++) {
        const t = performance.now();
        const r = await app.inject({ method: 'GET', url: '/api/kinerja/saya', headers: { cookie } });
        if (i >= 3) http.push(performance.now() - t);
        if (r.statusCode !== 200) throw new Error(`Kinerja Saya HTTP ${r.statusCode}: ${r.body}`);
        bytes = r.body.length;
      }
    }
  } finally {
    await app.close();
  }
  const ringkas = (ms: number[]) => {
    const s = [...ms].sort((a, b) => a - b);
    const p = (x: number) => +s[Math.min(s.length - 1, Math.ceil((x / 100) * s.length) - 1)]!.toFixed(2);
    return { n: ms.length, p50: p(50), p99: p(99), maks: +s.at(-1)!.toFixed(2) };
  };
  return { aksi: ringkas(aksi), http: ringkas(http), bytesJawaban: bytes };
}
