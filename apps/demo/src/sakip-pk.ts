import { sql, type Db } from '@simasn/db';
import { pemanggilSistem, type Konteks, type Pemanggil } from '@simasn/platform';
import { ajukanPk, buatPk, revisiPk, setujuiPk, ubahPk } from '@simasn/sakip';
import { NAMA_KABUPATEN } from './data-opd.ts';
import { tambahHari } from './karier.ts';
import { CASCADE, IK_SASARAN, IK_TUJUAN, PROGRAM, type IndikatorDemo } from './sakip-data.ts';

/**
 * The demo's Perjanjian Kinerja of a year, through the module's actions as the people involved:
 * drafted in late January, signed by pihak pertama and approved by pihak kedua (the Bupati's by
 * the pimpinan account) early in February, cascaded from the Kepala down to a Kepala Sub Bagian
 * and a Kepala Sub Bidang; and a Perubahan PK of the Kepala after a P-APBD.
 */

interface Pemegang {
  kode: string;
  jabatanId: number;
  pegawaiId: number;
  nip: string;
  nama: string;
  akunId: number;
}

type Pada = (iso: string, p?: Pemanggil) => Konteks;

/** Acting as a person: their own account (the approval checks the caller's pegawai). */
function sebagai(instansiId: number, p: Pemegang | 'pimpinan', akunPimpinan: number): Pemanggil {
  if (p === 'pimpinan') return { ...pemanggilSistem(instansiId, 'pimpinan'), sistem: false, akunId: akunPimpinan, peran: [{ peran: 'pimpinan', unitId: null, jalurUnit: null }] };
  return { akunId: p.akunId, namaPengguna: p.nip, namaTampilan: p.nama, instansiId, pegawaiId: p.pegawaiId, jalurUnitSendiri: null,
    peran: [{ peran: 'asn', unitId: null, jalurUnit: null }] };
}

/** Lines of a jabatan's PK: the Kepala signs the tujuan and sasaran indicators and the programs; the others their programs and kegiatan. */
function baris(u: string): { indikator: string[], anggaran: string[] } {
  if (u === 'BKPSDM') return { indikator: [...IK_TUJUAN, ...Object.values(IK_SASARAN).flat()].map((d) => d.kode), anggaran: PROGRAM.map((p) => p.kode) };
  // A Kepala Sub Bidang answers for one indicator and one sub kegiatan of the bidang.
  if (u === 'BKPSDM.03.01') return { indikator: ['IKK.4'], anggaran: ['5.03.02.2.02.0001'] };
  const program = PROGRAM.filter((p) => p.unit === u);
  const kegiatan = PROGRAM.flatMap((p) => p.kegiatan).filter((k) => k.unit === u);
  return { indikator: [...program.flatMap((p) => p.indikator ?? []), ...kegiatan.flatMap((k) => k.indikator ?? [])].map((d) => d.kode),
    anggaran: [...program.map((p) => p.kode), ...kegiatan.map((k) => k.kode)] };
}

export async function siapkanPkDemo(tx: Db, instansiId: number, renstraId: number, indikator: { id: number, d: IndikatorDemo }[], idProgram: Map<string, number>, pada: Pada) {
  const pemegang = new Map((await tx.many<Pemegang>(sql`
    select substr(j.kode, 4) as kode, j.id as "jabatanId", p.id as "pegawaiId", p.nip, p.nama, coalesce(a.id, 0) as "akunId"
      from jabatan j join pegawai p on p.instansi_id = j.instansi_id and p.jabatan_id = j.id and p.kedudukan = 'aktif'
      left join akun a on a.instansi_id = p.instansi_id and a.pegawai_id = p.id
     where j.instansi_id = ${instansiId} and j.kode = any(${CASCADE.map(([k]) => `JS.${k}`)})
     order by p.id`)).map((p) => [p.kode, p]));
  const akunPimpinan = (await tx.maybeOne<{ id: number }>(sql`select id from akun where instansi_id = ${instansiId} and nama_pengguna = 'pimpinan'`))?.id ?? 0;
  const idIndikator = (kode: string) => indikator.find((i) => i.d.kode === kode)!.id;

  /** The year's PKs down the cascade; `draf` (a unit code) is left unsigned. Returns the PK ids by unit code. */
  const pkTahun = async (tahun: number, draf?: string): Promise<Map<string, number>> => {
    const pk = new Map<string, number>();
    for (const [u, induk] of CASCADE) {
      const p = pemegang.get(u);
      if (!p || (induk && !pk.has(induk))) continue;
      const isi = baris(u);
      const b = await buatPk(pada(`${tahun}-01-27T02:00:00Z`), { renstraId, tahun, jabatanId: p.jabatanId, pegawaiId: p.pegawaiId, tanggal: `${tahun}-01-31`,
        ...(induk ? { indukId: pk.get(induk) } : { pihakKedua: { nama: `Bupati ${NAMA_KABUPATEN}`, jabatan: `Bupati ${NAMA_KABUPATEN}` } }),
        indikator: isi.indikator.map((k) => ({ indikatorId: idIndikator(k) })), anggaran: isi.anggaran.map((k) => ({ programKegiatanId: idProgram.get(k)! })) });
      pk.set(u, b.id);
      if (u === draf) continue;
      const a = await ajukanPk(pada(`${tahun}-01-31T03:00:00Z`, sebagai(instansiId, p, akunPimpinan)), b.id, { versi: b.versi });
      await setujuiPk(pada(`${tahun}-02-03T03:00:00Z`, sebagai(instansiId, induk ? pemegang.get(induk)! : 'pimpinan', akunPimpinan)), b.id, { versi: a.versi });
    }
    return pk;
  };

  /**
   * Perubahan PK of the Kepala after the P-APBD (the pagu perubahan already entered): the budget
   * lines follow the pagu in force, one target is revised; approved, the earlier version is kept as 'diganti'.
   */
  const perubahanKepala = async (tahun: number, id: number, tanggal: string, alasan: string, target: Record<string, number>) => {
    const kepala = pemegang.get('BKPSDM')!;
    const c = pada(`${tanggal}T02:00:00Z`);
    const lama = await tx.one<{ versi: number }>(sql`select versi from perjanjian_kinerja where instansi_id = ${instansiId} and id = ${id}`);
    const rev = await revisiPk(c, id, { tanggal, alasanPerubahan: `Perubahan APBD Tahun Anggaran ${tahun} (P-APBD): ${alasan}`, versi: lama.versi });
    const u = await ubahPk(c, rev.id, { indikator: rev.indikator.map((i) => ({ indikatorId: i.indikatorId, target: target[i.kode] ?? Number(i.target) })),
      anggaran: rev.anggaran.map((a) => ({ programKegiatanId: a.programKegiatanId })), versi: rev.versi });
    const a = await ajukanPk(pada(`${tambahHari(tanggal, 4)}T03:00:00Z`, sebagai(instansiId, kepala, akunPimpinan)), rev.id, { versi: u.versi });
    await setujuiPk(pada(`${tambahHari(tanggal, 5)}T03:00:00Z`, sebagai(instansiId, 'pimpinan', akunPimpinan)), rev.id, { versi: a.versi });
  };

  return { pkTahun, perubahanKepala };
}
