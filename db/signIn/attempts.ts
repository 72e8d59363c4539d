/** Wrong last-4-digit attempts: per member (someone guessing one member's digits) and per phone address (one phone guessing many members). */
export const WRONG_DIGITS_PER_MEMBER = 5;
export const WRONG_DIGITS_PER_CLIENT = 10;

export function wrongDigitCounter() {
  const byMember = new Map<number, number>();
  const byClient = new Map<string, number>();
  return {
    locked(memberId: number, client: string): 'member' | 'client' | null {
      if ((byMember.get(memberId) ?? 0) >= WRONG_DIGITS_PER_MEMBER) return 'member';
      if ((byClient.get(client) ?? 0) >= WRONG_DIGITS_PER_CLIENT) return 'client';
      return null;
    },
    /** Records one wrong attempt; returns how many the member has left. */
    wrong(memberId: number, client: string): number {
      const m = (byMember.get(memberId) ?? 0) + 1;
      byMember.set(memberId, m);
      byClient.set(client, (byClient.get(client) ?? 0) + 1);
      return Math.max(0, WRONG_DIGITS_PER_MEMBER - m);
    },
  };
}
