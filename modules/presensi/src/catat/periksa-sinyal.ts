import { jarakMeter, kecepatanKmJam } from '../aturan.ts';
import { ATURAN_SINYAL } from './aturan-sinyal.ts';
import type { JenisSinyal } from '../label-presensi.ts';

export interface Sinyal {
  jenis: JenisSinyal;
  /** The evidence a reviewer reads (numbers and names, shown by the review page). */
  bukti: Record<string, unknown>;
}

export interface DataSinyal {
  pegawaiId: number;
  lat: number;
  lon: number;
  waktu: Date;
  akurasi: number | null;
  lokasiPalsu: boolean | null;
  perangkatTerikat: boolean;
  sidik: string;
  keteranganPerangkat: string | null;
  luring: boolean;
  selisihTidakWajar: boolean;
  selisihMenit: number | null;
  waktuPerangkat: Date | null;
  terima: Date;
  /** Other people who used the same coordinates within the window (read with the check-in's data). */
  koordinatSama: readonly { nip: string, nama: string }[];
  /** The same person's previous located check-in. */
  sebelum: { lat: number, lon: number, waktu: Date } | null;
}

/**
 * The fraud signals of one check-in before it is stored (RULES.md §8: reported accuracy, mock
 * location, a device not bound to the account, the same coordinates used by several people,
 * impossible travel, an implausible offline gap). Each carries its evidence; none decides. Pure:
 * the other people's coordinates and the previous point come read (baca-presensi.ts).
 */
export function periksaSinyal(d: DataSinyal): Sinyal[] {
  const A = ATURAN_SINYAL;
  const hasil: Sinyal[] = [];
  if (d.akurasi !== null && d.akurasi > A.akurasiMaksMeter) hasil.push({ jenis: 'akurasi_rendah', bukti: { akurasiMeter: Math.round(d.akurasi), batasMeter: A.akurasiMaksMeter } });
  if (d.lokasiPalsu) hasil.push({ jenis: 'lokasi_palsu', bukti: { keterangan: 'peramban/perangkat melaporkan lokasi simulasi' } });
  if (!d.perangkatTerikat) hasil.push({ jenis: 'perangkat_lain', bukti: { perangkat: d.keteranganPerangkat ?? 'tidak diketahui', sidik: d.sidik.slice(0, 12) } });
  if (d.luring && d.selisihTidakWajar) {
    hasil.push({ jenis: 'selisih_waktu',
      bukti: { waktuPerangkat: d.waktuPerangkat?.toISOString() ?? null, waktuTerima: d.terima.toISOString(), selisihMenit: d.selisihMenit, batasJam: A.luringSelisihMaksJam } });
  }

  // The same coordinates (stored to 6 decimals) used by other people within the window.
  const sama = d.koordinatSama;
  if (sama.length + 1 >= A.koordinatSamaMinOrang) {
    hasil.push({ jenis: 'koordinat_sama',
      bukti: { lat: d.lat, lon: d.lon, jumlahOrang: sama.length + 1, jendelaHari: A.koordinatSamaJendelaHari, pegawaiLain: sama.slice(0, 20) } });
  }

  // Travel from the previous located check-in of the same person.
  if (d.sebelum) {
    const dari = d.sebelum;
    const jarak = jarakMeter(dari, d);
    const kecepatan = kecepatanKmJam(dari, { lat: d.lat, lon: d.lon, waktu: d.waktu });
    if (jarak >= A.kecepatanMinJarakMeter && kecepatan > A.kecepatanMaksKmJam) {
      hasil.push({ jenis: 'kecepatan_mustahil',
        bukti: { dari: { lat: dari.lat, lon: dari.lon, waktu: dari.waktu.toISOString() }, ke: { lat: d.lat, lon: d.lon, waktu: d.waktu.toISOString() },
          jarakMeter: Math.round(jarak), menit: Math.round((d.waktu.getTime() - dari.waktu.getTime()) / 60_000),
          kecepatanKmJam: Number.isFinite(kecepatan) ? Math.round(kecepatan) : null, batasKmJam: A.kecepatanMaksKmJam } });
    }
  }
  return hasil;
}
