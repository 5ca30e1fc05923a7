/**
 * The text state of a content stream as pdf.js's getTextContent keeps it (its `TextState`): the
 * CTM, the text and line matrices, font, spacing, scaling and rise. q/Q save and restore all of it.
 */
import type { TextFont } from './fonts.ts';

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** pdf.js `Util.transform`. */
export function transform(m1: readonly number[], m2: readonly number[]): Matrix {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

export class TextState {
  ctm: Matrix = [...IDENTITY];
  fontName: string | null = null;
  fontSize = 0;
  font: TextFont | null = null;
  textMatrix: Matrix = [...IDENTITY];
  textLineMatrix: Matrix = [...IDENTITY];
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = [...this.textLineMatrix];
  }

  clone(): TextState {
    const copy = Object.assign(new TextState(), this);
    copy.textMatrix = [...this.textMatrix];
    copy.textLineMatrix = [...this.textLineMatrix];
    return copy;
  }

  /** pdf.js `getCurrentTextTransform` (not a Type 3 font). */
  currentTransform(): Matrix {
    return transform(
      this.ctm,
      transform(this.textMatrix, [this.fontSize * this.textHScale, 0, 0, this.fontSize, 0, this.textRise]),
    );
  }
}

/** q / Q / cm (pdf.js `StateManager`). */
export class StateStack {
  state = new TextState();
  private readonly stack: TextState[] = [];

  save(): void {
    this.stack.push(this.state);
    this.state = this.state.clone();
  }

  restore(): void {
    const previous = this.stack.pop();
    if (previous) {
      this.state = previous;
    }
  }

  transform(args: readonly number[]): void {
    this.state.ctm = transform(this.state.ctm, args);
  }
}
