import { Fragment, useState, type PointerEvent } from 'react';
import { formatAngka, formatPersen } from '@simasn/domain';
import './grafik.css';

/**
 * The app's charts, drawn as HTML and CSS (bars as boxes sized in percent, a doughnut as a conic
 * gradient, a line as an SVG stretched over the plot): laid out by the browser with the rest of the
 * page in the same pass. Chart.js, which drew them before on a canvas, measured its box while the
 * page was being built (a forced style and layout of the whole page per chart) and ran some 70 KB
 * of code: on the dashboard, the indices and the attendance pages it was about half of the main
 * thread's time (bench/halaman-rinci.ts --profil, 5 December 2026). These print with their colours,
 * follow the page's font, and name their figures for screen readers (role img with a label); a
 * pointer or a tap on a bar shows its figures. The server's documents still draw theirs with
 * Chart.js (packages/platform/src/dokumen/grafik.ts, on a canvas of their own).
 */
export const WARNA = { l: '#1f6fb2', p: '#d9577a',
  seri: ['#0b4f8a', '#1f6fb2', '#3f8fd2', '#6aaee0', '#9ccaeb', '#f2b134', '#e07b39', '#c4453c', '#7a5195', '#2f9e77', '#8c8c8c'] };

const angka = (v: number) => formatAngka(v);

export interface SeriGrafik {
  label: string;
  nilai: readonly (number | null)[];
  /** One colour, or one per category. */
  warna: string | readonly string[];
}

export interface SumbuGrafik {
  min?: number;
  maks?: number;
  langkah?: number;
  format?: (v: number) => string;
}

interface Skala {
  min: number;
  maks: number;
  garis: number[];
  format: (v: number) => string;
}

/**
 * Which labels under upright bars stand upright: `rapat` (always) for many categories with labels
 * longer than a month's three letters, or five or more with a label of more than a short word (the
 * jabatan groups of one OPD: "Eselon III.a" and "Fungsional" side by side touched); `banyak` (only
 * where the chart is narrow, grafik.css) for many short ones, the months; else none.
 */
export function labelTegak(kategori: readonly string[]): 'rapat' | 'banyak' | null {
  const n = kategori.length;
  if ((n > 8 && kategori.some((x) => x.length > 3)) || (n > 4 && kategori.some((x) => x.length > 8))) return 'rapat';
  return n > 8 ? 'banyak' : null;
}

