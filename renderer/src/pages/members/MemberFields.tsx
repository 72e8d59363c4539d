import { AutoComplete, Checkbox, Radio, Row, Select, type FormRule } from 'antd';
import { CommitteeLevel, Gender, GroupRole, MemberStatus, Position } from '../../../../shared/enums';
import { memberFieldLabel, type MemberFieldKey } from '../../../../shared/memberFields';
import { commonSectors } from './commonSectors';
import type { MemberFormValues } from './memberFormValues';
import { choices } from '../../forms/choices';
import { formCells } from '../../forms/formCells';

type Field = keyof MemberFormValues & MemberFieldKey;

interface Props {
  /** The contract's check of one field (see forms/zodRule). */
  rule(field: Field): FormRule;
  /** 界别 already used in the roster, offered first. */
  sectors: string[];
}

/** The member form's fields, grouped as a roster sheet groups them. */
export function MemberFields({ rule, sectors }: Props) {
  const sectorOptions = [...new Set([...sectors, ...commonSectors])].map((s) => ({ value: s }));
  // Labels are the roster's own (memberFieldLabel); formatted fields are checked when the clerk leaves them.
  const cell = formCells(rule, memberFieldLabel);

  return (
    <Row gutter={16}>
      {cell.section('基本信息')}
      {cell.text('name', { span: 12, required: true, input: { autoFocus: true, maxLength: 40 } })}
      {cell.field('gender', { span: 12 }, <Radio.Group options={choices(Gender)} optionType="button" />)}
      {cell.date('birthDate', { span: 12, placeholder: '如 1970-05 或 1970-05-14' })}
      {cell.text('ethnicity', { span: 6, placeholder: '如 汉族' })}
      {cell.text('party', { span: 6, placeholder: '如 中共党员' })}

      {cell.section('政协身份')}
      {cell.field(
        'sector',
        { span: 12 },
        <AutoComplete
          options={sectorOptions}
          placeholder="选择或填写，如 经济界"
          showSearch={{ filterOption: (typed, option) => String(option?.value ?? '').includes(typed) }}
        />,
      )}
      {cell.text('specialCommittee', { span: 12 })}
      {cell.field('committeeLevels', {}, <Checkbox.Group options={choices(CommitteeLevel)} />)}
      {cell.text('term', { span: 8, placeholder: '如 第三届' })}
      {cell.field('position', { span: 8 }, <Select options={choices(Position)} />)}
      {cell.field('groupRole', { span: 8 }, <Select options={choices(GroupRole)} />)}
      {cell.field('status', { span: 8 }, <Select options={choices(MemberStatus)} />)}
      {cell.date('joinedOn', { span: 8, placeholder: '如 2022-01-10' })}
      {cell.date('leftOn', { span: 8, placeholder: '如 2027-01-10', dependencies: ['joinedOn'] })}

      {cell.section('单位与联系')}
      {cell.text('workUnit', { placeholder: '如 XX镇XX公司 总经理' })}
      {cell.text('phone', { span: 12, onBlur: true, placeholder: '11 位手机号或座机', input: { inputMode: 'tel' } })}
      {cell.text('idNumber', { span: 12, onBlur: true, input: { maxLength: 18 } })}
      {cell.text('linkedCommunity', { span: 12, placeholder: '如 XX村' })}
      {cell.text('address', { span: 12 })}
      {cell.area('notes', { rows: [2, 6] })}
    </Row>
  );
}
