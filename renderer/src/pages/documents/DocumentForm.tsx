import { Col, Form, Input, Row, Select } from 'antd';
import { useRef } from 'react';
import type { ArchiveDocument } from '../../../../shared/contract/documents';
import { documentCreate } from '../../../../shared/contract/documents';
import { DocumentKind } from '../../../../shared/enums';
import { EntityDrawer } from '../../forms/EntityDrawer';
import { useEntityForm } from '../../forms/useEntityForm';
import { zodRules } from '../../forms/zodRule';
import { useGroup } from '../../shell/useGroup';
import { MemberSelect } from '../../members/MemberSelect';
import { useMemberOptions } from '../../members/useMemberOptions';
import { BodyEditor } from '../../forms/BodyEditor';
import { FigureCheck } from './FigureCheck';
import {
  documentToValues,
  documentValuesToInput,
  newDocumentValues,
  suggestedTitle,
  type DocumentFormValues,
} from './documentFormValues';
import { useDocuments } from './useDocuments';
import { choices } from '../../forms/choices';

const kindOptions = choices(DocumentKind);

interface Props {
  open: boolean;
  year: number;
  /** The document to edit; none to write a new one. */
  document?: ArchiveDocument;
  /** The kind a new document starts as. */
  kind: DocumentKind;
  onClose(): void;
}

/**
 * Write or edit one document of the year: the plan, a summary, a member's 履职小结. Enter saves
 * from a one-line field, Ctrl+Enter from the text; Esc or 取消 closes, asking first when something
 * was changed.
 */
export function DocumentForm({ open, year, document, kind, onClose }: Props) {
  const [form] = Form.useForm<DocumentFormValues>();
  const save = useDocuments((s) => s.save);
  const groupName = useGroup((s) => s.group?.name ?? '');
  const members = useMemberOptions(
    document?.memberId ? [{ memberId: document.memberId, name: document.memberName ?? '' }] : [],
  );
  const docYear = document?.year ?? year;
  const initial = document
    ? documentToValues(document)
    : { ...newDocumentValues(kind), title: suggestedTitle(year, kind, groupName) };
  const currentKind: DocumentFormValues['kind'] = Form.useWatch('kind', form) ?? initial.kind;
  const toInput = (v: DocumentFormValues) => documentValuesToInput(docYear, v);
  const rule = zodRules(documentCreate, toInput);
  /** The title last offered, replaced while the clerk has not typed their own. */
  const offered = useRef(initial.title ?? '');

  const entity = useEntityForm({
    open,
    form,
    record: document,
    initial,
    toInput,
    save,
    savedMessage: (d) => `已保存“${d.title}”`,
    onClose,
  });

  function offerTitle(_: Partial<DocumentFormValues>, all: DocumentFormValues) {
    const memberName = members.find((m) => m.value === all.memberId)?.label;
    const next = suggestedTitle(docYear, all.kind, groupName, memberName);
    const typed = (all.title ?? '').trim();
    if (typed !== '' && typed !== offered.current) return;
    offered.current = next;
    if (next !== typed) form.setFieldValue('title', next);
  }

  return (
    <EntityDrawer
      name="document"
      open={open}
      title={document ? `编辑：${document.title}` : `撰写${year}年文档`}
      size={920}
      entity={entity}
      form={form}
      initialValues={initial}
      onValuesChange={(changed, all) => {
        if ('kind' in changed || 'memberId' in changed) offerTitle(changed, all);
      }}
      hint="按 Enter 保存（正文中按 Ctrl+Enter），Esc 取消"
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="kind" label="类别" rules={[rule('kind')]}>
            <Select options={kindOptions} />
          </Form.Item>
        </Col>
        {currentKind === 'member_summary' && (
          <Col span={8}>
            <Form.Item name="memberId" label="委员" rules={[rule('memberId')]} dependencies={['kind']} required>
              <MemberSelect options={members} placeholder="是哪一位委员的小结" />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="title" label="标题" rules={[rule('title')]} required>
            <Input autoFocus maxLength={200} />
          </Form.Item>
        </Col>
        {document && (
          <Col span={24}>
            <FigureCheck document={document} />
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="body" label="正文" rules={[rule('body')]}>
            <BodyEditor
              onSubmit={() => form.submit()}
              placeholder={'按段落书写，空一行分段。\n标题可写作“一、”“（一）”“1.”，与公文层次一致。'}
            />
          </Form.Item>
        </Col>
      </Row>
    </EntityDrawer>
  );
}
