import { sql, type Db } from '@simasn/db';
import { type AturanCat, CAT_SKD_2024, hariIniIso, hitungNilaiCat, type JawabanButir, susunUjian, VERSI_ACAK_UJIAN, ZONA_BAWAAN } from '@simasn/domain';
import { type Acak, buatAcak } from './prng.ts';
import { sisipMassal, sisipMassalId } from './sisip.ts';
import { bankIntegritas, bankPelayanan, bankSkd, type ButirDemo } from './ujian-soal.ts';

/**
 * Uji kompetensi of the demo kabupaten (modules/ujian, issue 13), written in bulk: three question
 * banks of reviewed, live items (the SKD-shaped selection bank and two managerial competencies);
 * an SKD simulation whose window closed three weeks ago, taken by 300 ASN (the demo ASN among
 * them), and a competency test open now that counts 2 JP, taken by 120 others (the passes have
 * their riwayat diklat, sumber `ujian`). Every attempt is drawn and shuffled by the domain's
 * `susunUjian` from its saved seed and scored by `hitungNilaiCat`, exactly as a live one. The
 * answers follow a three-parameter logistic model (ability per person; discrimination,
 * difficulty and guessing per item) so the item analysis looks real, except the two planted bad
 * items (ujian-soal.ts) it must flag. A few attempts carry cheating signals for the proctor.
 */

export const PESERTA_SKD = 300;
export const PESERTA_KOMPETENSI = 120;
export const JUDUL_SKD = 'Simulasi Seleksi Kompetensi Dasar (SKD) 2026';
export const JUDUL_KOMPETENSI = 'Uji Kompetensi Integritas dan Pelayanan Publik 2026';
const HARI_MS = 86_400_000;

interface Bank {
  id: number;
  butir: (ButirDemo & { id: number, a: number, b: number })[];
}

/** Standard normal (Box-Muller) from the demo's generator. */
function normal(acak: Acak): number {
  const u = Math.max(acak.angka(), 1e-9);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * acak.angka());
}

/** The option a person of ability `theta` chooses (null: left blank). */
function pilihan(acak: Acak, x: Bank['butir'][number], theta: number): string | null {
  if (acak.peluang(0.02)) return null;
  if (x.kunciSebenarnya === null) {
    // Weighted (TKP): the weight chosen rises with ability.
    const laten = 0.9 * theta + 0.8 * normal(acak) + x.b;
    const bobot = 1 + [-1.6, -0.8, 0, 0.8].filter((t) => laten > t).length;
    return x.opsi.find((o) => o.bobot === bobot)!.id;
  }
  const p = x.tanam === 'mudah' ? 0.97 : 0.15 + 0.85 / (1 + Math.exp(-1.7 * x.a * (theta - x.b)));
  if (acak.peluang(p)) return x.kunciSebenarnya;
  return acak.pilih(x.opsi.filter((o) => o.id !== x.kunciSebenarnya)).id;
}

interface Peserta {
  id: number;
}

