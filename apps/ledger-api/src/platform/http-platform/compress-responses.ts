import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';

/** JSON, problem+json, NDJSON exports and text, but never Server-Sent Events (they must flow one by one). */
const COMPRESSIBLE = /^(?:text\/(?!event-stream)|application\/(?:[\w.-]+\+)?json\b|application\/x-ndjson\b)/;

/**
 * The hottest routes, whose answers are one record or a probe (almost always under the threshold):
 * the plugin's two per-request hooks cost them about a fifth of their throughput (measured on
 * GET by id) for nothing, so they are left uncompressed.
 */
const UNCOMPRESSED_ROUTES = new Set(
  ['/v1/audit-events/:eventId', '/health', '/readyz'].flatMap((url) => [`GET ${url}`, `HEAD ${url}`]).concat('POST /v1/audit-events'),
);

/**
 * Answers of 1 KiB or more are compressed with br or gzip when the client accepts one (records,
 * pages, proofs and exports are repetitive JSON: typically 5–10× smaller). Brotli runs at quality 4:
 * its default, 11, costs more CPU than the request itself. Request bodies are never decompressed:
 * the body limit and the byte checks apply to the bytes as sent (so no route gets the plugin's
 * decompression hook at all). The routes of UNCOMPRESSED_ROUTES are not compressed.
 */
export async function compressResponses(fastify: FastifyInstance): Promise<void> {
  // Runs before the plugin's own onRoute hook (added below), which reads these two options.
  fastify.addHook('onRoute', (route) => {
    route.decompress = false;
    if ([route.method].flat().every((method) => UNCOMPRESSED_ROUTES.has(`${method} ${route.url}`))) route.compress = false;
  });
  await fastify.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    customTypes: (type: string) => COMPRESSIBLE.test(type),
    globalDecompression: false,
  });
}
