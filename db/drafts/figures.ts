import type { DraftFigure, FigureDifference } from '../../shared/contract/summary';

/**
 * A figure a draft states, kept beside its text (what it counts, its value as printed, where it
 * comes from, and the phrase it stands in with `{}` for the value). The same phrase is looked for
 * again in a saved document, so a figure still in the clerk's text can be checked against the data.
 */
export type Figure = DraftFigure;
export type { FigureDifference };

export const figureText = (f: Figure) => f.phrase.replace('{}', f.value);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrase as a pattern that captures whatever number stands where the value was. */
function phrasePattern(phrase: string): RegExp {
  const [before, after] = phrase.split('{}').map(escape);
  return new RegExp(`${before}(\\d+(?:\\.\\d+)?)${after}`, 'g');
}

/**
 * Every figure whose phrase is still in the text and whose number there differs from the data.
 * A phrase the clerk rewrote is not found and so not checked: only what the text still claims is.
 */
export function differences(text: string, figures: Figure[]): FigureDifference[] {
  const out: FigureDifference[] = [];
  for (const f of figures) {
    for (const m of text.matchAll(phrasePattern(f.phrase))) {
      if (m[1] !== f.value) {
        out.push({ key: f.key, label: f.label, inText: m[1], inData: f.value, source: f.source, phrase: f.phrase });
        break;
      }
    }
  }
  return out;
}

/** The figures whose phrase the text still holds, with the number it states there. */
export function stated(text: string, figures: Figure[]): (Figure & { inText: string })[] {
  const out: (Figure & { inText: string })[] = [];
  for (const f of figures) {
    const m = phrasePattern(f.phrase).exec(text);
    if (m) out.push({ ...f, inText: m[1] });
  }
  return out;
}

/** A set of figures, looked up by key while the text is written. */
export class Figures {
  readonly list: Figure[] = [];
  add(key: string, label: string, value: number | string, source: string, phrase: string): string {
    const f: Figure = { key, label, value: String(value), source, phrase };
    this.list.push(f);
    return figureText(f);
  }
}

export const percentValue = (rate: number | null) => (rate === null ? null : (rate * 100).toFixed(1));
