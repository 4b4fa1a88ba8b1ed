/**
 * A denial-of-service attack flooding a website or service. Facts from IPA's DDoS guidance (involve the
 * providers), the police and the competent ministries (report, keep logs) and the common DDoS incident
 * report form in use since 1 October 2025.
 */
import type { Playbook } from './schema.js';
import { DOCS } from './sources.js';

export const DDOS_PLAYBOOK: Playbook = {
  type: 'ddos',
  reviewedOn: '2026-11-27',
  title: { ja: 'サービス妨害(DDoS攻撃)', en: 'Denial of service (DDoS attack)' },
  summary: {
    ja: '大量の通信を送りつけられて、Webサイトやサービスがつながりにくい、または使えない状態です。自社の機器だけでは防ぎきれないことが多いので、回線・ホスティング・CDNの事業者に対応を頼み、記録を残し、警察と所管省庁に相談し、利用者には別の手段で状況を知らせます。',
    en: 'A flood of traffic is making a website or service slow or unusable. Your own equipment usually cannot stop it, so ask your network, hosting or CDN provider to act, keep the records, consult the police and your ministry, and tell users through another channel.',
  },
  signs: [
    { ja: 'Webサイトやサービスが急に重い、つながらない', en: 'The website or service is suddenly slow or unreachable' },
    { ja: '通信量のグラフが、普段と比べて急に跳ね上がっている', en: 'Traffic graphs show a sudden, unusual spike' },
    {
      ja: 'サーバーや回線の事業者から、攻撃を受けているという連絡が来た',
      en: 'The server or network provider says you are under attack',
    },
    { ja: '「攻撃をやめてほしければ支払え」という脅迫のメールが届いた', en: 'A mail threatens attacks unless you pay' },
  ],
  keywords: {
    ja: [
      'ddos',
      'dos攻撃',
      'サービス妨害',
      'アクセスが集中',
      '大量のアクセス',
      '大量の通信',
      '通信量',
      'つながらない',
      'つながらなく',
      '繋がらない',
      'サーバーがダウン',
      'サイトが重い',
    ],
    en: [
      'ddos',
      'denial of service',
      'flood',
      'traffic spike',
      'heavy traffic',
      'site down',
      'unreachable',
      'overloaded',
      'not responding',
    ],
  },
  immediateActions: [
    'ddos.contact_provider',
    'ddos.keep_logs',
    'ddos.report_authorities',
    'ddos.inform_users',
    'common.record_actions',
  ],
  evidence: [
    {
      ja: 'Webサーバー、ファイアウォール、ロードバランサーのログ',
      en: 'Logs of the web servers, firewalls and load balancers',
    },
    {
      ja: '通信量のグラフの画面(攻撃の始まりと終わりが分かるもの)',
      en: 'Screenshots of traffic graphs showing when the attack started and ended',
    },
    {
      ja: '事業者から受け取った報告や、攻撃元の情報',
      en: 'Reports from the providers and any information on the sources',
    },
    {
      ja: '脅迫や金銭の要求のメール(ヘッダー情報ごと保存し、返信しない)',
      en: 'Any threat or ransom mail, saved with headers and left unanswered',
    },
    {
      ja: 'サービスが使えなかった時間と、影響を受けた利用者や業務の記録',
      en: 'How long the service was down and which users or work were affected',
    },
  ],
  escalation: {
    vendor: {
      ja: 'まず回線事業者、ホスティング事業者、CDN事業者に連絡し、遮断や緩和を依頼します。長引く、繰り返される、ほかの攻撃と同時に起きている、ときは専門業者にも相談してください。攻撃に紛れて別の侵入が行われることもあります。',
      en: 'First call your network, hosting and CDN providers to block or absorb it. If it drags on, keeps coming back or coincides with other attacks, bring in an expert too; attackers sometimes use the noise to hide a break-in.',
    },
    police: {
      ja: 'DDoS攻撃は犯罪です。都道府県警察のサイバー犯罪相談窓口に、保存したログをもとに相談してください。脅迫を伴う場合は特に早く相談します。',
      en: 'A DDoS attack is a crime. Consult your prefectural police cybercrime desk with the logs you saved, and do so quickly if there is a threat.',
    },
    others: [
      {
        ja: '業界を所管する省庁にも報告します。2025年10月からは、DDoS攻撃事案の共通様式が使えます。',
        en: 'Report to the ministry in charge of your industry too; since October 2025 the common DDoS report form can be used.',
      },
      {
        ja: '脅迫に応じて支払っても、攻撃が止まる保証はありません。支払わないでください。',
        en: 'Paying a threat does not guarantee the attack stops. Do not pay.',
      },
    ],
  },
  regulatory: [
    {
      rule: 'sector_regulator',
      when: {
        ja: '通信、金融、医療など報告の決まりがある業界では、所管省庁に報告します。DDoS攻撃事案の共通様式が使えます。',
        en: 'In industries with reporting rules, such as telecoms, finance or healthcare, report to the ministry; the common DDoS form can be used.',
      },
    },
    {
      rule: 'appi_report',
      when: {
        ja: 'DDoS攻撃だけでは、通常は個人データの漏えいにはあたりません。ただし、同時に侵入の形跡が見つかった場合は報告の要否を確認します。',
        en: 'A DDoS attack on its own is usually not a personal-data breach. If signs of a break-in turn up at the same time, check whether a report is needed.',
      },
    },
  ],
  templates: {
    internal_warning: {
      subject: {
        ja: '【連絡】当社サービスがつながりにくくなっています[{incidentId}]',
        en: 'Notice: our service is hard to reach [{incidentId}]',
      },
      body: {
        ja: '{orgName}の皆さま\n\n{date}、当社の【サービス名】が、外部からの大量の通信によってつながりにくくなっています。事業者と協力して対応しています。\n\n次のことをお願いします。\n・お客さまからの問い合わせには、下記の窓口が用意した案内文で答えてください。\n・攻撃をやめる代わりに支払いを求めるような連絡が来たら、応じずに窓口へ転送してください。\n・復旧の見込みを、独自の判断でお客さまに伝えないでください。\n\n連絡先:{contact}',
        en: 'To everyone at {orgName}\n\nOn {date} our [service] became hard to reach because of a flood of traffic from outside. We are working with our providers.\n\nPlease:\n- Answer customer enquiries with the wording the desk below provides.\n- If anyone demands payment to stop the attack, do not respond; forward it to the desk.\n- Do not promise customers a recovery time on your own.\n\nContact: {contact}',
      },
    },
    external_warning: {
      subject: {
        ja: '当社サービスの障害についてのお知らせ',
        en: 'Notice of a service disruption at {orgName}',
      },
      body: {
        ja: '取引先各位\n\n{date}、{orgName}の【サービス名】が、外部からの攻撃によってつながりにくい状態になっています。現在、事業者と協力して復旧に努めています。\n\nこの間のご連絡は、【代わりの連絡手段:例 電話番号】をご利用ください。復旧の状況は、あらためてお知らせします。\n\nご迷惑をおかけし、申し訳ございません。\n\nお問い合わせ:{contact}',
        en: 'Dear partners\n\nSince {date}, {orgName}’s [service] has been hard to reach because of an attack from outside. We are working with our providers to restore it.\n\nIn the meantime please contact us via [alternative, e.g. phone number]. We will let you know when service is back.\n\nWe apologise for the inconvenience.\n\nEnquiries: {contact}',
      },
    },
    public_notice: {
      subject: {
        ja: '当社サービスがつながりにくい状況についてのお詫び',
        en: 'Apology: our service is hard to reach',
      },
      body: {
        ja: '{date}\n{orgName}\n\n【日時】から、当社の【サービス名】が、外部からの大量の通信(DDoS攻撃)によってつながりにくい状態になっています。現在、関係する事業者と協力して対応しています。\n\n現時点で、お客さまの情報が外部に流出したことは確認されていません。\n\nこの間のお問い合わせは、【代わりの連絡手段】をご利用ください。ご迷惑をおかけしておりますことを、深くお詫び申し上げます。\n\n本件のお問い合わせ先:{contact}',
        en: '{date}\n{orgName}\n\nSince [date and time], our [service] has been hard to reach because of a flood of traffic from outside (a DDoS attack). We are working with the providers involved.\n\nWe have found no sign that customer information has been taken.\n\nIn the meantime please contact us via [alternative]. We sincerely apologise for the inconvenience.\n\nEnquiries about this matter: {contact}',
      },
    },
    enquiry_answer: {
      subject: { ja: '問い合わせへの回答例(サービスの障害)', en: 'Answering enquiries (service disruption)' },
      body: {
        ja: 'お問い合わせありがとうございます。{orgName}の担当でございます。\n\nご不便をおかけし申し訳ございません。{date}現在、外部からの攻撃により【サービス名】がつながりにくくなっており、事業者と協力して対応しております。お客さまの情報が流出したことは確認されていません。\n\nお急ぎのご用件は、【代わりの手続き】で承ります。\n\n(応対のメモ:復旧時刻は、確かな見込みがない限り約束しないでください。社内管理番号 {incidentId})\n\nお問い合わせ先:{contact}',
        en: 'Thank you for contacting {orgName}.\n\nWe are sorry for the inconvenience. As of {date}, [service] is hard to reach because of an attack from outside, and we are working with our providers. We have found no sign that customer information has been taken.\n\nFor urgent matters, we can help you via [alternative procedure].\n\n(Note for staff: never promise a recovery time without a firm basis. Internal reference {incidentId}.)\n\nContact: {contact}',
      },
    },
  },
  sources: [
    { ...DOCS.ipaDdos, supports: { ja: '事業者への依頼と備え', en: 'Asking the providers to act, and preparation' } },
    { ...DOCS.npa, supports: { ja: '警察への相談', en: 'Consulting the police' } },
    {
      ...DOCS.mic,
      supports: { ja: '所管省庁への報告と共通様式', en: 'Reporting to the ministry, and the common form' },
    },
    { ...DOCS.nist, supports: { ja: '記録の保全と影響の評価', en: 'Keeping records and assessing impact' } },
  ],
};
