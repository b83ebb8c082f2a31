import { join, sql } from '@simasn/db';
import { formatTanggal, hariIniIso, LABEL_KELOMPOK_KOMPETENSI, parseLevelKompetensi, type KelompokKompetensi } from '@simasn/domain';
import { apakahXlsx, bacaCsv, bacaXlsx, catatAudit, denganDb, halamanSql, lingkup, tabelKeXlsx, tidakDitemukan, tidakValid, uraikan, type Konteks,
  type NilaiSel } from '@simasn/platform';
import { bacaKamus, type EntriKamus } from '../kamus/kamus.ts';
import { skemaDaftarStandar, skemaSimpanStandar } from '../kompetensi.types.ts';

/**
 * Standar kompetensi jabatan (PermenPAN-RB 38/2017): the level 1-5 each competency of a jabatan
 * needs, as data BKD keeps: listed with search, filter and pages, set per jabatan, exported and
 * imported as XLSX (one row per jabatan and competency; every row checked first, all or nothing).
 */

export interface LevelStandar {
  kode: string;
  nama: string;
  kelompok: KelompokKompetensi;
  level: number;
}

/** The standards of some jabatan (all when `jabatanId` is not given), each in its stored order. */
export async function bacaStandar(ctx: Konteks, jabatanId?: readonly number[]): Promise<Map<number, LevelStandar[]>> {
  const kamus = await bacaKamus(ctx);
  const baris = await ctx.db.many<{ jabatan_id: number, kode: string, kelompok: KelompokKompetensi, level: number }>(sql`
    select jabatan_id, kode, kelompok, level from standar_kompetensi
     where instansi_id = ${ctx.instansiId} ${jabatanId ? sql`and jabatan_id = any(${jabatanId.map(Number)}::bigint[])` : sql``}
     order by jabatan_id, urutan, kode`);
  const peta = new Map<number, LevelStandar[]>();
  for (const b of baris) {
    const id = Number(b.jabatan_id);
    if (!peta.has(id)) peta.set(id, []);
    peta.get(id)!.push({ kode: b.kode, nama: kamus.get(b.kode)?.nama ?? b.kode, kelompok: b.kelompok, level: Number(b.level) });
  }
  return peta;
}

export async function daftarStandar(ctx: Konteks, masukan: unknown = {}, semua = false) {
  const f = uraikan(skemaDaftarStandar, masukan);
  lingkup(ctx, 'organisasi:baca');
  const q = f.q?.trim();
  const ada = sql`exists (select 1 from standar_kompetensi s where s.instansi_id = j.instansi_id and s.jabatan_id = j.id)`;
  const syarat = sql`j.instansi_id = ${ctx.instansiId} ${q ? sql`and (j.nama ilike ${`%${q}%`} or j.kode ilike ${`${q}%`})` : sql``}
    ${f.jenis ? sql`and j.jenis = ${f.jenis}` : sql``} ${f.status === 'ada' ? sql`and ${ada}` : f.status === 'belum' ? sql`and not ${ada}` : sql``}`;
  const pegawai = sql`(select count(*) from pegawai p where p.instansi_id = j.instansi_id and p.jabatan_id = j.id and p.kedudukan = 'aktif')`;
  const h = await halamanSql<{ id: number, kode: string, nama: string, jenis: string, eselon: string | null, jenjang: string | null, unit: string | null, pegawai: number },
    NonNullable<typeof f.urut>>(ctx, semua ? { ...f, page: undefined } : { ...f, page: f.page ?? 1 }, { kolom: sql`j.id, j.kode, j.nama, j.jenis, j.eselon, j.jenjang,
        (select u.nama from unit_organisasi u where u.instansi_id = j.instansi_id and u.id = j.unit_id) as unit, ${pegawai}::int as pegawai`, dari: sql`from jabatan j`, syarat,
      urut: { nama: sql`j.nama`, kode: sql`j.kode`, pegawai }, bawaan: 'nama', pemutus: sql`j.id` });
  const standar = await bacaStandar(ctx, h.items.map((j) => Number(j.id)));
  const tanpa = await ctx.db.one<{ n: number }>(sql`select count(*)::int as n from jabatan j where j.instansi_id = ${ctx.instansiId} and not ${ada}`);
  return { ...h, tanpaStandar: Number(tanpa.n),
    items: h.items.map((j) => ({ id: Number(j.id), kode: j.kode, nama: j.nama, jenis: j.jenis, eselon: j.eselon, jenjang: j.jenjang, unit: j.unit, pegawai: Number(j.pegawai),
      standar: standar.get(Number(j.id)) ?? [] })
    ) };
}

