import { memberFieldCatalogue, memberFieldLabel } from '../../../shared/memberFields';
import { requiredHeaders, type ImportField } from './headers';

/** The template's example row carries this note; the import passes over a row that still has it. */
export const TEMPLATE_EXAMPLE_NOTE = '示例行，导入时自动跳过，可删除';

export const TEMPLATE_HINT =
  '填写说明：带 * 的列必须填写，其余可空。性别填 男/女；出生年月写 1970-05-14 或 1970-05；政协层级填 区/县、市、省/自治区、全国，多个用顿号分隔；' +
  '职务填 主席/副主席/常委/委员，可加联络组职务（组长/副组长/联络员），如“常委、组长”；状态填 在任/暂停履职/已离任，空着为在任。';

const examples: Partial<Record<ImportField, string>> = {
  name: '张三',
  gender: '男',
  birthDate: '1970-05-14',
  ethnicity: '汉族',
  party: '中共党员',
  sector: '经济界',
  specialCommittee: '',
  committeeLevels: '区/县',
  term: '第三届',
  position: '委员',
  workUnit: 'XX镇XX有限公司 总经理',
  phone: '13800138000',
  idNumber: '',
  address: 'XX镇XX路1号',
  linkedCommunity: 'XX村',
  status: '在任',
  notes: TEMPLATE_EXAMPLE_NOTE,
};

/**
 * The template's columns in the catalogue's order, headed by each field's label (a required one
 * marked *), with the example member. 联络组职务 is written inside 职务 (“常委、组长”), and the
 * dates of taking and leaving office are set in the app, so the template has no column for them.
 */
export const templateColumns: { field: ImportField; header: string; example: string; width: number }[] = (
  Object.keys(examples) as ImportField[]
).map((field) => ({
  field,
  header: `${memberFieldLabel(field)}${requiredHeaders.includes(field) ? '*' : ''}`,
  example: examples[field] ?? '',
  width: memberFieldCatalogue[field].width,
}));
