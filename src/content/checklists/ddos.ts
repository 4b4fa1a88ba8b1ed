/**
 * A denial-of-service attack flooding a website or service. Follows Japan's public guidance: involve
 * the providers, keep logs, report to the competent ministry and the police, and use the common DDoS
 * incident report form in use since October 2025.
 */
import type { ChecklistItem } from './types.js';

export const DDOS_ITEMS: readonly ChecklistItem[] = [
  {
    key: 'ddos.contact_provider',
    source: 'ddos',
    who: 'it_staff',
    title: {
      ja: '回線事業者、ホスティング事業者、CDN事業者に連絡する',
      en: 'Contact your internet, hosting or CDN provider',
    },
    why: {
      ja: '大量の通信は、自社の機器では防ぎきれません。事業者側で遮断したり、分散させたりしてもらうのが近道です。',
      en: 'A flood of traffic cannot be held back by your own equipment; the provider can filter or absorb it upstream.',
    },
    do: {
      ja: '攻撃が始まった時刻、影響を受けているサービスのアドレス、見えている症状を伝え、通信の遮断や緩和の対応を依頼してください。',
      en: 'Give them the start time, the addresses of the affected services and the symptoms you see, and ask them to filter or mitigate the traffic.',
    },
    dont: {
      ja: '攻撃元と思われるアドレスに、こちらから通信を送り返さないでください。',
      en: 'Do not send traffic back at the addresses that seem to be attacking.',
    },
  },
  {
    key: 'ddos.keep_logs',
    source: 'ddos',
    who: 'it_staff',
    title: {
      ja: '通信量の記録とログを保存する',
      en: 'Save the traffic records and logs',
    },
    why: {
      ja: '攻撃の規模や時間帯、送信元の情報は、事業者との対策にも、警察への相談にも必要です。',
      en: 'The size, timing and sources of the attack are needed both by your providers and by the police.',
    },
    do: {
      ja: 'Webサーバーやファイアウォールのログ、通信量のグラフを保存し、攻撃の開始と終了の時刻を記録してください。脅迫や金銭の要求があれば、そのメールも残します。',
      en: 'Save web-server and firewall logs and traffic graphs, and note when the attack started and stopped. Keep any threatening or ransom mail too.',
    },
    dont: {
      ja: '容量が足りなくなっても、ログを消して空きを作らないでください。',
      en: 'Do not delete logs to make room, even if storage runs short.',
    },
  },
  {
    key: 'ddos.report_authorities',
    source: 'ddos',
    who: 'anyone',
    title: {
      ja: '警察と所管の省庁に相談・報告する',
      en: 'Report to the police and the competent ministry',
    },
    why: {
      ja: 'DDoS攻撃は犯罪で、同じ攻撃がほかの組織にも向けられていることがあります。2025年10月から、報告に使える共通の様式があります。',
      en: 'A DDoS attack is a crime and is often aimed at other organisations at the same time. Since October 2025 a common form is available for reporting it.',
    },
    do: {
      ja: '都道府県警察のサイバー犯罪相談窓口と、業界を所管する省庁に、保存したログをもとに状況を伝えてください。',
      en: 'Using the saved logs, tell your prefectural police cybercrime desk and the ministry responsible for your sector what is happening.',
    },
    dont: {
      ja: '脅迫に応じて支払ったりしないでください。',
      en: 'Do not pay in response to threats.',
    },
  },
  {
    key: 'ddos.inform_users',
    source: 'ddos',
    who: 'anyone',
    title: {
      ja: '利用者に、つながりにくい状況と代わりの連絡手段を知らせる',
      en: 'Tell users the service is disrupted and how else to reach you',
    },
    why: {
      ja: '理由がわからないまま使えない状態が続くと、利用者の不安や問い合わせが増えます。',
      en: 'An outage with no explanation worries users and floods you with enquiries.',
    },
    do: {
      ja: 'SNSや別のサイト、メールなど攻撃を受けていない手段で、つながりにくい状況と、電話など代わりの連絡手段を知らせてください。',
      en: 'Through a channel that is not under attack, such as social media, another site or mail, explain the disruption and give another way to reach you, such as a phone number.',
    },
    dont: {
      ja: '復旧の見込み時刻を、確かな根拠なく約束しないでください。',
      en: 'Do not promise a recovery time you cannot back up.',
    },
  },
];
