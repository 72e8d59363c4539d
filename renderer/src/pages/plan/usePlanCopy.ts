import { App } from 'antd';
import { showFailure } from '../../api/showFailure';
import { usePlan } from './usePlan';

/** 从上一年复制: last year's items into the (empty) year, after the clerk confirms. */
export function usePlanCopy() {
  const { message, modal } = App.useApp();
  const copyYear = usePlan((s) => s.copyYear);

  return async function copyFromLastYear(year: number) {
    const confirmed = await modal.confirm({
      title: `把${year - 1}年的计划复制到${year}年？`,
      content: '每条计划事项按原来的月份和旬复制一份，复制后可以逐条修改或删除。',
      okText: '复制',
      cancelText: '取消',
    });
    if (!confirmed) return;
    const r = await copyYear(year - 1, year);
    if (!r.ok) return showFailure(r.error, { message });
    message.success(`已从${year - 1}年复制 ${r.value.length} 条计划事项，请按今年的安排调整`);
  };
}
