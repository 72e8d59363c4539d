/** A member named on a record, with the name for display (kept when the member is later deleted). */
export interface NamedMember {
  memberId: number;
  name: string;
}
