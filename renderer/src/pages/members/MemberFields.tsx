import { AutoComplete, Checkbox, Col, Divider, Form, Input, Radio, Row, Select, type FormRule } from 'antd';
import { CommitteeLevel, Gender, GroupRole, MemberStatus, Position } from '../../../../shared/enums';
import { memberFieldLabel, type MemberFieldKey } from '../../../../shared/memberFields';
import { commonSectors } from './commonSectors';
import type { MemberFormValues } from './memberFormValues';
import { choices } from '../../forms/choices';
import { fieldItem } from '../../forms/zodRule';

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
  // Formatted fields are checked when the clerk leaves them, not at every keystroke.
  const field = fieldItem(rule);
  const item = (name: Field, onBlur = false) => field(name, memberFieldLabel(name), onBlur);

  return (
    <Row gutter={16}>
      <Col span={24}>
        <Divider titlePlacement="start" plain>
          基本信息
        </Divider>
      </Col>
      <Col span={12}>
        <Form.Item {...item('name')} required>
          <Input autoFocus maxLength={40} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('gender')}>
          <Radio.Group options={choices(Gender)} optionType="button" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('birthDate', true)}>
          <Input placeholder="如 1970-05 或 1970-05-14" />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item {...item('ethnicity')}>
          <Input placeholder="如 汉族" />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item {...item('party')}>
          <Input placeholder="如 中共党员" />
        </Form.Item>
      </Col>

      <Col span={24}>
        <Divider titlePlacement="start" plain>
          政协身份
        </Divider>
      </Col>
      <Col span={12}>
        <Form.Item {...item('sector')}>
          <AutoComplete
            options={sectorOptions}
            placeholder="选择或填写，如 经济界"
            showSearch={{ filterOption: (typed, option) => String(option?.value ?? '').includes(typed) }}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('specialCommittee')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('committeeLevels')}>
          <Checkbox.Group options={choices(CommitteeLevel)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('term')}>
          <Input placeholder="如 第三届" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('position')}>
          <Select options={choices(Position)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('groupRole')}>
          <Select options={choices(GroupRole)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('status')}>
          <Select options={choices(MemberStatus)} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('joinedOn', true)}>
          <Input placeholder="如 2022-01-10" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('leftOn', true)} dependencies={['joinedOn']}>
          <Input placeholder="如 2027-01-10" />
        </Form.Item>
      </Col>

      <Col span={24}>
        <Divider titlePlacement="start" plain>
          单位与联系
        </Divider>
      </Col>
      <Col span={24}>
        <Form.Item {...item('workUnit')}>
          <Input placeholder="如 XX镇XX公司 总经理" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('phone', true)}>
          <Input inputMode="tel" placeholder="11 位手机号或座机" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('idNumber', true)}>
          <Input maxLength={18} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('linkedCommunity')}>
          <Input placeholder="如 XX村" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('address')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
