import type { Locator, Page } from 'playwright-core';

/** antd spaces two-character button labels: 保存 reads 保 存. */
export const twoChar = (label: string) => new RegExp(`^${label[0]}\\s*${label[1]}$`);

/** Goes to a section through the left navigation and waits for its address. */
export async function goTo(page: Page, label: string, hash: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByText(label, { exact: true }).click();
  await page.waitForURL(`**#/${hash}`);
}

/**
 * The dropdown of this Select: its input names its listbox (aria-controls), which sits inside
 * the dropdown. A closing dropdown of another Select may still be in the page, animating away.
 */
async function dropdownOf(page: Page, select: Locator): Promise<Locator> {
  const input = select.locator('xpath=descendant-or-self::input').first();
  const listId = (await input.getAttribute('aria-controls')) ?? `${await input.getAttribute('id')}_list`;
  return page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
}

/** Whether the option is rendered and shows whole within the list's visible part. */
async function whollyInside(option: Locator, holder: Locator): Promise<boolean> {
  if ((await option.count()) === 0) return false;
  const [o, h] = await Promise.all([option.boundingBox(), holder.boundingBox()]);
  return !!o && !!h && o.y >= h.y && o.y + o.height <= h.y + h.height;
}

/**
 * Opens a Select and clicks the option with this label. The option list is virtual: options out
 * of view are not in the page, so the list is scrolled with the wheel until the option shows.
 * A string names the option exactly; a pattern matches its text. With `search`, the text is typed first (a searchable Select such as a member picker).
 */
export async function pickOption(page: Page, select: Locator, label: string | RegExp, search?: string): Promise<void> {
  await select.click();
  if (search !== undefined) await page.keyboard.type(search);
  const list = await dropdownOf(page, select);
  await list.waitFor();
  const option =
    typeof label === 'string'
      ? list.locator(`.ant-select-item-option[title="${label}"]`)
      : list.locator('.ant-select-item-option').filter({ hasText: label });
  // From the top, a row at a time until the option is wholly inside the list: Playwright's own
  // scrolling into view would make the virtual list render other rows under the pointer.
  const holder = list.locator('.ant-select-dropdown-list-holder');
  await holder.hover();
  await page.mouse.wheel(0, -5000);
  for (let i = 0; i < 40 && !(await whollyInside(option, holder)); i++) {
    await page.mouse.wheel(0, 32);
    await option.waitFor({ state: 'attached', timeout: 200 }).catch(() => undefined);
  }
  // A click during the dropdown's opening animation can go unheard: try again until a single
  // Select closes on its choice (a multiple one stays open for the next). The wait is long
  // enough for a loaded machine to re-render what the choice changed (2 s once was not).
  const multiple = (await select.locator('xpath=ancestor::*[contains(@class, "ant-select-multiple")]').count()) > 0;
  for (let attempt = 0; ; attempt++) {
    await option.click();
    if (multiple) return;
    const took = await list.waitFor({ state: 'hidden', timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (took) return;
    if (attempt === 2) throw new Error(`choosing “${String(label)}” did not take`);
  }
}

/** Waits for the toast antd shows after a save or a delete. */
export const toast = (page: Page, text: string | RegExp) =>
  page.locator('.ant-message-notice', { hasText: text }).first().waitFor();

/** An open drawer (the form drawers of every section). */
export const openDrawer = (page: Page) => page.locator('.ant-drawer-section').filter({ visible: true }).last();

/** An open modal dialog. */
export const openModal = (page: Page) => page.locator('.ant-modal').filter({ visible: true }).last();

/** Clicks the radio (or radio button) whose whole label is this text. */
export const chooseRadio = (scope: Locator, text: string) =>
  scope
    .locator('.ant-radio-button-wrapper, .ant-radio-wrapper')
    .filter({ hasText: new RegExp(`^${text.replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&')}$`) })
    .click();
