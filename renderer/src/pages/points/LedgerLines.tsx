import { Flex, Tag, Typography } from 'antd';
import type { MemberPoints } from '../../../../shared/contract/points';
import { zhDate } from '../../../../shared/zhDates';
import { signed, sourceKindLabel } from './pointsLooks';

/** A member's ledger (积分明细): every line with the record behind it; caps are lines of their own. */
export function LedgerLines({ member }: { member: MemberPoints }) {
  if (member.lines.length === 0) {
    return <Typography.Text type="secondary">本年度还没有计分的记录。</Typography.Text>;
  }
  return (
    <ul
      aria-label={`${member.member.name}的积分明细`}
      style={{ listStyle: 'none', margin: 0, padding: 0, maxWidth: 880 }}
    >
      {member.lines.map((line, pos) => (
        <li key={pos} style={{ padding: '4px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Flex gap={12} align="center">
            <Typography.Text style={{ width: 220, flex: 'none' }}>{line.label}</Typography.Text>
            {line.source ? (
              <Typography.Text type="secondary" style={{ flex: 1 }}>
                <Tag>{sourceKindLabel[line.source.kind]}</Tag>
                {line.source.title}
                {line.source.date && `（${zhDate(line.source.date)}）`}
              </Typography.Text>
            ) : (
              <Typography.Text type="warning" style={{ flex: 1 }}>
                封顶
              </Typography.Text>
            )}
            <Typography.Text
              strong
              type={line.points < 0 ? 'danger' : undefined}
              style={{ width: 48, textAlign: 'right' }}
            >
              {signed(line.points)}
            </Typography.Text>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
