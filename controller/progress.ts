// Live console progress of a run: the phase of the current task, rate against target, p99, errors.
import type { TaskVerdict } from './model.ts';
import type { ProgressEvent } from './tasks/runner.ts';

const phaseIcons: Record<string, string> = { prepare: '…', warmup: '~', workload: '>', cleanup: '<' };

function formatEta(ends_ms: number | undefined): string {
  if (ends_ms === undefined) return '';
  const left_s = Math.max(0, Math.round((ends_ms - Date.now()) / 1000));
  return ` (${left_s}s left)`;
}

/**
 * On a TTY one status line is redrawn in place; otherwise (CI logs) a line is printed per phase
 * and every ten seconds, so logs stay readable.
 */
export class ConsoleProgress {
  private readonly suite: string;
  private readonly tty: boolean;
  private line = '';
  private lastPrint_ms = 0;
  private phase: Extract<ProgressEvent, { type: 'phase' }> | undefined;

  constructor(suite: string, stream: NodeJS.WriteStream = process.stderr) {
    this.suite = suite;
    this.tty = stream.isTTY === true;
  }

  private write(text: string, sticky: boolean): void {
    if (this.tty) {
      process.stderr.write(`\r\x1b[2K${text}${sticky ? '' : '\n'}`);
      this.line = sticky ? text : '';
    } else {
      process.stderr.write(`${text}\n`);
    }
  }

  onEvent(event: ProgressEvent): void {
    switch (event.type) {
      case 'phase':
        this.phase = event;
        this.write(
          `  ${phaseIcons[event.phase] ?? ' '} ${event.task} [attempt ${event.attempt}] ${event.phase}${formatEta(event.ends_ms)}`,
          false,
        );
        break;
      case 'sample': {
        const now = Date.now();
        const text = `    ${event.task}: ${Math.round(event.acked_per_s)}/${Math.round(event.target_per_s)} rec/s, produce p99 ${event.p99_ms.toFixed(1)} ms, errors ${event.errors}${formatEta(this.phase?.ends_ms)}`;
        if (this.tty) this.write(text, true);
        else if (now - this.lastPrint_ms >= 10_000) {
          this.lastPrint_ms = now;
          this.write(text, false);
        }
        break;
      }
      case 'interrupted':
        this.write(`  ! ${event.task} attempt ${event.attempt} interrupted: ${event.reason}`, false);
        break;
    }
  }

  taskDone(verdict: TaskVerdict): void {
    if (this.tty && this.line) process.stderr.write('\r\x1b[2K');
    const mark =
      verdict.status === 'pass' ? 'PASS' : verdict.status === 'fail' ? 'FAIL' : verdict.status.toUpperCase();
    const failing = verdict.assertions.filter((a) => a.status === 'fail').map((a) => a.id);
    const detail =
      verdict.status === 'fail'
        ? `: ${failing.join(', ') || verdict.unexpected.join(', ')}`
        : verdict.errors.length > 0
          ? `: ${verdict.errors[0]}`
          : '';
    process.stderr.write(
      `${mark} ${this.suite}/${verdict.name} (${verdict.kind}, ${((verdict.ended_ms - verdict.started_ms) / 1000).toFixed(0)}s)${detail}\n`,
    );
  }
}
