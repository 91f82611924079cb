import type { ReportWords } from './types.js';

export const JA: ReportWords = {
  lang: 'ja',
  reportName: '会話インサイトレポート',
  filename: '会話インサイトレポート.pdf',
  creator: 'Harmony',
  untitled: '無題の会話',
  date: '日時',
  duration: '所要時間',
  participants: '参加者',
  medium: '会議方法',
  notRecorded: '記録なし',
  noParticipants: '参加者の記載なし',
  listSeparator: '、',
  insights: 'インサイト',
  noInsights: 'この会話のインサイトはまだありません。',
  emptyInsight: 'このインサイトの詳細は生成されませんでした。',
  continued: '{title}（続き）',
  owner: '担当',
  due: '期限',
  // Japanese sets a full-width colon with no space after it.
  labelled: '{label}：{value}',
  qrCaption: 'スキャンして Harmony でこの会話を開く',
  qrAlt: 'QR コード：Harmony でこの会話を開くリンク',
  linkCaption: 'Harmony でこの会話を開く',
  access:
    'この会話を開けるのは、Harmony にサインインしていて、この会話を閲覧できるロールを持つユーザーのみです。',
  noLink: 'この会話へのリンクは提供されていません。',
  page: '{page} / {count} ページ',
  defaultTitles: {
    summary: '要約',
    'action-items': 'アクションアイテム',
    'key-points': '要点',
    custom: 'インサイト',
  },
  mediums: {
    phone: '電話',
    slackHuddle: 'Slack ハドル',
    inPerson: '対面',
    upload: 'アップロードされた録音',
  },
};
