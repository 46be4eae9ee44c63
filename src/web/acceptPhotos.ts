export interface PhotoDoors {
  /** Opens the file picker; on a phone the picker offers the camera too. */
  readonly button: HTMLButtonElement;
  readonly input: HTMLInputElement;
  /** Where a picture may be dropped. */
  readonly dropZone: HTMLElement;
}

/**
 * Every way a user hands the page a picture: the Photo button, a file dropped on the
 * surface, an image pasted anywhere. Each gives `onFile` one file, preferring an image
 * when several arrive (a non-image is passed on, so the user hears why it cannot be read).
 */
export function acceptPhotos(doors: PhotoDoors, onFile: (file: File) => void): void {
  const { button, input, dropZone } = doors;
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Choosing the same file again must fire `change` again.
    input.value = '';
    if (file) onFile(file);
  });
  dropZone.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    dropZone.dataset.dropping = 'true';
  });
  dropZone.addEventListener('dragleave', () => delete dropZone.dataset.dropping);
  dropZone.addEventListener('drop', (e) => {
    delete dropZone.dataset.dropping;
    const file = pick(e.dataTransfer?.files);
    if (!file) return;
    e.preventDefault();
    onFile(file);
  });
  // Pasted text is left to the page: only a pasted file is taken.
  document.addEventListener('paste', (e) => {
    const file = pick(e.clipboardData?.files);
    if (!file) return;
    e.preventDefault();
    onFile(file);
  });
}

function pick(files: FileList | null | undefined): File | null {
  const all = [...(files ?? [])];
  return all.find((f) => f.type.startsWith('image/')) ?? all[0] ?? null;
}
