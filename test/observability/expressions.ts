// The PromQL of the checked-in dashboards and rules as the tests read it: every expression, and Grafana's variables resolved.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { repoRoot } from '../helpers/processes.ts';

export const dashboardsDir = join(repoRoot, 'dashboards');
export const prometheusDir = join(repoRoot, 'deploy', 'prometheus');
export const rulesFile = join(prometheusDir, 'rules.yml');

/** The parts of Grafana's dashboard JSON the checks read. */
export interface GrafanaTarget {
  readonly refId?: string;
  readonly expr?: string;
  readonly datasource?: { readonly type?: string; readonly uid?: string };
}
export interface GrafanaPanel {
  readonly id?: number;
  readonly type: string;
  readonly title?: string;
  readonly gridPos?: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  readonly datasource?: { readonly type?: string; readonly uid?: string };
  readonly targets?: readonly GrafanaTarget[];
  readonly panels?: readonly GrafanaPanel[];
}
export interface GrafanaDashboard {
  readonly uid: string;
  readonly title: string;
  readonly panels: readonly GrafanaPanel[];
  readonly templating: {
    readonly list: readonly {
      readonly name: string;
      readonly type: string;
      readonly definition?: string;
      readonly query?: unknown;
      readonly datasource?: { readonly uid?: string };
    }[];
  };
  readonly annotations: {
    readonly list: readonly {
      readonly name: string;
      readonly expr?: string;
      readonly builtIn?: number;
      readonly datasource?: { readonly type?: string; readonly uid?: string };
    }[];
  };
}

export interface DashboardFile {
  readonly file: string;
  readonly json: GrafanaDashboard;
}

export function loadDashboards(): DashboardFile[] {
  return readdirSync(dashboardsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, json: JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8')) }));
}

/** Panels and the panels of collapsed rows, flattened. */
export function allPanels(dashboard: GrafanaDashboard): GrafanaPanel[] {
  return dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]);
}

export interface Expression {
  /** e.g. `overview.json: "Tasks failing" A`, or `rules.yml: LonghaulTaskStuck`. */
  readonly where: string;
  readonly expr: string;
  readonly source: 'panel' | 'annotation' | 'variable' | 'record' | 'alert';
}

/** Every PromQL expression of a dashboard; a variable's is the series selector of its `label_values()`. */
export function dashboardExpressions({ file, json }: DashboardFile): Expression[] {
  const out: Expression[] = [];
  for (const panel of allPanels(json)) {
    for (const target of panel.targets ?? []) {
      out.push({
        where: `${file}: "${panel.title}" ${target.refId}`,
        expr: target.expr ?? '',
        source: 'panel',
      });
    }
  }
  for (const annotation of json.annotations.list) {
    if (annotation.expr !== undefined)
      out.push({
        where: `${file}: annotation "${annotation.name}"`,
        expr: annotation.expr,
        source: 'annotation',
      });
  }
  for (const variable of json.templating.list) {
    if (variable.type !== 'query') continue;
    const match = /^label_values\((.+),\s*(\w+)\)$/.exec(variable.definition ?? '');
    out.push({ where: `${file}: variable $${variable.name}`, expr: match?.[1] ?? '', source: 'variable' });
  }
  return out;
}

interface RuleFile {
  readonly groups: readonly {
    readonly name: string;
    readonly rules: readonly { readonly record?: string; readonly alert?: string; readonly expr: string }[];
  }[];
}

export function loadRules(): RuleFile {
  return YAML.parse(readFileSync(rulesFile, 'utf8')) as RuleFile;
}

export function ruleExpressions(): Expression[] {
  return loadRules().groups.flatMap((group) =>
    group.rules.map((rule) => ({
      where: `rules.yml: ${rule.alert ?? rule.record}`,
      expr: rule.expr,
      source: rule.alert ? ('alert' as const) : ('record' as const),
    })),
  );
}

/** `$name`, `${name}`, `${name:fmt}` and `[[name]]` references in a text. */
export function variableReferences(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\$\{(\w+)(?::\w+)?\}|\$(\w+)|\[\[(\w+)\]\]/g))
    names.push(match[1] ?? match[2] ?? match[3]);
  return names;
}

/** Grafana's global variables, which need no definition in the dashboard. */
export const grafanaGlobals = new Set([
  '__rate_interval',
  '__interval',
  '__interval_ms',
  '__range',
  '__range_s',
  '__range_ms',
  '__from',
  '__to',
  '__dashboard',
  '__name',
]);

/**
 * The expression as Grafana would send it with every variable at "All" (`.*`), over a range of
 * `range_s` seconds, with Prometheus scraping every `scrape_s` seconds.
 */
export function resolveVariables(expr: string, options: { range_s: number; scrape_s: number }): string {
  const rateInterval_s = Math.max(4 * options.scrape_s, 10);
  return expr
    .replaceAll('$__rate_interval', `${rateInterval_s}s`)
    .replaceAll('$__interval', `${options.scrape_s}s`)
    .replaceAll('$__range', `${Math.ceil(options.range_s)}s`)
    .replace(/\$\{\w+(?::\w+)?\}|\$\w+|\[\[\w+\]\]/g, '.*');
}
