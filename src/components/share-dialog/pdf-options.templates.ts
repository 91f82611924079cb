import { html, nothing, type TemplateResult } from 'lit';
import { REPORT_SECTIONS } from '../../adapter/report-sections.js';
import type { ReportSection } from '../../adapter/types.js';
import type { HarmonyStrings } from '../../i18n/strings.js';
import { chevronIcon } from '../../styles/panel-icons.js';

/** Ids inside the dialog's shadow root that ARIA attributes point at. */
export const PDF_OPTIONS_IDS = {
  panel: 'pdf-sections',
  chosen: 'pdf-sections-chosen',
  reason: 'pdf-sections-reason',
} as const;

/** What each part of the report is called on screen. */
export function sectionLabel(section: ReportSection, t: HarmonyStrings): string {
  if (section === 'summary') return t.pdfSectionSummary;
  if (section === 'action-items') return t.pdfSectionActionItems;
  if (section === 'key-points') return t.pdfSectionKeyPoints;
  return t.pdfSectionOther;
}

export interface PdfOptionsProps {
  strings: HarmonyStrings;
  chosen: ReadonlySet<ReportSection>;
  expanded: boolean;
  /** The chosen parts as a list in words, shown while the disclosure is closed and some are left out. */
  chosenList?: string;
  onToggle: () => void;
  onChoose: (section: ReportSection, on: boolean) => void;
}

/**
 * "Customize PDF": a disclosure button, the parts of the report as checkboxes in a fieldset, and —
 * outside the disclosure, so it shows even when closed — why Share PDF is unavailable with none chosen.
 */
export function pdfOptionsTemplate(p: PdfOptionsProps): TemplateResult {
  const t = p.strings;
  const none = p.chosen.size === 0;
  const showChosen = !p.expanded && !none && p.chosenList !== undefined;
  return html`<div class="pdf-options" part="pdf-options">
    <div class="pdf-options-row">
      <button
        class="disclosure"
        part="pdf-options-button"
        type="button"
        aria-expanded=${p.expanded ? 'true' : 'false'}
        aria-controls=${PDF_OPTIONS_IDS.panel}
        aria-describedby=${showChosen ? PDF_OPTIONS_IDS.chosen : nothing}
        @click=${p.onToggle}
      >
        <span class="chevron">${chevronIcon}</span>${t.customizePdf}
      </button>
      ${
        showChosen
          ? html`<span id=${PDF_OPTIONS_IDS.chosen} class="hint" part="pdf-options-summary"
              >${t.pdfSectionsChosen(p.chosenList!)}</span
            >`
          : nothing
      }
    </div>
    <fieldset id=${PDF_OPTIONS_IDS.panel} part="pdf-sections" ?hidden=${!p.expanded}>
      <legend>${t.pdfSectionsLegend}</legend>
      <div class="pdf-section-list">
        ${REPORT_SECTIONS.map(
          (section) =>
            html`<label class="pdf-section" part="pdf-section">
              <input
                type="checkbox"
                name="pdf-section"
                value=${section}
                .checked=${p.chosen.has(section)}
                @change=${(event: Event) => p.onChoose(section, (event.target as HTMLInputElement).checked)}
              />
              <span>${sectionLabel(section, t)}</span>
            </label>`,
        )}
      </div>
      <p class="hint">${t.pdfNoTranscript}</p>
    </fieldset>
    ${
      none
        ? html`<p id=${PDF_OPTIONS_IDS.reason} class="hint warning" part="pdf-sections-reason">
            ${t.pdfSectionsNone}
          </p>`
        : nothing
    }
  </div>`;
}
