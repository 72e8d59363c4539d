import { Descriptions } from 'antd';
import type { Member } from '../../../../shared/contract/members';
import { memberFieldLabel, memberFieldsIn, memberFieldWords } from '../../../../shared/memberFields';

/** The member's details as the file's head, the fields and words of the printed file; the phone is masked, as on every printout. */
export function MemberFileHeader({ member }: { member: Member }) {
  const items = memberFieldsIn('memberFile').map((k) => ({
    label: memberFieldLabel(k),
    children: memberFieldWords(member, k),
    span: k === 'workUnit' ? 2 : undefined,
  }));
  return (
    <Descriptions
      bordered
      size="small"
      column={3}
      items={items.map((i) => ({ ...i, key: i.label, children: i.children || '—' }))}
    />
  );
}
