import { Form, Radio, Row, Select, Typography, type FormInstance, type FormRule } from 'antd';
import { ProposalFiling, ProposalResult, Satisfaction } from '../../../../shared/enums';
import { MemberSelect } from '../../members/MemberSelect';
import type { ProposalFormValues } from './proposalFormValues';
import type { MemberOption } from '../../members/useMemberOptions';
import { choices } from '../../forms/choices';
import { formCells } from '../../forms/formCells';

type Field = keyof ProposalFormValues & string;

interface Props {
  form: FormInstance<ProposalFormValues>;
  /** The contract's check of one field (see forms/zodRule). */
  rule(field: Field): FormRule;
  members: MemberOption[];
}

/** The proposal's fields in the order of its life: drafted, filed (立案), handled and answered. */
export function ProposalFields({ form, rule, members }: Props) {
  const lead: number | null | undefined = Form.useWatch('leadMemberId', form);
  const cell = formCells(rule);

  /** The lead signs already: taking them as lead drops them from the co-signers. */
  function pickLead(id?: number | null) {
    const cosigners: number[] = form.getFieldValue('cosignerIds') ?? [];
    if (id && cosigners.includes(id))
      form.setFieldValue(
        'cosignerIds',
        cosigners.filter((c) => c !== id),
      );
  }

  return (
    <Row gutter={16}>
      {cell.section('提案')}
      {cell.text('title', {
        label: '案由（标题）',
        required: true,
        input: { autoFocus: true, maxLength: 200, placeholder: '如 关于加强农村饮用水安全保障的建议' },
      })}
      {cell.text('session', { label: '会议届次', span: 8, placeholder: '如 三届四次会议' })}
      {cell.text('number', { label: '提案编号', span: 8, placeholder: '如 第0123号' })}
      {cell.text('category', { label: '类别', span: 8, placeholder: '如 经济建设、社会事业' })}
      {cell.field(
        'leadMemberId',
        { label: '领衔委员', span: 12, extra: '不选则为联络组集体提案' },
        <MemberSelect options={members} placeholder="输入姓名或拼音首字母" onChange={(id) => pickLead(id as number)} />,
      )}
      {cell.date('submittedOn', { label: '提交日期', span: 12, placeholder: '如 2026-01-10' })}
      {cell.field(
        'cosignerIds',
        { label: '联名委员', dependencies: ['leadMemberId'] },
        <MemberSelect
          mode="multiple"
          options={members}
          exclude={lead ? [lead] : []}
          placeholder="可选多位，领衔委员不必再选"
        />,
      )}
      {cell.area('content', { label: '提案内容', rows: [4, 14], placeholder: '问题与建议' })}

      {cell.section('立案')}
      {cell.field(
        'filing',
        { label: '立案情况' },
        <Radio.Group options={choices(ProposalFiling)} optionType="button" buttonStyle="solid" />,
      )}

      {cell.section(
        '办理与答复',
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          立案后，按承办单位的答复函填写；待审查、不立案和转社情民意的提案没有答复、办理结果和满意度。
        </Typography.Paragraph>,
      )}
      {cell.text('mainUnit', { label: '主办单位', span: 12, placeholder: '如 区水利局' })}
      {cell.text('assistUnits', { label: '协办单位', span: 12, placeholder: '多个单位用顿号分开' })}
      {cell.date('replyOn', {
        label: '答复日期',
        span: 8,
        placeholder: '如 2026-06-30',
        dependencies: ['filing', 'submittedOn'],
      })}
      {cell.field(
        'result',
        { label: '办理结果', span: 16, dependencies: ['filing', 'replyOn'] },
        <Select allowClear options={choices(ProposalResult)} placeholder="按答复函的 A/B/C/D 类" />,
      )}
      {cell.field(
        'satisfaction',
        { label: '委员满意度', dependencies: ['filing', 'result', 'replyOn'] },
        <Select allowClear options={choices(Satisfaction)} placeholder="答复后征询委员意见" style={{ width: 240 }} />,
      )}
      {cell.area('notes', { label: '备注', rows: [2, 6] })}
    </Row>
  );
}
