import { formatAngka } from '@simasn/domain';

export interface LingkaranPeta {
  lat: number;
  lon: number;
  radiusMeter: number;
  nama: string;
}

export interface PenandaPeta {
  lat: number;
  lon: number;
  /** ok: inside / on time; awas: late; luar: outside the radius; pilih: the point being edited. */
  jenis: 'ok' | 'awas' | 'luar' | 'pilih';
  label: string;
}

const M_PER_DERAJAT_LAT = 110_574;
const M_PER_DERAJAT_LON = 111_320;
const LEBAR = 640;
const TINGGI = 400;

/**
 * A map drawn by the app itself: check-in points with their radius circles and markers over a
 * plain grid, at true scale (metres), with a scale bar. No map tiles: the server has no map
 * service and phones may be offline, so the geometry is what is shown; coordinates are typed or
 * picked by clicking (`pilih`). The same points are listed as text beside it for screen readers.
 */
export function PetaTitik(
  { lingkaran, penanda = [], judul, pilih }: { lingkaran: readonly LingkaranPeta[], penanda?: readonly PenandaPeta[], judul: string, pilih?: (lat: number, lon: number) => void },
) {
  const semua = [...lingkaran.map((l) => ({ lat: l.lat, lon: l.lon, r: l.radiusMeter })), ...penanda.map((p) => ({ lat: p.lat, lon: p.lon, r: 30 }))];
  if (!semua.length) return <div className="peta-kosong">Belum ada titik untuk ditampilkan di peta.</div>;
  const lat0 = semua.reduce((s, t) => s + t.lat, 0) / semua.length;
  const kos = Math.cos((lat0 * Math.PI) / 180);
  const keMeter = (lat: number, lon: number) => ({ x: (lon - semua[0]!.lon) * M_PER_DERAJAT_LON * kos, y: (semua[0]!.lat - lat) * M_PER_DERAJAT_LAT });
  const kotak = semua.map((t) => ({ ...keMeter(t.lat, t.lon), r: t.r }));
  const minX = Math.min(...kotak.map((k) => k.x - k.r));
  const maxX = Math.max(...kotak.map((k) => k.x + k.r));
  const minY = Math.min(...kotak.map((k) => k.y - k.r));
  const maxY = Math.max(...kotak.map((k) => k.y + k.r));
  const lebarM = Math.max(maxX - minX, 200);
  const tinggiM = Math.max(maxY - minY, 200);
  const skala = Math.min((LEBAR - 40) / lebarM, (TINGGI - 60) / tinggiM);
  const pusatX = (minX + maxX) / 2;
  const pusatY = (minY + maxY) / 2;
  const px = (lat: number, lon: number) => {
    const m = keMeter(lat, lon);
    return { x: LEBAR / 2 + (m.x - pusatX) * skala, y: TINGGI / 2 - 10 + (m.y - pusatY) * skala };
  };
  // A round scale bar: the largest of 10/20/50/100/200/500 m/1/2/5/10 km under a quarter of the width.
  const batang = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000].filter((m) => m * skala <= LEBAR / 4).pop() ?? 10;
  const teksBatang = batang >= 1000 ? `${formatAngka(batang / 1000)} km` : `${formatAngka(batang)} m`;
  const klik = (e: React.MouseEvent<SVGSVGElement>) => {
    if (!pilih) return;
    const r = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * LEBAR;
    const y = ((e.clientY - r.top) / r.height) * TINGGI;
    const mx = (x - LEBAR / 2) / skala + pusatX;
    const my = (y - TINGGI / 2 + 10) / skala + pusatY;
    pilih(Math.round((semua[0]!.lat - my / M_PER_DERAJAT_LAT) * 1e6) / 1e6, Math.round((semua[0]!.lon + mx / (M_PER_DERAJAT_LON * kos)) * 1e6) / 1e6);
  };
  return (
    <figure className="peta-titik">
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: picking on the map is a pointer shortcut; the same coordinates are typed in the form's fields */}
      <svg viewBox={`0 0 ${LEBAR} ${TINGGI}`} role="img" aria-label={`${judul}: ${lingkaran.length} titik presensi, ${penanda.length} penanda`} onClick={klik}
        data-pilih={pilih ? '' : undefined}
      >
        <defs>
          <pattern id="grid-peta" width="40" height="40" patternUnits="userSpaceOnUse">
            <path d="M 40 0 L 0 0 0 40" fill="none" stroke="#dfe6ee" strokeWidth="1" />
          </pattern>
        </defs>
        <rect width={LEBAR} height={TINGGI} fill="#f5f8fb" />
        <rect width={LEBAR} height={TINGGI} fill="url(#grid-peta)" />
        {lingkaran.map((l) => {
          const p = px(l.lat, l.lon);
          return (
            <g key={`l${l.lat},${l.lon},${l.nama},${l.radiusMeter}`}>
              <circle cx={p.x} cy={p.y} r={Math.max(3, l.radiusMeter * skala)} fill="rgba(31,111,178,0.15)" stroke="#1f6fb2" strokeWidth="2" />
              <circle cx={p.x} cy={p.y} r="4" fill="#0b4f8a" />
              <text x={p.x + 7} y={p.y - 7} className="label-peta">{l.nama}</text>
            </g>
          );
        })}
        {penanda.map((t) => {
          const p = px(t.lat, t.lon);
          return (
            <g key={`p${t.lat},${t.lon},${t.label}`} className={`penanda-${t.jenis}`}>
              <title>{t.label}</title>
              <circle cx={p.x} cy={p.y} r={t.jenis === 'pilih' ? 7 : 5} strokeWidth="2" />
            </g>
          );
        })}
        <g transform={`translate(16 ${TINGGI - 18})`}>
          <rect x="0" y="-6" width={batang * skala} height="6" fill="#333" />
          <text x={batang * skala + 6} y="0" className="label-peta">{teksBatang}</text>
        </g>
      </svg>
      <figcaption>
        {judul}. Peta digambar tanpa latar peta jalan: lingkaran biru adalah radius tiap titik presensi{pilih ? '; klik peta untuk memilih koordinat' : ''}.
      </figcaption>
    </figure>
  );
}
