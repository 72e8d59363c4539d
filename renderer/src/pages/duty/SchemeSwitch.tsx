import { App, Select } from 'antd';
import type { Scheme } from '../../../../shared/contract/schemes';
import { useDuty } from './useDuty';

interface Props {
  year: number;
  current: { id: number; name: string };
  schemes: Scheme[];
}

/** Which scheme the year is counted by (八个一, 五个一, 四个一 or the group's own). */
export function SchemeSwitch({ year, current, schemes }: Props) {
  const { modal, message } = App.useApp();
  const setScheme = useDuty((s) => s.setScheme);

  async function choose(schemeId: number) {
    const next = schemes.find((s) => s.id === schemeId);
    if (!next || schemeId === current.id) return;
    const confirmed = await modal.confirm({
      title: `${year}年改用“${next.name}”？`,
      content: `每位委员${year}年的完成情况将按“${next.name}”的 ${next.items.length} 个事项重新统计；需要时可以再改回“${current.name}”。`,
      okText: '改用',
      cancelText: '取消',
    });
    if (!confirmed) return;
    const r = await setScheme(year, schemeId);
    // A refusal (CONFLICT) names the records in the way: it stays on screen until read.
    if (!r.ok) modal.error({ title: `${year}年不能改用“${next.name}”`, content: r.error.message, okText: '知道了' });
    else message.success(`${year}年已改用“${r.value.name}”`);
  }

  return (
    <Select
      aria-label="年度履职方案"
      value={current.id}
      style={{ minWidth: 140 }}
      options={(schemes.some((s) => s.id === current.id) ? schemes : [...schemes, { ...current, items: [] }]).map(
        (s) => ({ value: s.id, label: s.name }),
      )}
      onChange={(id: number) => void choose(id)}
    />
  );
}
