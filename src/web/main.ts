// The page's controller: ink in, recognition out, and everything the user sees kept in
// step with the current ink. Every ink change bumps a revision; an answer for an older
// revision is dropped, and the text row says "pending" until the current one is shown.
import { resultError, type ResultError } from '../pipeline/errors.ts';
import { EMPTY_RECOGNITION, type RecognitionWithImages } from '../pipeline/recognize.ts';
import { scratchOut } from '../pipeline/ink/scratchOut.ts';
import { symbolsNotRead } from '../pipeline/score/symbolsNotRead.ts';
import type { Ink, Stroke } from '../pipeline/types.ts';
import { acceptPhotos } from './acceptPhotos.ts';
import { changedInk } from './changedInk.ts';
import { composeScene } from './composeScene.ts';
import {
  correctRecognition,
  symbolKey,
  type Shown,
  type ShownReading,
} from './correctRecognition.ts';
import { createAlternatives } from './createAlternatives.ts';
import { createCorrectionStore, type KeyValueStorage } from './createCorrectionStore.ts';
import { createInkHistory } from './createInkHistory.ts';
import { createInkSurface } from './createInkSurface.ts';
import { createRecognizer, Superseded, type RecognizerStatus } from './createRecognizer.ts';
import { createSheetStore, type SheetState } from './createSheetStore.ts';
import { describeResult } from './describeResult.ts';
import { keepOffline } from './keepOffline.ts';
import { newestLine } from './newestLine.ts';
import { openPhoto, PhotoError, type Photo } from './openPhoto.ts';
import { pageHeight } from './pageHeight.ts';
import { readSheetRecord } from './readSheetRecord.ts';
import { renderGuesses } from './renderGuesses.ts';
import { renderLines } from './renderLines.ts';
import { renderReadout } from './renderReadout.ts';
import { renderRecent, type RecentEntry } from './renderRecent.ts';
import { sheetLatex } from './sheetLatex.ts';
import { sheetMathml } from './sheetMathml.ts';
import { sheetRecord } from './sheetRecord.ts';
import { sheetRoom } from './sheetRoom.ts';
import { sheetText } from './sheetText.ts';
import { writeClipboard } from './writeClipboard.ts';

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`index.html lacks ${selector}`);
  return el;
};

const canvas = $<HTMLCanvasElement>('[data-testid=ink-canvas]');
const readoutBox = $('.readout');
const readout = {
  text: $('[data-testid=recognized-text]'),
  answer: $('.answer'),
  value: $('[data-testid=result-value]'),
  message: $('[data-testid=result-error]'),
  tip: $('#tip'),
};
const undoButton = $<HTMLButtonElement>('[data-testid=undo]');
const redoButton = $<HTMLButtonElement>('[data-testid=redo]');
const clearButton = $<HTMLButtonElement>('[data-testid=clear]');
const eraserButton = $<HTMLButtonElement>('[data-testid=eraser]');
const copyButton = $<HTMLButtonElement>('[data-testid=copy]');
const copyLatexButton = $<HTMLButtonElement>('[data-testid=copy-latex]');
const sheetStatus = $('#sheet-status');
const sheetKept = $('#sheet-kept');
const hint = $('#hint');
const announcer = $('#announcer');
const engine = $('#engine');
const engineText = $('#engine-text');
const modelNote = $('#model-note');
const guesses = $('#guesses');
const recentList = $('#recent');
const recentEmpty = $('#recent-empty');
const learned = $('#learned');
const learnedText = $('#learned-text');
const forgetButton = $<HTMLButtonElement>('#forget');
const sheet = { list: $('#sheet'), empty: $('#sheet-empty') };
const drawingLabel = canvas.getAttribute('aria-label') ?? '';
const readoutLabel = readout.text.getAttribute('aria-label') ?? '';

