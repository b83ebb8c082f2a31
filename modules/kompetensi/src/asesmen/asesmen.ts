import { sql } from '@simasn/db';
import { formatAngka, formatTanggal, hariIniIso } from '@simasn/domain';
import { pegawaiDalamLingkup, pindahkanBerkasKeRiwayat, simpanBerkas } from '@simasn/kepegawaian';
import { catatAudit, denganDb, halamanSql, konflik, lingkup, punyaIzin, syaratLingkup, tabelKeXlsx, terlarang, tidakDitemukan, tidakValid, uraikan, wajibMasuk,
  type Konteks } from '@simasn/platform';
import { bacaKamus, type EntriKamus } from '../kamus/kamus.ts';
import { type FilterAsesmen, skemaCatatAsesmen, skemaDaftarAsesmen, skemaVerifikasiAsesmen } from '../kompetensi.types.ts';
import { LABEL_STATUS_ASESMEN, LABEL_SUMBER } from '../status-asesmen.ts';

/**
 * Assessment results per person: entered from an assessment centre with its report (a PDF kept in
 * the person's archive through kepegawaian's `simpanBerkas`), then verified by a second person who
 * is not the one who entered it; or recorded by a test (`catatHasilTes`, for modules/ujian), which
 * counts at once. Only verified results count toward the profile and the JPM.
 */

function periksaLevel(kamus: Map<string, EntriKamus>, level: { kode: string, level: number }[]) {
  const masalah: { kolom: string, pesan: string }[] = [];
  const dilihat = new Set<string>();
  level.forEach((l, i) => {
    const k = kamus.get(l.kode);
    if (!k) masalah.push({ kolom: `level.${i}.kode`, pesan: `kompetensi "${l.kode}" tidak ada di kamus kompetensi` });
    if (dilihat.has(l.kode)) masalah.push({ kolom: `level.${i}.kode`, pesan: `kompetensi ${k?.nama ?? l.kode} tercantum dua kali` });
    dilihat.add(l.kode);
  });
  return masalah;
}

async function tulisLevel(ctx: Konteks, asesmenId: number, level: { kode: string, level: number }[]) {
  for (const l of level) {
    await ctx.db.run(sql`insert into level_asesmen (instansi_id, asesmen_id, kode, level) values (${ctx.instansiId}, ${asesmenId}, ${l.kode}, ${l.level})`);
  }
}

export interface CatatAsesmen {
  /** The form fields: nip, tanggal, lembaga, asesor, level (JSON `[{ kode, level }]`). */
  isian: Record<string, string>;
  namaBerkas: string | null;
  isi: Buffer | null;
}

function bacaIsianLevel(teks: string | undefined): unknown {
  if (!teks) return [];
  try {
    const v = JSON.parse(teks) as unknown;
    return Array.isArray(v) ? v : Object.entries(v as Record<string, unknown>).map(([kode, level]) => ({ kode, level }));
  } catch {
    return null;
  }
}

