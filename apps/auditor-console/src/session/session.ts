/**
 * Where the console keeps what the auditor typed: the API key in sessionStorage only (gone with the
 * tab, never in a URL or a log), the pinned verifier key in localStorage (it is public, and pinning
 * means it must survive restarts).
 */
const API_KEY = 'auditor-console.apiKey';
const PINNED_KEY = 'auditor-console.pinnedVerifierKey';

export const session = {
  apiKey: (): string | null => sessionStorage.getItem(API_KEY),
  setApiKey: (key: string): void => sessionStorage.setItem(API_KEY, key),
  pinnedKey: (): string | null => localStorage.getItem(PINNED_KEY),
  setPinnedKey: (key: string): void => localStorage.setItem(PINNED_KEY, key),
  signOut: (): void => sessionStorage.removeItem(API_KEY),
};
