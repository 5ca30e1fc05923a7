/**
 * Builds text items from shown strings exactly as pdf.js 5.6's getTextContent does for horizontal
 * text (its buildTextContentItem, compareWithLastPosition, addFakeSpaces, flushTextContentItem):
 * glyphs join the current item while they continue it, a small gap becomes a space inside it, a
 * larger one or a line change starts a new item. Only the items our pipeline keeps are produced
 * (pdf.js's whitespace-only and end-of-line items are dropped there, so they are not built here).
 */
import type { PositionedText } from '../pdf-blocks.ts';
import { decline } from './objects.ts';
import { categoryOf, inverseRotation, normalizeText, RIGHT_TO_LEFT } from './glyph-text.ts';
import type { Matrix, StateStack, TextState } from './text-state.ts';

const TRACKING_SPACE = 0.102;
const NOT_A_SPACE = 0.03;
const NEGATIVE_SPACE = -0.2;
const SPACE_IN_FLOW_MIN = 0.102;
const SPACE_IN_FLOW_MAX = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
export class TextItems {
  readonly items: PositionedText[] = [];
  private initialized = false;
  private readonly str: string[] = [];
  private totalWidth = 0;
  private totalHeight = 0;
  private width = 0;
  private height = 0;
  private prevTransform: Matrix | null = null;
  private prevTextRise = 0;
  private textAdvanceScale = 0;
  private spaceInFlowMin = 0;
  private spaceInFlowMax = 0;
  private trackingSpaceMin = Infinity;
  private negativeSpaceMax = -Infinity;
  private notASpace = -Infinity;
  private transform: Matrix | null = null;
  private fontName = '';
  private readonly last = [' ', ' '];
  private lastIndex = 0;
  /** pdf.js's `textState` clone taken when the font last changed. */
  private previous: TextState | null = null;

  constructor(
    private readonly states: StateStack,
    private readonly viewBox: readonly number[],
  ) {}

  /** Called before every operator, as pdf.js's `preprocessor` loop does. */
  beforeOperator(): void {
    this.previous ??= this.states.state.clone();
  }

  private get state(): TextState {
    return this.states.state;
  }

  /** Shows a string (bytes) with extra spacing after its last glyph (TJ adjustments). */
  show(chars: string, extraSpacing: number): void {
    const state = this.state;
    const font = state.font ?? decline('text before Tf');
    const previous = this.previous!;
    if (previous !== state) {
      const fontChanged = previous.fontName !== state.fontName;
      if (fontChanged && previous.fontSize === state.fontSize && previous.font === null) {
        decline('font state');
      }
      if (previous.fontSize !== state.fontSize || (fontChanged && previous.font!.id !== font.id)) {
        this.flush();
        this.previous = state.clone();
      }
    }
    const charSpacing = state.charSpacing;
    if (chars.length === 0) {
      const spacing = charSpacing + extraSpacing;
      if (spacing) {
        state.translateTextMatrix(spacing * state.textHScale, 0);
      }
      return;
    }
    const scale = font.scale * state.fontSize;
    const step = font.composite ? 2 : 1;
    if (chars.length % step !== 0) {
      decline('odd byte count for a two-byte font');
    }
    const count = chars.length / step;
    for (let g = 0; g < count; g += 1) {
      const code =
        step === 2 ? (chars.charCodeAt(2 * g) << 8) | chars.charCodeAt(2 * g + 1) : chars.charCodeAt(g);
      const unicode = font.toUnicode[code] ?? decline('code without ToUnicode entry');
      const category = categoryOf(unicode);
      if (category.invisible) {
        continue;
      }
      let spacing = charSpacing + (g + 1 === count ? extraSpacing : 0);
      const width = font.widths[code];
      let advance = (typeof width === 'number' ? width : font.defaultWidth) * scale;
      if (code === 32) {
        spacing += state.wordSpacing;
      }
      if (category.whitespace) {
        spacing += advance;
        state.translateTextMatrix(spacing * state.textHScale, 0);
        this.saveLastChar(' ');
        continue;
      }
      if (!category.diacritic && !this.compareWithLastPosition(advance)) {
        state.translateTextMatrix(advance * state.textHScale, 0);
        continue;
      }
      this.ensureItem();
      if (category.diacritic) {
        advance = 0;
      }
      advance *= state.textHScale;
      state.translateTextMatrix(advance, 0);
      this.width += advance;
      if (advance) {
        this.prevTransform = state.currentTransform();
        this.prevTextRise = state.textRise;
      }
      if (this.saveLastChar(unicode)) {
        this.str.push(' ');
      }
      this.str.push(unicode);
      if (spacing) {
        state.translateTextMatrix(spacing * state.textHScale, 0);
      }
    }
  }

