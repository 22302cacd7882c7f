import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';

/** JSON, problem+json, NDJSON exports and text, but never Server-Sent Events (they must flow one by one). */
const COMPRESSIBLE = /^(?:text\/(?!event-stream)|application\/(?:[\w.-]+\+)?json\b|application\/x-ndjson\b)/;

/**
 * Answers of 1 KiB or more are compressed with br or gzip when the client accepts one (records,
 * pages, proofs and exports are repetitive JSON: typically 5–10× smaller). Brotli runs at quality 4:
 * its default, 11, costs more CPU than the request itself. Request bodies are never decompressed:
 * the body limit and the byte checks apply to the bytes as sent.
 */
export async function compressResponses(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    customTypes: (type: string) => COMPRESSIBLE.test(type),
    globalDecompression: false,
  });
}
