import { LABEL_JENJANG, tingkatDariEselon, type Eselon, type JenjangFungsional, type TingkatStruktural } from '@simasn/domain';
import { pilihOpd, type DataOpd } from './data-opd.ts';
import { KELAS_JENJANG, KELUARGA_JF, PELAKSANA, PROFIL, SINGKATAN_JENJANG, type KeluargaJf, type Profil } from './katalog.ts';

/**
 * The unit organisasi tree and the jabatan of the demo kabupaten, with ids assigned here (from
 * the given starting points) so that rows can be linked before anything is written.
 */
export type JenisUnit = 'perangkat_daerah' | 'bidang' | 'sub_bidang' | 'uptd';

export interface Unit {
  id: number;
  indukId: number | null;
  kode: string;
  nama: string;
  singkatan: string | null;
  jenis: JenisUnit;
  /** Materialised path, exactly as the database trigger writes it. */
  jalur: string;
  perangkatDaerahId: number;
  opd: number;
  /** The structural jabatan heading this unit, if any. */
  kepalaId: number | null;
}

export interface Jabatan {
  id: number;
  kode: string;
  nama: string;
  jenis: 'struktural' | 'fungsional' | 'pelaksana';
  tingkatStruktural: TingkatStruktural | null;
  eselon: Eselon | null;
  jenjang: JenjangFungsional | null;
  kelas: number;
  bupKhusus: number | null;
  unitId: number | null;
  /** Fungsional: the family; pelaksana: the catalogue key. */
  kunci: string | null;
}

export interface Opd {
  indeks: number;
  data: DataOpd;
  profil: Profil;
  unitId: number;
  /** All units of the perangkat daerah, the root first. */
  unit: Unit[];
}

export interface Organisasi {
  opd: Opd[];
  unit: Unit[];
  unitById: Map<number, Unit>;
  jabatan: Jabatan[];
  jabatanById: Map<number, Jabatan>;
  /** Structural jabatan in filling order: the BKPSDM first, then heads, bidang, sub bidang. */
  strukturalPrioritas: Jabatan[];
  jf: Map<string, { keluarga: KeluargaJf, jenjang: Map<JenjangFungsional, Jabatan> }>;
  pelaksana: Map<string, Jabatan>;
}

const KELAS_ESELON: Record<Eselon, number> = { 'I.a': 17, 'I.b': 16, 'II.a': 15, 'II.b': 14, 'III.a': 12, 'III.b': 11, 'IV.a': 9, 'IV.b': 8 };

function eselonKepala(opd: DataOpd, tingkat: 0 | 1 | 2, nama: string): Eselon {
  const kec = opd.jenis === 'kecamatan';
  if (tingkat === 0) return opd.jenis === 'setda' ? 'II.a' : kec ? 'III.a' : 'II.b';
  if (tingkat === 2) return kec ? 'IV.b' : 'IV.a';
  if (nama.startsWith('Seksi')) return 'IV.a';
  if (nama === 'Sekretariat') return kec ? 'III.b' : 'III.a';
  return opd.jenis === 'setda' ? 'III.a' : 'III.b';
}

function namaKepala(opd: DataOpd, tingkat: 0 | 1 | 2, nama: string): string {
  if (tingkat === 0) return opd.kepala;
  if (nama === 'Sekretariat') return `Sekretaris ${opd.nama}`;
  if (nama.startsWith('Inspektorat Pembantu')) return nama.replace('Inspektorat Pembantu', 'Inspektur Pembantu');
  return `Kepala ${nama}`;
}

const dua = (n: number) => String(n).padStart(2, '0');

