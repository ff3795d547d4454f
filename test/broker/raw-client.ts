// A bare Kafka-protocol socket for tests: hand-made frames (good, malformed or hostile) and their answers.
import { connect, type Socket } from 'node:net';
import { decodeResponse, encodeRequest } from '../../broker/protocol/frames.ts';
import {
  ApiKey,
  type RequestBodies,
  type ResponseBodies,
} from '../../broker/protocol/generated/api-table.ts';
import {
  newFetchRequest,
  newFetchRequestFetchPartition,
  newFetchRequestFetchTopic,
} from '../../broker/protocol/generated/fetch.ts';
import { type RecordBatchHeader, scanBatches } from '../../broker/protocol/records.ts';

/** One connection to 127.0.0.1:`port` that reads size-prefixed response frames. */
export class RawConnection {
  private readonly socket: Socket;
  private buffered = Buffer.alloc(0);
  private readonly frames: Buffer[] = [];
  private wake: (() => void) | undefined;
  private closedFlag = false;
  private nextCorrelationId = 1;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      while (this.buffered.length >= 4 && this.buffered.length >= 4 + this.buffered.readInt32BE(0)) {
        const size = this.buffered.readInt32BE(0);
        this.frames.push(this.buffered.subarray(4, 4 + size));
        this.buffered = this.buffered.subarray(4 + size);
      }
      this.wake?.();
    });
    const onClose = (): void => {
      this.closedFlag = true;
      this.wake?.();
    };
    socket.on('close', onClose);
    socket.on('error', onClose);
  }

  static open(port: number, timeout_ms = 5000): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`could not connect to 127.0.0.1:${port} within ${timeout_ms} ms`));
      }, timeout_ms);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new RawConnection(socket));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** Writes raw bytes, as they are. */
  write(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** Sends a well-formed request and returns the decoded response. */
  async request<K extends ApiKey>(
    apiKey: K,
    apiVersion: number,
    body: RequestBodies[K],
    timeout_ms = 10_000,
  ): Promise<ResponseBodies[K]> {
    const correlationId = this.nextCorrelationId++;
    this.write(Buffer.concat(encodeRequest(apiKey, apiVersion, correlationId, 'raw-test', body)));
    const frame = await this.nextFrame(timeout_ms);
    if (!frame) throw new Error(`connection closed before the response to api ${apiKey} v${apiVersion}`);
    const decoded = decodeResponse(apiKey, apiVersion, frame);
    if (decoded.correlationId !== correlationId)
      throw new Error(`correlation id ${decoded.correlationId}, expected ${correlationId}`);
    return decoded.body;
  }

  /** The next response frame (without its size), or undefined once the broker closed the connection. */
  async nextFrame(timeout_ms = 10_000): Promise<Buffer | undefined> {
    const deadline = Date.now() + timeout_ms;
    while (this.frames.length === 0 && !this.closedFlag) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no response frame and no close within ${timeout_ms} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    return this.frames.shift();
  }

  /** Resolves true once the broker closed the connection, false if it is still open after timeout_ms. */
  async waitForClose(timeout_ms = 5000): Promise<boolean> {
    const deadline = Date.now() + timeout_ms;
    while (!this.closedFlag && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.closedFlag;
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Kafka's frame for an arbitrary request header + body: int32 size, then the bytes. */
export function frameOf(payload: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeInt32BE(payload.length);
  return Buffer.concat([size, payload]);
}

/** A request header v1 (api key, version, correlation id, client id) with no body. */
export function bareHeader(apiKey: number, apiVersion: number, correlationId = 1): Buffer {
  const clientId = Buffer.from('raw-test');
  const header = Buffer.alloc(10);
  header.writeInt16BE(apiKey, 0);
  header.writeInt16BE(apiVersion, 2);
  header.writeInt32BE(correlationId, 4);
  header.writeInt16BE(clientId.length, 8);
  return Buffer.concat([header, clientId]);
}

export interface ConfigChange {
  readonly name: string;
  readonly operation: 'set' | 'delete';
  readonly value?: string;
}

/**
 * IncrementalAlterConfigs v0 on one topic. kafkajs 2.2 cannot send it (it only has AlterConfigs),
 * and neither can this machine's kcat or confluent-kafka 1.7, so tests send it by hand.
 */
export async function incrementalAlterConfigs(
  port: number,
  topic: string,
  changes: readonly ConfigChange[],
): Promise<{ errorCode: number; errorMessage: string | null }> {
  const connection = await RawConnection.open(port);
  try {
    const response = await connection.request(ApiKey.IncrementalAlterConfigs, 0, {
      validateOnly: false,
      resources: [
        {
          resourceType: 2,
          resourceName: topic,
          configs: changes.map((c) => ({
            name: c.name,
            configOperation: c.operation === 'set' ? 0 : 1,
            value: c.value ?? null,
          })),
        },
      ],
    });
    const [result] = response.responses;
    return { errorCode: result.errorCode, errorMessage: result.errorMessage };
  } finally {
    connection.close();
  }
}

/** The headers of the record batches stored in one partition from `fetchOffset` (one Fetch v4, up to 1 MiB). */
export async function fetchBatchHeaders(
  port: number,
  topic: string,
  partition: number,
  fetchOffset = 0n,
): Promise<RecordBatchHeader[]> {
  const connection = await RawConnection.open(port);
  try {
    const response = await connection.request(ApiKey.Fetch, 4, {
      ...newFetchRequest(),
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1024 * 1024,
      topics: [
        {
          ...newFetchRequestFetchTopic(),
          topic,
          partitions: [
            { ...newFetchRequestFetchPartition(), partition, fetchOffset, partitionMaxBytes: 1024 * 1024 },
          ],
        },
      ],
    });
    const data = response.responses[0].partitions[0];
    if (data.errorCode !== 0)
      throw new Error(`Fetch ${topic}-${partition} failed with error ${data.errorCode}`);
    return scanBatches(data.records ?? Buffer.alloc(0)).batches.map((b) => b.header);
  } finally {
    connection.close();
  }
}
