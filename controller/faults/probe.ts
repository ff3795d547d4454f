// One Kafka request on a fresh connection, bounded in time: broker discovery and checks that a healed proxy passes traffic.
import { connect } from 'node:net';
import { decodeResponse, encodeRequest } from '../../broker/protocol/frames.ts';
import {
  ApiKey,
  apiTable,
  type RequestBodies,
  type ResponseBodies,
} from '../../broker/protocol/generated/api-table.ts';
import { newApiVersionsRequest } from '../../broker/protocol/generated/api-versions.ts';
import { newMetadataRequest } from '../../broker/protocol/generated/metadata.ts';
import { parseHostPort } from './kafka-frames.ts';

/** Metadata of a large cluster fits easily; anything larger is not a response to these requests. */
const maxResponse_bytes = 16 * 1024 * 1024;

/** Sends one request to `address` and resolves with the decoded response, or rejects within timeout_ms. */
export function requestOnce<K extends ApiKey>(
  address: string,
  apiKey: K,
  apiVersion: number,
  body: RequestBodies[K],
  timeout_ms: number,
): Promise<ResponseBodies[K]> {
  const { host, port } = parseHostPort(address);
  const name = apiTable[apiKey].name;
  const correlationId = 1;
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (error: Error | undefined, value?: ResponseBodies[K]): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(value!);
    };
    const timer = setTimeout(
      () => finish(new Error(`${name} request to ${address}: no response within ${timeout_ms} ms`)),
      timeout_ms,
    );
    socket.on('error', (error) => finish(new Error(`${name} request to ${address}: ${error.message}`)));
    socket.on('close', () => finish(new Error(`${name} request to ${address}: connection closed`)));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      if (received < 4) return;
      const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      chunks.length = 0;
      chunks.push(all);
      const size = all.readInt32BE(0);
      if (size < 0 || size > maxResponse_bytes) {
        finish(new Error(`${name} request to ${address}: response frame of ${size} bytes`));
        return;
      }
      if (received < 4 + size) return;
      try {
        const response = decodeResponse(apiKey, apiVersion, all.subarray(4, 4 + size));
        if (response.correlationId !== correlationId)
          throw new Error(`correlation id ${response.correlationId}, expected ${correlationId}`);
        finish(undefined, response.body);
      } catch (error) {
        finish(new Error(`${name} request to ${address}: bad response: ${(error as Error).message}`));
      }
    });
    for (const chunk of encodeRequest(apiKey, apiVersion, correlationId, 'longhaul-probe', body))
      socket.write(chunk);
  });
}

/** Resolves once `address` answers an ApiVersions request (v0: every broker answers it, KIP-511). */
export async function answersApiVersions(address: string, timeout_ms: number): Promise<void> {
  const response = await requestOnce(address, ApiKey.ApiVersions, 0, newApiVersionsRequest(), timeout_ms);
  if (response.errorCode !== 0)
    throw new Error(`ApiVersions request to ${address}: error code ${response.errorCode}`);
}

export interface DiscoveredBroker {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
}

/**
 * The brokers of a cluster as it advertises them, from a Metadata request (no topics) to the first
 * bootstrap address that answers; the Metadata version is the highest both sides support.
 */
export async function discoverBrokers(
  bootstrap: readonly string[],
  timeout_ms: number,
): Promise<DiscoveredBroker[]> {
  const failures: string[] = [];
  for (const address of bootstrap) {
    try {
      const versions = await requestOnce(address, ApiKey.ApiVersions, 0, newApiVersionsRequest(), timeout_ms);
      const theirs = versions.apiKeys.find((entry) => entry.apiKey === ApiKey.Metadata);
      const ours = apiTable[ApiKey.Metadata].request;
      if (!theirs || theirs.minVersion > ours.maxVersion || theirs.maxVersion < 1)
        throw new Error('no Metadata version in common');
      const version = Math.min(theirs.maxVersion, ours.maxVersion);
      const metadata = await requestOnce(
        address,
        ApiKey.Metadata,
        version,
        { ...newMetadataRequest(), topics: [], allowAutoTopicCreation: false },
        timeout_ms,
      );
      if (metadata.brokers.length === 0) throw new Error('the Metadata response lists no brokers');
      return metadata.brokers
        .map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port }))
        .sort((a, b) => a.nodeId - b.nodeId);
    } catch (error) {
      failures.push(`${address}: ${(error as Error).message}`);
    }
  }
  throw new Error(`could not list the brokers of the cluster: ${failures.join('; ')}`);
}
