// German. Importing this module registers it: every element whose language is `de` (or `de-AT`, …) speaks it.
import { registerLocale } from '../i18n/locales.js';
import type { HarmonyStrings } from '../i18n/strings.js';

/** Every word in German (formal address), typed against the English so that a missing one fails to compile. */
export const germanStrings: HarmonyStrings = {
  // The verb first: a long title is cut after two lines, and the heading must still say what it does.
  shareTitle: (title) => `Teilen: „${title}“`,
  shareDescription: 'Wählen Sie, wie Sie den Insights-Bericht zu diesem Gespräch teilen möchten',
  close: 'Schließen',
  done: 'Fertig',
  loading: 'Gespräch wird geladen…',
  loadFailed: 'Dieses Gespräch konnte nicht geladen werden',
  untitled: 'Gespräch ohne Titel',
  sharePdf: 'PDF teilen',
  generatingPdf: 'PDF wird erstellt…',
  pdfReady: (filename) => `${filename} wird heruntergeladen.`,
  pdfDownloaded: (filename) => `${filename} wurde heruntergeladen. Sie finden die Datei in Ihren Downloads.`,
  pdfMadeInBrowser:
    'Der Server konnte den Bericht nicht erstellen, deshalb wurde er in Ihrem Browser erstellt.',
  openPdf: 'PDF öffnen',
  openPdfHint: 'Ihr Browser hat den Download blockiert. Öffnen Sie stattdessen den Bericht:',
  customizePdf: 'PDF anpassen',
  pdfSectionsLegend: 'Im PDF enthalten',
  pdfSectionSummary: 'Zusammenfassung',
  pdfSectionActionItems: 'Aufgaben',
  pdfSectionKeyPoints: 'Kernpunkte',
  pdfSectionOther: 'Weitere Erkenntnisse',
  pdfSectionsChosen: (parts) => `Enthält ${parts}`,
  pdfSectionsNone: 'Wählen Sie mindestens einen Teil des Berichts.',
  pdfNoTranscript: 'Das Transkript ist nie Teil des PDFs; teilen Sie einen Link, um Zugriff darauf zu geben.',
  generateLink: 'Link zum Teilen erstellen',
  generatingLink: 'Link wird erstellt…',
  linkReady: 'Link erstellt.',
  shareableLink: 'Link zum Teilen',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyFailed: 'Automatisches Kopieren war nicht möglich.',
  pressToCopy: (shortcut) => `Der Link ist markiert: Drücken Sie ${shortcut}, um ihn zu kopieren.`,
  linkAudience:
    'Nur Personen, die bei Harmony angemeldet sind und deren Rolle dieses Gespräch lesen darf, können den Link öffnen. Durch das Teilen erhält niemand neuen Zugriff.',
  linkAudienceLoading: 'Es wird ermittelt, wer den Link öffnen kann…',
  linkAudienceNamed: (names, others) => {
    const listed =
      others > 0
        ? `${names.join(', ')} und ${others === 1 ? '1 weitere Person' : `${others} weitere Personen`}`
        : names.length > 1
          ? `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`
          : names.join('');
    return `${listed} ${names.length + others === 1 ? 'kann' : 'können'} diesen Link öffnen.`;
  },
  linkAudienceEmpty: 'Nur Sie können diesen Link öffnen.',
  linkAudienceFailed: 'Es ließ sich nicht ermitteln, wer diesen Link öffnen kann.',
  linkAudienceShow: 'Wer und warum',
  reasonCreator: 'hat es erstellt',
  reasonTeam: (team) => (team ? `Team ${team}` : 'das eigene Team besitzt es'),
  reasonAll: 'liest alle Gespräche',
  checkAccessLabel: 'Prüfen, wer ihn öffnen kann',
  checkAccessPlaceholder: 'Name oder E-Mail',
  checkAccessTooLong: (max) =>
    `Geben Sie einen Namen oder eine E-Mail-Adresse mit höchstens ${max} Zeichen ein.`,
  checkingAccess: (who) => `„${who}“ wird geprüft…`,
  accessCan: (name, reason) => `${name} kann ihn öffnen (${reason}).`,
  accessCannot: (name, scope) =>
    `${name} kann ihn nicht öffnen: Die Rolle dieser Person liest nur ${
      scope === 'own' ? 'eigene Gespräche' : 'Gespräche ihrer Teams'
    }. Ein Admin kann das unter Einstellungen → Rollen ändern.`,
  accessUnknown: (who) =>
    `Niemand in diesem Workspace passt zu „${who}“, also kann niemand mit diesem Namen ihn öffnen.`,
  accessCheckFailed: 'Es ließ sich nicht prüfen, wer ihn öffnen kann.',
  linkExpiryLabel: 'Link läuft ab',
  linkExpiryNever: 'Bis zum Widerruf',
  linkExpiryDays: (days) => (days === 1 ? 'Nach 1 Tag' : `Nach ${days} Tagen`),
  linkExpiresOn: (date) => `Läuft am ${date} ab.`,
  revokeLink: 'Link widerrufen',
  revokeConfirm: 'Diesen Link widerrufen? Er funktioniert dann für niemanden mehr, der ihn hat.',
  revokeConfirmYes: 'Widerrufen',
  revokeConfirmNo: 'Link behalten',
  linkRevoked: 'Link widerrufen. Er öffnet das Gespräch nicht mehr.',
  linkRevokedNote: 'Link widerrufen: Er funktioniert für niemanden mehr, der ihn hat.',
  generateNewLink: 'Neuen Link erstellen',
  stillProcessing:
    'Dieses Gespräch wird noch verarbeitet. Teilen ist möglich, sobald sein Status „Abgeschlossen“ lautet.',
  processingFailed:
    'Die Verarbeitung dieses Gesprächs ist fehlgeschlagen, daher kann es nicht geteilt werden.',
  retry: 'Erneut versuchen',
  errorMessages: {
    unauthenticated: 'Ihre Harmony-Sitzung ist abgelaufen.',
    forbidden: 'Sie haben keine Berechtigung, dieses Gespräch zu teilen.',
    'not-found': 'Dieses Gespräch existiert nicht mehr, oder der Link wurde widerrufen.',
    'not-ready': 'Dieses Gespräch wird noch verarbeitet.',
    'rate-limited': 'Im Moment gibt es zu viele Anfragen.',
    unavailable: 'Harmony ist vorübergehend nicht verfügbar.',
    network: 'Harmony ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
    timeout: 'Harmony hat zu lange für die Antwort gebraucht.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    'invalid-response': 'Harmony hat eine Antwort gesendet, die wir nicht lesen konnten.',
    unsupported: 'Diese Aktion ist hier nicht verfügbar.',
  },
  errorNextSteps: {
    unauthenticated: 'Melden Sie sich erneut bei Harmony an und versuchen Sie es dann noch einmal.',
    forbidden: 'Bitten Sie Ihren Admin, Ihre Rolle unter Einstellungen → Rollen zu prüfen.',
    'not-found': 'Prüfen Sie, ob das Gespräch noch existiert, und versuchen Sie es dann erneut.',
    'not-ready': 'Warten Sie, bis sein Status „Abgeschlossen“ lautet, und versuchen Sie es dann erneut.',
    'rate-limited': 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
    unavailable: 'Versuchen Sie es gleich noch einmal.',
    network: 'Versuchen Sie es erneut, sobald Sie wieder online sind.',
    timeout: 'Versuchen Sie es erneut.',
    aborted: 'Versuchen Sie es erneut.',
    'invalid-response':
      'Versuchen Sie es erneut. Wenn das weiterhin passiert, wenden Sie sich an Ihren Admin.',
    unsupported: 'Wenden Sie sich an Ihren Admin, wenn Sie diese Funktion brauchen.',
  },
  // "s" for seconds, as on a countdown: no singular or plural to choose.
  retryIn: (seconds) => `Sie können es in ${seconds} s erneut versuchen.`,
  retryNow: 'Sie können es jetzt erneut versuchen.',
  moreActions: (title) => `Weitere Aktionen für ${title}`,
  share: 'Teilen',
  shareUnavailable: 'Verfügbar, sobald die Verarbeitung abgeschlossen ist',
  discussWithCompanion: 'Mit Companion besprechen',
  companionSuggestion: 'Fasse dieses Meeting zusammen…',
  companionUnavailable: 'Verfügbar, sobald die Verarbeitung abgeschlossen ist',
  companionProcessingFailed:
    'Die Verarbeitung dieses Gesprächs ist fehlgeschlagen, daher kann Companion es nicht besprechen.',
  openingCompanion: 'Companion wird geöffnet…',
  openCompanionThread: 'Companion-Thread öffnen',
  moreActionsNoTitle: 'Weitere Aktionen',
  popupBlocked: 'Ihr Browser hat das neue Fenster blockiert.',
  companionErrorMessages: {
    forbidden: 'Sie haben keine Berechtigung, dieses Gespräch mit Companion zu besprechen.',
    'not-found': 'Dieses Gespräch existiert nicht mehr.',
    unsupported: 'Companion ist hier nicht verfügbar.',
  },
};

registerLocale({ lang: 'de', dir: 'ltr', strings: germanStrings });
