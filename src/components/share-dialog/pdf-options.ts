import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { inReportOrder, REPORT_SECTIONS } from '../../adapter/report-sections.js';
import type { ReportSection } from '../../adapter/types.js';
import type { HarmonyStrings } from '../../i18n/strings.js';
import { PDF_OPTIONS_IDS, pdfOptionsTemplate, sectionLabel } from './pdf-options.templates.js';
import { loadPdfSections, savePdfSections } from './pdf-sections-storage.js';

type OptionsHost = ReactiveControllerHost & HTMLElement & { readonly open: boolean };

export interface PdfOptionsContext {
  strings(): HarmonyStrings;
  /** The element's language: the chosen parts are listed the way it lists things. */
  locale(): string | undefined;
  /** Says something through the panel's status region. */
  announce(message: string): void;
}

/**
 * "Customize PDF": which parts of the report Share PDF makes, remembered per browser. Every part is on
 * until the reader says otherwise; each opening of the dialog starts from the remembered choice, with
 * the disclosure closed.
 */
export class PdfOptionsController implements ReactiveController {
  private chosen: ReadonlySet<ReportSection> = new Set(REPORT_SECTIONS);
  private expanded = false;
  private wasOpen = false;

  constructor(
    private readonly host: OptionsHost,
    private readonly context: PdfOptionsContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.chosen = new Set(loadPdfSections());
  }

  hostUpdate(): void {
    // Another dialog on the page may have changed the choice since this one was last open.
    if (this.host.open && !this.wasOpen) {
      this.chosen = new Set(loadPdfSections());
      this.expanded = false;
    }
    this.wasOpen = this.host.open;
  }

  /** At least one part is chosen: Share PDF can make a report. */
  get ready(): boolean {
    return this.chosen.size > 0;
  }

  /**
   * The `sections` to ask for: none when every part is chosen, so the request stays the plain "the
   * whole report" every backend understands (and caches as one), and grows with any part added later.
   */
  get sections(): readonly ReportSection[] | undefined {
    return this.chosen.size >= REPORT_SECTIONS.length ? undefined : inReportOrder(this.chosen);
  }

  /** The id of the words saying why Share PDF is unavailable, for its `aria-describedby`. */
  get reasonId(): string | undefined {
    return this.ready ? undefined : PDF_OPTIONS_IDS.reason;
  }

  template(): TemplateResult {
    const strings = this.context.strings();
    return pdfOptionsTemplate({
      strings,
      chosen: this.chosen,
      expanded: this.expanded,
      chosenList: this.sections && this.listOf(this.sections, strings),
      onToggle: () => {
        this.expanded = !this.expanded;
        this.host.requestUpdate();
      },
      onChoose: (section, on) => this.choose(section, on),
    });
  }

  private choose(section: ReportSection, on: boolean): void {
    const next = new Set(this.chosen);
    if (on) next.add(section);
    else next.delete(section);
    this.chosen = next;
    savePdfSections(inReportOrder(next));
    // Unchecking the last part makes Share PDF unavailable: a screen reader on the checkbox hears why.
    if (next.size === 0) this.context.announce(this.context.strings().pdfSectionsNone);
    this.host.requestUpdate();
  }

  private listOf(sections: readonly ReportSection[], strings: HarmonyStrings): string {
    const labels = sections.map((section) => sectionLabel(section, strings));
    try {
      return new Intl.ListFormat(this.context.locale(), { style: 'narrow', type: 'conjunction' }).format(
        labels,
      );
    } catch {
      // A language tag Intl refuses: the plain list still says it.
      return labels.join(', ');
    }
  }
}
