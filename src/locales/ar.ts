// Arabic, laid out right to left. Importing this module registers it: every element whose language is
// `ar` (or `ar-EG`, …) speaks it.
import { registerLocale } from '../i18n/locales.js';
import type { HarmonyStrings } from '../i18n/strings.js';

/**
 * A title, file name or shortcut set inside Arabic text keeps its own direction: without the isolates
 * (FSI … PDI) a Latin title ending in punctuation, or a digit, would be reordered into the sentence.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

const plural = new Intl.PluralRules('ar');

/** "You can try again in N seconds", with the noun in the form Arabic gives each number. */
function retryIn(seconds: number): string {
  switch (plural.select(seconds)) {
    case 'one':
      return 'يمكنك إعادة المحاولة بعد ثانية واحدة.';
    case 'two':
      return 'يمكنك إعادة المحاولة بعد ثانيتين.';
    case 'few':
      return `يمكنك إعادة المحاولة بعد ${seconds} ثوانٍ.`;
    default:
      return `يمكنك إعادة المحاولة بعد ${seconds} ثانية.`;
  }
}

/** "A, B and N others can open this link", the count's noun in the form Arabic gives each number. */
function linkAudienceNamed(names: string[], others: number): string {
  const shown = names.map(isolate);
  const rest: Record<string, string> = {
    one: 'شخص آخر',
    two: 'شخصين آخرين',
    few: `${others} أشخاص آخرين`,
    many: `${others} شخصًا آخر`,
    other: `${others} شخص آخر`,
  };
  const listed =
    others > 0
      ? `${shown.join('، ')} و${rest[plural.select(others)]}`
      : shown.length > 1
        ? `${shown.slice(0, -1).join('، ')} و${shown[shown.length - 1]}`
        : shown.join('');
  return `يمكن لـ${listed} فتح هذا الرابط.`;
}

/** "After N days", likewise. */
function linkExpiryDays(days: number): string {
  const forms: Record<string, string> = {
    one: 'بعد يوم واحد',
    two: 'بعد يومين',
    few: `بعد ${days} أيام`,
    many: `بعد ${days} يومًا`,
    other: `بعد ${days} يوم`,
  };
  return forms[plural.select(days)]!;
}

