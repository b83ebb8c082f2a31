import { empty, sql } from '@simasn/db';
import { formatAngka, labelGolongan, namaLengkap } from '@simasn/domain';
import { GalatAplikasi, punyaIzin, tidakDitemukan, wajibMasuk, type Izin, type Konteks } from '@simasn/platform';
import { syaratSkp } from '../akses.ts';
import { LABEL_STATUS_SKP, labelPeriode, type StatusSkp } from '../aturan-kinerja.ts';
import { PERILAKU } from '../perilaku.ts';
import type { z } from '@simasn/kontrak';
import type { skemaSkp } from './skp.types.ts';
import { KOLOM_PENILAIAN, tampilPenilaian, type BarisPenilaian } from '../penilaian/penilaian.ts';
import { aktivitasPerRhk, ringkasAktivitas } from '../pelaksanaan/aktivitas-rhk.ts';

export type Skp = z.output<typeof skemaSkp>;

export interface BarisSkp {
  id: number;
  seriId: number;
  nomorVersi: number;
  pegawaiId: number;
  tahun: number;
  jabatanId: number | null;
  unitId: number | null;
  penilaiPegawaiId: number | null;
  penilaiNama: string | null;
  penilaiJabatan: string | null;
  status: StatusSkp;
  alasanRevisi: string | null;
  catatanKembali: string | null;
  diajukanPada: Date | null;
  disetujuiPada: Date | null;
  versi: number;
}

export const KOLOM_SKP = sql`s.id, s.seri_id as "seriId", s.nomor_versi as "nomorVersi", s.pegawai_id as "pegawaiId", s.tahun, s.jabatan_id as "jabatanId",
  s.unit_id as "unitId", s.penilai_pegawai_id as "penilaiPegawaiId", s.penilai_nama as "penilaiNama", s.penilai_jabatan as "penilaiJabatan", s.status,
  s.alasan_revisi as "alasanRevisi", s.catatan_kembali as "catatanKembali", s.diajukan_pada as "diajukanPada", s.disetujui_pada as "disetujuiPada", s.versi`;

/** One SKP version inside the caller's reach for `izin` (alias s, its pegawai p), or 404. `kunci` locks it for a write. */
export async function skpDalamLingkup(ctx: Konteks, id: number, izin: Izin = 'kinerja:baca', kunci = false): Promise<BarisSkp> {
  const s = await ctx.db.maybeOne<BarisSkp>(sql`
    select ${KOLOM_SKP} from skp s join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
     where s.instansi_id = ${ctx.instansiId} and s.id = ${id} and ${syaratSkp(ctx, izin)} ${kunci ? sql`for update of s` : empty}`);
  if (!s) throw tidakDitemukan(`SKP nomor ${id} tidak ditemukan.`);
  return s;
}

export const sudahDiubah = (ada?: number, diminta?: number) =>
  new GalatAplikasi(409, 'versi_basi',
    `SKP ini sudah diubah orang lain${ada !== undefined && diminta !== undefined ? ` (versi ${ada}, Anda mengubah versi ${diminta})` : ''}. Muat ulang lalu ulangi.`);

/** The caller is the SKP's pejabat penilai: the atasan langsung named in it, or the pimpinan for one the kepala daerah rates. */
export function penilaiSkp(ctx: Konteks, s: BarisSkp): boolean {
  const p = wajibMasuk(ctx);
  if (!punyaIzin(p, 'kinerja:nilai')) return false;
  if (s.penilaiPegawaiId === null) return p.peran.some((r) => r.peran === 'pimpinan');
  return p.pegawaiId === s.penilaiPegawaiId && p.peran.some((r) => r.peran === 'atasan');
}

export const pemilikSkp = (ctx: Konteks, s: BarisSkp) => wajibMasuk(ctx).pegawaiId === s.pegawaiId && punyaIzin(wajibMasuk(ctx), 'kinerja:isi');

/** A target as people read it: "12 dokumen", "10-12 laporan", "100%", or the words of a qualitative one. */
export function labelTarget(i: { pendekatan: string, targetMin: number | null, targetMaks: number | null, satuan: string | null, targetTeks: string | null }): string {
  if (i.pendekatan === 'kualitatif') return i.targetTeks ?? '';
  const f = (x: number) => formatAngka(x, Number.isInteger(x) ? 0 : 2);
  const angka = i.targetMaks !== null && i.targetMaks !== i.targetMin ? `${f(i.targetMin ?? 0)}-${f(i.targetMaks)}` : f(i.targetMin ?? 0);
  return i.satuan === '%' ? `${angka}%` : `${angka} ${i.satuan ?? ''}`.trim();
}

interface BarisOrang {
  id: number;
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jabatan: string | null;
  unit: string | null;
  golongan: string | null;
}

