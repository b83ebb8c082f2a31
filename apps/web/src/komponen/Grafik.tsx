import { ArcElement, BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartOptions, type TooltipItem } from 'chart.js';
import { Bar, Doughnut } from 'react-chartjs-2';
import { formatAngka, formatPersen } from '@simasn/domain';

ChartJS.register(ArcElement, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
ChartJS.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--huruf').trim() || 'system-ui, sans-serif';

export const WARNA = { l: '#1f6fb2', p: '#d9577a',
  seri: ['#0b4f8a', '#1f6fb2', '#3f8fd2', '#6aaee0', '#9ccaeb', '#f2b134', '#e07b39', '#c4453c', '#7a5195', '#2f9e77', '#8c8c8c'] };

const angka = (v: number | string) => formatAngka(Number(v));

interface Baris {
  label: string;
  l: number;
  p: number;
}

/** Bars split Laki-laki / Perempuan (stacked), horizontal when the labels are long. */
export function GrafikBatangLp({ judul, baris, mendatar }: { judul: string, baris: Baris[], mendatar?: boolean }) {
  const opsi: ChartOptions<'bar'> = { indexAxis: mendatar ? 'y' : 'x', responsive: true, maintainAspectRatio: false, animation: false,
    plugins: { legend: { position: 'bottom' },
      tooltip: { callbacks: { label: (c: TooltipItem<'bar'>) => `${c.dataset.label}: ${angka(c.parsed[mendatar ? 'x' : 'y'] ?? 0)}`, footer: (items: TooltipItem<'bar'>[]) => {
        const b = baris[items[0]?.dataIndex ?? 0];
        return b ? `Jumlah: ${angka(b.l + b.p)}` : '';
      } } } },
    scales: { x: { stacked: true, ticks: mendatar ? { callback: angka } : { autoSkip: false, maxRotation: 60 } },
      y: { stacked: true, ticks: mendatar
        ? { autoSkip: false, callback(v) {
          // Long unit names are shortened (the tooltip has the full name); shorter on phones.
          const maks = window.innerWidth <= 640 ? 18 : 28;
          const s = String(this.getLabelForValue(Number(v)));
          return s.length > maks ? `${s.slice(0, maks - 1)}…` : s;
        } }
        : { callback: angka } } } };
  return (
    <div className={`wadah-grafik${mendatar ? ' tinggi' : ''}`}>
      <Bar role="img" aria-label={`${judul}: ${baris.map((b) => `${b.label} ${angka(b.l + b.p)}`).join(', ')}`} options={opsi}
        data={{ labels: baris.map((b) => b.label), datasets: [
          { label: 'Laki-laki', data: baris.map((b) => b.l), backgroundColor: WARNA.l },
          { label: 'Perempuan', data: baris.map((b) => b.p), backgroundColor: WARNA.p },
        ] }} />
    </div>
  );
}

export function GrafikDonat({ judul, baris }: { judul: string, baris: { label: string, jumlah: number }[] }) {
  const total = baris.reduce((s, b) => s + b.jumlah, 0);
  const opsi: ChartOptions<'doughnut'> = { responsive: true, maintainAspectRatio: false, animation: false,
    plugins: { legend: { position: window.matchMedia('(max-width: 640px)').matches ? 'bottom' : 'right', labels: { boxWidth: 12 } },
      tooltip: { callbacks: { label: (c: TooltipItem<'doughnut'>) => `${c.label}: ${angka(c.parsed)} (${formatPersen(total ? (c.parsed / total) * 100 : 0, 1)})` } } } };
  return (
    <div className="wadah-grafik">
      <Doughnut role="img" aria-label={`${judul}: ${baris.map((b) => `${b.label} ${angka(b.jumlah)}`).join(', ')}`} options={opsi}
        data={{ labels: baris.map((b) => b.label), datasets: [{ data: baris.map((b) => b.jumlah), backgroundColor: baris.map((_, i) => WARNA.seri[i % WARNA.seri.length]!) }] }} />
    </div>
  );
}
