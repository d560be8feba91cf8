// A horizontal bar chart of one breakdown, drawn once and then updated in place when the
// period or centre changes (a new Chart on the same canvas would leak the old one).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

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
    existing.update();
    return existing;
  }
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: d.labels.map((l) => wrap(l)), datasets: [{ label: d.axis, data: d.data, backgroundColor: '#5b5fc7', borderRadius: 3, maxBarThickness: 28 }] },
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
