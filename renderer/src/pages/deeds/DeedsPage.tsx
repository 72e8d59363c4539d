import { useYear } from '../../forms/workingYear';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
import { MemberSelect } from '../../members/MemberSelect';
import { useMemberOptions } from '../../members/useMemberOptions';
import { DeedForm } from './DeedForm';
import { DeedTable } from './DeedTable';
import { useDeeds } from './useDeeds';

/** 先进事迹: the members' exemplary deeds of the year, for publicity and the year's archive. */
export function DeedsPage() {
  const year = useYear();
  const list = useDeeds();
  const page = useRecordList(list, 'deeds', { year });
  const members = useMemberOptions();
  return (
    <RecordListPage
      page={page}
      toolbar={{
        placeholder: '标题、内容或来源',
        tools: (
          <MemberSelect
            aria-label="委员"
            placeholder="委员"
            options={members}
            value={list.filters.memberId}
            onChange={(memberId) => list.filter({ memberId: memberId as number | undefined })}
            style={{ width: 160 }}
          />
        ),
        add: '添加先进事迹',
      }}
      empty={{
        description: `${year}年还没有记录先进事迹。委员的好人好事、获得的表彰和媒体报道都可以记在这里，年底一并归档。`,
        addLabel: '记录第一条先进事迹',
      }}
      list={<DeedTable rows={page.rows} />}
      form={(slot) => <DeedForm open={slot.open} year={year} deed={slot.record} onClose={slot.onClose} />}
    />
  );
}
