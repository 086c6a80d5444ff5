// Witnesses: an article's other links, asked which side of a pair whose text shows no direction
// they take. Family readings, closeness and wording each count votes their own way; which
// witnesses are asked and how many votes decide is shared here.
import type { Link } from './relation.js';

/** Witnesses read per undecided link, strongest first: each costs an alignment or two. */
export const MAX_WITNESSES = 6;

/** Votes between the traced article ('self') and the linked article ('other'). */
export interface SideVotes {
  self: number;
  other: number;
}

/** The article's strongest links other than `link`, at most MAX_WITNESSES. */
export function witnessesOf(link: Link, links: Link[]): Link[] {
  return links
    .filter((w) => w !== link)
    .sort((x, y) => y.strength - x.strength)
    .slice(0, MAX_WITNESSES);
}

/** The side with at least `minVotes` votes and `ratio` times the other side's, or null. */
export function clearSide(votes: SideVotes, minVotes: number, ratio: number): 'self' | 'other' | null {
  if (votes.self >= minVotes && votes.self >= ratio * votes.other) return 'self';
  if (votes.other >= minVotes && votes.other >= ratio * votes.self) return 'other';
  return null;
}
