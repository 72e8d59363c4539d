import {
  CheckCircleFilled,
  ClockCircleOutlined,
  CloseCircleFilled,
  LoadingOutlined,
} from '@ant-design/icons';
import { Flex, Progress, Typography } from 'antd';
import { runPercent, type Running, type StepRun, type StepState } from './runningSteps';

const stateWords: Record<StepState, string> = {
  waiting: '等待',
  running: '进行中',
  done: '已完成',
  failed: '未完成',
};

const stateIcons: Record<StepState, React.ReactNode> = {
  waiting: <ClockCircleOutlined style={{ color: '#bfbfbf' }} />,
  running: <LoadingOutlined style={{ color: '#1677ff' }} />,
  done: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  failed: <CloseCircleFilled style={{ color: '#ff4d4f' }} />,
};

/** One step: its state, and while it runs what the archive last said about it and its own bar. */
function StepLine({ step }: { step: StepRun }) {
  return (
    <Flex vertical role="listitem" aria-label={`${step.label}：${stateWords[step.state]}`}>
      <Flex gap={8} align="center">
        <span aria-hidden>{stateIcons[step.state]}</span>
        <Typography.Text type={step.state === 'waiting' ? 'secondary' : undefined}>{step.label}</Typography.Text>
        <Typography.Text type="secondary">{stateWords[step.state]}</Typography.Text>
      </Flex>
      {step.state === 'running' && (
        <Flex gap={8} align="center" style={{ paddingLeft: 22 }}>
          <Progress
            percent={Math.round(step.fraction * 100)}
            size="small"
            status="active"
            style={{ width: 160, margin: 0 }}
            aria-label={`${step.label}进度`}
          />
          <Typography.Text type="secondary">{step.message}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}

/**
 * The run's bar over all its steps, then each step with its state: the steps that run at once
 * (the Word and PDF volume and the ledgers) each show their own progress.
 */
export function RunProgress({ running }: { running: Running }) {
  const { title, steps } = running;
  const done = steps.filter((s) => s.state === 'done').length;
  const current = steps.filter((s) => s.state === 'running');
  return (
    <Flex vertical gap={4} role="status" aria-label={`${title}进度`}>
      <Typography.Text>
        {steps.length === 1
          ? title
          : `${title}：已完成 ${done}/${steps.length} 步${current.length > 1 ? `，${current.length} 步同时进行` : ''}`}
      </Typography.Text>
      <Progress percent={runPercent(running)} status="active" aria-label={`${title}总进度`} />
      {steps.length === 1 ? (
        <Typography.Text type="secondary">{steps[0].message}</Typography.Text>
      ) : (
        <Flex vertical gap={4} role="list" aria-label={`${title}的步骤`}>
          {steps.map((step) => (
            <StepLine key={step.label} step={step} />
          ))}
        </Flex>
      )}
    </Flex>
  );
}
