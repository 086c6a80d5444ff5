// Keyboard navigation: / search, j/k next/previous item, u up one level, ? help, Esc close.
export function installKeys(toggleHelp: (open?: boolean) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement | null;
    const typing =
      !!t &&
      (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
    if (e.key === 'Escape') {
      toggleHelp(false);
      if (typing) t?.blur();
      return;
    }
    if (typing) return;
    if (e.key === '/') {
      e.preventDefault();
      document.getElementById('search')?.focus();
    } else if (e.key === '?') {
      toggleHelp();
    } else if (e.key === 'j' || e.key === 'k') {
      const items = [...document.querySelectorAll<HTMLElement>('[data-nav="item"]')].filter(
        (el) => el.getClientRects().length > 0,
      );
      if (items.length === 0) return;
      const cur = items.findIndex((el) => el === document.activeElement);
      const next =
        cur < 0
          ? e.key === 'j'
            ? 0
            : items.length - 1
          : Math.min(items.length - 1, Math.max(0, cur + (e.key === 'j' ? 1 : -1)));
      items[next].focus();
      items[next].scrollIntoView({ block: 'nearest' });
      e.preventDefault();
    } else if (e.key === 'u') {
      document.querySelector<HTMLAnchorElement>('[data-up]')?.click();
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
