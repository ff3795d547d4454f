// The fault-injecting wrapper: error rates, latency, outages and heals, errors after the fact, specs.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../common/errors.ts';
import { FaultyObjectStore, faultSpecSchema, parseFaultSpec, resolveFaults } from './faulty.ts';
import { MemoryObjectStore } from './memory.ts';
import { ObjectStoreError } from './types.ts';

const body = Buffer.from('payload');

async function outcome(promise: Promise<unknown>): Promise<'ok' | ObjectStoreError> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(ObjectStoreError);
    return error as ObjectStoreError;
  }
}

describe('faulty object store', () => {
  it('fails close to the asked error rate, the same calls for the same seed', async () => {
    const run = async (seed: number): Promise<boolean[]> => {
      const store = new FaultyObjectStore(new MemoryObjectStore(), {
        seed,
        faults: { get: { errorRate: 0.2 } },
      });
      await store.inner.put('k', body);
      const failed: boolean[] = [];
      for (let i = 0; i < 4000; i++) failed.push((await outcome(store.get('k'))) !== 'ok');
      expect(store.faultCounters().get.injectedErrors).toBe(failed.filter(Boolean).length);
      expect(store.faultCounters().get.calls).toBe(4000);
      return failed;
    };
    const first = await run(42);
    const rate = first.filter(Boolean).length / first.length;
    expect(rate).toBeGreaterThan(0.18);
    expect(rate).toBeLessThan(0.22);
    expect(await run(42)).toEqual(first);
    expect(await run(43)).not.toEqual(first);
  });

  it('injects Unavailable errors that say they were injected, on the chosen operations only', async () => {
    const store = new FaultyObjectStore(new MemoryObjectStore(), {
      seed: 1,
      faults: { put: { errorRate: 1 } },
    });
    const error = await outcome(store.put('a/b', body));
    expect(error).not.toBe('ok');
    const failure = error as ObjectStoreError;
    expect(failure.code).toBe('Unavailable');
    expect(failure.retriable).toBe(true);
    expect(failure.key).toBe('a/b');
    expect(failure.message).toMatch(
      /injected error: put of a\/b .*before reaching the store.*fault injection/,
    );
    expect(await store.inner.head('a/b')).toBeUndefined();
    await store.inner.put('a/b', body);
    expect((await store.get('a/b')).toString()).toBe('payload');
    expect(await store.list('a/')).toEqual(['a/b']);
  });

  it("with errorTiming 'after', a put reports failure although its object exists", async () => {
    const store = new FaultyObjectStore(new MemoryObjectStore(), {
      seed: 7,
      faults: { put: { errorRate: 1, errorTiming: 'after' } },
    });
    const error = await outcome(store.put('wal/1', body, { ifNoneMatch: true }));
    expect((error as ObjectStoreError).message).toMatch(/after it took effect/);
    expect((await store.get('wal/1')).toString()).toBe('payload');
    // The retry a broker makes then finds its own object in the way.
    store.clearFaults();
    expect(
      (await outcome(store.put('wal/1', body, { ifNoneMatch: true }))) as ObjectStoreError,
    ).toMatchObject({
      code: 'PreconditionFailed',
    });
  });

  it("with errorTiming 'random', some failed puts landed and some did not", async () => {
    const store = new FaultyObjectStore(new MemoryObjectStore(), {
      seed: 3,
      faults: { put: { errorRate: 1, errorTiming: 'random' } },
    });
    let landed = 0;
    for (let i = 0; i < 200; i++) {
      await outcome(store.put(`k/${i}`, body));
      if (await store.inner.head(`k/${i}`)) landed++;
    }
    expect(landed).toBeGreaterThan(70);
    expect(landed).toBeLessThan(130);
  });

  it('adds the asked latency plus bounded jitter', async () => {
    const store = new FaultyObjectStore(new MemoryObjectStore(), {
      seed: 5,
      faults: { all: { latency_ms: 40, jitter_ms: 20 } },
    });
    for (let i = 0; i < 5; i++) {
      const started_ms = performance.now();
      await store.head('k');
      const took_ms = performance.now() - started_ms;
      expect(took_ms).toBeGreaterThanOrEqual(39);
      expect(took_ms).toBeLessThan(60 + 200);
    }
    const counts = store.faultCounters().head;
    expect(counts.delayedCalls).toBe(5);
    expect(counts.addedLatency_ms).toBeGreaterThanOrEqual(200);
    expect(counts.addedLatency_ms).toBeLessThanOrEqual(300);
  });

  it('an outage fails every call at once until it is cleared, then the store works again', async () => {
    const store = new FaultyObjectStore(new MemoryObjectStore(), { seed: 9 });
    await store.put('k', body);
    store.setFaults({ all: { outage: { mode: 'fail' } } });
    const calls = [
      () => store.get('k'),
      () => store.put('j', body),
      () => store.list(''),
      () => store.head('k'),
      () => store.delete(['k']),
    ];
    for (const call of calls) {
      const error = (await outcome(call())) as ObjectStoreError;
      expect(error.code).toBe('Unavailable');
      expect(error.message).toMatch(/injected outage/);
    }
    expect(store.faultCounters().get.outageFailures).toBe(1);
    store.clearFaults();
    expect(store.currentFaults()).toEqual({});
    expect((await store.get('k')).toString()).toBe('payload');
    expect(await store.list('')).toEqual(['k']);
  });

  it('a hanging outage holds calls up to its bound, then fails them; healing releases them at once', async () => {
    const store = new FaultyObjectStore(new MemoryObjectStore(), { seed: 11 });
    store.setFaults({ get: { outage: { mode: 'hang', hang_ms: 150 } } });
    let started_ms = performance.now();
    const timedOut = (await outcome(store.get('k'))) as ObjectStoreError;
    expect(performance.now() - started_ms).toBeGreaterThanOrEqual(145);
    expect(timedOut.message).toMatch(/hung for \d+ ms, then failed/);

    store.setFaults({ get: { outage: { mode: 'hang', hang_ms: 60_000 } } });
    started_ms = performance.now();
    const pending = outcome(store.get('k'));
    setTimeout(() => store.clearFaults(), 50);
    expect(((await pending) as ObjectStoreError).code).toBe('Unavailable');
    expect(performance.now() - started_ms).toBeLessThan(2_000);
    expect(await store.head('k')).toBeUndefined();
  });

  it('a per-operation entry overrides `all` field by field', () => {
    const spec = parseFaultSpec({
      all: { latency_ms: 10, errorRate: 0.5, outage: { mode: 'fail' } },
      put: { errorRate: 0.1, errorTiming: 'after' },
    });
    expect(resolveFaults(spec, 'put')).toEqual({
      latency_ms: 10,
      jitter_ms: 0,
      errorRate: 0.1,
      errorTiming: 'after',
      outage: { mode: 'fail' },
    });
    expect(resolveFaults(spec, 'get').errorRate).toBe(0.5);
    expect(resolveFaults({}, 'list')).toEqual({
      latency_ms: 0,
      jitter_ms: 0,
      errorRate: 0,
      errorTiming: 'before',
      outage: undefined,
    });
  });

  it('validates specs as JSON, names every problem, and keeps the old faults on a bad one', () => {
    const store = new FaultyObjectStore(new MemoryObjectStore(), {
      seed: 1,
      faults: { get: { errorRate: 0.5 } },
    });
    const bad = [
      { get: { errorRate: 2 } },
      { put: { latency_ms: -1 } },
      { put: { latency_ms: 10_000_000 } },
      { all: { outage: { mode: 'hang' } } },
      { all: { outage: { mode: 'explode' } } },
      { puts: {} },
      { get: { errorTiming: 'sometimes' } },
      { seed: 1.5 },
      'everything',
    ];
    for (const spec of bad) {
      expect(faultSpecSchema.safeParse(spec).success, JSON.stringify(spec)).toBe(false);
      expect(() => store.setFaults(spec), JSON.stringify(spec)).toThrow(UserError);
    }
    const problems = () => store.setFaults({ get: { errorRate: 2 }, puts: {} });
    expect(problems).toThrow(/Unrecognized key: "puts"/);
    expect(problems).toThrow(/expected number to be <=1\s+→ at get\.errorRate/);
    expect(store.currentFaults()).toEqual({ get: { errorRate: 0.5 } });
    const good = JSON.parse(
      '{"seed":5,"all":{"latency_ms":5,"jitter_ms":5},"put":{"errorRate":0.1,"errorTiming":"random"},"list":{"outage":{"mode":"hang","hang_ms":1000}}}',
    );
    expect(store.setFaults(good)).toEqual(good);
    expect(store.currentFaults()).toEqual(good);
    expect(store.seed).toBe(5);
  });

  it('passes url and conditional-put support through, and closes the inner store', async () => {
    const inner = new MemoryObjectStore('faulty-close');
    const store = new FaultyObjectStore(inner);
    expect(store.url).toBe('memory://faulty-close');
    expect(store.supportsConditionalPut).toBe(true);
    expect(Number.isInteger(store.seed)).toBe(true);
    await store.close();
    await expect(inner.head('k')).rejects.toThrow(/used after close/);
    MemoryObjectStore.dropShared('faulty-close');
  });
});
