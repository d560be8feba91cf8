// The "Statistik" static tab: pick a resource centre and a period, see the follow-up figures
// as key numbers and bar charts, download them as CSV. Hidden small counts are never drawn:
// their bars are left out and listed as "<5".
import type { Chart } from 'chart.js';
import { ApiError, StatsApi } from './api.js';
import { drawBarChart, recolour } from './bar-chart.js';
import { $, el } from './dom.js';
import { shown } from './format.js';
import { chooseLang, connectHost, type Host } from './host.js';
import { cellLabel, figureName, ui, type Lang, type UiText } from './labels.js';
import { changeKind, FIRST_YEAR, currentYear, parsePeriod, periodParam, type Period, type PeriodKind } from './period.js';
import type { Centre, Figure, ReportBody as Report } from '../../services/statistics/api-types.js';
import { onTheme } from './theme.js';
import { renderTrainings } from './trainings.js';

/** The figures at the top, named as chat and CSV name them (cards/i18n/indicator-labels.ts). */
const KEY_FIGURES = ['ga2.cases', 'ga2.contacts', 'ga2.hours_to_claim.median', 'ga2.hours_to_answer.median', 'ga2.contacts.mean', 'ga2.transfers.sent', 'ga2.transfers.received'];
const COVERAGE = 'ga2.coverage.municipalities';

class Dashboard {
  private readonly t: UiText;
  private readonly charts = new Map<string, Chart>();
  private scope = 'all';
  private period: Period;
  /** Only the answer to the newest request is drawn. */
  private generation = 0;
  /** Charts shown as tables (the toggle above each chart). */
  private readonly asTable = new Set<string>();
  private exporting = false;

  constructor(
    private readonly api: StatsApi,
    private readonly host: Host,
    private readonly lang: Lang,
    params: URLSearchParams,
  ) {
    this.t = ui(lang);
    this.period = parsePeriod(params.get('period')) ?? currentYear(new Date());
    this.scope = params.get('scope') ?? 'all';
  }

  async start(): Promise<void> {
    const t = this.t;
    document.documentElement.lang = this.lang;
    document.title = t.title;
    $('title').textContent = t.title;
    $('subtitle').textContent = t.subtitle;
    $('label-centre').textContent = t.centre;
    $('label-kind').textContent = t.periodKind;
    $('label-year').textContent = t.year;
    $('export').textContent = t.export;
    $('mode').textContent = this.host.inTeams ? '' : t.standalone;
    this.renderPeriodPickers();
    $('export').addEventListener('click', () => void this.export());
    for (const id of ['sector', 'violence', 'age']) {
      const toggle = $(`${id}-toggle`);
      toggle.textContent = t.showTable;
      toggle.addEventListener('click', () => this.showAsTable(id, !this.asTable.has(id)));
    }
    onTheme(() => this.charts.forEach((chart) => recolour(chart)));

    let centres: Centre[] = [];
    try {
      centres = await this.api.centres();
    } catch (error) {
      this.fail(error);
      return;
    }
    const select = $<HTMLSelectElement>('centre');
    select.replaceChildren(new Option(t.allCentres, 'all'), ...centres.map((c) => new Option(c.name, `rc:${c.id}`)));
    if (![...select.options].some((o) => o.value === this.scope)) this.scope = 'all';
    select.value = this.scope;
    select.addEventListener('change', () => {
      this.scope = select.value;
      void this.load();
    });
    await this.load();
  }

  private renderPeriodPickers(): void {
    const t = this.t;
    const kind = $<HTMLSelectElement>('kind');
    kind.replaceChildren(new Option(t.kindQuarter, 'quarter'), new Option(t.kindYear, 'year'), new Option(t.kindMonth, 'month'));
    kind.value = this.period.kind;
    kind.onchange = () => {
      this.period = changeKind(this.period, kind.value as PeriodKind);
      this.renderPeriodPickers();
      void this.load();
    };

    const year = $<HTMLSelectElement>('year');
    const lastYear = Math.max(new Date().getFullYear(), this.period.year);
    const years: HTMLOptionElement[] = [];
    for (let y = lastYear; y >= Math.min(FIRST_YEAR, this.period.year); y--) years.push(new Option(String(y), String(y)));
    year.replaceChildren(...years);
    year.value = String(this.period.year);
    year.onchange = () => {
      this.period = { ...this.period, year: Number(year.value) };
      void this.load();
    };

    const index = $<HTMLSelectElement>('index');
    const indexLabel = $('label-index');
    const wrap = $('index-wrap');
    wrap.hidden = this.period.kind === 'year';
    if (this.period.kind === 'quarter') {
      indexLabel.textContent = t.quarter;
      index.replaceChildren(...[1, 2, 3, 4].map((q) => new Option(t.quarterN(q), String(q))));
    } else if (this.period.kind === 'month') {
      indexLabel.textContent = t.month;
      index.replaceChildren(...t.months.map((m, i) => new Option(m, String(i + 1))));
    }
    index.value = String(this.period.index);
    index.onchange = () => {
      this.period = { ...this.period, index: Number(index.value) };
      void this.load();
    };
  }

