import type { Block } from '@shared/model/document';
import { EmbeddedLink } from './EmbeddedLink';
import { PageMarker } from './PageMarker';
import { Runs } from './Runs';

const SECTION_LABELS = { attachment: 'Attachment', postscript: 'Postscript', enclosure: 'Enclosure' } as const;

function BlockView({ block }: { block: Block }) {
  switch (block.t) {
    case 'paragraph':
      return (
        <p className={block.role ? `para role-${block.role}` : 'para'}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'heading': {
      const level = Math.min(6, Math.max(2, block.level + 1));
      const Tag = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
      return (
        <Tag className="doc-heading">
          <Runs runs={block.runs} />
        </Tag>
      );
    }
    case 'page':
      return <PageMarker n={block.n} block />;
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag className={block.labelled ? 'doc-list labelled' : 'doc-list'}>
          {block.items.map((item, i) => (
            <li key={i}>
              <Runs runs={item} />
            </li>
          ))}
        </Tag>
      );
    }
    case 'table':
      return (
        <div className="doc-table-wrap">
          <table className="doc-table">
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      <Runs runs={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'quote':
      return (
        <blockquote className="doc-quote">
          <Blocks blocks={block.blocks} />
        </blockquote>
      );
    case 'section':
      return (
        <section className={`doc-section section-${block.kind}`} aria-label={SECTION_LABELS[block.kind]}>
          <div className="section-label">{SECTION_LABELS[block.kind]}</div>
          {block.title && (
            <h3 className="section-title">
              <Runs runs={block.title} />
            </h3>
          )}
          <Blocks blocks={block.blocks} />
        </section>
      );
    case 'embedded':
      return <EmbeddedLink target={block.target} title={block.title} />;
    default:
      return null;
  }
}

export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </>
  );
}
