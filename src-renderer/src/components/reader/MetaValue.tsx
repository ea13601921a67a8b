import type { ReactNode } from 'react';
import type { Provenance } from '@shared/model/document';

/** A metadata value, visibly marked when it was inferred by an importer or edited by hand. */
export function MetaValue({ provenance, className, children }: { provenance: Provenance; className?: string; children: ReactNode }) {
  const classes = ['meta-value', provenance.kind === 'stated' ? '' : provenance.kind, className ?? ''].filter(Boolean).join(' ');
  if (provenance.kind === 'inferred') {
    return (
      <span className={classes} title={`Inferred from ${provenance.from}`}>
        {children}
        <span className="prov-tag" title={`Inferred from ${provenance.from}`}>
          inferred
        </span>
      </span>
    );
  }
  if (provenance.kind === 'edited') {
    return (
      <span className={classes} title="Edited in Chancery">
        {children}
        <span className="prov-tag edited">edited</span>
      </span>
    );
  }
  return <span className={classes}>{children}</span>;
}
