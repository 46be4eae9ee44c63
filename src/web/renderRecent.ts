export interface RecentEntry {
  readonly text: string;
  readonly value: string;
}

/** The last few answers, newest first: the paper trail a calculator's tape gives. */
export function renderRecent(
  list: HTMLElement,
  empty: HTMLElement,
  entries: readonly RecentEntry[],
): void {
  list.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('li');
      const text = document.createElement('span');
      text.className = 'recent-text';
      text.textContent = entry.text.endsWith('=') ? entry.text : `${entry.text} =`;
      const value = document.createElement('span');
      value.className = 'recent-value';
      value.textContent = entry.value;
      item.append(text, value);
      return item;
    }),
  );
  empty.hidden = entries.length > 0;
}