const history = createInkHistory<Photo>();
const taught = createCorrectionStore(localStorageOrNull());
const kept = createSheetStore(indexedDbOrNull(), showKept);
// Nothing is written until the sheet an earlier visit kept has been read, or it would be
// overwritten by the strokes drawn while it loads.
let sheetLoaded = false;
const corrections = new Map<string, string>();
// The doubtful layouts the user chose to read the other way, by Shown.layoutKey.
const layouts = new Set<string>();
let labels: readonly string[] = [];
let revision = 0;
let latest: RecognitionWithImages = EMPTY_RECOGNITION;
// What `latest` read: its symbols' stroke indexes count in this ink.
let read: { readonly ink: Ink; readonly photo: Photo | null } = { ink: [], photo: null };
let shown: Shown = EMPTY_RECOGNITION;
// The line the readout shows: that of the newest stroke, or one the user picked from the
// list of lines (until the ink changes); `offset` counts its first symbol in shown.symbols.
let focus = { line: -1, offset: 0 };
let picked: number | null = null;
let lastAnnounced = '';
// One entry per line of a drawing (from one clear to the next), updated as it changes.
let drawing = 0;
const recent: (RecentEntry & { key: string })[] = [];

const surface = createInkSurface(canvas, {
  onStroke: penUp,
  onErase: (strokes) => erase(strokes, null),
});
// Shown by styles.css only while the sheet is zoomed.
$('[data-testid=zoom-reset]').addEventListener('click', () => (surface.zoom = 1));

const alternatives = createAlternatives(
  {
    popover: $('#alternatives'),
    title: $('#alternatives-title'),
    list: $('#alternatives-list'),
    keypad: $('#keypad'),
    showSeen: $<HTMLButtonElement>('#show-seen'),
    seen: $<HTMLCanvasElement>('#seen'),
  },
  // The model's own labels, reported by the recognizer in either mode: a model with other
  // symbols gets a keypad of those.
  () => labels,
  // The readout's index counts in the line it shows.
  (index, symbol) => {
    const target = shownLine().symbols[index];
    if (!target) return;
    corrections.set(symbolKey(target, read.ink, read.photo?.id ?? null), symbol);
    persist();
    // The image the model saw for this symbol: later symbols drawn like it lean the same way.
    const image = latest.images?.[focus.offset + index];
    if (image && recognizer.learn(image, symbol)) {
      taught.add({ image, label: symbol });
      showLearned();
    }
    present();
    readout.text.querySelector<HTMLButtonElement>(`[data-index="${index}"]`)?.focus();
  },
  () => present(),
);

const recognizer = createRecognizer((status: RecognizerStatus) => {
  engine.dataset.mode = status.mode;
  if (status.labels) {
    labels = status.labels;
    // A user's model may know fewer symbols than the app reads: say so before they are drawn.
    const missing = symbolsNotRead(labels);
    modelNote.hidden = missing.length === 0;
    modelNote.textContent = `This model cannot read ${missing.join(' ')}: those come back as unreadable.`;
  }
  if (status.mode === 'browser') {
    engineText.textContent = 'Runs on your device';
    // What this user taught on earlier visits, before the first drawing is read.
    for (const c of taught.all) recognizer.learn(c.image, c.label);
    showLearned();
    // Only now: offline use needs the in-browser model, and the service worker's downloads
    // of the runtime and model must not compete with the page's own first ones.
    keepOffline(() => {
      document.body.dataset.offlineReady = 'true';
      engine.dataset.offline = 'true';
      engine.title = 'Runs on your device, and opens with no network once visited';
    });
  } else if (status.mode === 'server') {
    engineText.textContent = 'Using the server';
    engine.title = `The in-browser recogniser is unavailable: ${status.reason ?? 'unknown reason'}`;
  }
  document.body.dataset.recognizer = status.mode;
  // Milliseconds since navigation: the start-up budget the tests hold the page to.
  document.body.dataset.recognizerReadyMs = String(Math.round(performance.now()));
  document.body.dataset.recognizerReady = 'true';
});

/**
 * A finished stroke: a scratch-out removes the strokes it covers and is no ink; a stroke
 * the sheet has no room for is refused, saying so; anything else is written.
 */
function penUp(stroke: Stroke): void {
  const covered = history.photo ? null : scratchOut(stroke, history.ink);
  if (covered) {
    erase(
      covered.map((i) => history.ink[i]!),
      stroke,
    );
    return;
  }
  const full = sheetRoom(history.photo ? [] : history.ink, stroke);
  if (full) {
    surface.fadeOut([stroke]);
    say(full, 'full');
    return;
  }
  history.add(stroke);
  inkChanged();
}

