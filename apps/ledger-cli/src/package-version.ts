import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The version in the package.json nearest above `moduleUrl` (the project's own: the sources and
 * dist/ both sit below it, at different depths).
 * @throws when no package.json with a version is found.
 */
export function readPackageVersion(moduleUrl: string): string {
  for (let dir = dirname(fileURLToPath(moduleUrl)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
      if (typeof version === 'string') return version;
    }
    if (dirname(dir) === dir) throw new Error(`no package.json with a version above ${moduleUrl}`);
  }
}
