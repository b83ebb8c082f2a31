import { randomBytes } from 'node:crypto';
import { sql } from '@simasn/db';
import { hariIniIso } from '@simasn/domain';
import { catatDiklatPengembangan, type PegawaiInti } from '@simasn/kepegawaian';
import { catatAudit, denganDb, konflik, lingkup, punyaIzin, terlarang, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { dalamSasaran, kodeVerifikasi, nilaiKuis, nomorSertifikat, progresKursus } from '../aturan.ts';
import type { JenisModul } from '../jenis-pembelajaran.ts';
import { skemaKatalog, skemaKirimKuis, type StatusIkut } from '../pembelajaran.types.ts';

/**
 * The ASN's side of e-learning (`pembelajaran:ikuti`, their own record only): the catalogue of
 * published courses they may take, enrolling (prerequisites finished, within the course's
 * audience), marking a reading done, sending a quiz; when every module is done the course is
 * complete: the riwayat diklat is written (modules/kepegawaian, sumber `kursus`) and the
 * certificate issued, in the same transaction.
 */
interface Pegawai extends PegawaiInti {
  jabatanId: number | null;
}

async function pegawaiSaya(ctx: Konteks): Promise<Pegawai> {
  lingkup(ctx, 'pembelajaran:ikuti');
  const p = wajibMasuk(ctx);
  if (p.pegawaiId === null) throw terlarang('Akun ini tidak terhubung dengan data pegawai.');
  const r = await ctx.db.maybeOne<Pegawai>(sql`
    select id::int as id, nip, nama, jalur_unit as "jalurUnit", status_kepegawaian as "statusKepegawaian", versi, jabatan_id::int as "jabatanId"
      from pegawai where instansi_id = ${ctx.instansiId} and id = ${p.pegawaiId}`);
  if (!r) throw tidakDitemukan('Data pegawai Anda tidak ditemukan.');
  return r;
}

interface KursusBaris {
  id: number;
  kode: string;
  judul: string;
  deskripsi: string;
  penyelenggara: string;
  jenisDiklat: number;
  jenisIpAsn: 'kepemimpinan' | 'fungsional' | 'teknis' | 'seminar';
  jp: number;
  kompetensi: string[];
  sasaran: 'semua' | 'unit' | 'jabatan';
  sasaranId: (number | string)[];
  status: 'draf' | 'terbit' | 'arsip';
}

const KOLOM_KURSUS = sql`k.id::int as id, k.kode, k.judul, k.deskripsi, k.penyelenggara, k.jenis_diklat as "jenisDiklat", k.jenis_ipasn as "jenisIpAsn", k.jp,
  k.kompetensi, k.sasaran, k.sasaran_id as "sasaranId", k.status`;

/** Unit paths of the course's target units (an employee in a sub-unit is in). */
async function jalurSasaran(ctx: Konteks, k: KursusBaris): Promise<string[]> {
  if (k.sasaran !== 'unit' || !k.sasaranId.length) return [];
  const r = await ctx.db.many<{ jalur: string }>(sql`select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = any(${k.sasaranId.map(Number)})`);
  return r.map((x) => x.jalur);
}

interface Keadaan {
  pesertaId: number | null;
  status: StatusIkut;
  persen: number;
  prasyaratKurang: string[];
  dalamSasaran: boolean;
  mulaiPada: Date | string | null;
  selesaiPada: Date | string | null;
  selesai: Set<number>;
  kuisLulus: Set<number>;
}

async function keadaan(ctx: Konteks, k: KursusBaris, pegawai: Pegawai, modul: { id: number, jenis: JenisModul }[]): Promise<Keadaan> {
  const kurang = await ctx.db.many<{ judul: string }>(sql`
    select pk.judul from kursus_prasyarat x join kursus pk on pk.instansi_id = x.instansi_id and pk.id = x.prasyarat_id
     where x.instansi_id = ${ctx.instansiId} and x.kursus_id = ${k.id}
       and not exists (select 1 from kursus_peserta p where p.instansi_id = x.instansi_id and p.kursus_id = x.prasyarat_id
                          and p.pegawai_id = ${pegawai.id} and p.selesai_pada is not null)
     order by pk.judul`);
  const p = await ctx.db.maybeOne<{ id: number, mulaiPada: Date | string, selesaiPada: Date | string | null }>(sql`
    select id::int as id, mulai_pada as "mulaiPada", selesai_pada as "selesaiPada" from kursus_peserta
     where instansi_id = ${ctx.instansiId} and kursus_id = ${k.id} and pegawai_id = ${pegawai.id}`);
  const selesai = new Set<number>();
  const kuisLulus = new Set<number>();
  if (p) {
    for (const r of await ctx.db.many<{ m: number }>(sql`select modul_id::int as m from kursus_modul_selesai where instansi_id = ${ctx.instansiId} and peserta_id = ${p.id}`)) {
      selesai.add(r.m);
    }
    for (const r of await ctx.db.many<{ m: number }>(sql`select distinct modul_id::int as m from kursus_kuis_percobaan
                                                         where instansi_id = ${ctx.instansiId} and peserta_id = ${p.id} and lulus`)) kuisLulus.add(r.m);
  }
  const pr = progresKursus(modul, selesai, kuisLulus);
  return { pesertaId: p?.id ?? null, status: !p ? 'belum' : p.selesaiPada ? 'selesai' : 'berjalan', persen: p?.selesaiPada ? 100 : pr.persen,
    prasyaratKurang: kurang.map((x) => x.judul), dalamSasaran: dalamSasaran(k.sasaran, await jalurSasaran(ctx, k), k.sasaranId.map(Number), pegawai),
    mulaiPada: p?.mulaiPada ?? null, selesaiPada: p?.selesaiPada ?? null, selesai, kuisLulus };
}

async function ambilKursus(ctx: Konteks, id: number): Promise<KursusBaris> {
  const k = await ctx.db.maybeOne<KursusBaris>(sql`select ${KOLOM_KURSUS} from kursus k where k.instansi_id = ${ctx.instansiId} and k.id = ${id}`);
  // A draft is not there for a learner.
  if (!k || k.status === 'draf') throw tidakDitemukan('Kursus tidak ditemukan.');
  return k;
}

async function modulKursus(ctx: Konteks, id: number) {
  return ctx.db.many<{ id: number, urutan: number, judul: string, jenis: JenisModul, isi: string, adaPdf: boolean, nilaiLulus: number | null }>(sql`
    select id::int as id, urutan, judul, jenis, isi, pdf is not null as "adaPdf", nilai_lulus as "nilaiLulus"
      from kursus_modul where instansi_id = ${ctx.instansiId} and kursus_id = ${id} order by urutan`);
}

/** The catalogue: published courses within the ASN's audience (and archived ones they took), with their standing. */
export async function katalogKursus(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaKatalog, masukan);
  const pegawai = await pegawaiSaya(ctx);
  const q = f.q ? `%${f.q.toLowerCase()}%` : null;
  const daftar = await ctx.db.many<KursusBaris>(sql`
    select ${KOLOM_KURSUS} from kursus k
     where k.instansi_id = ${ctx.instansiId}
       and (k.status = 'terbit' or (k.status = 'arsip' and exists (select 1 from kursus_peserta p where p.instansi_id = k.instansi_id and p.kursus_id = k.id
                                                                       and p.pegawai_id = ${pegawai.id})))
       and (${q}::text is null or lower(k.judul) like ${q} or lower(k.kode) like ${q})
     order by k.judul, k.id`);
  const items = [];
  for (const k of daftar) {
    const modul = await modulKursus(ctx, k.id);
    const s = await keadaan(ctx, k, pegawai, modul);
    if (!s.dalamSasaran && s.status === 'belum') continue;
    if (f.saya === 'ya' && s.status === 'belum') continue;
    items.push({ id: k.id, kode: k.kode, judul: k.judul, deskripsi: k.deskripsi, penyelenggara: k.penyelenggara, jp: k.jp, jenisDiklat: k.jenisDiklat, kompetensi: k.kompetensi,
      modul: modul.length, status: s.status, persen: s.persen, prasyaratKurang: s.prasyaratKurang });
  }
  return { items };
}

