// A typed builder for the parts of Grafana's dashboard JSON model the longhaul dashboards use.

/** Every panel and query reads from the dashboard's `datasource` variable. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: Grafana's variable syntax, not a template literal.
export const datasourceRef = { type: 'prometheus', uid: '${datasource}' } as const;

/** The newest model Grafana 10 and 11 write; older models are migrated by Grafana on load. */
const schemaVersion = 39;
const gridWidth = 24;

export interface Query {
  readonly expr: string;
  /** Grafana legend template, e.g. `{{api}}`. */
  readonly legend?: string;
  /** Defaults to A, B, C... in order; name it when an override targets it. */
  readonly refId?: string;
  /** Tables and stats of "the value now" are instant queries. */
  readonly instant?: boolean;
}

export interface ValueMapping {
  readonly value: number;
  readonly text: string;
  readonly color: string;
}

export interface PanelOptions {
  /** Grafana unit id: `s`, `bytes`, `Bps`, `percentunit`, `short`, `dateTimeAsIso`, `suffix: rec/s`. */
  readonly unit?: string;
  /** Width in grid columns (of 24). */
  readonly w: number;
  /** Height in grid rows (30 px each); default 8. */
  readonly h?: number;
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
  readonly mappings?: readonly ValueMapping[];
  /** Threshold steps, first one from -infinity. */
  readonly thresholds?: readonly { readonly value: number | null; readonly color: string }[];
  /** Refs of queries drawn as dashed red SLA lines (timeseries). */
  readonly slaRefs?: readonly string[];
  readonly stack?: boolean;
  readonly bars?: boolean;
  /** Table columns to hide (labels that only add noise). */
  readonly hideColumns?: readonly string[];
}

export type PanelType = 'timeseries' | 'stat' | 'state-timeline' | 'table' | 'bargauge';

export interface PanelSpec {
  readonly type: PanelType;
  readonly title: string;
  /** What the panel shows and how to read it: the panel's (i) tooltip and the README. */
  readonly description: string;
  readonly queries: readonly Query[];
  readonly options: PanelOptions;
}

/** A row header followed by rows of panels, left to right. */
export interface Section {
  readonly title: string;
  readonly rows: readonly (readonly PanelSpec[])[];
}

export type Variable =
  | { readonly kind: 'datasource' }
  | {
      readonly kind: 'query';
      readonly name: string;
      readonly label: string;
      /** `label_values(<series selector>, <label>)`. */
      readonly query: string;
    };

export interface Annotation {
  readonly name: string;
  readonly expr: string;
  readonly title: string;
  readonly text: string;
  readonly tags: readonly string[];
  readonly color: string;
}

export interface DashboardSpec {
  /** Also the file name: `dashboards/<uid without longhaul->.json`. */
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly variables: readonly Variable[];
  readonly annotations: readonly Annotation[];
  readonly sections: readonly Section[];
}

export const timeseries = (title: string, description: string, queries: Query[], options: PanelOptions) =>
  ({ type: 'timeseries', title, description, queries, options }) satisfies PanelSpec;
export const stat = (title: string, description: string, queries: Query[], options: PanelOptions) =>
  ({ type: 'stat', title, description, queries, options }) satisfies PanelSpec;
export const stateTimeline = (title: string, description: string, queries: Query[], options: PanelOptions) =>
  ({ type: 'state-timeline', title, description, queries, options }) satisfies PanelSpec;
export const table = (title: string, description: string, queries: Query[], options: PanelOptions) =>
  ({ type: 'table', title, description, queries, options }) satisfies PanelSpec;
export const barGauge = (title: string, description: string, queries: Query[], options: PanelOptions) =>
  ({ type: 'bargauge', title, description, queries, options }) satisfies PanelSpec;

/** A metric selector with the dashboard's filters and the panel's own matchers. */
export function selector(
  metric: string,
  filters: readonly string[],
  matchers: readonly string[] = [],
): string {
  return `${metric}{${[...filters, ...matchers].join(', ')}}`;
}

