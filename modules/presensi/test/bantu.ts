import { sql } from '@simasn/db';
import { instanSetempat } from '@simasn/domain';
import { tambahPegawai } from '@simasn/kepegawaian';
import type { Fixture } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';

/** The BKPSDM office of the test kabupaten (fictional), and a spot ~44 m north of it (inside a 100 m radius). */
export const KANTOR = { lat: -6.9, lon: 107.6 };
export const DEKAT = { lat: -6.8996, lon: 107.6 };
/** About 2,2 km east: outside. */
export const JAUH = { lat: -6.9, lon: 107.62 };

/** A Tuesday outside Ramadan: 07.30-16.00 under the demo Perbup. */
export const HARI = '2026-04-07';

/** The context at a local time of a day (WIB), as the server's clock. */
export function pada(ctx: Konteks, jam: string, tanggal = HARI): Konteks {
  const t = instanSetempat(tanggal, jam, 'Asia/Jakarta');
  return { ...ctx, sekarang: () => t };
}

let n = 0;
/** A fresh idempotency key per tap. */
export const kunciBaru = () => `uji-${Date.now().toString(36)}-${(n++).toString(36).padStart(4, '0')}`;

/** Extra employees of a unit, each with an ASN account named by their NIP (the Cirebon case needs five people). */
export async function tambahPegawaiAsn(fx: Fixture, unitId: number, jumlah: number, awal = 1): Promise<string[]> {
  const nip: string[] = [];
  const hash = (await fx.db.one<{ h: string }>(sql`select hash_sandi as h from akun where instansi_id = 1 limit 1`)).h;
  for (let i = awal; i < awal + jumlah; i++) {
    const n = `19910101201603${i % 2 ? 1 : 2}${String(100 + i).slice(-3)}`;
    await tambahPegawai(fx.sistem, { nip: n, nama: `Pegawai Uji ${i}`, tanggalLahir: '1991-01-01', jenisKelamin: i % 2 ? 'L' : 'P', statusKepegawaian: 'PNS', tmtCpns: '2016-03-01',
      penempatan: { jabatanId: fx.jabatan.pelaksana, unitId, tmt: '2016-03-01' }, pangkat: { golongan: 'III/a', tmt: '2016-03-01', jenisKp: 'cpns', mkTahun: 0, mkBulan: 0 } });
    const a = await fx.db.one<{ id: number }>(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi)
      select 1, nip, nama, id, ${hash} from pegawai where instansi_id = 1 and nip = ${n} returning id`);
    await fx.db.run(sql`insert into akun_peran (instansi_id, akun_id, peran) values (1, ${a.id}, 'asn')`);
    nip.push(n);
  }
  return nip;
}