async function sertifikatPeserta(ctx: Konteks, pesertaId: number | null) {
  if (pesertaId === null) return null;
  return (await ctx.db.maybeOne<{ nomor: string, kode: string, dicabut: boolean }>(sql`
    select nomor, kode, dicabut_pada is not null as dicabut from sertifikat_kursus where instansi_id = ${ctx.instansiId} and peserta_id = ${pesertaId}`)) ?? null;
}

/** One course for the learner: its modules (quiz items without their keys) and their progress. */
export async function bukaKursus(ctx: Konteks, id: number) {
  const pegawai = await pegawaiSaya(ctx);
  const k = await ambilKursus(ctx, id);
  const modul = await modulKursus(ctx, id);
  const s = await keadaan(ctx, k, pegawai, modul);
  if (!s.dalamSasaran && s.status === 'belum') throw tidakDitemukan('Kursus tidak ditemukan.');
  const soal = s.pesertaId === null ? [] : await ctx.db.many<{ id: number, modulId: number, pertanyaan: string, pilihan: string[], nKunci: number }>(sql`
    select s.id::int as id, s.modul_id::int as "modulId", s.pertanyaan, s.pilihan, cardinality(s.kunci) as "nKunci"
      from kursus_soal s join kursus_modul m on m.instansi_id = s.instansi_id and m.id = s.modul_id
     where s.instansi_id = ${ctx.instansiId} and m.kursus_id = ${id} order by s.modul_id, s.urutan`);
  const kuis = s.pesertaId === null ? [] : await ctx.db.many<{ m: number, terbaik: string, n: number }>(sql`
    select modul_id::int as m, max(nilai)::text as terbaik, count(*)::int as n from kursus_kuis_percobaan
     where instansi_id = ${ctx.instansiId} and peserta_id = ${s.pesertaId} group by modul_id`);
  const bolehIkut = s.status === 'belum' && k.status === 'terbit' && !s.prasyaratKurang.length && s.dalamSasaran;
  const alasan = s.status !== 'belum' ?
    null :
    k.status !== 'terbit' ?
    'Kursus ini sudah diarsipkan.'
    : s.prasyaratKurang.length
    ? `Selesaikan dulu: ${s.prasyaratKurang.join(', ')}.`
    : null;
  return { id: k.id, kode: k.kode, judul: k.judul, deskripsi: k.deskripsi, penyelenggara: k.penyelenggara, jp: k.jp, jenisDiklat: k.jenisDiklat, kompetensi: k.kompetensi,
    status: s.status, persen: s.persen, prasyaratKurang: s.prasyaratKurang, bolehIkut, alasanTidakBoleh: alasan, mulaiPada: s.mulaiPada, selesaiPada: s.selesaiPada,
    sertifikat: await sertifikatPeserta(ctx, s.pesertaId), modul: modul.map((m) => {
      const q = kuis.find((x) => x.m === m.id);
      return { id: m.id, urutan: m.urutan, judul: m.judul, jenis: m.jenis, isi: s.pesertaId === null ? '' : m.isi, adaPdf: m.adaPdf, nilaiLulus: m.nilaiLulus,
        soal: soal.filter((x) => x.modulId === m.id).map((x) => ({ id: x.id, pertanyaan: x.pertanyaan, pilihan: x.pilihan, ganda: x.nKunci > 1 })),
        selesai: m.jenis === 'kuis' ? s.kuisLulus.has(m.id) : s.selesai.has(m.id), nilaiTerbaik: q ? Number(q.terbaik) : null, percobaan: q?.n ?? 0 };
    }) };
}

