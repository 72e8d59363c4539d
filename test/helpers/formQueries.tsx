import { screen } from '@testing-library/react';

/** What a form test looks up, as the clerk finds it: a field by its label, the 保存 button, a field's whole item (for its message). */
export const field = (label: string) => screen.getByLabelText(label);
/** antd spaces a two-character button label: 保存 reads 保 存. */
export const save = () => screen.getByRole('button', { name: '保 存' });
export const itemOf = (label: string) =>
  screen.getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;