export function buatOrganisasi(jumlahOpd: number, idUnitAwal: number, idJabatanAwal: number): Organisasi {
  const unit: Unit[] = [];
  const jabatan: Jabatan[] = [];
  const opd: Opd[] = [];
  let idUnit = idUnitAwal;
  let idJabatan = idJabatanAwal;

  const tambahUnit = (o: number, induk: Unit | null, kode: string, nama: string, singkatan: string | null, jenis: JenisUnit): Unit => {
    const id = ++idUnit;
    const u: Unit = { id, indukId: induk?.id ?? null, kode, nama, singkatan, jenis, jalur: `${induk?.jalur ?? '/'}${id}/`, perangkatDaerahId: induk?.perangkatDaerahId ?? id,
      opd: o, kepalaId: null };
    unit.push(u);
    return u;
  };
  const tambahKepala = (d: DataOpd, u: Unit, tingkat: 0 | 1 | 2) => {
    const eselon = eselonKepala(d, tingkat, u.nama);
    const j: Jabatan = { id: ++idJabatan, kode: `JS.${u.kode}`, nama: namaKepala(d, tingkat, u.nama), jenis: 'struktural', tingkatStruktural: tingkatDariEselon(eselon), eselon,
      jenjang: null, kelas: KELAS_ESELON[eselon], bupKhusus: null, unitId: u.id, kunci: null };
    u.kepalaId = j.id;
    jabatan.push(j);
  };

  pilihOpd(jumlahOpd).forEach((d, o) => {
    const akar = tambahUnit(o, null, d.kode, d.nama, d.singkatan, 'perangkat_daerah');
    tambahKepala(d, akar, 0);
    const milik = [akar];
    d.unit.forEach((teks, i) => {
      const [nama, sub] = teks.split(': ') as [string, string | undefined];
      const b = tambahUnit(o, akar, `${d.kode}.${dua(i + 1)}`, nama, null, 'bidang');
      tambahKepala(d, b, 1);
      milik.push(b);
      (sub ? sub.split('; ') : []).forEach((namaSub, k) => {
        const s = tambahUnit(o, b, `${b.kode}.${dua(k + 1)}`, namaSub, null, 'sub_bidang');
        tambahKepala(d, s, 2);
        milik.push(s);
      });
    });
    for (const [k, nama] of (d.uptd ?? []).entries()) milik.push(tambahUnit(o, akar, `${d.kode}.U${dua(k + 1)}`, nama, null, 'uptd'));
    const profil = PROFIL[d.profil];
    if (!profil) throw new Error(`profil ${d.profil} tidak dikenal`);
    opd.push({ indeks: o, data: d, profil, unitId: akar.id, unit: milik });
  });

  const jf = new Map<string, { keluarga: KeluargaJf, jenjang: Map<JenjangFungsional, Jabatan> }>();
  for (const k of KELUARGA_JF) {
    const peta = new Map<JenjangFungsional, Jabatan>();
    for (const jj of k.jenjang) {
      const j: Jabatan = { id: ++idJabatan, kode: `JF.${k.kunci.toUpperCase()}.${SINGKATAN_JENJANG[jj]}`, nama: `${k.nama} ${LABEL_JENJANG[jj]}`, jenis: 'fungsional',
        tingkatStruktural: null, eselon: null, jenjang: jj, kelas: KELAS_JENJANG[jj], bupKhusus: k.bupKhusus ?? null, unitId: null, kunci: k.kunci };
      jabatan.push(j);
      peta.set(jj, j);
    }
    jf.set(k.kunci, { keluarga: k, jenjang: peta });
  }
  const pelaksana = new Map<string, Jabatan>();
  for (const p of PELAKSANA) {
    const j: Jabatan = { id: ++idJabatan, kode: `JP.${p.kunci.toUpperCase()}`, nama: p.nama, jenis: 'pelaksana', tingkatStruktural: null, eselon: null, jenjang: null,
      kelas: p.kelas, bupKhusus: null, unitId: null, kunci: p.kunci };
    jabatan.push(j);
    pelaksana.set(p.kunci, j);
  }

  const unitById = new Map(unit.map((u) => [u.id, u]));
  const jabatanById = new Map(jabatan.map((j) => [j.id, j]));
  const struktural = jabatan.filter((j) => j.jenis === 'struktural');
  const tingkatUnit = (j: Jabatan) => {
    const u = unitById.get(j.unitId!)!;
    return u.jenis === 'perangkat_daerah' ? 0 : u.jenis === 'bidang' ? 1 : 2;
  };
  const bkd = opd.find((o) => o.data.kode === 'BKPSDM')?.indeks;
  const strukturalPrioritas = [
    ...struktural.filter((j) => unitById.get(j.unitId!)!.opd === bkd),
    ...[0, 1, 2].flatMap((t) => struktural.filter((j) => unitById.get(j.unitId!)!.opd !== bkd && tingkatUnit(j) === t)),
  ];
  return { opd, unit, unitById, jabatan, jabatanById, strukturalPrioritas, jf, pelaksana };
}
