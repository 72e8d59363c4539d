import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import type { PlanActivity, PlanItem } from '../../shared/contract/plan';
import { planWhen } from '../../shared/zhDates';
import { ArchiveError, notFound } from '../errors';
import { tableRepo } from '../repo/table';

function linkedActivities(db: Database.Database, planItemId: number): PlanActivity[] {
  return db
    .prepare(
      `SELECT id, title, starts_on AS startsOn, status FROM activities
       WHERE plan_item_id = ? AND deleted_at IS NULL ORDER BY starts_on, id`,
    )
    .all(planItemId) as PlanActivity[];
}

export const planItemTable = tableRepo<PlanItem, 'activities' | 'done'>({
  table: 'plan_items',
  entity: 'plan_item',
  label: '计划事项',
  fields: { year: 'int', month: 'int', period: 'text', title: 'text', activityType: 'text', description: 'text' },
  describe: (p) => `计划事项 ${planWhen(p.month, p.period, p.year)} ${p.title}`,
  hydrate: (db, p) => {
    const activities = linkedActivities(db, p.id);
    return { ...p, activities, done: activities.some((a) => a.status === 'held') };
  },
});

/** An activity may only be linked to a plan item that exists and is not in the recycle bin. */
export function assertLivePlanItem(db: Database.Database, id: number): void {
  const item = planItemTable.find(db, id);
  if (!item) throw notFound('计划事项', id);
  if (item.deletedAt) {
    throw new ArchiveError('INVALID_INPUT', `计划事项“${item.title}”在回收站中，不能关联活动；请先从回收站恢复。`);
  }
}

const periodOrder = `CASE period WHEN 'early' THEN 1 WHEN 'mid' THEN 2 WHEN 'late' THEN 3 ELSE 0 END`;

export function listPlan(db: Database.Database, year: number): PlanItem[] {
  const filter = { where: ['deleted_at IS NULL', 'year = @year'], params: { year } };
  return planItemTable.page(db, filter, { orderBy: `month, ${periodOrder}, id`, limit: 1000 }).items;
}

type CreateInput = ParsedInput<'plan.create'>;

export const createPlanItem = (db: Database.Database, input: CreateInput) => planItemTable.create(db, input);

/** Copies a year's live plan into an empty year, one audited row per item, all or nothing. */
export function copyPlanYear(db: Database.Database, fromYear: number, toYear: number): PlanItem[] {
  return db.transaction(() => {
    const existing = listPlan(db, toYear).length;
    if (existing > 0) {
      throw new ArchiveError(
        'CONFLICT',
        `${toYear}年已有 ${existing} 条计划事项，不能再复制；如需重新复制，请先删除该年度的计划事项。`,
      );
    }
    const source = listPlan(db, fromYear);
    if (source.length === 0) throw new ArchiveError('NOT_FOUND', `${fromYear}年没有可复制的计划事项。`);
    return source.map((p) =>
      createPlanItem(db, {
        year: toYear,
        month: p.month,
        period: p.period,
        title: p.title,
        activityType: p.activityType,
        description: p.description,
      }),
    );
  })();
}
