import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { build, Platform } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';
import { REPO, tempDir } from '../helpers/temp-dir';

/** What an installer's Electron must be: no Node.js behind its back, only its own sealed app.asar. */
const FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
};

/** @electron/fuses' marker in an Electron binary, then the wire: version 1, its length, one byte per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults, in FuseV1Options order ('1' on, '0' off). */
const DEFAULT_WIRE = '10110001';

/** A stand-in Electron distribution: no Electron can be downloaded here, but its fuse wire is all that is flipped. */
function fakeElectronDist(): string {
  const dist = tempDir();
  const bytes = Buffer.concat([Buffer.from('not really Electron '), Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE)]);
  writeFileSync(join(dist, 'electron'), bytes, { mode: 0o755 });
  writeFileSync(join(dist, 'version'), '45.4.1');
  return dist;
}

/** The smallest app electron-builder will pack: a manifest, a main script, the seeds folder. */
function tinyProject(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'out/main'), { recursive: true });
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'out/main/index.js'), 'export {};\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'chancery', version: '0.1.0', main: 'out/main/index.js' }));
  return dir;
}

describe('the installers', () => {
  it('are made from the built app only, as one asar, for Linux, macOS and Windows', () => {
    expect(config).toMatchObject({ appId: 'org.chancery.desktop', productName: 'Chancery', files: ['out/**', 'package.json'], asar: true });
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
    // electron-builder would merge a "build" key of package.json over the config file.
    expect(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'))).not.toHaveProperty('build');
  });

  it('set exactly these Electron fuses', () => {
    expect(config.electronFuses).toEqual(FUSES);
  });

  it('flip those fuses in the packaged Electron binary', async () => {
    const project = tinyProject();
    await build({
      projectDir: project,
      targets: Platform.LINUX.createTarget('dir'),
      config: { ...config, electronDist: fakeElectronDist(), electronVersion: '45.4.1' },
    });
    const wire = await getCurrentFuseWire(join(project, 'release/linux-unpacked/chancery'));
    const on = (fuse: FuseV1Options): boolean => wire[fuse] === 0x31;
    expect({
      runAsNode: on(FuseV1Options.RunAsNode),
      enableNodeOptionsEnvironmentVariable: on(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      enableNodeCliInspectArguments: on(FuseV1Options.EnableNodeCliInspectArguments),
      enableEmbeddedAsarIntegrityValidation: on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyLoadAppFromAsar: on(FuseV1Options.OnlyLoadAppFromAsar),
      enableCookieEncryption: on(FuseV1Options.EnableCookieEncryption),
    }).toEqual(FUSES);
  });
});
