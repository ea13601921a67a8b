// `?modulePath` imports (the import worker's bundled file), resolved by electron-vite in the main-process build.
/// <reference types="electron-vite/node" />
