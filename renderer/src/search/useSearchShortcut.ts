import { useEffect, useRef } from 'react';

/** Fields where a typed / or Ctrl+K belongs to the text, not to the search box. */
function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'reset', 'submit', 'file', 'range', 'color', 'image'].includes(target.type);
  }
  return target.closest('[role="combobox"], [role="textbox"]') !== null;
}

/** A drawer or dialog covers the header: the box behind it is out of reach. */
function aDialogIsOpen(): boolean {
  if (document.querySelector('.ant-drawer-open')) return true;
  return [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap')].some((w) => w.style.display !== 'none');
}

/**
 * Ctrl+K (⌘K) and / call `focus`, unless the clerk is typing in a field (where they are text)
 * or a drawer or dialog is open. In the search box itself Ctrl+K selects what is typed.
 */
export function useSearchShortcut(box: () => HTMLInputElement | null, focus: () => void): void {
  const latest = useRef({ box, focus });
  useEffect(() => {
    latest.current = { box, focus };
  });
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
      if ((!ctrlK && !slash) || e.defaultPrevented || e.isComposing) return;
      const inBox = e.target !== null && e.target === latest.current.box();
      if (inBox ? !ctrlK : isTypingIn(e.target) || aDialogIsOpen()) return;
      e.preventDefault();
      latest.current.focus();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
