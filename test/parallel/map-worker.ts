// Worker module for ordered-map.test.ts: doubles numbers; 13 throws, 666 stops the thread.
import { serveChunks } from '../../src/parallel/ordered-map.js';
import { double } from './double.js';

serveChunks((n: number) => {
  if (n === 666) process.exit(3); // in a worker thread this ends the thread alone
  return double(n);
});
