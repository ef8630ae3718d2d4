const URL_PATTERN = /(https?:\/\/[^\s;,)]+)/g;

/** A citation with its web addresses as links (they open only when clicked). */
export function SourceText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} target="_blank" rel="noopener noreferrer">
            {part.replace(/^https?:\/\//, '').slice(0, 60)}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
