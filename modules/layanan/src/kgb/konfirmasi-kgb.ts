import { sql } from '@simasn/db';
import { formatTanggal } from '@simasn/domain';
import { catatAuditBanyak, denganDb, konflik, uraikan, type Konteks } from '@simasn/platform';
import { beriNotifikasiBanyak } from '../notifikasi/beri-notifikasi.ts';
import { awalBulanKgb } from './daftar-kgb-bulanan.ts';
import { skemaKonfirmasiKgb } from './kgb.types.ts';
import { barisKgbSiapTerbit, pesanKgbTerbit, tulisRiwayatGajiKgb } from './tulis-kgb.ts';
import { LANGKAH_PENETAPAN_KGB } from './definisi-kgb.ts';

export { skemaKonfirmasiKgb } from './kgb.types.ts';

/**
 * Bulk confirmation of the month's KGB (one action for many employees). All or nothing, in one
 * transaction and set-based: every chosen employee is recomputed from the records and must be
 * due and unblocked; each gets a KGB request closed as approved (an OPD's open request is closed,
 * otherwise one is created) with its timeline, the new riwayat gaji with a numbered surat KGB,
 * an audit entry and a notification. Letters are rendered on demand from the stored data.
 */
export async function konfirmasiKgb(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaKonfirmasiKgb, masukan);
  const awal = awalBulanKgb(ctx, f.bulan);
  const namaBulan = formatTanggal(awal).replace(/^1 /, '');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const baris = await barisKgbSiapTerbit(c, awal, f.nip);
    const p = ctx.pemanggil!;
    const akun = p.sistem ? null : p.akunId;
    const peran = p.sistem ? 'sistem' : (p.peran.find((r) => LANGKAH_PENETAPAN_KGB.peran.includes(r.peran))?.peran ?? null);
    const now = ctx.sekarang();
    const data = (b: (typeof baris)[number]) => ({
      bulan: awal.slice(0, 7), tmt: b.tmtKgb, golongan: b.golongan, gajiPokokLama: b.gajiPokokLama, gajiPokokBaru: b.gajiPokokBaru,
      mkgTahun: b.mkgBaruTahun, mkgBulan: b.mkgBaruBulan, aturanGaji: b.aturanGaji,
    });
    // Open requests (submitted by an OPD) are closed; the others are created already approved.
    const ada = baris.filter((b) => b.usulanId);
    const tutup = ada.length ? await tx.many<{ id: number; pegawaiId: number; langkah: string }>(sql`
      update usulan_layanan u set status = 'selesai', langkah = ${LANGKAH_PENETAPAN_KGB.kode}, versi = u.versi + 1, tenggat = null,
             data = u.data || x.data, diubah_pada = ${now}, selesai_pada = ${now}
        from jsonb_to_recordset(${JSON.stringify(ada.map((b) => ({ id: b.usulanId, data: data(b) })))}::jsonb) as x(id bigint, data jsonb)
       where u.instansi_id = ${ctx.instansiId} and u.id = x.id and u.status in ('diproses', 'dikembalikan')
      returning u.id, u.pegawai_id as "pegawaiId", (select j.ke_langkah from jejak_usulan_layanan j where j.instansi_id = u.instansi_id and j.usulan_id = u.id order by j.id desc limit 1) as langkah`) : [];
    if (tutup.length !== ada.length) throw konflik('Sebagian usulan KGB baru saja diproses orang lain. Muat ulang daftar lalu ulangi; tidak ada yang diterbitkan.');
    const baru = baris.filter((b) => !b.usulanId);
    const dibuat = baru.length ? await tx.many<{ id: number; pegawaiId: number }>(sql`
      insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, diajukan_oleh, diajukan_pada, diubah_pada, selesai_pada, versi)
      select ${ctx.instansiId}, 'kgb', x.pegawai_id, ${LANGKAH_PENETAPAN_KGB.kode}, 'selesai', x.data, ${akun}, ${now}, ${now}, ${now}, 2
        from jsonb_to_recordset(${JSON.stringify(baru.map((b) => ({ pegawai_id: b.pegawaiId, data: data(b) })))}::jsonb) as x(pegawai_id bigint, data jsonb)
      returning id, pegawai_id as "pegawaiId"`) : [];
    const usulanId = new Map<number, number>([...tutup, ...dibuat].map((u) => [u.pegawaiId, u.id]));
    const tertulis = await tulisRiwayatGajiKgb(c, baris, usulanId);
    const nomor = new Map(tertulis.map((t) => [t.pegawaiId, t]));
    await tx.run(sql`
      update usulan_layanan u set data = u.data || jsonb_build_object('nomorSurat', x.nomor, 'riwayatGajiId', x.rg)
        from jsonb_to_recordset(${JSON.stringify(tertulis.map((t) => ({ id: usulanId.get(t.pegawaiId), nomor: t.nomorSurat, rg: t.riwayatGajiId })))}::jsonb)
          as x(id bigint, nomor text, rg bigint)
       where u.instansi_id = ${ctx.instansiId} and u.id = x.id`);
    const jejak = [
      ...dibuat.map((u) => ({ usulan_id: u.id, aksi: 'ajukan', dari: null, ke: LANGKAH_PENETAPAN_KGB.kode, status: 'diproses', catatan: `Daftar KGB bulan ${namaBulan}` })),
      ...[...tutup, ...dibuat].map((u) => ({
        usulan_id: u.id, aksi: 'setujui', dari: 'langkah' in u ? u.langkah : LANGKAH_PENETAPAN_KGB.kode, ke: LANGKAH_PENETAPAN_KGB.kode, status: 'selesai',
        catatan: `Surat KGB nomor ${nomor.get(u.pegawaiId)!.nomorSurat}`,
      })),
    ];
    await tx.run(sql`
      insert into jejak_usulan_layanan (instansi_id, usulan_id, waktu, akun_id, nama_pengguna, peran, aksi, dari_langkah, ke_langkah, status, catatan)
      select ${ctx.instansiId}, x.usulan_id, ${now}, ${akun}, ${p.namaTampilan}, ${peran}, x.aksi, x.dari, x.ke, x.status, x.catatan
        from jsonb_to_recordset(${JSON.stringify(jejak)}::jsonb) as x(usulan_id bigint, aksi text, dari text, ke text, status text, catatan text)`);
    await catatAuditBanyak(c, baris.map((b) => {
      const t = nomor.get(b.pegawaiId)!;
      return {
        aksi: 'kgb.terbit', entitas: 'riwayat_gaji', entitasId: t.riwayatGajiId, pegawaiId: b.pegawaiId,
        sesudah: { usulanId: usulanId.get(b.pegawaiId), tmt: b.tmtKgb, golongan: b.golongan, mkgTahun: b.mkgBaruTahun, mkgBulan: b.mkgBaruBulan,
          gajiPokokLama: b.gajiPokokLama, gajiPokokBaru: b.gajiPokokBaru, aturanGaji: b.aturanGaji, nomorSurat: t.nomorSurat },
        keterangan: `konfirmasi KGB bulan ${namaBulan}`,
      };
    }));
    await beriNotifikasiBanyak(c, baris.map((b) => ({
      pegawaiId: b.pegawaiId, ...pesanKgbTerbit(b, nomor.get(b.pegawaiId)!), tautan: '/layanan-saya', usulanId: usulanId.get(b.pegawaiId) ?? null,
    })));
    return {
      bulan: awal.slice(0, 7),
      jumlah: baris.length,
      terbit: baris.map((b) => ({ nip: b.nip, nama: b.nama, tmt: b.tmtKgb, gajiPokokBaru: b.gajiPokokBaru, ...nomor.get(b.pegawaiId)!, usulanId: usulanId.get(b.pegawaiId)! })),
    };
  });
}
