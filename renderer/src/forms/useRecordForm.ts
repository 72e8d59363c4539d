import { Form } from 'antd';
import type { z } from 'zod';
import type { Result } from '../../../shared/result';
import { useEntityForm } from './useEntityForm';
import { zodRules } from './zodRule';

interface Options<Rec extends { id: number; year: number }, V, I extends object, R> {
  open: boolean;
  /** The working year, for a new record. */
  year: number;
  /** The record to edit; none to add a new one. */
  record?: Rec;
  /** The contract's schema the fields are checked by. */
  schema: z.ZodType;
  toValues(record: Rec): V;
  newValues: V;
  valuesToInput(year: number, values: V): I;
  save(input: I, before?: { id: number; input: I }): Promise<Result<R>>;
  savedMessage(saved: R): string;
  onClose(): void;
}

/**
 * The setup of a drawer that adds or edits one record of a year (提案, 社情民意, 先进事迹): its
 * form, the contract's check of each field, and the props for `EntityDrawer`.
 */
export function useRecordForm<Rec extends { id: number; year: number }, V, I extends object, R>(
  o: Options<Rec, V, I, R>,
) {
  const [form] = Form.useForm<V>();
  const initial = o.record ? o.toValues(o.record) : o.newValues;
  const toInput = (v: V) => o.valuesToInput(o.record?.year ?? o.year, v);
  const rule = zodRules<V>(o.schema, toInput);
  const entity = useEntityForm({
    open: o.open,
    form,
    record: o.record,
    initial,
    toInput,
    save: o.save,
    savedMessage: o.savedMessage,
    onClose: o.onClose,
  });
  return { form, rule, drawer: { open: o.open, entity, form, initialValues: initial, size: 760 } };
}
