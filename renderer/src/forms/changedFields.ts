/** Only the fields that differ from `before`, so an update's audit row records the edit and nothing else. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(after[key] ?? null) !== JSON.stringify(before[key] ?? null)) patch[key] = after[key];
  }
  return patch;
}