async function tulisPercobaan(db: Db, instansiId: number, acak: Acak, tes: { id: number, aturan: AturanCat, bank: Bank[], dibuka: Date, hari: number },
  peserta: readonly Peserta[])
{
  const butir = new Map(tes.bank.flatMap((b) => b.butir.map((x) => [String(x.id), x] as const)));
  const untukUndian = [...butir.values()].map((x) => ({ id: String(x.id), kategori: x.kategori, opsi: x.opsi.map((o) => o.id) }));
  const baris: unknown[][] = [];
  const jawaban: { urutan: number, pilihan: string[], pada: string }[][] = [];
  const lulus: boolean[] = [];
  for (const p of peserta) {
    const theta = normal(acak);
    const benih = Array.from({ length: 8 }, () => acak.bulat(0, 0xffffffff).toString(16).padStart(8, '0')).join('');
    const h = susunUjian(tes.aturan, untukUndian, benih);
    if (!h.ok) throw new Error(h.alasan);
    const mulai = new Date(tes.dibuka.getTime() + acak.bulat(0, tes.hari - 1) * HARI_MS + acak.bulat(0, 6 * 60) * 60_000);
    const batas = new Date(mulai.getTime() + tes.aturan.menit * 60_000);
    const habis = acak.peluang(0.08);
    const selesai = habis ? batas : new Date(mulai.getTime() + acak.bulat(Math.round(tes.aturan.menit * 0.55), tes.aturan.menit - 1) * 60_000);
    const jw: { urutan: number, pilihan: string[], pada: string }[] = [];
    const nilaiButir: JawabanButir[] = [];
    h.nilai.butir.forEach((s, urutan) => {
      const x = butir.get(s.id)!;
      const pil = pilihan(acak, x, theta);
      const pada = new Date(mulai.getTime() + ((selesai.getTime() - mulai.getTime()) * (urutan + 1)) / (h.nilai.butir.length + 1)).toISOString();
      if (pil !== null) jw.push({ urutan, pilihan: [pil], pada });
      const o = pil === null ? undefined : x.opsi.find((y) => y.id === pil);
      nilaiButir.push(x.kunciSebenarnya === null ? { kategori: x.kategori, bobot: o?.bobot ?? null } : { kategori: x.kategori, benar: o ? o.benar : null });
    });
    const n = hitungNilaiCat(tes.aturan, nilaiButir);
    if (!n.ok) throw new Error(n.alasan);
    const perangkat = `hp-${p.id.toString(36)}-${acak.bulat(1000, 9999)}`;
    baris.push([
      tes.id,
      p.id,
      benih,
      VERSI_ACAK_UJIAN,
      h.nilai.butir.map((s) => ({ butirId: Number(s.id), versi: 1, kategori: s.kategori, opsi: s.opsi })),
      mulai.toISOString(),
      batas.toISOString(),
      selesai.toISOString(),
      habis ? 'waktu_habis' : 'peserta',
      n.nilai,
      n.nilai.total,
      n.nilai.lulus,
      [perangkat],
      [`10.${acak.bulat(10, 40)}.${acak.bulat(0, 255)}.${acak.bulat(2, 254)}`],
    ]);
    jawaban.push(jw);
    lulus.push(n.nilai.lulus);
  }
  const id = await sisipMassalId(db, 'percobaan_ujian', [['instansi_id', 'bigint', instansiId], ['status', 'text', 'selesai']], [
    ['tes_id', 'bigint'],
    ['pegawai_id', 'bigint'],
    ['benih', 'text'],
    ['versi_acak', 'integer'],
    ['susunan', 'jsonb'],
    ['mulai_pada', 'timestamptz'],
    ['batas_pada', 'timestamptz'],
    ['selesai_pada', 'timestamptz'],
    ['cara_selesai', 'text'],
    ['nilai', 'jsonb'],
    ['total', 'numeric'],
    ['lulus', 'boolean'],
    ['perangkat', 'text[]'],
    ['alamat_ip', 'text[]'],
  ], baris);
  await sisipMassal(db, 'jawaban_ujian', [['instansi_id', 'bigint', instansiId], ['nomor', 'integer', 1]], [['percobaan_id', 'bigint'], ['urutan', 'integer'], [
    'pilihan',
    'text[]',
  ], ['disimpan_pada', 'timestamptz']], jawaban.flatMap((jw, i) => jw.map((j) => [id[i], j.urutan, j.pilihan, j.pada])));
  return { id, lulus, baris };
}

