// `npm start` runs this first: without Electron's binary the desktop window cannot open,
// and Electron's own launcher would answer with a download attempt and a stack trace.
// Say so plainly, and point to browser mode, which needs no Electron.
import { defaultLibraryDir } from '../src-main/core/library/library-location';
import { electronBinary } from './electron-binary';

const binary = electronBinary();
if ('missing' in binary) {
  console.error(`Chancery's desktop window needs Electron, and Electron's binary is not installed
(${binary.missing}).

To install it (downloads it once, from Electron's releases on GitHub or $ELECTRON_MIRROR):
  node node_modules/electron/install.js

Meanwhile, use Chancery in your browser (no Electron needed):
  npm run serve -- --library DIR
and open the http://127.0.0.1:…/?token=… link it prints. Without --library it opens the
desktop app's library, ${defaultLibraryDir()}.`);
  process.exit(1);
}
