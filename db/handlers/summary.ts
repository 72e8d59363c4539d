import { createDocument } from '../repo/documents';
import { draftSummary } from '../summary/draftSummary';
import { summaryFacts } from '../summary/summaryFacts';
import type { HandlersFor } from './types';

export const summaryHandlers: HandlersFor<'summary'> = {
  'summary.draft': ({ db }, { year, save }) => {
    const { title, body } = draftSummary(summaryFacts(db, year));
    // Saved as a new document each time: a draft never overwrites the clerk's edited summary.
    const document = save
      ? createDocument(db, { year, kind: 'annual_summary', title: `${title}（初稿）`, body })
      : null;
    return { year, title, body, document };
  },
};
