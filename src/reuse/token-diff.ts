// Word-level diff of two token sequences (LCS), giving matched words and substitution gaps.
// Shared by the copy classifier and the change report.

export interface Gap {
  /** Copy-side token positions [a0, a1) and source-side [b0, b1) (indices into the given arrays). */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

export interface Diff {
  matched: number;
  gaps: Gap[];
}

/** LCS diff of two string sequences; gaps are the unmatched stretches between matches. */
export function diffSequences(a: string[], b: string[]): Diff {
  const n = a.length;
  const m = b.length;
  // Trim the common prefix and suffix first: most copy sentences differ in a few places.
  let pre = 0;
  while (pre < n && pre < m && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < n - pre && suf < m - pre && a[n - 1 - suf] === b[m - 1 - suf]) suf++;
  const an = n - pre - suf;
  const bm = m - pre - suf;
  const dp = new Uint16Array((an + 1) * (bm + 1));
  const W = bm + 1;
  for (let i = an - 1; i >= 0; i--) {
    for (let j = bm - 1; j >= 0; j--) {
      dp[i * W + j] =
        a[pre + i] === b[pre + j]
          ? dp[(i + 1) * W + j + 1] + 1
          : Math.max(dp[(i + 1) * W + j], dp[i * W + j + 1]);
    }
  }
  const gaps: Gap[] = [];
  let i = 0;
  let j = 0;
  let gi = 0;
  let gj = 0;
  let matched = pre + suf;
  const close = () => {
    if (i > gi || j > gj) gaps.push({ a0: pre + gi, a1: pre + i, b0: pre + gj, b1: pre + j });
  };
  while (i < an && j < bm) {
    if (a[pre + i] === b[pre + j]) {
      close();
      matched++;
      i++;
      j++;
      gi = i;
      gj = j;
    } else if (dp[(i + 1) * W + j] >= dp[i * W + j + 1]) i++;
    else j++;
  }
  i = an;
  j = bm;
  close();
  return { matched, gaps };
}
