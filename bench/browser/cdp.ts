/** Heap and event-listener readings through the Chrome DevTools Protocol. */
import type { CDPSession, Page } from 'playwright-core';

export interface PageReadings {
  heapBytes: number;
  /** The type of every event listener on `window` and on `document`, sorted. */
  windowListeners: string[];
  documentListeners: string[];
}

export class PageInspector {
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<PageInspector> {
    return new PageInspector(await page.context().newCDPSession(page));
  }

  /** Live heap after full collections: twice, since the first may only free what finalisers then release. */
  private async heapAfterGc(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    return (await this.cdp.send('Runtime.getHeapUsage')).usedSize;
  }

  private async listenersOf(expression: string): Promise<string[]> {
    const { result } = await this.cdp.send('Runtime.evaluate', { expression });
    const objectId = result.objectId!;
    const { listeners } = await this.cdp.send('DOMDebugger.getEventListeners', { objectId });
    await this.cdp.send('Runtime.releaseObject', { objectId });
    return listeners.map((listener) => listener.type).sort();
  }

  detach(): Promise<void> {
    return this.cdp.detach();
  }

  async read(): Promise<PageReadings> {
    return {
      heapBytes: await this.heapAfterGc(),
      windowListeners: await this.listenersOf('window'),
      documentListeners: await this.listenersOf('document'),
    };
  }
}
