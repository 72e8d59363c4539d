import { Flex, Progress, Typography } from 'antd';
import { runPercent, type Running } from './useYearEnd';

/** The run's bar over all its steps, the current step, and what the archive last said about it. */
export function RunProgress({ running }: { running: Running }) {
  const { title, steps, index, message } = running;
  return (
    <Flex vertical gap={4} role="status" aria-label={`${title}进度`}>
      <Typography.Text>
        {title}：第 {index + 1}/{steps.length} 步 {steps[index]}
      </Typography.Text>
      <Progress percent={runPercent(running)} status="active" />
      <Typography.Text type="secondary">{message}</Typography.Text>
    </Flex>
  );
}
