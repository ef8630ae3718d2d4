import { useId, useRef, useState } from 'react';
import { useMessages } from '../state/app-context.tsx';

/** A read-only text with a Copy button; if the browser refuses the clipboard, the text is selected to copy by hand. */
export function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const { share } = useMessages();
  // The outcome, not its words: the status follows the language switch.
  const [status, setStatus] = useState<{ value: string; outcome: 'copied' | 'refused' } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus({ value, outcome: 'copied' });
    } catch {
      ref.current?.select();
      setStatus({ value, outcome: 'refused' });
    }
  };
  const field = multiline ? (
    <textarea id={id} ref={ref} readOnly value={value} rows={5} onFocus={(event) => event.currentTarget.select()} />
  ) : (
    <input id={id} ref={ref} readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
  );
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {field}
        <button type="button" onClick={copy}>
          {share.copy}
        </button>
      </div>
      {/* The status belongs to the text it was about: it goes when the text changes. */}
      <p className="copy-status" role="status">
        {status?.value === value ? (status.outcome === 'copied' ? share.copied : share.copyRefused) : ''}
      </p>
    </div>
  );
}
