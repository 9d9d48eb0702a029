// An in-memory Storage for tests, with switches for a full disk and a locked-down browser.
import type { StorageLike } from '../../src/state/persist';

export class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  full = false;
  broken = false;
  getItem(key: string): string | null {
    if (this.broken) throw new Error('SecurityError: storage is disabled');
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.broken) throw new Error('SecurityError: storage is disabled');
    if (this.full) {
      const e = new Error('The quota has been exceeded.');
      e.name = 'QuotaExceededError';
      throw e;
    }
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  backups(): string[] {
    return [...this.map.keys()].filter((k) => k.includes(':backup:'));
  }
}
