import type { DraftKind } from '../../shared/contract/summary';
import { draftOf, figureDifferences, isDraftKind, statedFigures } from './drafts';
import { createDocument, documentTable } from '../documents/repo';
import type { Context, HandlersFor } from '../repo/context';

function draft({ db }: Context, kind: DraftKind, year: number, save: boolean | undefined) {
  const { title, body, figures } = draftOf(db, kind, year);
  // Saved as a new document each time: a draft never overwrites the clerk's edited text.
  const document = save ? createDocument(db, { year, kind, title: `${title}（初稿）`, body }) : null;
  return { year, kind, title, body, figures, document };
}

export const summaryHandlers: HandlersFor<'summary'> = {
  'summary.draftPlan': (ctx, { year, save }) => draft(ctx, 'annual_plan', year, save),
  'summary.draftHalfYear': (ctx, { year, save }) => draft(ctx, 'half_year_summary', year, save),
  'summary.draft': (ctx, { year, save }) => draft(ctx, 'annual_summary', year, save),
  'summary.checkFigures': ({ db }, { documentId }) => {
    const doc = documentTable.get(db, documentId);
    if (!isDraftKind(doc.kind)) return { documentId, checked: false, stated: [], differences: [] };
    return {
      documentId,
      checked: true,
      stated: statedFigures(db, doc.kind, doc.year, doc.body),
      differences: figureDifferences(db, doc.kind, doc.year, doc.body),
    };
  },
};
