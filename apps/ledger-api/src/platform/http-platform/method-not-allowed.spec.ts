import { RouteMethods } from './method-not-allowed.js';

describe('RouteMethods', () => {
  const routes = new RouteMethods();
  routes.add('/v1/audit-events', 'GET');
  routes.add('/v1/audit-events', 'HEAD');
  routes.add('/v1/audit-events', 'POST');
  routes.add('/v1/audit-events/:eventId', 'GET');
  routes.add('/v1/audit-events/:eventId/verify', 'GET');
  routes.add('/v1/ledger/tlog/tile/*', 'GET');
  routes.add('/v1/admin/projections/:name/rebuild', 'POST');

  it.each([
    ['/v1/audit-events', ['GET', 'HEAD', 'POST']],
    ['/v1/audit-events/0193-abc', ['GET']],
    ['/v1/audit-events/0193-abc/verify', ['GET']],
    ['/v1/ledger/tlog/tile/0/x001/002', ['GET']],
    ['/v1/admin/projections/audit-event-index/rebuild', ['POST']],
  ])('knows the methods served at %s', (path, methods) => {
    expect(routes.allowedAt(path)).toEqual(methods);
  });

  it.each(['/v1/nothing', '/v1/audit-events/a/b/c', '/v1/admin/projections//rebuild', '/v1/audit-eventsX'])('serves nothing at %s', (path) => {
    expect(routes.allowedAt(path)).toEqual([]);
  });
});
