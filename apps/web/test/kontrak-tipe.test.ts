import { describe, expect, expectTypeOf, it } from 'vitest';
import type { KONTRAK_AUTH } from '@simasn/akun/kontrak';
import { KONTRAK_PEGAWAI, KONTRAK_RIWAYAT } from '@simasn/kepegawaian/kontrak';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import type { Izin, MasukanTitik, ResponsTitik } from '@simasn/kontrak';
import { hashKey } from '@tanstack/react-query';
import { alamatTitik, kunci, kunciAlamat } from '../src/api.ts';
import type { NilaiSesi } from '../src/sesi.tsx';

/**
 * The web's types come from the server's contract: these checks run in the web's typecheck
 * (`tsc -p apps/web/tsconfig.json`, a step of `npm test`). Each `@ts-expect-error` is a line that
 * must NOT compile; were the contract loose (`any`, `string`), the directive itself would fail
 * ("unused @ts-expect-error"), so a server field renamed or removed breaks the pages that read it.
 */
type Profil = ResponsTitik<typeof KONTRAK_PEGAWAI.ambil>;

describe('the web is typed from the contract', () => {
  it('answers have the declared fields and no others', () => {
    expectTypeOf<Profil['nip']>().toEqualTypeOf<string>();
    expectTypeOf<Profil['jenisKelamin']>().toEqualTypeOf<'L' | 'P'>();
    // @ts-expect-error a field the server does not declare
    type _Tidak = Profil['namaYangTidakAda'];
    const sesi = {} as ResponsTitik<typeof KONTRAK_AUTH.sesi>;
    if (sesi.masuk) {
      expectTypeOf(sesi.izin).toEqualTypeOf<Izin[]>();
      // @ts-expect-error the logged-out answer has no account: the union must be narrowed
    } else sesi.pengguna;
    expect(true).toBe(true);
  });

  it('requests must supply the declared params and query', () => {
    expectTypeOf<MasukanTitik<typeof KONTRAK_PEGAWAI.ambil>>().toHaveProperty('params');
    expect(alamatTitik(KONTRAK_PEGAWAI.ambil, { params: { nip: '199001012015031001' } })).toBe('/api/pegawai/199001012015031001');
    // @ts-expect-error the NIP param is required (and at run time an empty path parameter throws)
    expect(() => alamatTitik(KONTRAK_PEGAWAI.ambil, {})).toThrow(/nip/);
    // @ts-expect-error a riwayat kind outside the declared ones
    alamatTitik(KONTRAK_RIWAYAT.daftar, { params: { nip: '1', jenis: 'hobi' } });
    // @ts-expect-error the KGB month is text (YYYY-MM), not a number
    kunci(KONTRAK_LAYANAN.kgb, { query: { bulan: 202612 } });
    expect(kunci(KONTRAK_LAYANAN.kgb, { query: { bulan: '2026-12' } })).toEqual(['api', 'layanan', 'kgb', { bulan: '2026-12' }]);
  });

  it('a GET has the same query key by its endpoint and input as by the address it is sent to', () => {
    const sama = (k: readonly unknown[], alamat: string) => expect(hashKey(kunciAlamat(alamat)), alamat).toBe(hashKey(k));
    sama(kunci(KONTRAK_PEGAWAI.cari, { query: { page: 1, limit: 20 } }), alamatTitik(KONTRAK_PEGAWAI.cari, { query: { page: 1, limit: 20 } }));
    // The query's order does not matter, empty values are not sent, path parameters are decoded.
    sama(kunci(KONTRAK_PEGAWAI.cari, { query: { limit: 20, page: 1, q: '' } }), '/api/pegawai?page=1&limit=20');
    sama(kunci(KONTRAK_PEGAWAI.cari, { query: { q: 'Sri Wahyuni & co', page: 2 } }), alamatTitik(KONTRAK_PEGAWAI.cari, { query: { q: 'Sri Wahyuni & co', page: 2 } }));
    sama(kunci(KONTRAK_PEGAWAI.ambil, { params: { nip: '199001012015031001' } }), '/api/pegawai/199001012015031001');
    sama(kunci(KONTRAK_RIWAYAT.daftar, { params: { nip: '1990', jenis: 'pangkat' } }), '/api/pegawai/1990/riwayat/pangkat');
    expect(hashKey(kunciAlamat('/api/pegawai?page=2&limit=20'))).not.toBe(hashKey(kunci(KONTRAK_PEGAWAI.cari, { query: { page: 1, limit: 20 } })));
  });

  it('permissions are a closed union', () => {
    expectTypeOf<Parameters<NilaiSesi['boleh']>[0]>().toEqualTypeOf<Izin>();
    const boleh: NilaiSesi['boleh'] = () => true;
    // @ts-expect-error not a permission of the catalogue
    boleh('pegawai:hapus-semua');
    expect(boleh('pegawai:baca')).toBe(true);
  });
});
