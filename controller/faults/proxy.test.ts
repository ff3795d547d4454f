// The fault proxy on real loopback sockets: each fault does what it says, heals restore, and Kafka clients see only proxies.
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiKey } from '../../broker/protocol/generated/api-table.ts';
import { newMetadataRequest } from '../../broker/protocol/generated/metadata.ts';
import { startTestBroker } from '../../test/helpers/broker.ts';
import { freePort } from '../../test/helpers/ports.ts';
import { waitFor } from '../../test/helpers/wait.ts';
import { requestOnce } from './probe.ts';
import { BrokerProxies } from './proxies.ts';
import { FaultProxy, type FaultProxyOptions } from './proxy.ts';

const logger = pino({ level: 'silent' });
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** An upstream that echoes every byte back (a stand-in broker for the byte-level faults). */
async function echoServer(): Promise<{ port: number; received: () => number }> {
  let received = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      received += chunk.length;
      socket.write(chunk);
    });
  });
  const port = await listen(server);
  cleanups.push(() => closeServer(server, sockets));
  return { port, received: () => received };
}

/** An upstream that sends `bytes` to every connection as fast as it can. */
async function sendingServer(bytes: Buffer): Promise<number> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.end(bytes);
  });
  const port = await listen(server);
  cleanups.push(() => closeServer(server, sockets));
  return port;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    }),
  );
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function startProxy(upstreamPort: number, extra: Partial<FaultProxyOptions> = {}): Promise<FaultProxy> {
  const proxy = await FaultProxy.start({
    name: 'test',
    upstream: { host: '127.0.0.1', port: upstreamPort },
    logger,
    ...extra,
  });
  cleanups.push(() => proxy.close());
  return proxy;
}

/** A client connection that records what it receives and how it ended. */
class Client {
  readonly socket: Socket;
  private readonly chunks: Buffer[] = [];
  bytes = 0;
  closed = false;
  errorCode: string | undefined;
  private readonly connected: Promise<void>;

  constructor(port: number) {
    this.socket = tcpConnect({ host: '127.0.0.1', port });
    this.connected = new Promise((resolve) => this.socket.once('connect', () => resolve()));
    this.socket.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.bytes += chunk.length;
    });
    this.socket.on('error', (error: NodeJS.ErrnoException) => {
      this.errorCode = error.code;
    });
    this.socket.on('close', () => {
      this.closed = true;
    });
    cleanups.push(() => void this.socket.destroy());
  }

  static async open(port: number): Promise<Client> {
    const client = new Client(port);
    await client.connected;
    return client;
  }

  get received(): Buffer {
    return Buffer.concat(this.chunks);
  }

  /** Resolves with the elapsed ms once `total` bytes have arrived; rejects after timeout_ms. */
  async until(total: number, timeout_ms: number, since = Date.now()): Promise<number> {
    await waitFor(() => this.bytes >= total, {
      timeout_ms,
      interval_ms: 2,
      what: `${total} bytes (have ${this.bytes})`,
    });
    return Date.now() - since;
  }

  /** Writes `message` and resolves with the ms until its echo has fully arrived. */
  async roundTrip(message: Buffer, timeout_ms = 5000): Promise<number> {
    const target = this.bytes + message.length;
    const start = Date.now();
    this.socket.write(message);
    return this.until(target, timeout_ms, start);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The fastest of three echo round trips: loopback timing without the odd scheduling hiccup. */
async function fastestRoundTrip(client: Client): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) fastest = Math.min(fastest, await client.roundTrip(Buffer.from('ping')));
  return fastest;
}