/** Enrol: published, within the audience, prerequisites finished. Enrolling twice gives back the first. */
export async function ikutiKursus(ctx: Konteks, id: number): Promise<{ pesertaId: number, baru: boolean }> {
  const pegawai = await pegawaiSaya(ctx);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const k = await ambilKursus(c, id);
    const modul = await modulKursus(c, id);
    const s = await keadaan(c, k, pegawai, modul);
    if (s.pesertaId !== null) return { pesertaId: s.pesertaId, baru: false };
    if (!s.dalamSasaran) throw tidakDitemukan('Kursus tidak ditemukan.');
    if (k.status !== 'terbit') throw konflik('Kursus ini sudah diarsipkan dan tidak menerima peserta baru.');
    if (s.prasyaratKurang.length) throw konflik(`Kursus ini memerlukan kursus yang belum Anda selesaikan: ${s.prasyaratKurang.join(', ')}.`);
    const r = await tx.one<{ id: number }>(sql`
      insert into kursus_peserta (instansi_id, kursus_id, pegawai_id, mulai_pada, tanggal_mulai)
      values (${ctx.instansiId}, ${id}, ${pegawai.id}, ${ctx.sekarang()}, ${hariIniIso(ctx.sekarang(), ctx.zona)}::date)
      on conflict (instansi_id, kursus_id, pegawai_id) do nothing returning id::int as id`).catch(() => null);
    if (!r) throw konflik('Anda sudah terdaftar pada kursus ini.');
    await catatAudit(c, { aksi: 'kursus.ikuti', entitas: 'kursus', entitasId: id, pegawaiId: pegawai.id, sesudah: { kursus: k.judul } });
    return { pesertaId: r.id, baru: true };
  });
}