/** Records an assessment-centre result with its report; it waits for a second person's verification. */
export async function catatAsesmen(ctx: Konteks, u: CatatAsesmen) {
  const p = wajibMasuk(ctx);
  const f = uraikan(skemaCatatAsesmen, { nip: u.isian.nip, tanggal: u.isian.tanggal, lembaga: u.isian.lembaga, asesor: u.isian.asesor || null,
    level: bacaIsianLevel(u.isian.level) ?? 'salah' });
  lingkup(ctx, 'kompetensi:catat');
  if (f.tanggal > hariIniIso(ctx.sekarang(), ctx.zona)) {
    throw tidakValid('Tanggal asesmen belum terjadi.', [{ kolom: 'tanggal', pesan: `tanggal ${formatTanggal(f.tanggal)} sesudah hari ini` }]);
  }
  if (!u.isi?.length) throw tidakValid('Laporan hasil asesmen wajib dilampirkan.', [{ kolom: 'file', pesan: 'lampirkan laporan asesmen (PDF, paling besar 5 MB)' }]);
  const kamus = await bacaKamus(ctx);
  const masalah = periksaLevel(kamus, f.level);
  if (masalah.length) throw tidakValid('Level kompetensi belum benar.', masalah);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const pegawai = await pegawaiDalamLingkup(c, f.nip, 'kompetensi:catat');
    const berkas = await simpanBerkas(c, { pegawaiId: pegawai.id, riwayatJenis: 'asesmen', riwayatId: null, keterangan: `Laporan asesmen kompetensi ${f.lembaga}`,
      namaBerkas: u.namaBerkas ?? 'laporan-asesmen.pdf', cadangan: 'laporan-asesmen.pdf', isi: u.isi! });
    const a = await tx.one<{ id: number }>(sql`
      insert into asesmen_kompetensi (instansi_id, pegawai_id, sumber, tanggal, lembaga, asesor, berkas_id, status, dicatat_oleh, dicatat_pada)
      values (${ctx.instansiId}, ${pegawai.id}, 'assessment_center', ${f.tanggal}, ${f.lembaga}, ${f.asesor ?? null}, ${berkas.id}, 'menunggu',
              ${p.sistem ? null : p.akunId}, ${ctx.sekarang()})
      returning id`);
    const id = Number(a.id);
    await pindahkanBerkasKeRiwayat(c, { berkasId: berkas.id, pegawaiId: pegawai.id, riwayatJenis: 'asesmen', riwayatId: id });
    await tulisLevel(c, id, f.level);
    await catatAudit(c, { aksi: 'kompetensi.catat_asesmen', entitas: 'asesmen_kompetensi', entitasId: id, pegawaiId: pegawai.id,
      sesudah: { tanggal: f.tanggal, lembaga: f.lembaga, asesor: f.asesor ?? null, berkasId: berkas.id, level: Object.fromEntries(f.level.map((l) => [l.kode, l.level])) } });
    return { id, status: 'menunggu' as const };
  });
}

export interface HasilTes {
  pegawaiId: number;
  /** What produced it, unique per source (e.g. `percobaan:123` of modules/ujian): recording it twice keeps the first. */
  rujukan: string;
  /** The day the test ended (YYYY-MM-DD). */
  tanggal: string;
  /** The test's name as the profile shows it ("Uji Kompetensi Manajerial 2026"). */
  nama: string;
  level: { kode: string, level: number }[];
}

/**
 * For other modules (modules/ujian): records the competency levels a scored test showed as an
 * assessment result that counts at once (the test's scoring is the verification). Runs in the
 * caller's transaction; the caller has already checked who may finish the test. Refuses unknown
 * competencies or levels outside 1-5 (422).
 */
export async function catatHasilTes(ctx: Konteks, h: HasilTes): Promise<{ id: number, baru: boolean }> {
  const kamus = await bacaKamus(ctx);
  const masalah = periksaLevel(kamus, h.level);
  h.level.forEach((l, i) => {
    if (!Number.isInteger(l.level) || l.level < 1 || l.level > 5) masalah.push({ kolom: `level.${i}.level`, pesan: `level ${l.level} di luar 1 sampai 5` });
  });
  if (!h.level.length) masalah.push({ kolom: 'level', pesan: 'tidak ada level kompetensi' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(h.tanggal)) masalah.push({ kolom: 'tanggal', pesan: 'tanggal harus YYYY-MM-DD' });
  if (masalah.length) throw tidakValid('Hasil tes tidak dapat dicatat sebagai hasil asesmen.', masalah);
  const ada = await ctx.db.maybeOne<{ id: number }>(sql`
    select id from asesmen_kompetensi where instansi_id = ${ctx.instansiId} and sumber = 'ujian' and rujukan = ${h.rujukan}`);
  if (ada) return { id: Number(ada.id), baru: false };
  const a = await ctx.db.one<{ id: number }>(sql`
    insert into asesmen_kompetensi (instansi_id, pegawai_id, sumber, tanggal, lembaga, rujukan, status, dicatat_pada, diverifikasi_pada)
    values (${ctx.instansiId}, ${h.pegawaiId}, 'ujian', ${h.tanggal}, ${h.nama}, ${h.rujukan}, 'terverifikasi', ${ctx.sekarang()}, ${ctx.sekarang()})
    returning id`);
  const id = Number(a.id);
  await tulisLevel(ctx, id, h.level);
  await catatAudit(ctx, { aksi: 'kompetensi.hasil_tes', entitas: 'asesmen_kompetensi', entitasId: id, pegawaiId: h.pegawaiId,
    sesudah: { rujukan: h.rujukan, tanggal: h.tanggal, nama: h.nama, level: Object.fromEntries(h.level.map((l) => [l.kode, l.level])) } });
  return { id, baru: true };
}

/** A second person verifies (or rejects, with a reason) a waiting assessment-centre result. */
export async function verifikasiAsesmen(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaVerifikasiAsesmen, masukan);
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'kompetensi:verifikasi');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const a = await tx.maybeOne<{ id: number, pegawai_id: number, status: string, dicatat_oleh: number | null }>(sql`
      select a.id, a.pegawai_id, a.status, a.dicatat_oleh from asesmen_kompetensi a join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
       where a.instansi_id = ${ctx.instansiId} and a.id = ${id} and ${syaratLingkup(l)} for update of a`);
    if (!a) throw tidakDitemukan('Hasil asesmen tidak ditemukan.');
    if (a.status !== 'menunggu') throw konflik('Hasil asesmen ini sudah diverifikasi atau ditolak.');
    if (!p.sistem && a.dicatat_oleh !== null && Number(a.dicatat_oleh) === p.akunId) {
      throw terlarang('Hasil asesmen diverifikasi orang kedua, bukan yang mencatatnya.');
    }
    const status = f.keputusan === 'setujui' ? 'terverifikasi' : 'ditolak';
    await tx.run(sql`update asesmen_kompetensi set status = ${status}, catatan = ${f.catatan ?? null}, diverifikasi_oleh = ${p.sistem ? null : p.akunId},
      diverifikasi_pada = ${ctx.sekarang()} where instansi_id = ${ctx.instansiId} and id = ${id}`);
    await catatAudit(c, { aksi: f.keputusan === 'setujui' ? 'kompetensi.setujui_asesmen' : 'kompetensi.tolak_asesmen', entitas: 'asesmen_kompetensi', entitasId: id,
      pegawaiId: Number(a.pegawai_id), sebelum: { status: 'menunggu' }, sesudah: { status, catatan: f.catatan ?? null } });
    return { id, status: status as 'terverifikasi' | 'ditolak' };
  });
}

