import { useEffect, useMemo, useState } from 'react';
import type { DutyEvidence, DutyMatrix } from '../../../../shared/contract/duty';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import type { CellRef } from './DutyMatrixTable';

interface Request extends CellRef {
  year: number;
  /** A new matrix (after a record is added or removed) or a retry asks again. */
  matrix: DutyMatrix;
  attempt: number;
}

interface Answer {
  to: Request;
  result: Result<DutyEvidence[]>;
}

export interface CellEvidence {
  /** The rows behind the cell; null until the first answer for this cell, or when it failed. */
  evidence: DutyEvidence[] | null;
  /** A read for this cell is under way (the rows shown, if any, are the previous answer's). */
  loading: boolean;
  error: ResultError | null;
  retry(): void;
}

const sameCell = (a: Request, b: Request) =>
  a.year === b.year && a.memberId === b.memberId && a.itemCode === b.itemCode;

/**
 * The rows a cell counts, read from the archive when the cell is opened: the matrix carries counts
 * only (a district year has 40,000 cells). Read again whenever the matrix is, so a record added or
 * removed from the drawer shows at once; the previous rows stay on screen meanwhile.
 */
export function useCellEvidence(matrix: DutyMatrix, cell: CellRef | null): CellEvidence {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const request = useMemo<Request | null>(
    () => cell && { year: matrix.year, memberId: cell.memberId, itemCode: cell.itemCode, matrix, attempt },
    [matrix, cell, attempt],
  );

  useEffect(() => {
    if (!request) return;
    let live = true;
    const { year, memberId, itemCode } = request;
    void call('duty.evidence', { year, memberId, itemCode }).then((r) => {
      if (live) setAnswer({ to: request, result: r.ok ? { ok: true, value: r.value[0]?.evidence ?? [] } : r });
    });
    return () => {
      live = false;
    };
  }, [request]);

  const retry = () => setAttempt((n) => n + 1);
  if (!request || !answer || !sameCell(answer.to, request))
    return { evidence: null, loading: true, error: null, retry };
  const loading = answer.to !== request;
  if (answer.result.ok) return { evidence: answer.result.value, loading, error: null, retry };
  return { evidence: null, loading, error: loading ? null : answer.result.error, retry };
}
