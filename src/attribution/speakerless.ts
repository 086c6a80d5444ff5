// Sources that name no one. The source finder takes the words before a cue; when what stands
// there is a clause of the narrator's ("Clinton faced | questions about", "It is wrong | to
// attribute"), a lone adverb or adjective ("Rather than | questions"), nobody in the text is said
// to say it: PolNeAR gives no source.

/**
 * Verbs that stir up or suffer talk, beyond word-forms.ts RECEIVING (which also finds cues):
 * "stoked speculation", "has endured questions", "garnered scrutiny" are said by others.
 */
export const STIRRING: ReadonlySet<string> = new Set([
  'stoke',
  'garner',
  'endure',
  'stir',
  'fan',
  'field',
  'drive',
  'generate',
  'ignite',
  'reignite',
  'revive',
  'weather',
  'elicit',
  'inspire',
]);
