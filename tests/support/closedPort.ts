// A port on 127.0.0.1 that nothing listens on (it was free a moment ago), for "server down" tests
// and for servers the tests start.
import { createServer } from 'node:net';

export async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
