import type { Server } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/** After its idle close, how long a connection may stay before it is destroyed (a peer that never closes its side). */
const HALF_CLOSED_LIMIT_MS = 2_000;

/**
 * Closes an HTTP server's connections without cutting a request off. Node's own `server.close()`
 * destroys every keep-alive connection idle at that instant, including those a client is just
 * sending its next request on (the client sees a reset). Whoever closes an idle connection races
 * the other side's next request, and a client picks any idle connection of its pool, so
 * {@link windDown} stops listening, then leaves idle connections open while any client is still
 * sending: each request gets an answer that says Connection: close (the closing gate), after which
 * that connection closes. Only once the whole server has been quiet (no request in flight, no byte
 * received) for `idleGraceMs` does it end the idle connections left.
 */
export class ConnectionWindDown {
  private readonly inFlight = new Map<Socket, number>();
  private requestsInFlight = 0;
  private lastActivity = Date.now();
  private winding: { since: number; idleGraceMs: number; allClosed: () => void } | undefined;
  private quietTimer: NodeJS.Timeout | undefined;

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.inFlight.set(socket, 0);
      // Only observes: the HTTP parser's own listener consumes the bytes. A request whose headers are still arriving counts.
      socket.on('data', () => (this.lastActivity = Date.now()));
      socket.once('close', () => this.forget(socket));
    });
    server.on('request', (request, response) => {
      const socket = request.socket;
      if (!this.inFlight.has(socket)) return;
      this.inFlight.set(socket, this.inFlight.get(socket)! + 1);
      this.requestsInFlight++;
      response.once('close', () => {
        if (this.inFlight.has(socket)) this.inFlight.set(socket, this.inFlight.get(socket)! - 1);
        this.requestsInFlight--;
        this.lastActivity = Date.now();
        if (this.winding && this.requestsInFlight === 0) this.endIdleWhenQuiet();
      });
    });
  }

  /** Stops accepting connections, then closes every open one as described above; resolves when all are closed. */
  windDown(idleGraceMs: number): Promise<void> {
    // net.Server#close only closes the listening socket; http.Server#close would also destroy idle keep-alive connections.
    if (this.server.listening) NetServer.prototype.close.call(this.server);
    return new Promise((resolve) => {
      this.winding = { since: Date.now(), idleGraceMs, allClosed: resolve };
      if (this.inFlight.size === 0) return resolve();
      if (this.requestsInFlight === 0) this.endIdleWhenQuiet();
    });
  }

  private endIdleWhenQuiet(): void {
    const { since, idleGraceMs } = this.winding!;
    const quietSince = () => Math.max(this.lastActivity, since);
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      // After the event loop's poll phase: bytes that arrived while this process was busy are
      // read (and their requests counted) before the server is judged quiet.
      setImmediate(() => {
        if (this.requestsInFlight > 0) return; // the last one to finish calls again
        if (Date.now() - quietSince() < idleGraceMs) return this.endIdleWhenQuiet();
        for (const [socket, requests] of this.inFlight) {
          if (requests > 0) continue;
          // A FIN, not a reset: the client drops the connection from its pool.
          socket.end();
          setTimeout(() => socket.destroy(), HALF_CLOSED_LIMIT_MS).unref();
        }
      });
    }, Math.max(0, quietSince() + idleGraceMs - Date.now()));
  }

  private forget(socket: Socket): void {
    this.inFlight.delete(socket);
    if (this.winding && this.inFlight.size === 0) {
      clearTimeout(this.quietTimer);
      this.winding.allClosed();
    }
  }
}
