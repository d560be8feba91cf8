// A horizontal bar chart of one breakdown, drawn once and then updated in place when the
// period, centre or theme changes (a new Chart on the same canvas would leak the old one).
// Its colours are the theme's (tab.css: --chart-bar, --chart-text, --chart-grid).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { paletteColour } from './theme.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarChartData {
  labels: string[];
  /** Null draws no bar: a hidden cell, never a made-up number. */
  data: Array<number | null>;
  axis: string;
  tooltip: (index: number) => string;
}

export function drawBarChart(canvas: HTMLCanvasElement, existing: Chart | undefined, d: BarChartData): Chart {
  if (existing) {
    existing.data.labels = d.labels.map((l) => wrap(l));
    existing.data.datasets[0]!.data = d.data;
    recolour(existing);
    return existing;
  }
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: d.labels.map((l) => wrap(l)), datasets: [{ label: d.axis, data: d.data, borderRadius: 3, maxBarThickness: 28 }] },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { beginAtZero: true, title: { display: true, text: d.axis }, ticks: { precision: 0 } },
        y: { ticks: { autoSkip: false } },
      },
      plugins: { tooltip: { callbacks: { label: (item) => d.tooltip(item.dataIndex) } } },
    },
  });
  recolour(chart);
  return chart;
}

/** Paints the chart in the current theme's colours and redraws it. */
export function recolour(chart: Chart): void {
  const bar = paletteColour('--chart-bar');
  const text = paletteColour('--chart-text');
  const grid = paletteColour('--chart-grid');
  chart.data.datasets[0]!.backgroundColor = bar;
  // Both axes are cartesian (set up above); Chart.js types every scale kind here.
  type Axis = { ticks: { color?: string }; grid: { color?: string }; border: { color?: string }; title: { color?: string } };
  for (const axis of [chart.options.scales!.x, chart.options.scales!.y] as unknown as Axis[]) {
    axis.ticks.color = text;
    axis.grid.color = grid;
    axis.border.color = grid;
    axis.title.color = text;
  }
  chart.update();
}

/** Long category names on two or three lines, so the chart does not clip them. */
function wrap(label: string, width = 24): string | string[] {
  if (label.length <= width) return label;
  const words = label.replace(/\//g, '/ ').split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line === '' ? word : line.endsWith('/') ? line + word : `${line} ${word}`;
    if (joined.length > width && line !== '') {
      lines.push(line);
      line = word;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines;
}
