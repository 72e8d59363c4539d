import { scopeWhere, type Scope } from './table';

/** Escapes % and _ so a clerk's query is matched literally by LIKE … ESCAPE '\'. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The WHERE of a list, one filter at a time: each adds its condition only when the clerk gave a
 * value (a filter left empty matches every row), its value bound as a named parameter.
 */
export class ListFilter {
  readonly where: string[];
  readonly params: Record<string, unknown> = {};

  constructor(...where: string[]) {
    this.where = where;
  }

  /** Rows where `sql` holds, `value` bound as @name, when a value is given. */
  when(name: string, value: unknown, sql: string): this {
    if (value) {
      this.where.push(sql);
      this.params[name] = value;
    }
    return this;
  }

  /** Rows whose column holds the value given. */
  equal(column: string, value: unknown): this {
    return this.when(column, value, `${column} = @${column}`);
  }

  /** Rows with the clerk's words (trimmed, taken literally) in one of `columns`, or opening one of `prefixed`. */
  text(q: string | undefined, columns: readonly string[], prefixed: readonly string[] = []): this {
    const words = q?.trim();
    if (!words) return this;
    this.params.q = `%${likeEscape(words)}%`;
    if (prefixed.length) this.params.qPrefix = `${likeEscape(words.toLowerCase())}%`;
    const anyOf = [
      ...columns.map((c) => `${c} LIKE @q ESCAPE '\\'`),
      ...prefixed.map((c) => `${c} LIKE @qPrefix ESCAPE '\\'`),
    ];
    this.where.push(`(${anyOf.join(' OR ')})`);
    return this;
  }
}

/** A list's filter, starting from the recycle bin's scope (live rows unless asked otherwise). */
export const listFilter = (scope: Scope, ...where: string[]) => new ListFilter(scopeWhere(scope), ...where);
