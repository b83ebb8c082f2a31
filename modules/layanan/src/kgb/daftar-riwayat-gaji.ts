import { sql } from '@simasn/db';
import { bersihkanNip } from '@simasn/domain';
import { lingkup, punyaIzin, syaratLingkup, tidakDitemukan, wajibMasuk, type Konteks } from '@simasn/platform';
import { JENIS_KP_LAYANAN } from '../kenaikan-pangkat/dokumen-kp.ts';

import type { BarisRiwayatGaji, SuratGaji } from './kgb.types.ts';

export { skemaRiwayatGaji, type BarisRiwayatGaji, type SuratGaji } from './kgb.types.ts';

/**
 * One employee's riwayat gaji (read-only: written by the KGB and the kenaikan pangkat on its TMT),
 * newest first, for the profile. Reached like the other riwayat (pegawai:baca, inside the query;
 * outside the reach: 404). The letter link is offered only where the caller may also read the
 * employee's services (layanan:baca), the permission the letter downloads ask for.
 */
export async function daftarRiwayatGaji(ctx: Konteks, nip: string): Promise<BarisRiwayatGaji[]> {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'pegawai:baca');
  const bolehSurat = punyaIzin(p, 'layanan:baca') ? syaratLingkup(lingkup(ctx, 'layanan:baca')) : sql`false`;
  const pegawai = await ctx.db.maybeOne<{ id: number, bolehSurat: boolean }>(sql`
    select p.id, ${bolehSurat} as "bolehSurat" from pegawai p
     where p.instansi_id = ${ctx.instansiId} and p.nip = ${bersihkanNip(nip)} and ${syaratLingkup(l)}`);
  if (!pegawai) throw tidakDitemukan('Pegawai tidak ditemukan.');
  const rows = await ctx.db.many<Omit<BarisRiwayatGaji, 'surat'> & { usulanId: number | null, adaSk: boolean }>(sql`
    select g.id, g.jenis, g.golongan, g.tmt, g.mk_tahun as "mkTahun", g.mk_bulan as "mkBulan", g.gaji_pokok as "gajiPokok",
           g.gaji_pokok_lama as "gajiPokokLama", g.aturan_gaji as "aturanGaji", g.nomor_surat as "nomorSurat", g.tanggal_surat as "tanggalSurat",
           g.usulan_id as "usulanId", coalesce(u.jenis = ${JENIS_KP_LAYANAN} and u.data->>'skBerkasId' is not null, false) as "adaSk"
      from riwayat_gaji g
      left join usulan_layanan u on u.instansi_id = g.instansi_id and u.id = g.usulan_id
     where g.instansi_id = ${ctx.instansiId} and g.pegawai_id = ${pegawai.id}
     order by g.tmt desc, g.id desc`);
  return rows.map(({ usulanId, adaSk, ...r }) => {
    let surat: SuratGaji | null = null;
    if (pegawai.bolehSurat && r.jenis === 'kgb' && r.nomorSurat) surat = { jenis: 'kgb', id: r.id };
    else if (pegawai.bolehSurat && r.jenis === 'kenaikan_pangkat' && usulanId && adaSk) surat = { jenis: 'sk_kenaikan_pangkat', usulanId };
    return { ...r, surat };
  });
}
