import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import type { Result } from '../../../shared/result';
import { showFailure } from '../api/showFailure';
import { useLeaveGuard } from '../shell/leaveGuards';
import { changedFields } from './changedFields';
import { useConfirmDiscard } from './useConfirmDiscard';

interface Options<V, I extends object, R> {
  form: FormInstance<V>;
  /** Whether the form's drawer is open: only then does leaving the section ask about changes. */
  open: boolean;
  /** The record being edited; none when adding one. */
  record?: { id: number };
  initial: V;
  /** The form's values as the contract's input. */
  toInput(values: V): I;
  /** Creates, or updates from `before` (the input the form opened with). */
  save(input: I, before?: { id: number; input: I }): Promise<Result<R>>;
  /** What the clerk is told once the archive took it. */
  savedMessage(saved: R): string;
  onSaved?(saved: R): void;
  onClose(): void;
  /** Whether the values differ from those the form opened with; by default, whether their input does. */
  changed?(initial: V, current: V): boolean;
}

/**
 * Saving and closing an add/edit form: an unchanged edit just closes, a changed form asks before
 * it is dropped, and the archive's field messages land under their fields.
 */
export function useEntityForm<V, I extends object, R>(o: Options<V, I, R>) {
  const { message } = App.useApp();
  const mayClose = useConfirmDiscard();
  const [saving, setSaving] = useState(false);
  const current = () => ({ ...o.initial, ...(o.form.getFieldsValue(true) as V) });
  /** Whether the form differs from what it opened with: something not yet saved. */
  const changed = () =>
    o.changed
      ? o.changed(o.initial, current())
      : Object.keys(changedFields(o.toInput(o.initial), o.toInput(current()))).length > 0;

  async function requestClose() {
    if (await mayClose(changed())) o.onClose();
  }

  useLeaveGuard(o.open, () => mayClose(changed()));

  async function submit() {
    if (o.record && !changed()) return o.onClose();
    setSaving(true);
    const r = await o.save(o.toInput(current()), o.record && { id: o.record.id, input: o.toInput(o.initial) });
    setSaving(false);
    if (!r.ok) return showFailure(r.error, { message, form: o.form, pathPrefix: o.record ? 'patch.' : '' });
    message.success(o.savedMessage(r.value));
    o.onSaved?.(r.value);
    o.onClose();
  }

  return { saving, requestClose, submit, changed };
}

export type EntityForm = ReturnType<typeof useEntityForm>;
