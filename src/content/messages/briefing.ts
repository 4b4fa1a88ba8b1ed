/**
 * Texts of the first report to management (step 3). The sheet follows the usual first-report layout:
 * facts so far, unknowns, actions taken, decisions needed, time of the next update.
 */
import type { Localized } from '../checklists/types.js';

export const BRIEFING_MESSAGES = {
  'briefing.subject': { ja: '第{number}報: {title}', en: 'Incident briefing {number}: {title}' },
  'briefing.greeting': { ja: '経営層の皆さま', en: 'To management,' },
  'briefing.intro': {
    ja: 'インシデント対応窓口より、現時点でわかっていることを報告します。まだ確認中の内容を含みます。',
    en: 'This is the incident response desk with what we know so far. Some of it is still being checked.',
  },
  'briefing.heading.overview': { ja: '■ 概要', en: '■ Summary' },
  'briefing.heading.known': { ja: '■ わかっていること', en: '■ What we know' },
  'briefing.heading.unknown': { ja: '■ まだわかっていないこと', en: '■ What we do not know yet' },
  'briefing.heading.actions': { ja: '■ 実施した対応', en: '■ What we have done' },
  'briefing.heading.decisions': { ja: '■ ご判断いただきたいこと', en: '■ Decisions we need from you' },
  'briefing.heading.next_update': { ja: '■ 次回の報告', en: '■ Next update' },
  'briefing.label.case': { ja: '案件番号', en: 'Case' },
  'briefing.label.title': { ja: '件名', en: 'Title' },
  'briefing.label.types': { ja: '種類', en: 'Type' },
  'briefing.label.status': { ja: '状況', en: 'Status' },
  'briefing.label.determination': { ja: '判定', en: 'Determination' },
  'briefing.label.report': { ja: '報告された内容', en: 'As reported' },
  'briefing.determination.pending': { ja: 'まだ判定していません', en: 'Not determined yet' },
  'briefing.determination.with_urgency': {
    ja: '{verdict}(緊急度: {urgency})',
    en: '{verdict} (urgency: {urgency})',
  },
  'briefing.none.known': { ja: 'まだ確認できた事実はありません。', en: 'Nothing has been confirmed yet.' },
  'briefing.none.unknown': {
    ja: '基本的な事項は、すべて確認できています。',
    en: 'All the basic questions have been answered.',
  },
  'briefing.none.actions': { ja: 'まだ記録された対応はありません。', en: 'No actions have been recorded yet.' },
  'briefing.next_update.at': {
    ja: '{at}ごろに続報をお送りします。それより前でも、状況が大きく変われば、すぐにお知らせします。',
    en: 'We will send an update around {at}, or sooner if anything important changes.',
  },
  'briefing.next_update.none': {
    ja: '状況が変わり次第、続報をお送りします。',
    en: 'We will send an update as soon as anything changes.',
  },
  'briefing.decision.vendor': {
    ja: '外部のセキュリティ対応業者に支援を依頼するかどうか',
    en: 'Whether to bring in an outside security vendor',
  },
  'briefing.decision.cost': { ja: '対応にかけられる費用の上限', en: 'How much we may spend on the response' },
  'briefing.decision.public_notice': {
    ja: '取引先・顧客へのお知らせや公表をするかどうか、いつ行うか',
    en: 'Whether and when to tell customers and partners, or publish a notice',
  },
  'briefing.decision.police': { ja: '警察に相談するかどうか', en: 'Whether to consult the police' },
  'briefing.decision.response_team': {
    ja: '対応の責任者と体制',
    en: 'Who leads the response, and who is on the team',
  },
  'briefing.footer': {
    ja: 'この報告は {now} 時点の内容です。',
    en: 'This briefing reflects the situation at {now}.',
  },
} as const satisfies Record<string, Localized>;