/** Removes strokes (one step to undo), fading them out with the scratch that took them. */
function erase(strokes: readonly Stroke[], scratch: Stroke | null): void {
  if (!history.erase(new Set(strokes))) {
    if (scratch) surface.fadeOut([scratch]);
    return;
  }
  surface.fadeOut(scratch ? [...strokes, scratch] : strokes);
  inkChanged();
  const n = strokes.length;
  announcer.textContent = `${scratch ? 'Scratched out' : 'Erased'} ${n} stroke${n === 1 ? '' : 's'}.`;
}

function inkChanged(): void {
  revision += 1;
  const rev = revision;
  const { ink, photo } = history;
  // Asked first, so that the worker reads while this thread brings the page up to date.
  const reading =
    ink.length === 0 && !photo ? null : recognizer.recognize(photo ? { photo } : { strokes: ink });
  // The page grows as the user writes further down (CSS keeps it at least its usual height),
  // once the answer is shown: a new size redraws the whole canvas, which would delay it.
  const least = photo ? 0 : pageHeight(ink);
  const fitPage = (): void => {
    if (rev === revision) canvas.style.minHeight = least > 0 ? `${least}px` : '';
  };
  picked = null;
  alternatives.close();
  updateTools();
  say('');
  persist();
  if (!reading) {
    latest = EMPTY_RECOGNITION;
    read = { ink, photo };
    drawing += 1;
    present();
    fitPage();
    return;
  }
  readout.text.dataset.state = 'pending';
  // Until the new answers arrive, the old ones must not sit next to changed ink: the lines
  // the change touched lose theirs, and a new photo or the drawing it replaced loses all.
  const scene = sceneOf(shown, changedInk(read.ink, ink));
  surface.show(photo === read.photo ? scene : { ...scene, answers: [] });
  reading.then(
    (recognition) => {
      if (rev !== revision) return;
      read = { ink, photo };
      latest =
        photo && recognition.symbols.length === 0 && recognition.error === null
          ? { ...recognition, error: nothingInPhoto(photo) }
          : recognition;
      present();
    },
    (error: unknown) => {
      if (error instanceof Superseded || rev !== revision) return;
      read = { ink, photo };
      latest = {
        ...EMPTY_RECOGNITION,
        error: resultError('recognizer', (error as Error).message),
      };
      present();
    },
  );
  // After the answer is shown (callbacks run in the order they were attached).
  void reading.then(fitPage, fitPage);
}

/** Shows `latest` with the user's corrections, on the canvas, above it and in the list. */
function present(): void {
  shown = correctRecognition(latest, read.ink, read.photo?.id ?? null, corrections, layouts);
  const { lines } = shown;
  const line =
    picked !== null && picked < lines.length ? picked : newestLine(lines, read.ink.length);
  focus = {
    line,
    offset: lines.slice(0, Math.max(0, line)).reduce((n, l) => n + l.symbols.length, 0),
  };
  const reading = shownLine();
  const several = lines.length > 1;
  // Which line the readout describes, when there is more than one to choose from.
  readoutBox.dataset.line = several ? `Line ${line + 1} of ${lines.length}` : '';
  readout.text.setAttribute(
    'aria-label',
    several ? `Line ${line + 1} of ${lines.length}. ${readoutLabel}` : readoutLabel,
  );
  renderReadout(readout, reading, alternatives.openIndex, chooseSymbol, switchLayout);
  renderGuesses(guesses, reading);
  renderLines(sheet, lines, line, pickLine);
  copyButton.disabled = copyLatexButton.disabled = lines.length === 0;
  surface.show(sceneOf(shown));
  hint.hidden = history.ink.length > 0 || history.photo !== null;
  canvas.setAttribute(
    'aria-label',
    history.photo ? `Photo being read: ${history.photo.name}` : drawingLabel,
  );
  readout.text.dataset.state = 'done';
  remember(reading);
  const said = describeResult(reading);
  const sentence = said && several ? `Line ${line + 1}: ${said}` : said;
  if (sentence !== lastAnnounced) {
    lastAnnounced = sentence;
    if (sentence) announcer.textContent = sentence;
  }
}