/** Not enrolled: a course outside the learner's audience is not there for them (404), one inside asks to enrol first (409). */
async function belumIkut(ctx: Konteks, k: KursusBaris, pegawai: Pegawai): Promise<never> {
  if (!dalamSasaran(k.sasaran, await jalurSasaran(ctx, k), k.sasaranId.map(Number), pegawai)) throw tidakDitemukan('Kursus tidak ditemukan.');
  throw konflik('Ikuti kursus ini terlebih dahulu.');
}

async function pesertaAktif(ctx: Konteks, k: KursusBaris, pegawai: Pegawai) {
  const p = await ctx.db.maybeOne<{ id: number, selesai: boolean }>(sql`
    select id::int as id, selesai_pada is not null as selesai from kursus_peserta
     where instansi_id = ${ctx.instansiId} and kursus_id = ${k.id} and pegawai_id = ${pegawai.id} for update`);
  return p ?? belumIkut(ctx, k, pegawai);
}

async function modulDari(ctx: Konteks, id: number, modulId: number) {
  const m = await ctx.db.maybeOne<{ id: number, jenis: JenisModul, nilaiLulus: number | null }>(sql`
    select id::int as id, jenis, nilai_lulus as "nilaiLulus" from kursus_modul where instansi_id = ${ctx.instansiId} and kursus_id = ${id} and id = ${modulId}`);
  if (!m) throw tidakDitemukan('Modul tidak ditemukan.');
  return m;
}

