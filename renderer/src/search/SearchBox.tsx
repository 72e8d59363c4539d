import { SearchOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import { useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/contract/search';
import { sectionOfKind } from '../shell/recordKinds';
import { useRoute } from '../shell/useRoute';
import { hitElementId, hitGroups } from './hitGroups';
import { RESULTS_ID, SearchResults } from './SearchResults';
import { useSearchResults } from './useSearchResults';
import { useSearchShortcut } from './useSearchShortcut';

/**
 * The archive-wide search box of the header (Ctrl+K or /): hits as the clerk types, grouped by
 * kind; ↑↓ and Enter or a click open the record at its address, Esc closes the list.
 */
export function SearchBox() {
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeAt, setActiveAt] = useState(0);
  // Enter pressed before the answer came: the query it was pressed for.
  const enterFor = useRef<string | null>(null);
  // Enter typed right after the words opens the first hit shown once the archive has answered.
  const results = useSearchResults(text, (query, hits) => {
    if (enterFor.current !== query) return;
    enterFor.current = null;
    const first = hitGroups(hits)[0]?.hits[0];
    if (first) choose(first);
  });
  // The order the arrow keys go through: the groups' order, as shown.
  const ordered = useMemo(() => hitGroups(results.hits).flatMap((g) => g.hits), [results.hits]);
  const [answered, setAnswered] = useState(results.hits);
  if (answered !== results.hits) {
    // New hits: the arrow keys start again from the first.
    setAnswered(results.hits);
    setActiveAt(0);
  }
  const active = open ? ordered[Math.min(activeAt, ordered.length - 1)] : undefined;

  useSearchShortcut(
    () => input.current?.input ?? null,
    () => {
      input.current?.focus({ cursor: 'all' });
      setOpen(true);
    },
  );

  function choose(hit: SearchHit) {
    setOpen(false);
    enterFor.current = null;
    input.current?.blur();
    void useRoute.getState().open(sectionOfKind[hit.kind], hit.id);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActiveAt((i) => Math.max(0, Math.min(ordered.length - 1, Math.min(i, ordered.length - 1) + step)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (results.searching) enterFor.current = text.trim();
      else if (active) choose(active);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else input.current?.blur();
    }
  }

  return (
    <div style={boxStyle}>
      <Input
        ref={input}
        value={text}
        allowClear
        prefix={<SearchOutlined style={{ color: '#8c8c8c' }} />}
        placeholder="搜索委员、活动、提案…（Ctrl+K）"
        role="combobox"
        aria-label="搜索档案"
        aria-expanded={open}
        aria-controls={RESULTS_ID}
        aria-autocomplete="list"
        aria-activedescendant={active ? hitElementId(active) : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && (
        // Pressing a hit must not take the focus from the box (its blur would close the list first).
        <div style={panelStyle} onMouseDown={(e) => e.preventDefault()}>
          <SearchResults
            results={results}
            active={active}
            onChoose={choose}
            onHover={(hit) => setActiveAt(ordered.indexOf(hit))}
          />
        </div>
      )}
    </div>
  );
}

const boxStyle: CSSProperties = { position: 'relative', flex: '0 1 420px', minWidth: 200, lineHeight: 1.5715 };
const panelStyle: CSSProperties = {
  position: 'absolute',
  top: 'calc(100% + 4px)',
  left: 0,
  width: 'max(100%, 480px)',
  maxHeight: '60vh',
  overflowY: 'auto',
  zIndex: 1050,
  background: '#fff',
  borderRadius: 8,
  boxShadow: '0 6px 16px rgba(0,0,0,0.08), 0 3px 6px -4px rgba(0,0,0,0.12), 0 9px 28px 8px rgba(0,0,0,0.05)',
  paddingBlock: 4,
};