export async function buatUjianDemo(db: Db, instansiId: number, seed: number, opsi: { sekarang: Date, asnDemoNip?: string | undefined }) {
  const acak = buatAcak(seed, 'ujian');
  const sekarang = opsi.sekarang;
  const info = await db.one<{ penulis: number | null, instansi: string }>(sql`
    select (select min(a.akun_id)::int from akun_peran a where a.instansi_id = ${instansiId} and a.peran = 'admin_bkd') as penulis,
           (select nama from instansi where instansi_id = ${instansiId}) as instansi`);
  const dibuat = new Date(sekarang.getTime() - 60 * HARI_MS).toISOString();
  const tetap = [['instansi_id', 'bigint', instansiId]] as const;
  const isiBank = [
    { nama: 'Bank Soal SKD (TWK, TIU, TKP)', kelompok: 'seleksi', kode: null, butir: bankSkd(acak) },
    { nama: 'Integritas (Manajerial)', kelompok: 'manajerial', kode: 'integritas', butir: bankIntegritas(acak) },
    { nama: 'Pelayanan Publik (Manajerial)', kelompok: 'manajerial', kode: 'pelayanan_publik', butir: bankPelayanan(acak) },
  ];
  const bankId = await sisipMassalId(db, 'bank_soal', tetap, [['nama', 'text'], ['kelompok', 'text'], ['kompetensi_kode', 'text'], ['dibuat_pada', 'timestamptz']],
    isiBank.map((b) => [b.nama, b.kelompok, b.kode, dibuat]));
  const semua = isiBank.flatMap((b, i) => b.butir.map((x) => ({ bank: bankId[i]!, x })));
  const butirId = await sisipMassalId(db, 'butir_soal', [...tetap, ['status', 'text', 'aktif'], ['versi', 'integer', 1]], [['bank_id', 'bigint'], ['kategori', 'text'], [
    'dibuat_pada',
    'timestamptz',
  ], ['diubah_pada', 'timestamptz']], semua.map((s) => [s.bank, s.x.kategori, dibuat, dibuat]));
  // Written by the first BKD keeper (another approved them: four eyes).
  await sisipMassal(db, 'versi_butir', [...tetap, ['versi', 'integer', 1], ['jenis', 'text', 'tunggal'], ['acak_opsi', 'boolean', 'true']], [
    ['butir_id', 'bigint'],
    ['teks', 'text'],
    ['opsi', 'jsonb'],
    ['pembahasan', 'text'],
    ['dibuat_oleh', 'bigint'],
    ['dibuat_pada', 'timestamptz'],
  ], semua.map((s, i) => [butirId[i], s.x.teks, s.x.opsi, s.x.pembahasan, info.penulis, dibuat]));
  let k = 0;
  const bank: Bank[] = isiBank.map((b, i) => ({ id: bankId[i]!,
    butir: b.butir.map((x) => ({ ...x, id: butirId[k++]!, a: 1.3 + 0.9 * acak.angka(), b: -0.9 + 2 * acak.angka() })) })
  );
  // TKP: a per-item shift of the weights chosen (some situations are harder to judge).
  for (const x of bank[0]!.butir) if (x.kategori === 'TKP') x.b = -0.3 + 0.9 * acak.angka();

  // The tests: the SKD simulation (window closed 23 days ago, results with explanations open) and a competency test open now.
  const skd = { aturan: CAT_SKD_2024, dibuka: new Date(Date.parse(`${hariIniIso(new Date(sekarang.getTime() - 30 * HARI_MS), ZONA_BAWAAN)}T01:00:00Z`)), hari: 7 };
  const kompetensi: AturanCat = { id: 'uji-kompetensi-demo', nama: JUDUL_KOMPETENSI, dasarHukum: 'Tes yang disusun instansi', berlakuMulai: '2026-01-01', menit: 30,
    urutanKategori: 'blok', kategori: [
      { kode: 'integritas', nama: 'Integritas', jumlahButir: 10, penilaian: { jenis: 'benar_salah', benar: 10, salah: 0, kosong: 0 }, ambangBatas: 60 },
      { kode: 'pelayanan_publik', nama: 'Pelayanan Publik', jumlahButir: 10, penilaian: { jenis: 'benar_salah', benar: 10, salah: 0, kosong: 0 }, ambangBatas: 60 },
    ] };
  const uji = { aturan: kompetensi, dibuka: new Date(Date.parse(`${hariIniIso(new Date(sekarang.getTime() - 14 * HARI_MS), ZONA_BAWAAN)}T01:00:00Z`)), hari: 12 };
  const tesId = await sisipMassalId(db, 'tes_ujian', [...tetap, ['sasaran', 'jsonb', '{"jenis":"semua"}']], [
    ['judul', 'text'],
    ['kategori', 'jsonb'],
    ['menit', 'integer'],
    ['urutan_kategori', 'text'],
    ['dibuka_pada', 'timestamptz'],
    ['ditutup_pada', 'timestamptz'],
    ['jp', 'numeric'],
    ['jenis_diklat', 'integer'],
    ['dibuat_pada', 'timestamptz'],
  ], [
    [
      JUDUL_SKD,
      CAT_SKD_2024.kategori.map((c) => ({ ...c, bankId: bank[0]!.id })),
      100,
      'blok',
      skd.dibuka.toISOString(),
      new Date(skd.dibuka.getTime() + skd.hari * HARI_MS).toISOString(),
      null,
      null,
      dibuat,
    ],
    [
      JUDUL_KOMPETENSI,
      kompetensi.kategori.map((c, i) => ({ ...c, bankId: bank[i + 1]!.id })),
      30,
      'blok',
      uji.dibuka.toISOString(),
      new Date(uji.dibuka.getTime() + 44 * HARI_MS).toISOString(),
      2,
      5,
      dibuat,
    ],
  ]);

  const pegawai = await db.many<{ id: number, nip: string }>(sql`select p.id::int as id, p.nip from pegawai p
    where p.instansi_id = ${instansiId} and p.kedudukan = 'aktif' order by p.id`);
  const demo = pegawai.filter((p) => p.nip === opsi.asnDemoNip);
  const lain = acak.acakUrutan(pegawai.filter((p) => p.nip !== opsi.asnDemoNip));
  const pesertaSkd = [...demo, ...lain].slice(0, PESERTA_SKD);
  const pesertaUji = lain.slice(PESERTA_SKD, PESERTA_SKD + PESERTA_KOMPETENSI);
  const a = await tulisPercobaan(db, instansiId, acak, { id: tesId[0]!, ...skd, bank: [bank[0]!] }, pesertaSkd);
  const b = await tulisPercobaan(db, instansiId, acak, { id: tesId[1]!, ...uji, bank: [bank[1]!, bank[2]!] }, pesertaUji);

  // Cheating signals on a few SKD attempts (never a penalty: the proctor reads them).
  const sinyal: unknown[][] = [];
  for (let i = 1; i <= 9; i++) {
    const j = (i * 31) % a.id.length;
    const mulai = Date.parse(a.baris[j]![5] as string);
    const jenis = i <= 5 ? 'halaman_tersembunyi' : i <= 7 ? 'keluar_jendela' : 'perangkat_lain';
    for (let n = 0; n < (i <= 3 ? 3 : 1); n++) {
      sinyal.push([a.id[j], jenis, jenis === 'perangkat_lain' ? 'perangkat ke-2' : '', new Date(mulai + (10 + 17 * n) * 60_000).toISOString()]);
    }
    if (jenis === 'perangkat_lain') {
      await db.run(sql`update percobaan_ujian set perangkat = array_append(perangkat, ${`laptop-${i}-demo`}) where instansi_id = ${instansiId} and id = ${a.id[j]!}`);
    }
  }
  await sisipMassal(db, 'sinyal_ujian', tetap, [['percobaan_id', 'bigint'], ['jenis', 'text'], ['rincian', 'text'], ['pada', 'timestamptz']], sinyal);

  // The competency test counts 2 JP: every pass is a riwayat diklat, as `catatDiklatTes` writes it.
  const riwayat = b.id.flatMap((id, i) => {
    if (!b.lulus[i]) return [];
    const r = b.baris[i]!;
    return [[r[1], JUDUL_KOMPETENSI, info.instansi, hariIniIso(new Date(r[5] as string), ZONA_BAWAAN), hariIniIso(new Date(r[7] as string), ZONA_BAWAAN), `ujian:${id}`]];
  });
  await sisipMassal(db, 'riwayat_diklat', [...tetap, ['sumber', 'text', 'ujian'], ['jenis', 'text', 'teknis'], ['jumlah_jp', 'smallint', 2], [
    'jenis_diklat_siasn',
    'smallint',
    5,
  ]], [['pegawai_id', 'bigint'], ['nama', 'text'], ['penyelenggara', 'text'], ['tanggal_mulai', 'date'], ['tanggal_selesai', 'date'], ['sumber_ref', 'text']], riwayat);
  return { bank: bank.length, butir: butirId.length, tes: tesId, percobaan: a.id.length + b.id.length, lulusUji: riwayat.length,
    ditanam: bank[0]!.butir.filter((x) => x.tanam).map((x) => x.id) };
}