/** Assessment results within the caller's reach (search, status and source filters, pages), newest first. */
export async function daftarAsesmen(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarAsesmen, masukan);
  return bacaAsesmen(ctx, { ...f, page: f.page ?? 1 });
}

/** The same list (search, filters and order; every page) as XLSX. */
export async function eksporAsesmen(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarAsesmen, masukan);
  const { page: _semua, ...tanpaHalaman } = f;
  const h = await bacaAsesmen(ctx, tanpaHalaman);
  type B = (typeof h.items)[number];
  const saringan = [f.q?.trim() ? `pencarian "${f.q.trim()}"` : '', f.status ? `status ${LABEL_STATUS_ASESMEN[f.status]}` : '', f.sumber ? `sumber ${LABEL_SUMBER[f.sumber]}` : '']
    .filter(Boolean);
  const isi = await tabelKeXlsx<B>({ judul: 'Hasil asesmen kompetensi',
    keterangan: `${formatAngka(h.items.length)} hasil asesmen${saringan.length ? ` (${saringan.join(', ')})` : ''}. Dibuat ${formatTanggal(hariIniIso(ctx.sekarang(), ctx.zona))}.`,
    namaLembar: 'Asesmen', kolom: [
      { judul: 'NIP', nilai: (b) => b.nip, teks: true, lebar: 20 },
      { judul: 'Nama', nilai: (b) => b.nama, lebar: 32 },
      { judul: 'Unit', nilai: (b) => b.unit ?? '', lebar: 30 },
      { judul: 'Tanggal asesmen', nilai: (b) => formatTanggal(b.tanggal), lebar: 18 },
      { judul: 'Sumber', nilai: (b) => LABEL_SUMBER[b.sumber], lebar: 18 },
      { judul: 'Lembaga', nilai: (b) => b.lembaga, lebar: 30 },
      { judul: 'Asesor', nilai: (b) => b.asesor ?? '', lebar: 24 },
      { judul: 'Level kompetensi', nilai: (b) => b.level.map((l) => `${l.nama}: ${l.level}`).join('; '), lebar: 60 },
      { judul: 'Status', nilai: (b) => LABEL_STATUS_ASESMEN[b.status], lebar: 20 },
      { judul: 'Dicatat oleh', nilai: (b) => b.dicatatOleh ?? '', lebar: 24 },
      { judul: 'Diverifikasi oleh', nilai: (b) => b.diverifikasiOleh ?? '', lebar: 24 },
      { judul: 'Catatan', nilai: (b) => b.catatan ?? '', lebar: 40 },
    ], baris: h.items });
  await catatAudit(ctx, { aksi: 'kompetensi.ekspor_asesmen', entitas: 'asesmen_kompetensi',
    sesudah: { baris: h.items.length, q: f.q?.trim() || null, status: f.status ?? null, sumber: f.sumber ?? null } });
  return { namaBerkas: 'hasil-asesmen-kompetensi.xlsx', isi };
}

