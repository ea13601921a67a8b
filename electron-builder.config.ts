import type { Configuration } from 'electron-builder';

/**
 * Installers for Linux (AppImage, deb), macOS (dmg) and Windows (NSIS): `npm run package`
 * on each system builds that system's. electron-builder fetches Electron and its packaging
 * tools only then; nothing here is needed by `npm test`.
 */
const config: Configuration = {
  appId: 'org.chancery.desktop',
  productName: 'Chancery',
  copyright: 'Chancery contributors, MIT License',
  directories: { output: 'release' },
  // The built app and its manifest; electron-builder adds the production node_modules itself.
  files: ['out/**', 'package.json'],
  // The starter documents, imported on first launch from process.resourcesPath/seeds (src-main/index.ts).
  extraResources: [{ from: 'seeds', to: 'seeds' }],
  asar: true,
  // better-sqlite3 ships Node-API prebuilds for every platform, which Electron loads as they are.
  npmRebuild: false,
  // Flipped in the Electron binary before signing, so that signing seals them.
  electronFuses: {
    // No `ELECTRON_RUN_AS_NODE`, `NODE_OPTIONS` or `--inspect`: the app binary is not a Node.js anyone can drive.
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // Only the app.asar that was signed, checked against its embedded hash (macOS, Windows).
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Chancery contributors' },
  mac: { target: 'dmg', category: 'public.app-category.productivity' },
  win: { target: 'nsis' },
  publish: null,
};

export default config;
