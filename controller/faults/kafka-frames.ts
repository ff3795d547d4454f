// Kafka framing seen by the fault proxy: requests tracked by correlation id, broker addresses rewritten in responses.
//
// Brokers name themselves in Metadata, FindCoordinator and DescribeCluster responses; a client that
// follows those addresses would bypass the proxy after its first request. So the proxy rewrites the
// host and port of every broker it knows into the address of that broker's proxy. Everything else
// passes untouched: only the 4-byte size framing is read
// (https://kafka.apache.org/protocol#protocol_common).
import { Reader } from '../../broker/protocol/buffer.ts';
import { decodeResponseHeader, encodeResponse } from '../../broker/protocol/frames.ts';
import { ApiKey, apiTable, type ResponseBodies } from '../../broker/protocol/generated/api-table.ts';

export interface HostPort {
  readonly host: string;
  readonly port: number;
}

/** `host:port` (or `[v6]:port`) as a HostPort; throws on anything else. */
export function parseHostPort(address: string): HostPort {
  const index = address.lastIndexOf(':');
  const port = Number(address.slice(index + 1));
  const host = address.slice(0, index).replace(/^\[(.*)\]$/, '$1');
  if (index <= 0 || !Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`expected host:port, got "${address}"`);
  return { host, port };
}

/** The address clients should use for a broker, or undefined to leave the broker's own address. */
export type AddressLookup = (nodeId: number, host: string, port: number) => HostPort | undefined;

/**
 * Responses the proxy decodes. ApiVersions is among them so that clients never pick a version of the
 * other three that the generated codec cannot decode (a newer broker than the codec).
 */
const trackedApis: ReadonlySet<number> = new Set([
  ApiKey.ApiVersions,
  ApiKey.Metadata,
  ApiKey.FindCoordinator,
  ApiKey.DescribeCluster,
]);

/** Requests waiting for their response, per connection; clients keep far fewer in flight. */
const maxInFlight = 1024;

/** A larger response is passed through unrewritten rather than held whole in memory. */
const maxRewrittenFrame_bytes = 64 * 1024 * 1024;

interface InFlight {
  readonly apiKey: number;
  readonly apiVersion: number;
}

/**
 * Reads the request frames a client sends, without changing a byte, and remembers api key and version
 * of the requests whose responses may be rewritten: a response carries only the correlation id, and
 * its layout depends on the version of its request.
 */
export class RequestTracker {
  private readonly inFlight = new Map<number, InFlight>();
  /** Size prefix plus api key, api version and correlation id: the first 12 bytes of a request frame. */
  private readonly head = Buffer.alloc(12);
  private filled = 0;
  private stage: 'size' | 'header' = 'size';
  private frameSize = 0;
  /** Bytes of the current frame still to pass after its header. */
  private skip = 0;
  /** Set when the stream stopped looking like Kafka frames; then nothing more is tracked. */
  private lost = false;

  observe(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length && !this.lost) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - offset);
        this.skip -= n;
        offset += n;
        continue;
      }
      const want = this.stage === 'size' ? 4 : 4 + Math.min(8, this.frameSize);
      const n = Math.min(want - this.filled, chunk.length - offset);
      chunk.copy(this.head, this.filled, offset, offset + n);
      this.filled += n;
      offset += n;
      if (this.filled < want) continue;
      if (this.stage === 'size') {
        this.frameSize = this.head.readInt32BE(0);
        if (this.frameSize < 0) {
          this.lost = true;
          this.inFlight.clear();
          return;
        }
        this.stage = 'header';
        if (this.frameSize > 0) continue;
      }
      if (this.frameSize >= 8) this.remember();
      this.skip = this.frameSize - Math.min(8, this.frameSize);
      this.stage = 'size';
      this.filled = 0;
    }
  }

  private remember(): void {
    const apiKey = this.head.readInt16BE(4);
    if (!trackedApis.has(apiKey)) return;
    const correlationId = this.head.readInt32BE(8);
    if (this.inFlight.size >= maxInFlight) {
      // Requests that never got an answer (a blackhole the client gave up on): drop the oldest.
      const oldest = this.inFlight.keys().next().value;
      if (oldest !== undefined) this.inFlight.delete(oldest);
    }
    this.inFlight.set(correlationId, { apiKey, apiVersion: this.head.readInt16BE(6) });
  }

  /** The tracked request a response answers (and forgets it); undefined for every other response. */
  take(correlationId: number): InFlight | undefined {
    const request = this.inFlight.get(correlationId);
    if (request) this.inFlight.delete(correlationId);
    return request;
  }

  get pending(): number {
    return this.inFlight.size;
  }
}

