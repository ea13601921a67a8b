/** Types for `linebreak` (UAX #14 line breaking), which ships none. */
declare module 'linebreak' {
  export interface Break {
    /** Index into the string (UTF-16 code units) where a line may start. */
    position: number;
    /** A mandatory break (after a newline). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
