// The bus between controller and workers over real loopback sockets: requests, publishes, events, restarts, bad frames.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  BusClosedError,
  BusOverloadedError,
  BusPayloadError,
  BusRemoteError,
  BusTimeoutError,
  BusWorkerGoneError,
} from '../../common/bus/errors.ts';
import type { RoleReport, RoleSpecInput } from '../../common/bus/roles.ts';
import { freePort } from '../../test/helpers/ports.ts';
import { waitFor } from '../../test/helpers/wait.ts';
import { BusClient, type BusClientOptions } from '../../worker/bus/client.ts';
import type { WorkerInfo } from './server.ts';
import { captureLogs, startController, type TestController } from './test-kit.ts';

/** A valid role spec and report: the bus validates payloads against the message table. */
const spec: RoleSpecInput = {
  kind: 'producer',
  roleId: 'r',
  runId: 'run',
  producerId: 'p',
  bootstrap: ['127.0.0.1:9092'],
  topic: 't',
  rate: { kind: 'records', perSecond: 10 },
  payload: { kind: 'random', size: { kind: 'fixed', size_bytes: 10 } },
};

function report(reportSeq: number): RoleReport {
  return {
    roleId: 'r',
    workerId: 'w',
    kind: 'producer',
    reportSeq,
    start_ms: 0,
    end_ms: 1,
    final: false,
    state: 'running',
    counters: {
      scheduled: 0,
      sent: 0,
      acked: 0,
      failed: 0,
      consumed: 0,
      bytesSent: 0,
      bytesAcked: 0,
      bytesConsumed: 0,
      failedByError: {},
      decodeErrors: 0,
      lifecycleViolations: 0,
      localDuplicates: 0,
      localReorders: 0,
      unstamped: 0,
      otherRun: 0,
      rereads: 0,
    },
    targetRate_per_s: 0,
    achievedRate_per_s: 0,
    behindSchedule_ms: 0,
  };
}

const controllers: TestController[] = [];
const clients: BusClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await Promise.all(controllers.splice(0).map((controller) => controller.stop()));
});

async function controllerOn(port: number, options: Parameters<typeof startController>[1] = {}) {
  const controller = await startController(port, options);
  controllers.push(controller);
  return controller;
}

async function worker(
  url: string,
  workerId: string,
  options: Partial<BusClientOptions> = {},
  register = true,
): Promise<BusClient> {
  const client = new BusClient({ url, workerId, logger: captureLogs('warn').logger, ...options });
  clients.push(client);
  client.start();
  if (register) await client.waitRegistered(5000);
  return client;
}

type Frame = Record<string, unknown> & { error?: { code: string; message: string } };

/** A WebSocket peer that speaks the bus protocol by hand, to send what a BusClient never would. */
async function rawPeer(url: string) {
  const ws = new WebSocket(url);
  const frames: Frame[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    frames.push(JSON.parse(data.toString()) as Frame);
    for (const waiter of waiters) waiter();
  });
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return {
    ws,
    frames,
    closed,
    send(frame: unknown): void {
      ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
    },
    /** The answer to request `id`, within a bound. */
    answerTo(id: string, timeout_ms = 3000): Promise<Frame> {
      return waitFor(() => frames.find((frame) => frame.correlationId === id), {
        timeout_ms,
        interval_ms: 10,
        what: `answer to ${id}`,
      });
    },
    closedWithin(timeout_ms = 3000): Promise<{ code: number; reason: string }> {
      return Promise.race([
        closed,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`socket still open after ${timeout_ms} ms`)), timeout_ms),
        ),
      ]);
    },
  };
}

const request = (id: string, type: string, payload: unknown, extra: Record<string, unknown> = {}) => ({
  v: 1,
  kind: 'request',
  id,
  type,
  ts_ms: Date.now(),
  payload,
  ...extra,
});

const registration = (workerId: string, busVersion = 1) => ({
  workerId,
  pid: 4242,
  host: 'raw-peer',
  labels: {},
  capabilities: [],
  busVersion,
});

