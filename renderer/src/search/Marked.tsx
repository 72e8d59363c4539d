import { highlight } from './highlight';

/** Text with the words searched for marked. */
export function Marked({ text, query, whole }: { text: string; query: string; whole?: boolean }) {
  return (
    <>
      {highlight(text, query, whole).map((p, i) =>
        p.marked ? (
          <mark key={i} style={{ background: '#fff1b8', color: 'inherit', padding: 0 }}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
