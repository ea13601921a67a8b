import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYER_ALIASES } from '../../aliases';
import { REPO } from '../helpers/temp-dir';

/**
 * The layer rule of eslint.config.js, run on fixture files placed in each layer:
 * every import marked `// banned` must be reported, every other one must pass.
 * Type-aware rules are off here: the fixtures exist only as text.
 */
const eslint = new ESLint({
  cwd: REPO,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

async function bannedLines(filePath: string, lines: string[]): Promise<number[]> {
  const [result] = await eslint.lintText(lines.join('\n'), { filePath: resolve(REPO, filePath) });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.line);
}

const FIXTURES: { layer: string; file: string; lines: string[] }[] = [
  {
    layer: 'src-shared imports nothing of ours, no Node, no DOM package',
    file: 'src-shared/model/fixture.ts',
    lines: [
      "import { walk } from './walk'; // allowed",
      "import { z } from 'zod'; // allowed",
      "import type { Api } from '../../src-main/contract/api'; // banned",
      "import type { Api as A } from '@contract/api'; // banned",
      "import { readFileSync } from 'node:fs'; // banned",
      "import { join } from 'path'; // banned",
      "import { useState } from 'react'; // banned",
    ],
  },
  {
    layer: 'the contract imports src-shared and zod, not the core',
    file: 'src-main/contract/fixture.ts',
    lines: [
      "import { z } from 'zod'; // allowed",
      "import { CALL_NAMES } from './calls'; // allowed",
      "import type { Block } from '@shared/model/document'; // allowed",
      "import type { Core } from '../core/core'; // banned",
      "import { ipcMain } from 'electron'; // banned",
      "import { readFileSync } from 'node:fs'; // banned",
    ],
  },
  {
    layer: 'the core imports no Electron, DOM, face or renderer',
    file: 'src-main/core/pdf/fixture.ts',
    lines: [
      "import { readFileSync } from 'node:fs'; // allowed",
      "import type { Api } from '../../contract/api'; // allowed",
      "import { dispatch } from '../dispatch'; // allowed",
      "import type { Block } from '@shared/model/document'; // allowed",
      "import { app } from 'electron'; // banned",
      "import { lockWindow } from '../../electron/security'; // banned",
      "import { startBrowserHost } from '../../browser-host/server'; // banned",
      "import { runCli } from '../../cli/run-cli'; // banned",
      "import '../../index'; // banned",
      "import { api } from '../../../src-renderer/src/api/client'; // banned",
      "import { createRoot } from 'react-dom/client'; // banned",
    ],
  },
  {
    layer: 'the renderer imports only src-shared and the contract, by alias',
    file: 'src-renderer/src/lib/fixture.ts',
    lines: [
      "import { useState } from 'react'; // allowed",
      "import { api } from '../api/client'; // allowed",
      "import type { Api } from '@contract/api'; // allowed",
      "import type { Block } from '@shared/model/document'; // allowed",
      "import type { Core } from '../../../src-main/core/core'; // banned",
      "import type { Api as A } from '../../../src-main/contract/api'; // banned",
      "import { ipcRenderer } from 'electron'; // banned",
      "import { readFileSync } from 'node:fs'; // banned",
      "import Database from 'better-sqlite3'; // banned",
    ],
  },
  {
    layer: 'the preload imports only electron and the contract',
    file: 'src-preload/fixture.ts',
    lines: [
      "import { contextBridge } from 'electron'; // allowed",
      "import { isCallName } from '@contract/calls'; // allowed",
      "import type { Core } from '../src-main/core/core'; // banned",
      "import type { Block } from '@shared/model/document'; // banned",
      "import { readFileSync } from 'node:fs'; // banned",
      "import { z } from 'zod'; // banned",
    ],
  },
  {
    layer: 'the CLI runs in plain Node: no Electron',
    file: 'src-main/cli/fixture.ts',
    lines: ["import { createCore } from '../core/core'; // allowed", "import { app } from 'electron'; // banned"],
  },
];

describe('the layer rule', () => {
  it.each(FIXTURES)('$layer', async ({ file, lines }) => {
    const banned = lines.flatMap((line, i) => (line.endsWith('// banned') ? [i + 1] : []));
    expect(await bannedLines(file, lines)).toEqual(banned);
  });

  it.each([
    { file: 'src-main/core/fixture.ts', code: 'export const w = window.innerWidth;', name: 'window' },
    { file: 'src-shared/fixture.ts', code: 'export const e = process.env;', name: 'process' },
    { file: 'src-shared/fixture.ts', code: 'export const t = document.title;', name: 'document' },
    { file: 'src-renderer/src/fixture.ts', code: "export const b = Buffer.from('x');", name: 'Buffer' },
  ])('bans $name in $file', async ({ file, code }) => {
    const [result] = await eslint.lintText(`${code}\n`, { filePath: resolve(REPO, file) });
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['no-restricted-globals']);
  });

  it('explains itself', async () => {
    const [result] = await eslint.lintText("import { app } from 'electron';\n", { filePath: resolve(REPO, 'src-main/core/fixture.ts') });
    expect(result?.messages[0]?.message).toContain('The core never imports Electron');
  });
});

describe('the path aliases', () => {
  it('are the same for the compiler as for the bundler and the tests', () => {
    const tsconfig = JSON.parse(readFileSync(resolve(REPO, 'tsconfig.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
    const expected = Object.fromEntries(
      Object.entries(LAYER_ALIASES).flatMap(([alias, dir]) => [
        [alias, [`./${dir}`]],
        [`${alias}/*`, [`./${dir}/*`]],
      ]),
    );
    expect(tsconfig.compilerOptions.paths).toEqual(expected);
  });
});
