/**
 * A cloud or mail account used by someone else. Facts from IPA and NISC guidance on account takeover
 * (reset from a clean device, multi-factor sign-in, remove forwarding and inbox rules, read the sign-in
 * and audit logs before they expire) and the PPC (unauthorised access to personal data is reportable).
 */
import type { Playbook } from './schema.js';
import { DOCS } from './sources.js';

export const ACCOUNT_TAKEOVER_PLAYBOOK: Playbook = {
  type: 'account_takeover',
  reviewedOn: '2026-11-27',
  title: { ja: 'クラウド・メールのアカウントの乗っ取り', en: 'Cloud or mail account takeover' },
  summary: {
    ja: 'メールやクラウドサービス(Microsoft 365、Google Workspace など)のアカウントに、本人以外がログインしている、またはその疑いがある状態です。中のメールやファイルを見られたり、そのアカウントから取引先に詐欺メールを送られたりします。安全な端末からパスワードを変え、ログイン状態を切り、多要素認証を有効にし、仕掛けられた転送設定を記録してから取り除きます。',
    en: 'Someone other than the owner is, or may be, signed in to a mail or cloud account (Microsoft 365, Google Workspace and the like). They can read mail and files, and send fraud mail to partners from it. From a clean device, change the password, end all sessions, turn on multi-factor sign-in, and record then remove any forwarding they set up.',
  },
  signs: [
    {
      ja: '見覚えのない場所や時間からのログインの通知が届いた',
      en: 'A sign-in alert arrived for a place or time nobody recognises',
    },
    {
      ja: 'パスワードが勝手に変えられて、ログインできなくなった',
      en: 'The password was changed and the owner is locked out',
    },
    {
      ja: '送った覚えのないメールが送信済みフォルダにある、または相手から問い合わせが来た',
      en: 'Mails nobody sent are in the sent folder, or recipients ask about them',
    },
    {
      ja: '見覚えのない自動転送や受信ルールが設定されている',
      en: 'Auto-forwarding or inbox rules nobody set up are there',
    },
    {
      ja: '偽のログイン画面にパスワードを入力してしまった',
      en: 'Someone typed their password into a fake sign-in page',
    },
  ],
  keywords: {
    ja: [
      '乗っ取り',
      '乗っ取られ',
      '不正ログイン',
      'ログインされ',
      'ログインできない',
      'ログインできなく',
      'ログイン通知',
      'パスワードが変更',
      'パスワードを入力してしまった',
      '転送設定',
      '受信ルール',
      'アカウント',
      'microsoft 365',
      'google workspace',
    ],
    en: [
      'hacked',
      'hijack',
      'taken over',
      'compromised account',
      'account compromised',
      'sign-in alert',
      'unusual sign-in',
      'login from',
      'locked out',
      'password changed',
      'forwarding rule',
      'inbox rule',
    ],
  },
  immediateActions: [
    'account_takeover.reset_password',
    'account_takeover.review_signins',
    'account_takeover.remove_forwarding',
    'account_takeover.enable_mfa',
    'account_takeover.warn_contacts',
    'common.keep_logs',
    'common.record_actions',
  ],
  evidence: [
    {
      ja: 'ログイン履歴と監査ログ(保存期間が短いので、関係する期間をすぐに書き出す)',
      en: 'Sign-in history and audit logs; export the relevant period now, as they are kept only briefly',
    },
    {
      ja: '見覚えのない転送設定、受信ルール、連携アプリの画面(削除する前に保存)',
      en: 'Screens of unknown forwarding, inbox rules and connected apps, saved before removing them',
    },
    {
      ja: '乗っ取られたアカウントから送られたメールと、その宛先の一覧',
      en: 'The mails sent from the hijacked account, and the list of recipients',
    },
    { ja: 'ログイン通知やパスワード変更の通知のメール', en: 'Sign-in and password-change notification mails' },
    {
      ja: '偽のログイン画面に誘導したメールやSMS(ヘッダー情報ごと保存)',
      en: 'The mail or text message that led to the fake sign-in page, saved with headers',
    },
  ],
  escalation: {
    vendor: {
      ja: '管理者のアカウントが乗っ取られた、複数のアカウントに被害がある、どのデータを見られたか分からない、ときは専門業者かサービスの提供元に相談してください。',
      en: 'Call an expert or the service provider if an administrator account was taken, several accounts are affected, or you cannot tell what data was seen.',
    },
    police: {
      ja: '他人のアカウントへの無断のログインは、不正アクセス禁止法違反の犯罪です。お金や情報の被害がある場合や、詐欺メールに使われた場合は、都道府県警察のサイバー犯罪相談窓口に相談してください。',
      en: 'Signing in to someone else’s account without permission is a crime under the Unauthorised Computer Access Act. If money or information was lost, or the account was used for fraud mail, consult your prefectural police cybercrime desk.',
    },
    others: [
      {
        ja: 'クラウドサービスの提供元のサポートに連絡し、ログの保全や不審な操作の確認を依頼します。',
        en: 'Contact the cloud provider’s support to preserve logs and check for suspicious activity.',
      },
      {
        ja: '同じパスワードを使い回していたサービスも、すべて変更します。',
        en: 'Change the password on every other service where the same one was used.',
      },
    ],
  },
  regulatory: [
    {
      rule: 'appi_report',
      when: {
        ja: 'アカウントの中に個人データ(顧客の連絡先、メール本文、ファイル)があり、見られたおそれがあれば、「不正の目的によるおそれ」として1人分でも報告が必要です(確報は60日以内)。',
        en: 'If the account held personal data (customer contacts, mail, files) that may have been seen, it counts as possibly malicious and is reportable even for one person (final report within 60 days).',
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
      rule: 'gdpr',
      when: {
        ja: 'EU・英国の居住者とのやり取りやデータがあれば、72時間の期限に注意します。',
        en: 'If the account held correspondence or data of people in the EU or UK, mind the 72-hour deadline.',
      },
    },
  ],
  templates: {
    internal_warning: {
      subject: {
        ja: '【注意】アカウントの乗っ取りが発生しました。不審なメールに注意してください[{incidentId}]',
        en: 'Caution: an account was taken over. Beware of suspicious mail [{incidentId}]',
      },
      body: {
        ja: '{orgName}の皆さま\n\n{date}、社内の【サービス名】のアカウントに、第三者がログインしていたことが分かりました。該当するアカウントはパスワードを変更し、対応を進めています。\n\n次のことをお願いします。\n・【アカウント名】から届いた、いつもと違うメールや共有のお知らせは開かずに、窓口へ知らせてください。\n・ログインを求めるメールのリンクから、パスワードを入力しないでください。\n・見覚えのないログインの通知が届いた場合は、すぐに窓口へ知らせてください。\n・まだの方は、多要素認証を設定してください。\n\n連絡先:{contact}',
        en: 'To everyone at {orgName}\n\nOn {date} we found that an outsider had signed in to one of our [service] accounts. Its password has been changed and we are responding.\n\nPlease:\n- Do not open unusual mail or sharing notices from [account]; tell the desk instead.\n- Never type your password into a page opened from a link in a mail.\n- If you receive a sign-in alert you do not recognise, tell the desk at once.\n- If you have not yet, turn on multi-factor sign-in.\n\nContact: {contact}',
      },
    },
    external_warning: {
      subject: {
        ja: '当社アカウントから送られた不審なメールについて',
        en: 'Suspicious mail sent from a {orgName} account',
      },
      body: {
        ja: '取引先各位\n\n{date}、{orgName}の社員のメールアカウントが第三者に不正に使われ、不審なメールが送られたことが分かりました。現在はアカウントを保護し、調査を進めています。\n\n【期間】に【アドレス】から届いたメールのうち、次のようなものは開かずに削除してください。\n・ファイルの共有やログインを求めるリンクが付いている\n・振込先の変更や支払いを求めている\n\nすでにリンクを開いてパスワードを入力された場合は、すぐにそのパスワードを変更してください。ご不明な点は下記までお問い合わせください。\n\nご迷惑をおかけし、申し訳ございません。\n\nお問い合わせ:{contact}',
        en: 'Dear partners\n\nOn {date}, {orgName} found that a staff member’s mail account had been misused by an outsider to send suspicious mail. We have secured the account and are investigating.\n\nPlease delete, without opening, any mail from [address] during [period] that:\n- carries a link asking you to open a shared file or sign in\n- asks for a payment or a change of bank details\n\nIf you already opened a link and entered a password, please change that password at once. For questions, contact us below.\n\nWe apologise for the trouble.\n\nEnquiries: {contact}',
      },
    },
    public_notice: {
      subject: {
        ja: '当社メールアカウントへの不正アクセスについて',
        en: 'Unauthorised access to a mail account at our company',
      },
      body: {
        ja: '{date}\n{orgName}\n\n当社の社員が利用するメールアカウントに、第三者による不正なログインがあったことが分かりました。このアカウントから、当社を装った不審なメールが送られたことを確認しています。\n\n当社は、該当するアカウントのパスワードの変更などの対策をとり、外部の専門家とともに、見られたおそれのある情報の範囲を調べています。影響のあった方には、個別にご連絡いたします。\n\n当社を名乗るメールで、リンクからのログインや支払いを求めるものは、開かずに削除してください。ご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。\n\n本件のお問い合わせ先:{contact}',
        en: '{date}\n{orgName}\n\nAn outsider signed in without authorisation to a mail account used by one of our staff, and suspicious mail in our name was sent from it.\n\nWe have changed the account’s password and taken other measures, and are working with outside experts to establish what information may have been seen. We will contact anyone affected individually.\n\nPlease delete, without opening, any mail in our name asking you to sign in through a link or to make a payment. We sincerely apologise for the concern and inconvenience.\n\nEnquiries about this matter: {contact}',
      },
    },
    enquiry_answer: {
      subject: { ja: '問い合わせへの回答例(アカウントの乗っ取り)', en: 'Answering enquiries (account takeover)' },
      body: {
        ja: 'お問い合わせありがとうございます。{orgName}の担当でございます。\n\n{date}現在、当社の一部のメールアカウントが不正に使われ、不審なメールが送られたことを確認しております。お手元のメールは、リンクや添付ファイルを開かずに削除してください。\n\nリンク先でパスワードを入力された場合は、すぐにそのパスワードを変更し、同じパスワードを使っている他のサービスも変更してください。\n\n(応対のメモ:受け取ったメールの件名、差出人、受信日時、入力や支払いの有無を伺って記録してください。社内管理番号 {incidentId})\n\nお問い合わせ先:{contact}',
        en: 'Thank you for contacting {orgName}.\n\nAs of {date}, we know that some of our mail accounts were misused to send suspicious mail. Please delete the mail you received without opening its links or attachments.\n\nIf you entered a password on the linked page, please change it at once, along with any other service where you use the same password.\n\n(Note for staff: record the subject, sender, time received, and whether they entered anything or paid. Internal reference {incidentId}.)\n\nContact: {contact}',
      },
    },
  },
  sources: [
    {
      ...DOCS.ipaDesk,
      supports: {
        ja: 'パスワードの変更、多要素認証、転送設定の確認',
        en: 'Changing passwords, multi-factor sign-in, checking forwarding',
      },
    },
    { ...DOCS.npa, supports: { ja: '不正アクセスの相談', en: 'Consulting the police about unauthorised access' } },
    {
      ...DOCS.ppcGuidelines,
      supports: {
        ja: '不正アクセスによる個人データの漏えいのおそれの報告',
        en: 'Reporting possible leaks through unauthorised access',
      },
    },
    { ...DOCS.nist, supports: { ja: 'ログが消える前に保全すること', en: 'Preserving logs before they expire' } },
  ],
};
