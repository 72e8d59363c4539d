import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';

export type User = ReturnType<typeof userEvent.setup>;

/**
 * Renders a page or a form inside what the app wraps every screen in (antd's Chinese locale and
 * its App, which holds messages and confirm boxes), then sets up the user who drives it.
 */
export function renderInApp(
  ui: ReactNode,
  userOptions?: Parameters<typeof userEvent.setup>[0],
): RenderResult & { user: User } {
  const view = render(
    <ConfigProvider locale={zhCN}>
      <App>{ui}</App>
    </ConfigProvider>,
  );
  return { ...view, user: userEvent.setup(userOptions) };
}
