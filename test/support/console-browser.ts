import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs the `chromium` package when it is missing); never a downloaded browser. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Where the browser suites write their screenshots (git-ignored). */
export const CONSOLE_OUTPUT_DIR = resolve(process.cwd(), 'test-output/console');

/** Starts headless Chromium with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Saves a full-page screenshot of one step, named `<n>-<step>.png`, and returns its path. */
export async function screenshot(page: Page, step: string): Promise<string> {
  mkdirSync(CONSOLE_OUTPUT_DIR, { recursive: true });
  const path = join(CONSOLE_OUTPUT_DIR, `${step}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations. The script is
 * evaluated through the DevTools protocol, so the console's CSP (no inline scripts) stays on.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The verifier key the service printed at its first start (the out-of-band source an auditor pins). */
export function printedVerifierKey(logs: string): string {
  const match = /auditors pin this:\s+(\S+)/.exec(logs);
  if (!match) throw new Error(`the service printed no verifier key:\n${logs.slice(0, 2000)}`);
  return match[1]!;
}
