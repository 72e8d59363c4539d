import { Typography } from 'antd';
import type { SearchableKind } from '../../../shared/recordKinds';
import type { ReactNode } from 'react';
import { routeHash } from './routeHash';
import { sectionOfKind } from './recordKinds';
import { useRoute } from './useRoute';

/** A link to one record's address (`#/activities/5`): a click opens the record in its section. */
export function RecordLink({ kind, id, children }: { kind: SearchableKind; id: number; children: ReactNode }) {
  const section = sectionOfKind[kind];
  return (
    <Typography.Link
      href={`#${routeHash({ section, record: id })}`}
      onClick={(e) => {
        e.preventDefault();
        void useRoute.getState().open(section, id);
      }}
    >
      {children}
    </Typography.Link>
  );
}
