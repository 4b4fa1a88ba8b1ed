/**
 * Something looks wrong but nobody can yet say what. Facts from the seven-step guide (ask outside experts
 * whenever you cannot judge), the questions IPA's consultation desk asks callers, and NIST SP 800-61
 * (record from detection on). It has no keywords: it is what remains when no other type matches.
 */
import type { Playbook } from './schema.js';
import { DOCS } from './sources.js';

export const UNKNOWN_PLAYBOOK: Playbook = {
  type: 'unknown',
  reviewedOn: '2026-11-27',
  title: { ja: '分からない・その他', en: 'Not sure / other' },
  summary: {
    ja: '何かおかしいけれど、何が起きているのかまだ分からない状態です。それで大丈夫です。症状を具体的に記録し、怪しい端末は電源を切らずにネットワークから切り離し、ほかでも起きていないか確かめ、判断できなければ早めに専門家に相談します。分かってきたら、種類を選び直してください。',
    en: 'Something seems wrong, but nobody can yet say what. That is fine. Write down the symptoms precisely, disconnect any suspicious device without powering it off, check whether it is happening elsewhere, and ask an expert early if you cannot judge. Change the type once things become clearer.',
  },
  signs: [
    {
      ja: 'PCやシステムの動きがいつもと違うが、原因が分からない',
      en: 'A PC or system behaves differently and nobody knows why',
    },
    { ja: '見慣れないメッセージや画面が出た', en: 'An unfamiliar message or screen appeared' },
    {
      ja: 'セキュリティ製品から警告が届いたが、意味が分からない',
      en: 'A security product sent an alert nobody understands',
    },
    {
      ja: '取引先や利用者から、当社について不審な連絡があった',
      en: 'A partner or user reported something odd about us',
    },
  ],
  keywords: { ja: [], en: [] },
  immediateActions: [
    'unknown.describe_symptoms',
    'unknown.isolate_if_suspicious',
    'unknown.check_others',
    'unknown.ask_expert',
    'common.notes_elsewhere',
    'common.record_actions',
    'common.do_not_clean_up',
    'common.keep_logs',
  ],
  evidence: [
    {
      ja: '画面に出たメッセージの写真(スマートフォンで撮影)',
      en: 'Photos of any on-screen messages, taken with a phone',
    },
    {
      ja: 'いつから、どの機器やサービスで、何をしたときに起きたかのメモ',
      en: 'Notes of since when, on which device or service, and during what action it happened',
    },
    { ja: 'セキュリティ製品の警告の内容と時刻', en: 'The security product’s alerts and their times' },
    {
      ja: '関係しそうな機器やサービスのログ(消える前に書き出す)',
      en: 'Logs of the devices and services that may be involved, exported before they expire',
    },
  ],
  escalation: {
    vendor: {
      ja: '判断できないときこそ、早めに相談してください。相談するのに、確かな情報がそろっている必要はありません。契約している業者がいなければ、IPAの情報セキュリティ安心相談窓口で応急の助言と相談先の案内を受けられます。',
      en: 'When you cannot judge is exactly when to call. You do not need certainty to ask. Without a contracted vendor, IPA’s security consultation desk gives first-aid advice and tells you where to turn.',
    },
    police: {
      ja: '金銭の要求、脅迫、情報やお金の被害など、犯罪の疑いが出てきたら、都道府県警察のサイバー犯罪相談窓口に相談します。急を要する場合は110番です。',
      en: 'If signs of a crime appear, such as demands for money, threats, or loss of data or money, consult your prefectural police cybercrime desk. In an emergency, dial 110.',
    },
    others: [
      {
        ja: 'システムの保守業者やクラウドサービスの提供元に、同じような障害や警告が出ていないか問い合わせます。',
        en: 'Ask your system maintainer or cloud provider whether they see similar faults or alerts.',
      },
    ],
  },
  regulatory: [
    {
      rule: 'appi_report',
      when: {
        ja: 'まだ分からなくても、個人データが見られたり持ち出されたりしたおそれが出てきたら、その時点で報告の要否を確認します。期限は「知った日」から数えます。',
        en: 'Even while unclear, as soon as personal data may have been seen or taken, check whether a report is needed. Deadlines count from the day you learned of it.',
      },
    },
  ],
  templates: {
    internal_warning: {
      subject: {
        ja: '【連絡】システムの不具合を調べています[{incidentId}]',
        en: 'Notice: we are looking into a system problem [{incidentId}]',
      },
      body: {
        ja: '{orgName}の皆さま\n\n{date}、【機器・システム名】でいつもと違う動きが見つかり、原因を調べています。\n\n次のことをお願いします。\n・同じような症状(動きが遅い、見慣れない画面が出る、ファイルが開けないなど)があれば、そのPCは電源を切らずにLANケーブルを抜き、窓口へ電話してください。\n・不審なメールや添付ファイルは開かないでください。\n・この件を社外やSNSで話さないでください。\n\n連絡先:{contact}',
        en: 'To everyone at {orgName}\n\nOn {date} we noticed unusual behaviour on [device or system] and are looking into the cause.\n\nPlease:\n- If you see similar symptoms (slowness, unfamiliar screens, files that will not open), unplug that PC’s network cable without switching it off, and phone the desk.\n- Do not open suspicious mail or attachments.\n- Do not discuss this outside the company or on social media.\n\nContact: {contact}',
      },
    },
    external_warning: {
      subject: {
        ja: '当社システムの不具合についてのお知らせ',
        en: 'Notice of a system problem at {orgName}',
      },
      body: {
        ja: '取引先各位\n\n{date}、{orgName}のシステムの一部に不具合が見つかり、原因を調べています。念のため、当社を名乗る、いつもと違うメールや依頼があった場合は、応じずに下記までご確認ください。\n\n詳しいことが分かり次第、お知らせします。ご迷惑をおかけし、申し訳ございません。\n\nお問い合わせ:{contact}',
        en: 'Dear partners\n\nOn {date}, {orgName} found a problem in part of its systems and is looking into the cause. As a precaution, if you receive unusual mail or requests in our name, please check with us below before acting.\n\nWe will update you when we know more. We apologise for the inconvenience.\n\nEnquiries: {contact}',
      },
    },
    public_notice: {
      subject: {
        ja: '当社システムの不具合についてのお知らせ',
        en: 'Notice of a problem with our systems',
      },
      body: {
        ja: '{date}\n{orgName}\n\n【日時】から、当社の【システム・サービス名】に不具合が生じています。現在、外部の専門家の協力を得て原因を調べています。\n\n原因や影響が分かり次第、あらためてお知らせします。ご迷惑をおかけしておりますことを、お詫び申し上げます。\n\n本件のお問い合わせ先:{contact}',
        en: '{date}\n{orgName}\n\nSince [date and time], our [system or service] has had a problem. We are investigating the cause with outside experts.\n\nWe will publish the cause and its effects as soon as we know them. We apologise for the inconvenience.\n\nEnquiries about this matter: {contact}',
      },
    },
    enquiry_answer: {
      subject: { ja: '問い合わせへの回答例(原因を調査中)', en: 'Answering enquiries (cause under investigation)' },
      body: {
        ja: 'お問い合わせありがとうございます。{orgName}の担当でございます。\n\n{date}現在、当社システムの不具合について原因を調べております。分かり次第、当社からお知らせいたします。\n\n(応対のメモ:原因や影響を推測で答えないでください。分からないことは「調査中です」と答え、名前と連絡先を伺って折り返します。社内管理番号 {incidentId})\n\nお問い合わせ先:{contact}',
        en: 'Thank you for contacting {orgName}.\n\nAs of {date}, we are investigating the cause of a problem with our systems and will let you know as soon as we can.\n\n(Note for staff: never guess at the cause or effects. Say "it is under investigation" and take a name and number to call back. Internal reference {incidentId}.)\n\nContact: {contact}',
      },
    },
  },
  sources: [
    {
      ...DOCS.ipaSmeGuide,
      supports: {
        ja: '判断できないときは外部の専門家に支援を求めること',
        en: 'Asking outside experts whenever you cannot judge',
      },
    },
    {
      ...DOCS.ipaDesk,
      supports: { ja: '相談のときに聞かれること、応急の助言', en: 'What callers are asked, and first-aid advice' },
    },
    { ...DOCS.nist, supports: { ja: '検知の時点から記録を始めること', en: 'Recording from the moment of detection' } },
  ],
};
