/** What {@link scanJsonMembers} found wrong with a document's member names, with the member's path steps. */
export interface JsonMemberProblem {
  kind: 'duplicate-name' | 'prototype-poisoning';
  /** Path steps to the offending member (member names and array indices), its own name last. */
  steps: (string | number)[];
}

/** Where {@link jsonPositionAtEnd} found the end of a cut document. */
export interface JsonScanPosition {
  /** Path steps to the value being read at the cut: for a member name, its object's path. */
  steps: (string | number)[];
  /** True when the cut is inside a member name (not a value). */
  inName: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
/** Objects with up to this many members are checked by a linear search, larger ones by a Set. */
const LINEAR_NAMES = 16;

/** One open container; frames are reused by depth, so a scan allocates little per object. */
interface Frame {
  isObject: boolean;
  expectName: boolean;
  /** The member being read (objects) or the element index (arrays). */
  name: string;
  index: number;
  names: string[];
  nameSet: Set<string> | undefined;
}

/**
 * One pass over JSON text that JSON.parse accepted, checking every object's member names: a name
 * that occurs twice in one object (RFC 8259 §4 leaves such documents to each parser's choice, so two
 * readers of one audit record could see two different records), `__proto__`, and a `constructor`
 * member holding `prototype` (prototype poisoning, refused as Fastify's own parser does). Names are
 * compared after unescaping (`"a"` and `"\u0061"` are one name).
 * Precondition: `text` is valid JSON.
 * @returns the first problem, or undefined.
 */
export function scanJsonMembers(text: string): JsonMemberProblem | undefined {
  return scan(text, false) as JsonMemberProblem | undefined;
}

/**
 * Where the end of `prefix`, the start of a JSON document cut short, lies in that document: the path
 * to the value (or, inside a member name, the object) being read there. Member names are not checked.
 */
export function jsonPositionAtEnd(prefix: string): JsonScanPosition {
  return scan(prefix, true) as JsonScanPosition;
}

function scan(text: string, cut: boolean): JsonMemberProblem | JsonScanPosition | undefined {
  const end = text.length;
  const frames: Frame[] = [];
  let depth = 0;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = closingQuote(text, i);
      const top = depth > 0 ? frames[depth - 1]! : undefined;
      const isName = top !== undefined && top.isObject && top.expectName;
      if (close === -1) return { steps: pathSteps(frames, depth, isName), inName: isName };
      if (isName) {
        const raw = text.slice(i + 1, close);
        // A cut document need not be valid JSON up to the cut, so its names are taken as written.
        const name = raw.includes('\\') && !cut ? (JSON.parse(text.slice(i, close + 1)) as string) : raw;
        top.name = name;
        top.expectName = false;
        if (cut) {
          i = close + 1;
          continue;
        }
        if (name === '__proto__' || (name === 'prototype' && depth > 1 && isConstructorMember(frames[depth - 2]!))) {
          return { kind: 'prototype-poisoning', steps: pathSteps(frames, depth, false) };
        }
        if (!addName(top, name)) return { kind: 'duplicate-name', steps: pathSteps(frames, depth, false) };
      }
      i = close + 1;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const frame = (frames[depth] ??= { isObject: false, expectName: false, name: '', index: 0, names: [], nameSet: undefined });
      frame.isObject = c === OPEN_OBJECT;
      frame.expectName = frame.isObject;
      frame.index = 0;
      frame.names.length = 0;
      frame.nameSet = undefined;
      depth++;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth = Math.max(0, depth - 1);
    } else if (c === COMMA && depth > 0) {
      const top = frames[depth - 1]!;
      if (top.isObject) top.expectName = true;
      else top.index++;
    }
    i++;
  }
  return cut ? { steps: pathSteps(frames, depth, false), inName: false } : undefined;
}

/** The index of the unescaped quote closing the string opened at `open`, or -1 when the text ends first. */
function closingQuote(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  while (close !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
    if ((backslashes & 1) === 0) return close;
    close = text.indexOf('"', close + 1);
  }
  return -1;
}

/** Records `name` in its object; false when the object already has it. */
function addName(frame: Frame, name: string): boolean {
  if (frame.nameSet !== undefined) {
    if (frame.nameSet.has(name)) return false;
    frame.nameSet.add(name);
    return true;
  }
  if (frame.names.includes(name)) return false;
  frame.names.push(name);
  if (frame.names.length > LINEAR_NAMES) frame.nameSet = new Set(frame.names);
  return true;
}

function isConstructorMember(parent: Frame): boolean {
  return parent.isObject && parent.name === 'constructor';
}

/** The steps to the current value: each open container's member name or index (the last one only when `excludeLast` is false). */
function pathSteps(frames: readonly Frame[], depth: number, excludeLast: boolean): (string | number)[] {
  const steps: (string | number)[] = [];
  const last = excludeLast ? depth - 1 : depth;
  for (let d = 0; d < last; d++) {
    const frame = frames[d]!;
    steps.push(frame.isObject ? frame.name : frame.index);
  }
  return steps;
}
