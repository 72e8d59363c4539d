import { Alert, Flex, Modal } from 'antd';
import type { ReactNode } from 'react';
import type { Activity } from '../../../../shared/contract/activities';

interface Props {
  /** What is done to the activity, e.g. 粘贴接龙; the window's title adds the activity's. */
  doing: string;
  activity: Pick<Activity, 'title'>;
  width: number;
  onCancel(): void;
  /** The buttons, at the right of the window's foot. */
  buttons: ReactNode;
  /** Why the last step failed, shown above the body. */
  problem?: string;
  /** Whether a click beside the window closes it. */
  maskClosable?: boolean;
  children: ReactNode;
}

/** A wide window near the top of the screen for writing one activity's attendance. */
export function ActivityModal({ doing, activity, width, onCancel, buttons, problem, maskClosable, children }: Props) {
  return (
    <Modal
      open
      title={`${doing}：${activity.title}`}
      width={width}
      style={{ top: 24 }}
      onCancel={onCancel}
      footer={
        <Flex gap={8} justify="flex-end">
          {buttons}
        </Flex>
      }
      maskClosable={maskClosable}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        {problem && <Alert type="error" showIcon title={problem} />}
        {children}
      </Flex>
    </Modal>
  );
}
