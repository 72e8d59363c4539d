import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useWorkingYear, useYear } from './workingYear';

/** ‹ 2026年度 › — steps the working year shared by the pages. */
export function YearSwitch() {
  const year = useYear();
  const choose = useWorkingYear((s) => s.choose);
  return (
    <Space size={4} aria-label="年度">
      <Button type="text" icon={<LeftOutlined />} aria-label="上一年" onClick={() => choose(year - 1)} />
      <Typography.Text strong style={{ fontSize: 16 }}>
        {year}年度
      </Typography.Text>
      <Button type="text" icon={<RightOutlined />} aria-label="下一年" onClick={() => choose(year + 1)} />
    </Space>
  );
}
