import { AuditEventRejectedError, ProjectionNotFoundError, RebuildInProgressError } from '#ledger-domain';
import { fromWorkerError, toWorkerError } from './worker-error.js';

/** Errors cross the worker thread as plain values; the service gets the same classes back for the codes it answers. */
describe('errors from the projection worker', () => {
  const roundTrip = (error: unknown, context?: Parameters<typeof toWorkerError>[1]) => fromWorkerError(structuredClone(toWorkerError(error, context)));

  it('a rebuild already running comes back as RebuildInProgressError (409), naming the projection', () => {
    const error = roundTrip(new RebuildInProgressError('ledger-heads'), { projection: 'ledger-heads' });
    expect(error).toBeInstanceOf(RebuildInProgressError);
    expect(error.message).toContain('ledger-heads');
  });

  it('an unknown projection comes back as ProjectionNotFoundError with the known names', () => {
    const error = roundTrip(new ProjectionNotFoundError('nope', ['a', 'b']), { projection: 'nope', known: ['a', 'b'] });
    expect(error).toBeInstanceOf(ProjectionNotFoundError);
    expect(error.message).toContain('(known: a, b)');
  });

  it('any other error stays a plain Error with its message (a 500), whatever its text says', () => {
    const error = roundTrip(new Error('LEDGER.REBUILD_IN_PROGRESS disk I/O error'));
    expect(error).not.toBeInstanceOf(RebuildInProgressError);
    expect(error.message).toBe('LEDGER.REBUILD_IN_PROGRESS disk I/O error');
  });

  it('keeps the code of any other ledger error, and the text of a thrown non-error', () => {
    expect(toWorkerError(new AuditEventRejectedError([{ path: 'x', message: 'bad' }]))).toMatchObject({ code: 'LEDGER.AUDIT_EVENT_INVALID' });
    expect(toWorkerError('boom')).toEqual({ message: 'boom' });
  });
});
