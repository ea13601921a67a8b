import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { LAYER_ALIASES } from '../aliases';

/**
 * Rewrites relative imports that leave a layer into the layer aliases of
 * tsconfig.json (`../../../../src-main/contract/views` → `@contract/views`).
 * Mechanical and idempotent, so it can be re-run after merges bring new deep
 * imports: `npx tsx scripts/alias-imports.ts [dir…]` (default: the layers that must use aliases:
 * the renderer, the preload and the contract).
 */

const root = resolve(import.meta.dirname, '..');
const ALIASES = Object.entries(LAYER_ALIASES);
const SOURCE = /\.(ts|tsx|mts|cts)$/;
/** `from '…'`, `import '…'`, `import('…')`, `vi.mock('…')`: the quoted specifier is group 2. */
const SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(path);
    return SOURCE.test(e.name) ? [path] : [];
  });
}

/** The alias spelling of a path, with the alias it falls under; null outside every aliased folder. */
function aliasOf(path: string): { alias: string; spelling: string } | null {
  const target = relative(root, path).split(sep).join('/');
  for (const [alias, dir] of ALIASES) {
    if (target === dir || target === `${dir}/index`) return { alias, spelling: alias };
    if (target.startsWith(`${dir}/`)) return { alias, spelling: `${alias}/${target.slice(dir.length + 1)}` };
  }
  return null;
}

/** The alias spelling of a relative specifier, or null when it stays inside the importing file's layer. */
function aliased(fromFile: string, specifier: string): string | null {
  const target = aliasOf(resolve(dirname(fromFile), specifier));
  if (!target || aliasOf(fromFile)?.alias === target.alias) return null;
  return target.spelling;
}

function rewrite(file: string): number {
  const text = readFileSync(file, 'utf8');
  let count = 0;
  const next = text.replace(SPECIFIER, (whole, lead: string, quote: string, spec: string) => {
    const alias = aliased(file, spec);
    if (!alias) return whole;
    count += 1;
    return `${lead}${quote}${alias}${quote}`;
  });
  if (count > 0) writeFileSync(file, next);
  return count;
}

const dirs = process.argv.slice(2);
let total = 0;
for (const dir of dirs.length > 0 ? dirs : ['src-renderer', 'src-preload', 'src-main/contract']) {
  for (const file of files(resolve(root, dir))) {
    const n = rewrite(file);
    if (n > 0) console.log(`${relative(root, file)}: ${n}`);
    total += n;
  }
}
console.log(`${total} imports rewritten`);