/** After a step: when every module is done, the course is complete (riwayat diklat + certificate). */
async function periksaSelesai(ctx: Konteks, k: KursusBaris, pegawai: Pegawai, pesertaId: number) {
  const modul = await modulKursus(ctx, k.id);
  const s = await keadaan(ctx, k, pegawai, modul);
  const pr = progresKursus(modul, s.selesai, s.kuisLulus);
  if (s.status === 'selesai') return { selesai: true, persen: 100, lulusKursus: true, sertifikat: await sertifikatPeserta(ctx, pesertaId), baruLulus: false };
  if (!pr.lengkap) return { selesai: false, persen: pr.persen, lulusKursus: false, sertifikat: null, baruLulus: false };
  const sekarang = ctx.sekarang();
  const hariIni = hariIniIso(sekarang, ctx.zona);
  const tahun = Number(hariIni.slice(0, 4));
  // The course row is locked for the numbering (per course and year).
  await ctx.db.one(sql`select id from kursus where instansi_id = ${ctx.instansiId} and id = ${k.id} for update`);
  const urutan = (await ctx.db.one<{ n: number }>(sql`
    select count(*)::int + 1 as n from sertifikat_kursus s join kursus_peserta p on p.instansi_id = s.instansi_id and p.id = s.peserta_id
     where s.instansi_id = ${ctx.instansiId} and p.kursus_id = ${k.id} and extract(year from s.tanggal_selesai) = ${tahun}`)).n;
  const nomor = nomorSertifikat(urutan, k.kode, tahun);
  const mulai = await ctx.db.one<{ t: string }>(
    sql`select to_char(tanggal_mulai, 'YYYY-MM-DD') as t from kursus_peserta where instansi_id = ${ctx.instansiId} and id = ${pesertaId}`,
  );
  await ctx.db.run(sql`update kursus_peserta set selesai_pada = ${sekarang}, tanggal_selesai = ${hariIni}::date where instansi_id = ${ctx.instansiId} and id = ${pesertaId}`);
  const kode = kodeVerifikasi(randomBytes(12));
  await ctx.db.run(sql`
    insert into sertifikat_kursus (instansi_id, peserta_id, pegawai_id, nomor, kode, nama, nip, judul_kursus, penyelenggara, jp, jenis_diklat, tanggal_mulai, tanggal_selesai,
                                   terbit_pada)
    values (${ctx.instansiId}, ${pesertaId}, ${pegawai.id}, ${nomor}, ${kode}, ${pegawai.nama}, ${pegawai.nip}, ${k.judul}, ${k.penyelenggara}, ${k.jp}, ${k.jenisDiklat},
            ${mulai.t}::date, ${hariIni}::date, ${sekarang})`);
  await catatDiklatPengembangan(ctx, pegawai, { jenis: k.jenisIpAsn, jenisDiklatSiasn: k.jenisDiklat, nama: k.judul, penyelenggara: k.penyelenggara, tanggalMulai: mulai.t,
    tanggalSelesai: hariIni, jumlahJp: k.jp, nomorSertifikat: nomor, sumber: 'kursus', sumberRef: `kursus:${pesertaId}` });
  await catatAudit(ctx, { aksi: 'kursus.lulus', entitas: 'kursus', entitasId: k.id, pegawaiId: pegawai.id,
    sesudah: { kursus: k.judul, nomorSertifikat: nomor, jp: k.jp, tanggalSelesai: hariIni } });
  return { selesai: true, persen: 100, lulusKursus: true, sertifikat: { nomor, kode, dicabut: false }, baruLulus: true };
}

/** Marks a reading module (text, PDF, video) done. */
export async function selesaiModul(ctx: Konteks, id: number, modulId: number) {
  const pegawai = await pegawaiSaya(ctx);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const k = await ambilKursus(c, id);
    const p = await pesertaAktif(c, k, pegawai);
    const m = await modulDari(c, id, modulId);
    if (m.jenis === 'kuis') throw konflik('Modul kuis selesai dengan lulus kuisnya, bukan ditandai.');
    if (!p.selesai) {
      const n = await tx.run(sql`insert into kursus_modul_selesai (instansi_id, peserta_id, modul_id, selesai_pada)
                                  values (${ctx.instansiId}, ${p.id}, ${modulId}, ${ctx.sekarang()}) on conflict do nothing`);
      if (n) await catatAudit(c, { aksi: 'kursus.modul_selesai', entitas: 'kursus', entitasId: id, pegawaiId: pegawai.id, sesudah: { modulId } });
    }
    const { baruLulus: _, ...h } = await periksaSelesai(c, k, pegawai, p.id);
    return h;
  });
}

