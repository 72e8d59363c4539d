import { normalizeDateText } from './dateText';

/** A record's texts as the form shows them: blank where the record has none. */
export function textsToValues<K extends string>(
  keys: readonly K[],
  record: { readonly [P in K]: string | null | undefined },
): { [P in K]: string } {
  const values = {} as { [P in K]: string };
  for (const key of keys) values[key] = record[key] ?? '';
  return values;
}

/**
 * The texts as typed, as the contract takes them: trimmed, written the archive's way by `format`
 * (see `datesAt`), blanks as null. A caller sets its required texts (标题) after these.
 */
export function valuesToTexts<K extends string>(
  keys: readonly K[],
  values: { readonly [P in K]?: string },
  format: (key: K, typed: string) => string,
): { [P in K]: string | null } {
  const texts = {} as { [P in K]: string | null };
  for (const key of keys) {
    const text = format(key, (values[key] ?? '').trim());
    texts[key] = text === '' ? null : text;
  }
  return texts;
}

/** A `format` that writes the given keys as dates (2026-05-14) and leaves the other texts as typed. */
export const datesAt =
  (dateKeys: ReadonlySet<string>) =>
  (key: string, typed: string): string =>
    dateKeys.has(key) ? normalizeDateText(typed) : typed;
