import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import { formatAngka } from '@simasn/domain';
import { BERKAS_HURUF, HURUF_PDF } from './huruf.ts';

/**
 * Server-side charts: Chart.js drawing on @napi-rs/canvas, returned as PNG for the DOCX and PDF
 * renderers. The font is registered from the npm package's file, so text renders on a machine
 * without system fonts; animation and responsiveness are off; numbers are written the Indonesian way.
 */

export interface SeriGrafik {
  nama: string;
  nilai: (number | null)[];
  /** bar (default) or line drawn over the bars */
  bentuk?: 'batang' | 'garis';
  warna?: string;
}

export interface Grafik {
  judul?: string;
  label: string[];
  seri: SeriGrafik[];
  /** how values are written on the axis and above the bars */
  satuan?: 'angka' | 'persen';
  desimal?: number;
  /** horizontal bars (long category names) */
  mendatar?: boolean;
  /** pixels; the PNG is drawn at twice this size for print */
  lebar?: number;
  tinggi?: number;
  /** axis maximum (e.g. 100 for percentages) */
  maksimum?: number;
}

const WARNA = ['#1F4E79', '#C55A11', '#548235', '#7F6000', '#7030A0', '#2E75B6'];
let siap = false;

function siapkan() {
  if (siap) return;
  GlobalFonts.registerFromPath(BERKAS_HURUF.normal, HURUF_PDF);
  GlobalFonts.registerFromPath(BERKAS_HURUF.tebal, `${HURUF_PDF} Medium`);
  Chart.register(...registerables);
  siap = true;
}

export function tulisNilai(x: number | null | undefined, g: Pick<Grafik, 'satuan' | 'desimal'>): string {
  if (x === null || x === undefined) return '-';
  const teks = formatAngka(x, g.desimal ?? 2);
  return g.satuan === 'persen' ? `${teks}%` : teks;
}

/** Paints a white background (a transparent PNG shows black in some viewers). */
const latarPutih: Plugin<'bar'> = { id: 'latarPutih', beforeDraw(chart) {
  chart.ctx.save();
  chart.ctx.fillStyle = '#FFFFFF';
  chart.ctx.fillRect(0, 0, chart.width, chart.height);
  chart.ctx.restore();
} };

/** Writes each bar's value at its end. */
function labelNilai(g: Grafik): Plugin<'bar'> {
  return { id: 'labelNilai', afterDatasetsDraw(chart) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = `11px ${HURUF_PDF}`;
    ctx.fillStyle = '#222222';
    chart.data.datasets.forEach((ds, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      meta.data.forEach((el, j) => {
        const v = ds.data[j] as number | null;
        if (v === null || v === undefined) return;
        const { x, y } = el.getProps(['x', 'y'], true) as { x: number, y: number };
        const teks = tulisNilai(v, g);
        if (g.mendatar) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(teks, x + 4, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(teks, x, y - 3);
        }
      });
    });
    ctx.restore();
  } };
}

/** Draws the chart and returns PNG bytes. */
export async function renderGrafik(g: Grafik): Promise<Buffer> {
  siapkan();
  const lebar = g.lebar ?? 800;
  const tinggi = g.tinggi ?? 420;
  const skala = 2;
  // Chart.js sizes the drawing buffer to lebar x tinggi x devicePixelRatio itself
  const canvas = createCanvas(lebar, tinggi);
  const sumbuNilai = { beginAtZero: true, max: g.maksimum, grace: '10%',
    ticks: { callback: (v: string | number) => tulisNilai(Number(v), { ...g, desimal: Number.isInteger(Number(v)) ? 0 : g.desimal }) } };
  const config: ChartConfiguration<'bar'> = { type: 'bar',
    data: { labels: g.label,
      datasets: g.seri.map((s, i) => ({ type: (s.bentuk === 'garis' ? 'line' : 'bar') as 'bar', label: s.nama, data: s.nilai, backgroundColor: s.warna ?? WARNA[i % WARNA.length],
        borderColor: s.warna ?? WARNA[i % WARNA.length] })
      ) },
    options: { responsive: false, animation: false, devicePixelRatio: skala, indexAxis: g.mendatar ? 'y' : 'x', font: { family: HURUF_PDF },
      layout: { padding: { top: 8, right: g.mendatar ? 48 : 12, left: 8, bottom: 4 } },
      plugins: { title: { display: Boolean(g.judul), text: g.judul ?? '', font: { family: HURUF_PDF, size: 15 } },
        legend: { display: g.seri.length > 1, position: 'bottom', labels: { font: { family: HURUF_PDF, size: 12 } } } },
      scales: g.mendatar ? { x: sumbuNilai } : { y: sumbuNilai } } as ChartConfiguration<'bar'>['options'], plugins: [latarPutih, labelNilai(g)] };
  // the canvas stands in for a DOM canvas: Chart.js uses its basic platform outside the browser
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], config);
  try {
    chart.draw();
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}
