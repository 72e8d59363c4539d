import { Descriptions } from 'antd';
import type { Member } from '../../../../shared/contract/members';
import { CommitteeLevel, Gender, GroupRole, MemberStatus, Position } from '../../../../shared/enums';
import { maskPhone } from '../../../../shared/mask';

/** 1970-05 → 1970年5月; a full date keeps its day. */
const birthText = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day ? `${day}日` : ''}`;
};

/** The member's details as the file's head; the phone is masked, as on every printout. */
export function MemberFileHeader({ member }: { member: Member }) {
  const items = [
    { label: '姓名', children: member.name },
    { label: '性别', children: member.gender ? Gender.label(member.gender) : '' },
    { label: '出生年月', children: member.birthDate ? birthText(member.birthDate) : '' },
    { label: '民族', children: member.ethnicity },
    { label: '党派', children: member.party },
    { label: '界别', children: member.sector },
    { label: '政协层级', children: member.committeeLevels.map((l) => CommitteeLevel.label(l)).join('、') },
    { label: '届次', children: member.term },
    { label: '职务', children: Position.label(member.position) },
    { label: '联络组职务', children: GroupRole.label(member.groupRole) },
    { label: '联系村(社区)', children: member.linkedCommunity },
    { label: '状态', children: MemberStatus.label(member.status) },
    { label: '单位及职务', children: member.workUnit, span: 2 },
    { label: '手机号', children: maskPhone(member.phone) },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={3}
      items={items.map((i) => ({ ...i, key: i.label, children: i.children || '—' }))}
    />
  );
}
