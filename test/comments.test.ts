// Comments say why the code is as it is. What was measured, when and on which model
// belongs in docs/experiments.md, with the commit and the command that produced it: a
// figure in a comment goes stale the day the model changes, and nobody can rerun it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** What a comment must not carry, each with the name the failure message gives it. */
const HISTORY: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'a date', pattern: /\b20\d\d-\d\d(-\d\d)?\b/ },
  { name: 'a model version', pattern: /\bv\d+\b/ },
  { name: 'a model version', pattern: /\bmodel v\d/i },
  { name: 'an eval count', pattern: /\b(even|odd) items\b|\b(even|odd)-position/i },
  { name: 'an eval count', pattern: /\d+ of (the )?\d[\d,]* (even|odd)\b/i },
  { name: 'an eval count', pattern: /\bsession \d+/i },
];

interface Comment {
  readonly line: number;
  readonly text: string;
}

/**
 * Every comment of a TypeScript source, with the line it starts on. The parser's own
 * tokens are walked, so `//` inside strings, templates and regular expressions is never
 * taken for a comment.
 */
function commentsOf(fileName: string, source: string): Comment[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const starts = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode)
      return;
    const children = node.getChildren(file);
    if (children.length === 0) starts.add(node.getFullStart());
    else children.forEach(visit);
  };
  visit(file);
  const seen = new Set<number>();
  const out: Comment[] = [];
  for (const start of starts) {
    // A comment on the same line as the token before it is that token's trailing trivia;
    // the leading ranges start only after a line break.
    const ranges = [
      ...(ts.getTrailingCommentRanges(source, start) ?? []),
      ...(ts.getLeadingCommentRanges(source, start) ?? []),
    ];
    for (const range of ranges) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      out.push({
        line: file.getLineAndCharacterOfPosition(range.pos).line + 1,
        text: source.slice(range.pos, range.end),
      });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Hits as `file:line  text`, one per offending comment line. */
function historyIn(fileName: string, source: string): string[] {
  const hits: string[] = [];
  for (const c of commentsOf(fileName, source)) {
    c.text.split('\n').forEach((text, i) => {
      const found = HISTORY.find((h) => h.pattern.test(text));
      if (found) hits.push(`${fileName}:${c.line + i}  (${found.name})  ${text.trim()}`);
    });
  }
  return hits;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules') return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.isFile() && e.name.endsWith('.ts') ? [path] : [];
  });
}

describe('comments', () => {
  it('finds line and block comments but not comment-like text in strings', () => {
    const source = [
      "const a = '// not a comment v1';",
      'const b = `/* nor v2 ${a} */`;',
      'const c = /\\/\\/ v3/;',
      '// a line comment (v4)',
      '/** a block',
      ' * on 2026-11-26 */',
      'function f(): void {',
      '  g(); // trailing, 5 of 1,532 even',
      '  /* before a brace */',
      '}',
      '// at the end: session 6',
    ].join('\n');
    expect(commentsOf('x.ts', source).map((c) => c.line)).toEqual([4, 5, 8, 9, 11]);
    expect(historyIn('x.ts', source).map((h) => h.split('  ')[0])).toEqual([
      'x.ts:4',
      'x.ts:6',
      'x.ts:8',
      'x.ts:11',
    ]);
  });

  it('leaves reasons alone', () => {
    const source = [
      '// Seeded, so that a render is byte for byte the same each time.',
      '// Ink at even and odd sizes alike; the model sees 28x28 (v in vx is a velocity).',
      'const v2 = 1; // a pair of coordinates',
    ].join('\n');
    expect(historyIn('x.ts', source)).toEqual([]);
  });

  it('carry no dates, model versions or eval counts in src', () => {
    const hits = tsFiles(join(ROOT, 'src')).flatMap((path) =>
      historyIn(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(
      hits,
      `${hits.length} comment line(s) carry measured history. Move the measurement to ` +
        'docs/experiments.md (with its commit and command); keep the reason in a sentence:\n' +
        hits.join('\n'),
    ).toEqual([]);
  });
});
