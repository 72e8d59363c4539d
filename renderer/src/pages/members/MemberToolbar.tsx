import { memberFieldLabel } from '../../../../shared/memberFields';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { CommitteeLevel, GroupRole, MemberStatus, Position } from '../../../../shared/enums';
import { FilterSelect } from '../../lists/FilterSelect';
import { ListToolbar } from '../../lists/ListToolbar';
import { MemberImportButton } from './import/MemberImportButton';
import { RosterExportMenu } from './import/RosterExportMenu';
import { useMembers } from './useMembers';
import { choices } from '../../forms/choices';

const levelOptions = choices(CommitteeLevel);
const statusOptions = choices(MemberStatus);
/** 职务 covers both the committee post and the group's own role, as clerks use the word. */
const roleOptions = [
  { label: '政协职务', options: Position.codes.map((c) => ({ value: `position:${c}`, label: Position.label(c) })) },
  {
    label: '联络组职务',
    options: GroupRole.codes
      .filter((c) => c !== 'none')
      .map((c) => ({ value: `groupRole:${c}`, label: GroupRole.label(c) })),
  },
];

/** Search box, filters and the add button above the roster. */
export function MemberToolbar({ onAdd }: { onAdd(): void }) {
  const list = useMembers();
  const { filters, sectors, filter } = list;
  const role = filters.position
    ? `position:${filters.position}`
    : filters.groupRole
      ? `groupRole:${filters.groupRole}`
      : undefined;

  function pickRole(value: string | undefined) {
    const [kind, code] = value?.split(':') ?? [];
    filter({
      position: kind === 'position' ? (code as Position) : undefined,
      groupRole: kind === 'groupRole' ? (code as GroupRole) : undefined,
    });
  }

  return (
    <ListToolbar
      list={list}
      searchLabel="搜索委员"
      placeholder="姓名、拼音首字母或手机号"
      choices={[
        {
          key: 'sector',
          label: '界别',
          options: sectors.map((s) => ({ value: s, label: s })),
          width: 140,
          searchable: { notFound: '还没有委员填写界别' },
        },
        { key: 'committeeLevel', label: memberFieldLabel('committeeLevels'), options: levelOptions, width: 140 },
      ]}
    >
      <FilterSelect label="职务" value={role} options={roleOptions} onChange={pickRole} width={120} />
      <FilterSelect
        label="状态"
        value={filters.status}
        options={statusOptions}
        onChange={(status) => filter({ status })}
        width={120}
      />
      <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
        <MemberImportButton />
        <RosterExportMenu />
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
          添加委员
        </Button>
      </Flex>
    </ListToolbar>
  );
}
