import { AddButton } from '../../lists/AddButton';
import { ListToolbar } from '../../lists/ListToolbar';
import { MemberSelect } from '../../members/MemberSelect';
import { useMemberOptions } from '../../members/useMemberOptions';
import { useDeeds } from './useDeeds';

/** Search box, the member filter and the add button above the deeds. */
export function DeedToolbar({ onAdd }: { onAdd(): void }) {
  const list = useDeeds();
  const members = useMemberOptions();
  return (
    <ListToolbar list={list} searchLabel="搜索先进事迹" placeholder="标题、内容或来源">
      <MemberSelect
        aria-label="委员"
        placeholder="委员"
        options={members}
        value={list.filters.memberId}
        onChange={(memberId) => list.filter({ memberId: memberId as number | undefined })}
        style={{ width: 160 }}
      />
      <AddButton onClick={onAdd}>添加先进事迹</AddButton>
    </ListToolbar>
  );
}
