import type { TingkatPendidikan } from '@simasn/domain';
import type { Acak } from './prng.ts';
import { JURUSAN_S3, JURUSAN_SMA, RUMPUN, kampusUntuk, pasanganJurusan } from './rumpun.ts';

/** One row of riwayat pendidikan, with the gelar it gave (diploma and degree levels). */
export interface BarisPendidikan {
  tingkat: TingkatPendidikan;
  namaSekolah: string;
  jurusan: string | null;
  tahunLulus: number;
  nomorIjazah: string;
  tanggalIjazah: string;
  rumpun: string;
  gelar: string;
}

/** Typical age at graduation. */
const USIA_LULUS: Record<TingkatPendidikan, number> = { SD: 12, SMP: 15, SMA: 18, D1: 19, D2: 20, D3: 21, D4: 22, S1: 22, S2: 25, S3: 32 };

/** The levels someone with this final and entry education lists (at most 3, lowest first). */
function rantai(acak: Acak, akhir: TingkatPendidikan, awal: TingkatPendidikan): TingkatPendidikan[] {
  switch (akhir) {
    case 'S3':
      return ['S1', 'S2', 'S3'];
    case 'S2':
      return ['SMA', 'S1', 'S2'];
    case 'S1':
    case 'D4':
      return awal === 'D3' ? ['SMA', 'D3', akhir] : ['SMA', akhir];
    case 'D3':
    case 'D2':
    case 'D1':
      return ['SMA', akhir];
    case 'SMA':
      return acak.peluang(0.5) ? ['SMP', 'SMA'] : ['SMA'];
    case 'SMP':
      return acak.peluang(0.5) ? ['SD', 'SMP'] : ['SMP'];
    default:
      return ['SD'];
  }
}

function singkatan(nama: string): string {
  return nama.split(/\s+/).filter((k) => /^[A-Z0-9]/.test(k)).map((k) => k[0]).join('').slice(0, 6) || 'PT';
}

function sekolah(acak: Acak, tingkat: TingkatPendidikan, kota: string, islam: boolean): { nama: string, jurusan: string | null, kode: string } {
  if (tingkat === 'SD') {
    return islam && acak.peluang(0.15)
      ? { nama: `MI Negeri ${acak.bulat(1, 4)} ${kota}`, jurusan: null, kode: 'Mi' }
      : { nama: `SD Negeri ${acak.bulat(1, 12)} ${kota}`, jurusan: null, kode: 'Dd' };
  }
  if (tingkat === 'SMP') {
    return islam && acak.peluang(0.15)
      ? { nama: `MTs Negeri ${acak.bulat(1, 3)} ${kota}`, jurusan: null, kode: 'Mts' }
      : { nama: `SMP Negeri ${acak.bulat(1, 8)} ${kota}`, jurusan: null, kode: 'Dl' };
  }
  const jurusan = acak.pilih(JURUSAN_SMA);
  if (['Akuntansi', 'Administrasi Perkantoran', 'Teknik Kendaraan Ringan', 'Teknik Komputer dan Jaringan'].includes(jurusan)) {
    return { nama: `SMK Negeri ${acak.bulat(1, 3)} ${kota}`, jurusan, kode: 'Mk' };
  }
  return islam && acak.peluang(0.12) ? { nama: `MAN ${acak.bulat(1, 2)} ${kota}`, jurusan, kode: 'Ma' } : { nama: `SMA Negeri ${acak.bulat(1, 4)} ${kota}`, jurusan, kode: 'Ma' };
}

export interface MasukanPendidikan {
  akhir: TingkatPendidikan;
  /** Education at appointment (lower than `akhir` when a degree was earned while serving). */
  awal: TingkatPendidikan;
  rumpun: string;
  tahunLahir: number;
  /** Year of the TMT CPNS/PPPK: the entry level is finished before it. */
  tahunMasuk: number;
  /** Year the degrees above `awal` were finished. */
  tahunNaik: number | null;
  kota: string;
  islam: boolean;
}