describe('bus requests', () => {
  it('round-trips a typed request to a worker and returns its typed reply', async () => {
    const controller = await controllerOn(await freePort());
    const registered: WorkerInfo[] = [];
    controller.bus.on('worker-registered', (info) => registered.push(info));
    const client = await worker(controller.url, 'w-1', {
      labels: { role: 'producer' },
      capabilities: ['kafkajs'],
    });
    client.handle('rate.set', ({ roleId, rate_per_s, unit }, context) => {
      expect(unit).toBe('messages');
      expect(context.kind).toBe('request');
      return { roleId, rate_per_s: rate_per_s / 2 };
    });

    const reply = await controller.bus.request('w-1', 'rate.set', {
      roleId: 'p-1',
      rate_per_s: 500,
      unit: 'messages',
    });

    expect(reply).toEqual({ roleId: 'p-1', rate_per_s: 250 });
    expect(registered.map((info) => info.workerId)).toEqual(['w-1']);
    expect(controller.bus.worker('w-1')).toMatchObject({
      state: 'connected',
      pid: process.pid,
      labels: { role: 'producer' },
      capabilities: ['kafkajs'],
    });
    expect(client.controllerInfo).toMatchObject({ busVersion: 1, heartbeat_ms: 1000, lostAfter_ms: 3000 });
  });

  it('times out a request whose handler never answers, within its timeout', async () => {
    const controller = await controllerOn(await freePort());
    const client = await worker(controller.url, 'w-hang');
    client.handle('role.start', () => new Promise<never>(() => {}));

    const started = performance.now();
    const error = await controller.bus
      .request('w-hang', 'role.start', { roleId: 'r', spec }, { timeout_ms: 300 })
      .catch((e: unknown) => e);

    const elapsed_ms = performance.now() - started;
    expect(error).toBeInstanceOf(BusTimeoutError);
    expect((error as BusTimeoutError).retriable).toBe(true);
    expect((error as Error).message).toMatch(/no reply from w-hang to role.start within 300 ms/);
    expect(elapsed_ms).toBeGreaterThanOrEqual(290);
    expect(elapsed_ms).toBeLessThan(1000);
  });

  it('turns a handler error into a typed error reply, keeping its retriable flag', async () => {
    const controller = await controllerOn(await freePort());
    const client = await worker(controller.url, 'w-err');
    client.handle('role.stop', ({ roleId }) => {
      throw Object.assign(new Error(`role ${roleId} is still draining`), { retriable: true });
    });

    const error = await controller.bus
      .request('w-err', 'role.stop', { roleId: 'p-9' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BusRemoteError);
    expect(error).toMatchObject({ code: 'handler_error', retriable: true });
    expect((error as Error).message).toBe('worker w-err failed role.stop: role p-9 is still draining');

    const unhandled = await controller.bus
      .request('w-err', 'worker.shutdown', { reason: 'test', drain_ms: 0 })
      .catch((e: unknown) => e);
    expect(unhandled).toMatchObject({ code: 'no_handler', retriable: false });
    expect((unhandled as Error).message).toMatch(/w-err has no handler for worker.shutdown/);
  });

  it('fails fast and clearly for an unknown worker or a payload that breaks its schema', async () => {
    const controller = await controllerOn(await freePort());
    await worker(controller.url, 'w-ok');
    await expect(
      controller.bus.request('nobody', 'rate.set', { roleId: 'p', rate_per_s: 1, unit: 'messages' }),
    ).rejects.toThrow(BusWorkerGoneError);
    await expect(
      controller.bus.request('nobody', 'rate.set', { roleId: 'p', rate_per_s: 1, unit: 'messages' }),
    ).rejects.toThrow(/worker nobody is gone: it never registered/);
    await expect(
      controller.bus.request('w-ok', 'rate.set', { roleId: 'p', rate_per_s: -5, unit: 'messages' }),
    ).rejects.toThrow(BusPayloadError);
  });

  it('refuses a request beyond its pending-request bound, before sending it', async () => {
    const controller = await controllerOn(await freePort(), { maxPendingRequests: 1 });
    const client = await worker(controller.url, 'w-busy');
    let calls = 0;
    client.handle('role.start', () => {
      calls++;
      return new Promise<never>(() => {});
    });
    const first = controller.bus
      .request('w-busy', 'role.start', { roleId: 'a', spec: { ...spec, roleId: 'a' } }, { timeout_ms: 500 })
      .catch((e: unknown) => e);
    await expect(
      controller.bus.request('w-busy', 'role.start', { roleId: 'b', spec: { ...spec, roleId: 'b' } }),
    ).rejects.toThrow(BusOverloadedError);
    expect(await first).toBeInstanceOf(BusTimeoutError);
    expect(calls).toBe(1);
  });

  it('reports a worker that closes its connection on purpose as lost, without alarm', async () => {
    const controller = await controllerOn(await freePort());
    const client = await worker(controller.url, 'w-leaving');
    const lost = new Promise<WorkerInfo>((resolve) => controller.bus.once('worker-lost', resolve));
    await client.close();
    expect((await lost).lostReason).toBe('worker closed its connection (code 1000: worker closing)');
    const lines = controller.logs.matching(/^worker lost$/);
    expect(lines.map((line) => line.level)).toEqual([30]);
  });

  it('rejects pending requests and publishes when the server closes', async () => {
    const controller = await controllerOn(await freePort());
    const client = await worker(controller.url, 'w-pending');
    client.handle('role.start', () => new Promise<never>(() => {}));
    const pending = controller.bus.request(
      'w-pending',
      'role.start',
      { roleId: 'r', spec },
      { timeout_ms: 30_000 },
    );
    const published = controller.bus.publish(
      'all',
      'role.start',
      { roleId: 'r', spec },
      { timeout_ms: 30_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await controller.bus.close();
    await expect(pending).rejects.toThrow(BusClosedError);
    await expect(published).rejects.toThrow(BusClosedError);
    await expect(controller.bus.request('w-pending', 'role.start', { roleId: 'r', spec })).rejects.toThrow(
      /bus server is closed/,
    );
  });
});

describe('bus publishes', () => {
  it('collects an ack from every worker; one that never acks is reported as timed out', async () => {
    const controller = await controllerOn(await freePort());
    for (const id of ['w-a', 'w-b', 'w-c']) {
      const client = await worker(controller.url, id);
      client.handle('rate.set', ({ roleId, rate_per_s }, context) => {
        expect(context.kind).toBe('publish');
        if (id === 'w-c') return new Promise<never>(() => {});
        return { roleId, rate_per_s };
      });
    }

    const started = performance.now();
    const result = await controller.bus.publish(
      'all',
      'rate.set',
      { roleId: 'p', rate_per_s: 10, unit: 'messages' },
      { timeout_ms: 400 },
    );

    expect([...result.acked].sort()).toEqual(['w-a', 'w-b']);
    expect(result.timedOut).toEqual(['w-c']);
    expect(result.failed).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('selects by label or by id, and reports error acks and absent workers as failed', async () => {
    const controller = await controllerOn(await freePort());
    const producer = await worker(controller.url, 'prod-1', { labels: { role: 'producer' } });
    const consumer = await worker(controller.url, 'cons-1', { labels: { role: 'consumer' } });
    producer.handle('rate.set', ({ roleId, rate_per_s }) => ({ roleId, rate_per_s }));
    consumer.handle('rate.set', () => {
      throw new Error('consumers have no rate');
    });

    const byLabel = await controller.bus.publish({ labels: { role: 'producer' } }, 'rate.set', {
      roleId: 'p',
      rate_per_s: 1,
      unit: 'bytes',
    });
    expect(byLabel).toEqual({ acked: ['prod-1'], failed: [], timedOut: [] });

    const byId = await controller.bus.publish({ workerIds: ['prod-1', 'cons-1', 'ghost'] }, 'rate.set', {
      roleId: 'p',
      rate_per_s: 1,
      unit: 'bytes',
    });
    expect(byId.acked).toEqual(['prod-1']);
    expect(byId.timedOut).toEqual([]);
    const failed = Object.fromEntries(byId.failed.map(({ workerId, error }) => [workerId, error]));
    expect(failed['cons-1']).toBeInstanceOf(BusRemoteError);
    expect(failed['cons-1']?.message).toMatch(/consumers have no rate/);
    expect(failed.ghost).toBeInstanceOf(BusWorkerGoneError);
  });

  it('frames publishes of every length encoding so that clients read them (7-, 16- and 64-bit lengths)', async () => {
    const controller = await controllerOn(await freePort());
    const clients = [await worker(controller.url, 'w-1'), await worker(controller.url, 'w-2')];
    const received: { roleId: string; steps: number }[] = [];
    for (const client of clients) {
      client.handle('role.stop', ({ roleId }) => ({ roleId, wasRunning: false }));
      client.handle('role.start', ({ roleId, spec: started }) => {
        const profile = started.kind === 'producer' ? started.profile : null;
        received.push({ roleId, steps: profile?.kind === 'steps' ? profile.steps.length : 0 });
        return { roleId };
      });
    }
    const ackedBoth = (result: { acked: readonly string[]; failed: readonly unknown[] }) =>
      expect({ acked: [...result.acked].sort(), failed: result.failed }).toEqual({
        acked: ['w-1', 'w-2'],
        failed: [],
      });
    // About 120 bytes (7-bit length), about 1.1 KiB (16-bit), about 340 KiB (64-bit).
    ackedBoth(await controller.bus.publish('all', 'role.stop', { roleId: 'r' }));
    ackedBoth(await controller.bus.publish('all', 'role.stop', { roleId: 'r', reason: 'x'.repeat(1000) }));
    const steps = Array.from({ length: 10_000 }, (_, i) => ({ at_ms: i * 1000, rate_per_s: 1000 + i }));
    ackedBoth(
      await controller.bus.publish('all', 'role.start', {
        roleId: 'big',
        spec: { ...spec, roleId: 'big', profile: { kind: 'steps', steps } },
      }),
    );
    expect(received).toEqual([
      { roleId: 'big', steps: 10_000 },
      { roleId: 'big', steps: 10_000 },
    ]);
  });

  it('resolves at once when the selector matches no worker', async () => {
    const controller = await controllerOn(await freePort());
    const result = await controller.bus.publish('all', 'worker.shutdown', { reason: 'end', drain_ms: 0 });
    expect(result).toEqual({ acked: [], failed: [], timedOut: [] });
  });
});

describe('bus events', () => {
  it('delivers worker events to the controller as typed events', async () => {
    const controller = await controllerOn(await freePort());
    const client = await worker(controller.url, 'w-rep');
    const received: unknown[] = [];
    controller.bus.on('event', (event) => received.push(event));

    expect(client.emit('worker.report', report(1))).toBe('sent');
    await waitFor(() => received.length === 1, { timeout_ms: 2000 });

    expect(received[0]).toMatchObject({
      workerId: 'w-rep',
      type: 'worker.report',
      payload: { roleId: 'r', reportSeq: 1, kind: 'producer' },
    });
    expect(() => client.emit('worker.report', [1, 2] as never)).toThrow(BusPayloadError);
  });
});

describe('bus reconnection', () => {
  it('workers reconnect and re-register after a controller restart on the same port, delivering queued events', async () => {
    const port = await freePort();
    const first = await controllerOn(port);
    const options = { backoff: { initialDelay_ms: 50, maxDelay_ms: 300 }, maxQueuedEvents: 3 };
    const workers = await Promise.all(['r-1', 'r-2', 'r-3'].map((id) => worker(first.url, id, options)));
    for (const client of workers)
      client.handle('rate.set', ({ roleId, rate_per_s }) => ({ roleId, rate_per_s }));

    await first.stop();
    await waitFor(() => workers.every((client) => client.state !== 'registered'), {
      timeout_ms: 3000,
      what: 'workers to notice the controller is gone',
    });
    const reporter = workers[0] as BusClient;
    for (let seq = 0; seq < 5; seq++) expect(reporter.emit('worker.report', report(seq))).toBe('queued');

    const restarted_ms = Date.now();
    const second = await controllerOn(port);
    const events: unknown[] = [];
    second.bus.on('event', (event) => events.push(event.payload));
    await waitFor(() => second.bus.workers().filter((info) => info.state === 'connected').length === 3, {
      timeout_ms: 5000,
      what: 'three workers registered with the new controller',
    });
    expect(Date.now() - restarted_ms).toBeLessThan(2000);

    // Bounded queue: of five reports emitted while away, the three newest arrive, two were dropped.
    await waitFor(() => events.length === 3, { timeout_ms: 2000, what: 'queued reports' });
    expect(events.map((e) => (e as { reportSeq: number }).reportSeq)).toEqual([2, 3, 4]);
    expect(reporter.stats().droppedEvents).toBe(2);
    expect(reporter.stats().registrations).toBe(2);

    const result = await second.bus.publish('all', 'rate.set', {
      roleId: 'p',
      rate_per_s: 5,
      unit: 'messages',
    });
    expect([...result.acked].sort()).toEqual(['r-1', 'r-2', 'r-3']);
  });

  it('a worker gives up after giveUpAfter_ms without a controller, counted from when it lost the last one', async () => {
    const port = await freePort();
    const controller = await controllerOn(port);
    const options = { giveUpAfter_ms: 400, backoff: { initialDelay_ms: 20, maxDelay_ms: 50 } };
    const client = await worker(controller.url, 'w-patient', options);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const failed = new Promise<Error>((resolve) => client.lifecycle.once('failed', resolve));
    const stopped_ms = performance.now();
    await controller.stop();

    expect((await failed).message).toMatch(
      /no controller reachable at .* for \d+ ms \(limit 400 ms\); giving up/,
    );
    expect(performance.now() - stopped_ms).toBeGreaterThanOrEqual(390);
    expect(performance.now() - stopped_ms).toBeLessThan(2000);
    expect(client.state).toBe('failed');
    expect(() => client.emit('worker.report', report(0))).toThrow(BusClosedError);
  });

  it('a second connection of the same worker replaces the first', async () => {
    const controller = await controllerOn(await freePort());
    const reconnected: WorkerInfo[] = [];
    controller.bus.on('worker-reconnected', (info) => reconnected.push(info));
    const first = await rawPeer(controller.url);
    first.send(request('a1', 'worker.register', registration('w-dup')));
    expect((await first.answerTo('a1')).ok).toBe(true);
    const second = await rawPeer(controller.url);
    second.send(request('b1', 'worker.register', { ...registration('w-dup'), pid: 5353 }));
    expect((await second.answerTo('b1')).payload).toMatchObject({ reconnected: true });

    expect((await first.closedWithin()).code).toBe(4004);
    expect(reconnected.map((info) => info.pid)).toEqual([5353]);
    expect(controller.bus.worker('w-dup')?.state).toBe('connected');
    second.ws.close();
  });
});

describe('bus protocol violations', () => {
  it('closes a connection that sends garbage, logs it, and keeps serving other workers', async () => {
    const controller = await controllerOn(await freePort());
    const peer = await rawPeer(controller.url);
    peer.send('{"v":1, this is not json');
    expect((await peer.closedWithin()).code).toBe(4000);
    expect(controller.logs.matching(/bus protocol error: frame is not JSON/)).toHaveLength(1);

    const binary = await rawPeer(controller.url);
    binary.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect((await binary.closedWithin()).code).toBe(4000);

    const client = await worker(controller.url, 'w-after');
    client.handle('rate.set', ({ roleId, rate_per_s }) => ({ roleId, rate_per_s }));
    await expect(
      controller.bus.request('w-after', 'rate.set', { roleId: 'p', rate_per_s: 1, unit: 'messages' }),
    ).resolves.toEqual({ roleId: 'p', rate_per_s: 1 });
    expect(controller.bus.stats().protocolErrors).toBe(2);
  });

  it('answers a frame of another envelope version with version_mismatch, then closes', async () => {
    const controller = await controllerOn(await freePort());
    const peer = await rawPeer(controller.url);
    peer.send({ ...request('x1', 'worker.register', registration('w-v2')), v: 2 });
    const answer = await peer.answerTo('x1');
    expect(answer).toMatchObject({
      kind: 'reply',
      ok: false,
      error: { code: 'version_mismatch', retriable: false },
    });
    expect((await peer.closedWithin()).code).toBe(4002);
  });

  it('refuses registration with another bus version, and the client stops with a clear error', async () => {
    const controller = await controllerOn(await freePort());
    const peer = await rawPeer(controller.url);
    peer.send(request('r1', 'worker.register', registration('w-old', 2)));
    const answer = await peer.answerTo('r1');
    expect(answer.error?.code).toBe('version_mismatch');
    expect(answer.error?.message).toMatch(/speaks bus protocol version 2, this controller speaks 1/);
    expect((await peer.closedWithin()).code).toBe(4002);

    const client = await worker(controller.url, 'w-skewed', { busVersion: 2 }, false);
    await expect(client.waitRegistered(3000)).rejects.toThrow(/bus protocol version 2/);
    expect(client.state).toBe('failed');
    expect(controller.bus.worker('w-skewed')).toBeUndefined();
  });

  it('refuses anything but registration first', async () => {
    const controller = await controllerOn(await freePort());
    const peer = await rawPeer(controller.url);
    peer.send(request('h1', 'worker.heartbeat', { seq: 0, uptime_ms: 0, queuedEvents: 0, droppedEvents: 0 }));
    expect((await peer.answerTo('h1')).error?.code).toBe('not_registered');
    expect((await peer.closedWithin()).code).toBe(4003);
  });

  it('closes a connection that sends a frame over the size limit', async () => {
    const controller = await controllerOn(await freePort(), { maxFrame_bytes: 64 * 1024 });
    const peer = await rawPeer(controller.url);
    peer.send(request('r1', 'worker.register', registration('w-big')));
    expect((await peer.answerTo('r1')).ok).toBe(true);
    peer.send({
      v: 1,
      kind: 'event',
      id: 'e1',
      type: 'worker.report',
      ts_ms: 1,
      payload: { x: 'y'.repeat(70_000) },
    });
    expect((await peer.closedWithin()).code).toBe(1009);
    await waitFor(() => controller.bus.worker('w-big')?.state === 'lost', { timeout_ms: 2000 });
    const errors = controller.logs.matching(/^bus connection error$/);
    expect(errors.map((line) => line.err)).toEqual(['Max payload size exceeded']);
  });

  it('closes a connection that never registers', async () => {
    const controller = await controllerOn(await freePort(), { registerTimeout_ms: 200 });
    const peer = await rawPeer(controller.url);
    expect((await peer.closedWithin(2000)).code).toBe(4001);
  });

  it('answers unknown types and bad payloads with error replies and keeps a registered connection open', async () => {
    const controller = await controllerOn(await freePort());
    const peer = await rawPeer(controller.url);
    peer.send(request('r1', 'worker.register', registration('w-raw')));
    expect((await peer.answerTo('r1')).ok).toBe(true);

    peer.send(request('u1', 'worker.teleport', {}));
    expect((await peer.answerTo('u1')).error).toMatchObject({ code: 'unknown_type', retriable: false });

    peer.send(request('b1', 'worker.heartbeat', { seq: 'one' }));
    const bad = await peer.answerTo('b1');
    expect(bad.error?.code).toBe('bad_payload');
    expect(bad.error?.message).toMatch(/invalid worker.heartbeat payload: seq/);

    peer.send(request('d1', 'rate.set', { roleId: 'p', rate_per_s: 1, unit: 'messages' }));
    expect((await peer.answerTo('d1')).error?.code).toBe('wrong_direction');

    peer.send({ v: 1, kind: 'event', id: 'e1', type: 'worker.unknown', ts_ms: Date.now(), payload: {} });
    peer.send(request('h1', 'worker.heartbeat', { seq: 0, uptime_ms: 1, queuedEvents: 0, droppedEvents: 0 }));
    expect((await peer.answerTo('h1')).ok).toBe(true);
    expect(controller.logs.matching(/event of unknown type worker.unknown dropped/)).toHaveLength(1);
    expect(peer.ws.readyState).toBe(WebSocket.OPEN);
    expect(controller.bus.worker('w-raw')?.state).toBe('connected');
    peer.ws.close();
  });

  it('declares a worker that stops reading lost as a slow consumer instead of buffering without bound', async () => {
    const controller = await controllerOn(await freePort(), {
      maxBuffered_bytes: 1024 * 1024,
      heartbeat_ms: 10_000,
    });
    const peer = await rawPeer(controller.url);
    peer.send(request('r1', 'worker.register', registration('w-slow')));
    expect((await peer.answerTo('r1')).ok).toBe(true);
    peer.ws.pause();
    const lost = new Promise<WorkerInfo>((resolve) => controller.bus.once('worker-lost', resolve));

    // About 256 KiB per request: a load file of 1200 experiments travels inside the spec.
    const experiment = {
      start_time: 0,
      researcher: 'researcher-with-a-rather-long-address@example.org',
      num_sensors: 10,
      sample_rate: 1000,
      start_temperature: 0,
      stabilization_samples: 10,
      carry_out_samples: 50,
      temp_range: { lower_threshold: 100, upper_threshold: 150 },
    };
    const big: RoleSpecInput = {
      ...spec,
      payload: { kind: 'experiment', load: Array.from({ length: 1200 }, () => experiment) },
    };
    const outcomes: Promise<unknown>[] = [];
    for (let i = 0; i < 400 && controller.bus.worker('w-slow')?.state === 'connected'; i++) {
      outcomes.push(
        controller.bus
          .request(
            'w-slow',
            'role.start',
            { roleId: `r${i}`, spec: { ...big, roleId: `r${i}` } },
            { timeout_ms: 30_000 },
          )
          .catch((error: unknown) => error),
      );
      await new Promise((resolve) => setImmediate(resolve));
    }

    const info = await lost;
    expect(info.lostReason).toMatch(/slow consumer: \d+ bytes buffered, over the limit of 1048576/);
    const errors = await Promise.all(outcomes);
    expect(errors.every((error) => error instanceof BusWorkerGoneError)).toBe(true);
    expect(controller.bus.stats().pendingRequests).toBe(0);
  });
});