/**
 * Splits the broker's byte stream into response frames. A frame that answers a tracked request is
 * collected whole and rewritten; every other frame is forwarded as views of the input as it arrives,
 * so large Fetch responses are never held.
 */
export class ResponseRewriter {
  private readonly tracker: RequestTracker;
  private readonly lookup: AddressLookup;
  /** Size prefix plus correlation id. */
  private readonly head = Buffer.alloc(8);
  private filled = 0;
  private stage: 'size' | 'correlation' | 'pass' | 'collect' = 'size';
  private frameSize = 0;
  private remaining = 0;
  private collected: Buffer | undefined;
  private collectedLength = 0;
  private request: InFlight | undefined;
  private lost = false;
  /** Responses whose broker addresses were rewritten (for tests and logs). */
  rewritten = 0;

  constructor(tracker: RequestTracker, lookup: AddressLookup) {
    this.tracker = tracker;
    this.lookup = lookup;
  }

  /** The bytes to forward for `chunk`, in order. */
  push(chunk: Buffer): Buffer[] {
    if (this.lost) return [chunk];
    const out: Buffer[] = [];
    let offset = 0;
    while (offset < chunk.length) {
      if (this.stage === 'pass') {
        const n = Math.min(this.remaining, chunk.length - offset);
        out.push(chunk.subarray(offset, offset + n));
        this.remaining -= n;
        offset += n;
        if (this.remaining === 0) this.stage = 'size';
        continue;
      }
      if (this.stage === 'collect') {
        const n = Math.min(this.remaining, chunk.length - offset);
        chunk.copy(this.collected!, this.collectedLength, offset, offset + n);
        this.collectedLength += n;
        this.remaining -= n;
        offset += n;
        if (this.remaining === 0) {
          out.push(...this.finishCollected());
          this.stage = 'size';
        }
        continue;
      }
      const want = this.stage === 'size' ? 4 : 4 + Math.min(4, this.frameSize);
      const n = Math.min(want - this.filled, chunk.length - offset);
      chunk.copy(this.head, this.filled, offset, offset + n);
      this.filled += n;
      offset += n;
      if (this.filled < want) continue;
      if (this.stage === 'size') {
        this.frameSize = this.head.readInt32BE(0);
        if (this.frameSize < 0) {
          // Not Kafka framing (or a broken stream): stop interpreting, forward everything as is.
          this.lost = true;
          out.push(Buffer.from(this.head.subarray(0, 4)), chunk.subarray(offset));
          return out;
        }
        this.stage = 'correlation';
        if (this.frameSize > 0) continue;
      }
      this.filled = 0;
      const headLength = 4 + Math.min(4, this.frameSize);
      const request = this.frameSize >= 4 ? this.tracker.take(this.head.readInt32BE(4)) : undefined;
      this.remaining = this.frameSize - (headLength - 4);
      if (request && this.frameSize <= maxRewrittenFrame_bytes) {
        this.request = request;
        this.collected = Buffer.allocUnsafe(this.frameSize);
        this.head.copy(this.collected, 0, 4, headLength);
        this.collectedLength = headLength - 4;
        this.stage = this.remaining > 0 ? 'collect' : 'size';
        if (this.remaining === 0) out.push(...this.finishCollected());
      } else {
        out.push(Buffer.from(this.head.subarray(0, headLength)));
        this.stage = this.remaining > 0 ? 'pass' : 'size';
      }
    }
    return out;
  }

  private finishCollected(): Buffer[] {
    const frame = this.collected!;
    const request = this.request!;
    this.collected = undefined;
    this.request = undefined;
    const rewritten = rewriteResponse(request.apiKey, request.apiVersion, frame, this.lookup);
    if (rewritten) {
      this.rewritten++;
      return rewritten;
    }
    const size = Buffer.alloc(4);
    size.writeInt32BE(frame.length, 0);
    return [size, frame];
  }
}

/** The entries with host and port replaced where the lookup moves them; undefined when none moved. */
function rewriteAddresses<T extends { readonly host: string; readonly port: number }>(
  entries: readonly T[],
  nodeIdOf: (entry: T) => number,
  lookup: AddressLookup,
): T[] | undefined {
  let changed = false;
  const rewritten = entries.map((entry) => {
    const to = moved(nodeIdOf(entry), entry.host, entry.port, lookup);
    if (!to) return entry;
    changed = true;
    return { ...entry, host: to.host, port: to.port };
  });
  return changed ? rewritten : undefined;
}

