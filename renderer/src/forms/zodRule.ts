import type { FormRule } from 'antd';
import type { z } from 'zod';
import './zodSetup';

/**
 * Rules for antd Form fields that check each field with the contract's own schema, so the form
 * shows exactly the message the archive would give. The whole form is parsed (after `toInput`)
 * so that rules across fields, like 离任日期 after 任职日期, land on their field too.
 */
export function zodRules<V>(schema: z.ZodType, toInput: (values: V) => unknown) {
  return (field: keyof V & string): FormRule =>
    ({ getFieldsValue }) => ({
      async validator() {
        const parsed = schema.safeParse(toInput(getFieldsValue(true) as V));
        if (parsed.success) return;
        const issue = parsed.error.issues.find((i) => String(i.path[0]) === field);
        if (issue) throw new Error(issue.message);
      },
    });
}

/**
 * The props of a form item checked by `rule`: its name, label and rules; a date or time is checked
 * when the clerk leaves it (`onBlur`), not at every keystroke.
 */
export const fieldItem =
  <K extends string>(rule: (field: K) => FormRule) =>
  (name: K, label: string, onBlur = false) => ({
    name,
    label,
    rules: [rule(name)],
    validateTrigger: onBlur ? 'onBlur' : 'onChange',
  });
