import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useFormSlot } from '../../forms/useFormSlot';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { useRoute } from '../../shell/useRoute';
import { ReadBody } from '../../lists/ReadBody';
import { DutyMatrixTable, type CellRef } from './DutyMatrixTable';
import { DutyRecordForm } from './DutyRecordForm';
import type { DutyRecordValues } from './dutyRecordValues';
import { EvidenceDrawer } from './EvidenceDrawer';
import { SchemeEditor } from './SchemeEditor';
import { SchemeSwitch } from './SchemeSwitch';
import { useDuty } from './useDuty';

/** 八个一: every member's duty items of the year, the evidence behind each, and the year's scheme. */
export function DutyPage() {
  const year = useYear();
  const go = useRoute((s) => s.go);
  const { matrix, schemes, loading, loadError, load, loadSchemes } = useDuty();
  const [cell, setCell] = useState<CellRef | null>(null);
  // Each opens afresh (its key), stays mounted while it closes, and is absent until first opened.
  const recordForm = useFormSlot<DutyRecordValues>();
  const editor = useFormSlot<number>();

  useEffect(() => {
    void load(year);
  }, [load, year]);
  useEffect(() => {
    void loadSchemes();
  }, [loadSchemes]);

  const shown = matrix?.year === year ? matrix : null;
  const body = (
    <ReadBody what="履职情况" error={loadError} loading={loading} onRetry={() => void load(year)} value={shown}>
      {(shown) =>
        shown.rows.length === 0 ? (
          <Empty
            description={`${year}年没有在任的委员。先在“委员”中添加委员，这里就会列出每位委员的“${shown.scheme.name}”完成情况。`}
          >
            <Button type="primary" onClick={() => go('members')}>
              去添加委员
            </Button>
          </Empty>
        ) : (
          <DutyMatrixTable matrix={shown} loading={loading} onOpenCell={setCell} />
        )
      }
    </ReadBody>
  );

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {shown?.scheme.name ?? '八个一'}
        </Typography.Title>
        <YearSwitch />
        {shown && (
          <Flex gap={8} align="center" style={{ marginInlineStart: 'auto' }}>
            <Typography.Text type="secondary">本年度按</Typography.Text>
            <SchemeSwitch year={year} current={shown.scheme} schemes={schemes} />
            <Button icon={<SettingOutlined />} onClick={() => editor.openForm(shown.scheme.id)}>
              编辑方案
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={shown.rows.length === 0}
              onClick={() => recordForm.openForm({})}
            >
              登记履职记录
            </Button>
          </Flex>
        )}
      </Flex>
      {shown && shown.rows.length > 0 && (
        <Typography.Text type="secondary">
          出席相应类型的活动、提交提案、报送社情民意、先进事迹和履职小结会自动计入；点击格子可查看计入的记录，或手工登记。
        </Typography.Text>
      )}
      {body}
      {shown && (
        <EvidenceDrawer
          matrix={shown}
          cell={cell}
          onClose={() => setCell(null)}
          onAddRecord={(c) => recordForm.openForm(c)}
        />
      )}
      {shown && recordForm.slot.key > 0 && (
        <DutyRecordForm
          key={recordForm.slot.key}
          open={recordForm.slot.open}
          matrix={shown}
          initial={recordForm.slot.record ?? {}}
          onClose={recordForm.closeForm}
        />
      )}
      {editor.slot.key > 0 && (
        <SchemeEditor
          key={editor.slot.key}
          open={editor.slot.open}
          schemes={schemes}
          startId={editor.slot.record ?? 0}
          onClose={editor.closeForm}
        />
      )}
    </Flex>
  );
}
