/** The part of jsdom's API the chart drawing process uses (jsdom ships no types of its own). */
declare module 'jsdom' {
  type JsdomWindow = Record<string, unknown> & { document: object; navigator: object };
  export class VirtualConsole {
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export class JSDOM {
    constructor(html: string, options?: { url?: string; pretendToBeVisual?: boolean; virtualConsole?: VirtualConsole });
    readonly window: JsdomWindow;
  }
}
