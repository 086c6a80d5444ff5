import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInputs } from '../../src/input/read.js';
import { feedDate } from '../../src/input/feed.js';
import type { Article } from '../../src/model.js';

async function readAll(inputs: string[]): Promise<{ articles: Article[]; errors: string[] }> {
  const errors: string[] = [];
  const articles: Article[] = [];
  for await (const a of readInputs(inputs, { onError: (m) => errors.push(m) })) articles.push(a);
  return { articles, errors };
}

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Riverside Daily</title>
<item><title>Bridge closes</title><link>https://daily.example/bridge</link><guid>daily-1</guid>
<pubDate>Tue, 07 May 2024 09:00:00 GMT</pubDate><description>Short summary.</description>
<content:encoded><![CDATA[<p>The council voted to close the bridge.</p><script>alert("x")</script><p>Engineers found cracks.</p>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://daily.example/2</link><pubDate>Wed, 08 May 2024 08:30:00 +0100</pubDate>
<description>&lt;p&gt;Repairs start in &lt;b&gt;June&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Bad date</title><pubDate>someday</pubDate><description>Text.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire Desk</title>
<entry><id>urn:wire:1</id><title>Talks fail</title><link rel="alternate" href="https://wire.example/1"/>
<published>2024-05-07T10:00:00Z</published><summary>Summary only.</summary>
<content type="html">&lt;p&gt;Talks failed on Tuesday.&lt;/p&gt;&lt;p&gt;More talks follow.&lt;/p&gt;</content></entry>
<entry><id>urn:wire:2</id><title>Plain</title><updated>2024-05-08</updated><summary type="text">Kirby said the plan was real &lt;not a tag&gt;.</summary></entry>
<entry><id>urn:wire:3</id><title>Markup</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Stoltenberg warned of <b>serious</b> costs.</p></div></content></entry>
<entry><id>urn:wire:4</id><title>Empty</title></entry>
</feed>`;

test('RSS and Atom feeds: one article per item, full content before summary, HTML reduced to text', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-feed-'));
  writeFileSync(path.join(dir, 'daily.rss'), RSS);
  writeFileSync(path.join(dir, 'wire.atom'), ATOM);
  writeFileSync(
    path.join(dir, 'sitemap.xml'),
    '<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>',
  );
  const { articles, errors } = await readAll([dir]);
  const label = (e: string): string => e.replace(dir + path.sep, '');
  assert.deepEqual(errors.map(label), [
    'daily.rss:8: unparseable date "someday"',
    'sitemap.xml: not an RSS or Atom feed',
    'wire.atom:8: item without content, description or summary',
  ]);
  assert.deepEqual(
    articles.map((a) => [a.id, a.date, a.title, a.url, a.outlet, a.text]),
    [
      [
        'daily-1',
        '2024-05-07T09:00:00Z',
        'Bridge closes',
        'https://daily.example/bridge',
        'Riverside Daily',
        'The council voted to close the bridge.\n\nEngineers found cracks.',
      ],
      [
        'https://daily.example/2',
        '2024-05-08T07:30:00Z',
        'Only a summary',
        'https://daily.example/2',
        'Riverside Daily',
        'Repairs start in June.',
      ],
      [
        'urn:wire:1',
        '2024-05-07T10:00:00Z',
        'Talks fail',
        'https://wire.example/1',
        'Wire Desk',
        'Talks failed on Tuesday.\n\nMore talks follow.',
      ],
      ['urn:wire:2', '2024-05-08', 'Plain', null, 'Wire Desk', 'Kirby said the plan was real <not a tag>.'],
      ['urn:wire:3', null, 'Markup', null, 'Wire Desk', 'Stoltenberg warned of serious costs.'],
    ],
  );
});

test('feeds: hostile nesting is refused before parsing; dates in RFC 822 and ISO 8601', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-feed-'));
  const deep = `<rss><channel>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}</channel></rss>`;
  writeFileSync(path.join(dir, 'deep.rss'), deep);
  const nested = `<rss><channel><item><guid>1</guid><description>${'&lt;div&gt;'.repeat(5_000)}x</description></item></channel></rss>`;
  writeFileSync(path.join(dir, 'nested.rss'), nested);
  const { articles, errors } = await readAll([dir]);
  assert.deepEqual(articles, []);
  assert.deepEqual(
    errors.map((e) => e.replace(dir + path.sep, '')),
    [
      'deep.rss: feed nested more than 256 elements deep',
      'nested.rss:1: HTML nested more than 256 elements deep',
    ],
  );
  assert.equal(feedDate('Tue, 07 May 2024 09:00:00 GMT'), '2024-05-07T09:00:00Z');
  assert.equal(feedDate('2024-05-07'), '2024-05-07');
  assert.equal(feedDate(null), null);
  assert.throws(() => feedDate('soon'), /unparseable date/);
});
