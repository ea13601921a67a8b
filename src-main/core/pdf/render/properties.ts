import type { PDFDocument } from '@cantoo/pdf-lib';

/** Document properties (Title, Author, Subject, Keywords, dates): what a library catalogue or a reader's PDF app shows. */
export function setProperties(doc: PDFDocument, p: { title: string; author: string; documents: number; keywords: string[]; now: Date }): void {
  doc.setTitle(p.title, { showInWindowTitleBar: true });
  if (p.author.trim()) doc.setAuthor(p.author.trim());
  doc.setSubject(`Source dossier: ${p.documents} document${p.documents === 1 ? '' : 's'}`);
  doc.setKeywords(['source dossier', ...p.keywords]);
  doc.setCreator('Chancery');
  doc.setProducer('Chancery (pdf-lib)');
  doc.setLanguage('en');
  doc.setCreationDate(p.now);
  doc.setModificationDate(p.now);
}