/** `histogram_quantile` of a histogram's per-second bucket rates, grouped by `by` (plus `le`). */
export function quantile(q: number, bucketSelector: string, by: readonly string[] = []): string {
  return `histogram_quantile(${q}, sum by (${[...by, 'le'].join(', ')}) (rate(${bucketSelector}[$__rate_interval])))`;
}

function variableJson(variable: Variable): Record<string, unknown> {
  if (variable.kind === 'datasource') {
    return {
      type: 'datasource',
      name: 'datasource',
      label: 'Data source',
      query: 'prometheus',
      current: {},
      hide: 0,
      refresh: 1,
      regex: '',
      includeAll: false,
      multi: false,
      options: [],
      skipUrlSync: false,
    };
  }
  return {
    type: 'query',
    name: variable.name,
    label: variable.label,
    datasource: datasourceRef,
    definition: variable.query,
    query: { query: variable.query, refId: 'PrometheusVariableQueryEditor-VariableQuery' },
    current: { selected: true, text: ['All'], value: ['$__all'] },
    hide: 0,
    includeAll: true,
    // Matches series without the label too, so dashboards work before a label is ever set.
    allValue: '.*',
    multi: true,
    options: [],
    refresh: 2,
    regex: '',
    sort: 1,
    skipUrlSync: false,
  };
}

function annotationJson(annotation: Annotation): Record<string, unknown> {
  return {
    name: annotation.name,
    datasource: datasourceRef,
    enable: true,
    hide: false,
    iconColor: annotation.color,
    expr: annotation.expr,
    step: '5s',
    titleFormat: annotation.title,
    textFormat: annotation.text,
    tagKeys: annotation.tags.join(','),
    useValueForTime: false,
  };
}

const builtInAnnotation = {
  builtIn: 1,
  datasource: { type: 'grafana', uid: '-- Grafana --' },
  enable: true,
  hide: true,
  iconColor: 'rgba(0, 211, 255, 1)',
  name: 'Annotations & Alerts',
  type: 'dashboard',
};

function fieldConfig(spec: PanelSpec): Record<string, unknown> {
  const o = spec.options;
  const defaults: Record<string, unknown> = {
    unit: o.unit ?? 'short',
    ...(o.min !== undefined ? { min: o.min } : {}),
    ...(o.max !== undefined ? { max: o.max } : {}),
    ...(o.decimals !== undefined ? { decimals: o.decimals } : {}),
    color: { mode: o.mappings || o.thresholds ? 'thresholds' : 'palette-classic' },
    thresholds: {
      mode: 'absolute',
      steps: (o.thresholds ?? [{ value: null, color: 'green' }]).map((s) => ({
        color: s.color,
        value: s.value,
      })),
    },
    mappings:
      o.mappings && o.mappings.length > 0
        ? [
            {
              type: 'value',
              options: Object.fromEntries(
                o.mappings.map((m, index) => [String(m.value), { text: m.text, color: m.color, index }]),
              ),
            },
          ]
        : [],
  };
  if (spec.type === 'timeseries') {
    defaults.custom = {
      drawStyle: o.bars ? 'bars' : 'line',
      lineWidth: 1,
      fillOpacity: o.bars || o.stack ? 80 : 10,
      showPoints: 'never',
      spanNulls: false,
      stacking: { mode: o.stack ? 'normal' : 'none', group: 'A' },
      axisSoftMin: 0,
    };
  }
  if (spec.type === 'state-timeline') defaults.custom = { fillOpacity: 80, lineWidth: 0 };
  const overrides = (o.slaRefs ?? []).map((refId) => ({
    matcher: { id: 'byFrameRefID', options: refId },
    properties: [
      { id: 'color', value: { mode: 'fixed', fixedColor: 'red' } },
      { id: 'custom.lineStyle', value: { fill: 'dash', dash: [10, 10] } },
      { id: 'custom.lineWidth', value: 2 },
      { id: 'custom.fillOpacity', value: 0 },
    ],
  }));
  return { defaults, overrides };
}

