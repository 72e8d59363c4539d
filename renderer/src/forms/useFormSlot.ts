import { useState } from 'react';

/** Which form is open: `key` renews the form each time so it starts from the record's values. */
export interface FormSlot<T> {
  key: number;
  open: boolean;
  /** What the form opened with, e.g. the record to edit; none to add a new one. */
  record?: T;
}

/** The one add/edit form of a page, opened afresh each time. */
export function useFormSlot<T>() {
  const [slot, setSlot] = useState<FormSlot<T>>({ key: 0, open: false });
  const openForm = (record?: T) => setSlot((s) => ({ key: s.key + 1, open: true, record }));
  const closeForm = () => setSlot((s) => ({ ...s, open: false }));
  return { slot, openForm, closeForm };
}
