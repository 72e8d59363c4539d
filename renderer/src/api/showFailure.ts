import type { App, FormInstance } from 'antd';
import type { ResultError } from '../../../shared/result';

type MessageApi = ReturnType<typeof App.useApp>['message'];

export interface FailureTarget {
  message: MessageApi;
  /** The form whose fields should carry the archive's field messages (INVALID_INPUT). */
  form?: FormInstance;
  /** Leading part of the archive's field paths that the form does not have, e.g. `patch.` for updates. */
  pathPrefix?: string;
}

/**
 * Shows a failed call the way a clerk can act on it: the archive's Chinese message as an antd
 * message, and each field message under its form field.
 */
export function showFailure(error: ResultError, { message, form, pathPrefix = '' }: FailureTarget): void {
  const fields = (error.fields ?? []).filter((f) => f.path.startsWith(pathPrefix) && f.path.length > pathPrefix.length);
  if (form && fields.length > 0) {
    // `committeeLevels.0` belongs to the form field `committeeLevels`.
    const byField = new Map<string, string[]>();
    for (const f of fields) {
      const name = f.path.slice(pathPrefix.length).split('.')[0];
      byField.set(name, [...(byField.get(name) ?? []), f.message]);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  }
  message.error(error.message);
}
