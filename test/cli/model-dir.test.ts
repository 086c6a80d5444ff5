import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { defaultModelDir } from '../../src/cli/model.js';

test("a store's spin model lives beside a SQLite file, and in the working directory for PostgreSQL", () => {
  assert.equal(defaultModelDir('data/news.db'), path.join('data', 'news.spin-model'));
  assert.equal(defaultModelDir('postgres://u@db.example:5432/news'), 'news.spin-model');
  assert.equal(defaultModelDir('postgresql://u@db.example/news?schema=wire'), 'news-wire.spin-model');
  assert.equal(defaultModelDir('postgres://u@db.example/'), 'postgres.spin-model');
  assert.equal(defaultModelDir('postgres://u@db.example/a%2F..%2Fb'), 'a_.._b.spin-model');
});
