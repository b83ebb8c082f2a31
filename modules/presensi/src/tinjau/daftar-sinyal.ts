import { sql, type Sql } from '@simasn/db';
import { halamanSql, lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Konteks } from '@simasn/platform';
import { type JenisSinyal, LABEL_SINYAL, type StatusSinyal } from '../label-presensi.ts';
import { skemaDaftarSinyal, type SinyalPresensi } from './tinjau.types.ts';
import { uraianSinyal } from './uraian-sinyal.ts';

export { skemaDaftarSinyal };

interface Baris {
  id: number;
  jenis: JenisSinyal;
  bukti: Record<string, unknown>;
  status: StatusSinyal;
  catatan: string | null;
  dibuat_pada: Date;
  diputuskan_pada: Date | null;
  versi: number;
  nip: string;
  nama: string;
  unit: string | null;
  presensi_id: number;
  jenis_presensi: 'masuk' | 'pulang';
  tanggal: string;
  waktu: Date;
  waktu_terima: Date;
  waktu_perangkat: Date | null;
  luring: boolean;
  lat: number | null;
  lon: number | null;
  akurasi_meter: number | null;
  di_dalam: boolean;
  jarak_meter: number | null;
  ada_swafoto: boolean;
}

/** The query of the queue, shared by the list and its export: reach, filters and search inside it. */
export async function kueriSinyal(ctx: Konteks, f: ReturnType<typeof skemaDaftarSinyal.parse>): Promise<{ dari: Sql, syarat: Sql }> {
  const l = lingkup(ctx, 'presensi:kelola');
  const cari = f.q ? sql`(p.nama ilike ${`%${f.q}%`} or p.nip like ${`${f.q.replace(/\s/g, '')}%`})` : sql`true`;
  const syarat = sql`s.instansi_id = ${ctx.instansiId} and ${syaratLingkup(l, 'p')} and ${f.status === 'semua' ? sql`true` : sql`s.status = ${f.status}`}
    and ${f.jenis ? sql`s.jenis = ${f.jenis}` : sql`true`} and ${await syaratSubtreeUnit(ctx, f.unitId, 'p')}
    and ${f.dari ? sql`r.tanggal >= ${f.dari}` : sql`true`} and ${f.sampai ? sql`r.tanggal <= ${f.sampai}` : sql`true`} and ${cari}`;
  const dari = sql`from sinyal_presensi s join presensi r on r.instansi_id = s.instansi_id and r.id = s.presensi_id
                   join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
                   left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id`;
  return { dari, syarat };
}

export function keSinyal(ctx: Konteks, b: Baris): SinyalPresensi {
  return { id: Number(b.id), jenis: b.jenis, label: LABEL_SINYAL[b.jenis], uraian: uraianSinyal(b.jenis, b.bukti, ctx.zona),
    pegawaiLain: b.jenis === 'koordinat_sama' ? ((b.bukti.pegawaiLain as { nip: string, nama: string }[] | undefined) ?? []) : [], status: b.status, catatan: b.catatan,
    dibuatPada: b.dibuat_pada, diputuskanPada: b.diputuskan_pada, versi: b.versi, pegawai: { nip: b.nip, nama: b.nama, unit: b.unit },
    presensi: { id: Number(b.presensi_id), jenis: b.jenis_presensi, tanggal: String(b.tanggal).slice(0, 10), waktu: b.waktu, waktuTerima: b.waktu_terima,
      waktuPerangkat: b.waktu_perangkat, luring: b.luring, lat: b.lat === null ? null : Number(b.lat), lon: b.lon === null ? null : Number(b.lon),
      akurasiMeter: b.akurasi_meter === null ? null : Number(b.akurasi_meter), diDalam: b.di_dalam, jarakMeter: b.jarak_meter, adaSwafoto: b.ada_swafoto } };
}

export const KOLOM_SINYAL = sql`s.id::int as id, s.jenis, s.bukti, s.status, s.catatan, s.dibuat_pada, s.diputuskan_pada, s.versi, p.nip, p.nama, u.nama as unit,
  r.id::int as presensi_id, r.jenis as jenis_presensi, r.tanggal::text as tanggal, r.waktu, r.waktu_terima, r.waktu_perangkat, r.luring, r.lat, r.lon, r.akurasi_meter,
  r.di_dalam, r.jarak_meter, exists (select 1 from swafoto_presensi f where f.instansi_id = r.instansi_id and f.presensi_id = r.id) as ada_swafoto`;

/**
 * The review queue for admin OPD (its units) and admin BKD: fraud signals with their evidence,
 * newest first, searchable by name/NIP, filtered by status, kind, unit and dates, paged.
 */
export async function daftarSinyal(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarSinyal, masukan);
  const q = await kueriSinyal(ctx, f);
  const h = await halamanSql<Baris, 'waktu' | 'nama' | 'jenis'>(ctx, f, { kolom: KOLOM_SINYAL, dari: q.dari, syarat: q.syarat,
    urut: { waktu: sql`r.waktu`, nama: sql`p.nama`, jenis: sql`s.jenis` }, bawaan: 'waktu', arahBawaan: 'turun', pemutus: sql`s.id` });
  return { ...h, items: h.items.map((b) => keSinyal(ctx, b)) };
}
