import { useEffect } from 'react';
import type { Proposal } from '../../../../shared/contract/proposals';
import { call } from '../../api/client';
import { useFormSlot } from '../../forms/useFormSlot';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { hasFilters } from '../../lists/listFilters';
import { ListEmpty } from '../../lists/ListEmpty';
import { ListPage } from '../../lists/ListPage';
import { useDeleteRecord } from '../../lists/useDeleteRecord';
import { useRecordAddress } from '../../shell/useRecordAddress';
import { ProposalForm } from './ProposalForm';
import { ProposalTable } from './ProposalTable';
import { ProposalToolbar } from './ProposalToolbar';
import { useProposals } from './useProposals';

/** 提案: the year's proposals, from drafting through 立案 to the reply and the member's satisfaction. */
export function ProposalsPage() {
  const year = useYear();
  const { items, total, page, pageSize, filters, loading, loadError } = useProposals();
  const { load, turnPage, clearFilters, remove, restore } = useProposals();
  const deleteProposal = useDeleteRecord<Proposal>({ what: '提案', kind: 'proposal', remove, restore });
  const { slot, openForm, closeForm } = useFormSlot<Proposal>();
  const record = useRecordAddress<Proposal>({
    section: 'proposals',
    read: (id) => call('proposals.get', { id }),
    show: openForm,
    hide: closeForm,
  });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  return (
    <ListPage
      title="提案"
      heading={<YearSwitch />}
      toolbar={<ProposalToolbar onAdd={() => openForm()} />}
      loadError={loadError}
      onRetry={() => void load(year)}
      empty={
        total === 0 &&
        !loading && (
          <ListEmpty
            what="提案"
            filtered={hasFilters(filters)}
            onClearFilters={clearFilters}
            description={`${year}年还没有登记提案。委员提交提案后在这里登记，立案和答复情况可以随后补充。`}
            addLabel="登记第一件提案"
            onAdd={() => openForm()}
          />
        )
      }
      list={
        <ProposalTable
          items={items}
          total={total}
          page={page}
          pageSize={pageSize}
          loading={loading}
          onPage={turnPage}
          onEdit={record.open}
          onDelete={deleteProposal}
        />
      }
    >
      {/* Mounted once first opened: the form reads the roster when it starts. */}
      {slot.key > 0 && (
        <ProposalForm key={slot.key} open={slot.open} year={year} proposal={slot.record} onClose={record.close} />
      )}
    </ListPage>
  );
}
