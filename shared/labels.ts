/**
 * A closed set of English codes with the Chinese word the clerk sees for each, written once:
 * `codes` in the order written (for z.enum and for lists in that order), `label(code)`, and `map`.
 */
export function labels<const K extends string>(map: Record<K, string>) {
  const codes = Object.keys(map) as K[];
  return { codes: codes as [K, ...K[]], label: (code: K) => map[code], map };
}
