import type { TingkatPendidikan } from '@simasn/domain';
import { bagiProporsional, buatAcak, type Acak } from './prng.ts';
import type { Organisasi } from './organisasi.ts';
import { buatOrang, type Pegawai, type Penghitung, type Slot } from './orang.ts';

/**
 * Who works where: structural posts first (the BKPSDM completely, then heads, bidang, sub bidang,
 * as far as the size allows), the rest spread over the perangkat daerah by weight; status and
 * education quotas are drawn exactly, so the mix is the same for every seed.
 */

/**
 * Pendidikan terakhir, Lumajang seed (per 5,452 counted: S2 246, S1 3392, D4 142, D3 644, D2 8,
 * D1 44, SMA 716, SMP 195, SD 65) plus about 0.1% S3.
 */
export const PROPORSI_PENDIDIKAN: readonly (readonly [TingkatPendidikan, number])[] = [
  ['S3', 5.5],
  ['S2', 246],
  ['S1', 3392],
  ['D4', 142],
  ['D3', 644],
  ['D2', 8],
  ['D1', 44],
  ['SMA', 716],
  ['SMP', 195],
  ['SD', 65],
];

type Preferensi = Partial<Record<TingkatPendidikan, number>>;

/** Draws education from a pool that holds exactly the quota of each level. */
function buatKolam(jumlah: number) {
  const sisa = new Map<TingkatPendidikan, number>();
  const bagian = bagiProporsional(jumlah, PROPORSI_PENDIDIKAN.map(([, w]) => w));
  for (const [i, [t]] of PROPORSI_PENDIDIKAN.entries()) sisa.set(t, bagian[i]!);
  return (acak: Acak, pref: Preferensi): TingkatPendidikan => {
    let calon = [...sisa].map(([t, n]) => [t, n * (pref[t] ?? 1)] as const).filter(([, w]) => w > 0);
    if (calon.length === 0) calon = [...sisa].filter(([, n]) => n > 0);
    if (calon.length === 0) return 'S1';
    const t = acak.pilihBobot(calon);
    sisa.set(t, sisa.get(t)! - 1);
    return t;
  };
}

// Multipliers on the pool counts (S2 is ~4.5% of the pool, S1 ~62%), aiming at about 90% S2 among
// JPT, 55% among administrators and 20% among pengawas.
const PREF_JPT: Preferensi = { S3: 20, S2: 200, S1: 0.13, D4: 0, D3: 0, D2: 0, D1: 0, SMA: 0, SMP: 0, SD: 0 };
const PREF_ADMINISTRATOR: Preferensi = { S3: 2, S2: 12, S1: 0.68, D4: 1.1, D3: 0, D2: 0, D1: 0, SMA: 0, SMP: 0, SD: 0 };
const PREF_PENGAWAS: Preferensi = { S3: 0, S2: 4.4, S1: 1.13, D4: 1.5, D3: 0.5, D2: 0, D1: 0, SMA: 0, SMP: 0, SD: 0 };
const PREF_CPNS: Preferensi = { S3: 0, S2: 0.3, SMA: 0.5, D1: 0, D2: 0, SMP: 0, SD: 0 };

function prefStaf(profil: string, status: Slot['status']): Preferensi {
  const sekolah = profil === 'pendidikan';
  const sehat = profil === 'kesehatan' || profil === 'rumah_sakit';
  if (status === 'PPPK') {
    if (sekolah) return { S3: 0, S2: 0.3, S1: 3, D4: 1, D3: 0.3, D2: 0, D1: 0.2, SMA: 0.5, SMP: 0.3, SD: 0.3 };
    if (sehat) return { S3: 0, S2: 0.2, S1: 1, D4: 2, D3: 3, D2: 0.5, D1: 1, SMA: 0.5, SMP: 0.2, SD: 0.1 };
    return { S3: 0, S2: 0.2 };
  }
  if (sekolah) return { S3: 0.5, S2: 1.2, S1: 2.5, D4: 1, D3: 0.5, D2: 3, D1: 0.3, SMA: 0.35, SMP: 0.35, SD: 0.35 };
  if (sehat) return { S2: 0.6, S1: 1, D4: 2.5, D3: 3, D1: 1.5, SMA: 0.6, SMP: 0.4, SD: 0.3 };
  if (profil === 'ketertiban' || profil === 'lingkungan') return { SMA: 2, SMP: 1.5, SD: 1.5 };
  return {};
}

