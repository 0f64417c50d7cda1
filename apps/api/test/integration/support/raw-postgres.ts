import net from 'node:net';

/**
 * Raw PostgreSQL wire-protocol messages, for tests that must do what no well-behaved driver
 * does: send half an extended-protocol batch and vanish (embedded.int.test.ts).
 */
function message(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}
const cstring = (s: string) => Buffer.concat([Buffer.from(s), Buffer.from([0])]);

export const parse = (sql: string) => message('P', Buffer.concat([cstring(''), cstring(sql), Buffer.from([0, 0])]));
export const bind = () => message('B', Buffer.concat([cstring(''), cstring(''), Buffer.from([0, 0, 0, 0, 0, 0])]));
export const execute = () => message('E', Buffer.concat([cstring(''), Buffer.from([0, 0, 0, 0])]));

/** Connects, starts a session, sends `messages` without a Sync, waits, and closes the socket. */
export async function sendAndVanish(connectionString: string, messages: Buffer[]): Promise<void> {
  const url = new URL(connectionString);
  const socket = net.connect(Number(url.port), url.hostname);
  await new Promise((resolve) => socket.once('connect', resolve));
  const body = Buffer.concat([Buffer.from([0, 3, 0, 0]), cstring('user'), cstring('postgres'), cstring('database'), cstring('postgres'), Buffer.from([0])]);
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  socket.write(Buffer.concat([length, body]));
  // Until the server says it is ready for a query ('Z').
  await new Promise<void>((resolve) => {
    let seen = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      seen = Buffer.concat([seen, chunk]);
      if (seen.includes(Buffer.from('Z'))) {
        socket.off('data', onData);
        resolve();
      }
    };
    socket.on('data', onData);
  });
  for (const m of messages) socket.write(m);
  await new Promise((resolve) => setTimeout(resolve, 200));
  socket.destroy();
  await new Promise((resolve) => setTimeout(resolve, 200));
}
