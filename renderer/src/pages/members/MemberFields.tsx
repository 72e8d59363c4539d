import { AutoComplete, Checkbox, Col, Divider, Form, Input, Radio, Row, Select, type FormRule } from 'antd';
import { CommitteeLevel, Gender, GroupRole, MemberStatus, Position } from '../../../../shared/enums';
import { commonSectors } from './commonSectors';
import type { MemberFormValues } from './memberFormValues';

type Field = keyof MemberFormValues & string;

interface Props {
  /** The contract's check of one field (see forms/zodRule). */
  rule(field: Field): FormRule;
  /** 界别 already used in the roster, offered first. */
  sectors: string[];
}

const choices = <K extends string>(e: { codes: K[]; label(k: K): string }) =>
  e.codes.map((c) => ({ value: c, label: e.label(c) }));

/** The member form's fields, grouped as a roster sheet groups them. */
export function MemberFields({ rule, sectors }: Props) {
  const sectorOptions = [...new Set([...sectors, ...commonSectors])].map((s) => ({ value: s }));
  // Formatted fields are checked when the clerk leaves them, not at every keystroke.
  const item = (name: Field, label: string, onBlur = false) => ({
    name,
    label,
    rules: [rule(name)],
    validateTrigger: onBlur ? 'onBlur' : 'onChange',
  });

  return (
    <Row gutter={16}>
      <Col span={24}>
        <Divider titlePlacement="start" plain>
          基本信息
        </Divider>
      </Col>
      <Col span={12}>
        <Form.Item {...item('name', '姓名')} required>
          <Input autoFocus maxLength={40} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('gender', '性别')}>
          <Radio.Group options={choices(Gender)} optionType="button" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('birthDate', '出生年月', true)}>
          <Input placeholder="如 1970-05 或 1970-05-14" />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item {...item('ethnicity', '民族')}>
          <Input placeholder="如 汉族" />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item {...item('party', '党派')}>
          <Input placeholder="如 中共党员" />
        </Form.Item>
      </Col>

      <Col span={24}>
        <Divider titlePlacement="start" plain>
          政协身份
        </Divider>
      </Col>
      <Col span={12}>
        <Form.Item {...item('sector', '界别')}>
          <AutoComplete
            options={sectorOptions}
            placeholder="选择或填写，如 经济界"
            showSearch={{ filterOption: (typed, option) => String(option?.value ?? '').includes(typed) }}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('specialCommittee', '专委会')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('committeeLevels', '政协层级')}>
          <Checkbox.Group options={choices(CommitteeLevel)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('term', '届次')}>
          <Input placeholder="如 第三届" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('position', '职务')}>
          <Select options={choices(Position)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('groupRole', '联络组职务')}>
          <Select options={choices(GroupRole)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('status', '状态')}>
          <Select options={choices(MemberStatus)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('joinedOn', '任职日期', true)}>
          <Input placeholder="如 2022-01-10" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('leftOn', '离任日期', true)} dependencies={['joinedOn']}>
          <Input placeholder="如 2027-01-10" />
        </Form.Item>
      </Col>

      <Col span={24}>
        <Divider titlePlacement="start" plain>
          单位与联系
        </Divider>
      </Col>
      <Col span={24}>
        <Form.Item {...item('workUnit', '单位及职务')}>
          <Input placeholder="如 XX镇XX公司 总经理" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('phone', '手机号', true)}>
          <Input inputMode="tel" placeholder="11 位手机号或座机" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('idNumber', '身份证号', true)}>
          <Input maxLength={18} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('linkedCommunity', '联系村(社区)')}>
          <Input placeholder="如 XX村" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('address', '地址')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('notes', '备注')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
