// Writes dashboards/*.json and the generated sections of dashboards/README.md from the TypeScript definitions.
//
//   node --import tsx dashboards/generate.ts          rewrite the generated files
//   node --import tsx dashboards/generate.ts --check  exit 1 when a checked-in file is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syncDashboards } from '../deploy/kustomize/sync-dashboards.ts';
import { dashboards } from './boards/index.ts';
import { renderCatalogue } from './catalogue.ts';
import { type DashboardSpec, renderDashboard } from './grafana.ts';

export const dashboardsDir = dirname(fileURLToPath(import.meta.url));
export const readmePath = join(dashboardsDir, 'README.md');

/** `longhaul-overview` -> `overview.json`. */
export function dashboardFileName(spec: DashboardSpec): string {
  return `${spec.uid.replace(/^longhaul-/, '')}.json`;
}

/** Metric names a PromQL expression reads (what the README lists per panel). */
export function metricsIn(expr: string): string[] {
  const withoutStrings = expr.replace(/"[^"]*"/g, '""');
  const names =
    withoutStrings.match(/\b(longhaul_[a-z0-9_]+|longhaul:[a-z0-9_:]+|up|ALERTS)\b(?!\s*\()/g) ?? [];
  return [...new Set(names)];
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function renderDashboardsSection(): string {
  const lines: string[] = [];
  for (const spec of dashboards) {
    const variables = spec.variables.map((v) => `\`${v.kind === 'datasource' ? 'datasource' : v.name}\``);
    lines.push(`### ${spec.title.replace(/^longhaul \/ /, '')}: \`${dashboardFileName(spec)}\``, '');
    lines.push(spec.description, '');
    lines.push(
      `uid \`${spec.uid}\`; variables ${variables.join(', ')}; annotations: ${spec.annotations.map((a) => a.name.toLowerCase()).join(', ')}.`,
      '',
    );
    lines.push('| panel | what it shows | metrics |', '|---|---|---|');
    for (const section of spec.sections) {
      for (const row of section.rows) {
        for (const panel of row) {
          const metrics = [...new Set(panel.queries.flatMap((q) => metricsIn(q.expr)))];
          lines.push(
            `| ${cell(section.title)}: **${cell(panel.title)}** | ${cell(panel.description)} | ${metrics.map((m) => `\`${m}\``).join(', ')} |`,
          );
        }
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Replaces the text between `<!-- generated:<name>:start ... -->` and `<!-- generated:<name>:end -->`. */
export function replaceSection(text: string, name: string, content: string): string {
  const start = new RegExp(`<!-- generated:${name}:start[^>]*-->\\n`);
  const end = `<!-- generated:${name}:end -->`;
  const startMatch = start.exec(text);
  const endIndex = text.indexOf(end);
  if (!startMatch || endIndex < startMatch.index)
    throw new Error(`dashboards/README.md has no generated:${name} markers; add them where the section goes`);
  return text.slice(0, startMatch.index + startMatch[0].length) + content + text.slice(endIndex);
}

/**
 * Markdown is written as generated: the pinned Biome (2.5, see package.json) does not format
 * Markdown, so `npm run lint` accepts it as is.
 */
function formatMarkdown(text: string, _path: string): string {
  return text;
}

/** Every generated file with the content it should have: path -> text. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const spec of dashboards) {
    files.set(
      join(dashboardsDir, dashboardFileName(spec)),
      `${JSON.stringify(renderDashboard(spec), null, 2)}\n`,
    );
  }
  let readme = readFileSync(readmePath, 'utf8');
  readme = replaceSection(readme, 'dashboards', `\n${renderDashboardsSection()}\n`);
  readme = replaceSection(readme, 'catalogue', `\n${renderCatalogue()}\n`);
  files.set(readmePath, formatMarkdown(readme, readmePath));
  return files;
}

/** The generated files whose checked-in content differs from what the definitions produce. */
export function staleFiles(): string[] {
  const stale: string[] = [];
  for (const [path, content] of generatedFiles()) {
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== content) stale.push(relative(process.cwd(), path));
  }
  return stale;
}

function main(): number {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length === 0) return 0;
    process.stderr.write(`out of date: ${stale.join(', ')}\nrun: node --import tsx dashboards/generate.ts\n`);
    return 1;
  }
  for (const [path, content] of generatedFiles()) writeFileSync(path, content);
  // The kustomize base carries a copy (kustomize reads no file outside its root): keep it in step.
  syncDashboards();
  process.stdout.write(
    `wrote ${dashboards.length} dashboards and dashboards/README.md, and their copy in deploy/kustomize/base/dashboards\n`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
