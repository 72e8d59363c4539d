import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { OpinionReportForm } from '../../renderer/src/pages/opinionReports/OpinionReportForm';
import { field, itemOf, choose, saveAndClose } from '../helpers/formQueries';
import { memberRow } from './fakeTransport';
import { recordFormKit } from './formHarness';

afterEach(() => setTransport(undefined));

const roster = [
  memberRow({ id: 1, name: '王建国', nameInitials: 'wjg' }),
  memberRow({ id: 2, name: '李红', nameInitials: 'lh' }),
  memberRow({ id: 3, name: '赵六', nameInitials: 'zl', status: 'left' }),
];

const reports = recordFormKit(
  'opinionReports',
  roster,
  {
    year: 2026,
    content: null,
    authors: [],
    submittedOn: null,
    status: 'submitted',
    adoptedLevel: null,
    adoptedOn: null,
    endorsement: null,
    endorsedBy: null,
    endorsedOn: null,
    notes: null,
  },
  (report, onClose) => <OpinionReportForm open year={2026} report={report} onClose={onClose} />,
);
const { row: reportRow, archiveWith, renderForm } = reports;

async function pickMember(user: ReturnType<typeof userEvent.setup>, label: string, typed: string, name: string) {
  await user.click(field(label));
  await user.type(field(label), typed);
  await user.click(await screen.findByTitle(name));
}

describe('public-opinion report form', () => {
  it('says at 采用层级 that an adopted report needs its level, and sends nothing', async () => {
    const archive = await reports.saveNew(async (user) => {
      await user.type(field('标题'), '关于农村留守老人就医难的情况反映');
      await user.click(within(itemOf('状态')).getByText('已采用'));
    });
    expect(await within(itemOf('采用层级')).findByText('已采用的社情民意请填写采用层级')).toBeInTheDocument();
    expect(archive.inputsOf('opinionReports.create')).toEqual([]);
  });

  it('creates the report with its authors in the order picked, the first as lead author', async () => {
    const archive = archiveWith(reportRow({ id: 5, title: '关于农村留守老人就医难的情况反映' }));
    const { user, onClose } = renderForm();
    await user.type(field('标题'), '关于农村留守老人就医难的情况反映');
    await pickMember(user, '作者', 'lh', '李红');
    await pickMember(user, '作者', 'wjg', '王建国');
    expect(within(itemOf('作者')).getByText('李红（第一作者）')).toBeInTheDocument();
    await user.type(field('报送日期'), '2026.3.20');
    await user.click(within(itemOf('状态')).getByText('已采用'));
    await choose(user, '采用层级', '市政协采用');
    await user.type(field('采用日期'), '2026-04-15');
    await user.type(field('批示领导'), '区委主要领导');
    await saveAndClose(user, onClose);
    expect(archive.inputsOf('opinionReports.create')).toEqual([
      expect.objectContaining({
        year: 2026,
        title: '关于农村留守老人就医难的情况反映',
        authorIds: [2, 1],
        submittedOn: '2026-03-20',
        status: 'adopted',
        adoptedLevel: 'city',
        adoptedOn: '2026-04-15',
        endorsedBy: '区委主要领导',
        endorsement: null,
      }),
    ]);
  });

  it('drops the adoption when an adopted report goes back to 已报送, sending only what changed', async () => {
    const stored = reportRow({
      id: 7,
      title: '关于道路安全的建议',
      authors: [{ memberId: 3, name: '赵六' }],
      status: 'adopted',
      adoptedLevel: 'county',
      adoptedOn: '2026-04-01',
    });
    const archive = archiveWith(stored);
    const { user, onClose } = renderForm(stored);
    expect(await within(itemOf('作者')).findByText('赵六（已离任）（第一作者）')).toBeInTheDocument();
    await user.click(within(itemOf('状态')).getByText('已报送'));
    expect(screen.queryByText('采用层级', { selector: 'label' })).toBeNull();
    await saveAndClose(user, onClose);
    expect(archive.inputsOf('opinionReports.update')).toEqual([
      { id: 7, patch: { status: 'submitted', adoptedLevel: null, adoptedOn: null } },
    ]);
  });
});
