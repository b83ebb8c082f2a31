import { sql } from '@simasn/db';
import { bersihkanNip, formatAngka, formatTanggal, hariIniIso, hitungJp, JENIS_DIKLAT_SIASN, JP_PP_17_2020, type KegiatanJp } from '@simasn/domain';
import { daftarDiklatTahun, type DiklatJp } from '@simasn/kepegawaian';
import { catatAudit, halamanBaris, labelSumberAudit, lingkup, syaratLingkup, tabelKeXlsx, tidakDitemukan, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaDaftarJp, skemaJpSaya } from '../pembelajaran.types.ts';

/**
 * The 20 JP of competency development (RULES.md section 11, domain kompetensi/jp.ts), read from
 * riwayat diklat only (every source ends there: courses, verified external training, typed-in
 * rows): one ASN's year with each activity and whether it counted, and the list of everyone in
 * the caller's reach with who is below the target (search, filter, paging, XLSX, a spread).
 */
const ATURAN = JP_PP_17_2020;
const JENIS = new Map(JENIS_DIKLAT_SIASN.map((j) => [j.kode, j]));

function kegiatan(d: DiklatJp, nip: string): KegiatanJp {
  return { nip, jenisDiklat: d.jenisDiklatSiasn, tanggalSelesai: d.tanggalSelesai, jp: Math.min(d.jumlahJp, ATURAN.jpMaksKegiatan), nomorSertifikat: d.nomorSertifikat };
}

function tahunKini(ctx: Konteks): number {
  return Number(hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 4));
}

/** One ASN's year: themself without `nip`, else someone in their `pembelajaran:baca` reach. */
export async function jpPegawai(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaJpSaya, masukan);
  const l = lingkup(ctx, 'pembelajaran:baca');
  const tahun = f.tahun ?? tahunKini(ctx);
  const pemanggil = wajibMasuk(ctx);
  const p = await ctx.db.maybeOne<{ id: number, nip: string, nama: string }>(sql`
    select p.id::int as id, p.nip, p.nama from pegawai p
     where p.instansi_id = ${ctx.instansiId} and ${f.nip ? sql`p.nip = ${bersihkanNip(f.nip)}` : sql`p.id = ${pemanggil.pegawaiId ?? 0}`} and ${syaratLingkup(l)}`);
  if (!p) throw tidakDitemukan(f.nip ? `Pegawai dengan NIP ${f.nip} tidak ditemukan.` : 'Akun ini tidak terhubung dengan data pegawai.');
  const diklat = await daftarDiklatTahun(ctx, [p.id], tahun);
  const h = hitungJp(ATURAN, diklat.map((d) => kegiatan(d, p.nip)));
  if (!h.ok) throw new Error(h.alasan);
  const t = h.nilai.tahunan.find((x) => x.tahun === tahun);
  const jp = t?.jp ?? 0;
  const diabaikan = new Map(h.nilai.diabaikan.map((x) => [x.indeks, x.alasan]));
  // What they could take: published courses open to everyone they have not finished (the catalogue filters the audience further).
  const saran = await ctx.db.many<{ id: number, judul: string, jp: number, status: 'belum' | 'berjalan' | 'selesai' }>(sql`
    select k.id::int as id, k.judul, k.jp, case when kp.id is null then 'belum' when kp.selesai_pada is null then 'berjalan' else 'selesai' end as status
      from kursus k left join kursus_peserta kp on kp.instansi_id = k.instansi_id and kp.kursus_id = k.id and kp.pegawai_id = ${p.id}
     where k.instansi_id = ${ctx.instansiId} and k.status = 'terbit' and (kp.id is null or kp.selesai_pada is null)
     order by (kp.id is null), k.jp desc, k.judul limit 5`);
  return { nip: p.nip, nama: p.nama, tahun, target: ATURAN.targetJpTahunan, jp, jpKlasikal: t?.jpKlasikal ?? 0, jpNonklasikal: t?.jpNonklasikal ?? 0,
    memenuhi: t?.memenuhiTarget ?? false, kurang: Math.max(0, Math.round((ATURAN.targetJpTahunan - jp) * 100) / 100), kegiatan: diklat.map((d, i) => {
      const j = JENIS.get(d.jenisDiklatSiasn)!;
      return { id: d.id, nama: d.nama, jenisDiklat: d.jenisDiklatSiasn, namaJenis: j.nama, bentuk: j.bentuk, penyelenggara: d.penyelenggara, tanggalMulai: d.tanggalMulai,
        tanggalSelesai: d.tanggalSelesai, jp: d.jumlahJp, nomorSertifikat: d.nomorSertifikat, sumber: labelSumberAudit(d.sumber), dihitung: !diabaikan.has(i),
        catatan: diabaikan.get(i) ?? null };
    }), saran };
}

interface BarisJp {
  pegawaiId: number;
  nip: string;
  nama: string;
  unit: string | null;
  jp: number;
  jpKlasikal: number;
  jpNonklasikal: number;
  memenuhi: boolean;
}

