import { describe, expect, it } from 'vitest';
import { FILL } from '../../../src-main/core/db/migration-12-source-marks';
import type { DocumentMeta } from '../../../src-shared/model/document';
import { corpusLibrary } from '../search/corpus-library';

type Db = ReturnType<ReturnType<typeof corpusLibrary>['core']>['db'];
const rows = (db: Db, table: string): unknown[] =>
  db.prepare(`SELECT doc_id, field, value FROM ${table} ORDER BY doc_id, field, value`).raw().all();

describe('source marks written by the repository', () => {
  const lib = corpusLibrary();

  it('are, on the three corpus volumes, exactly the rows migration 12 derived from the metadata in SQL', () => {
    const db = lib.core().db;
    db.exec(`CREATE TEMP TABLE marks_sql (doc_id INTEGER, field TEXT, value TEXT)`);
    db.exec(FILL('d', 'documents d, ').replace('INSERT INTO doc_source_marks', 'INSERT INTO temp.marks_sql'));
    const fromSql = rows(db, 'temp.marks_sql');
    const fromCode = rows(db, 'doc_source_marks');
    const fields = new Set(fromCode.map((r) => (r as unknown[])[1]));
    // These volumes print file numbers, flags and redactions; the next case covers caveats and repositories.
    expect([...fields].sort()).toEqual(['file', 'flag', 'redaction']);
    expect(fromCode.length).toBeGreaterThan(1_000);
    expect(fromCode).toEqual(fromSql);
  });

  it('agree with the SQL rule on a document carrying every kind of mark', () => {
    const core = lib.core();
    const db = core.db;
    const base = core.repo.get(db.prepare(`SELECT doc_id FROM doc_source_marks WHERE field = 'redaction' LIMIT 1`).pluck().get() as number);
    if (!base) throw new Error('no document');
    const meta: DocumentMeta = JSON.parse(JSON.stringify(base.meta)) as DocumentMeta;
    const at = <T>(value: T) => ({ value, where: 'source-note' as const, text: String(value) });
    meta.sourceFields = {
      value: {
        repository: at('National Archives, RG 59'),
        fileNumbers: [at({ value: '761.00/1-1546', scheme: 'dated-decimal' as const }), at({ value: '740.0011 EW/2-145', scheme: 'decimal' as const })],
        caveats: [at('Eyes Only'), at('Limdis')],
        flags: [at('translation' as const)],
      },
      provenance: base.meta.sourceFields?.provenance ?? { source: 'importer' },
    } as DocumentMeta['sourceFields'];
    const { id } = core.repo.save({ key: 'marks-test', format: base.format, meta, body: base.body, ...(base.placement ? { placement: base.placement } : {}) }, 'marks.xml');
    db.exec(`CREATE TEMP TABLE marks_one (doc_id INTEGER, field TEXT, value TEXT)`);
    db.exec(FILL('d', `(SELECT * FROM documents WHERE id = ${String(id)}) d, `).replace('INSERT INTO doc_source_marks', 'INSERT INTO temp.marks_one'));
    const mine = (table: string) => db.prepare(`SELECT field, value FROM ${table} WHERE doc_id = ? ORDER BY field, value`).raw().all(id);
    expect(new Set(mine('doc_source_marks').map((r) => (r as string[])[0]))).toEqual(new Set(['caveat', 'file', 'flag', 'redaction', 'repository']));
    expect(mine('doc_source_marks')).toEqual(mine('temp.marks_one'));

    // Imported again with other metadata (the upsert's update path): the marks are replaced, not added to.
    const all = meta.sourceFields;
    if (!all) throw new Error('no source fields');
    const fewer: DocumentMeta = { ...meta, sourceFields: { ...all, value: { ...all.value, caveats: [], flags: [] } } };
    core.repo.save({ key: 'marks-test', format: base.format, meta: fewer, body: base.body }, 'marks.xml');
    expect(new Set(mine('doc_source_marks').map((r) => (r as string[])[0]))).toEqual(new Set(['file', 'redaction', 'repository']));
    expect(mine('doc_source_marks').filter((r) => (r as string[])[0] === 'file')).toHaveLength(2);
  });

  it('follow a metadata change and leave nothing of the old one', () => {
    const core = lib.core();
    const db = core.db;
    const id = db.prepare(`SELECT doc_id FROM doc_source_marks WHERE field = 'file' LIMIT 1`).pluck().get() as number;
    const doc = core.repo.get(id);
    if (!doc) throw new Error('no document');
    const meta: DocumentMeta = JSON.parse(JSON.stringify(doc.meta)) as DocumentMeta;
    const fields = meta.sourceFields?.value;
    if (!fields) throw new Error('no source fields');
    const first = fields.fileNumbers[0];
    if (!first) throw new Error('no file number');
    fields.fileNumbers = [{ ...first, value: { value: '999.99/1', scheme: 'decimal' } }];
    delete fields.repository;
    core.repo.updateMeta(id, meta);
    const mine = db.prepare('SELECT field, value FROM doc_source_marks WHERE doc_id = ? ORDER BY field, value').raw().all(id) as string[][];
    expect(mine.filter((m) => m[0] === 'file')).toEqual([['file', '999.99/1']]);
    expect(mine.some((m) => m[0] === 'repository')).toBe(false);
  });
});
