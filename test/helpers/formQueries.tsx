import { screen, waitFor } from '@testing-library/react';
import { expect, type Mock } from 'vitest';
import type { User } from './renderInApp';

/** What a form test looks up, as the clerk finds it: a field by its label, the 保存 button, a field's whole item (for its message). */
export const field = (label: string) => screen.getByLabelText(label);
/** antd spaces a two-character button label: 保存 reads 保 存. */
export const save = () => screen.getByRole('button', { name: '保 存' });
export const itemOf = (label: string) =>
  screen.getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;

/** Picks `option` in the select labelled `label`, as the clerk does: open it, click the option. */
export async function choose(user: User, label: string, option: string): Promise<void> {
  await user.click(field(label));
  await user.click(await screen.findByTitle(option));
}

/** Presses 保存 and waits until the form closes itself, which it does once the archive has saved. */
export async function saveAndClose(user: User, onClose: Mock): Promise<void> {
  await user.click(save());
  await waitFor(() => expect(onClose).toHaveBeenCalled());
}
