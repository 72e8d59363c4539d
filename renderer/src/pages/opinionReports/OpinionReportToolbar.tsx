import { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { choices } from '../../forms/choices';
import { AddButton } from '../../lists/AddButton';
import { ListToolbar } from '../../lists/ListToolbar';
import { useOpinionReports } from './useOpinionReports';

/** Search box, status and 采用层级 filters, and the add button above the reports. */
export function OpinionReportToolbar({ onAdd }: { onAdd(): void }) {
  return (
    <ListToolbar
      list={useOpinionReports()}
      searchLabel="搜索社情民意"
      placeholder="标题、内容或批示"
      choices={[
        { key: 'status', label: '状态', options: choices(OpinionReportStatus), width: 120 },
        { key: 'adoptedLevel', label: '采用层级', options: choices(AdoptionLevel), width: 160 },
      ]}
    >
      <AddButton onClick={onAdd}>添加社情民意</AddButton>
    </ListToolbar>
  );
}
