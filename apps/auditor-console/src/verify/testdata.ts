import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The integrity vectors the server's specs use (libs/integrity/testdata), read from disk so both
 * implementations are held to the same committed files. Spec-only: the console never loads it.
 */
export const integrityTestdata = <T>(name: string): T => JSON.parse(readTestdataText(name)) as T;

export const readTestdataText = (name: string): string => readFileSync(join(process.cwd(), 'libs/integrity/testdata', name), 'utf8');