async function bacaAsesmen(ctx: Konteks, f: FilterAsesmen) {
  const pm = wajibMasuk(ctx);
  const l = lingkup(ctx, 'kompetensi:baca');
  const q = f.q?.trim();
  const syarat = sql`a.instansi_id = ${ctx.instansiId} and ${syaratLingkup(l)} ${f.status ? sql`and a.status = ${f.status}` : sql``}
    ${f.sumber ? sql`and a.sumber = ${f.sumber}` : sql``} ${q ? sql`and (p.nama ilike ${`%${q}%`} or p.nip like ${`${q}%`} or a.lembaga ilike ${`%${q}%`})` : sql``}`;
  const h = await halamanSql<
    { id: number, nip: string, nama: string, unit: string | null, sumber: 'assessment_center' | 'ujian', tanggal: string, lembaga: string, asesor: string | null,
      status: 'menunggu' | 'terverifikasi' | 'ditolak', catatan: string | null, berkas_id: number | null, dicatat_oleh: number | null, pencatat: string | null, dicatat_pada: Date,
      verifikator: string | null, diverifikasi_pada: Date | null, laporan: boolean },
    NonNullable<typeof f.urut>
  >(ctx, f, { kolom: sql`a.id, p.nip, p.nama, (select u.nama from unit_organisasi u where u.instansi_id = p.instansi_id and u.id = p.unit_id) as unit, a.sumber,
        to_char(a.tanggal, 'YYYY-MM-DD') as tanggal, a.lembaga, a.asesor, a.status, a.catatan, a.berkas_id, a.dicatat_oleh,
        (select k.nama_tampilan from akun k where k.instansi_id = a.instansi_id and k.id = a.dicatat_oleh) as pencatat, a.dicatat_pada,
        (select k.nama_tampilan from akun k where k.instansi_id = a.instansi_id and k.id = a.diverifikasi_oleh) as verifikator, a.diverifikasi_pada,
        ${punyaIzin(pm, 'pegawai:data_pribadi') ? syaratLingkup(lingkup(ctx, 'pegawai:data_pribadi')) : sql`false`} as laporan`,
    dari: sql`from asesmen_kompetensi a join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id`, syarat,
    urut: { tanggal: sql`a.tanggal`, nama: sql`p.nama`, dicatat: sql`a.dicatat_pada` }, bawaan: 'dicatat', arahBawaan: 'turun', pemutus: sql`a.id` });
  const ids = h.items.map((a) => Number(a.id));
  const kamus = await bacaKamus(ctx);
  const level = ids.length
    ? await ctx.db.many<{ asesmen_id: number, kode: string, level: number }>(sql`
      select asesmen_id, kode, level from level_asesmen where instansi_id = ${ctx.instansiId} and asesmen_id = any(${ids})`)
    : [];
  const verifikator = punyaIzin(pm, 'kompetensi:verifikasi');
  return { total: h.total, page: h.page, limit: h.limit,
    items: h.items.map((a) => ({ id: Number(a.id), nip: a.nip, nama: a.nama, unit: a.unit, sumber: a.sumber, tanggal: a.tanggal, lembaga: a.lembaga, asesor: a.asesor,
      status: a.status, catatan: a.catatan, berkasId: a.berkas_id === null || !a.laporan ? null : Number(a.berkas_id), dicatatOleh: a.pencatat, dicatatPada: a.dicatat_pada,
      diverifikasiOleh: a.verifikator, diverifikasiPada: a.diverifikasi_pada,
      bolehVerifikasi: verifikator && a.status === 'menunggu' && (pm.sistem || a.dicatat_oleh === null || Number(a.dicatat_oleh) !== pm.akunId),
      level: level.filter((x) => Number(x.asesmen_id) === Number(a.id)).sort((x, y) => (kamus.get(x.kode)?.urutan ?? 999) - (kamus.get(y.kode)?.urutan ?? 999)).map((x) => ({
        kode: x.kode,
        nama: kamus.get(x.kode)?.nama ?? x.kode,
        level: Number(x.level),
      })) })
    ) };
}