async function hitungDaftar(ctx: Konteks, masukan: unknown, semua: boolean) {
  const f = uraikan(skemaDaftarJp, masukan);
  const l = lingkup(ctx, 'pembelajaran:baca');
  const tahun = f.tahun ?? tahunKini(ctx);
  const jalurUnit = f.unitId
    ? (await ctx.db.maybeOne<{ jalur: string }>(sql`select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.unitId}`))?.jalur
    : null;
  if (f.unitId && !jalurUnit) throw tidakDitemukan('Unit tidak ditemukan.');
  // Active ASN in reach (and in the unit asked for).
  const pegawai = await ctx.db.many<{ id: number, nip: string, nama: string, unit: string | null }>(sql`
    select p.id::int as id, p.nip, p.nama, u.nama as unit from pegawai p
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
     where p.instansi_id = ${ctx.instansiId} and p.kedudukan = 'aktif' and ${syaratLingkup(l)}
       and (${jalurUnit ?? null}::text is null or p.jalur_unit like ${`${jalurUnit ?? ''}%`})`);
  const nipDari = new Map(pegawai.map((p) => [p.id, p.nip]));
  const diklat = await daftarDiklatTahun(ctx, pegawai.map((p) => p.id), tahun);
  const h = hitungJp(ATURAN, diklat.map((d) => kegiatan(d, nipDari.get(d.pegawaiId)!)));
  if (!h.ok) throw new Error(h.alasan);
  const perNip = new Map(h.nilai.tahunan.filter((t) => t.tahun === tahun).map((t) => [t.nip, t]));
  const baris: BarisJp[] = pegawai.map((p) => {
    const t = perNip.get(p.nip);
    return { pegawaiId: p.id, nip: p.nip, nama: p.nama, unit: p.unit, jp: t?.jp ?? 0, jpKlasikal: t?.jpKlasikal ?? 0, jpNonklasikal: t?.jpNonklasikal ?? 0,
      memenuhi: t?.memenuhiTarget ?? false };
  });
  const memenuhi = baris.filter((b) => b.memenuhi).length;
  const sebaran = [
    { label: '0 JP', uji: (x: number) => x === 0 },
    { label: '1-9 JP', uji: (x: number) => x > 0 && x < 10 },
    { label: '10-19 JP', uji: (x: number) => x >= 10 && x < 20 },
    { label: '20-39 JP', uji: (x: number) => x >= 20 && x < 40 },
    { label: '40 JP atau lebih', uji: (x: number) => x >= 40 },
  ].map((s) => ({ label: s.label, jumlah: baris.filter((b) => s.uji(b.jp)).length }));
  const ringkasan = { pegawai: baris.length, memenuhi, rataRata: baris.length ? Math.round((baris.reduce((a, b) => a + b.jp, 0) / baris.length) * 100) / 100 : 0, sebaran };
  const tersaring = baris.filter((b) => (f.saring === 'kurang' ? !b.memenuhi : f.saring === 'memenuhi' ? b.memenuhi : true));
  const hal = halamanBaris(tersaring, semua ? { ...f, page: undefined } : f, { teks: (b) => [b.nama, b.nip, b.unit],
    urut: { nama: (b) => b.nama, nip: (b) => b.nip, jp: (b) => b.jp, unit: (b) => b.unit }, bawaan: 'nama' });
  return { tahun, target: ATURAN.targetJpTahunan, total: hal.total, page: hal.page, limit: hal.limit, items: hal.items, ringkasan };
}

export async function daftarJp(ctx: Konteks, masukan: unknown) {
  return hitungDaftar(ctx, masukan, false);
}

export async function eksporJp(ctx: Konteks, masukan: unknown) {
  const d = await hitungDaftar(ctx, masukan, true);
  const isi = await tabelKeXlsx<BarisJp>({ judul: `Pengembangan kompetensi ${d.tahun} (target ${d.target} JP)`,
    keterangan: `${d.total} pegawai; ${d.ringkasan.memenuhi} dari ${d.ringkasan.pegawai} memenuhi ${d.target} JP; rata-rata ${formatAngka(d.ringkasan.rataRata, 2)} JP. Dibuat ${
      formatTanggal(hariIniIso(ctx.sekarang(), ctx.zona))
    }.`, namaLembar: 'JP', kolom: [
      { judul: 'NIP', nilai: (b) => b.nip, teks: true, lebar: 20 },
      { judul: 'Nama', nilai: (b) => b.nama, lebar: 32 },
      { judul: 'Unit', nilai: (b) => b.unit ?? '', lebar: 32 },
      { judul: 'JP', nilai: (b) => b.jp, format: '0.00', lebar: 9 },
      { judul: 'JP klasikal', nilai: (b) => b.jpKlasikal, format: '0.00', lebar: 11 },
      { judul: 'JP nonklasikal', nilai: (b) => b.jpNonklasikal, format: '0.00', lebar: 13 },
      { judul: `Memenuhi ${d.target} JP`, nilai: (b) => (b.memenuhi ? 'Ya' : 'Belum'), lebar: 12 },
    ], baris: d.items });
  await catatAudit(ctx, { aksi: 'jp.ekspor', entitas: 'riwayat_diklat', sesudah: { tahun: d.tahun, baris: d.total } });
  return { isi, namaBerkas: `jp-${d.tahun}.xlsx` };
}
