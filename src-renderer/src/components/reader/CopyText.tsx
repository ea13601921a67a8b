import { useState } from 'react';

/** Text the user may need elsewhere (a URL): shown, selectable and copyable — never opened. */
export function CopyText({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    navigator.clipboard.writeText(text).then(
      () => {
        setCopied(true);
        window.setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  };
  return (
    <span className="copy-text">
      <span className="url-text">{text}</span>
      <button type="button" className="link-button" onClick={copy} title="Copy to the clipboard (Chancery never opens web addresses)">
        {copied ? 'Copied' : 'Copy'}
      </button>
    </span>
  );
}
