import { Col, Divider, Form, Input, Radio, Row, Select, Tag, type FormInstance, type FormRule } from 'antd';
import { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { MemberSelect } from '../../members/MemberSelect';
import type { MemberOption } from '../../members/useMemberOptions';
import type { OpinionReportFormValues } from './opinionReportFormValues';
import { choices } from '../../forms/choices';
import { fieldItem } from '../../forms/zodRule';

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
  const item = fieldItem(rule);

  /** Only an adopted report carries an adoption: another status drops it. */
  function pickStatus(next: OpinionReportFormValues['status']) {
    if (next !== 'adopted') form.setFieldsValue({ adoptedLevel: null, adoptedOn: '' });
  }

  return (
    <Row gutter={16}>
      <Col span={24}>
        <Divider titlePlacement="start" plain>
          信息
        </Divider>
      </Col>
      <Col span={24}>
        <Form.Item {...item('title', '标题')} required>
          <Input autoFocus maxLength={200} placeholder="如 关于农村留守老人就医难的情况反映" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('authorIds', '作者')} extra="按署名顺序选择，第一位为第一作者；不选则为联络组集体报送">
          <MemberSelect
            mode="multiple"
            options={members}
            placeholder="输入姓名或拼音首字母"
            tagRender={({ label, value, closable, onClose }) => (
              <Tag closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
                {authorIds.indexOf(value as number) === 0 ? <>{label}（第一作者）</> : label}
              </Tag>
            )}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('content', '内容')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} placeholder="基本情况、存在问题、意见建议" />
        </Form.Item>
      </Col>

      <Col span={24}>
        <Divider titlePlacement="start" plain>
          报送与采用
        </Divider>
      </Col>
      <Col span={14}>
        <Form.Item {...item('status', '状态')}>
          <Radio.Group
            options={choices(OpinionReportStatus)}
            optionType="button"
            buttonStyle="solid"
            onChange={(e) => pickStatus(e.target.value)}
          />
        </Form.Item>
      </Col>
      <Col span={10}>
        <Form.Item {...item('submittedOn', '报送日期', true)}>
          <Input placeholder="如 2026-03-20" />
        </Form.Item>
      </Col>
      {status === 'adopted' && (
        <>
          <Col span={14}>
            <Form.Item {...item('adoptedLevel', '采用层级')} dependencies={['status']} required>
              <Select allowClear options={choices(AdoptionLevel)} placeholder="哪一级政协采用" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item {...item('adoptedOn', '采用日期', true)}>
              <Input placeholder="如 2026-04-15" />
            </Form.Item>
          </Col>
        </>
      )}

      <Col span={24}>
        <Divider titlePlacement="start" plain>
          领导批示
        </Divider>
      </Col>
      <Col span={14}>
        <Form.Item {...item('endorsedBy', '批示领导')}>
          <Input placeholder="如 区委主要领导" />
        </Form.Item>
      </Col>
      <Col span={10}>
        <Form.Item {...item('endorsedOn', '批示日期', true)}>
          <Input placeholder="如 2026-04-20" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('endorsement', '批示内容')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
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