function panelOptions(spec: PanelSpec): Record<string, unknown> {
  switch (spec.type) {
    case 'timeseries':
      return {
        legend: {
          displayMode: 'table',
          placement: 'bottom',
          showLegend: true,
          calcs: ['lastNotNull', 'max'],
        },
        tooltip: { mode: 'multi', sort: 'desc' },
      };
    case 'stat':
      return {
        reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
        colorMode: 'value',
        graphMode: 'none',
        justifyMode: 'auto',
        orientation: 'auto',
        textMode: 'auto',
      };
    case 'state-timeline':
      return {
        showValue: 'never',
        mergeValues: true,
        alignValue: 'left',
        rowHeight: 0.9,
        legend: { displayMode: 'list', placement: 'bottom', showLegend: true },
        tooltip: { mode: 'single', sort: 'none' },
      };
    case 'table':
      return { showHeader: true, cellHeight: 'sm', footer: { show: false, reducer: ['sum'], fields: '' } };
    case 'bargauge':
      return {
        reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
        orientation: 'horizontal',
        displayMode: 'gradient',
        showUnfilled: true,
        valueMode: 'color',
        namePlacement: 'auto',
        sizing: 'auto',
      };
  }
}

function transformations(spec: PanelSpec): unknown[] {
  if (spec.type !== 'table') return [];
  const hidden = ['Time', '__name__', 'job', ...(spec.options.hideColumns ?? [])];
  return [
    { id: 'merge', options: {} },
    {
      id: 'organize',
      options: { excludeByName: Object.fromEntries(hidden.map((name) => [name, true])), renameByName: {} },
    },
  ];
}

function panelJson(spec: PanelSpec, id: number, gridPos: GridPos): Record<string, unknown> {
  return {
    id,
    type: spec.type,
    title: spec.title,
    description: spec.description,
    datasource: datasourceRef,
    gridPos,
    targets: spec.queries.map((q, index) => ({
      refId: q.refId ?? String.fromCharCode(65 + index),
      datasource: datasourceRef,
      editorMode: 'code',
      expr: q.expr,
      legendFormat: q.legend ?? '__auto',
      range: !(q.instant ?? false),
      instant: q.instant ?? false,
      ...(spec.type === 'table' ? { format: 'table' } : {}),
    })),
    fieldConfig: fieldConfig(spec),
    options: panelOptions(spec),
    transformations: transformations(spec),
  };
}

export interface GridPos {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The Grafana JSON of a dashboard: rows laid out top to bottom, ids in reading order. */
export function renderDashboard(spec: DashboardSpec): Record<string, unknown> {
  const panels: Record<string, unknown>[] = [];
  let id = 1;
  let y = 0;
  for (const section of spec.sections) {
    panels.push({
      id: id++,
      type: 'row',
      title: section.title,
      collapsed: false,
      gridPos: { x: 0, y, w: gridWidth, h: 1 },
      panels: [],
    });
    y += 1;
    for (const row of section.rows) {
      let x = 0;
      let height = 0;
      for (const panel of row) {
        const h = panel.options.h ?? 8;
        if (x + panel.options.w > gridWidth)
          throw new Error(`${spec.uid}: row of "${panel.title}" is wider than ${gridWidth} columns`);
        panels.push(panelJson(panel, id++, { x, y, w: panel.options.w, h }));
        x += panel.options.w;
        height = Math.max(height, h);
      }
      y += height;
    }
  }
  return {
    id: null,
    uid: spec.uid,
    title: spec.title,
    description: spec.description,
    tags: ['longhaul'],
    timezone: 'browser',
    editable: true,
    graphTooltip: 1,
    fiscalYearStartMonth: 0,
    liveNow: false,
    refresh: '10s',
    schemaVersion,
    version: 1,
    time: { from: 'now-1h', to: 'now' },
    timepicker: {},
    weekStart: '',
    links: [
      {
        title: 'longhaul',
        type: 'dashboards',
        tags: ['longhaul'],
        asDropdown: true,
        includeVars: true,
        keepTime: true,
        icon: 'external link',
        targetBlank: false,
        tooltip: '',
        url: '',
      },
    ],
    annotations: { list: [builtInAnnotation, ...spec.annotations.map(annotationJson)] },
    templating: { list: spec.variables.map(variableJson) },
    panels,
  };
}