/** Checks a standard against the dictionary; returns the problems (kolom `level.<i>.kode`) or the rows in their order. */
function periksaStandar(kamus: Map<string, EntriKamus>, level: { kode: string, level: number }[]) {
  const masalah: { kolom: string, pesan: string }[] = [];
  const dilihat = new Set<string>();
  level.forEach((l, i) => {
    const k = kamus.get(l.kode);
    if (!k) masalah.push({ kolom: `level.${i}.kode`, pesan: `kompetensi "${l.kode}" tidak ada di kamus kompetensi` });
    else if (!k.aktif) masalah.push({ kolom: `level.${i}.kode`, pesan: `kompetensi teknis "${k.nama}" tidak aktif` });
    if (dilihat.has(l.kode)) masalah.push({ kolom: `level.${i}.kode`, pesan: `kompetensi "${l.kode}" tercantum dua kali` });
    dilihat.add(l.kode);
  });
  return masalah;
}

/** Writes the standard of one jabatan (replacing it); runs in the caller's transaction. */
async function tulisStandar(ctx: Konteks, kamus: Map<string, EntriKamus>, jabatanId: number, level: { kode: string, level: number }[]) {
  await ctx.db.run(sql`delete from standar_kompetensi where instansi_id = ${ctx.instansiId} and jabatan_id = ${jabatanId}`);
  if (!level.length) return;
  const urut = [...level].sort((a, b) => kamus.get(a.kode)!.urutan - kamus.get(b.kode)!.urutan);
  await ctx.db.run(
    sql`insert into standar_kompetensi (instansi_id, jabatan_id, kode, kelompok, level, urutan) values ${
      join(urut.map((l, i) => sql`(${ctx.instansiId}, ${jabatanId}, ${l.kode}, ${kamus.get(l.kode)!.kelompok}, ${l.level}, ${i})`), ', ')
    }`,
  );
}

/** Sets the standard of one jabatan (an empty list removes it). */
export async function simpanStandar(ctx: Konteks, jabatanId: number, masukan: unknown) {
  const f = uraikan(skemaSimpanStandar, masukan);
  lingkup(ctx, 'kompetensi:kelola');
  const kamus = await bacaKamus(ctx);
  const masalah = periksaStandar(kamus, f.level);
  if (masalah.length) throw tidakValid('Standar kompetensi belum benar.', masalah);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const j = await tx.maybeOne<{ id: number, kode: string, nama: string }>(sql`
      select id, kode, nama from jabatan where instansi_id = ${ctx.instansiId} and id = ${jabatanId} for update`);
    if (!j) throw tidakDitemukan('Jabatan tidak ditemukan.');
    const sebelum = (await bacaStandar(c, [jabatanId])).get(jabatanId) ?? [];
    await tulisStandar(c, kamus, jabatanId, f.level);
    await catatAudit(c, { aksi: 'kompetensi.simpan_standar', entitas: 'jabatan', entitasId: jabatanId,
      sebelum: { standar: Object.fromEntries(sebelum.map((s) => [s.kode, s.level])) }, sesudah: { standar: Object.fromEntries(f.level.map((s) => [s.kode, s.level])) } });
    const standar = (await bacaStandar(c, [jabatanId])).get(jabatanId) ?? [];
    return { id: Number(j.id), kode: j.kode, nama: j.nama, standar };
  });
}

export const JUDUL_KODE_JABATAN = 'Kode jabatan';
export const JUDUL_KODE_KOMPETENSI = 'Kode kompetensi';
export const JUDUL_LEVEL = 'Level';

