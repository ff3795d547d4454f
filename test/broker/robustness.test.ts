// The broker as a process: hostile input, shutdown, bad configuration, and its admin endpoint.
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../broker/protocol/errors.ts';
import { decodeResponse, encodeRequest } from '../../broker/protocol/frames.ts';
import { ApiKey } from '../../broker/protocol/generated/api-table.ts';
import { newFetchRequest } from '../../broker/protocol/generated/fetch.ts';
import { newMetadataRequest } from '../../broker/protocol/generated/metadata.ts';
import { startTestBroker, type TestBroker } from '../helpers/broker.ts';
import { runToExit, spawnLonghaul } from '../helpers/processes.ts';
import { sleep, waitFor } from '../helpers/wait.ts';
import { checkAcked, readWholeTopic, type StoredRecord } from './acked-log.ts';
import { bareHeader, frameOf, RawConnection } from './raw-client.ts';

/** A Metadata request on a fresh connection: the broker still serves. */
async function stillServes(broker: TestBroker): Promise<void> {
  const connection = await RawConnection.open(broker.port);
  try {
    const response = await connection.request(ApiKey.Metadata, 9, { ...newMetadataRequest(), topics: null });
    expect(response.brokers).toHaveLength(1);
  } finally {
    connection.close();
  }
}

