// Closed-class verb words the clause rules read: auxiliaries and modals that make the words around
// them a clause ("…, said Trump's nomination will test …").

/** Finite auxiliaries and modals. */
export const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'has',
  'have',
  'had',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'does',
  'did',
]);
