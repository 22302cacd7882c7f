import type { FastifyInstance } from 'fastify';

/** The methods each route pattern of an app answers, to tell a wrong method (405) from an unknown path (404). */
export class RouteMethods {
  private readonly routes: { pattern: RegExp; methods: Set<string> }[] = [];
  private readonly byUrl = new Map<string, Set<string>>();

  /** Records every route `fastify` registers from now on; call before any route is added. */
  static track(fastify: FastifyInstance): RouteMethods {
    const tracked = new RouteMethods();
    fastify.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) tracked.add(route.url, method);
    });
    return tracked;
  }

  add(url: string, method: string): void {
    let methods = this.byUrl.get(url);
    if (!methods) {
      methods = new Set();
      this.byUrl.set(url, methods);
      this.routes.push({ pattern: patternOf(url), methods });
    }
    methods.add(method.toUpperCase());
  }

  /** The methods served at `path` (no query), sorted; empty when no route matches it. */
  allowedAt(path: string): string[] {
    const allowed = new Set<string>();
    for (const route of this.routes) if (route.pattern.test(path)) for (const method of route.methods) allowed.add(method);
    return [...allowed].sort();
  }
}

/** find-my-way patterns as the router reads them: `:name` is one segment, `*` the rest. */
function patternOf(url: string): RegExp {
  const source = url
    .split(/(:[A-Za-z_]\w*|\*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`);
}
