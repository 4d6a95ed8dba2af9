/** A failed load: the message and a Retry button, announced to screen readers. */
export function LoadError({
  error,
  retrying,
  onRetry,
}: {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}) {
  return (
    <div role="alert" className="load-error">
      <p>{error.message}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? "Retrying…" : "Retry"}
      </button>
    </div>
  );
}
