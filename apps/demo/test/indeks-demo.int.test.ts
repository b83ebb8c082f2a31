import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { ambilPenilaianMerit, daftarPenilaianMerit, daftarPenilaianNspk, hitungIpAsn } from '@simasn/indeks';
import { konteksSistem, type Konteks } from '@simasn/platform';
import { buatDemo } from '../src/index.ts';

/**
 * The index engines on the demo kabupaten. These lived in modules/indeks/test and made a cycle
 * (indeks tests -> demo -> modules); the demo composes the product, so its checks live here.
 */

/** The demo kabupaten with `jumlahPegawai` employees on a fresh database for the file, and a system context on it. */
function demoUji(jumlahPegawai: number): { db: Db, ctx: Konteks } {
  const demo = {} as { db: Db, ctx: Konteks };
  beforeAll(async () => {
    demo.db = await bukaDbUji();
    await buatDemo(demo.db, { jumlahPegawai });
    const i = await demo.db.one<{ instansi_id: number }>(sql`select instansi_id from instansi limit 1`);
    demo.ctx = konteksSistem(demo.db, i.instansi_id);
  });
  afterAll(async () => {
    await demo.db?.close();
  });
  return demo;
}

// One kabupaten for both checks (they read it; a build per describe cost a second demo).
const demo = demoUji(400);

describe('IP ASN on the demo kabupaten', () => {
  it('measures every active PNS and CPNS, with dimensions within their maxima', async () => {
    const h = await hitungIpAsn(demo.ctx, { tanggal: '2026-11-01' });
    const n = await demo.db.one<{ n: number }>(
      sql`select count(*)::int n from pegawai where status_kepegawaian in ('PNS','CPNS') and kedudukan = 'aktif' and tmt_cpns <= '2026-11-01'`,
    );
    expect(h.jumlahPegawai).toBe(n.n);
    expect(h.rataRata.kualifikasi).toBeGreaterThan(5);
    expect(h.rataRata.kualifikasi).toBeLessThanOrEqual(25);
    expect(h.rataRata.kompetensi).toBeLessThanOrEqual(40);
    expect(h.rataRata.total).toBeGreaterThan(30);
    expect(h.perUnit.reduce((s, u) => s + u.jumlahPegawai, 0)).toBe(h.jumlahPegawai);
  });
});

describe('Sistem Merit and NSPK on the demo kabupaten', () => {
  it('has last year final (frozen as computed), this year a complete draft, and an NSPK year', async () => {
    const daftar = await daftarPenilaianMerit(demo.ctx);
    expect(daftar.map((d) => [d.tahun, d.status, d.lengkap])).toEqual([[2026, 'draf', true], [2025, 'final', true]]);
    const lalu = await ambilPenilaianMerit(demo.ctx, daftar[1]!.id);
    expect(lalu.peringatan).toEqual([]);
    expect(lalu.hasil?.nilai).toBe(lalu.total);
    expect(lalu.hasil?.kategori).toBe(lalu.kategori?.teks);
    const ini = await ambilPenilaianMerit(demo.ctx, daftar[0]!.id);
    expect(ini.tahunLalu?.total).toBe(lalu.total);
    expect(ini.total).toBeGreaterThan(lalu.total);
    expect(ini.capaian.target).not.toBeNull();
    const nspk = await daftarPenilaianNspk(demo.ctx);
    expect(nspk.length).toBeGreaterThan(0);
    expect(nspk[0]!.lengkap).toBe(true);
  });
});
