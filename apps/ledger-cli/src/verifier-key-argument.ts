import { readFile } from 'node:fs/promises';

/**
 * The verifier key an auditor pinned: `--verifier-key <name+hash+key>` as given, or `@<file>` to
 * read it from a file (surrounding whitespace and the final newline dropped).
 * @throws the file's read error (ENOENT…) for `@<file>`.
 */
export async function readVerifierKeyArgument(value: string): Promise<string> {
  return value.startsWith('@') ? (await readFile(value.slice(1), 'utf8')).trim() : value;
}
