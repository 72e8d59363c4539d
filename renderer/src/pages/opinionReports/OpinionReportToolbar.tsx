import { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { AddButton } from '../../lists/AddButton';
import { FilterSelect } from '../../lists/FilterSelect';
import { ListToolbar } from '../../lists/ListToolbar';
import { useOpinionReports } from './useOpinionReports';

const statusOptions = OpinionReportStatus.codes.map((c) => ({ value: c, label: OpinionReportStatus.label(c) }));
const levelOptions = AdoptionLevel.codes.map((c) => ({ value: c, label: AdoptionLevel.label(c) }));

/** Search box, status and 采用层级 filters, and the add button above the reports. */
export function OpinionReportToolbar({ onAdd }: { onAdd(): void }) {
  const { filters, search, filter } = useOpinionReports();
  return (
    <ListToolbar searchLabel="搜索社情民意" placeholder="标题、内容或批示" q={filters.q} onSearch={search}>
      <FilterSelect
        label="状态"
        value={filters.status}
        options={statusOptions}
        onChange={(status) => filter({ status })}
        width={120}
      />
      <FilterSelect
        label="采用层级"
        value={filters.adoptedLevel}
        options={levelOptions}
        onChange={(adoptedLevel) => filter({ adoptedLevel })}
        width={160}
      />
      <AddButton onClick={onAdd}>添加社情民意</AddButton>
    </ListToolbar>
  );
}
