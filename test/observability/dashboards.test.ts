// The checked-in dashboards are well-formed Grafana JSON, up to date with their TypeScript, and name only real metrics.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { dashboards } from '../../dashboards/boards/index.ts';
import { catalogue, seriesNames } from '../../dashboards/catalogue.ts';
import { dashboardFileName, metricsIn, staleFiles } from '../../dashboards/generate.ts';
import { repoRoot } from '../helpers/processes.ts';
import {
  allPanels,
  dashboardExpressions,
  dashboardsDir,
  grafanaGlobals,
  loadDashboards,
  loadRules,
  variableReferences,
} from './expressions.ts';

const files = loadDashboards();
/** Grafana's reference to the dashboard's `datasource` variable. */
const datasourceUid = '$' + '{datasource}';

describe('generated files', () => {
  it('dashboards/*.json and the README sections are what `node --import tsx dashboards/generate.ts` writes', () => {
    expect(staleFiles(), 'run: node --import tsx dashboards/generate.ts').toEqual([]);
  });

  it('every JSON file in dashboards/ is a generated dashboard', () => {
    const generated = dashboards.map(dashboardFileName).sort();
    expect(
      readdirSync(dashboardsDir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(generated);
  });

  it('the README catalogue lists every metric of every component', () => {
    const readme = readFileSync(join(dashboardsDir, 'README.md'), 'utf8');
    for (const entry of catalogue()) {
      const shown = entry.processMetric
        ? entry.name.replace(/^longhaul_(controller|broker|worker)_/, '')
        : entry.name;
      expect(readme, entry.name).toContain(`\`${shown}\``);
    }
  });
});

describe.each(files)('dashboard $file', ({ file, json }) => {
  const panels = allPanels(json);
  const contentPanels = panels.filter((p) => p.type !== 'row');

  it('has a uid, a title and the longhaul tag', () => {
    expect(json.uid).toMatch(/^longhaul-[a-z-]+$/);
    expect(json.title).toMatch(/^longhaul \/ /);
  });

  it('gives every panel a unique id', () => {
    const ids = panels.map((p) => p.id);
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lays panels out on the 24-column grid without overlaps', () => {
    const boxes = panels.map((p) => ({ title: p.title, ...p.gridPos! }));
    for (const box of boxes) {
      expect(box.x, box.title).toBeGreaterThanOrEqual(0);
      expect(box.w, box.title).toBeGreaterThan(0);
      expect(box.h, box.title).toBeGreaterThan(0);
      expect(box.x + box.w, box.title).toBeLessThanOrEqual(24);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `"${a.title}" overlaps "${b.title}"`).toBe(false);
      }
    }
  });

  it('gives every panel the datasource variable and at least one query with one', () => {
    expect(contentPanels.length).toBeGreaterThan(0);
    for (const panel of contentPanels) {
      expect(panel.datasource, panel.title).toEqual({ type: 'prometheus', uid: datasourceUid });
      expect(panel.targets?.length, panel.title).toBeGreaterThan(0);
      for (const target of panel.targets ?? []) {
        expect(target.expr?.trim(), `${panel.title} ${target.refId}`).toBeTruthy();
        expect(target.datasource?.uid, `${panel.title} ${target.refId}`).toBe(datasourceUid);
      }
      const refIds = (panel.targets ?? []).map((t) => t.refId);
      expect(new Set(refIds).size, panel.title).toBe(refIds.length);
    }
  });

  it('defines a datasource variable, a cluster variable, and every variable its queries use', () => {
    const defined = new Set(json.templating.list.map((v) => v.name));
    expect(defined).toContain('datasource');
    expect(defined).toContain('cluster');
    const texts = [
      ...dashboardExpressions({ file, json }).map((e) => e.expr),
      ...panels.map((p) => JSON.stringify(p.datasource ?? {})),
      ...json.annotations.list.map((a) => JSON.stringify(a.datasource ?? {})),
    ];
    for (const text of texts) {
      for (const name of variableReferences(text)) {
        expect(defined.has(name) || grafanaGlobals.has(name), `$${name} in ${text}`).toBe(true);
      }
    }
    // A variable may only use the variables defined before it (Grafana resolves them in order).
    const seen = new Set<string>();
    for (const variable of json.templating.list) {
      for (const name of variableReferences(variable.definition ?? ''))
        expect(seen, variable.name).toContain(name);
      seen.add(variable.name);
    }
  });

  it('draws fault windows from longhaul_faults_active', () => {
    const faults = json.annotations.list.find((a) => a.expr?.includes('longhaul_faults_active'));
    expect(faults?.datasource?.uid).toBe(datasourceUid);
  });
});

