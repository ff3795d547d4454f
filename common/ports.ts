// Free loopback TCP ports for the servers longhaul starts (embedded brokers, workers, tests).
import { createServer } from 'node:net';

const handedOut = new Set<number>();

/** A port that nothing listens on right now (and that this process has not handed out before). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.unref();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(chosen));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('could not find a free port after 50 attempts');
}
