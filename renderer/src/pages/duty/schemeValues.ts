import type { Input } from '../../../../shared/api';
import { schemeItemInput, type Scheme } from '../../../../shared/contract/schemes';
import type { DutySchemeItemDef } from '../../../../shared/dutySchemes';
import type { ResultError } from '../../../../shared/result';

/** What the scheme editor holds: the name and the items as the contract takes them. */
export interface SchemeValues {
  name: string;
  items: DutySchemeItemDef[];
}

/** A scheme's editable part: the archive's item ids and positions are not part of the input. */
export const schemeToValues = (s: Scheme): SchemeValues => ({
  name: s.name,
  items: s.items.map(({ code, label, requiredCount, creditActivityTypes, creditKinds }) => ({
    code,
    label,
    requiredCount,
    creditActivityTypes,
    creditKinds,
  })),
});

export const blankItem: DutySchemeItemDef = {
  code: '',
  label: '',
  requiredCount: 1,
  creditActivityTypes: [],
  creditKinds: [],
};

/** The update's patch: only what changed; items go whole, as the contract replaces the list. */
export function schemePatch(before: SchemeValues, after: SchemeValues): Input<'schemes.update'>['patch'] {
  const patch: Input<'schemes.update'>['patch'] = {};
  if (after.name.trim() !== before.name) patch.name = after.name.trim();
  const items = after.items.map((i) => ({ ...i, code: i.code.trim(), label: i.label.trim() }));
  if (JSON.stringify(items) !== JSON.stringify(before.items)) patch.items = items;
  return patch;
}

/** antd rule checking one item field with the contract's own schema and message. */
export const itemFieldRule = (field: 'code' | 'label' | 'requiredCount') => ({
  async validator(_: unknown, value: unknown) {
    const parsed = schemeItemInput.shape[field].safeParse(value);
    if (!parsed.success) throw new Error(parsed.error.issues[0].message);
  },
});

/**
 * The archive's refusal, one line per problem: `patch.items.2.code` is told as 第3项, so the clerk
 * finds the item among many.
 */
export function refusalLines(error: ResultError): string[] {
  if (!error.fields?.length) return [error.message];
  return error.fields.map((f) => {
    const m = /items\.(\d+)/.exec(f.path);
    return m ? `第${Number(m[1]) + 1}项：${f.message}` : f.message;
  });
}
