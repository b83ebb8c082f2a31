import { formatTanggal } from '@simasn/domain';
import { catatAuditBanyak, denganDb, uraikan, type Konteks } from '@simasn/platform';
import { buatUsulanSelesaiMassal, catatJejakBanyak, gabungDataUsulanMassal } from '@simasn/platform/alur';
import { beriNotifikasiBanyak } from '@simasn/platform/notifikasi';
import { awalBulanKgb } from './daftar-kgb-bulanan.ts';
import { skemaKonfirmasiKgb } from './kgb.types.ts';
import { barisKgbSiapTerbit, pesanKgbTerbit, tulisRiwayatGajiKgb } from './tulis-kgb.ts';
import { LAYANAN_KGB } from './definisi-kgb.ts';

export { skemaKonfirmasiKgb } from './kgb.types.ts';

/**
 * Bulk confirmation of the month's KGB (one action for many employees). All or nothing, in one
 * transaction and set-based: every chosen employee is recomputed from the records and must be
 * due, unblocked and free of a running KGB request (that one is decided on its own); each gets a
 * KGB request created already approved with its timeline, the new riwayat gaji with a numbered surat KGB,
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
    const penetapan = LAYANAN_KGB.langkah.find((l) => l.kode === LAYANAN_KGB.kode.penetapan)!;
    const peran = p.sistem ? 'sistem' : (p.peran.find((r) => penetapan.peran.includes(r.peran))?.peran ?? null);
    const data = (b: (typeof baris)[number]) => ({ bulan: awal.slice(0, 7), tmt: b.tmtKgb, golongan: b.golongan, gajiPokokLama: b.gajiPokokLama, gajiPokokBaru: b.gajiPokokBaru,
      mkgTahun: b.mkgBaruTahun, mkgBulan: b.mkgBaruBulan, aturanGaji: b.aturanGaji });
    // Every row is free of a running request (barisKgbSiapTerbit refuses those): each gets one created already approved.
    const dibuat = await buatUsulanSelesaiMassal(c, LAYANAN_KGB.jenis, LAYANAN_KGB.kode.penetapan, baris.map((b) => ({ pegawaiId: b.pegawaiId, data: data(b) })));
    const usulanId = new Map<number, number>(dibuat.map((u) => [u.pegawaiId, u.id]));
    const tertulis = await tulisRiwayatGajiKgb(c, baris, usulanId);
    const nomor = new Map(tertulis.map((t) => [t.pegawaiId, t]));
    await gabungDataUsulanMassal(c, tertulis.map((t) => ({ id: usulanId.get(t.pegawaiId)!, data: { nomorSurat: t.nomorSurat, riwayatGajiId: t.riwayatGajiId } })));
    await catatJejakBanyak(c, peran, [
      ...dibuat.map((u) => ({ usulanId: u.id, aksi: 'ajukan', dari: null, ke: LAYANAN_KGB.kode.penetapan, status: 'diproses', catatan: `Daftar KGB bulan ${namaBulan}` })),
      ...dibuat.map((u) => ({ usulanId: u.id, aksi: 'setujui', dari: LAYANAN_KGB.kode.penetapan, ke: LAYANAN_KGB.kode.penetapan, status: 'selesai',
        catatan: `Surat KGB nomor ${nomor.get(u.pegawaiId)!.nomorSurat}` })
      ),
    ]);
    await catatAuditBanyak(c, baris.map((b) => {
      const t = nomor.get(b.pegawaiId)!;
      return { aksi: 'kgb.terbit', entitas: 'riwayat_gaji', entitasId: t.riwayatGajiId, pegawaiId: b.pegawaiId,
        sesudah: { usulanId: usulanId.get(b.pegawaiId), tmt: b.tmtKgb, golongan: b.golongan, mkgTahun: b.mkgBaruTahun, mkgBulan: b.mkgBaruBulan, gajiPokokLama: b.gajiPokokLama,
          gajiPokokBaru: b.gajiPokokBaru, aturanGaji: b.aturanGaji, nomorSurat: t.nomorSurat }, keterangan: `konfirmasi KGB bulan ${namaBulan}` };
    }));
    await beriNotifikasiBanyak(c,
      baris.map((b) => ({ pegawaiId: b.pegawaiId, ...pesanKgbTerbit(b, nomor.get(b.pegawaiId)!), tautan: '/layanan-saya', usulanId: usulanId.get(b.pegawaiId) ?? null })));
    return { bulan: awal.slice(0, 7), jumlah: baris.length,
      terbit: baris.map((b) => ({ nip: b.nip, nama: b.nama, tmt: b.tmtKgb, gajiPokokBaru: b.gajiPokokBaru, ...nomor.get(b.pegawaiId)!, usulanId: usulanId.get(b.pegawaiId)! })) };
  });
}
