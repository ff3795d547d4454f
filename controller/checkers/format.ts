// Number formatting for verdict messages and reports: durations, counts, rates, fractions, times.

/** `850ms`, `1.25s`, `42s`, `2m05s`, `1h02m`, `3d04h`; locale-free so messages are deterministic. */
export function formatDuration_ms(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms < 0) return `-${formatDuration_ms(-ms)}`;
  if (ms < 1000) return `${trimNumber(ms, ms < 10 ? 2 : ms < 100 ? 1 : 0)}ms`;
  const s = ms / 1000;
  if (s < 10) return `${trimNumber(s, 2)}s`;
  if (s < 60) return `${trimNumber(s, 1)}s`;
  const totalS = Math.round(s);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (totalS < 3600) return `${Math.floor(totalS / 60)}m${pad(totalS % 60)}s`;
  const totalM = Math.floor(totalS / 60);
  if (totalM < 24 * 60) return `${Math.floor(totalM / 60)}h${pad(totalM % 60)}m`;
  const totalH = Math.floor(totalM / 60);
  return `${Math.floor(totalH / 24)}d${pad(totalH % 24)}h`;
}

/** `12,345` (integers) or `12,345.6`. */
export function formatCount(n: number, digits = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(digits);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** `1,234/s`, `12.5/s`. */
export function formatRate(perSecond: number): string {
  return `${formatCount(perSecond, Math.abs(perSecond) < 100 && !Number.isInteger(perSecond) ? 1 : 0)}/s`;
}

/** `10%`, `12.5%`. */
export function formatPercent(fraction: number): string {
  return `${trimNumber(fraction * 100, 1)}%`;
}

/** An offset into a phase: `+12s`, `+2m05s`. */
export function formatOffset_ms(ms: number): string {
  return ms <= 0 ? '+0s' : `+${formatDuration_ms(ms)}`;
}

/** A list of at most `max` items, then `and N more`. */
export function formatList(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** English plural: `1 record`, `2 records`. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : pluralWord}`;
}

function trimNumber(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}
