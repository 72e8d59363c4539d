import { Col, Divider, Form, Input, Radio, Row, Select, Typography, type FormInstance, type FormRule } from 'antd';
import { ProposalFiling, ProposalResult, Satisfaction } from '../../../../shared/enums';
import { MemberSelect } from '../../members/MemberSelect';
import type { ProposalFormValues } from './proposalFormValues';
import type { MemberOption } from '../../members/useMemberOptions';
import { choices } from '../../forms/choices';
import { fieldItem } from '../../forms/zodRule';

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
  const item = fieldItem(rule);

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
      <Col span={24}>
        <Divider titlePlacement="start" plain>
          提案
        </Divider>
      </Col>
      <Col span={24}>
        <Form.Item {...item('title', '案由（标题）')} required>
          <Input autoFocus maxLength={200} placeholder="如 关于加强农村饮用水安全保障的建议" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('session', '会议届次')}>
          <Input placeholder="如 三届四次会议" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('number', '提案编号')}>
          <Input placeholder="如 第0123号" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('category', '类别')}>
          <Input placeholder="如 经济建设、社会事业" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('leadMemberId', '领衔委员')} extra="不选则为联络组集体提案">
          <MemberSelect
            options={members}
            placeholder="输入姓名或拼音首字母"
            onChange={(id) => pickLead(id as number)}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('submittedOn', '提交日期', true)}>
          <Input placeholder="如 2026-01-10" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('cosignerIds', '联名委员')} dependencies={['leadMemberId']}>
          <MemberSelect
            mode="multiple"
            options={members}
            exclude={lead ? [lead] : []}
            placeholder="可选多位，领衔委员不必再选"
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('content', '提案内容')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} placeholder="问题与建议" />
        </Form.Item>
      </Col>

      <Col span={24}>
        <Divider titlePlacement="start" plain>
          立案
        </Divider>
      </Col>
      <Col span={24}>
        <Form.Item {...item('filing', '立案情况')}>
          <Radio.Group options={choices(ProposalFiling)} optionType="button" buttonStyle="solid" />
        </Form.Item>
      </Col>

      <Col span={24}>
        <Divider titlePlacement="start" plain>
          办理与答复
        </Divider>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          立案后，按承办单位的答复函填写；待审查、不立案和转社情民意的提案没有答复、办理结果和满意度。
        </Typography.Paragraph>
      </Col>
      <Col span={12}>
        <Form.Item {...item('mainUnit', '主办单位')}>
          <Input placeholder="如 区水利局" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('assistUnits', '协办单位')}>
          <Input placeholder="多个单位用顿号分开" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('replyOn', '答复日期', true)} dependencies={['filing', 'submittedOn']}>
          <Input placeholder="如 2026-06-30" />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item {...item('result', '办理结果')} dependencies={['filing', 'replyOn']}>
          <Select allowClear options={choices(ProposalResult)} placeholder="按答复函的 A/B/C/D 类" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('satisfaction', '委员满意度')} dependencies={['filing', 'result', 'replyOn']}>
          <Select allowClear options={choices(Satisfaction)} placeholder="答复后征询委员意见" style={{ width: 240 }} />
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
