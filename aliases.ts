import { resolve } from 'node:path';

/**
 * The import aliases that cross layers, for the bundler and the tests
 * (`@contract/views` instead of `../../../../src-main/contract/views`).
 * tsconfig.json `paths` spells the same list for the compiler; a tooling test keeps them equal.
 */
export const LAYER_ALIASES = {
  '@contract': 'src-main/contract',
  '@shared': 'src-shared',
} as const;

/** The aliases as Vite's `resolve.alias` wants them: a bare alias or the alias followed by `/…`. */
export function viteAliases(root: string): { find: RegExp; replacement: string }[] {
  return Object.entries(LAYER_ALIASES).map(([alias, dir]) => ({
    find: new RegExp(`^${alias}(?=/|$)`),
    replacement: resolve(root, dir),
  }));
}
