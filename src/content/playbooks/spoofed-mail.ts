/**
 * Spoofed mail and business e-mail compromise (BEC). Facts from the seven-step guide (warn inside and
 * outside not to open links or attachments), IPA's BEC guidance (confirm by phone, keep the mails) and the
 * police (ask the bank for a recall at once, report the fraud).
 */
import type { Playbook } from './schema.js';
import { DOCS } from './sources.js';

export const SPOOFED_MAIL_PLAYBOOK: Playbook = {
  type: 'spoofed_mail',
  reviewedOn: '2026-11-27',
  title: { ja: 'なりすましメール・ビジネスメール詐欺', en: 'Spoofed mail and business e-mail compromise' },
  summary: {
    ja: '当社や取引先、経営者を名乗る偽のメールが出回っている状態です。リンクや添付ファイルで感染やパスワードの盗難を狙うもののほか、「振込先が変わった」と偽の口座にお金を振り込ませる詐欺(ビジネスメール詐欺)もあります。社内外に開かないよう知らせ、振込の話は電話で確かめ、振り込んでしまったらすぐ銀行に連絡します。',
    en: 'Fake mail in the name of our company, a partner or an executive is going around. Some aims to infect PCs or steal passwords through links and attachments; some is fraud that says "our bank account has changed" to get money paid to the criminals (business e-mail compromise). Warn people inside and outside not to open it, confirm anything about payments by phone, and call the bank at once if money has gone.',
  },
  signs: [
    {
      ja: '当社の社員や経営者を名乗る、身に覚えのないメールが出回っている',
      en: 'Mail in the name of our staff or executives that nobody sent is going around',
    },
    {
      ja: '取引先から「振込先の口座が変わった」「急ぎで支払ってほしい」という連絡が来た',
      en: 'A partner says their bank account has changed, or asks for an urgent payment',
    },
    {
      ja: '差出人の表示名は本物だが、メールアドレスが少し違う',
      en: 'The display name is right but the address is slightly different',
    },
    {
      ja: '経営者から「内密に」「至急」と送金を求めるメールが届いた',
      en: 'An executive asks by mail for a "confidential" or "urgent" transfer',
    },
    {
      ja: 'パスワードの入力を求めるリンクが付いたメールが届いた',
      en: 'A mail with a link asks you to enter your password',
    },
  ],
  keywords: {
    ja: [
      'なりすまし',
      '偽のメール',
      '偽メール',
      '不審なメール',
      '振込先',
      '口座を変更',
      '口座が変更',
      '口座の変更',
      '送金',
      '請求書',
      'フィッシング',
      '差出人',
      '至急の支払い',
    ],
    en: [
      'spoof',
      'impersonation',
      'impersonating',
      'pretending to be',
      'fake mail',
      'fake email',
      'phishing',
      'bank account',
      'wire transfer',
      'invoice',
      'payment request',
      'sender address',
      'ceo fraud',
    ],
  },
  immediateActions: [
    'spoofed_mail.recall_transfer',
    'spoofed_mail.warn_internal',
    'spoofed_mail.warn_external',
    'spoofed_mail.confirm_by_phone',
    'spoofed_mail.keep_mails',
    'spoofed_mail.check_mail_rules',
    'common.record_actions',
    'common.need_to_know',
  ],
  evidence: [
    {
      ja: '問題のメール(ヘッダー情報ごと .eml などのファイルで保存するか、「添付ファイルとして転送」)',
      en: 'The mails themselves, saved with full headers as files such as .eml, or forwarded "as attachment"',
    },
    {
      ja: 'そのメールより前の、本物のやり取りの流れ(いつから割り込まれたかの手がかり)',
      en: 'The genuine thread before it, which shows where the fraudster cut in',
    },
    {
      ja: '振込をした場合は、振込日、金額、振込先口座、振込の控え',
      en: 'If money was paid: the date, amount, receiving account and the transfer receipt',
    },
    {
      ja: 'メールアカウントの転送設定、受信ルール、ログイン履歴の画面(変更・削除する前に保存)',
      en: 'Screens of the mail account’s forwarding, inbox rules and sign-in history, saved before changing anything',
    },
    {
      ja: '誰が、いつ、何に気づき、誰に連絡したかの時系列',
      en: 'A timeline of who noticed what, when, and whom they told',
    },
  ],
  escalation: {
    vendor: {
      ja: '当社や取引先のメールアカウントが乗っ取られている疑いがある、転送設定や見覚えのないログインが見つかった、どこから漏れたか分からない、ときは相談してください。',
      en: 'Call when our mail account or a partner’s may be compromised, when you find forwarding or sign-ins you do not recognise, or when you cannot tell how the fraudster learned of the deal.',
    },
    police: {
      ja: 'お金を振り込んでしまった場合は、銀行への組戻しの依頼と同時に、警察に相談してください。振り込む前に気づいた場合でも、詐欺の未遂として相談できます。被害届は警察署の窓口で出します。',
      en: 'If money has been paid, consult the police at the same time as asking the bank for a recall. You can consult them about an attempted fraud too. A formal damage report is filed at a police station.',
    },
    others: [
      {
        ja: '振り込んでしまったら、最初に取引銀行へ電話して組戻しを依頼します。早いほど取り戻せる見込みが高まります。',
        en: 'If money has been paid, phone your bank first and ask for a recall (組戻し). The sooner, the better the chance.',
      },
      {
        ja: '取引先には、以前から知っている電話番号で連絡し、事実を確かめます。',
        en: 'Call the partner on a number you already knew to check the facts.',
      },
      {
        ja: 'IPAの情報セキュリティ安心相談窓口でも、応急の助言を受けられます。',
        en: 'IPA’s security consultation desk can also give first-aid advice.',
      },
    ],
  },
  regulatory: [
    {
      rule: 'appi_report',
      when: {
        ja: 'メールアカウントへの不正ログインで、メールの中の個人データ(顧客の連絡先や本文)が見られたおそれがあれば、「不正の目的によるおそれ」にあたり、1人分でも報告が必要です。なりすまされただけで中身が見られていなければ、通常は対象外です。',
        en: 'If someone signed in to a mail account and may have seen personal data in it (customer contacts, message bodies), it counts as possibly malicious and is reportable even for one person. Being impersonated, with nothing read, is usually not.',
      },
    },
    {
      rule: 'appi_notice',
      when: {
        ja: '報告が必要な場合は、本人への通知も必要です。',
        en: 'Whenever a report is needed, so is notice to the people affected.',
      },
    },
  ],
  templates: {
    internal_warning: {
      subject: {
        ja: '【注意】なりすましメールが届いています。開かずに報告してください[{incidentId}]',
        en: 'Caution: spoofed mail is arriving. Do not open it; report it [{incidentId}]',
      },
      body: {
        ja: '{orgName}の皆さま\n\n{date}、【当社の社員/取引先/経営者】を装ったメールが届いていることを確認しました。\n\n見分けるポイント\n・件名:【件名】\n・差出人の表示:【表示名とアドレス】\n・内容:【例:振込先の変更、請求書の確認】\n\n次のことをお願いします。\n・このようなメールのリンクや添付ファイルは開かないでください。\n・振込先の変更や急ぎの支払いの依頼は、メールではなく、以前から知っている電話番号で相手に確かめてください。\n・開いてしまった、パスワードを入力した、振り込んでしまった場合は、すぐに下記へ電話してください。\n\n連絡先:{contact}',
        en: 'To everyone at {orgName}\n\nOn {date} we found mail arriving that pretends to come from [our staff / a partner / an executive].\n\nHow to recognise it\n- Subject: [subject]\n- Sender shown: [name and address]\n- Content: [e.g. change of bank account, invoice to check]\n\nPlease:\n- Do not open links or attachments in such mail.\n- Confirm any change of bank details or urgent payment request by phone, on a number you already knew, not by mail.\n- If you opened it, typed a password or made a payment, phone the desk below at once.\n\nContact: {contact}',
      },
    },
    external_warning: {
      subject: {
        ja: '当社を装ったメールにご注意ください',
        en: 'Please beware of mail pretending to come from {orgName}',
      },
      body: {
        ja: '取引先各位\n\n{date}、{orgName}の社員を装った不審なメールが送られていることが分かりました。\n\n当社が、メールだけで振込先の口座を変更することはありません。振込先の変更やお支払いのご依頼を受けた場合は、お手数ですが、これまでお使いの電話番号で当社の担当者にご確認ください。\n\n不審なメールは、リンクや添付ファイルを開かずに削除してください。すでに開いてしまった場合や、お支払いをされた場合は、下記までご連絡ください。\n\nご迷惑をおかけし、申し訳ございません。\n\nお問い合わせ:{contact}',
        en: 'Dear partners\n\nOn {date} we found that suspicious mail pretending to come from {orgName} staff is being sent.\n\nWe never change our bank details by mail alone. If you are asked to change payment details or to make a payment, please confirm with your contact at our company on the phone number you have always used.\n\nPlease delete suspicious mail without opening links or attachments. If you have already opened one, or have made a payment, please contact us below.\n\nWe apologise for the trouble.\n\nEnquiries: {contact}',
      },
    },
    public_notice: {
      subject: {
        ja: '当社を装った不審なメールについての注意喚起',
        en: 'Warning about suspicious mail pretending to come from us',
      },
      body: {
        ja: '{date}\n{orgName}\n\n当社や当社の社員を装った不審なメールが、複数の方に送られていることを確認しました。これらのメールは当社が送ったものではありません。\n\n当社を名乗るメールで、身に覚えのない請求、振込先の変更、パスワードの入力を求める内容などがあれば、リンクや添付ファイルを開かずに削除してください。\n\n当社は、メールで口座の変更をお願いすることはありません。ご不明な点は、下記の窓口にお問い合わせください。\n\n本件のお問い合わせ先:{contact}',
        en: '{date}\n{orgName}\n\nSuspicious mail pretending to come from our company or our staff has been sent to a number of people. We did not send these mails.\n\nIf a mail in our name asks for an unexpected payment, a change of bank details or your password, please delete it without opening its links or attachments.\n\nWe never ask for a change of bank details by mail. For any questions, please use the contact below.\n\nEnquiries about this matter: {contact}',
      },
    },
    enquiry_answer: {
      subject: { ja: '問い合わせへの回答例(なりすましメール)', en: 'Answering enquiries (spoofed mail)' },
      body: {
        ja: 'お問い合わせありがとうございます。{orgName}の担当でございます。\n\nお知らせいただいたメールは、当社が送ったものではありません。{date}現在、当社を装ったメールが出回っていることを確認しております。リンクや添付ファイルは開かずに削除してください。\n\nすでにお支払いをされた場合は、すぐにお取引の銀行と警察にご相談ください。当社も必要な情報をご提供いたします。\n\n(応対のメモ:届いたメールの件名、差出人、受信日時、振込の有無を伺って記録してください。社内管理番号 {incidentId})\n\nお問い合わせ先:{contact}',
        en: 'Thank you for contacting {orgName}.\n\nThe mail you received did not come from us. As of {date}, we know that mail pretending to be from us is going around. Please delete it without opening links or attachments.\n\nIf you have already made a payment, please contact your bank and the police straight away; we will provide any information they need.\n\n(Note for staff: record the subject, sender, time received and whether any payment was made. Internal reference {incidentId}.)\n\nContact: {contact}',
      },
    },
  },
  sources: [
    {
      ...DOCS.ipaSmeGuide,
      supports: { ja: '社内外へ開かないよう伝えること', en: 'Warning people inside and outside not to open it' },
    },
    {
      ...DOCS.ipaBec,
      supports: {
        ja: '電話での確認、メールの保存、転送設定の確認',
        en: 'Confirming by phone, keeping the mails, checking forwarding',
      },
    },
    {
      ...DOCS.npa,
      supports: { ja: '警察への相談と組戻しの依頼', en: 'Consulting the police and asking the bank for a recall' },
    },
    {
      ...DOCS.ppcGuidelines,
      supports: {
        ja: 'メールアカウントへの不正アクセスが報告対象になる場合',
        en: 'When unauthorised access to a mail account is reportable',
      },
    },
  ],
};