describe('fault proxy', () => {
  it('passes bytes through unchanged in both directions when there is no fault', async () => {
    const echo = await echoServer();
    const proxy = await startProxy(echo.port);
    const client = await Client.open(proxy.port);
    const payload = randomBytes(2 * 1024 * 1024);
    await client.roundTrip(payload, 10_000);
    expect(client.received.equals(payload)).toBe(true);
    expect(proxy.stats).toMatchObject({ accepted: 1, active: 1, reset: 0 });
  });

  it('adds the delay to each direction, and keeps byte order under jitter', async () => {
    const echo = await echoServer();
    const proxy = await startProxy(echo.port);
    const client = await Client.open(proxy.port);
    expect(await fastestRoundTrip(client)).toBeLessThan(100);

    proxy.setFault({ fault: { kind: 'delay', latency_ms: 100, jitter_ms: 0 }, direction: 'both' });
    const both = await client.roundTrip(Buffer.from('ping'));
    expect(both).toBeGreaterThanOrEqual(195);
    expect(both).toBeLessThan(450);

    proxy.setFault({ fault: { kind: 'delay', latency_ms: 100, jitter_ms: 0 }, direction: 'from-broker' });
    const oneWay = await client.roundTrip(Buffer.from('ping'));
    expect(oneWay).toBeGreaterThanOrEqual(97);
    expect(oneWay).toBeLessThan(300);

    // Jitter of +-40 ms on chunks written 2 ms apart: without ordering they would overtake each other.
    proxy.setFault({ fault: { kind: 'delay', latency_ms: 50, jitter_ms: 40 }, direction: 'both' });
    const before = client.bytes;
    const sent: Buffer[] = [];
    for (let i = 0; i < 60; i++) {
      const piece = Buffer.from(`<${i}>`);
      sent.push(piece);
      client.socket.write(piece);
      await sleep(2);
    }
    const expected = Buffer.concat(sent);
    await client.until(before + expected.length, 5000);
    expect(client.received.subarray(before).toString()).toBe(expected.toString());

    proxy.setFault(undefined);
    expect(await fastestRoundTrip(client)).toBeLessThan(100);
  });

  it('loss stalls the stream as a retransmission would, losing and reordering nothing', async () => {
    const echo = await echoServer();
    const proxy = await startProxy(echo.port, { random: () => 0 });
    const client = await Client.open(proxy.port);
    // random() = 0 < probability: every chunk towards the broker is "lost" once, stalling 200 ms.
    proxy.setFault({ fault: { kind: 'loss', probability: 0.5 }, direction: 'to-broker' });
    const stalled = await client.roundTrip(Buffer.from('first'));
    expect(stalled).toBeGreaterThanOrEqual(195);
    expect(stalled).toBeLessThan(600);
    expect(client.received.toString()).toBe('first');

    proxy.setFault(undefined);
    expect(await client.roundTrip(Buffer.from('second'))).toBeLessThan(190);
    expect(client.received.toString()).toBe('firstsecond');
  });

  it('loss at a seeded 30% delivers every byte in order', async () => {
    const echo = await echoServer();
    let state = 42;
    const random = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const proxy = await startProxy(echo.port, { random, lossStall_ms: 20 });
    const client = await Client.open(proxy.port);
    proxy.setFault({ fault: { kind: 'loss', probability: 0.3 }, direction: 'both' });
    const sent: string[] = [];
    for (let i = 0; i < 100; i++) {
      sent.push(`[${i}]`);
      client.socket.write(`[${i}]`);
      await sleep(1);
    }
    const expected = sent.join('');
    await client.until(expected.length, 10_000);
    expect(client.received.toString()).toBe(expected);
  });

  it('blackhole answers nothing, so a request times out; the heal delivers what was held, in order', async () => {
    const echo = await echoServer();
    const proxy = await startProxy(echo.port);
    const client = await Client.open(proxy.port);
    await client.roundTrip(Buffer.from('hello'));

    proxy.setFault({ fault: { kind: 'blackhole' }, direction: 'both' });
    await expect(client.roundTrip(Buffer.from('one'), 700)).rejects.toThrow(/timed out/);
    client.socket.write('two');
    await sleep(200);
    expect(echo.received()).toBe(5);
    expect(client.bytes).toBe(5);
    // A new connection is accepted and read, but gets nothing either.
    const late = await Client.open(proxy.port);
    await expect(late.roundTrip(Buffer.from('late'), 300)).rejects.toThrow(/timed out/);

    proxy.setFault(undefined);
    await client.until(5 + 6, 2000);
    expect(client.received.toString()).toBe('helloonetwo');
    await late.until(4, 2000);
    expect(client.closed).toBe(false);
  });

  it('blackhole from the broker lets requests through but no answer back', async () => {
    const echo = await echoServer();
    const proxy = await startProxy(echo.port);
    const client = await Client.open(proxy.port);
    proxy.setFault({ fault: { kind: 'blackhole' }, direction: 'from-broker' });
    await expect(client.roundTrip(Buffer.from('request'), 500)).rejects.toThrow(/timed out/);
    expect(echo.received()).toBe(7);
    proxy.setFault(undefined);
    await client.until(7, 2000);
  });

  it('reset sends RST on open connections and on every new one until healed', async () => {
    const echo = await echoServer();
    const proxy = await startProxy(echo.port);
    const open = await Client.open(proxy.port);
    await open.roundTrip(Buffer.from('hi'));

    proxy.setFault({ fault: { kind: 'reset', every_ms: undefined }, direction: 'both' });
    await waitFor(() => open.closed, { timeout_ms: 2000, what: 'the open connection to be reset' });
    expect(open.errorCode).toBe('ECONNRESET');

    const during = new Client(proxy.port);
    await waitFor(() => during.closed, { timeout_ms: 2000, what: 'a new connection to be reset' });
    expect(during.errorCode).toBe('ECONNRESET');
    expect(during.bytes).toBe(0);
    expect(proxy.stats.reset).toBe(2);

    proxy.setFault(undefined);
    const after = await Client.open(proxy.port);
    await after.roundTrip(Buffer.from('back'));
    expect(after.received.toString()).toBe('back');
  });

  it('reset every N resets open connections each time, and connections in between work', async () => {
    const echo = await echoServer();
    const proxy = await startProxy(echo.port);
    proxy.setFault({ fault: { kind: 'reset', every_ms: 400 }, direction: 'both' });
    const between = await Client.open(proxy.port);
    await between.roundTrip(Buffer.from('works'));
    const opened = Date.now();
    await waitFor(() => between.closed, { timeout_ms: 2000, what: 'the next periodic reset' });
    expect(Date.now() - opened).toBeLessThan(600);
    expect(between.errorCode).toBe('ECONNRESET');
    proxy.setFault(undefined);
    const after = await Client.open(proxy.port);
    await sleep(600);
    await after.roundTrip(Buffer.from('stays'));
    expect(after.closed).toBe(false);
  });

  it('a bandwidth limit caps the throughput of all connections together within 20%', async () => {
    const perConnection = 256 * 1024;
    const port = await sendingServer(randomBytes(perConnection));
    const proxy = await startProxy(port);
    const limit_bytesPerSecond = 256 * 1024;
    proxy.setFault({ fault: { kind: 'bandwidth', limit_bytesPerSecond }, direction: 'from-broker' });
    const start = Date.now();
    const clients = await Promise.all([Client.open(proxy.port), Client.open(proxy.port)]);
    await Promise.all(clients.map((client) => client.until(perConnection, 10_000, start)));
    const elapsed_s = (Date.now() - start) / 1000;
    const throughput = (2 * perConnection) / elapsed_s;
    expect(throughput).toBeGreaterThan(limit_bytesPerSecond * 0.8);
    expect(throughput).toBeLessThan(limit_bytesPerSecond * 1.2);

    proxy.setFault(undefined);
    const unlimited = await Client.open(proxy.port);
    expect(await unlimited.until(perConnection, 2000)).toBeLessThan(400);
  });

  it('a fault hits only the proxy it is set on, and an invalid one is refused', async () => {
    const echo = await echoServer();
    const faulty = await startProxy(echo.port);
    const healthy = await startProxy(echo.port);
    faulty.setFault({ fault: { kind: 'blackhole' }, direction: 'to-broker' });
    const client = await Client.open(healthy.port);
    expect(await fastestRoundTrip(client)).toBeLessThan(100);
    expect(() => faulty.setFault({ fault: { kind: 'loss', probability: 2 }, direction: 'both' })).toThrow(
      /loss probability must be in \(0, 1\]/,
    );
  });
});