function metricValue(text: string, name: string, labels = ''): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== '{' && line[name.length] !== ' ')) continue;
    if (labels && !line.includes(labels)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

describe('the broker process', () => {
  it('closes connections that send an oversized frame, garbage, an unknown api key or an unserved version, and keeps serving others', async () => {
    const broker = await startTestBroker({ args: ['--max-request-size', '1MiB'] });
    const bystander = await RawConnection.open(broker.port);
    const hostile: { what: string; bytes: Buffer; log: RegExp }[] = [
      {
        what: 'a frame larger than --max-request-size',
        bytes: Buffer.from([0x00, 0x20, 0x00, 0x00, 1, 2, 3]), // 2 MiB announced
        log: /larger than the limit of 1048576 bytes/,
      },
      {
        what: 'a negative frame size',
        bytes: Buffer.from([0xff, 0xff, 0xff, 0xf0]),
        log: /negative request frame size -16/,
      },
      {
        what: 'garbage bytes',
        bytes: frameOf(randomBytes(64)),
        log: /closing connection: cannot handle request/,
      },
      { what: 'an unknown api key', bytes: frameOf(bareHeader(999, 0)), log: /closing connection/ },
      {
        // A flexible version: header v2, so an empty tagged-field section follows the client id.
        what: 'an unserved version (Fetch v99)',
        bytes: frameOf(Buffer.concat([bareHeader(ApiKey.Fetch, 99), Buffer.from([0])])),
        log: /Fetch version 99 is not supported/,
      },
      {
        what: 'a version the codec knows but the broker does not serve (Fetch v13)',
        bytes: Buffer.concat(encodeRequest(ApiKey.Fetch, 13, 7, 'raw-test', newFetchRequest())),
        log: /Fetch v13 is not served/,
      },
      {
        what: 'a truncated Produce body',
        bytes: frameOf(bareHeader(ApiKey.Produce, 9)),
        log: /closing connection/,
      },
    ];
    for (const attempt of hostile) {
      const connection = await RawConnection.open(broker.port);
      connection.write(attempt.bytes);
      expect(await connection.waitForClose(5000), attempt.what).toBe(true);
      await broker.process.waitForOutput(attempt.log, 5000);
      await stillServes(broker);
    }
    // The connection opened before all that is untouched.
    const response = await bystander.request(ApiKey.Metadata, 1, { ...newMetadataRequest(), topics: null });
    expect(response.brokers[0].port).toBe(broker.port);
    bystander.close();
    expect(broker.process.exitStatus).toBeUndefined();
  });

  it('answers ApiVersions of an unknown version with UNSUPPORTED_VERSION and its table (KIP-511)', async () => {
    const broker = await startTestBroker();
    const connection = await RawConnection.open(broker.port);
    connection.write(frameOf(Buffer.concat([bareHeader(ApiKey.ApiVersions, 99, 42), Buffer.from([0])])));
    const frame = await connection.nextFrame(5000);
    expect(frame).toBeDefined();
    const { correlationId, body } = decodeResponse(ApiKey.ApiVersions, 0, frame!);
    expect(correlationId).toBe(42);
    expect(body.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
    expect(body.apiKeys.find((k) => k.apiKey === ApiKey.ApiVersions)).toMatchObject({
      minVersion: 0,
      maxVersion: 3,
    });
    // The connection stays usable.
    const versions = await connection.request(ApiKey.ApiVersions, 3, {
      clientSoftwareName: 'raw-test',
      clientSoftwareVersion: '1',
    });
    expect(versions.errorCode).toBe(0);
    expect(versions.apiKeys.find((k) => k.apiKey === ApiKey.Fetch)).toMatchObject({
      minVersion: 4,
      maxVersion: 12,
    });
    connection.close();
  });

  it('on SIGTERM answers what is in flight, flushes and exits 0; the acked records are there after a restart', async () => {
    const broker = await startTestBroker();
    const kafka = new Kafka({
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });
    const producer = kafka.producer({ allowAutoTopicCreation: true });
    await producer.connect();
    const acked: StoredRecord[] = [];
    let stop = false;
    let seq = 0;
    const sending = (async () => {
      while (!stop) {
        const values = Array.from({ length: 20 }, () => `s-${seq++}`);
        try {
          const [result] = await producer.send({
            topic: 'sigterm',
            acks: -1,
            messages: values.map((value) => ({ value, partition: 0 })),
          });
          values.forEach((value, i) => {
            acked.push({ partition: 0, offset: Number(result.baseOffset) + i, value });
          });
        } catch {
          return;
        }
      }
    })();
    await waitFor(() => acked.length >= 200, { what: '200 acked records' });
    const status = await broker.stop('SIGTERM', 30_000);
    stop = true;
    await sending;
    await producer.disconnect().catch(() => {});
    expect(status).toEqual({ code: 0, signal: null });
    expect(broker.process.stderr).toMatch(/shutting down: flushing the WAL/);
    expect(broker.process.stderr).toMatch(/"msg":"stopped"/);
    await broker.restart();
    const verdict = checkAcked(acked, await readWholeTopic(broker.port, 'sigterm', 1));
    expect(verdict.explanation).toBe(verdict.ok ? verdict.explanation : 'no durability violations');
  });

  it.each([
    ['an unknown scheme', 'ftp://nowhere/data'],
    [
      'an unreachable s3 endpoint',
      's3://some-bucket/x?endpoint=http://127.0.0.1:1&region=us-east-1&forcePathStyle=true',
    ],
  ])('exits 2 with a message naming the URL for %s', async (_what, url) => {
    const result = await runToExit(
      process.execPath,
      ['bin/longhaul.js', 'broker', '--data', url, '--listen', '127.0.0.1:0', '--admin-listen', 'off'],
      { env: { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' }, timeout_ms: 30_000 },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(url);
  });

  it('serves /healthz, /readyz, and /metrics with the documented metrics after traffic', async () => {
    const broker = await startTestBroker();
    expect((await broker.admin('GET', '/healthz')).status).toBe(200);
    const ready = await broker.admin('GET', '/readyz');
    expect(ready).toEqual({ status: 200, text: JSON.stringify({ status: 'ready' }) });
    expect((await broker.admin('GET', '/faults/object-store')).status).toBe(404);

    const kafka = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    for (let i = 0; i < 5; i++) {
      await producer.send({
        topic: 'metered',
        acks: -1,
        messages: Array.from({ length: 100 }, (_, j) => ({ value: `m-${i}-${j}` })),
      });
    }
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: 'metered-group', maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'metered', fromBeginning: true });
    let consumed = 0;
    await consumer.run({
      eachMessage: async () => {
        consumed++;
      },
    });
    await waitFor(() => consumed === 500, { timeout_ms: 20_000, what: '500 records consumed' });
    // Commit part of the way, so that the group has a lag to report.
    await consumer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.setOffsets({
      groupId: 'metered-group',
      topic: 'metered',
      partitions: [{ partition: 0, offset: '400' }],
    });
    await admin.disconnect();
    await sleep(100);

    const text = (await broker.admin('GET', '/metrics')).text;
    const positive: [string, string?][] = [
      ['longhaul_broker_requests_total', 'api="Produce",outcome="ok"'],
      ['longhaul_broker_requests_total', 'api="Fetch",outcome="ok"'],
      ['longhaul_broker_request_duration_seconds_count', 'api="Produce"'],
      ['longhaul_broker_bytes_in_total'],
      ['longhaul_broker_bytes_out_total'],
      ['longhaul_broker_records_in_total'],
      ['longhaul_broker_wal_commit_duration_seconds_count'],
      ['longhaul_broker_wal_commit_size_bytes_sum'],
      ['longhaul_broker_object_store_operations_total', 'operation="put",outcome="ok"'],
      ['longhaul_broker_object_store_operation_duration_seconds_count', 'operation="put"'],
      ['longhaul_broker_cache_requests_total', 'result="hit"'],
      ['longhaul_broker_partitions'],
      ['longhaul_broker_consumer_groups'],
      ['longhaul_broker_consumer_group_lag_records', 'group="metered-group"'],
      ['longhaul_broker_process_cpu_seconds_total'],
    ];
    for (const [name, labels] of positive) {
      expect(metricValue(text, name, labels), `${name}{${labels ?? ''}}`).toBeGreaterThan(0);
    }
    expect(metricValue(text, 'longhaul_broker_records_in_total')).toBe(500);
    expect(metricValue(text, 'longhaul_broker_consumer_group_lag_records', 'group="metered-group"')).toBe(
      100,
    );
  });

  it('a second broker on a taken port exits 2 and leaves the running one serving', async () => {
    const broker = await startTestBroker();
    const second = spawnLonghaul([
      'broker',
      '--data',
      broker.dataUrl,
      '--listen',
      broker.bootstrap,
      '--admin-listen',
      'off',
    ]);
    const status = await second.waitForExit(20_000);
    expect(status.code).toBe(2);
    expect(second.stderr).toMatch(/EADDRINUSE/);
    // The failed start did not take the node over: the running broker still serves.
    await sleep(500);
    expect(broker.process.exitStatus).toBeUndefined();
    await stillServes(broker);
    const producer = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    const [written] = await producer.send({ topic: 'still-mine', acks: -1, messages: [{ value: 'x' }] });
    expect(written.errorCode).toBe(0);
    await producer.disconnect();
  });
});