/** Decodes a response frame (no size prefix); undefined unless the bytes are exactly one valid response. */
function decodeFrame<K extends ApiKey>(
  apiKey: K,
  apiVersion: number,
  frame: Buffer,
): { readonly correlationId: number; readonly body: ResponseBodies[K] } | undefined {
  const api = apiTable[apiKey];
  if (!api.response.supports(apiVersion)) return undefined;
  const reader = new Reader(frame);
  const { correlationId } = decodeResponseHeader(reader, api.responseHeaderVersion(apiVersion));
  const body = api.response.decode(reader, apiVersion) as ResponseBodies[K];
  return reader.offset === reader.end ? { correlationId, body } : undefined;
}

function moved(nodeId: number, host: string, port: number, lookup: AddressLookup): HostPort | undefined {
  if (nodeId < 0) return undefined;
  const to = lookup(nodeId, host, port);
  return to && (to.host !== host || to.port !== port) ? to : undefined;
}

/**
 * The response re-encoded (size prefix included) with broker addresses from `lookup`, or undefined
 * when nothing changes or the frame cannot be decoded: then the original bytes go out untouched.
 */
export function rewriteResponse(
  apiKey: number,
  apiVersion: number,
  frame: Buffer,
  lookup: AddressLookup,
): Buffer[] | undefined {
  try {
    switch (apiKey) {
      case ApiKey.Metadata: {
        const decoded = decodeFrame(ApiKey.Metadata, apiVersion, frame);
        if (!decoded) return undefined;
        const brokers = rewriteAddresses(decoded.body.brokers, (b) => b.nodeId, lookup);
        if (!brokers) return undefined;
        return encodeResponse(ApiKey.Metadata, apiVersion, decoded.correlationId, {
          ...decoded.body,
          brokers,
        });
      }
      case ApiKey.FindCoordinator: {
        const decoded = decodeFrame(ApiKey.FindCoordinator, apiVersion, frame);
        if (!decoded) return undefined;
        const body = decoded.body;
        let changed = false;
        // v0-3 name one coordinator at the top level, v4+ a list (KIP-699).
        const top =
          apiVersion < 4 && body.errorCode === 0
            ? moved(body.nodeId, body.host, body.port, lookup)
            : undefined;
        if (top) changed = true;
        const coordinators = body.coordinators.map((c) => {
          const to = c.errorCode === 0 ? moved(c.nodeId, c.host, c.port, lookup) : undefined;
          if (!to) return c;
          changed = true;
          return { ...c, host: to.host, port: to.port };
        });
        if (!changed) return undefined;
        return encodeResponse(ApiKey.FindCoordinator, apiVersion, decoded.correlationId, {
          ...body,
          ...(top ? { host: top.host, port: top.port } : {}),
          coordinators,
        });
      }
      case ApiKey.DescribeCluster: {
        const decoded = decodeFrame(ApiKey.DescribeCluster, apiVersion, frame);
        if (!decoded) return undefined;
        const brokers = rewriteAddresses(decoded.body.brokers, (b) => b.brokerId, lookup);
        if (!brokers) return undefined;
        return encodeResponse(ApiKey.DescribeCluster, apiVersion, decoded.correlationId, {
          ...decoded.body,
          brokers,
        });
      }
      case ApiKey.ApiVersions: {
        const decoded = decodeFrame(ApiKey.ApiVersions, apiVersion, frame);
        if (decoded?.body.errorCode !== 0) return undefined;
        let changed = false;
        const apiKeys = decoded.body.apiKeys.map((entry) => {
          if (entry.apiKey === ApiKey.ApiVersions || !trackedApis.has(entry.apiKey)) return entry;
          const ours = apiTable[entry.apiKey as ApiKey].response.maxVersion;
          if (entry.maxVersion <= ours) return entry;
          changed = true;
          return { ...entry, maxVersion: Math.max(entry.minVersion, ours) };
        });
        if (!changed) return undefined;
        return encodeResponse(ApiKey.ApiVersions, apiVersion, decoded.correlationId, {
          ...decoded.body,
          apiKeys,
        });
      }
      default:
        return undefined;
    }
  } catch {
    // Undecodable: forward the original bytes; the client judges them as it would without a proxy.
    return undefined;
  }
}
