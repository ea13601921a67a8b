/** Where a printed page of the edition begins: a thin mark in the text, the number in the margin. */
export function PageMarker({ n, block = false }: { n: string; block?: boolean }) {
  if (block) {
    return (
      <div className="page-break" data-page={n}>
        <span className="page-num" title={`Printed page ${n} begins here`}>
          p. {n}
        </span>
      </div>
    );
  }
  return (
    <span className="page-mark" data-page={n} title={`Printed page ${n} begins here`}>
      <span className="page-num" aria-label={`page ${n}`}>
        p. {n}
      </span>
    </span>
  );
}