/** Sends a quiz attempt: scored on the server, kept; the explanations are shown after it. */
export async function kirimKuis(ctx: Konteks, id: number, modulId: number, masukan: unknown) {
  const pegawai = await pegawaiSaya(ctx);
  const { jawaban } = uraikan(skemaKirimKuis, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const k = await ambilKursus(c, id);
    const p = await pesertaAktif(c, k, pegawai);
    const m = await modulDari(c, id, modulId);
    if (m.jenis !== 'kuis') throw konflik('Modul ini bukan kuis.');
    const soal = await tx.many<{ id: number, kunci: number[], pembahasan: string }>(sql`
      select id::int as id, kunci, pembahasan from kursus_soal where instansi_id = ${ctx.instansiId} and modul_id = ${modulId} order by urutan`);
    const asing = Object.keys(jawaban).filter((x) => !soal.some((s) => s.id === Number(x)));
    if (asing.length) throw tidakValid('Jawaban tidak sah.', [{ kolom: 'jawaban', pesan: `soal #${asing[0]} bukan soal kuis ini` }]);
    const kosong = soal.filter((s) => !jawaban[String(s.id)]?.length).length;
    if (kosong) throw tidakValid('Jawaban belum lengkap.', [{ kolom: 'jawaban', pesan: `${kosong} soal belum dijawab` }]);
    const h = nilaiKuis(soal.map((s) => ({ id: s.id, kunci: s.kunci.map(Number) })), jawaban, m.nilaiLulus!);
    await tx.run(sql`insert into kursus_kuis_percobaan (instansi_id, peserta_id, modul_id, jawaban, benar, jumlah, nilai, lulus, dikirim_pada)
                      values (${ctx.instansiId}, ${p.id}, ${modulId}, ${JSON.stringify(jawaban)}::jsonb, ${h.benar}, ${h.jumlah}, ${h.nilai}, ${h.lulus}, ${ctx.sekarang()})`);
    await catatAudit(c, { aksi: 'kursus.kuis', entitas: 'kursus', entitasId: id, pegawaiId: pegawai.id, sesudah: { modulId, nilai: h.nilai, lulus: h.lulus } });
    const { baruLulus: _, ...s } = await periksaSelesai(c, k, pegawai, p.id);
    return { ...s, ...h, nilaiLulus: m.nilaiLulus!,
      pembahasan: soal.map((x) => ({ id: x.id, benar: h.lulus ? nilaiBenar(x, jawaban) : false, kunci: h.lulus ? x.kunci.map(Number) : [],
        pembahasan: h.lulus ? x.pembahasan : '' })
      ) };
  });
}

function nilaiBenar(s: { id: number, kunci: number[] }, jawaban: Record<string, number[]>): boolean {
  return nilaiKuis([{ id: s.id, kunci: s.kunci.map(Number) }], jawaban, 100).lulus;
}

/** A PDF module's file: for an enrolled learner, or course staff. */
export async function unduhPdfModul(ctx: Konteks, id: number, modulId: number): Promise<{ isi: Buffer, namaBerkas: string }> {
  const p = wajibMasuk(ctx);
  if (!punyaIzin(p, 'pembelajaran:kelola')) {
    const pegawai = await pegawaiSaya(ctx);
    const k = await ambilKursus(ctx, id);
    const ikut = await ctx.db.maybeOne(sql`select 1 from kursus_peserta where instansi_id = ${ctx.instansiId} and kursus_id = ${id} and pegawai_id = ${pegawai.id}`);
    if (!ikut) await belumIkut(ctx, k, pegawai);
  }
  const m = await ctx.db.maybeOne<{ pdf: Uint8Array, nama: string | null }>(sql`
    select pdf, pdf_nama as nama from kursus_modul where instansi_id = ${ctx.instansiId} and kursus_id = ${id} and id = ${modulId} and pdf is not null`);
  if (!m) throw tidakDitemukan('Berkas modul tidak ditemukan.');
  return { isi: Buffer.from(m.pdf), namaBerkas: m.nama ?? `modul-${modulId}.pdf` };
}