/** The reading the readout shows: the focused line's, or the drawing's with no line. */
function shownLine(): ShownReading {
  return shown.lines[focus.line] ?? shown;
}

function sceneOf(
  s: Shown,
  changed: Parameters<typeof composeScene>[4] = [],
): Parameters<typeof surface.show>[0] {
  const open = alternatives.openIndex;
  return composeScene(s, history, surface, open === null ? null : focus.offset + open, changed);
}

function chooseSymbol(index: number, button: HTMLButtonElement): void {
  if (alternatives.openIndex === index) {
    alternatives.close(true);
    return;
  }
  const symbol = shownLine().symbols[index];
  if (!symbol) return;
  alternatives.open(index, symbol, shown.images?.[focus.offset + index], button);
  button.setAttribute('aria-expanded', 'true');
  surface.show(sceneOf(shown));
}

/** Shows a line the user chose from the list in the readout, to check or correct it. */
function pickLine(index: number): void {
  picked = index;
  alternatives.close();
  present();
  // The list sits below the drawing: bring the readout, and focus, to the line's symbols.
  readoutBox.scrollIntoView({ block: 'nearest' });
  readout.text.querySelector<HTMLButtonElement>('[data-index="0"]')?.focus({ preventScroll: true });
}

/** Reads a doubtful layout the other way, or back the first way when chosen again. */
function switchLayout(): void {
  const key = shownLine().layoutKey;
  if (key === undefined) return;
  if (!layouts.delete(key)) layouts.add(key);
  persist();
  alternatives.close();
  present();
}

function remember(reading: ShownReading): void {
  if (reading.error !== null || !reading.text.includes('=')) return;
  if (reading.value === null && reading.approx === null) return;
  const value =
    reading.approx === null ? reading.value! : `${reading.value ?? ''} ≈ ${reading.approx}`.trim();
  const key = `${drawing} ${focus.line}`;
  const existing = recent.findIndex((e) => e.key === key);
  if (existing >= 0) recent.splice(existing, 1);
  recent.unshift({ text: reading.text, value, key });
  recent.length = Math.min(recent.length, 5);
  renderRecent(recentList, recentEmpty, recent);
}

/** Says how many corrections the page keeps, with the way to forget them. */
function showLearned(): void {
  const n = taught.all.length;
  learned.hidden = n === 0;
  learnedText.textContent = `Learning from your ${n} correction${n === 1 ? '' : 's'}, kept on this device only.`;
}

function forget(): void {
  taught.clear();
  recognizer.forget();
  showLearned();
  announcer.textContent = 'Your corrections are forgotten.';
  // The ink on the surface was read with them: read it again without.
  if (history.ink.length > 0 || history.photo) inkChanged();
}

/** Keeps the sheet and its corrections on the device, once the kept one has been read. */
function persist(): void {
  if (!sheetLoaded) return;
  // A photo is not kept: the drawing it replaced stays the sheet to come back to.
  kept.save(() => (history.photo ? null : sheetRecord(history.ink, corrections, layouts)));
}

/** Brings back the sheet an earlier visit kept, before any strokes drawn while it loaded. */
async function restoreSheet(): Promise<void> {
  const sheet = readSheetRecord(await kept.load());
  sheetLoaded = true;
  document.body.dataset.sheetLoaded = 'true';
  if (!sheet || sheet.ink.length === 0 || history.photo) {
    persist();
    return;
  }
  for (const [key, symbol] of sheet.corrections) corrections.set(key, symbol);
  for (const key of sheet.layouts) layouts.add(key);
  history.reset([...sheet.ink, ...history.ink]);
  inkChanged();
}

function showKept(state: SheetState): void {
  document.body.dataset.sheet = state;
  sheetKept.hidden = state !== 'unavailable';
  if (state === 'failed')
    say('This sheet could not be kept on this device: storage is full.', 'failed');
}

/** A sentence about the sheet itself under the tools, also read out; '' takes it away. */
function say(message: string, kind: 'full' | 'failed' | 'done' = 'done'): void {
  sheetStatus.hidden = message === '';
  sheetStatus.textContent = message;
  sheetStatus.dataset.kind = kind;
  if (message) announcer.textContent = message;
}