describe('fault proxy in front of a real broker', () => {
  it('gives Kafka clients only proxy addresses, so produce, group consume and faults all go through it', async () => {
    // The broker advertises an address where nothing listens: clients work only through the rewriting.
    const deadPort = await freePort();
    const broker = await startTestBroker({
      args: ['--advertised-listener', `127.0.0.1:${deadPort}`, '--default-partitions', '2'],
    });
    const proxies = new BrokerProxies({ logger });
    cleanups.push(() => proxies.close());
    const proxy = await proxies.add(0, broker.bootstrap);

    const direct = await requestOnce(broker.bootstrap, ApiKey.Metadata, 9, newMetadataRequest(), 5000);
    expect(direct.brokers.map((b) => `${b.host}:${b.port}`)).toEqual([`127.0.0.1:${deadPort}`]);
    const proxied = await requestOnce(proxy.address, ApiKey.Metadata, 9, newMetadataRequest(), 5000);
    expect(proxied.brokers.map((b) => `${b.host}:${b.port}`)).toEqual([proxy.address]);

    const kafka = new Kafka({
      clientId: 'proxy-test',
      brokers: proxies.addresses(),
      logLevel: logLevel.NOTHING,
      connectionTimeout: 2000,
      retry: { retries: 5, initialRetryTime: 100 },
    });
    const admin = kafka.admin();
    await admin.connect();
    cleanups.push(() => admin.disconnect());
    const cluster = await admin.describeCluster();
    expect(cluster.brokers.map((b) => `${b.host}:${b.port}`)).toEqual([proxy.address]);
    await admin.createTopics({ topics: [{ topic: 'proxied', numPartitions: 2 }], waitForLeaders: true });

    const producer = kafka.producer();
    await producer.connect();
    cleanups.push(() => producer.disconnect());
    const messages = Array.from({ length: 20 }, (_, i) => ({ value: `m${i}` }));
    await producer.send({ topic: 'proxied', acks: -1, messages });

    // A consumer group needs FindCoordinator: its coordinator address must be rewritten too.
    const consumer = kafka.consumer({
      groupId: 'proxied-group',
      sessionTimeout: 6000,
      heartbeatInterval: 500,
    });
    await consumer.connect();
    cleanups.push(() => consumer.disconnect());
    await consumer.subscribe({ topic: 'proxied', fromBeginning: true });
    const seen: string[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(message.value?.toString() ?? '');
      },
    });
    await waitFor(() => seen.length >= 20, { timeout_ms: 30_000, what: 'the 20 messages consumed' });
    expect([...seen].sort()).toEqual(messages.map((m) => m.value).sort());
    expect(proxy.stats.rewritten).toBeGreaterThan(2);

    // Every client connection is the proxy's: a delay there slows produce acks by both ways.
    proxies.setFault(0, { fault: { kind: 'delay', latency_ms: 150, jitter_ms: 0 }, direction: 'both' });
    const delayedStart = Date.now();
    await producer.send({ topic: 'proxied', acks: -1, messages: [{ value: 'slow' }] });
    expect(Date.now() - delayedStart).toBeGreaterThanOrEqual(290);
    proxies.setFault(0, undefined);
    let healed_ms = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const start = Date.now();
      await producer.send({ topic: 'proxied', acks: -1, messages: [{ value: `fast${i}` }] });
      healed_ms = Math.min(healed_ms, Date.now() - start);
    }
    expect(healed_ms).toBeLessThan(250);
  }, 60_000);
});