  private setState(state: 'loading' | 'ready' | 'error', message = ''): void {
    document.body.dataset.state = state;
    const status = $('status');
    status.textContent = message;
    status.className = state === 'error' ? 'status error' : 'status';
    status.setAttribute('role', state === 'error' ? 'alert' : 'status');
  }

  private message(error: unknown, fallback = 'generic'): string {
    const errors = this.t.errors;
    if (error instanceof ApiError) return errors[error.reason] ?? (error.status === 401 ? errors.unauthorized : error.status === 403 ? errors.forbidden : undefined) ?? errors[fallback]!;
    return errors[fallback]!;
  }

  private fail(error: unknown, fallback = 'generic'): void {
    this.setState('error', this.message(error, fallback));
  }

  async load(): Promise<void> {
    const mine = ++this.generation;
    this.setState('loading', this.t.loading);
    $('results').setAttribute('aria-busy', 'true');
    try {
      const report = await this.api.report(this.scope, periodParam(this.period));
      if (mine !== this.generation) return;
      this.render(report);
      // Said by the live region, so a screen reader hears that the new figures are there.
      const scope = $<HTMLSelectElement>('centre').selectedOptions[0]?.textContent ?? this.t.allCentres;
      this.setState('ready', this.t.ready(report.period.label, scope));
    } catch (error) {
      if (mine !== this.generation) return;
      $('results').hidden = true;
      this.fail(error);
    } finally {
      if (mine === this.generation) $('results').removeAttribute('aria-busy');
    }
  }

