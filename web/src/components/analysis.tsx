// What analysis found in one article, as the article page and the analyze page show it: the text
// with spun wording highlighted (likely original on hover/focus) and malformed figures flagged,
// and the attributed statements.
import { useState } from 'preact/hooks';
import type { FigureItem, SpinItem, StatementFields, StatementItem } from '../api';
import { contentText } from '../../../src/report/content-text';
import { Section } from './common';
import { MarkedText, type Mark } from './marked-text';

export function AnalysedText({
  text,
  spin,
  figures,
  id = 'text',
}: {
  text: string;
  spin: SpinItem[];
  figures: FigureItem[];
  id?: string;
}) {
  const badFigures = figures.filter((f) => f.malformed);
  const marks: Mark[] = [
    ...spin.map((s) => ({
      start: s.start,
      end: s.end,
      class: 'spin',
      tip: `original: ${s.suggestion}`,
      label: 'spun wording',
    })),
    ...badFigures.map((f) => ({
      start: f.start,
      end: f.end,
      class: 'figure-bad',
      tip: 'malformed figure',
      label: 'malformed figure',
    })),
  ];
  return (
    <Section title="Text" id={id}>
      {marks.length > 0 && (
        <p class="muted">
          {spin.length > 0 && (
            <>
              <mark class="spin">Highlighted</mark> words look spun; hover or focus one to see the likely
              original.{' '}
            </>
          )}
          {badFigures.length > 0 && (
            <>
              <mark class="figure-bad">Flagged</mark> figures are malformed.
            </>
          )}
        </p>
      )}
      <div class="article-text" id="article-text">
        <MarkedText text={text} marks={marks} />
      </div>
    </Section>
  );
}

/**
 * Statements shown at first, and added by each press of "Show more": a transcript or a hostile
 * page of thousands of statements made a table of hundreds of thousands of elements, which took
 * the browser over a minute to lay out.
 */
export const STATEMENTS_SHOWN = 200;

function StatementRow({ s, nested = false }: { s: StatementFields; nested?: boolean }) {
  return (
    <tr class={nested ? 'nested' : undefined}>
      <td>
        {nested && <span aria-label="reported within the statement above">↳ </span>}
        {s.speaker_name ?? s.speaker?.text ?? 'unnamed'}
      </td>
      <td>{s.addressee?.text ?? '—'}</td>
      <td>
        <span class={`stance st-${s.stance}`}>{s.stance}</span>
        <span class="muted"> {s.type}</span>
      </td>
      <td>
        <q>{contentText(s.content)}</q>
      </td>
    </tr>
  );
}

export function StatementsTable({ statements }: { statements: StatementItem[] }) {
  const [shown, setShown] = useState(STATEMENTS_SHOWN);
  if (statements.length === 0) return null;
  const rest = statements.length - shown;
  return (
    <Section title={`Statements (${statements.length})`} id="statements">
      <div class="table-wrap">
        <table class="statements">
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              <th scope="col">To</th>
              <th scope="col">Stance</th>
              <th scope="col">Says</th>
            </tr>
          </thead>
          <tbody>
            {statements.slice(0, shown).flatMap((s, i) => [
              <StatementRow key={i} s={s} />,
              // Statements its content reports in turn, each in a row under it.
              ...(s.nested ?? []).map((n, j) => <StatementRow key={`${i}.${j}`} s={n} nested />),
            ])}
          </tbody>
        </table>
      </div>
      {rest > 0 && (
        <p>
          <button type="button" class="show-more" onClick={() => setShown(shown + STATEMENTS_SHOWN)}>
            Show {Math.min(rest, STATEMENTS_SHOWN)} more of {rest}
          </button>
        </p>
      )}
    </Section>
  );
}