/** The standards of the listed jabatan as XLSX, one row per jabatan and competency: the import reads back the three code/level columns. */
export async function eksporStandar(ctx: Konteks, masukan: unknown = {}) {
  const d = await daftarStandar(ctx, masukan, true);
  type B = { kodeJabatan: string, namaJabatan: string, unit: string | null, kode: string, nama: string, kelompok: string, level: number | null };
  const baris: B[] = d.items.flatMap((j): B[] =>
    j.standar.length
      ? j.standar.map((s) => ({ kodeJabatan: j.kode, namaJabatan: j.nama, unit: j.unit, kode: s.kode, nama: s.nama, kelompok: LABEL_KELOMPOK_KOMPETENSI[s.kelompok],
        level: s.level })
      )
      : [{ kodeJabatan: j.kode, namaJabatan: j.nama, unit: j.unit, kode: '', nama: '', kelompok: '', level: null }]
  );
  const isi = await tabelKeXlsx<B>({ judul: 'Standar kompetensi jabatan',
    keterangan: `${d.total} jabatan; ${d.tanpaStandar} belum punya standar. Dibuat ${formatTanggal(hariIniIso(ctx.sekarang(), ctx.zona))}. Untuk impor: satu baris per jabatan `
      + `dan kompetensi, kolom "${JUDUL_KODE_JABATAN}", "${JUDUL_KODE_KOMPETENSI}" dan "${JUDUL_LEVEL}" (1 sampai 5); standar jabatan yang ada di berkas diganti seluruhnya.`,
    namaLembar: 'Standar kompetensi', kolom: [
      { judul: JUDUL_KODE_JABATAN, nilai: (b) => b.kodeJabatan, teks: true, lebar: 16 },
      { judul: 'Nama jabatan', nilai: (b) => b.namaJabatan, lebar: 40 },
      { judul: 'Unit', nilai: (b) => b.unit ?? '', lebar: 30 },
      { judul: JUDUL_KODE_KOMPETENSI, nilai: (b) => b.kode, teks: true, lebar: 28 },
      { judul: 'Nama kompetensi', nilai: (b) => b.nama, lebar: 32 },
      { judul: 'Kelompok', nilai: (b) => b.kelompok, lebar: 16 },
      { judul: JUDUL_LEVEL, nilai: (b) => b.level, lebar: 8 },
    ], baris });
  return { namaBerkas: 'standar-kompetensi.xlsx', isi };
}

const teksSel = (v: NilaiSel | undefined) => (v === null || v === undefined ? '' : v instanceof Date ? '' : String(v).trim());
const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Imports standards from XLSX or CSV: rows of "Kode jabatan", "Kode kompetensi", "Level" (header on
 * the first row, or the exported sheet whose title rows come first). Each jabatan named in the file
 * gets exactly the rows given for it; jabatan not in the file keep theirs. Every row is checked
 * before anything is written; one problem anywhere and nothing changes (422 with row, column, reason).
 */
