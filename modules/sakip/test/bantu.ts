import type { MasalahIsian } from '@simasn/kontrak';
import { sql } from '@simasn/db';
import { tambahPegawai } from '@simasn/kepegawaian';
import type { Fixture } from '@simasn/kepegawaian/uji';

/** The Kepala Badan Kepegawaian (see tambahKepala): the PK of the Kepala Bidang Mutasi cascades from his. */
export const NIP_KEPALA = '197003031995031001';

/**
 * Adds the head of BKPSDM to the module fixture: his position (jpt_pratama, II.b), the employee
 * Hendra Gunawan holding it since 2020 and an asn + atasan account. `lain` replaces fields of the
 * employee as tambahPegawai takes it. Answers the position's id.
 */
export async function tambahKepala(fx: Fixture, lain: Record<string, unknown> = {}): Promise<number> {
  const jabatanKepala = (await fx.db.one<{ id: number }>(sql`insert into jabatan (instansi_id, kode, nama, jenis, tingkat_struktural, eselon, kelas_jabatan, unit_id)
    values (1, 'ST-KEP', 'Kepala Badan Kepegawaian', 'struktural', 'jpt_pratama', 'II.b', 14, ${fx.unit.bkpsdm}) returning id`)).id;
  await tambahPegawai(fx.sistem, { nip: NIP_KEPALA, nama: 'Hendra Gunawan', tanggalLahir: '1970-03-03', jenisKelamin: 'L', statusKepegawaian: 'PNS', tmtCpns: '1995-03-01',
    penempatan: { jabatanId: jabatanKepala, unitId: fx.unit.bkpsdm, tmt: '2020-01-02' },
    pangkat: { golongan: 'IV/c', tmt: '2019-04-01', jenisKp: 'reguler', mkTahun: 24, mkBulan: 0 }, ...lain });
  await fx.db.run(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi)
    select 1, nip, nama, id, (select hash_sandi from akun where nama_pengguna = 'perencana') from pegawai where nip = ${NIP_KEPALA}`);
  await fx.db.run(sql`insert into akun_peran (instansi_id, akun_id, peran) select 1, id, p from akun, unnest(array['asn', 'atasan']) p where nama_pengguna = ${NIP_KEPALA}`);
  return jabatanKepala;
}

export const status = (e: unknown) => (e as { status?: number }).status;

/** What an action threw; the tests read `rincian` of refusals that name their problems (422). */
export type Galat = { status?: number, message: string, rincian: [MasalahIsian, ...MasalahIsian[]] };

/** The error an action fails with (success fails the test). */
export async function galat(p: Promise<unknown>): Promise<Galat> {
  try {
    await p;
  } catch (e) {
    return e as Galat;
  }
  throw new Error('diharapkan gagal');
}