/** Weighted choice of `k` items without replacement (Efraimidis-Spirakis keys). */
function pilihTanpaUlang<T>(acak: Acak, daftar: readonly T[], bobot: (x: T) => number, k: number): Set<T> {
  const kunci = daftar.map((x, i) => ({ x, i, k: Math.log(acak.angka() || 1e-12) / Math.max(bobot(x), 1e-9) }));
  kunci.sort((a, b) => b.k - a.k || a.i - b.i);
  return new Set(kunci.slice(0, k).map((e) => e.x));
}

export function buatSemuaPegawai(org: Organisasi, jumlah: number, benih: number, idAwal: number): Pegawai[] {
  const acak = buatAcak(benih, 'alokasi');
  const opdBkd = org.opd.find((o) => o.data.kode === 'BKPSDM')!.indeks;
  const unitOpd = (id: number) => org.unitById.get(id)!.opd;

  // Structural posts, as many as the size allows (never more than 20% of everyone, unless the BKPSDM needs it).
  const nBkd = org.strukturalPrioritas.filter((j) => unitOpd(j.unitId!) === opdBkd).length;
  const nStruktural = Math.min(org.strukturalPrioritas.length, jumlah - 1, Math.max(nBkd, Math.floor(jumlah * 0.2)));
  const slot: Slot[] = org.strukturalPrioritas.slice(0, nStruktural).map((j) => ({ opd: unitOpd(j.unitId!), struktural: j, asnDemo: false, status: 'PNS', pendidikan: 'S1' }));
  // The staff, spread by weight; one reserved BKPSDM analyst for the demo ASN account.
  const asnDemo: Slot = { opd: opdBkd, struktural: null, asnDemo: true, status: 'PNS', pendidikan: 'S1' };
  const staf: Slot[] = [];
  bagiProporsional(jumlah - nStruktural - 1, org.opd.map((o) => o.data.bobot)).forEach((n, o) => {
    for (let i = 0; i < n; i++) staf.push({ opd: o, struktural: null, asnDemo: false, status: 'PNS', pendidikan: 'S1' });
  });

  // Status: about 12% PPPK (mostly guru and nakes) and 3% CPNS.
  const profil = (s: Slot) => org.opd[s.opd]!.data.profil;
  const bobotPppk = (s: Slot) => (profil(s) === 'pendidikan' ? 3 : profil(s) === 'kesehatan' || profil(s) === 'rumah_sakit' ? 2.5 : 0.6);
  const pppk = pilihTanpaUlang(acak, staf, bobotPppk, Math.min(staf.length, Math.round(jumlah * 0.12)));
  for (const s of pppk) s.status = 'PPPK';
  const sisa = staf.filter((s) => s.status === 'PNS');
  const cpns = pilihTanpaUlang(acak, sisa, (s) => (bobotPppk(s) > 1 ? 1.3 : 1), Math.min(sisa.length, Math.round(jumlah * 0.03)));
  for (const s of cpns) s.status = 'CPNS';

  // Education: the constrained ones draw first, the PNS staff in random order.
  const ambil = buatKolam(jumlah);
  for (const s of slot) {
    const t = s.struktural!.tingkatStruktural;
    s.pendidikan = ambil(acak, t === 'jpt_pratama' ? PREF_JPT : t === 'administrator' ? PREF_ADMINISTRATOR : PREF_PENGAWAS);
  }
  asnDemo.pendidikan = ambil(acak, { S1: 1, S3: 0, S2: 0, D4: 0, D3: 0, D2: 0, D1: 0, SMA: 0, SMP: 0, SD: 0 });
  for (const s of staf.filter((x) => x.status === 'CPNS')) s.pendidikan = ambil(acak, PREF_CPNS);
  for (const s of staf.filter((x) => x.status === 'PPPK')) s.pendidikan = ambil(acak, prefStaf(profil(s), 'PPPK'));
  for (const s of acak.acakUrutan(staf.filter((x) => x.status === 'PNS'))) s.pendidikan = ambil(acak, prefStaf(profil(s), 'PNS'));

  // Ids in a shuffled order, as if people had been entered over the years.
  const semua = acak.acakUrutan([...slot, asnDemo, ...staf]);
  const hitung: Penghitung = { nip: new Map(), nik: new Map() };
  return semua.map((s, i) => buatOrang(org, s, idAwal + i + 1, buatAcak(benih, 'pegawai', i), hitung));
}
