import { JENJANG_FUNGSIONAL, keIso, tambahBulan, umurPada, type JenjangFungsional, type TingkatPendidikan } from '@simasn/domain';
import type { Acak } from './prng.ts';
import { PELAKSANA, type KeluargaJf } from './katalog.ts';
import type { Jabatan, Opd, Organisasi, Unit } from './organisasi.ts';
import { GOL_PPPK, HARI_INI, golMasuk, golPlafon, idxGol, kpBerikut, tahunDari, tambahHari, tambahTahun, tanggaMaju, tanggaMundur, tanggalAntara,
  type BarisPangkat } from './karier.ts';
import { buatAlamat, buatEmail, buatNama, buatTelepon, pilihAgama, tempatLahir, type Agama } from './nama.ts';
import { buatRiwayatPendidikan, gelarDari, type BarisPendidikan } from './pendidikan.ts';

/** One employee of the demo, with the riwayat that decide the current state. */
export type Status = 'PNS' | 'CPNS' | 'PPPK';
export type StatusKawin = 'belum_kawin' | 'kawin' | 'cerai_hidup' | 'cerai_mati';

export interface BarisJabatan {
  jabatanId: number;
  unitId: number;
  tmt: string;
}

export interface Pegawai {
  id: number;
  nip: string;
  nik: string;
  gelarDepan: string | null;
  nama: string;
  gelarBelakang: string | null;
  tempatLahir: string;
  tanggalLahir: string;
  jk: 'L' | 'P';
  agama: Agama;
  statusKawin: StatusKawin;
  alamat: string | null;
  email: string | null;
  telepon: string | null;
  status: Status;
  tmtCpns: string | null;
  tmtPns: string | null;
  kedudukan: 'aktif' | 'tugas_belajar' | 'cltn';
  opd: number;
  unit: Unit;
  jabatan: Jabatan;
  tmtJabatan: string;
  pendidikan: TingkatPendidikan;
  keluargaJf: KeluargaJf | null;
  tmtJf: string | null;
  pangkat: BarisPangkat[];
  riwayatJabatan: BarisJabatan[];
  riwayatPendidikan: BarisPendidikan[];
  asnDemo: boolean;
}

/** What the allocation decided before the person is drawn. */
export interface Slot {
  opd: number;
  struktural: Jabatan | null;
  asnDemo: boolean;
  status: Status;
  pendidikan: TingkatPendidikan;
}

/** NIP and NIK serial counters, shared by the whole run so that both stay unique. */
export interface Penghitung {
  nip: Map<string, number>;
  nik: Map<string, number>;
}

/** Age range on appointment by the education held then. */
const USIA_MASUK: Record<TingkatPendidikan, readonly [number, number]> = { SD: [18, 35], SMP: [18, 35], SMA: [19, 38], D1: [20, 36], D2: [20, 36], D3: [21, 36], D4: [22, 38],
  S1: [22, 38], S2: [26, 40], S3: [33, 45] };

const NAKES = new Set([
  'perawat',
  'bidan',
  'dokter',
  'dokter_gigi',
  'apoteker',
  'kefarmasian',
  'pranata_lab',
  'sanitarian',
  'nutrisionis',
  'radiografer',
  'penyuluh_kesmas',
  'epidemiolog',
]);
const JF_SEJAK_MASUK = new Set([...NAKES, 'guru', 'penyuluh_pertanian', 'polisi_pp', 'pemadam', 'medik_veteriner', 'paramedik_veteriner']);
const BUTUH_S1 = new Set(['dokter', 'dokter_gigi', 'apoteker', 'medik_veteriner']);
const KEAHLIAN: readonly JenjangFungsional[] = ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'];
const KETERAMPILAN: readonly JenjangFungsional[] = ['pemula', 'terampil', 'mahir', 'penyelia'];
/** Highest golongan of each jenjang (Peraturan BKN on angka kredit). */
const GOL_MAKS_JENJANG: Record<JenjangFungsional, number> = { pemula: 5, terampil: 7, mahir: 9, penyelia: 11, ahli_pertama: 9, ahli_muda: 11, ahli_madya: 13, ahli_utama: 16 };

