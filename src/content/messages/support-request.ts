/** Texts of the support-request packet sent to an outside security vendor (step 6). */
import type { Localized } from '../checklists/types.js';

export const SUPPORT_MESSAGES = {
  'support.greeting': { ja: '{vendorName} ご担当者さま', en: 'Dear {vendorName} team,' },
  'support.intro': {
    ja: '{orgName}のインシデント対応窓口です。セキュリティインシデントの疑いがある事象について、ご支援をお願いしたくご連絡しました。現時点でわかっていることを以下にまとめます。',
    en: 'This is the incident response desk of {orgName}. We would like your help with a possible security incident. Below is what we know so far.',
  },
  'support.org_unnamed': { ja: '当組織', en: 'our organisation' },
  'support.heading.who': { ja: '■ 依頼元', en: '■ Who we are' },
  'support.heading.what': { ja: '■ 発生した事象', en: '■ What happened' },
  'support.heading.five': { ja: '■ 基本の5項目', en: '■ The five basic facts' },
  'support.heading.more': { ja: '■ 影響と環境', en: '■ Impact and environment' },
  'support.heading.done': { ja: '■ これまでに行った対応', en: '■ What we have done so far' },
  'support.heading.cannot_tell': { ja: '■ 当方で判断できていないこと', en: '■ What we cannot tell' },
  'support.heading.ask': { ja: '■ お願いしたいこと', en: '■ What we are asking for' },
  'support.label.org': { ja: '組織名', en: 'Organisation' },
  'support.label.case': { ja: '案件番号', en: 'Case' },
  'support.label.title': { ja: '件名', en: 'Title' },
  'support.label.types': { ja: '種類', en: 'Type' },
  'support.label.determination': { ja: '現時点の判定', en: 'Current determination' },
  'support.question_from_step': {
    ja: '手順{step}「{stepName}」の段階で判断できなかったこと:',
    en: 'What we could not decide at step {step} ({stepName}):',
  },
  'support.stuck_at_step': {
    ja: '手順{step}「{stepName}」の段階で、判断がつかなくなりました。',
    en: 'We got stuck at step {step} ({stepName}).',
  },
  'support.question': { ja: 'ご相談したいこと:', en: 'Our question:' },
  'support.unknown_facts': { ja: 'まだ確認できていない事項:', en: 'Not established yet:' },
  'support.none.cannot_tell': {
    ja: '特になし(状況の見立てをお願いします)',
    en: 'Nothing specific (we would value your assessment)',
  },
  'support.ask.assess': {
    ja: '状況の見立てと、今すぐ取るべき対応についての助言',
    en: 'Your assessment of the situation and advice on what to do right now',
  },
  'support.ask.evidence': {
    ja: '証拠を損なわずに保全する方法の助言、または保全作業',
    en: 'How to preserve the evidence without damaging it, or doing it for us',
  },
  'support.ask.investigation': {
    ja: '調査(フォレンジック)をお願いできるか、日程と費用の見積もり',
    en: 'Whether you can investigate (forensics), when, and an estimate of the cost',
  },
  'support.closing': {
    ja: 'お引き受けいただけるかどうかと、ご連絡の取れる時間帯をお知らせください。どうぞよろしくお願いいたします。',
    en: 'Please let us know whether you can help and when we can reach you. Thank you.',
  },
} as const satisfies Record<string, Localized>;
