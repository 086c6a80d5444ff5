// One article analysed on its own, stored nowhere (POST /api/analyze): paste its text, see its
// spun wording with the likely originals, malformed figures, the text with the originals put
// back, and who says what in it.
import { useState } from 'preact/hooks';
import { postJson, type AnalyzeResult } from '../api';
import { AnalysedText, StatementsTable } from '../components/analysis';
import { Section, Status } from '../components/common';

export function AnalyzePage() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<AnalyzeResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    setLoading(true);
    setError(null);
    setResult(null);
    try {
      setResult(await postJson<AnalyzeResult>('/api/analyze', { text }));
    } catch (err) {
      setError(err as Error);
    } finally {
      setLoading(false);
    }
  };
  const spin = result?.spin ?? [];
  return (
    <>
      <h1>Analyze an article</h1>
      <p class="muted">
        Paste one article: unspin marks wording that looks machine-spun with its likely original, flags
        malformed figures and lists who says what. Nothing is stored.
      </p>
      <form class="analyze-form" onSubmit={submit}>
        <textarea
          name="text"
          rows={10}
          aria-label="Article text"
          placeholder="Article text"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" disabled={loading || !text.trim()}>
          Analyze
        </button>
      </form>
      <Status loading={loading} error={error}>
        {result && (
          <>
            <p class="muted" id="analyze-summary">
              {spin.length === 0
                ? 'No spun wording found.'
                : `${spin.length} spun ${spin.length === 1 ? 'phrase' : 'phrases'} found.`}
              {result.spin_verdict?.reads_spun &&
                ` The article reads as machine-spun (${result.spin_verdict.per_1000_words} per 1,000 words).`}
              {result.statements && ` ${result.statements.length} statements.`}
            </p>
            <AnalysedText text={result.text} spin={spin} figures={result.figures ?? []} id="analyzed" />
            {result.restored !== null && spin.length > 0 && (
              <Section title="With the likely original wording" id="restored">
                <div class="article-text" id="restored-text">
                  {result.restored}
                </div>
              </Section>
            )}
            <StatementsTable statements={result.statements ?? []} />
          </>
        )}
      </Status>
    </>
  );
}