type Kategori = 'ahli' | 'terampil' | 'pemula' | null;
function kategori(t: TingkatPendidikan): Kategori {
  if (t === 'D4' || t === 'S1' || t === 'S2' || t === 'S3') return 'ahli';
  if (t === 'D3') return 'terampil';
  return t === 'SMA' ? 'pemula' : null;
}

function cocokJf(k: KeluargaJf, t: TingkatPendidikan): boolean {
  const kat = kategori(t);
  if (kat === 'ahli') return k.jenjang.some((j) => KEAHLIAN.includes(j)) && !(t === 'D4' && BUTUH_S1.has(k.kunci));
  if (kat === 'terampil') return k.jenjang.some((j) => j === 'terampil' || j === 'mahir' || j === 'penyelia');
  return kat === 'pemula' && k.jenjang.includes('pemula');
}

/** The jenjang a golongan suggests, moved to the nearest one the family has. */
function jenjangUntuk(k: KeluargaJf, kat: Kategori, g: number, pppk: boolean): JenjangFungsional {
  const ideal: JenjangFungsional = kat === 'ahli'
    ? (pppk || g <= 9 ? 'ahli_pertama' : g <= 11 ? 'ahli_muda' : g <= 14 ? 'ahli_madya' : 'ahli_utama')
    : pppk
    ? (kat === 'pemula' ? 'pemula' : 'terampil')
    : g <= 5
    ? 'pemula'
    : g <= 7
    ? 'terampil'
    : g <= 9
    ? 'mahir'
    : 'penyelia';
  const grup = kat === 'ahli' ? KEAHLIAN : KETERAMPILAN;
  const ada = k.jenjang.filter((j) => grup.includes(j));
  const i = JENJANG_FUNGSIONAL.indexOf(ideal);
  let terbaik = ada[0]!;
  for (const j of ada) {
    if (Math.abs(JENJANG_FUNGSIONAL.indexOf(j) - i) < Math.abs(JENJANG_FUNGSIONAL.indexOf(terbaik) - i)) terbaik = j;
  }
  return terbaik;
}

function golMaksJf(acak: Acak, k: KeluargaJf, kat: Kategori): number {
  const grup = kat === 'ahli' ? KEAHLIAN : KETERAMPILAN;
  const tertinggi = k.jenjang.filter((j) => grup.includes(j)).at(-1);
  if (!tertinggi) return -1;
  const g = GOL_MAKS_JENJANG[tertinggi];
  return tertinggi === 'ahli_madya' && acak.peluang(0.1) ? g + 1 : g;
}

function pilihPelaksana(acak: Acak, opd: Opd, t: TingkatPendidikan): string {
  const t2 = t === 'S3' ? 'S2' : t;
  const tambahan = new Map(opd.profil.pelaksana ?? []);
  const calon = PELAKSANA.filter((p) => p.pendidikan.includes(t2)).map((p) => [p.kunci, p.bobot + (tambahan.get(p.kunci) ?? 0)] as const).filter(([, w]) => w > 0);
  return acak.pilihBobot(calon);
}

function pilihPeranStaf(acak: Acak, org: Organisasi, opd: Opd, slot: Slot): { keluarga: KeluargaJf | null, pelaksana: string | null } {
  if (slot.asnDemo) return { keluarga: org.jf.get('analis_sdm')!.keluarga, pelaksana: null };
  const cocok = opd.profil.jf.filter(([k]) => {
    const f = org.jf.get(k);
    return f !== undefined && cocokJf(f.keluarga, slot.pendidikan);
  });
  const porsi = slot.status === 'PPPK' && (opd.profil.bobotUptd ?? 0) > 0 ? 0.97 : opd.profil.porsiJf;
  if (cocok.length > 0 && acak.peluang(porsi)) return { keluarga: org.jf.get(acak.pilihBobot(cocok))!.keluarga, pelaksana: null };
  return { keluarga: null, pelaksana: pilihPelaksana(acak, opd, slot.pendidikan) };
}

