/**
 * Information that left the organisation: a misdirected mail or fax, a wrong sharing setting, an insider.
 * Facts from IPA's SME guide (report, response team, first response without destroying evidence, 5W1H,
 * notify and publish, recover) and the PPC (reporting rules; a misdirected mail deleted unread is no leak).
 */
import type { Playbook } from './schema.js';
import { DOCS } from './sources.js';

export const DATA_LEAK_PLAYBOOK: Playbook = {
  type: 'data_leak',
  reviewedOn: '2026-11-27',
  title: { ja: '情報漏えい(誤送信・設定ミス・内部不正)', en: 'Information leak (misdelivery, wrong setting, insider)' },
  summary: {
    ja: '顧客や取引先の情報が、意図しない相手に渡った、または見られる状態になっていたことが分かった状態です。メールやFAXの誤送信、共有リンクの公開設定のミス、社員や委託先による持ち出しなどがあります。まず広がりを止め、証拠を残し、何が・何人分・どこへ出たかを整理して、報告と通知の要否を判断します。',
    en: 'Customer or partner information has reached, or could be seen by, people who should not have it: a mail or fax sent to the wrong person, a sharing link left public, or data taken by an employee or contractor. Stop it spreading, keep the evidence, work out what went where and for how many people, then decide about reporting and notice.',
  },
  signs: [
    { ja: 'メールやFAXを、宛先を間違えて送ってしまった', en: 'A mail or fax went to the wrong recipient' },
    {
      ja: '共有フォルダや共有リンクが、誰でも見られる設定になっていた',
      en: 'A shared folder or link was open to anyone',
    },
    {
      ja: '社員や委託先が、許可なく顧客情報を持ち出した疑いがある',
      en: 'An employee or contractor may have taken customer data without permission',
    },
    {
      ja: '外部から「御社の情報がネットに出ている」と連絡があった',
      en: 'Someone outside says our data is on the internet',
    },
    {
      ja: '顧客の名簿や書類の入った封筒を、別の人に渡してしまった',
      en: 'An envelope with a customer list or documents was given to the wrong person',
    },
  ],
  keywords: {
    ja: [
      '漏えい',
      '漏洩',
      '流出',
      '誤送信',
      '誤送付',
      '宛先を間違え',
      '誤って送信',
      '間違えて送信',
      '別の宛先',
      'ファックス',
      '持ち出し',
      '公開設定',
      '共有リンク',
      '個人情報',
      '顧客情報',
      '名簿',
    ],
    en: [
      'leak',
      'misdirect',
      'wrong recipient',
      'wrong address',
      'sent by mistake',
      'sent to the wrong',
      'exposed',
      'public link',
      'shared link',
      'personal data',
      'customer list',
      'insider',
    ],
  },
  immediateActions: [
    'data_leak.stop_further_exposure',
    'data_leak.contact_recipient',
    'data_leak.preserve_evidence',
    'data_leak.establish_5w1h',
    'data_leak.check_legal_duty',
    'common.need_to_know',
    'common.record_actions',
  ],
  evidence: [
    {
      ja: '誤送信したメールやFAXの送信記録と、その内容(添付ファイルを含む)',
      en: 'The sending record of the misdirected mail or fax and what it contained, attachments included',
    },
    {
      ja: '相手に削除をお願いした日時、相手の返事(読んだか、削除したか)',
      en: 'When you asked the recipient to delete it, and their answer: whether they read it and whether they deleted it',
    },
    {
      ja: '共有設定の画面と変更履歴、ファイルへのアクセスログ(設定を直す前に保存)',
      en: 'Screens and change history of the sharing settings and file access logs, saved before fixing the setting',
    },
    {
      ja: '内部の人が関わる場合は、アクセスログ、送信履歴、持ち出しの記録(本人に知らせる前に確保)',
      en: 'If an insider may be involved: access logs, sending history and records of data taken, secured before telling the person',
    },
    { ja: '含まれていた情報の項目と人数の一覧', en: 'A list of the data items involved and how many people' },
  ],
  escalation: {
    vendor: {
      ja: 'どの情報が誰に見られたか分からない、アクセスログの調べ方が分からない、内部の人が関わる疑いがある、ときは専門業者に相談してください。内部不正では、弁護士への相談も検討します。',
      en: 'Call an expert if you cannot tell which data was seen by whom, do not know how to read the access logs, or an insider may be involved. For insider cases, consider a lawyer too.',
    },
    police: {
      ja: '社員や元社員による意図的な持ち出し、盗んだ情報による脅迫や売買など、犯罪の疑いがあれば、都道府県警察に相談してください。単純な誤送信は、通常は警察の対象ではありません。',
      en: 'Consult your prefectural police if there may be a crime: data deliberately taken by a current or former employee, or threats or sales using stolen data. A simple misdirected mail is usually not a police matter.',
    },
    others: [
      {
        ja: '誤って届いた相手には、電話などで事情を伝え、開かずに削除してもらい、結果を確かめて記録します。',
        en: 'Phone the wrong recipient, ask them to delete it unopened, and record what they confirm.',
      },
      {
        ja: '委託先から漏れた場合は、委託先に事実の報告を求め、調査に協力してもらいます。報告義務は委託元にもあります。',
        en: 'If it leaked from a contractor, ask them for a report and their cooperation; the duty to report rests with you as well.',
      },
    ],
  },
  regulatory: [
    {
      rule: 'appi_report',
      when: {
        ja: '要配慮個人情報やカード番号などを含む、持ち出しなど不正の目的による、1,000人を超える、のいずれかなら報告が必要です。誤送信したメールを、誰にも読まれないうちに削除してもらえたと確認できれば、漏えいにはあたりません。',
        en: 'A report is needed if the data includes sensitive data or card numbers, if it was taken with malicious intent, or if more than 1,000 people are affected. A misdirected mail confirmed deleted before anyone read it is not a leak.',
      },
    },
    {
      rule: 'appi_notice',
      when: {
        ja: '報告が必要な場合は、本人への通知も必要です。',
        en: 'Whenever a report is needed, so is notice to the people affected.',
      },
    },
    {
      rule: 'card_data',
      when: { ja: 'カード情報が含まれていた場合。', en: 'If card data was included.' },
    },
    {
      rule: 'gdpr',
      when: {
        ja: 'EU・英国の居住者の情報が含まれていれば、72時間の期限に注意します。',
        en: 'If data of people in the EU or UK was included, mind the 72-hour deadline.',
      },
    },
  ],
  templates: {
    internal_warning: {
      subject: {
        ja: '【お願い】情報の取り扱いについての注意[{incidentId}]',
        en: 'Request: take care handling information [{incidentId}]',
      },
      body: {
        ja: '{orgName}の皆さま\n\n{date}、社内で情報の取り扱いに関する事故が起きました。現在、関係者と対応を進めています。\n\nあらためて、次のことをお願いします。\n・メールを送る前に、宛先、添付ファイル、CC・BCCを確かめてください。\n・共有リンクは、必要な人だけが見られる設定にしてください。\n・この件について、社外やSNSで話さないでください。社外から問い合わせがあれば、下記の窓口へ回してください。\n・似たことに気づいたら、迷わず窓口へ知らせてください。\n\n連絡先:{contact}',
        en: 'To everyone at {orgName}\n\nOn {date} there was an incident involving the handling of information, and we are dealing with it.\n\nPlease, once again:\n- Check recipients, attachments, CC and BCC before sending any mail.\n- Share links only with the people who need them.\n- Do not discuss this outside the company or on social media; pass outside enquiries to the desk below.\n- If you notice anything similar, tell the desk without hesitating.\n\nContact: {contact}',
      },
    },
    external_warning: {
      subject: {
        ja: '誤ってお送りした情報の削除のお願い',
        en: 'Request to delete information sent to you by mistake',
      },
      body: {
        ja: '【宛先のお名前】様\n\n{orgName}の【担当者名】です。{date}、当社から【送付の方法】でお送りした【件名・内容】は、別の方に宛てたものでした。大変申し訳ございません。\n\nお手数をおかけしますが、内容をご覧にならずに削除していただけますでしょうか。あわせて、ご覧になったかどうかと、削除された日時をお知らせいただけますと幸いです。\n\n転送や保存はされないよう、お願い申し上げます。\n\nお問い合わせ:{contact}',
        en: 'Dear [recipient’s name]\n\nThis is [staff name] at {orgName}. On {date} we sent you [subject or content] by [mail/fax/post], which was meant for someone else. We are very sorry.\n\nWould you please delete it without reading it, and let us know whether you had opened it and when you deleted it?\n\nWe kindly ask that you do not forward or keep it.\n\nEnquiries: {contact}',
      },
    },
    public_notice: {
      subject: {
        ja: '個人情報の漏えいに関するお詫びとお知らせ',
        en: 'Apology and notice about a personal-information leak',
      },
      body: {
        ja: '{date}\n{orgName}\n\n【日付】、当社において、お客さまの個人情報が【原因:例 誤送信/設定の誤り】により外部に漏えいした、またはそのおそれがあることが分かりました。\n\n対象となる情報は【情報の項目】で、【人数】分です。現時点で、情報が不正に使われたという報告はありません。\n\n当社は、【とった措置:例 受け取った方への削除の依頼、設定の修正】を行いました。対象となるお客さまには個別にご連絡し、個人情報保護委員会にも報告しています。\n\n再発を防ぐため、【再発防止策】に取り組みます。ご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。\n\n本件のお問い合わせ先:{contact}',
        en: '{date}\n{orgName}\n\nOn [date] we found that customers’ personal information had been, or may have been, disclosed outside the company because of [cause, e.g. a misdirected mail or a wrong setting].\n\nThe information involved is [data items] for [number] people. We have no report so far of it being misused.\n\nWe have [measures taken, e.g. asked the recipient to delete it, corrected the setting]. We are contacting the customers concerned individually and have reported to the Personal Information Protection Commission.\n\nTo prevent a recurrence we will [measures]. We sincerely apologise for the concern and inconvenience.\n\nEnquiries about this matter: {contact}',
      },
    },
    enquiry_answer: {
      subject: { ja: '問い合わせへの回答例(情報漏えい)', en: 'Answering enquiries (information leak)' },
      body: {
        ja: 'お問い合わせありがとうございます。{orgName}の担当でございます。\n\nこのたびはご迷惑とご心配をおかけし、誠に申し訳ございません。{date}現在、対象となる情報と人数の確認を進めております。お客さまの情報が含まれているかどうかは、お名前とご連絡先を伺ったうえで確認し、あらためてご連絡いたします。\n\n当社を名乗る不審な連絡があった場合は、応じずにこちらの窓口へお知らせください。\n\n(応対のメモ:確認できていないことは「確認中です」と答えてください。他のお客さまの情報は伝えないでください。社内管理番号 {incidentId})\n\nお問い合わせ先:{contact}',
        en: 'Thank you for contacting {orgName}.\n\nWe are truly sorry for the concern and trouble. As of {date}, we are still confirming which information and how many people are involved. We will check whether your information is included and get back to you; may we take your name and contact details?\n\nIf you receive a suspicious contact in our name, please do not respond and let us know here.\n\n(Note for staff: say "we are still confirming" for anything not yet established. Never disclose other customers’ details. Internal reference {incidentId}.)\n\nContact: {contact}',
      },
    },
  },
  sources: [
    {
      ...DOCS.ipaSmeGuide,
      supports: {
        ja: '報告、対応体制、証拠を消さない初動、5W1H、通知・報告・公表、復旧の流れ',
        en: 'The flow: report, response team, first response without destroying evidence, 5W1H, notify, report, publish, recover',
      },
    },
    { ...DOCS.ppcLeak, supports: { ja: '報告の要否と期限', en: 'Whether and when to report' } },
    {
      ...DOCS.ppcGuidelines,
      supports: {
        ja: '読まれる前に削除された誤送信は漏えいにあたらないこと、委託先からの漏えい',
        en: 'A misdirected mail deleted unread is not a leak; leaks at a contractor',
      },
    },
  ],
};