  /**
   * The button stays enabled and focused while the file is made (a disabled button would drop
   * the keyboard user's focus to the top of the page); aria-disabled says it is busy and a
   * second press is ignored. The live region says when the file is there.
   */
  private async export(): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    const button = $<HTMLButtonElement>('export');
    button.setAttribute('aria-disabled', 'true');
    button.textContent = this.t.exporting;
    try {
      const url = await this.api.exportLink(this.scope, periodParam(this.period), this.lang);
      await this.host.open(url);
      this.setState('ready', this.t.exported);
    } catch (error) {
      this.fail(error, 'export');
    } finally {
      this.exporting = false;
      button.removeAttribute('aria-disabled');
      button.textContent = this.t.export;
    }
  }

  /** The chart or, for sighted keyboard and magnifier users, the same figures as a table. */
  private showAsTable(id: string, table: boolean): void {
    if (table) this.asTable.add(id);
    else this.asTable.delete(id);
    $(`${id}-toggle`).setAttribute('aria-pressed', String(table));
    $(`${id}-table`).hidden = !table;
    $(`${id}-chart-box`).hidden = table;
  }

  private render(report: Report): void {
    const t = this.t;
    const byCode = new Map(report.figures.map((f) => [f.indicator, f]));
    $('results').hidden = false;
    $('period-label').textContent = `${report.period.label} (${report.period.first} – ${report.period.last})`;
    $('exact-note').textContent = report.exact ? t.exactNote : '';

    const key = (indicator: string, label: string) =>
      el('div', { className: 'key', data: { indicator } }, el('div', { className: 'key-value', text: shown(this.lang, byCode.get(indicator), t) }), el('div', { className: 'key-label', text: label }));
    $('keys').replaceChildren(...KEY_FIGURES.map((code) => key(code, figureName(this.lang, code))));

    const hidden: Figure[] = [];
    hidden.push(...this.chart('sector', report, 'ga2.sector', 'count', t.bySector, t.casesAxis));
    hidden.push(...this.chart('violence', report, 'ga2.violence', 'percent', t.byViolence, t.shareAxis));
    hidden.push(...this.chart('age', report, 'ga2.age', 'count', t.byAge, t.casesAxis));
    const violenceGroup = report.groups.find((g) => g.code === 'ga2.violence');
    const multi = violenceGroup?.multiSelect ?? report.figures.some((f) => f.group === 'ga2.violence' && f.multiSelect);
    $('violence-note').textContent = multi ? t.multiSelect : '';

    this.renderCoverage(report, byCode.get(COVERAGE));
    renderTrainings(this.lang, report.figures, t);

    const suppressedBox = $('suppressed');
    suppressedBox.hidden = hidden.length === 0;
    $('suppressed-title').textContent = t.suppressedTitle;
    $('suppressed-note').textContent = t.suppressedNote;
    $('suppressed-list').replaceChildren(
      ...hidden.map((f) => el('li', { data: { indicator: f.indicator } }, document.createTextNode(`${cellLabel(this.lang, f.group ?? '', f.indicator)}: `), el('strong', { text: f.display }))),
    );

    const nc = report.notComputable.filter((code) => !code.startsWith('ga3.'));
    $('not-computable').textContent = nc.length ? `${t.notComputable} ${nc.map((c) => figureName(this.lang, c)).join(', ')}.` : '';
  }

  /** One bar chart of a breakdown; returns its hidden cells, which get no bar. */
  private chart(id: string, report: Report, group: string, unit: 'count' | 'percent', title: string, axis: string): Figure[] {
    const cells = report.figures.filter((f) => f.group === group && f.unit === unit);
    $(`${id}-title`).textContent = title;
    const labels = cells.map((f) => cellLabel(this.lang, group, f.indicator));
    // A hidden cell is null: Chart.js draws no bar for it rather than a made-up number.
    const data = cells.map((f) => (f.suppressed ? null : f.value));
    const hidden = cells.filter((f) => f.suppressed);
    $(`${id}-hidden`).textContent = hidden.length ? hidden.map((f) => `${cellLabel(this.lang, group, f.indicator)} ${f.display}`).join(' · ') : '';

    this.renderTable(id, title, group, cells);
    const canvas = $<HTMLCanvasElement>(`${id}-chart`);
    canvas.setAttribute('aria-label', `${title}: ${cells.map((f, i) => `${labels[i]} ${shown(this.lang, f, this.t)}`).join(', ')}`);
    this.charts.set(id, drawBarChart(canvas, this.charts.get(id), { labels, data, axis, tooltip: (i) => shown(this.lang, cells[i], this.t) }));
    return hidden;
  }

  /** The chart's figures as a table: every cell, a hidden one shown as in chat ("<5"). */
  private renderTable(id: string, title: string, group: string, cells: Figure[]): void {
    const t = this.t;
    const column = id === 'sector' ? t.sectorColumn : id === 'violence' ? t.violenceColumn : t.ageColumn;
    const head = (text: string, className = '') => {
      const th = el('th', { text, ...(className ? { className } : {}) });
      th.scope = 'col';
      return th;
    };
    const body = el('tbody', {}, ...cells.map((f) => {
      const name = el('th', { text: cellLabel(this.lang, group, f.indicator) });
      name.scope = 'row';
      return el('tr', { data: { indicator: f.indicator, ...(f.suppressed ? { hidden: 'true' } : {}) } }, name, el('td', { className: 'value', text: shown(this.lang, f, t) }));
    }));
    const axis = id === 'violence' ? t.shareAxis : t.casesAxis;
    $(`${id}-table`).replaceChildren(el('caption', { text: title }), el('thead', {}, el('tr', {}, head(column), head(axis, 'value'))), body);
  }

  private renderCoverage(report: Report, figure: Figure | undefined): void {
    const t = this.t;
    const value = $('coverage-value');
    const detail = $('coverage-detail');
    const list = $('coverage-missing');
    $('coverage-title').textContent = t.coverage;
    list.replaceChildren();
    const c = report.coverage;
    if (!c) {
      value.textContent = '–';
      detail.textContent = report.scope?.kind === 'rc' || this.scope.startsWith('rc:') ? t.coverageUnknown : t.coverageNational;
      return;
    }
    value.textContent = t.coverageOf(c.reached, c.area);
    value.dataset.indicator = COVERAGE;
    if (figure && figure.value !== null && figure.value !== c.reached) value.textContent = shown(this.lang, figure, t);
    const missing = c.missing ?? c.unreached ?? [];
    detail.textContent = missing.length ? t.coverageNone : t.coverageAll;
    list.append(...missing.map((m) => el('li', { text: m })));
    if (c.unnamed) detail.append(el('span', { className: 'muted', text: ` ${t.coverageUnnamed(c.unnamed)}` }));
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  document.body.dataset.state = 'loading';
  const host = await connectHost();
  document.body.dataset.host = host.inTeams ? 'teams' : 'standalone';
  host.followTheme(params);
  const lang = chooseLang(host, params);
  const dashboard = new Dashboard(new StatsApi(host), host, lang, params);
  await dashboard.start();
}

void main().catch((error: unknown) => {
  document.body.dataset.state = 'error';
  const status = document.getElementById('status');
  if (status) status.textContent = ui('sv').errors.generic!;
  console.error(error);
});