function pilihUnit(acak: Acak, opd: Opd, slot: Slot, kel: KeluargaJf | null, pelaksana: string | null): Unit {
  if (slot.asnDemo) {
    const kode = ['BKPSDM.03.01', 'BKPSDM.03'];
    return opd.unit.find((u) => u.kode === kode[0]) ?? opd.unit.find((u) => u.kode === kode[1]) ?? opd.unit[0]!;
  }
  const uptd = opd.unit.filter((u) => u.jenis === 'uptd');
  if (uptd.length > 0) {
    const keSekolah = kel?.kunci === 'guru' || pelaksana === 'penjaga_sekolah';
    const p = keSekolah ? 0.95 : kel && NAKES.has(kel.kunci) ? 0.75 : 0.35;
    if (acak.peluang(p)) return acak.pilih(uptd);
  }
  const calon = opd.unit.filter((u) => u.jenis !== 'uptd').map((u) => [u, u.jenis === 'perangkat_daerah' ? (kel ? 3 : 1) : u.jenis === 'bidang' ? 2 : 1.5] as const);
  return acak.pilihBobot(calon);
}

function unitLain(acak: Acak, org: Organisasi, opd: Opd): Unit {
  const o = acak.peluang(0.65) ? opd : acak.pilih(org.opd);
  return acak.pilih(o.unit.filter((u) => u.jenis !== 'uptd'));
}

const lahirDariUmur = (umur: number) => tambahHari(HARI_INI, -Math.floor(umur * 365.25));

type Rentang = readonly [number, number];
const KELOMPOK_UMUR: readonly (readonly [Rentang, number])[] = [
  [[22, 29], 5],
  [[30, 34], 9],
  [[35, 39], 13],
  [[40, 44], 15],
  [[45, 49], 17],
  [[50, 54], 22],
  [[55, 57], 16],
  [[58, 59], 3],
];
const UMUR_PPPK: readonly (readonly [Rentang, number])[] = [[[25, 30], 10], [[31, 35], 18], [[36, 40], 22], [[41, 45], 22], [[46, 50], 18], [[51, 56], 10]];

/** Age today of a PNS staff member: the kabupaten pyramid, heavy in the fifties. */
function umurAcak(acak: Acak, maks: number): number {
  const kelompok = acak.pilihBobot(KELOMPOK_UMUR.filter(([[a]]) => a < maks));
  const hi = Math.min(kelompok[1] + 1, maks);
  return kelompok[0] + acak.angka() * (hi - kelompok[0]);
}

/** TMT CPNS falls on the popular months (January, March, December...) after the candidate date. */
function bulanTmtCpns(acak: Acak, calon: string): string {
  const bulan = acak.pilihBobot([[1, 35], [3, 15], [12, 10], [4, 8], [2, 8], [6, 6], [7, 6], [10, 6], [5, 3], [8, 2], [9, 1]]);
  let tahun = tahunDari(calon);
  if (keIso(tahun, bulan, 1) < calon) tahun += 1;
  return keIso(tahun, bulan, 1);
}

function nip(dasar: string, hitung: Penghitung, acak: Acak): string {
  const n = hitung.nip.get(dasar);
  const urut = n === undefined ? acak.bulat(1, 9) : n + 1;
  hitung.nip.set(dasar, urut);
  return `${dasar}${String(urut).padStart(3, '0')}`;
}