/** Every word in Arabic (titles quoted in «»), typed against the English so that a missing one fails to compile. */
export const arabicStrings: HarmonyStrings = {
  shareTitle: (title) => `مشاركة «${isolate(title)}»`,
  shareDescription: 'اختر طريقة مشاركة تقرير رؤى هذه المحادثة',
  close: 'إغلاق',
  done: 'تم',
  loading: 'جارٍ تحميل المحادثة…',
  loadFailed: 'تعذّر تحميل هذه المحادثة',
  untitled: 'محادثة بلا عنوان',
  sharePdf: 'مشاركة ملف PDF',
  generatingPdf: 'جارٍ إنشاء ملف PDF…',
  pdfReady: (filename) => `جارٍ تنزيل ${isolate(filename)}.`,
  pdfDownloaded: (filename) => `تم تنزيل ${isolate(filename)}. ستجده في مجلد التنزيلات.`,
  pdfMadeInBrowser: 'تعذّر على الخادم إنشاء التقرير، لذا أُنشئ في متصفحك.',
  openPdf: 'فتح ملف PDF',
  openPdfHint: 'حظر متصفحك التنزيل. افتح التقرير بدلًا من ذلك:',
  customizePdf: 'تخصيص ملف PDF',
  pdfSectionsLegend: 'ما يتضمنه ملف PDF',
  pdfSectionSummary: 'الملخص',
  pdfSectionActionItems: 'المهام المطلوبة',
  pdfSectionKeyPoints: 'النقاط الرئيسية',
  pdfSectionOther: 'رؤى أخرى',
  pdfSectionsChosen: (parts) => `يتضمن: ${parts}`,
  pdfSectionsNone: 'اختر جزءًا واحدًا على الأقل من التقرير.',
  pdfNoTranscript: 'لا يكون النص المكتوب للمحادثة جزءًا من ملف PDF أبدًا؛ شارك رابطًا لإتاحة الوصول إليه.',
  generateLink: 'إنشاء رابط للمشاركة',
  generatingLink: 'جارٍ إنشاء الرابط…',
  linkReady: 'تم إنشاء الرابط.',
  shareableLink: 'رابط المشاركة',
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyFailed: 'تعذّر النسخ تلقائيًا.',
  pressToCopy: (shortcut) => `الرابط محدَّد: اضغط ${isolate(shortcut)} لنسخه.`,
  linkAudience:
    'لا يستطيع فتح الرابط إلا الأشخاص المسجِّلون دخولهم إلى Harmony ممن يسمح لهم دورهم بقراءة هذه المحادثة. المشاركة لا تمنح أي صلاحية وصول جديدة.',
  linkAudienceLoading: 'جارٍ معرفة من يمكنه فتح الرابط…',
  linkAudienceNamed,
  linkAudienceEmpty: 'أنت وحدك من يمكنه فتح هذا الرابط.',
  linkAudienceFailed: 'تعذّرت معرفة من يمكنه فتح هذا الرابط.',
  linkAudienceShow: 'من ولماذا',
  reasonCreator: 'أنشأها',
  reasonTeam: (team) => (team ? `فريق ${isolate(team)}` : 'يملكها فريقه'),
  reasonAll: 'يقرأ كل المحادثات',
  checkAccessLabel: 'تحقّق ممن يمكنه فتحه',
  checkAccessPlaceholder: 'الاسم أو البريد الإلكتروني',
  checkAccessTooLong: (max) => `اكتب اسمًا أو بريدًا إلكترونيًا لا يزيد على ${max} حرفًا.`,
  checkingAccess: (who) => `جارٍ التحقق من «${isolate(who)}»…`,
  accessCan: (name, reason) => `يمكن لـ${isolate(name)} فتحه (${reason}).`,
  accessCannot: (name, scope) =>
    `لا يمكن لـ${isolate(name)} فتحه: دوره يتيح قراءة ${
      scope === 'own' ? 'محادثاته الخاصة' : 'محادثات فرقه'
    } فقط. يمكن للمسؤول تغيير ذلك من الإعدادات ← الأدوار.`,
  accessUnknown: (who) =>
    `لا أحد في مساحة العمل هذه يطابق «${isolate(who)}»، لذا لا يمكن لأحد بهذا الاسم فتحه.`,
  accessCheckFailed: 'تعذّر التحقق ممن يمكنه فتحه.',
  linkExpiryLabel: 'انتهاء صلاحية الرابط',
  linkExpiryNever: 'حتى إلغائه',
  linkExpiryDays,
  linkExpiresOn: (date) => `تنتهي صلاحيته في ${isolate(date)}.`,
  revokeLink: 'إبطال الرابط',
  revokeConfirm: 'هل تريد إبطال هذا الرابط؟ سيتوقف عن العمل لدى كل من لديه الرابط.',
  revokeConfirmYes: 'إبطال',
  revokeConfirmNo: 'الإبقاء على الرابط',
  linkRevoked: 'تم إبطال الرابط. لم يعد يفتح المحادثة.',
  linkRevokedNote: 'تم إبطال الرابط: لم يعد يعمل لدى أي شخص لديه الرابط.',
  generateNewLink: 'إنشاء رابط جديد',
  stillProcessing: 'لا تزال هذه المحادثة قيد المعالجة. تصبح المشاركة متاحة عندما تصبح حالتها «مكتملة».',
  processingFailed: 'تعذّرت معالجة هذه المحادثة، لذا لا يمكن مشاركتها.',
  retry: 'إعادة المحاولة',
  errorMessages: {
    unauthenticated: 'انتهت جلستك في Harmony.',
    forbidden: 'ليس لديك إذن بمشاركة هذه المحادثة.',
    'not-found': 'لم تعد هذه المحادثة موجودة، أو تم إبطال الرابط.',
    'not-ready': 'لا تزال هذه المحادثة قيد المعالجة.',
    'rate-limited': 'هناك طلبات كثيرة جدًا في الوقت الحالي.',
    unavailable: 'Harmony غير متاح مؤقتًا.',
    network: 'تعذّر الوصول إلى Harmony. تحقّق من اتصالك.',
    timeout: 'استغرق Harmony وقتًا طويلًا للرد.',
    aborted: 'تم إلغاء الطلب.',
    'invalid-response': 'أرسل Harmony ردًا لم نتمكن من قراءته.',
    unsupported: 'هذا الإجراء غير متاح هنا.',
  },
  errorNextSteps: {
    unauthenticated: 'سجّل الدخول إلى Harmony مرة أخرى، ثم أعد المحاولة.',
    // The arrow points the way Arabic reads: from Settings on to Roles.
    forbidden: 'اطلب من المسؤول التحقق من دورك في الإعدادات ← الأدوار.',
    'not-found': 'تأكّد من أن المحادثة لا تزال موجودة، ثم أعد المحاولة.',
    'not-ready': 'انتظر حتى تصبح حالتها «مكتملة»، ثم أعد المحاولة.',
    'rate-limited': 'انتظر قليلًا، ثم أعد المحاولة.',
    unavailable: 'أعد المحاولة بعد قليل.',
    network: 'أعد المحاولة عندما يعود اتصالك بالإنترنت.',
    timeout: 'أعد المحاولة.',
    aborted: 'أعد المحاولة.',
    'invalid-response': 'أعد المحاولة، وإذا تكرر ذلك فتواصل مع المسؤول.',
    unsupported: 'تواصل مع المسؤول إذا كنت بحاجة إليه.',
  },
  retryIn,
  retryNow: 'يمكنك إعادة المحاولة الآن.',
  moreActions: (title) => `إجراءات أخرى لـ«${isolate(title)}»`,
  share: 'مشاركة',
  shareUnavailable: 'متاح عند اكتمال المعالجة',
  discussWithCompanion: 'المناقشة مع Companion',
  companionSuggestion: 'لخّص هذا الاجتماع…',
  companionUnavailable: 'متاح عند اكتمال المعالجة',
  companionProcessingFailed: 'تعذّرت معالجة هذه المحادثة، لذا لا يستطيع Companion مناقشتها.',
  openingCompanion: 'جارٍ فتح Companion…',
  openCompanionThread: 'فتح سلسلة Companion',
  moreActionsNoTitle: 'إجراءات أخرى',
  popupBlocked: 'حظر متصفحك النافذة الجديدة.',
  companionErrorMessages: {
    forbidden: 'ليس لديك إذن بمناقشة هذه المحادثة مع Companion.',
    'not-found': 'لم تعد هذه المحادثة موجودة.',
    unsupported: 'Companion غير متاح هنا.',
  },
};

registerLocale({ lang: 'ar', dir: 'rtl', strings: arabicStrings });
