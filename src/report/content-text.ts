// A statement's content as a reader takes it in: a quotation split by its cue ("“A,” he said,
// “B.”") reads as its pieces joined by an ellipsis, not as the covering range with the cue in it.

export function contentText(content: { text: string; fragments?: readonly { text: string }[] }): string {
  return content.fragments?.length ? content.fragments.map((f) => f.text).join(' … ') : content.text;
}