/** Name, jabatan, unit and golongan of employees (for the SKP's parties). */
export async function bacaOrang(ctx: Konteks, ids: number[]): Promise<Map<number, Skp['pegawai']>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db.many<BarisOrang>(sql`
    select p.id, p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", j.nama as jabatan, u.nama as unit, p.golongan_akhir as golongan
      from pegawai p left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
     where p.instansi_id = ${ctx.instansiId} and p.id = any(${ids}::bigint[])`);
  return new Map(
    rows.map((r) => [r.id, { pegawaiId: r.id, nip: r.nip, nama: namaLengkap(r), jabatan: r.jabatan ?? '', unit: r.unit, golongan: r.golongan ? labelGolongan(r.golongan) : null }]),
  );
}

/** The whole SKP version as pages show it: parties, RHK with indicators and realisasi, perilaku, versions, feedback, dialogs, and what the caller may do. */
export async function susunSkp(ctx: Konteks, s: BarisSkp): Promise<Skp> {
  const i = ctx.instansiId;
  const [rhk, indikator, perilaku, versiLain, realisasi, umpan, dialog, penilaian] = await Promise.all([
    ctx.db.many<
      { id: number, akarId: number, jenis: 'utama' | 'tambahan', uraian: string, rhkAtasanAkarId: number | null, pkId: number | null, indikatorId: number | null,
        kodePk: string | null, uraianPk: string | null }
    >(sql`
      select r.id, r.akar_id as "akarId", r.jenis, r.uraian, r.rhk_atasan_akar_id as "rhkAtasanAkarId", r.pk_id as "pkId", r.indikator_id as "indikatorId",
             ik.kode as "kodePk", ik.uraian as "uraianPk"
        from skp_rhk r left join indikator_kinerja ik on ik.instansi_id = r.instansi_id and ik.id = r.indikator_id
       where r.instansi_id = ${i} and r.skp_id = ${s.id} order by (r.jenis = 'tambahan'), r.urutan, r.id`),
    ctx.db.many<
      { id: number, rhkId: number, aspek: 'kuantitas' | 'kualitas' | 'waktu' | 'biaya', uraian: string, pendekatan: 'kuantitatif' | 'kualitatif', targetMin: number | null,
        targetMaks: number | null, satuan: string | null, targetTeks: string | null }
    >(sql`
      select x.id, x.rhk_id as "rhkId", x.aspek, x.uraian, x.pendekatan, x.target_min as "targetMin", x.target_maks as "targetMaks", x.satuan, x.target_teks as "targetTeks"
        from skp_indikator x join skp_rhk r on r.instansi_id = x.instansi_id and r.id = x.rhk_id
       where x.instansi_id = ${i} and r.skp_id = ${s.id} order by x.urutan, x.id`),
    ctx.db.many<{ kode: string, ekspektasiKhusus: string }>(sql`
      select kode, ekspektasi_khusus as "ekspektasiKhusus" from skp_perilaku where instansi_id = ${i} and skp_id = ${s.id}`),
    ctx.db.many<{ id: number, nomorVersi: number, status: StatusSkp, alasanRevisi: string | null }>(sql`
      select id, nomor_versi as "nomorVersi", status, alasan_revisi as "alasanRevisi" from skp where instansi_id = ${i} and seri_id = ${s.seriId} order by nomor_versi`),
    ctx.db.many<
      { id: number, rhkAkarId: number, periode: string, realisasi: string, nilai: number | null, buktiId: number | null, namaBukti: string | null, versi: number, diubahPada: Date }
    >(sql`
      select r.id, r.rhk_akar_id as "rhkAkarId", r.periode, r.realisasi, r.nilai, r.bukti_id as "buktiId", d.nama_berkas as "namaBukti", r.versi, r.diubah_pada as "diubahPada"
        from skp_realisasi r left join dokumen_bukti d on d.instansi_id = r.instansi_id and d.id = r.bukti_id
       where r.instansi_id = ${i} and r.skp_seri_id = ${s.seriId} order by r.periode`),
    ctx.db.many<{ id: number, rhkAkarId: number | null, perilakuKode: string | null, periode: string | null, isi: string, oleh: string | null, dibuatPada: Date }>(sql`
      select u.id, u.rhk_akar_id as "rhkAkarId", u.perilaku_kode as "perilakuKode", u.periode, u.isi, coalesce(p.nama, a.nama_tampilan) as oleh, u.dibuat_pada as "dibuatPada"
        from skp_umpan_balik u left join pegawai p on p.instansi_id = u.instansi_id and p.id = u.oleh_pegawai_id
        left join akun a on a.instansi_id = u.instansi_id and a.id = u.oleh_akun
       where u.instansi_id = ${i} and u.skp_seri_id = ${s.seriId} order by u.dibuat_pada desc, u.id desc`),
    ctx.db.many<{ id: number, tanggal: string, catatan: string, tindakLanjut: string, oleh: string | null, dibuatPada: Date }>(sql`
      select d.id, d.tanggal, d.catatan, d.tindak_lanjut as "tindakLanjut", coalesce(p.nama, a.nama_tampilan) as oleh, d.dibuat_pada as "dibuatPada"
        from skp_dialog d left join pegawai p on p.instansi_id = d.instansi_id and p.id = d.oleh_pegawai_id
        left join akun a on a.instansi_id = d.instansi_id and a.id = d.oleh_akun
       where d.instansi_id = ${i} and d.skp_seri_id = ${s.seriId} order by d.tanggal desc, d.id desc`),
    ctx.db.many<BarisPenilaian>(sql`select ${KOLOM_PENILAIAN} from skp_penilaian where instansi_id = ${i} and skp_seri_id = ${s.seriId} order by periode`),
  ]);
  const atasanAkar = [...new Set(rhk.map((r) => r.rhkAtasanAkarId).filter((x): x is number => x !== null))];
  const uraianAtasan = new Map(atasanAkar.length ?
    (await ctx.db.many<{ akarId: number, uraian: string }>(sql`
        select distinct on (akar_id) akar_id as "akarId", uraian from skp_rhk where instansi_id = ${i} and akar_id = any(${atasanAkar}::bigint[]) order by akar_id, id desc`)).map((
      r,
    ) => [r.akarId, r.uraian]) :
    []);
  const [orang, aktivitas] = await Promise.all([bacaOrang(ctx, [s.pegawaiId, ...(s.penilaiPegawaiId ? [s.penilaiPegawaiId] : [])]), aktivitasPerRhk(ctx, s)]);
  const pegawai = orang.get(s.pegawaiId)!;
  const penilai = s.penilaiPegawaiId ?
    orang.get(s.penilaiPegawaiId)! :
    { pegawaiId: null, nip: null, nama: s.penilaiNama ?? 'Kepala Daerah', jabatan: s.penilaiJabatan ?? 'Kepala Daerah', unit: null, golongan: null };
  const ekspektasi = new Map(perilaku.map((x) => [x.kode, x.ekspektasiKhusus]));
  const milik = pemilikSkp(ctx, s);
  const nilai = penilaiSkp(ctx, s);
  const berlaku = s.status === 'disetujui';
  return { id: s.id, seriId: s.seriId, nomorVersi: s.nomorVersi, tahun: s.tahun, status: s.status, labelStatus: LABEL_STATUS_SKP[s.status], versi: s.versi,
    alasanRevisi: s.alasanRevisi, catatanKembali: s.catatanKembali, diajukanPada: s.diajukanPada, disetujuiPada: s.disetujuiPada, pegawai, penilai,
    rhk: rhk.map((r) => ({ id: r.id, akarId: r.akarId, jenis: r.jenis, uraian: r.uraian, rhkAtasanAkarId: r.rhkAtasanAkarId,
      rhkAtasan: r.rhkAtasanAkarId !== null ? uraianAtasan.get(r.rhkAtasanAkarId) ?? null : null,
      dariPk: r.pkId !== null && r.indikatorId !== null ? { pkId: r.pkId, indikatorId: r.indikatorId, kode: r.kodePk ?? '', uraian: r.uraianPk ?? '' } : null,
      indikator: indikator.filter((x) => x.rhkId === r.id).map(({ rhkId: _, ...x }) => {
        const t = { ...x, targetMin: x.targetMin === null ? null : Number(x.targetMin), targetMaks: x.targetMaks === null ? null : Number(x.targetMaks) };
        return { ...t, target: labelTarget(t) };
      }),
      realisasi: realisasi.filter((x) => x.rhkAkarId === r.akarId).map((x) => ({ ...x, periode: x.periode as 'tahunan', labelPeriode: labelPeriode(x.periode),
        nilai: x.nilai === null ? null : Number(x.nilai) })
      ), aktivitas: aktivitas.get(r.akarId) ?? [], ringkasAktivitas: ringkasAktivitas(aktivitas.get(r.akarId) ?? []) })
    ), perilaku: PERILAKU.map((x) => ({ kode: x.kode, label: x.label, uraian: [...x.uraian], ekspektasiKhusus: ekspektasi.get(x.kode) ?? null })),
    versiLain: versiLain.map((v) => ({ ...v, labelStatus: LABEL_STATUS_SKP[v.status] })),
    umpanBalik: umpan.map((u) => ({ ...u, oleh: u.oleh ?? '', labelPeriode: u.periode ? labelPeriode(u.periode) : null })),
    dialog: dialog.map((d) => ({ ...d, oleh: d.oleh ?? '' })), penilaian: penilaian.filter((x) => x.status === 'final' || nilai).map(tampilPenilaian),
    boleh: { ubah: milik && s.status === 'draf', ajukan: milik && s.status === 'draf' && rhk.some((r) => r.jenis === 'utama'), setujui: nilai && s.status === 'diajukan',
      ekspektasi: nilai && (s.status === 'draf' || s.status === 'diajukan'), revisi: milik && berlaku && versiLain.every((v) => v.status !== 'draf' && v.status !== 'diajukan'),
      realisasi: milik && berlaku, umpanBalik: nilai && (berlaku || s.status === 'diganti'), nilai: nilai && berlaku } };
}
