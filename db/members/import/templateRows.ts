import type { ImportField } from './headers';

/** The template's example row carries this note; the import passes over a row that still has it. */
export const TEMPLATE_EXAMPLE_NOTE = '示例行，导入时自动跳过，可删除';

export const TEMPLATE_HINT =
  '填写说明：带 * 的列必须填写，其余可空。性别填 男/女；出生日期写 1970-05-14 或 1970-05；委员层级填 区/县、市、省/自治区、全国，多个用顿号分隔；' +
  '职务填 主席/副主席/常委/委员，可加联络组职务（组长/副组长/联络员），如“常委、组长”；状态填 在任/暂停履职/已离任，空着为在任。';

/** The template's columns in order, with the example member. */
export const templateColumns: { field: ImportField; header: string; example: string; width: number }[] = [
  { field: 'name', header: '姓名*', example: '张三', width: 10 },
  { field: 'gender', header: '性别', example: '男', width: 6 },
  { field: 'birthDate', header: '出生日期', example: '1970-05-14', width: 12 },
  { field: 'ethnicity', header: '民族', example: '汉族', width: 8 },
  { field: 'party', header: '党派', example: '中共党员', width: 12 },
  { field: 'sector', header: '界别', example: '经济界', width: 12 },
  { field: 'specialCommittee', header: '专委会', example: '', width: 12 },
  { field: 'committeeLevels', header: '委员层级', example: '区/县', width: 12 },
  { field: 'term', header: '届次', example: '第三届', width: 8 },
  { field: 'position', header: '职务', example: '委员', width: 12 },
  { field: 'workUnit', header: '工作单位', example: 'XX镇XX有限公司 总经理', width: 28 },
  { field: 'phone', header: '联系电话', example: '13800138000', width: 14 },
  { field: 'idNumber', header: '身份证号', example: '', width: 20 },
  { field: 'address', header: '地址', example: 'XX镇XX路1号', width: 24 },
  { field: 'linkedCommunity', header: '联系村（社区）', example: 'XX村', width: 14 },
  { field: 'status', header: '状态', example: '在任', width: 8 },
  { field: 'notes', header: '备注', example: TEMPLATE_EXAMPLE_NOTE, width: 28 },
];
