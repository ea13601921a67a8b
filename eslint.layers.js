import { builtinModules } from 'node:module';

/**
 * The layer rule, in the spirit of VS Code's: each layer may import only what
 * sits below it. ESLint sees import specifiers, not resolved files, so a
 * relative specifier is judged by how far up it climbs: a file N folders below
 * its layer's root leaves the layer with N+1 `../`. One config block per layer
 * and depth gives every file exactly one list of patterns.
 *
 *   src-shared          imports nothing of ours, no Node built-ins, no DOM-only package
 *   src-main/contract   imports src-shared (through @shared) and zod; no core, no face
 *   src-main/core       imports the contract and src-shared; no Electron, no DOM, no face, no renderer
 *   src-renderer        imports src-shared and the contract through @shared and @contract only
 *   src-preload         imports electron and the contract (@contract) only
 *   src-main/cli, src-main/browser-host  run in plain Node: no Electron
 */

const MAX_DEPTH = 8;
const NODE_BUILTINS = `^(node:|(${builtinModules.map(escape).join('|')})(/|$))`;
const DOM_PACKAGES = '^(react|react-dom|dompurify)(/|$)';
const ELECTRON = '^electron(/|$)';
const NATIVE = '^better-sqlite3$';
const FACES = 'electron|browser-host|cli|index';

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `../` repeated: a specifier starting with `up(n)` climbs n folders. */
function up(n) {
  return `(\\.\\./){${n}}`;
}

/** A restricted pattern; `regex` is matched case-sensitively against the specifier. */
function ban(regex, message) {
  return { regex, caseSensitive: true, message };
}

/**
 * The layers: `root` is a folder, `bans(depth)` the patterns for a file `depth`
 * folders below it. `climb` = depth + 1 is the `../` count that leaves the root.
 */
const LAYERS = [
  {
    root: 'src-shared',
    bans: (climb) => [
      ban(`^${up(climb)}`, 'src-shared imports nothing of ours: it sits below every other layer.'),
      ban('^@(contract|shared)(/|$)', 'src-shared imports nothing of ours: inside src-shared use relative paths.'),
      ban(NODE_BUILTINS, 'src-shared runs in the renderer too: no Node built-ins.'),
      ban(`${DOM_PACKAGES}|${ELECTRON}|${NATIVE}`, 'src-shared runs in main, renderer and PDF: no DOM, Electron or native packages.'),
    ],
  },
  {
    root: 'src-main/contract',
    bans: (climb) => [
      ban(`^${up(climb)}`, 'The contract imports only src-shared (through @shared) and zod: the renderer reads it.'),
      ban(NODE_BUILTINS, 'The contract is read by the renderer: no Node built-ins.'),
      ban(`${DOM_PACKAGES}|${ELECTRON}|${NATIVE}`, 'The contract is shared by every face: no DOM, Electron or native packages.'),
    ],
  },
  {
    root: 'src-main/core',
    bans: (climb) => [
      ban(`^${up(climb)}(${FACES})(/|\\.|$)`, 'The core imports no face (electron/, browser-host/, cli/, index.ts): faces call the core.'),
      ban(`^${up(climb + 1)}src-main/(${FACES})(/|\\.|$)`, 'The core imports no face (electron/, browser-host/, cli/, index.ts): faces call the core.'),
      ban(`^${up(climb + 1)}(src-renderer|src-preload)(/|$)`, 'The core imports neither the renderer nor the preload.'),
      ban(ELECTRON, 'The core never imports Electron: it also runs in the CLI and the browser host.'),
      ban(DOM_PACKAGES, 'The core never imports the DOM or React.'),
    ],
  },
  {
    root: 'src-renderer',
    bans: (climb) => [
      ban(`^${up(climb)}`, 'The renderer imports only src-shared and the contract, through @shared and @contract.'),
      ban(NODE_BUILTINS, 'The renderer is a sandboxed web page: no Node built-ins.'),
      ban(`${ELECTRON}|${NATIVE}`, 'The renderer reaches the main process only through the preload bridge.'),
    ],
  },
  {
    root: 'src-preload',
    bans: (climb) => [
      ban(`^${up(climb)}`, 'The preload imports only electron and the contract (@contract).'),
      ban('^(?!electron$|@contract(/|$)|\\.{1,2}/)', 'The preload imports only electron and the contract (@contract).'),
    ],
  },
  {
    root: 'src-main/cli',
    bans: () => [ban(ELECTRON, 'The CLI runs in plain Node: no Electron.')],
  },
  {
    root: 'src-main/browser-host',
    bans: () => [ban(ELECTRON, 'The browser host runs in plain Node: no Electron.')],
  },
];

/** DOM globals that would tie the core or src-shared to a browser window. */
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'requestAnimationFrame'];
/** Node globals a sandboxed renderer does not have. */
const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'];

function bannedGlobals(files, names, message) {
  return { files, rules: { 'no-restricted-globals': ['error', ...names.map((name) => ({ name, message: `${message}.` }))] } };
}

export function layerRules() {
  const blocks = LAYERS.flatMap(({ root, bans }) =>
    Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
      files: [`${root}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: bans(depth + 1) }] },
    })),
  );
  // A file gets one list of banned globals: a later block would replace, not add to, an earlier one.
  return [
    ...blocks,
    bannedGlobals(['src-shared/**/*.{ts,tsx}'], [...DOM_GLOBALS, ...NODE_GLOBALS], 'src-shared runs in main, renderer and PDF alike'),
    bannedGlobals(['src-main/core/**/*.ts', 'src-main/contract/**/*.ts'], DOM_GLOBALS, 'No DOM here: this layer also runs outside a browser window'),
    bannedGlobals(['src-renderer/**/*.{ts,tsx}', 'src-preload/**/*.ts'], NODE_GLOBALS, 'No Node here: this layer runs in a sandboxed web page'),
  ];
}