  /** pdf.js `updateAdvanceScale` (after Tm). */
  updateAdvanceScale(): void {
    if (!this.initialized) {
      return;
    }
    const state = this.state;
    const scale =
      Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.textLineMatrix[0], state.textLineMatrix[1]);
    if (scale !== this.textAdvanceScale) {
      this.totalWidth += this.width * this.textAdvanceScale;
      this.width = 0;
      this.textAdvanceScale = scale;
    }
  }

  flush(): void {
    if (!this.initialized) {
      return;
    }
    this.totalWidth += this.width * this.textAdvanceScale;
    const text = normalizeText(this.str.join(''));
    if (RIGHT_TO_LEFT.test(text)) {
      decline('right-to-left text');
    }
    const height = Math.abs(this.totalHeight);
    const [a, b, c, d, x, y] = this.transform!;
    if (text.trim() !== '') {
      const fontSize = height > 0 ? height : Math.hypot(c, d) || Math.hypot(a, b);
      this.items.push({ text, x, y, width: Math.abs(this.totalWidth), fontSize, fontName: this.fontName });
    }
    this.initialized = false;
    this.str.length = 0;
  }

  private saveLastChar(char: string): boolean {
    const other = (this.lastIndex + 1) % 2;
    const add = this.last[this.lastIndex] !== ' ' && this.last[other] === ' ';
    this.last[this.lastIndex] = char;
    this.lastIndex = other;
    return add;
  }

  private shouldAddWhitespace(): boolean {
    return this.last[this.lastIndex] !== ' ' && this.last[(this.lastIndex + 1) % 2] === ' ';
  }

  private resetLastChars(): void {
    this.last[0] = this.last[1] = ' ';
    this.lastIndex = 0;
  }

  private ensureItem(): void {
    if (this.initialized) {
      return;
    }
    const state = this.state;
    this.fontName = state.font!.id;
    const t = (this.transform = state.currentTransform());
    this.width = this.totalWidth = 0;
    this.height = this.totalHeight = Math.hypot(t[2], t[3]);
    this.textAdvanceScale =
      Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.textLineMatrix[0], state.textLineMatrix[1]);
    const size = state.fontSize;
    this.trackingSpaceMin = size * TRACKING_SPACE;
    this.notASpace = size * NOT_A_SPACE;
    this.negativeSpaceMax = size * NEGATIVE_SPACE;
    this.spaceInFlowMin = size * SPACE_IN_FLOW_MIN;
    this.spaceInFlowMax = size * SPACE_IN_FLOW_MAX;
    this.initialized = true;
  }

  /** pdf.js `compareWithLastPosition`, horizontal writing. False: the glyph is off the page. */
  private compareWithLastPosition(glyphWidth: number): boolean {
    const current = this.state.currentTransform();
    let posX = current[4];
    let posY = current[5];
    const view = this.viewBox;
    if (posX + glyphWidth < view[0]! || posX > view[2]! || posY < view[1]! || posY > view[3]!) {
      return false;
    }
    const prev = this.prevTransform;
    if (prev === null) {
      return true;
    }
    let lastX = prev[4];
    let lastY = prev[5];
    if (lastX === posX && lastY === posY) {
      return true;
    }
    let rotation = -1;
    if (current[0] && current[1] === 0 && current[2] === 0) {
      rotation = current[0] > 0 ? 0 : 180;
    } else if (current[1] && current[0] === 0 && current[3] === 0) {
      rotation = current[1] > 0 ? 90 : 270;
    }
    switch (rotation) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastX, lastY] = [lastY, lastX];
        break;
      case 180:
        [posX, posY, lastX, lastY] = [-posX, -posY, -lastX, -lastY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastX, lastY] = [-lastY, -lastX];
        break;
      default:
        [posX, posY] = inverseRotation(posX, posY, current);
        [lastX, lastY] = inverseRotation(lastX, lastY, prev);
    }
    const advanceX = (posX - lastX) / this.textAdvanceScale;
    const advanceY = posY - lastY;
    const sign = Math.sign(this.width || this.totalWidth);
    if (advanceX < sign * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    const rise = this.state.textRise - this.prevTextRise;
    const shift = rise === 0 ? advanceY : advanceY - (current[3] / this.state.fontSize) * rise;
    if (Math.abs(shift) > this.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= sign * this.notASpace) {
      this.resetLastChars();
    }
    if (advanceX <= sign * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
      } else {
        this.width += advanceX;
      }
    } else if (!this.addFakeSpaces(advanceX, sign)) {
      if (this.str.length === 0) {
        this.resetLastChars();
      } else {
        this.width += advanceX;
      }
    }
    if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT_RATIO) {
      this.flush();
    }
    return true;
  }

  private appendEOL(): void {
    this.resetLastChars();
    if (this.initialized) {
      this.flush();
    }
  }

  private addFakeSpaces(width: number, sign: number): boolean {
    if (sign * this.spaceInFlowMin <= width && width <= sign * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str.push(' ');
      }
      return false;
    }
    this.flush();
    this.resetLastChars();
    return true;
  }
}
