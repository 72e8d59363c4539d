import { Button, Flex, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Proposal } from '../../../../shared/contract/proposals';
import { useDeleteWithUndo } from '../../forms/useDeleteWithUndo';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { ProposalForm } from './ProposalForm';
import { ProposalsEmpty } from './ProposalsEmpty';
import { ProposalTable } from './ProposalTable';
import { ProposalToolbar } from './ProposalToolbar';
import { hasFilters, useProposals, withResult } from './useProposals';

/** Which form is open: `key` renews the form each time so it starts from the proposal's values. */
interface Editing {
  key: number;
  open: boolean;
  proposal?: Proposal;
}

/** 提案: the year's proposals, from drafting through 立案 to the reply and the member's satisfaction. */
export function ProposalsPage() {
  const year = useYear();
  const { items, filters, loading, loadError, load, clearFilters, remove, restore } = useProposals();
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<Editing>({ key: 0, open: false });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  const openForm = (proposal?: Proposal) => setEditing((e) => ({ key: e.key + 1, open: true, proposal }));
  const closeForm = () => setEditing((e) => ({ ...e, open: false }));
  const deleteProposal = (p: Proposal) =>
    void deleteWithUndo({
      what: '提案',
      name: p.title,
      key: `proposal-deleted-${p.id}`,
      remove: () => remove(p.id),
      restore: () => restore(p.id),
    });

  const shown = withResult(items, filters.result);
  let body;
  if (loadError) {
    body = (
      <Result
        status="error"
        title="读取提案失败"
        subTitle={loadError.message}
        extra={<Button onClick={() => void load(year)}>重试</Button>}
      />
    );
  } else if (shown.length === 0 && !loading) {
    body = (
      <ProposalsEmpty
        year={year}
        filtered={hasFilters(filters)}
        onAdd={() => openForm()}
        onClearFilters={clearFilters}
      />
    );
  } else {
    body = <ProposalTable items={shown} loading={loading} onEdit={openForm} onDelete={deleteProposal} />;
  }

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          提案
        </Typography.Title>
        <YearSwitch />
      </Flex>
      <ProposalToolbar onAdd={() => openForm()} />
      {body}
      {/* Mounted once first opened: the form reads the roster when it starts. */}
      {editing.key > 0 && (
        <ProposalForm
          key={editing.key}
          open={editing.open}
          year={year}
          proposal={editing.proposal}
          onClose={closeForm}
        />
      )}
    </Flex>
  );
}
