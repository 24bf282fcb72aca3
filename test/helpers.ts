import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const root = join(import.meta.dirname, '..');

export function seeds(): Array<{ id: string; text: string }> {
  const dir = join(root, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));
}

export function seed(prefix: string): { id: string; text: string } {
  const s = seeds().find((x) => x.id.startsWith(prefix));
  if (!s) throw new Error(`no seed ${prefix}`);
  return s;
}
