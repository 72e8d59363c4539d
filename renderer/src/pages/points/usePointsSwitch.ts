import { App } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { showFailure } from '../../api/showFailure';
import { useGroup } from '../../shell/useGroup';

/** Turns duty points on or off for the group (group.pointsEnabled), keeping the header's copy current. */
export function usePointsSwitch() {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  async function turn(on: boolean) {
    setSaving(true);
    const r = await call('group.update', { pointsEnabled: on });
    setSaving(false);
    if (!r.ok) return showFailure(r.error, { message });
    useGroup.setState({ group: r.value });
    message.success(on ? '已启用履职积分' : '已关闭履职积分，积分规则仍然保留');
  }
  return { turn, saving };
}
