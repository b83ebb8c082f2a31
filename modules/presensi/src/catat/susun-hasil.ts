import { formatAngka, type JadwalHari, keJam, menitJam, tulisJam } from '@simasn/domain';
import type { NilaiScan } from '../aturan.ts';
import type { JenisPresensi } from '../label-presensi.ts';
import type { HasilPresensi } from './catat.types.ts';

export interface DataHasil {
  jenis: JenisPresensi;
  tanggal: string;
  waktu: Date;
  /** Local `HH:MM`. */
  jam: string;
  /** WIB, WITA or WIT. */
  zona: string;
  luring: boolean;
  diDalam: boolean;
  jarakMeter: number | null;
  titik: { nama: string, radiusMeter: number } | null;
  jadwal: JadwalHari;
  nilai: NilaiScan | null;
  /** Labels of the signals raised. */
  sinyal: string[];
  perangkatTerikat: boolean;
  /** Minutes between the tap and the server's receipt, for an offline check-in. */
  selisihMenit: number | null;
  selisihTidakWajar: boolean;
}

/**
 * The answer of a check-in, pure: the figures and one Indonesian message (on time, TL/PSW with
 * minutes, outside the radius with the distance, offline, device, review). Stored with the record
 * so that every resend of the same key gets it unchanged; the demo builds its history with it.
 */
export function susunHasil(d: DataHasil): Omit<HasilPresensi, 'id'> {
  const jamTampil = d.jam.replace(':', '.');
  const kata = d.jenis;
  const bagian: string[] = [];
  const { titik, jadwal, nilai } = d;
  if (!titik) bagian.push(`Belum ada titik presensi untuk unit Anda; presensi ${kata} pukul ${jamTampil} ${d.zona} tidak dapat dihitung. Hubungi admin OPD.`);
  else if (!d.diDalam) {
    bagian.push(
      `Di luar radius: Anda berjarak ${formatAngka(Math.round(d.jarakMeter ?? 0))} m dari ${titik.nama} (radius ${formatAngka(titik.radiusMeter)} m). ` +
        `Presensi ${kata} pukul ${jamTampil} ${d.zona} tidak dihitung; mendekatlah ke titik presensi lalu coba lagi.`,
    );
  } else if (!jadwal.hariKerja || !nilai) {
    bagian.push(`Presensi ${kata} tercatat pukul ${jamTampil} ${d.zona} di ${titik.nama}. Hari ini bukan hari kerja (${jadwal.alasan ?? 'libur'}).`);
  } else {
    const hasilWaktu = nilai.kode === 'tepat'
      ? (nilai.gantiWaktu ? 'tepat waktu, keterlambatan pagi ini diganti dengan pulang lebih lama' : 'tepat waktu')
      : d.jenis === 'masuk'
      ? `terlambat ${formatAngka(nilai.menit)} menit (${nilai.kode})`
      : `pulang sebelum waktunya ${formatAngka(nilai.menit)} menit (${nilai.kode})`;
    bagian.push(`Presensi ${kata} tercatat pukul ${jamTampil} ${d.zona} di ${titik.nama}: ${hasilWaktu}. Jadwal ${tulisJam(jadwal.masuk!)}-${tulisJam(jadwal.pulang!)}.`);
    if (nilai.dapatDiganti) {
      bagian.push(`Keterlambatan ini tidak dihitung bila Anda pulang paling cepat pukul ${tulisJam(keJam((menitJam(jadwal.pulang!) + nilai.menit) % 1440))}.`);
    }
  }
  if (d.luring && d.selisihMenit !== null) {
    bagian.push(`Dibuat tanpa sinyal pukul ${jamTampil} dan diterima server ${formatAngka(Math.max(0, d.selisihMenit))} menit kemudian.`);
  }
  if (d.selisihTidakWajar) bagian.push('Selisih waktu perangkat dan server tidak wajar; presensi ini akan ditinjau admin.');
  if (!d.perangkatTerikat) bagian.push('Perangkat ini belum terikat ke akun Anda; presensi ini akan ditinjau admin. Ajukan penggantian perangkat bila Anda berganti ponsel.');
  return { jenis: d.jenis, tanggal: d.tanggal, waktu: d.waktu.toISOString(), jam: jamTampil, zona: d.zona, luring: d.luring, diDalam: d.diDalam,
    jarakMeter: d.jarakMeter === null ? null : Math.round(d.jarakMeter), titik: titik ? { nama: titik.nama, radiusMeter: titik.radiusMeter } : null, hariKerja: jadwal.hariKerja,
    kode: nilai?.kode ?? null, menit: nilai?.menit ?? 0, pesan: bagian.join(' '), sinyal: d.sinyal, perluTinjau: d.sinyal.length > 0, perangkatTerikat: d.perangkatTerikat };
}
