// Reads a model file as the training scripts write it (JSON: labels, bits, slots, weights rounded to
// 1/1000, and extra fields such as the filter's threshold) straight into flat arrays: JSON.parse
// would build one small array per slot (234,000 for the cue tagger), most of the load time.
import { readFileSync } from 'node:fs';
import { loadModelFrom, type FlatModel, type LoadedModel, type PerceptronModel } from './perceptron.js';

const SLOTS_KEY = '"slots":[';
const WEIGHTS_KEY = '"weights":[';

/** Digits of an integer before which the scaled weight could exceed 2^53 (never in trained files). */
const MAX_DIGITS = 12;

/** Slot numbers of text[from, to) ("1,4,9"), or null when they are not plain integers. */
function parseSlots(text: string, from: number, to: number): Float64Array | null {
  const out: number[] = [];
  let at = from;
  while (at < to) {
    let value = 0;
    let digits = 0;
    for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at)) {
      value = value * 10 + (c - 48);
      digits++;
    }
    if (digits === 0 || digits > MAX_DIGITS) return null;
    out.push(value);
    if (at < to && text.charCodeAt(at++) !== 44 /* , */) return null;
  }
  return Float64Array.from(out);
}

/**
 * Rows of `n` weights ("[0.973,-0.973,0],[...]") as one flat array, or null when a row has another
 * length or a number has more than 3 decimals or an exponent. A weight with at most 3 decimals is
 * m / 1000 for an integer m, and that division rounds as JSON.parse does (both give the double
 * nearest the decimal), so the weights are those JSON.parse would give.
 */
function parseWeights(text: string, from: number, to: number, n: number, rows: number): Float64Array | null {
  const out = new Float64Array(rows * n);
  let at = from;
  let k = 0;
  for (let r = 0; r < rows; r++) {
    if (text.charCodeAt(at++) !== 91 /* [ */) return null;
    for (let j = 0; j < n; j++) {
      const negative = text.charCodeAt(at) === 45; /* - */
      if (negative) at++;
      let whole = 0;
      let digits = 0;
      for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at)) {
        whole = whole * 10 + (c - 48);
        digits++;
      }
      if (digits === 0 || digits > MAX_DIGITS) return null;
      let thousandths = 0;
      if (text.charCodeAt(at) === 46 /* . */) {
        at++;
        let places = 0;
        for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at)) {
          if (++places > 3) return null;
          thousandths = thousandths * 10 + (c - 48);
        }
        if (places === 0) return null;
        for (; places < 3; places++) thousandths *= 10;
      }
      const m = whole * 1000 + thousandths;
      out[k++] = (negative ? -m : m) / 1000;
      if (text.charCodeAt(at++) !== (j + 1 < n ? 44 : 93) /* , or ] */) return null;
    }
    if (r + 1 < rows && text.charCodeAt(at++) !== 44) return null;
  }
  return at === to ? out : null;
}

/** The model and the file's other fields, read as JSON.parse would read them. */
export function parseModelFile(text: string): { model: FlatModel; fields: Record<string, unknown> } {
  const slotsAt = text.indexOf(SLOTS_KEY);
  const weightsAt = text.indexOf(WEIGHTS_KEY);
  if (slotsAt > 0 && weightsAt > slotsAt) {
    const slotsFrom = slotsAt + SLOTS_KEY.length;
    const slotsTo = text.indexOf(']', slotsFrom);
    const weightsFrom = weightsAt + WEIGHTS_KEY.length;
    const weightsTo = text.indexOf(']]', weightsFrom) + 1;
    if (slotsTo > 0 && slotsTo < weightsAt && weightsTo > 0) {
      // The other fields (labels, bits, threshold) with both arrays left empty.
      const fields = JSON.parse(
        text.slice(0, slotsFrom) + text.slice(slotsTo, weightsFrom) + text.slice(weightsTo),
      ) as Record<string, unknown> & { labels: string[]; bits: number };
      const slots = parseSlots(text, slotsFrom, slotsTo);
      const weights = slots && parseWeights(text, weightsFrom, weightsTo, fields.labels.length, slots.length);
      if (slots && weights)
        return { model: { labels: fields.labels, bits: fields.bits, slots, weights }, fields };
    }
  }
  // Any other layout: JSON.parse.
  const json = JSON.parse(text) as PerceptronModel & Record<string, unknown>;
  const n = json.labels.length;
  const weights = new Float64Array(json.slots.length * n);
  json.weights.forEach((row, k) => weights.set(row.slice(0, n), k * n));
  return { model: { labels: json.labels, bits: json.bits, slots: json.slots, weights }, fields: json };
}

/** Reads and loads a model file; `fields` holds its other fields (the filter's threshold). */
export function readModelFile(path: string): { model: LoadedModel; fields: Record<string, unknown> } {
  // The files are ASCII, which latin1 decodes faster than UTF-8; anything else is read as UTF-8.
  const bytes = readFileSync(path);
  let text = bytes.toString('latin1');
  if (/[\x80-\xff]/.test(text)) text = bytes.toString('utf8');
  const { model, fields } = parseModelFile(text);
  return { model: loadModelFrom(model), fields };
}
