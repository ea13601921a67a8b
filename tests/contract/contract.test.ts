import { describe, expect, it } from 'vitest';
import { api, CALL_NAMES, isCallName, RENDERER_CALLS } from '../../src-main/contract';
import { documentCalls } from '../../src-main/contract/documents';
import { dossierCalls } from '../../src-main/contract/dossiers';
import { highlightCalls } from '../../src-main/contract/highlights';
import { jobCalls } from '../../src-main/contract/jobs';
import { libraryCalls } from '../../src-main/contract/library';
import { linkCalls } from '../../src-main/contract/links';
import { noteCalls } from '../../src-main/contract/notes';
import { searchCalls } from '../../src-main/contract/search';
import { tagCalls } from '../../src-main/contract/tags';
import { trashCalls } from '../../src-main/contract/trash';
import { threadCalls } from '../../src-main/contract/threads';
import { relatedCalls } from '../../src-main/contract/related';
import { termCalls } from '../../src-main/contract/terms';
import { peopleCalls } from '../../src-main/contract/people';
import { exportCalls } from '../../src-main/contract/exports';
import { savedCalls } from '../../src-main/contract/saved';
import { viewCalls } from '../../src-main/contract/views';
import { isRendererCall } from '../../src-main/contract/call-names';

const domains = [libraryCalls, searchCalls, documentCalls, noteCalls, highlightCalls, tagCalls, dossierCalls, jobCalls, trashCalls, linkCalls, threadCalls, relatedCalls, termCalls, peopleCalls, exportCalls, savedCalls, viewCalls];

describe('the contract', () => {
  it('declares each call in exactly one domain file', () => {
    const names = domains.flatMap((d) => Object.keys(d));
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...CALL_NAMES].sort());
  });

  it('gives the preload every call but the CLI-only ones, and nothing else', () => {
    const forRenderer = CALL_NAMES.filter((n) => !api[n].local);
    expect([...RENDERER_CALLS].sort()).toEqual(forRenderer.sort());
    expect(isRendererCall('import.paths')).toBe(false);
    expect(isCallName('import.paths')).toBe(true);
    expect(isCallName('toString')).toBe(false);
  });

  it('marks as writing the calls that change the library, and not the job polls', () => {
    expect(api['notes.save'].writes).toBe(true);
    expect(api['highlights.list'].writes).toBe(true);
    expect(api['library.search'].writes).toBe(false);
    expect(api['import.cancel'].writes).toBe(false);
    expect(api['dossiers.exportStatus'].writes).toBe(false);
  });
});
