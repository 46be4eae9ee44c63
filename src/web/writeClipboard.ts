/**
 * Puts text on the clipboard in each of the given types (`text/plain`, `text/html`): the
 * Clipboard API where the page may use it, else a copy command, which also works where
 * the API is missing (a page served over plain http on the local network). Rejects when
 * the browser lets neither copy.
 */
export async function writeClipboard(data: Readonly<Record<string, string>>): Promise<void> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  try {
    if (clipboard && typeof ClipboardItem === 'function') {
      const blobs = Object.entries(data).map(([type, text]) => [type, new Blob([text], { type })]);
      await clipboard.write([new ClipboardItem(Object.fromEntries(blobs))]);
      return;
    }
    if (clipboard && Object.keys(data).length === 1 && data['text/plain'] !== undefined) {
      await clipboard.writeText(data['text/plain']);
      return;
    }
  } catch {
    // Refused (no permission, or the page lost focus): the copy command may still work.
  }
  if (!copyCommand(data)) throw new Error('the browser did not let the page copy');
}

function copyCommand(data: Readonly<Record<string, string>>): boolean {
  let copied = false;
  const onCopy = (e: ClipboardEvent): void => {
    if (!e.clipboardData) return;
    for (const [type, text] of Object.entries(data)) e.clipboardData.setData(type, text);
    e.preventDefault();
    copied = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy') && copied;
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