export function buatRiwayatPendidikan(acak: Acak, m: MasukanPendidikan): BarisPendidikan[] {
  const tingkat = rantai(acak, m.akhir, m.awal);
  let iAwal = tingkat.indexOf(m.awal);
  if (iAwal < 0) iAwal = tingkat.length - 1;
  const tahun: number[] = new Array(tingkat.length).fill(0);
  tahun[iAwal] = Math.max(m.tahunLahir + USIA_LULUS[tingkat[iAwal]!] - 1, Math.min(m.tahunMasuk - acak.bulat(1, 3), m.tahunLahir + USIA_LULUS[tingkat[iAwal]!] + acak.bulat(0, 3)));
  for (let i = iAwal - 1; i >= 0; i--) {
    const jarak = Math.max(2, USIA_LULUS[tingkat[i + 1]!] - USIA_LULUS[tingkat[i]!]);
    tahun[i] = Math.min(tahun[i + 1]! - jarak, m.tahunLahir + USIA_LULUS[tingkat[i]!] + acak.bulat(0, 1));
  }
  for (let i = iAwal + 1; i < tingkat.length; i++) {
    const akhir = i === tingkat.length - 1;
    const target = akhir && m.tahunNaik ? m.tahunNaik : tahun[i - 1]! + acak.bulat(2, 6);
    tahun[i] = Math.max(tahun[i - 1]! + 2, Math.min(target, akhir ? 2025 : 2023));
  }
  return tingkat.map((t, i) => {
    const th = tahun[i]!;
    const tanggalIjazah = `${th}-${String(acak.bulat(6, 9)).padStart(2, '0')}-${String(acak.bulat(1, 28)).padStart(2, '0')}`;
    if (t === 'SD' || t === 'SMP' || t === 'SMA') {
      const s = sekolah(acak, t, m.kota, m.islam);
      return { tingkat: t, namaSekolah: s.nama, jurusan: s.jurusan, tahunLulus: th, tanggalIjazah, rumpun: m.rumpun, gelar: '',
        nomorIjazah: `DN-05 ${s.kode} ${String(acak.bulat(1, 9_999_999)).padStart(7, '0')}` };
    }
    // A master's is often in another field (S.T., M.M.; S.Pd., M.AP.), doctors and nurses stay in theirs.
    const rumpun = t === 'S2' && !RUMPUN[m.rumpun]?.kampus && acak.peluang(0.3) ? 'administrasi' : m.rumpun;
    const [jurusan, gelar] = t === 'S3' ? [JURUSAN_S3[rumpun] ?? 'Ilmu Administrasi Publik', ''] : acak.pilih(pasanganJurusan(rumpun, t));
    const kampus = t === 'S3'
      ? acak.pilih(['Universitas Brawijaya', 'Universitas Airlangga', 'Universitas Jember', 'Universitas Negeri Malang'])
      : acak.pilih(kampusUntuk(rumpun, t));
    return { tingkat: t, namaSekolah: kampus, jurusan, tahunLulus: th, tanggalIjazah, rumpun, gelar,
      nomorIjazah: `${String(acak.bulat(1, 99_999)).padStart(5, '0')}/${singkatan(kampus)}/${th}` };
  });
}

/** Gelar depan and belakang from the education rows (`Drs. H.` / `S.Pd., M.Pd.` / `dr.` ...). */
export function gelarDari(acak: Acak, riwayat: readonly BarisPendidikan[], jk: 'L' | 'P', islam: boolean, umur: number): { depan: string | null, belakang: string | null } {
  const depan: string[] = [];
  const belakang: string[] = [];
  const cari = (t: TingkatPendidikan) => riwayat.find((r) => r.tingkat === t);
  const s1 = cari('S1');
  const s2 = cari('S2');
  const s3 = cari('S3');
  const akhir = riwayat[riwayat.length - 1]!;
  if (s1) {
    const r = RUMPUN[s1.rumpun];
    if (r?.depan) depan.push(r.depan);
    else if (s1.tahunLulus < 1994 && r?.lama) depan.push(r.lama === 'Ir' ? 'Ir.' : jk === 'L' ? 'Drs.' : 'Dra.');
    else belakang.push(s1.gelar);
  } else if (['D1', 'D2', 'D3', 'D4'].includes(akhir.tingkat)) {
    belakang.push(akhir.gelar);
  } else if (cari('D4')) {
    belakang.push(cari('D4')!.gelar);
  }
  if (s2) belakang.push(s2.gelar);
  if (s3) depan.unshift('Dr.');
  if (islam && umur >= 45 && acak.peluang(0.08)) depan.push(jk === 'L' ? 'H.' : 'Hj.');
  const b = belakang.filter(Boolean).join(', ');
  return { depan: depan.length ? depan.join(' ') : null, belakang: b || null };
}
