// Japanese. Importing this module registers it: every element whose language is `ja` (or `ja-JP`) speaks it.
import { registerLocale } from '../i18n/locales.js';
import type { HarmonyStrings } from '../i18n/strings.js';

/**
 * Every word in Japanese (polite form, names of things quoted in 「」), typed against the English so
 * that a missing one fails to compile.
 */
export const japaneseStrings: HarmonyStrings = {
  // The verb first: a long title is cut after two lines, and the heading must still say what it does.
  shareTitle: (title) => `共有：「${title}」`,
  shareDescription: 'この会話のインサイトレポートを共有する方法を選択してください',
  close: '閉じる',
  done: '完了',
  loading: '会話を読み込んでいます…',
  loadFailed: 'この会話を読み込めませんでした',
  untitled: '無題の会話',
  sharePdf: 'PDF を共有',
  generatingPdf: 'PDF を生成しています…',
  pdfReady: (filename) => `${filename} をダウンロードしています。`,
  pdfDownloaded: (filename) =>
    `${filename} をダウンロードしました。ダウンロード フォルダーをご確認ください。`,
  pdfMadeInBrowser: 'サーバーでレポートを作成できなかったため、ブラウザーで作成しました。',
  openPdf: 'PDF を開く',
  openPdfHint: 'ブラウザーがダウンロードをブロックしました。代わりにレポートを開いてください：',
  customizePdf: 'PDF をカスタマイズ',
  pdfSectionsLegend: 'PDF に含める内容',
  pdfSectionSummary: '要約',
  pdfSectionActionItems: 'アクションアイテム',
  pdfSectionKeyPoints: '要点',
  pdfSectionOther: 'その他のインサイト',
  pdfSectionsChosen: (parts) => `含む内容：${parts}`,
  pdfSectionsNone: 'レポートの内容を 1 つ以上選んでください。',
  pdfNoTranscript: '文字起こしは PDF に含まれません。アクセスを許可するにはリンクを共有してください。',
  generateLink: '共有用のリンクを生成',
  generatingLink: 'リンクを生成しています…',
  linkReady: 'リンクを生成しました。',
  shareableLink: '共有用リンク',
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: '自動でコピーできませんでした。',
  pressToCopy: (shortcut) => `リンクを選択しました。${shortcut} を押してコピーしてください。`,
  linkAudience:
    'このリンクを開けるのは、Harmony にサインインしていて、この会話を閲覧できるロールを持つユーザーだけです。共有によって新しいアクセス権が付与されることはありません。',
  linkAudienceLoading: 'このリンクを開ける人を確認しています…',
  linkAudienceNamed: (names, others) =>
    others > 0
      ? `${names.join('、')} ほか ${others} 人がこのリンクを開けます。`
      : `${names.join('、')} がこのリンクを開けます。`,
  linkAudienceEmpty: 'このリンクを開けるのはあなただけです。',
  linkAudienceFailed: 'このリンクを開ける人を確認できませんでした。',
  linkAudienceShow: '対象者と理由',
  reasonCreator: '作成者',
  reasonTeam: (team) => (team ? `チーム ${team}` : '所属チームの会話'),
  reasonAll: 'すべての会話を閲覧可能',
  checkAccessLabel: '開ける人を確認',
  checkAccessPlaceholder: '名前またはメールアドレス',
  checkAccessTooLong: (max) => `${max} 文字以内で名前またはメールアドレスを入力してください。`,
  checkingAccess: (who) => `「${who}」を確認しています…`,
  accessCan: (name, reason) => `${name} は開けます（${reason}）。`,
  accessCannot: (name, scope) =>
    `${name} は開けません：このロールで閲覧できるのは${
      scope === 'own' ? '自分が作成した' : '自分のチームの'
    }会話だけです。管理者が［設定］→［ロール］で変更できます。`,
  accessUnknown: (who) =>
    `このワークスペースに「${who}」に一致する人はいないため、その名前の人は開けません。`,
  accessCheckFailed: '開ける人を確認できませんでした。',
  linkExpiryLabel: 'リンクの有効期限',
  linkExpiryNever: '取り消すまで',
  linkExpiryDays: (days) => `${days} 日後`,
  linkExpiresOn: (date) => `有効期限：${date}`,
  revokeLink: 'リンクを無効にする',
  revokeConfirm: 'このリンクを無効にしますか？リンクを知っているすべてのユーザーが使えなくなります。',
  revokeConfirmYes: '無効にする',
  revokeConfirmNo: 'リンクを残す',
  linkRevoked: 'リンクを無効にしました。このリンクから会話を開くことはできません。',
  linkRevokedNote: 'リンクを無効にしました。リンクを知っているユーザーは誰も使えません。',
  generateNewLink: '新しいリンクを生成',
  stillProcessing: 'この会話はまだ処理中です。ステータスが「完了」になると共有できます。',
  processingFailed: 'この会話は処理に失敗したため、共有できません。',
  retry: '再試行',
  errorMessages: {
    unauthenticated: 'Harmony のセッションが終了しました。',
    forbidden: 'この会話を共有する権限がありません。',
    'not-found': 'この会話は存在しないか、リンクが無効になっています。',
    'not-ready': 'この会話はまだ処理中です。',
    'rate-limited': '現在、リクエストが集中しています。',
    unavailable: 'Harmony は一時的に利用できません。',
    network: 'Harmony に接続できませんでした。接続を確認してください。',
    timeout: 'Harmony からの応答に時間がかかりすぎました。',
    aborted: 'リクエストはキャンセルされました。',
    'invalid-response': 'Harmony から読み取れない応答が返されました。',
    unsupported: 'この操作はここでは利用できません。',
  },
  errorNextSteps: {
    unauthenticated: 'Harmony にもう一度サインインしてから、再試行してください。',
    forbidden: '「設定」→「ロール」でご自身のロールを確認するよう、管理者に依頼してください。',
    'not-found': '会話がまだ存在することを確認してから、再試行してください。',
    'not-ready': 'ステータスが「完了」になるまで待ってから、再試行してください。',
    'rate-limited': 'しばらく待ってから、再試行してください。',
    unavailable: 'しばらくしてから再試行してください。',
    network: 'オンラインに戻ってから再試行してください。',
    timeout: '再試行してください。',
    aborted: '再試行してください。',
    'invalid-response': '再試行してください。問題が解決しない場合は、管理者にお問い合わせください。',
    unsupported: '必要な場合は、管理者にお問い合わせください。',
  },
  retryIn: (seconds) => `${seconds} 秒後に再試行できます。`,
  retryNow: '今すぐ再試行できます。',
  moreActions: (title) => `「${title}」のその他の操作`,
  share: '共有',
  shareUnavailable: '処理が完了すると利用できます',
  discussWithCompanion: 'Companion と話し合う',
  companionSuggestion: 'この会議を要約してください…',
  companionUnavailable: '処理が完了すると利用できます',
  companionProcessingFailed: 'この会話は処理に失敗したため、Companion と話し合うことはできません。',
  openingCompanion: 'Companion を開いています…',
  openCompanionThread: 'Companion のスレッドを開く',
  moreActionsNoTitle: 'その他の操作',
  popupBlocked: 'ブラウザーが新しいウィンドウをブロックしました。',
  companionErrorMessages: {
    forbidden: 'この会話について Companion と話し合う権限がありません。',
    'not-found': 'この会話は存在しません。',
    unsupported: 'Companion はここでは利用できません。',
  },
};

registerLocale({ lang: 'ja', dir: 'ltr', strings: japaneseStrings });
