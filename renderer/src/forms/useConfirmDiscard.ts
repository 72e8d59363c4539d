import { App } from 'antd';

/** Asks before a changed form is closed; an unchanged one may close at once. */
export function useConfirmDiscard() {
  const { modal } = App.useApp();
  return async function mayClose(changed: boolean): Promise<boolean> {
    if (!changed) return true;
    return modal.confirm({
      title: '放弃未保存的修改？',
      content: '关闭后，这次填写的内容不会保存。',
      okText: '放弃修改',
      okButtonProps: { danger: true },
      cancelText: '继续填写',
    });
  };
}
