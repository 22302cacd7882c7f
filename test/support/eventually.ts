/**
 * Polls `probe` every 50 ms until it returns a value other than undefined, and returns that value.
 * For things the service does after it has answered (a log line flushed, a metric updated).
 * @throws Error naming `what` and the last probe error when `timeoutMs` passes first.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not seen within ${timeoutMs} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
