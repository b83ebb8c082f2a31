import { formatAngka, formatWaktuSetempat, type ZonaWaktu } from '@simasn/domain';
import type { JenisSinyal } from '../label-presensi.ts';

const koordinat = (lat: unknown, lon: unknown) => `${formatAngka(Number(lat), 6)}, ${formatAngka(Number(lon), 6)}`;
const waktu = (iso: unknown, zona: ZonaWaktu) => (typeof iso === 'string' ? formatWaktuSetempat(new Date(iso), zona) : '-');

/** The evidence of a signal as one Indonesian sentence for the reviewer and the export. */
export function uraianSinyal(jenis: JenisSinyal, b: Record<string, unknown>, zona: ZonaWaktu): string {
  switch (jenis) {
    case 'akurasi_rendah':
      return `Perangkat melaporkan akurasi ${formatAngka(Number(b.akurasiMeter))} m (batas ${formatAngka(Number(b.batasMeter))} m).`;
    case 'lokasi_palsu':
      return 'Peramban atau perangkat melaporkan bahwa lokasinya disimulasikan (mock location).';
    case 'perangkat_lain':
      return `Presensi dari perangkat yang belum terikat ke akun (${String(b.perangkat ?? 'tidak diketahui')}).`;
    case 'koordinat_sama':
      return `Koordinat ${koordinat(b.lat, b.lon)} yang sama persis dipakai ${formatAngka(Number(b.jumlahOrang))} orang dalam ${formatAngka(Number(b.jendelaHari))} hari terakhir.`;
    case 'kecepatan_mustahil': {
      const dari = b.dari as { waktu?: string } | undefined;
      const kec = b.kecepatanKmJam === null ? 'seketika' : `${formatAngka(Number(b.kecepatanKmJam))} km/jam`;
      return `Berpindah ${formatAngka(Number(b.jarakMeter) / 1000, 1)} km dalam ${formatAngka(Number(b.menit))} menit (${kec}; batas ${
        formatAngka(Number(b.batasKmJam))
      } km/jam) sejak presensi ${waktu(dari?.waktu, zona)}.`;
    }
    case 'selisih_waktu':
      return `Presensi luring dibuat di perangkat ${waktu(b.waktuPerangkat, zona)} dan diterima server ${waktu(b.waktuTerima, zona)} (selisih ${
        formatAngka(Number(b.selisihMenit))
      } menit; batas ${formatAngka(Number(b.batasJam))} jam).`;
  }
}
