import type { Activity } from '../../shared/contract/activities';
import type { Member } from '../../shared/contract/members';
import type { Call } from './client';
import { addDays, dayOf } from './dates';
import { deeds, liaisonVisits } from './deeds';
import { township } from './places';
import { proposals } from './proposals';
import type { Rng } from './random';
import { opinionReports } from './opinionReports';

export interface RecordCounts {
  proposals: number;
  proposalsAccepted: number;
  opinionReports: number;
  reportsAdopted: number;
  deeds: number;
  dutyRecords: number;
}

/** The members who can still sign and report: active, and not the ones who left. */
function serving(members: Member[]) {
  const active = members.filter((m) => m.status === 'active');
  return {
    active,
    from: (rng: Rng, sector: string) => rng.pick(active.filter((m) => m.sector === sector)),
    others: (rng: Rng, except: Member | null, n: number) =>
      rng.sample(
        active.filter((m) => m !== except),
        n,
      ),
  };
}

/** Proposals, opinion reports, deeds and hand-recorded duty items of the year. */
export async function writeRecords(
  call: Call,
  rng: Rng,
  year: number,
  members: Member[],
  held: Activity[],
): Promise<RecordCounts> {
  const who = serving(members);

  for (const [i, p] of proposals.entries()) {
    const lead = p.leadSector ? who.from(rng, p.leadSector) : null;
    const numbered = p.filing === 'accepted' || p.filing === 'not_accepted';
    await call('proposals.create', {
      year,
      session: township.session,
      number: numbered ? `第${String(rng.int(10, 299)).padStart(4, '0')}号` : null,
      title: p.title,
      category: p.category,
      content: p.content,
      leadMemberId: lead?.id ?? null,
      cosignerIds: who.others(rng, lead, p.cosigners).map((m) => m.id),
      submittedOn: dayOf(year, 1, 8 + i),
      filing: p.filing,
      mainUnit: p.mainUnit,
      assistUnits: p.assistUnits,
      replyOn: p.reply ? dayOf(year, ...p.reply) : null,
      result: p.result,
      satisfaction: p.satisfaction,
      notes: p.notes,
    });
  }

  for (const r of opinionReports) {
    const first = who.from(rng, r.sector);
    const submittedOn = dayOf(year, r.month, r.day);
    await call('opinionReports.create', {
      year,
      title: r.title,
      content: r.content,
      authorIds: [first, ...(r.coAuthor ? who.others(rng, first, 1) : [])].map((m) => m.id),
      submittedOn: r.status === 'draft' ? null : submittedOn,
      status: r.status,
      adoptedLevel: r.adoptedLevel,
      adoptedOn: r.adoptedLevel ? addDays(submittedOn, rng.int(7, 20)) : null,
      endorsement: r.endorsement?.text,
      endorsedBy: r.endorsement?.by,
      endorsedOn: r.endorsement ? addDays(submittedOn, r.endorsement.afterDays) : null,
    });
  }

  for (const d of deeds) {
    await call('deeds.create', {
      memberId: d.sector ? who.from(rng, d.sector).id : null,
      year,
      title: d.title,
      happenedOn: dayOf(year, d.month, d.day),
      content: d.content,
      source: d.source,
    });
  }

  // 一次挂钩活动 is credited by a reception day; most members without one record a village visit by hand.
  const received = new Set(
    held
      .filter((a) => a.type === 'reception')
      .flatMap((a) => a.participants.filter((p) => p.attendance === 'present').map((p) => p.memberId)),
  );
  let dutyRecords = 0;
  for (const m of who.active.filter((m) => !received.has(m.id))) {
    if (!rng.chance(0.6)) continue;
    const description = rng.pick(liaisonVisits).replace('{community}', m.linkedCommunity ?? '联系村');
    await call('dutyRecords.create', {
      memberId: m.id,
      year,
      itemCode: 'liaison',
      doneOn: dayOf(year, rng.int(3, 10), rng.int(1, 28)),
      description,
      evidence: '走访记录表、现场照片',
    });
    dutyRecords++;
  }

  return {
    proposals: proposals.length,
    proposalsAccepted: proposals.filter((p) => p.filing === 'accepted').length,
    opinionReports: opinionReports.length,
    reportsAdopted: opinionReports.filter((r) => r.status === 'adopted').length,
    deeds: deeds.length,
    dutyRecords,
  };
}
