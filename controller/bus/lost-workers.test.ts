// Worker loss as it happens to real processes: SIGKILL (spot reclaim) and SIGSTOP (a frozen pod), then recovery.
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BusWorkerGoneError } from '../../common/bus/errors.ts';
import { freePort } from '../../test/helpers/ports.ts';
import { repoRoot, spawnProcess } from '../../test/helpers/processes.ts';
import type { BusServer, WorkerInfo } from './server.ts';
import { startController, type TestController } from './test-kit.ts';

const fixture = join(repoRoot, 'worker', 'bus', 'fixtures', 'bus-worker.ts');
const heartbeat_ms = 200;
const lostAfter_ms = 600;
/** Scheduling noise on a loaded 2-core CI machine, on top of the loss window. */
const slack_ms = 500;

const controllers: TestController[] = [];
afterEach(async () => {
  await Promise.all(controllers.splice(0).map((controller) => controller.stop()));
});

function spawnWorker(url: string, workerId: string) {
  return spawnProcess(process.execPath, ['--import', 'tsx', fixture], {
    name: `bus-worker ${workerId}`,
    env: { LONGHAUL_BUS_URL: url, LONGHAUL_WORKER_ID: workerId, LONGHAUL_HEARTBEAT_MS: String(heartbeat_ms) },
  });
}

async function next(bus: BusServer, event: 'worker-lost' | 'worker-reconnected', timeout_ms: number) {
  const [info] = (await once(bus, event, { signal: AbortSignal.timeout(timeout_ms) })) as [WorkerInfo];
  return info;
}

const rate = { roleId: 'p-1', rate_per_s: 100, unit: 'messages' } as const;

describe('lost workers', () => {
  it('declares a SIGKILLed worker lost within the loss window and fails requests to it at once', async () => {
    const controller = await startController(await freePort(), { heartbeat_ms, lostAfter_ms });
    controllers.push(controller);
    const child = spawnWorker(controller.url, 'killed-1');
    await child.waitForOutput(/registered 1 /, 20_000);
    await expect(controller.bus.request('killed-1', 'rate.set', rate)).resolves.toEqual({
      roleId: 'p-1',
      rate_per_s: 100,
    });

    const lost = next(controller.bus, 'worker-lost', lostAfter_ms + slack_ms + 1000);
    const killed_ms = performance.now();
    child.signal('SIGKILL');
    const info = await lost;

    expect(performance.now() - killed_ms).toBeLessThan(lostAfter_ms + slack_ms);
    expect(info).toMatchObject({ workerId: 'killed-1', state: 'lost', pid: child.pid });
    await expect(controller.bus.request('killed-1', 'rate.set', rate)).rejects.toThrow(BusWorkerGoneError);
  });

  it('declares a SIGSTOPped worker lost after the silence window, and re-registers it after SIGCONT', async () => {
    const controller = await startController(await freePort(), { heartbeat_ms, lostAfter_ms });
    controllers.push(controller);
    const child = spawnWorker(controller.url, 'frozen-1');
    await child.waitForOutput(/registered 1 /, 20_000);

    const lost = next(controller.bus, 'worker-lost', lostAfter_ms + slack_ms + 1000);
    const stopped_ms = performance.now();
    child.signal('SIGSTOP');
    const lostInfo = await lost;
    const detected_ms = performance.now() - stopped_ms;

    // Silent, not disconnected: the kernel keeps a stopped process's socket open.
    expect(lostInfo.lostReason).toMatch(/silent for more than 600 ms/);
    expect(detected_ms).toBeGreaterThanOrEqual(lostAfter_ms - heartbeat_ms - 50);
    expect(detected_ms).toBeLessThan(lostAfter_ms + slack_ms);
    await expect(controller.bus.request('frozen-1', 'rate.set', rate)).rejects.toThrow(
      /frozen-1 is gone: lost/,
    );

    const reconnected = next(controller.bus, 'worker-reconnected', 5000);
    child.signal('SIGCONT');
    const info = await reconnected;

    expect(info).toMatchObject({ workerId: 'frozen-1', state: 'connected', registrations: 2 });
    await child.waitForOutput(/registered 2 reconnected=true/, 5000);
    await expect(controller.bus.request('frozen-1', 'rate.set', rate)).resolves.toEqual({
      roleId: 'p-1',
      rate_per_s: 100,
    });
  });
});
