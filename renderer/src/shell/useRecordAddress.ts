import { App } from 'antd';
import { useEffect, useRef } from 'react';
import type { Result } from '../../../shared/result';
import type { RecordSection } from './routeHash';
import { useRoute } from './useRoute';

interface Options<T extends { id: number }> {
  section: RecordSection;
  /** Reads the record an address names (`members.get`, …). */
  read(id: number): Promise<Result<T>>;
  /** Opens the record's drawer. */
  show(record: T): void;
  /** Closes it. */
  hide(): void;
}

/**
 * Gives each record of a page its own address: opening one puts `#/<section>/<id>` in the hash,
 * closing it goes back to `#/<section>`, and an address typed, reloaded or reached by back and
 * forward opens (or closes) the record it names. An id the archive no longer has is said in
 * Chinese (the archive's own message) and the address falls back to the section.
 */
export function useRecordAddress<T extends { id: number }>(o: Options<T>) {
  const { message } = App.useApp();
  const wanted = useRoute((s) => (s.section === o.section ? s.record : null));
  // The record whose drawer is open, so an address that names it reads nothing again.
  const shown = useRef<number | null>(null);
  const latest = useRef(o);
  useEffect(() => {
    latest.current = o;
  });

  useEffect(() => {
    if (wanted === shown.current) return;
    if (wanted === null) {
      shown.current = null;
      latest.current.hide();
      return;
    }
    let live = true;
    void latest.current.read(wanted).then((r) => {
      if (!live) return;
      if (r.ok) {
        shown.current = wanted;
        latest.current.show(r.value);
        return;
      }
      // The archive says which record it lacks: 找不到编号为 12 的委员，它可能已被删除。
      void message.warning(r.error.message);
      useRoute.getState().forgetRecord();
    });
    return () => {
      live = false;
    };
  }, [wanted, message]);

  return {
    /** Opens a record the page already has (a row of its list), with its address. */
    open(record: T) {
      shown.current = record.id;
      latest.current.show(record);
      void useRoute.getState().open(o.section, record.id);
    },
    /** Closes the drawer, and its address with it. */
    close() {
      latest.current.hide();
      if (shown.current === null) return;
      shown.current = null;
      useRoute.getState().closeRecord();
    },
  };
}
