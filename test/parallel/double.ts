// The function ordered-map.test.ts maps, in the calling thread and in map-worker.ts.
export function double(n: number): number {
  if (n === 13) throw new Error('unlucky');
  return 2 * n;
}
