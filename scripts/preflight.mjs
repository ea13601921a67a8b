#!/usr/bin/env node
// Runs first in `npm test`: names every missing tool the tests need, with its install
// command, before anything runs. Plain JavaScript, no dependencies: it has to speak even
// on an old Node or before `npm ci`.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const requireHere = createRequire(join(root, 'package.json'));

/** "22.12.0" → [22, 12]; the engines field reads ">=22.12". */
const majorMinor = (v) => v.replace(/^[^\d]*/, '').split('.').slice(0, 2).map(Number);

function nodeProblem() {
  const wanted = pkg.engines?.node ?? '>=0';
  const [wMajor = 0, wMinor = 0] = majorMinor(wanted);
  const [major = 0, minor = 0] = majorMinor(process.versions.node);
  if (major > wMajor || (major === wMajor && minor >= wMinor)) return null;
  return {
    what: `Node.js ${wanted.replace('>=', '≥ ')} (this is ${process.version})`,
    install: `nvm install ${wMajor}   (or https://nodejs.org; .ci/run fetches it from the npm registry)`,
  };
}

function packagesProblem() {
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const missing = names.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
  if (missing.length === 0) return null;
  const shown = missing.length > 4 ? `${missing.slice(0, 4).join(', ')} and ${missing.length - 4} more` : missing.join(', ');
  return { what: `npm packages (${shown})`, install: 'npm ci' };
}

/** The two native modules: the library's SQLite and the PDF pixel tests' canvas. */
function nativeProblems() {
  const problems = [];
  try {
    const Database = requireHere('better-sqlite3');
    new Database(':memory:').close();
  } catch (err) {
    problems.push({ what: `better-sqlite3 for ${process.platform}-${process.arch} (${firstLine(err)})`, install: 'npm rebuild better-sqlite3' });
  }
  try {
    requireHere('@napi-rs/canvas').createCanvas(1, 1);
  } catch (err) {
    problems.push({
      what: `@napi-rs/canvas for ${process.platform}-${process.arch}, PDF pixel tests (${firstLine(err)})`,
      install: 'npm ci   (with optional dependencies: not --omit=optional)',
    });
  }
  return problems;
}

const firstLine = (err) => String(err instanceof Error ? err.message : err).split('\n')[0];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The same search as playwright.config.ts: CHROMIUM_PATH, Debian's Chromium, Playwright's own. */
function chromiumProblem(packagesInstalled) {
  const install = {
    linux: 'sudo apt-get install chromium   (or set CHROMIUM_PATH)',
    darwin: 'brew install --cask chromium, then export CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium   (or point it at Chrome)',
    win32: 'set CHROMIUM_PATH to chrome.exe, e.g. "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"',
  }[process.platform] ?? 'install Chromium and set CHROMIUM_PATH to its binary';
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return isExecutable(fromEnv) ? null : { what: `Chromium (browser-mode tests): CHROMIUM_PATH=${fromEnv} is not a program`, install };
  }
  if (isExecutable('/usr/bin/chromium')) return null;
  if (packagesInstalled) {
    try {
      const bundled = requireHere('@playwright/test').chromium.executablePath();
      if (bundled && isExecutable(bundled)) return null;
    } catch {
      // Playwright knows no browser for this platform: fall through to the message.
    }
  }
  return { what: 'Chromium (browser-mode tests)', install };
}

const problems = [];
const node = nodeProblem();
if (node) problems.push(node);
const packages = packagesProblem();
if (packages) problems.push(packages);
// Native modules are only worth loading with the right Node and the packages in place.
if (!node && !packages) problems.push(...nativeProblems());
const chromium = chromiumProblem(!packages);
if (chromium) problems.push(chromium);

if (problems.length > 0) {
  for (const p of problems) console.error(`Missing: ${p.what}. Install: ${p.install}`);
  console.error('Nothing was run. Install the above (or run .ci/run, which does) and try again.');
  process.exit(1);
}
