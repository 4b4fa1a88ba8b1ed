/**
 * The legal and contractual checks a playbook can point to, each with the version of the rules it
 * describes and the date it was checked. Japan's APPI: art. 26 of the Act, arts. 7 and 8 of the
 * Enforcement Rules, and the PPC's general guidelines. An amendment promulgated on 2026-07-17 is not in
 * force yet; until it is, these texts describe the rules that apply.
 */
import type { RegulatoryRule, RegulatoryRuleId } from './schema.js';
import { DOCS } from './sources.js';

const CHECKED_ON = '2026-11-27';

const APPI_VERSION = {
  ja: '個人情報保護法(2022年4月1日施行の改正後)、同法施行規則(2024年4月1日施行の改正後)、個人情報保護委員会のガイドライン(通則編)に基づきます。2026年7月17日に公布された改正法は、確認日の時点ではまだ施行されていません。施行日は委員会の発表で確かめてください。',
  en: 'Based on the APPI as amended in force from 1 April 2022, its Enforcement Rules as amended in force from 1 April 2024, and the PPC’s general guidelines. An amendment promulgated on 17 July 2026 was not yet in force on the date checked; confirm its start date with the PPC.',
};

export const REGULATORY_RULES: Readonly<Record<RegulatoryRuleId, RegulatoryRule>> = {
  appi_report: {
    id: 'appi_report',
    title: {
      ja: '個人情報保護委員会への漏えい等の報告',
      en: 'Report of a personal-data breach to the PPC',
    },
    recipient: {
      ja: '個人情報保護委員会(業種によっては権限を委任された事業所管大臣)',
      en: 'The Personal Information Protection Commission (for some industries, the minister it has delegated to)',
    },
    trigger: {
      ja: '個人データの漏えい・滅失・毀損が起きた、または起きたおそれがあり、次のいずれかにあたるとき。(1) 要配慮個人情報(病歴など)を含む。(2) 不正に使われると財産的な被害が出るおそれがある(カード番号、ネットバンキングのIDとパスワードなど)。(3) 不正の目的によるおそれがある(不正アクセス、ランサムウェア、従業員による持ち出しなど)。(4) 1,000人を超える。(1)〜(3)は1人分でも対象です。データに高度な暗号化などの保護がされていれば、報告は要りません。',
      en: 'Personal data was, or may have been, leaked, lost or damaged, and any of these applies: (1) it includes sensitive data such as medical history; (2) misuse could cause financial loss (card numbers, online-banking IDs and passwords); (3) it may have been done with malicious intent (unauthorised access, ransomware, an employee taking data); (4) more than 1,000 people are affected. Cases (1) to (3) count even for one person. No report is needed if the data was protected by strong encryption or similar measures.',
    },
    deadlines: [
      {
        label: { ja: '速報', en: 'Preliminary report' },
        when: {
          ja: '知った後、速やかに。ガイドラインでは、おおむね3〜5日以内が目安です。わかっている範囲で出せます。',
          en: 'Promptly after learning of it; the guidelines suggest roughly 3 to 5 days. It may contain only what you know so far.',
        },
      },
      {
        label: { ja: '確報', en: 'Final report' },
        when: {
          ja: '知った日から30日以内。(3) 不正の目的によるおそれがある場合は60日以内。',
          en: 'Within 30 days of learning of it; 60 days for case (3), possible malicious intent.',
        },
      },
    ],
    basis: {
      ja: '個人情報保護法 第26条第1項、同法施行規則 第7条・第8条',
      en: 'APPI art. 26(1); Enforcement Rules arts. 7 and 8',
    },
    version: { label: APPI_VERSION, checkedOn: CHECKED_ON },
    notes: [
      {
        ja: '期限は、会社のいずれかの部署が事態を知った日から数えます。経営層が知った日ではありません。',
        en: 'The clock starts on the day any part of the organisation learned of it, not the day management did.',
      },
      {
        ja: '報告は委員会のWebサイトのフォームから行います。項目は、概要、データの項目、人数、原因、二次被害、本人への対応、公表、再発防止策、その他の9つです。',
        en: 'Reports are made through the form on the PPC’s website. It asks for nine items: summary, data items, number of people, cause, secondary damage, response to the people affected, publication, prevention measures and anything else.',
      },
      {
        ja: '2024年4月からは、ネットショップの入力画面の改ざんなどで、これから取得しようとしていた情報が盗まれた場合も(3)の対象です。2025年10月からは、ランサムウェア事案とDDoS攻撃事案の共通様式も使えます。',
        en: 'Since April 2024, case (3) also covers data you were about to collect, for example card details typed into an altered shop page. Since October 2025, the common report forms for ransomware and DDoS cases can be used as well.',
      },
    ],
    sources: [
      {
        ...DOCS.ppcLeak,
        supports: { ja: '報告の要否、期限、報告の方法', en: 'When a report is needed, the deadlines, how to report' },
      },
      {
        ...DOCS.ppcGuidelines,
        supports: {
          ja: '速報の目安(3〜5日)と「知った」日の考え方',
          en: 'The 3-to-5-day guide for the preliminary report and when you "learned" of it',
        },
      },
    ],
  },
  appi_notice: {
    id: 'appi_notice',
    title: { ja: '本人への通知', en: 'Notice to the people affected' },
    recipient: { ja: '情報が漏えいした本人', en: 'Each person whose data is involved' },
    trigger: {
      ja: '委員会への報告が必要な場合と同じです。',
      en: 'The same cases that require a report to the PPC.',
    },
    deadlines: [
      {
        label: { ja: '通知', en: 'Notice' },
        when: {
          ja: '状況に応じて速やかに。本人に知らせることで被害が広がるおそれがあるなど、すぐに知らせるべきでない事情があれば、その事情がなくなってから。',
          en: 'As promptly as the situation allows; if telling people at once would make things worse, as soon as that reason has passed.',
        },
      },
    ],
    basis: { ja: '個人情報保護法 第26条第2項、同法施行規則 第10条', en: 'APPI art. 26(2); Enforcement Rules art. 10' },
    version: { label: APPI_VERSION, checkedOn: CHECKED_ON },
    notes: [
      {
        ja: '連絡先がわからないなど通知が難しいときは、公表と問い合わせ窓口の設置など、本人が確かめられる方法で代えることができます。',
        en: 'Where notice is impossible, for example because contact details are unknown, publish the facts and open an enquiry desk so people can check for themselves.',
      },
      {
        ja: '通知には、概要、データの項目、原因、二次被害やそのおそれ、その他参考になることを書きます。',
        en: 'The notice covers the summary, the data items, the cause, any secondary damage or risk of it, and anything else that helps.',
      },
    ],
    sources: [
      {
        ...DOCS.ppcGuidelines,
        supports: { ja: '通知の時期、内容、代わりの措置', en: 'Timing, content and alternatives' },
      },
    ],
  },
  card_data: {
    id: 'card_data',
    title: {
      ja: 'カード情報の漏えい:カード会社・決済代行会社への連絡',
      en: 'Card data: tell the card company or payment processor',
    },
    recipient: {
      ja: '契約しているカード会社または決済代行会社',
      en: 'The card company or payment processor you have a contract with',
    },
    trigger: {
      ja: 'クレジットカード番号などのカード情報が漏えいした、またはそのおそれがあるとき(決済画面の改ざん、カード会社からの不正利用の指摘など)。',
      en: 'Card numbers or other card data were, or may have been, stolen: an altered payment page, or a card company reporting fraudulent use traced to you.',
    },
    deadlines: [
      {
        label: { ja: '最初の連絡', en: 'First call' },
        when: {
          ja: '疑いがわかった時点で、すぐに。日数の決まりではなく、契約とカード業界の手順によります。',
          en: 'At once, as soon as you suspect it. This follows your contract and the card industry’s procedure rather than a day count in law.',
        },
      },
    ],
    basis: {
      ja: '割賦販売法(加盟店によるカード番号等の適切な管理)と、カード会社・決済代行会社との契約',
      en: 'The Installment Sales Act (merchants’ duty to protect card numbers) and your contract with the card company or processor',
    },
    version: {
      label: {
        ja: '割賦販売法と業界の一般的な手順に基づく案内です。具体的な手順は契約先の指示に従ってください。',
        en: 'General guidance based on the Installment Sales Act and usual industry practice; your contract partner’s instructions come first.',
      },
      checkedOn: CHECKED_ON,
    },
    notes: [
      {
        ja: 'カード会社から、指定の専門業者によるフォレンジック調査を求められるのが一般的です。調査が終わるまで、サーバーのファイルを消したり、電源を切ったりしないでください。',
        en: 'The card company usually requires a forensic investigation by an approved firm. Until it is done, do not delete files on the server or power it off.',
      },
      {
        ja: 'カード番号は「財産的被害のおそれ」にあたるため、個人情報保護委員会への報告も必要です。',
        en: 'Card numbers count as data whose misuse could cause financial loss, so a report to the PPC is needed too.',
      },
    ],
    sources: [
      { ...DOCS.meti, supports: { ja: '加盟店のカード情報保護の義務', en: 'Merchants’ duty to protect card data' } },
      {
        ...DOCS.ppcGuidelines,
        supports: { ja: 'カード番号が報告対象になること', en: 'Card numbers count for the PPC report' },
      },
    ],
  },
  gdpr: {
    id: 'gdpr',
    title: {
      ja: 'EU・英国の居住者の個人データ(GDPR)',
      en: 'Personal data of people in the EU or UK (GDPR)',
    },
    recipient: {
      ja: '担当する監督機関、高いリスクがあれば本人',
      en: 'The competent supervisory authority; the people affected if the risk to them is high',
    },
    trigger: {
      ja: 'EU(または英国)の居住者の個人データを扱っていて、その漏えいなどが起きたとき。本人へのリスクがないと言える場合を除きます。',
      en: 'You handle personal data of people in the EU (or UK) and it was breached, unless the breach is unlikely to put them at risk.',
    },
    deadlines: [
      {
        label: { ja: '監督機関への通知', en: 'Notice to the authority' },
        when: {
          ja: '気づいてから遅滞なく、できる限り72時間以内。遅れた場合は理由を添えます。段階的に出すこともできます。',
          en: 'Without undue delay and where feasible within 72 hours of becoming aware; give reasons if later. It may be sent in phases.',
        },
      },
      {
        label: { ja: '本人への連絡', en: 'Telling the people affected' },
        when: { ja: '高いリスクがあるとき、遅滞なく。', en: 'Without undue delay, when the risk to them is high.' },
      },
    ],
    basis: { ja: 'GDPR 第33条・第34条', en: 'GDPR arts. 33 and 34' },
    version: {
      label: {
        ja: 'GDPR(2018年5月25日適用)の条文に基づきます。英国は同様の内容の UK GDPR です。',
        en: 'Based on the GDPR as applied since 25 May 2018; the UK GDPR has the same rule.',
      },
      checkedOn: CHECKED_ON,
    },
    notes: [
      {
        ja: '日本の報告とは期限が違います。該当しそうなら、早めに弁護士や専門家に相談してください。',
        en: 'The deadline differs from Japan’s. If it may apply, talk to a lawyer or expert early.',
      },
    ],
    sources: [
      { ...DOCS.gdpr, supports: { ja: '72時間の期限と本人への連絡', en: 'The 72-hour deadline and telling people' } },
    ],
  },
  sector_regulator: {
    id: 'sector_regulator',
    title: { ja: '業界の所管省庁への報告', en: 'Report to your industry’s ministry' },
    recipient: {
      ja: '業界を所管する省庁(通信は総務省、医療は厚生労働省など)',
      en: 'The ministry in charge of your industry (telecoms: MIC; healthcare: the Ministry of Health, and so on)',
    },
    trigger: {
      ja: '業界の法律やガイドラインに報告の決まりがあるとき。たとえば電気通信事業者の通信の秘密の漏えいや重大な事故、医療機関へのサイバー攻撃の疑いなどです。',
      en: 'Your industry’s law or guidelines require a report: for example a telecom carrier’s leak of communications secrecy or a serious outage, or a suspected attack on a medical institution.',
    },
    deadlines: [
      {
        label: { ja: '電気通信事業者', en: 'Telecom carriers' },
        when: {
          ja: '速やかに報告し、30日以内に詳しい報告をします。',
          en: 'Report promptly, and in full within 30 days.',
        },
      },
      {
        label: { ja: '医療機関', en: 'Medical institutions' },
        when: {
          ja: 'システムの保守業者にすぐ連絡し、厚生労働省にも速やかに連絡します。',
          en: 'Tell the system vendor at once, and the Ministry of Health promptly.',
        },
      },
    ],
    basis: {
      ja: '電気通信事業法、医療情報システムの安全管理に関するガイドライン、その他の業法',
      en: 'The Telecommunications Business Act, the healthcare information-system security guidelines and other industry laws',
    },
    version: {
      label: {
        ja: '代表的な業界の決まりをまとめたものです。自社の業界の決まりは所管省庁の案内で確認してください。',
        en: 'A summary of the usual industry rules; check your own industry’s rule with its ministry.',
      },
      checkedOn: CHECKED_ON,
    },
    notes: [
      {
        ja: '2025年10月からは、ランサムウェア事案とDDoS攻撃事案の共通様式を、警察や所管省庁への報告にも使えます。',
        en: 'Since October 2025 the common forms for ransomware and DDoS cases can also be used for reports to the police and ministries.',
      },
    ],
    sources: [
      { ...DOCS.mic, supports: { ja: '電気通信事業者の報告', en: 'Telecom carriers’ reports' } },
      { ...DOCS.mhlw, supports: { ja: '医療機関の連絡', en: 'Medical institutions’ reports' } },
    ],
  },
};
