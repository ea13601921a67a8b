// citation-js ships no types: the few calls Chancery makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Array<Record<string, unknown>>;
    format(format: 'bibtex' | 'ris' | 'data' | 'bibliography' | 'citation', options?: Record<string, unknown>): string;
  }
  /** Plugin settings; '@csl' holds the register of CSL styles by name. */
  export const plugins: {
    config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } } };
  };
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
