import type Database from 'better-sqlite3';
import type { YearEndCheck, YearEndChecklist } from '../../shared/contract/yearEnd';
import { DocumentKind } from '../../shared/enums';
import { figureDifferences } from '../drafts/drafts';
import { yearStats } from '../stats/yearStats';

/** At most this many titles are named in a detail; the rest are counted. */
const NAMED = 3;

const quarterNames = ['第一季度', '第二季度', '第三季度', '第四季度'];

function named(titles: string[]): string {
  const shown = titles.slice(0, NAMED).map((t) => `“${t}”`);
  return titles.length > NAMED ? `${shown.join('、')}等 ${titles.length} 项` : shown.join('、');
}

function titles(db: Database.Database, sql: string, year: number): string[] {
  return (db.prepare(sql).all(year) as { title: string }[]).map((r) => r.title);
}

/**
 * A plan or summary counts once it has text: an empty draft does not go into the volume. The
 * newest one's figures are checked against the data: a number its text still states that the
 * data no longer gives is named, not printed silently.
 */
function documentCheck(
  db: Database.Database,
  year: number,
  key: YearEndCheck['key'],
  kind: 'annual_summary' | 'half_year_summary' | 'annual_plan',
  missing: string,
): YearEndCheck {
  const found = db
    .prepare(
      `SELECT title, body FROM documents
       WHERE deleted_at IS NULL AND year = ? AND kind = '${kind}' AND length(trim(body)) > 0 ORDER BY updated_at DESC, id DESC`,
    )
    .all(year) as { title: string; body: string }[];
  const label = DocumentKind.label(kind);
  const base = { key, label, link: 'documents' as const };
  if (!found.length) return { ...base, ok: false, detail: missing };
  const wrong = figureDifferences(db, kind, year, found[0].body);
  if (wrong.length)
    return {
      ...base,
      ok: false,
      detail:
        `“${found[0].title}”中有 ${wrong.length} 处数字与档案数据不一致：` +
        wrong
          .slice(0, NAMED)
          .map((d) => `${d.label}写的是 ${d.inText}，数据是 ${d.inData}`)
          .join('；') +
        (wrong.length > NAMED ? ' 等' : ''),
    };
  return { ...base, ok: true, detail: `已有${named(found.map((d) => d.title))}` };
}

/**
 * The volume's 工作计划 section prints the plan as written (a document of kind 年度工作计划) after
 * the table of plan items: say which of the two the year has and what is still wanted, plainly.
 */
function annualPlanMissing(db: Database.Database, year: number): string {
  const items = db
    .prepare('SELECT count(*) FROM plan_items WHERE deleted_at IS NULL AND year = ?')
    .pluck()
    .get(year) as number;
  return items > 0
    ? `已在“年度计划”中列出 ${items} 项计划事项；档案册还要收一份成文的年度工作计划：可先“生成年度计划初稿”（按这些计划事项起草），修改后保存`
    : '还没有成文的年度工作计划：可先在“年度计划”中逐项列出计划的活动，再“生成年度计划初稿”；或在“文档”中新增一份“年度工作计划”';
}

const HELD = `deleted_at IS NULL AND year = ? AND status = 'held'`;

/** The year's held activities lacking something (`lacking`, over the activity `a`), named; or all complete. */
function heldActivities(
  db: Database.Database,
  year: number,
  held: number,
  check: { key: YearEndCheck['key']; label: string; lacking: string; lack: string; complete: (held: number) => string },
): YearEndCheck {
  const lacking = titles(
    db,
    `SELECT title FROM activities a WHERE ${HELD} AND ${check.lacking} ORDER BY starts_on, id`,
    year,
  );
  const complete = held > 0 ? check.complete(held) : '本年度还没有已开展的活动';
  return {
    key: check.key,
    ok: lacking.length === 0,
    label: check.label,
    detail: lacking.length > 0 ? `${lacking.length} 次${check.lack}：${named(lacking)}` : complete,
    link: 'activities',
  };
}

const activityRecords = (db: Database.Database, year: number, held: number) =>
  heldActivities(db, year, held, {
    key: 'activityRecords',
    label: '活动记录（内容、参加人员）',
    lacking: `(length(trim(coalesce(content, ''))) = 0
              OR NOT EXISTS (SELECT 1 FROM activity_participants p WHERE p.activity_id = a.id))`,
    lack: '已开展的活动没有填写活动内容或参加人员',
    complete: (n) => `${n} 次已开展的活动都有内容和参加人员`,
  });

const fourFixes = (db: Database.Database, year: number, held: number) =>
  heldActivities(db, year, held, {
    key: 'fourFixes',
    label: '活动“四落实”（时间、地点、内容、责任人）',
    lacking: `(length(trim(coalesce(place, ''))) = 0 OR length(trim(coalesce(responsible, ''))) = 0)`,
    lack: '活动缺少地点或责任人',
    complete: () => '已开展的活动都填写了地点和责任人',
  });

