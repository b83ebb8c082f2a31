import { sql } from '@simasn/db';
import { halamanSql, lingkup, syaratLingkup, uraikan, type Konteks } from '@simasn/platform';
import { skemaDaftarPerangkat } from './perangkat.types.ts';

export { skemaDaftarPerangkat };

interface Baris {
  id: number;
  status: 'aktif' | 'menunggu' | 'ditolak' | 'dicabut';
  keterangan: string | null;
  alasan: string | null;
  catatan: string | null;
  diminta_pada: Date;
  diputuskan_pada: Date | null;
  versi: number;
  nip: string;
  nama: string;
  unit: string | null;
}

/** Devices and binding requests of the employees the caller reaches (admin OPD: its units), waiting ones first by default. */
export async function daftarPerangkat(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarPerangkat, masukan);
  const l = lingkup(ctx, 'presensi:kelola');
  const cari = f.q ? sql`(p.nama ilike ${`%${f.q}%`} or p.nip like ${`${f.q.replace(/\s/g, '')}%`})` : sql`true`;
  const status = f.status === 'semua' ? sql`true` : sql`d.status = ${f.status}`;
  const h = await halamanSql<Baris, 'diminta' | 'nama'>(ctx, f, {
    kolom: sql`d.id::int as id, d.status, d.keterangan, d.alasan, d.catatan, d.diminta_pada, d.diputuskan_pada, d.versi, p.nip, p.nama, u.nama as unit`,
    dari: sql`from perangkat_presensi d join pegawai p on p.instansi_id = d.instansi_id and p.id = d.pegawai_id
              left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id`,
    syarat: sql`d.instansi_id = ${ctx.instansiId} and ${syaratLingkup(l, 'p')} and ${status} and ${cari}`,
    urut: { diminta: sql`d.diminta_pada`, nama: sql`p.nama` },
    bawaan: 'diminta',
    pemutus: sql`d.id`,
  });
  return { ...h,
    items: h.items.map((b) => ({ id: b.id, status: b.status, keterangan: b.keterangan, alasan: b.alasan, catatan: b.catatan, dimintaPada: b.diminta_pada,
      diputuskanPada: b.diputuskan_pada, versi: b.versi, pegawai: { nip: b.nip, nama: b.nama, unit: b.unit } })
    ) };
}