/** Copies every line and its answer: as text and MathML, or as LaTeX. */
async function copySheet(as: 'text' | 'latex'): Promise<void> {
  const { lines } = shown;
  if (lines.length === 0) return;
  const n = `${lines.length} line${lines.length === 1 ? '' : 's'}`;
  try {
    if (as === 'latex') {
      await writeClipboard({ 'text/plain': sheetLatex(lines) });
      say(`Copied ${n} as LaTeX.`);
    } else {
      await writeClipboard({ 'text/plain': sheetText(lines), 'text/html': sheetMathml(lines) });
      say(`Copied ${n}.`);
    }
  } catch {
    say('This browser did not let the page copy: allow the clipboard for this site.', 'failed');
  }
}

function setTool(tool: typeof surface.tool): void {
  surface.tool = tool;
  eraserButton.setAttribute('aria-pressed', String(tool === 'eraser'));
}

function indexedDbOrNull(): IDBFactory | null {
  try {
    // Reading the property itself throws where the user blocks site data.
    return window.indexedDB ?? null;
  } catch {
    return null;
  }
}

function localStorageOrNull(): KeyValueStorage | null {
  try {
    // Reading the property itself throws where the user blocks site data.
    return window.localStorage;
  } catch {
    return null;
  }
}

function updateTools(): void {
  undoButton.disabled = !history.canUndo;
  redoButton.disabled = !history.canRedo;
  clearButton.disabled = history.ink.length === 0 && !history.photo;
}

function undo(): void {
  if (history.undo()) inkChanged();
}
function redo(): void {
  if (history.redo()) inkChanged();
}
function clear(): void {
  if (history.ink.length === 0 && !history.photo) return;
  // The corrections stay, named by strokes that are gone: undoing the clear brings both back.
  history.clear();
  inkChanged();
}

/** Reads a photo the user chose, dropped or pasted, in place of the drawing (undoably). */
async function readPhoto(file: File): Promise<void> {
  readout.text.dataset.state = 'pending';
  let photo: Photo;
  try {
    photo = await openPhoto(file, file.name ? `“${file.name}”` : 'The picture');
  } catch (e) {
    readout.text.dataset.state = 'done';
    const message =
      e instanceof PhotoError ? e.message : `The picture could not be read: ${String(e)}`;
    readout.message.textContent = message;
    announcer.textContent = message;
    return;
  }
  history.open(photo);
  drawing += 1;
  inkChanged();
}

/** An empty reading of a photo is worth a sentence: an empty canvas is not. */
function nothingInPhoto(photo: Photo): ResultError {
  return resultError(
    'no-writing',
    `No writing found in ${photo.name}. Photograph dark writing on light paper (or chalk on a board), filling most of the picture.`,
  );
}

acceptPhotos(
  {
    button: $<HTMLButtonElement>('[data-testid=photo]'),
    input: $<HTMLInputElement>('[data-testid=photo-input]'),
    dropZone: $('.surface'),
  },
  (file) => void readPhoto(file),
);
undoButton.addEventListener('click', undo);
redoButton.addEventListener('click', redo);
clearButton.addEventListener('click', clear);
eraserButton.addEventListener('click', () => setTool(surface.tool === 'eraser' ? 'pen' : 'eraser'));
copyButton.addEventListener('click', () => void copySheet('text'));
copyLatexButton.addEventListener('click', () => void copySheet('latex'));
// A change still waiting to be written is written as the page is hidden or left.
addEventListener('pagehide', () => kept.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') kept.flush();
});
forgetButton.addEventListener('click', forget);
document.addEventListener('keydown', (e) => {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && key === 'z') {
    e.preventDefault();
    if (e.shiftKey) redo();
    else undo();
  } else if (mod && key === 'y') {
    e.preventDefault();
    redo();
  } else if (e.key === 'Escape') {
    e.preventDefault();
    if (alternatives.openIndex !== null) alternatives.close(true);
    else clear();
  }
});

updateTools();
renderRecent(recentList, recentEmpty, recent);
void restoreSheet();