/** A plan item is done once an activity linked to it has been held (as plan.list derives it). */
function planItems(db: Database.Database, year: number): YearEndCheck {
  const rows = db
    .prepare(
      `SELECT p.month, p.title,
              EXISTS (SELECT 1 FROM activities a WHERE a.plan_item_id = p.id AND a.deleted_at IS NULL AND a.status = 'held') AS done
       FROM plan_items p WHERE p.deleted_at IS NULL AND p.year = ? ORDER BY p.month, p.id`,
    )
    .all(year) as { month: number; title: string; done: number }[];
  const open = rows.filter((r) => !r.done).map((r) => `${r.month}月 ${r.title}`);
  return {
    key: 'planItems',
    ok: rows.length > 0 && open.length === 0,
    label: '年度计划事项落实',
    detail:
      rows.length === 0
        ? '年度计划中还没有列出事项'
        : open.length > 0
          ? `${rows.length} 项计划中有 ${open.length} 项还没有落实（没有关联已开展的活动）：${named(open)}`
          : `${rows.length} 项计划都已落实`,
    link: 'plans',
  };
}

function proposalResults(db: Database.Database, year: number): YearEndCheck {
  // 不立案 and 转社情民意 end there; only a pending filing or an accepted one without its handling result is open.
  const open = titles(
    db,
    `SELECT title FROM proposals WHERE deleted_at IS NULL AND year = ?
       AND (filing = 'pending' OR (filing = 'accepted' AND result IS NULL))
     ORDER BY submitted_on, id`,
    year,
  );
  return {
    key: 'proposalResults',
    ok: open.length === 0,
    label: '提案立案与办理结果',
    detail:
      open.length > 0
        ? `${open.length} 件提案还没有登记立案结果或办理结果：${named(open)}`
        : '提案都已登记立案和办理结果',
    link: 'proposals',
  };
}

function reportDrafts(db: Database.Database, year: number): YearEndCheck {
  const drafts = titles(
    db,
    `SELECT title FROM opinion_reports WHERE deleted_at IS NULL AND year = ? AND status = 'draft' ORDER BY id`,
    year,
  );
  return {
    key: 'reportDrafts',
    ok: drafts.length === 0,
    label: '社情民意报送',
    detail: drafts.length > 0 ? `${drafts.length} 篇社情民意还是草稿，尚未报送：${named(drafts)}` : '没有未报送的草稿',
    link: 'opinionReports',
  };
}

/**
 * What the year's volume still lacks, item by item, each pointing at the section where the clerk
 * fixes it: "活动有记载、档案都齐全".
 */
export function yearEndChecklist(db: Database.Database, year: number): YearEndChecklist {
  const stats = yearStats(db, year);
  const { held, quartersWithout, collective, collectiveRequired } = stats.activities;
  const serving = stats.participation.members.length;
  const behind = stats.behind.length;
  const items: YearEndCheck[] = [
    documentCheck(db, year, 'annualSummary', 'annual_summary', '还没有年度工作总结，可先“生成年度总结初稿”再修改'),
    documentCheck(db, year, 'halfYearSummary', 'half_year_summary', '还没有半年工作小结，可先“生成半年小结初稿”再修改'),
    documentCheck(db, year, 'annualPlan', 'annual_plan', annualPlanMissing(db, year)),
    activityRecords(db, year, held),
    fourFixes(db, year, held),
    planItems(db, year),
    {
      key: 'quarters',
      ok: quartersWithout.length === 0,
      label: '每季度至少开展一次活动',
      detail:
        quartersWithout.length > 0
          ? `${quartersWithout.map((q) => quarterNames[q - 1]).join('、')}没有已开展的活动`
          : '四个季度都开展了活动',
      link: 'activities',
    },
    {
      key: 'collective',
      ok: collective >= collectiveRequired,
      label: `年内集体活动不少于 ${collectiveRequired} 次`,
      detail:
        collective >= collectiveRequired
          ? `已开展集体活动 ${collective} 次`
          : `已开展集体活动 ${collective} 次，还差 ${collectiveRequired - collective} 次`,
      link: 'activities',
    },
    {
      key: 'memberDuties',
      ok: behind === 0,
      label: '委员履职完成情况',
      detail:
        behind > 0
          ? `${serving} 位委员中有 ${behind} 位还有履职事项未完成`
          : serving > 0
            ? `${serving} 位委员的履职事项都已完成`
            : '本年度没有在任委员',
      link: 'duties',
    },
    proposalResults(db, year),
    reportDrafts(db, year),
  ];
  return { year, items, open: items.filter((i) => !i.ok).length };
}
