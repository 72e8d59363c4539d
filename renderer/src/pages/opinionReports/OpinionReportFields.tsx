import { Form, Radio, Row, Select, Tag, type FormInstance, type FormRule } from 'antd';
import { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { MemberSelect } from '../../members/MemberSelect';
import type { MemberOption } from '../../members/useMemberOptions';
import type { OpinionReportFormValues } from './opinionReportFormValues';
import { choices } from '../../forms/choices';
import { formCells } from '../../forms/formCells';

type Field = keyof OpinionReportFormValues & string;

interface Props {
  form: FormInstance<OpinionReportFormValues>;
  /** The contract's check of one field (see forms/zodRule). */
  rule(field: Field): FormRule;
  members: MemberOption[];
}

/** The report's fields in the order of its life: written, 报送, 采用, 批示. */
export function OpinionReportFields({ form, rule, members }: Props) {
  const authorIds: number[] = Form.useWatch('authorIds', form) ?? [];
  const status: OpinionReportFormValues['status'] | undefined = Form.useWatch('status', form);
  const cell = formCells(rule);

  /** Only an adopted report carries an adoption: another status drops it. */
  function pickStatus(next: OpinionReportFormValues['status']) {
    if (next !== 'adopted') form.setFieldsValue({ adoptedLevel: null, adoptedOn: '' });
  }

  return (
    <Row gutter={16}>
      {cell.section('信息')}
      {cell.text('title', {
        label: '标题',
        required: true,
        input: { autoFocus: true, maxLength: 200, placeholder: '如 关于农村留守老人就医难的情况反映' },
      })}
      {cell.field(
        'authorIds',
        { label: '作者', extra: '按署名顺序选择，第一位为第一作者；不选则为联络组集体报送' },
        <MemberSelect
          mode="multiple"
          options={members}
          placeholder="输入姓名或拼音首字母"
          tagRender={({ label, value, closable, onClose }) => (
            <Tag closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
              {authorIds.indexOf(value as number) === 0 ? <>{label}（第一作者）</> : label}
            </Tag>
          )}
        />,
      )}
      {cell.area('content', { label: '内容', rows: [4, 14], placeholder: '基本情况、存在问题、意见建议' })}

      {cell.section('报送与采用')}
      {cell.field(
        'status',
        { label: '状态', span: 14 },
        <Radio.Group
          options={choices(OpinionReportStatus)}
          optionType="button"
          buttonStyle="solid"
          onChange={(e) => pickStatus(e.target.value)}
        />,
      )}
      {cell.date('submittedOn', { label: '报送日期', span: 10, placeholder: '如 2026-03-20' })}
      {status === 'adopted' && (
        <>
          {cell.field(
            'adoptedLevel',
            { label: '采用层级', span: 14, dependencies: ['status'], required: true },
            <Select allowClear options={choices(AdoptionLevel)} placeholder="哪一级政协采用" />,
          )}
          {cell.date('adoptedOn', { label: '采用日期', span: 10, placeholder: '如 2026-04-15' })}
        </>
      )}

      {cell.section('领导批示')}
      {cell.text('endorsedBy', { label: '批示领导', span: 14, placeholder: '如 区委主要领导' })}
      {cell.date('endorsedOn', { label: '批示日期', span: 10, placeholder: '如 2026-04-20' })}
      {cell.area('endorsement', { label: '批示内容', rows: [2, 8] })}
      {cell.area('notes', { label: '备注', rows: [2, 6] })}
    </Row>
  );
}
