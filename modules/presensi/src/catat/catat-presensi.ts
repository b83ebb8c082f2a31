import { singkatanZona, waktuSetempat } from '@simasn/domain';
import { dalamLingkup, lingkup, terlarang, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { cekGeofence, nilaiScan } from '../aturan.ts';
import { ATURAN_SINYAL, bulatKoordinat } from './aturan-sinyal.ts';
import { bacaDataPresensi } from './baca-presensi.ts';
import { type JenisSinyal, LABEL_SINYAL } from '../label-presensi.ts';
import { type HasilPresensi, skemaCatatPresensi } from './catat.types.ts';
import { periksaSinyal } from './periksa-sinyal.ts';
import { susunHasil } from './susun-hasil.ts';
import { tulisPresensi } from './tulis-presensi.ts';

export { skemaCatatPresensi };

/**
 * The caller's own check-in or check-out from the phone (POST /api/presensi). The server decides:
 * the time is its clock (an offline check-in keeps the device's time, recorded as such, and goes to
 * review when the gap is implausible); the place is checked by haversine against the points of the
 * employee's unit and the units above it, or a temporary point of an approved assignment. The
 * answer (on time, TL/PSW with minutes, outside the radius with the distance) is stored with the
 * record: a repeated tap or a resend with the same `kunci` returns it and writes nothing.
 * Fraud signals are computed here and queued for review; they change nothing by themselves.
 *
 * The morning peak (issue 11, performance): what a check-in is judged on is read first, outside
 * any transaction, together with the other check-ins arriving at the same moment
 * (baca-presensi.ts); the record, its signals and its audit entry are then written by the
 * group-commit writer (tulis-presensi.ts), many check-ins per transaction, and the answer comes
 * only after that commit.
 */
export async function catatPresensi(ctx: Konteks, masukan: unknown, opsi: { sumber?: 'ponsel' } = {}): Promise<HasilPresensi> {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'presensi:catat');
  if (p.pegawaiId === null) throw terlarang('Akun ini tidak terhubung dengan data pegawai, jadi tidak dapat melakukan presensi.');
  const pegawaiId = p.pegawaiId;
  const f = uraikan(skemaCatatPresensi, masukan, 'Data presensi belum benar.');

  const terima = ctx.sekarang();
  const perangkatWaktu = f.waktuPerangkat ? new Date(f.waktuPerangkat) : null;
  let waktu = terima;
  let selisihTidakWajar = false;
  let selisihMenit: number | null = null;
  if (f.luring && perangkatWaktu) {
    selisihMenit = Math.round((terima.getTime() - perangkatWaktu.getTime()) / 60_000);
    selisihTidakWajar = selisihMenit < -ATURAN_SINYAL.luringMajuMaksMenit || selisihMenit > ATURAN_SINYAL.luringSelisihMaksJam * 60;
    // A device clock ahead of the server never moves a check-in into the future.
    waktu = perangkatWaktu.getTime() > terima.getTime() ? terima : perangkatWaktu;
  }
  const setempat = waktuSetempat(waktu, ctx.zona);
  const tanggal = setempat.tanggal;
  const jam = `${String(setempat.jam).padStart(2, '0')}:${String(setempat.menit).padStart(2, '0')}`;
  const lat = bulatKoordinat(f.lat);
  const lon = bulatKoordinat(f.lon);

  const d = await bacaDataPresensi(ctx.db, { instansiId: ctx.instansiId, pegawaiId, jenis: f.jenis, kunci: f.kunci, tanggal, waktu, lat, lon });
  if (d.ada) return d.ada;
  // Read by the caller's own employee id; the reach (own record) is checked on the row read.
  if (!d.pegawai || !d.jadwal || !dalamLingkup(l, d.pegawai)) throw terlarang('Data pegawai Anda tidak ditemukan.');

  // The points of the employee's unit and of every unit above it, then any assignment point.
  const penugasan = d.penugasan.map((t, i) => ({ id: -1 - i, nama: t.jenis, lat: t.lat, lon: t.lon, radiusMeter: t.radiusMeter, jenis: t.jenis }));
  const g = cekGeofence({ lat, lon }, [...d.kantor, ...penugasan].map((t) => ({ lat: t.lat, lon: t.lon, radiusMeter: t.radiusMeter, nama: t.nama, baris: t })));
  const { jadwal, aturan } = d.jadwal;
  // A check-out is judged with the day's first counted check-in (make-up time for a short lateness).
  const masukHariIni = f.jenis === 'pulang' && g.diDalam && jadwal.hariKerja ? d.masukHariIni : null;
  const nilai = g.diDalam && jadwal.hariKerja ? nilaiScan(aturan, jadwal, f.jenis, jam, masukHariIni) : null;

  // Devices: the first one binds itself (at the write); another is recorded, flagged, and may be requested.
  const aktif = d.perangkat.find((x) => x.status === 'aktif');
  const perangkat = !d.perangkat.length ? { ikat: { sidik: f.perangkat, keterangan: f.keteranganPerangkat ?? null } } : aktif?.sidik === f.perangkat ? { id: aktif.id } : null;
  const titik = g.titikTerdekat?.baris ?? null;
  const susun = (perangkatTerikat: boolean) => {
    const sinyal = periksaSinyal({ pegawaiId, lat, lon, waktu, akurasi: f.akurasi ?? null, lokasiPalsu: f.lokasiPalsu ?? null, perangkatTerikat, sidik: f.perangkat,
      keteranganPerangkat: f.keteranganPerangkat ?? null, luring: f.luring, selisihTidakWajar, selisihMenit, waktuPerangkat: perangkatWaktu, terima, koordinatSama: d.koordinatSama,
      sebelum: d.sebelum });
    const hasil = susunHasil({ jenis: f.jenis, tanggal, waktu, jam, zona: singkatanZona(ctx.zona), luring: f.luring, diDalam: g.diDalam, jarakMeter: g.jarakMeter, titik, jadwal,
      nilai, sinyal: sinyal.map((s) => LABEL_SINYAL[s.jenis]), perangkatTerikat, selisihMenit: f.luring && perangkatWaktu ? selisihMenit : null, selisihTidakWajar });
    return { hasil, sinyal };
  };

  return tulisPresensi(ctx.db, { ctx, pegawaiId, kunci: f.kunci, tanggal, jenis: f.jenis, sumber: opsi.sumber ?? 'ponsel', luring: f.luring, waktu, terima,
    waktuPerangkat: perangkatWaktu, lat, lon, akurasi: f.akurasi ?? null, lokasiPalsu: f.lokasiPalsu ?? null, titikId: titik && titik.id > 0 ? titik.id : null,
    titikPenugasan: titik?.jenis ?? null, diDalam: g.diDalam, dicatatOleh: p.sistem ? null : p.akunId,
    swafoto: f.swafoto ? { jenisMime: f.swafoto.jenisMime, data: f.swafoto.data, kedaluwarsa: new Date(terima.getTime() + ATURAN_SINYAL.retensiSwafotoHari * 86_400_000) } : null,
    perangkat, susun });
}

export type { JenisSinyal };
