/**
 * One exercise per incident type, first half: ransomware, malware by mail, business e-mail compromise,
 * a tampered shop payment page. Each follows the advice in that type's containment checklist.
 */
import type { DrillScenarioView } from '../../shared/preparation-types.js';

export const TYPE_SCENARIOS_1: readonly DrillScenarioView[] = [
  {
    id: 'ransomware',
    group: 'type',
    types: ['ransomware'],
    title: {
      ja: 'ファイルが暗号化され、身代金を求める画面が出た',
      en: 'Files encrypted and a ransom note on screen',
    },
    summary: {
      ja: 'LANケーブルを抜いてWi-Fiを切り、電源は切らずに脅迫文を撮影する練習をします。バックアップの切り離しと、警察やIPAへの相談も扱います。',
      en: 'Practise unplugging the network cable and turning Wi-Fi off without powering off, and photographing the ransom note. Also covers isolating backups and consulting the police and IPA.',
    },
    report: {
      whatHappened: {
        ja: '共有フォルダのファイルが開けなくなり、どのファイル名の末尾にも見慣れない拡張子が付いています。デスクトップには英語で「データを暗号化した。元に戻したければ連絡せよ」という文書が置かれていました。',
        en: 'Files on the shared folder no longer open, and every file name has an unfamiliar extension added. A note in English on the desktop says our data has been encrypted and tells us to make contact to get it back.',
      },
      where: {
        ja: '経理部のPC(PC-ACC-03)と共有ファイルサーバー',
        en: 'Accounting PC PC-ACC-03 and the shared file server',
      },
      whyAbnormal: {
        ja: 'ファイルが一斉に使えなくなり、身代金を求める文書が現れたからです。',
        en: 'All the files became unusable at once and a ransom note appeared.',
      },
    },
    suggestedFacts: [
      {
        fact: 'foundAt',
        text: { ja: '本日 9時10分、始業の直後です。', en: 'Today at 9:10, just after work started.' },
      },
      { fact: 'foundBy', text: { ja: '経理部の高橋さんです。', en: 'Takahashi in Accounting.' } },
      {
        fact: 'impact',
        text: {
          ja: '請求書と給与のデータが入ったフォルダが開けません。月末の支払い業務が止まるおそれがあります。',
          en: 'The folders with invoices and payroll data cannot be opened. Month-end payments may stop.',
        },
      },
      {
        fact: 'spread',
        text: {
          ja: 'ファイルサーバーにつないでいるほかの部署のPCでも、同じ拡張子のファイルが見つかっています。',
          en: 'Files with the same extension have turned up on PCs of other departments connected to the file server.',
        },
      },
    ],
  },
  {
    id: 'malware',
    group: 'type',
    types: ['malware'],
    title: {
      ja: '不審なメールの添付ファイルを開いてしまった',
      en: 'Someone opened an attachment in a suspicious mail',
    },
    summary: {
      ja: '感染が疑われるPCの切り離し、別の端末からのメールのパスワード変更、社内のすべてのPCの確認、取引先への注意の呼びかけを練習します。',
      en: 'Practise isolating the PC, changing mail passwords from another device, checking every PC on the network, and warning contacts.',
    },
    report: {
      whatHappened: {
        ja: '以前やり取りした取引先からの返信メールに見えたので、添付のWord文書を開いて「コンテンツの有効化」を押してしまいました。その後、目に見える変化はありません。',
        en: "It looked like a reply from a customer we have dealt with before, so I opened the attached Word document and clicked 'Enable content'. Nothing visible has happened since.",
      },
      where: { ja: '総務部のPC(PC-GA-05)', en: 'General Affairs PC PC-GA-05' },
      whyAbnormal: {
        ja: 'あとで見直すと、送信元のアドレスが取引先のものではなかったからです。',
        en: "Looking again, the sender address was not the customer's.",
      },
    },
    suggestedFacts: [
      {
        fact: 'foundAt',
        text: { ja: '本日 11時ごろ、開いた直後です。', en: 'Around 11:00 today, right after opening it.' },
      },
      {
        fact: 'foundBy',
        text: { ja: '総務部の伊藤さん(開いた本人)です。', en: 'Ito in General Affairs, who opened it.' },
      },
      {
        fact: 'impact',
        text: {
          ja: 'このPCのメールソフトには、取引先の連絡先が数百件登録されています。',
          en: "This PC's mail program holds several hundred customer contacts.",
        },
      },
      { fact: 'spread', text: { ja: 'まだ確認していません。', en: 'Not checked yet.' } },
    ],
  },
  {
    id: 'spoofed_mail',
    group: 'type',
    types: ['spoofed_mail'],
    title: {
      ja: '取引先を名乗るメールで、振込先の変更を頼まれた',
      en: 'A mail claiming to be a supplier asks us to change their bank account',
    },
    summary: {
      ja: 'ビジネスメール詐欺の練習です。メールに返信せず電話で確かめること、振り込んでしまった場合の銀行への組戻しの依頼、メールの保存を扱います。',
      en: 'A business e-mail compromise exercise: confirm by phone rather than by replying, ask the bank to recall a payment already made, and keep the mails.',
    },
    report: {
      whatHappened: {
        ja: 'いつもの仕入先の担当者から「口座を変更したので、今月分から新しい口座に振り込んでほしい」というメールが届きました。経理ではすでに 1 件、新しい口座に振り込んでいます。',
        en: 'A mail from our usual supplier asked us to pay into a new bank account from this month. Accounting has already made one payment to the new account.',
      },
      where: { ja: '経理部の共用メールアドレス', en: "Accounting's shared mailbox" },
      whyAbnormal: {
        ja: '仕入先に電話で確かめたところ、そのようなメールは送っていないと言われたからです。',
        en: 'When we phoned the supplier, they said they had sent no such mail.',
      },
    },
    suggestedFacts: [
      {
        fact: 'foundAt',
        text: { ja: '本日 15時、電話で確かめたときです。', en: 'Today at 15:00, during the phone call.' },
      },
      { fact: 'foundBy', text: { ja: '経理部の山本さんです。', en: 'Yamamoto in Accounting.' } },
      {
        fact: 'impact',
        text: {
          ja: '振り込んだ金額は約 180 万円で、振込は昨日の午後です。',
          en: 'About 1.8 million yen was paid, yesterday afternoon.',
        },
      },
      {
        fact: 'spread',
        text: {
          ja: 'ほかの仕入先から同じような依頼が来ていないかは、まだ確認していません。',
          en: 'Whether other suppliers sent similar requests has not been checked yet.',
        },
      },
    ],
  },
  {
    id: 'web_defacement',
    group: 'type',
    types: ['web_defacement'],
    title: {
      ja: 'ネットショップの決済画面が書き換えられている疑い',
      en: "Our online shop's payment page may have been tampered with",
    },
    summary: {
      ja: 'サイトの停止、安全なPCからのパスワード変更、アクセスログの保存、カード会社と決済代行会社への連絡を練習します。',
      en: 'Practise taking the site offline, changing passwords from a clean PC, keeping the access logs, and telling the card company and the payment processor.',
    },
    report: {
      whatHappened: {
        ja: 'カード会社から「御社のサイトで使われたカードの不正利用が多い」と連絡がありました。決済画面のソースを確認すると、見覚えのない外部のスクリプトが読み込まれていました。',
        en: 'A card company told us that many cards used on our site are being misused. The payment page loads an outside script that nobody here recognises.',
      },
      where: { ja: '自社ネットショップの決済画面', en: "Our online shop's payment page" },
      whyAbnormal: {
        ja: '決済画面にそのようなスクリプトを入れた覚えがないからです。',
        en: 'Nobody added such a script to the payment page.',
      },
    },
    suggestedFacts: [
      {
        fact: 'foundAt',
        text: {
          ja: '本日 13時、カード会社からの電話でわかりました。',
          en: "Today at 13:00, from the card company's call.",
        },
      },
      { fact: 'foundBy', text: { ja: '販売部の中村さんです。', en: 'Nakamura in Sales.' } },
      {
        fact: 'impact',
        text: {
          ja: '過去 3 か月に約 2,000 件のカード決済があります。',
          en: 'About 2,000 card payments were made in the last three months.',
        },
      },
      {
        fact: 'spread',
        text: {
          ja: 'サーバーの管理画面に、知らないアカウントが 1 つ追加されています。',
          en: "An account nobody knows has been added to the server's admin panel.",
        },
      },
    ],
  },
];
