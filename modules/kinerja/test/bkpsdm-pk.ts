import { sql } from '@simasn/db';
import { tambahPegawai } from '@simasn/kepegawaian';
import type { fixturePerBerkas } from '@simasn/kepegawaian/uji';
import { ajukanPk, buatPk, buatRenstra, setujuiPk, simpanIndikator, simpanSasaran, simpanTujuan } from '@simasn/sakip';
import type { Konteks } from '@simasn/platform';

export const NIP_KEPALA = '197003031995031001';

/**
 * The small BKPSDM the kinerja tests share: the Kepala Badan (a struktural jabatan of kelas 14 with
 * an account as asn and atasan), a Renstra with two indicators for 2026, and the Kepala's PK for
 * 2026 agreed with the Bupati. `sebagai` gives each caller the test's clock.
 */
export async function siapkanPkKepala(fx: ReturnType<typeof fixturePerBerkas>, sebagai: (nama: string) => Promise<Konteks>) {
  const jabKepala = (await fx.db.one<{ id: number }>(sql`insert into jabatan (instansi_id, kode, nama, jenis, tingkat_struktural, eselon, kelas_jabatan, unit_id)
    values (1, 'ST-KEP', 'Kepala Badan Kepegawaian', 'struktural', 'jpt_pratama', 'II.b', 14, ${fx.unit.bkpsdm}) returning id`)).id;
  await tambahPegawai(fx.sistem, { nip: NIP_KEPALA, nama: 'Hendra Gunawan', tanggalLahir: '1970-03-03', jenisKelamin: 'L', statusKepegawaian: 'PNS', tmtCpns: '1995-03-01',
    penempatan: { jabatanId: jabKepala, unitId: fx.unit.bkpsdm, tmt: '2020-01-02' },
    pangkat: { golongan: 'IV/c', tmt: '2019-04-01', jenisKp: 'reguler', mkTahun: 24, mkBulan: 0 } });
  await fx.db.run(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi)
    select 1, nip, nama, id, (select hash_sandi from akun where nama_pengguna = 'perencana') from pegawai where nip = ${NIP_KEPALA}`);
  await fx.db.run(sql`insert into akun_peran (instansi_id, akun_id, peran) select 1, id, p from akun, unnest(array['asn', 'atasan']) p where nama_pengguna = ${NIP_KEPALA}`);
  const perencana = await sebagai('perencana');
  const renstra = (await buatRenstra(perencana, { unitId: fx.unit.bkpsdm, tahunAwal: 2025, tahunAkhir: 2029, nama: 'Renstra BKPSDM 2025-2029' })).id;
  const tujuan = (await simpanTujuan(perencana, renstra, { kode: 'T1', uraian: 'Meningkatnya profesionalitas ASN' })).id;
  const sasaran = (await simpanSasaran(perencana, renstra, { tujuanId: tujuan, kode: 'S1', uraian: 'Meningkatnya kualitas manajemen ASN' })).id;
  const indikatorPk = [
    (await simpanIndikator(perencana, renstra, { sasaranId: sasaran, kode: 'IK1', uraian: 'Nilai IP ASN', satuan: 'indeks', polaritas: 'positif', agregasi: 'snapshot',
      target: [{ tahun: 2026, target: 72 }] })).id,
    (await simpanIndikator(perencana, renstra, { sasaranId: sasaran, kode: 'IK2', uraian: 'Persentase layanan mutasi tepat waktu', satuan: '%', polaritas: 'positif',
      agregasi: 'snapshot', target: [{ tahun: 2026, target: 95 }] })).id,
  ];
  const kepala = await sebagai(NIP_KEPALA);
  const pimpinan = await sebagai('pimpinan');
  const pk = await buatPk(perencana, { renstraId: renstra, tahun: 2026, jabatanId: jabKepala, tanggal: '2026-01-31', pihakKedua: { nama: 'H. Suyono', jabatan: 'Bupati Uji' },
    indikator: indikatorPk.map((indikatorId) => ({ indikatorId })) });
  const a = await ajukanPk(kepala, pk.id, { versi: pk.versi });
  await setujuiPk(pimpinan, pk.id, { versi: a.versi, setuju: true });
  return { jabKepala, perencana, indikatorPk, pkId: pk.id, kepala, pimpinan };
}