/** A value axis: from `min` (0) to a round number above the largest value, in 1, 2, 2.5 or 5 times a power of ten, about five steps. */
export function skalaSumbu(terbesar: number, s: SumbuGrafik = {}): Skala {
  const min = s.min ?? 0;
  let langkah = s.langkah;
  if (!langkah) {
    const kasar = Math.max((Math.max(s.maks ?? terbesar, min) - min) / 5, Number.EPSILON);
    const pangkat = 10 ** Math.floor(Math.log10(kasar));
    const n = kasar / pangkat;
    langkah = (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * pangkat;
    // Counts are whole: no step below one.
    if (Number.isInteger(terbesar) && Number.isInteger(min) && langkah < 1) langkah = 1;
  }
  const maks = s.maks ?? Math.max(min + langkah, Math.ceil((terbesar - min) / langkah - 1e-9) * langkah + min);
  const garis: number[] = [];
  for (let v = min; v <= maks + langkah * 1e-6; v += langkah) garis.push(Math.round(v * 1e6) / 1e6);
  return { min, maks, garis, format: s.format ?? angka };
}

/** Upright bars: the plot's height. */
const TINGGI_PLOT = 220;

const persen = (k: Skala, v: number) => Math.min(100, Math.max(0, ((v - k.min) / (k.maks - k.min)) * 100));
const warnaKe = (s: SeriGrafik, i: number) => (typeof s.warna === 'string' ? s.warna : s.warna[i % s.warna.length]!);

/** The figures under the pointer (or the finger): each part carries its text in data-tip. */
function useTip() {
  const [tip, setTip] = useState<{ teks: string, x: number, y: number, kiri: boolean } | null>(null);
  const tunjuk = (e: PointerEvent<HTMLElement>) => {
    const sasaran = (e.target as Element).closest<HTMLElement>('[data-tip]');
    if (!sasaran) return setTip(null);
    const kotak = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - kotak.left;
    setTip({ teks: sasaran.dataset.tip!, x, y: e.clientY - kotak.top, kiri: x > kotak.width / 2 });
  };
  const kotak = tip && <div className="grafik-tip" style={{ left: tip.x, top: tip.y, transform: `translate(${tip.kiri ? 'calc(-100% - 12px)' : '12px'}, -50%)` }}>{tip.teks}</div>;
  // A finger leaves the chart as it lifts: its figures stay until the next tap (on a bar or beside one).
  return { kotak, peristiwa: { onPointerMove: tunjuk, onPointerDown: tunjuk, onPointerLeave: (e: PointerEvent<HTMLElement>) => e.pointerType !== 'touch' && setTip(null) } };
}

function Legenda({ butir }: { butir: { label: string, warna: string, garis?: boolean }[] }) {
  return (
    <ul className="grafik-legenda">
      {butir.map((b) => (
        <li key={b.label}>
          <span className={b.garis ? 'grafik-kunci garis' : 'grafik-kunci'} style={{ background: b.warna }} />
          {b.label}
        </li>
      ))}
    </ul>
  );
}

export interface GarisGrafik {
  label: string;
  nilai: readonly (number | null)[];
  warna: string;
  /** Its own axis, on the right. */
  sumbu: SumbuGrafik;
  format?: (v: number) => string;
}

export interface PropsGrafikBatang {
  /** What the chart says, for screen readers (its figures in words). */
  label: string;
  kategori: readonly string[];
  seri: readonly SeriGrafik[];
  /** Bars running left to right, one row per category (long labels). */
  mendatar?: boolean;
  /** The series stacked on one bar instead of side by side. */
  tumpuk?: boolean;
  sumbu?: SumbuGrafik;
  /** How a value reads in the figures shown on pointing (the axis's format otherwise). */
  format?: (v: number) => string;
  /** A last line of those figures per category (e.g. the total). */
  kaki?: (i: number) => string | null;
  /** A line over the bars with its own axis on the right (upright bars only). */
  garis?: GarisGrafik;
  testId?: string;
}

/** Bars, upright or running across, one series or several (side by side or stacked), with an optional line. */
export function GrafikBatang(p: PropsGrafikBatang) {
  const { kotak, peristiwa } = useTip();
  const n = p.kategori.length;
  const jumlah = (i: number) => p.seri.reduce((s, x) => s + (x.nilai[i] ?? 0), 0);
  const terbesar = Math.max(0, ...p.kategori.map((_, i) => (p.tumpuk ? jumlah(i) : Math.max(0, ...p.seri.map((s) => s.nilai[i] ?? 0)))));
  const k = skalaSumbu(terbesar, p.sumbu);
  const fmt = p.format ?? k.format;
  const tip = (i: number, s: SeriGrafik) => {
    const v = s.nilai[i];
    const kaki = p.kaki?.(i);
    return [p.kategori[i], `${s.label}: ${v == null ? 'tidak ada data' : fmt(v)}`, ...(kaki ? [kaki] : [])].join('\n');
  };
  const batang = (i: number) =>
    p.tumpuk
      ? (
        <div className="grafik-tumpukan" style={{ [p.mendatar ? 'width' : 'height']: `${persen(k, jumlah(i))}%` }}>
          {p.seri.map((s) => {
            const v = s.nilai[i] ?? 0;
            return v > 0 && <div key={s.label} className="grafik-bagian" data-tip={tip(i, s)} style={{ flexGrow: v, background: warnaKe(s, i) }} />;
          })}
        </div>
      )
      : p.seri.map((s) => (
        <div key={s.label} className="grafik-batang" data-tip={tip(i, s)}
          style={{ [p.mendatar ? 'width' : 'height']: `${persen(k, s.nilai[i] ?? k.min)}%`, background: warnaKe(s, i) }} />
      ));
  const sumbuY = (skala: Skala, kelas: string) => (
    <div className={kelas} aria-hidden="true">
      {skala.garis.map((v) => <span key={v} style={{ bottom: `${persen(skala, v)}%` }}>{skala.format(v)}</span>)}
    </div>
  );
  const legenda = (p.seri.length > 1 || !!p.garis) && (
    <Legenda butir={[...p.seri.map((s) => ({ label: s.label, warna: warnaKe(s, 0) })), ...(p.garis ? [{ label: p.garis.label, warna: p.garis.warna, garis: true }] : [])]} />
  );

  if (p.mendatar) {
    return (
      <div className="grafik mendatar" role="img" aria-label={p.label} data-testid={p.testId} {...peristiwa}>
        <div className="grafik-kisi-mendatar" style={{ gridTemplateRows: `repeat(${n}, minmax(1.6rem, auto)) auto` }}>
          <div className="grafik-garis-kisi" style={{ gridRow: `1 / ${n + 1}` }}>
            {k.garis.map((v) => <span key={v} style={{ left: `${persen(k, v)}%` }} />)}
          </div>
          {p.kategori.map((kat, i) => (
            <Fragment key={kat}>
              <span className="grafik-label" data-tip={kat} style={{ gridRow: i + 1 }}>{kat}</span>
              <div className={`grafik-jalur${p.seri.length > 1 && !p.tumpuk ? ' ganda' : ''}`} style={{ gridRow: i + 1 }}>{batang(i)}</div>
            </Fragment>
          ))}
          <div className="grafik-sumbu-x" aria-hidden="true" style={{ gridRow: n + 1 }}>
            {k.garis.map((v) => <span key={v} style={{ left: `${persen(k, v)}%` }}>{k.format(v)}</span>)}
          </div>
        </div>
        {legenda}
        {kotak}
      </div>
    );
  }

  const tegak = labelTegak(p.kategori);
  const g = p.garis;
  const kg = g && skalaSumbu(Math.max(0, ...g.nilai.map((v) => v ?? 0)), g.sumbu);
  return (
    <div className={`grafik tegak${tegak ? ` ${tegak}` : ''}`} role="img" aria-label={p.label} data-testid={p.testId} {...peristiwa}>
      <div className="grafik-kisi-tegak" style={{ gridTemplateRows: `${TINGGI_PLOT}px auto`, gridTemplateColumns: `auto minmax(0, 1fr)${kg ? ' auto' : ''}` }}>
        {sumbuY(k, 'grafik-sumbu-y')}
        <div className="grafik-plot">
          <div className="grafik-garis-kisi">{k.garis.map((v) => <span key={v} style={{ bottom: `${persen(k, v)}%` }} />)}</div>
          <div className="grafik-kolom-kolom">
            {p.kategori.map((kat, i) => <div key={kat} className="grafik-kolom">{batang(i)}</div>)}
          </div>
          {g && kg && <Garis g={g} k={kg} kategori={p.kategori} />}
        </div>
        {kg && sumbuY(kg, 'grafik-sumbu-y kanan')}
        <div className="grafik-label-x" style={{ gridColumn: 2 }}>
          {p.kategori.map((kat) => <span key={kat} data-tip={kat}>{kat}</span>)}
        </div>
      </div>
      {legenda}
      {kotak}
    </div>
  );
}

/** A line over upright bars: the stretched SVG draws it (broken where a value is missing), a dot per value carries its figures. */
function Garis({ g, k, kategori }: { g: GarisGrafik, k: Skala, kategori: readonly string[] }) {
  const n = kategori.length;
  const ruas: string[][] = [[]];
  g.nilai.forEach((v, i) => {
    if (v == null) ruas.push([]);
    else ruas.at(-1)!.push(`${i + 0.5},${100 - persen(k, v)}`);
  });
  const fmt = g.format ?? k.format;
  return (
    <>
      <svg className="grafik-garis" viewBox={`0 0 ${n} 100`} preserveAspectRatio="none" aria-hidden="true">
        {ruas.filter((r) => r.length > 1).map((r) => <polyline key={r[0]} points={r.join(' ')} fill="none" stroke={g.warna} strokeWidth={2} vectorEffect="non-scaling-stroke" />)}
      </svg>
      {g.nilai.map((v, i) =>
        v == null ?
          null :
          (
            <span key={kategori[i]} className="grafik-titik" data-tip={`${kategori[i]}\n${g.label}: ${fmt(v)}`}
              style={{ left: `${((i + 0.5) / n) * 100}%`, bottom: `${persen(k, v)}%`, background: g.warna }} />
          )
      )}
    </>
  );
}

interface Baris {
  label: string;
  l: number;
  p: number;
}

/** Bars split Laki-laki / Perempuan (stacked), running across when the labels are long. */
export function GrafikBatangLp({ judul, baris, mendatar }: { judul: string, baris: Baris[], mendatar?: boolean }) {
  return (
    <GrafikBatang label={`${judul}: ${baris.map((b) => `${b.label} ${angka(b.l + b.p)}`).join(', ')}`} kategori={baris.map((b) => b.label)} tumpuk
      {...(mendatar ? { mendatar } : {})}
      seri={[{ label: 'Laki-laki', nilai: baris.map((b) => b.l), warna: WARNA.l }, { label: 'Perempuan', nilai: baris.map((b) => b.p), warna: WARNA.p }]}
      kaki={(i) => `Jumlah: ${angka(baris[i]!.l + baris[i]!.p)}`} />
  );
}

/** Shares of a whole: a ring of their colours and, beside it, each share with its count and percentage. */
export function GrafikDonat({ judul, baris }: { judul: string, baris: { label: string, jumlah: number }[] }) {
  const total = baris.reduce((s, b) => s + b.jumlah, 0);
  let sudut = 0;
  const potong = baris.map((b, i) => {
    const dari = sudut;
    sudut += total ? (b.jumlah / total) * 100 : 0;
    return `${WARNA.seri[i % WARNA.seri.length]} ${dari}% ${sudut}%`;
  });
  const bagian = (b: { jumlah: number }) => formatPersen(total ? (b.jumlah / total) * 100 : 0, 1);
  return (
    <div className="grafik donat" role="img" aria-label={`${judul}: ${baris.map((b) => `${b.label} ${angka(b.jumlah)} (${bagian(b)})`).join(', ')}`}>
      <div className="grafik-cincin" style={{ background: total ? `conic-gradient(${potong.join(', ')})` : 'var(--garis)' }}>
        <span>
          <b>{angka(total)}</b>
          jumlah
        </span>
      </div>
      <ul className="grafik-legenda tegak">
        {baris.map((b, i) => (
          <li key={b.label}>
            <span className="grafik-kunci" style={{ background: WARNA.seri[i % WARNA.seri.length] }} />
            <span className="grafik-nama">{b.label}</span>
            <span className="grafik-angka">
              {angka(b.jumlah)} <small>({bagian(b)})</small>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
