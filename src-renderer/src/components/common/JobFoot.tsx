/**
 * The foot of a running job's panel (import, PDF export): what is done so
 * far, and Cancel until a cancel has been asked for.
 */
export function JobFoot({ className, label, cancelling, onCancel }: { className: string; label: string; cancelling: boolean; onCancel: () => void }) {
  return (
    <div className={className}>
      <span>{label}</span>
      {!cancelling && (
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