describe('metric naming', () => {
  const own = catalogue().filter((e) => !e.processMetric);

  it.each(own)('$name follows the Prometheus conventions', (entry) => {
    expect(entry.name).toMatch(/^longhaul_[a-z][a-z0-9_]*$/);
    if (entry.type === 'counter') expect(entry.name).toMatch(/_total$/);
    else expect(entry.name).not.toMatch(/_total$/);
    if (entry.type === 'histogram') expect(entry.name).toMatch(/_(seconds|bytes)$/);
    expect(entry.name).not.toMatch(/_(ms|milliseconds|kb|mb|percent)(_|$)/);
    expect(entry.help.length).toBeGreaterThan(10);
    // Labels that would grow without bound over a soak.
    for (const label of entry.labels)
      expect(label).not.toMatch(/^(run_?id|worker_?id|producer_?id|offset|key|seq|record)$/i);
  });
});

describe('metric names in dashboards and rules', () => {
  const known = new Set(catalogue().flatMap(seriesNames));
  const recorded = new Set(
    loadRules()
      .groups.flatMap((g) => g.rules)
      .flatMap((r) => (r.record ? [r.record] : [])),
  );
  const builtIn = new Set(['up', 'ALERTS']);

  it('every metric a dashboard query reads is registered by a component', () => {
    const unknown = files
      .flatMap(dashboardExpressions)
      .flatMap((e) => metricsIn(e.expr).map((m) => ({ m, where: e.where })))
      .filter(({ m }) => !known.has(m) && !builtIn.has(m));
    expect(unknown).toEqual([]);
  });

  it('every metric a rule reads is registered by a component or recorded by a rule', () => {
    const unknown = loadRules()
      .groups.flatMap((g) => g.rules)
      .flatMap((r) => metricsIn(r.expr).map((m) => ({ m, rule: r.alert ?? r.record })))
      .filter(({ m }) => !known.has(m) && !recorded.has(m) && !builtIn.has(m));
    expect(unknown).toEqual([]);
  });

  it('every rule has a severity and a summary, and every alert is unit-tested', () => {
    const rules = loadRules().groups.flatMap((g) => g.rules) as {
      alert?: string;
      labels?: { severity?: string };
      annotations?: { summary?: string };
    }[];
    const tests = readFileSync(join(repoRoot, 'deploy', 'prometheus', 'rules.test.yml'), 'utf8');
    for (const rule of rules.filter((r) => r.alert)) {
      expect(['critical', 'warning', 'info'], rule.alert).toContain(rule.labels?.severity);
      expect(rule.annotations?.summary, rule.alert).toBeTruthy();
      expect(tests, `${rule.alert} has no firing case in rules.test.yml`).toMatch(
        new RegExp(`alertname: ${rule.alert}\\n\\s+exp_alerts:\\n\\s+- exp_labels`),
      );
    }
  });
});

describe('Grafana provisioning', () => {
  const provisioning = join(repoRoot, 'deploy', 'grafana', 'provisioning');
  const read = (path: string) => YAML.parse(readFileSync(join(provisioning, path), 'utf8'));

  it('provides one default Prometheus datasource', () => {
    const { apiVersion, datasources } = read('datasources/longhaul.yaml');
    expect(apiVersion).toBe(1);
    expect(datasources).toHaveLength(1);
    expect(datasources[0]).toMatchObject({ type: 'prometheus', access: 'proxy', isDefault: true });
    expect(datasources[0].url).toMatch(/^http:\/\//);
  });

  it('loads the dashboards from the folder deploy/grafana/README.md mounts them at', () => {
    const { apiVersion, providers } = read('dashboards/longhaul.yaml');
    expect(apiVersion).toBe(1);
    expect(providers[0]).toMatchObject({ type: 'file', folder: 'longhaul' });
    const readme = readFileSync(join(repoRoot, 'deploy', 'grafana', 'README.md'), 'utf8');
    expect(readme).toContain(`dashboards:${providers[0].options.path}`);
  });
});