function nik(lahir: string, jk: 'L' | 'P', hitung: Penghitung, acak: Acak): string {
  const wilayah = acak.peluang(0.9) ? '3508' : acak.pilih(['3509', '3513', '3507', '3514', '3578']);
  const hari = Number(lahir.slice(8, 10)) + (jk === 'P' ? 40 : 0);
  const dasar = `${wilayah}${String(acak.bulat(1, 21)).padStart(2, '0')}${String(hari).padStart(2, '0')}${lahir.slice(5, 7)}${lahir.slice(2, 4)}`;
  const urut = (hitung.nik.get(dasar) ?? 0) + 1;
  hitung.nik.set(dasar, urut);
  return `${dasar}${String(urut).padStart(4, '0')}`;
}

export function buatOrang(org: Organisasi, slot: Slot, id: number, acak: Acak, hitung: Penghitung): Pegawai {
  const opd = org.opd[slot.opd]!;
  const t = slot.pendidikan;
  const strukt = slot.struktural;
  const { keluarga: kel, pelaksana } = strukt ? { keluarga: null, pelaksana: null } : pilihPeranStaf(acak, org, opd, slot);
  const kat = kategori(t);

  const pPerempuan = kel?.kunci === 'bidan' ?
    1
    : kel && ['guru', 'perawat', 'nutrisionis', 'penyuluh_kb', 'kefarmasian'].includes(kel.kunci) ?
    0.65
    : strukt ?
    0.3
    : pelaksana && ['pengemudi', 'petugas_keamanan', 'penjaga_sekolah', 'teknisi', 'petugas_kebersihan'].includes(pelaksana) ?
    0.05
    : kel && ['polisi_pp', 'pemadam', 'teknik_jalan', 'teknik_pengairan', 'penguji_kendaraan'].includes(kel.kunci)
    ? 0.15
    : 0.45;
  const jk: 'L' | 'P' = acak.peluang(pPerempuan) ? 'P' : 'L';
  const rumpun = kel ? acak.pilih(kel.rumpun) : acak.pilihBobot(opd.profil.rumpun);

  // ---- appointment and golongan ladder ----
  let tanggalLahir: string;
  let tmtCpns: string | null = null;
  let pangkat: BarisPangkat[];
  let awal: TingkatPendidikan = t;
  let tahunNaik: number | null = null;
  if (slot.status === 'PPPK') {
    const tmt = acak.pilihBobot([['2022-03-01', 18], ['2023-03-01', 17], ['2024-03-01', 25], ['2025-03-01', 20], ['2025-10-01', 20]]);
    const [a, b] = acak.pilihBobot(UMUR_PPPK);
    tanggalLahir = lahirDariUmur(a + acak.angka() * (b + 1 - a));
    pangkat = [{ golongan: GOL_PPPK[t], jenisKp: 'pppk', tmt, mkTahun: 0, mkBulan: 0 }];
  } else if (slot.status === 'CPNS') {
    tmtCpns = acak.pilihBobot([['2025-03-01', 30], ['2025-06-01', 30], ['2025-10-01', 40]]);
    const [a, b] = USIA_MASUK[t];
    const usia = a + Math.floor((Math.min(b, 35) - a + 1) * acak.angka() ** 1.5);
    tanggalLahir = tambahHari(tmtCpns, -Math.floor((usia + acak.angka()) * 365.25));
    pangkat = tanggaMaju(acak, tmtCpns, golMasuk(t), golMasuk(t), true);
  } else if (strukt) {
    const es = strukt.eselon!;
    let target = es.startsWith('II.') ?
      acak.pilihBobot([[13, 60], [14, 40]])
      : es.startsWith('III.')
      ? acak.pilihBobot([[11, 30], [12, 40], [13, 30]])
      : acak.pilihBobot([[9, 25], [10, 40], [11, 35]]);
    awal = t === 'S2' || t === 'S3' ? (acak.peluang(0.88) ? 'S1' : 'S2') : t;
    const golAwal = golMasuk(awal);
    target = Math.max(target, golAwal);
    const bup = strukt.tingkatStruktural === 'jpt_pratama' ? 60 : 58;
    const [a] = USIA_MASUK[awal];
    for (let coba = 0;; coba++) {
      const r = tanggaMundur(acak, golAwal, target);
      const usia = coba > 6 ? a : a + 1 + Math.floor(acak.angka() ** 1.5 * 7);
      const lahir = tambahHari(r.tmtCpns, -Math.floor((usia + acak.angka()) * 365.25));
      if (umurPada(lahir, HARI_INI) < bup || coba > 12) {
        tanggalLahir = lahir;
        tmtCpns = r.tmtCpns;
        pangkat = r.pangkat;
        break;
      }
      if (coba > 8 && target > golAwal) target -= 1;
    }
    if (awal !== t) tahunNaik = Math.min(2024, Math.max(tahunDari(tmtCpns) + acak.bulat(3, 15), tahunDari(tanggalLahir) + 26));
    const plafon = golPlafon(t);
    for (const b of pangkat) if (b.jenisKp === 'reguler' && idxGol(b.golongan) > plafon) b.jenisKp = 'pilihan_struktural';
  } else {
    const bup = kel?.bupKhusus ?? 58;
    let lahir = lahirDariUmur(40);
    let tmt = '2010-01-01';
    for (let coba = 0; coba < 40; coba++) {
      const umur = umurAcak(acak, bup - 0.05);
      let calonAwal: TingkatPendidikan = t;
      if ((t === 'S1' || t === 'D4') && acak.peluang(umur >= 40 ? 0.3 : 0.06)) calonAwal = acak.peluang(0.75) ? 'SMA' : 'D3';
      else if (t === 'D3' && acak.peluang(0.12)) calonAwal = 'SMA';
      else if (t === 'S2') calonAwal = acak.peluang(0.88) ? 'S1' : 'S2';
      else if (t === 'S3') calonAwal = acak.peluang(0.5) ? 'S1' : 'S2';
      const [a, b] = USIA_MASUK[calonAwal];
      const maks = Math.min(b, Math.floor(umur - (calonAwal !== t ? 6 : 1.6)));
      if (maks < a) continue;
      const usia = a + Math.floor((maks - a + 1) * acak.angka() ** 1.4);
      const l = lahirDariUmur(umur);
      const tm = bulanTmtCpns(acak, tambahBulan(l, usia * 12 + acak.bulat(1, 11)));
      if (tm > '2025-05-01' || tm < '1978-01-01') continue;
      lahir = l;
      tmt = tm;
      awal = calonAwal;
      break;
    }
    tanggalLahir = lahir;
    tmtCpns = tmt;
    const capJf = kel ? golMaksJf(acak, kel, kat) : -1;
    const plafonAwal = Math.max(golPlafon(awal), capJf);
    let naik: Parameters<typeof tanggaMaju>[5];
    if (awal !== t) {
      tahunNaik = Math.min(2025, Math.max(tahunDari(tmt) + acak.bulat(3, 15), tahunDari(lahir) + 22));
      const sesuaikan = acak.peluang(0.7);
      naik = { tanggal: kpBerikut(tambahBulan(keIso(tahunNaik, acak.bulat(8, 12), 1), acak.bulat(3, 15))), golBaru: sesuaikan ? golMasuk(t) : -1,
        plafonBaru: sesuaikan ? Math.max(golPlafon(t), capJf) : plafonAwal };
    }
    pangkat = tanggaMaju(acak, tmt, golMasuk(awal), plafonAwal, kel !== null || acak.peluang(0.4), naik);
  }
  const tmtMasuk = pangkat[0]!.tmt;

  // ---- jabatan and unit ----
  let unit: Unit;
  let jabatan: Jabatan;
  let riwayatJabatan: BarisJabatan[];
  let tmtJf: string | null = null;
  const batasAkhir = tambahBulan(HARI_INI, -3);
  if (strukt) {
    jabatan = strukt;
    unit = org.unitById.get(strukt.unitId!)!;
    const jpt = strukt.tingkatStruktural === 'jpt_pratama';
    const adm = strukt.tingkatStruktural === 'administrator';
    const minTahun = jpt ? 15 : adm ? 8 : 4;
    const paling = tambahTahun(tmtMasuk, minTahun);
    // biome-ignore lint/complexity/useMathMinMax: ISO date strings (Math.max would give NaN)
    const tmtJab = paling >= batasAkhir ? batasAkhir : tanggalAntara(acak, paling > tambahBulan(HARI_INI, -84) ? paling : tambahBulan(HARI_INI, -84), batasAkhir);
    const awalJab = org.pelaksana.get(pilihPelaksana(acak, opd, awal))!;
    riwayatJabatan = [{ jabatanId: awalJab.id, unitId: unitLain(acak, org, opd).id, tmt: tmtMasuk }];
    if (jpt || adm) {
      const lebihRendah = org.strukturalPrioritas.filter((j) => j.tingkatStruktural === (jpt ? 'administrator' : 'pengawas'));
      const tengah = tanggalAntara(acak, tambahTahun(tmtJab, -7), tambahTahun(tmtJab, -2));
      if (lebihRendah.length > 0 && tengah > tambahTahun(tmtMasuk, jpt ? 8 : 4)) {
        const j = acak.pilih(lebihRendah);
        riwayatJabatan.push({ jabatanId: j.id, unitId: j.unitId!, tmt: tengah });
      }
    }
    riwayatJabatan.push({ jabatanId: jabatan.id, unitId: unit.id, tmt: tmtJab });
  } else {
    unit = pilihUnit(acak, opd, slot, kel, pelaksana);
    if (kel) {
      const f = org.jf.get(kel.kunci)!;
      const pppk = slot.status === 'PPPK';
      const golPada = (tmt: string) => idxGol(pangkat.filter((b) => b.tmt <= tmt).at(-1)!.golongan);
      if (pppk || slot.status === 'CPNS' || (JF_SEJAK_MASUK.has(kel.kunci) && acak.peluang(0.7))) tmtJf = tmtMasuk;
      else {
        const paling = tambahTahun(tmtMasuk, 1);
        tmtJf = paling >= batasAkhir ?
          tmtMasuk
          : acak.peluang(0.25) && '2022-01-01' > paling ?
          '2022-01-01'
          : tanggalAntara(acak, paling > '2015-01-01' ? paling : '2015-01-01', batasAkhir);
        if (tmtJf > batasAkhir) tmtJf = batasAkhir;
      }
      // Before a degree earned while serving, the jenjang follows the education held then.
      const naikTmt = awal === t ? null : (pangkat.find((b) => b.jenisKp === 'penyesuaian_ijazah')?.tmt ?? `${tahunNaik}-12-31`);
      const awalJab = org.pelaksana.get(pilihPelaksana(acak, opd, awal))!;
      const jabatanPada = (tmt: string): Jabatan => {
        const tingkat = naikTmt && tmt < naikTmt ? awal : t;
        if (!cocokJf(kel, tingkat)) return awalJab;
        return f.jenjang.get(jenjangUntuk(kel, kategori(tingkat), pppk ? 0 : golPada(tmt), pppk))!;
      };
      riwayatJabatan = tmtJf > tmtMasuk ? [{ jabatanId: awalJab.id, unitId: unit.id, tmt: tmtMasuk }] : [];
      const peristiwa = [tmtJf, ...pangkat.map((b) => b.tmt).filter((d) => d > tmtJf!)];
      if (naikTmt && naikTmt > tmtJf && naikTmt <= batasAkhir) peristiwa.push(naikTmt);
      for (const d of [...new Set(peristiwa)].sort()) {
        const j = jabatanPada(d);
        if (j.id !== riwayatJabatan[riwayatJabatan.length - 1]?.jabatanId) riwayatJabatan.push({ jabatanId: j.id, unitId: unit.id, tmt: d });
      }
      riwayatJabatan = riwayatJabatan.slice(-3);
      jabatan = org.jabatanById.get(riwayatJabatan[riwayatJabatan.length - 1]!.jabatanId)!;
      const plafon = golPlafon(t);
      for (const b of pangkat) {
        if (b.jenisKp === 'reguler' && b.tmt >= tmtJf && idxGol(b.golongan) > plafon) b.jenisKp = 'pilihan_fungsional';
      }
    } else {
      jabatan = org.pelaksana.get(pelaksana!)!;
      riwayatJabatan = [{ jabatanId: jabatan.id, unitId: unit.id, tmt: tmtMasuk }];
      const paling = tambahTahun(tmtMasuk, 2);
      if (slot.status === 'PNS' && paling < batasAkhir && acak.peluang(0.45)) {
        const dulu = org.pelaksana.get(pilihPelaksana(acak, opd, awal))!;
        riwayatJabatan = [
          { jabatanId: dulu.id, unitId: unitLain(acak, org, opd).id, tmt: tmtMasuk },
          { jabatanId: jabatan.id, unitId: unit.id, tmt: tanggalAntara(acak, paling, batasAkhir) },
        ];
      }
    }
  }
  const tmtJabatan = riwayatJabatan[riwayatJabatan.length - 1]!.tmt;

  // ---- identity ----
  const agama = pilihAgama(acak);
  const islam = agama === 'Islam';
  const tahunLahir = tahunDari(tanggalLahir);
  const umur = umurPada(tanggalLahir, HARI_INI);
  const nama = buatNama(acak, jk, agama, tahunLahir);
  const lahirDi = tempatLahir(acak, agama);
  const riwayatPendidikan = buatRiwayatPendidikan(acak, { akhir: t, awal, rumpun, tahunLahir, tahunMasuk: tahunDari(tmtMasuk), tahunNaik, kota: lahirDi, islam });
  const gelar = gelarDari(acak, riwayatPendidikan, jk, islam, umur);
  const rKawin = acak.angka();
  const pKawin = umur < 25 ? 0.25 : umur < 30 ? 0.6 : umur < 35 ? 0.82 : 0.9;
  const statusKawin: StatusKawin = rKawin < pKawin ? 'kawin' : umur >= 40 && rKawin < pKawin + 0.06 ? (acak.peluang(0.5) ? 'cerai_mati' : 'cerai_hidup') : 'belum_kawin';
  let kedudukan: Pegawai['kedudukan'] = 'aktif';
  if (!strukt && !slot.asnDemo && slot.status === 'PNS') {
    const r = acak.angka();
    if (r < 0.004 && umur < 45 && (t === 'S1' || t === 'D4' || t === 'S2')) kedudukan = 'tugas_belajar';
    else if (r > 0.999) kedudukan = 'cltn';
  }
  const dasarNip = slot.status === 'PPPK'
    ? `${tanggalLahir.replaceAll('-', '')}${tmtMasuk.slice(0, 4)}21${jk === 'L' ? 1 : 2}`
    : `${tanggalLahir.replaceAll('-', '')}${tmtMasuk.slice(0, 4)}${tmtMasuk.slice(5, 7)}${jk === 'L' ? 1 : 2}`;

  return { id, nip: nip(dasarNip, hitung, acak), nik: nik(tanggalLahir, jk, hitung, acak), gelarDepan: gelar.depan, nama, gelarBelakang: gelar.belakang, tempatLahir: lahirDi,
    tanggalLahir, jk, agama, statusKawin, alamat: acak.peluang(0.95) ? buatAlamat(acak) : null, email: acak.peluang(0.55) ? buatEmail(acak, nama) : null,
    telepon: acak.peluang(0.8) ? buatTelepon(acak) : null, status: slot.status, tmtCpns, tmtPns: slot.status === 'PNS' && tmtCpns ? tambahTahun(tmtCpns, 1) : null, kedudukan,
    opd: slot.opd, unit, jabatan, tmtJabatan, pendidikan: t, keluargaJf: kel, tmtJf, pangkat, riwayatJabatan, riwayatPendidikan, asnDemo: slot.asnDemo };
}