export async function imporStandar(ctx: Konteks, berkas: { namaBerkas: string, isi: Buffer }) {
  lingkup(ctx, 'kompetensi:kelola');
  const lembar = apakahXlsx(berkas.isi) ? (await bacaXlsx(berkas.isi))[0] : bacaCsv(berkas.isi, berkas.namaBerkas);
  if (!lembar) throw tidakValid('Berkas kosong.', [{ kolom: 'file', pesan: 'berkas tidak berisi lembar data' }]);
  let header = lembar.header.map((h) => norm(String(h ?? '')));
  let data = lembar.baris;
  if (!header.includes('kodejabatan')) {
    const i = data.findIndex((b) => b.sel.some((v) => norm(teksSel(v)) === 'kodejabatan'));
    if (i >= 0) {
      header = data[i]!.sel.map((v) => norm(teksSel(v)));
      data = data.slice(i + 1);
    }
  }
  const iJabatan = header.indexOf('kodejabatan');
  const iKode = header.indexOf('kodekompetensi');
  const iLevel = header.indexOf('level');
  if (iJabatan < 0 || iKode < 0 || iLevel < 0) {
    throw tidakValid('Kolom belum lengkap.', [{ kolom: 'file',
      pesan: `berkas harus punya kolom "${JUDUL_KODE_JABATAN}", "${JUDUL_KODE_KOMPETENSI}" dan "${JUDUL_LEVEL}" pada baris judul` }]);
  }
  const kamus = await bacaKamus(ctx);
  const jabatan = new Map(
    (await ctx.db.many<{ id: number, kode: string }>(sql`select id, kode from jabatan where instansi_id = ${ctx.instansiId}`)).map((j) => [j.kode, Number(j.id)]),
  );
  const masalah: { baris: number, kolom: string, pesan: string }[] = [];
  const perJabatan = new Map<number, { kode: string, level: number }[]>();
  const dilihat = new Map<string, number>();
  let jumlahBaris = 0;
  for (const b of data) {
    const kodeJabatan = teksSel(b.sel[iJabatan]);
    const kode = teksSel(b.sel[iKode]).toLowerCase();
    const levelTeks = teksSel(b.sel[iLevel]);
    if (!kodeJabatan && !kode && !levelTeks) continue;
    jumlahBaris++;
    const tambah = (kolom: string, pesan: string) => masalah.push({ baris: b.nomor, kolom, pesan });
    if (!kodeJabatan) tambah(JUDUL_KODE_JABATAN, 'kode jabatan kosong');
    const jabatanId = kodeJabatan ? jabatan.get(kodeJabatan) : undefined;
    if (kodeJabatan && jabatanId === undefined) tambah(JUDUL_KODE_JABATAN, `kode jabatan "${kodeJabatan}" tidak ada di SIMASN`);
    if (jabatanId !== undefined && !perJabatan.has(jabatanId)) perJabatan.set(jabatanId, []);
    // A jabatan row with no competency (as the export writes a jabatan without a standard) clears it.
    if (!kode && !levelTeks) continue;
    const k = kamus.get(kode);
    if (!kode) tambah(JUDUL_KODE_KOMPETENSI, 'kode kompetensi kosong');
    else if (!k) tambah(JUDUL_KODE_KOMPETENSI, `kompetensi "${kode}" tidak ada di kamus kompetensi (tambahkan dulu kompetensi teknisnya)`);
    else if (!k.aktif) tambah(JUDUL_KODE_KOMPETENSI, `kompetensi teknis "${k.nama}" tidak aktif`);
    const kunci = `${kodeJabatan}\u0000${kode}`;
    if (kode && kodeJabatan && dilihat.has(kunci)) tambah(JUDUL_KODE_KOMPETENSI, `kompetensi "${kode}" untuk jabatan ini sudah ada di baris ${dilihat.get(kunci)}`);
    else dilihat.set(kunci, b.nomor);
    const lv = parseLevelKompetensi(levelTeks);
    if (!levelTeks) tambah(JUDUL_LEVEL, 'level kosong (isi 1 sampai 5)');
    else if (!lv.ok) tambah(JUDUL_LEVEL, lv.alasan);
    if (jabatanId !== undefined && k && lv.ok) perJabatan.get(jabatanId)!.push({ kode, level: lv.nilai });
  }
  if (masalah.length) return { ok: false, jabatan: 0, baris: jumlahBaris, masalah };
  if (!jumlahBaris) throw tidakValid('Berkas tidak berisi baris data.', [{ kolom: 'file', pesan: 'tidak ada baris standar kompetensi' }]);
  await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    for (const [jabatanId, level] of perJabatan) await tulisStandar(c, kamus, jabatanId, level);
    await catatAudit(c, { aksi: 'kompetensi.impor_standar', entitas: 'impor', sesudah: { berkas: berkas.namaBerkas, baris: jumlahBaris, jabatan: perJabatan.size } });
  });
  return { ok: true, jabatan: perJabatan.size, baris: jumlahBaris, masalah: [] };
}
