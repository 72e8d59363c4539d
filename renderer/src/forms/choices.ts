/** A domain enum's codes as the options of a select or radio group, each with its Chinese label. */
export const choices = <K extends string>(e: { codes: readonly K[]; label(k: K): string }) =>
  e.codes.map((c) => ({ value: c, label: e.label(c) }));
