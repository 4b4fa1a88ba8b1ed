/**
 * The guide's three examples as exercises: an infected PC, spoofed mail in our name, a defaced website.
 * Names, devices and times are invented; the facilitator reveals the suggested facts when asked.
 */
import type { DrillScenarioView } from '../../shared/preparation-types.js';

export const GUIDE_SCENARIOS: readonly DrillScenarioView[] = [
  {
    id: 'guide_infected_pc',
    group: 'guide',
    types: ['malware'],
    title: {
      ja: 'PCの動きがおかしい(マルウェア感染の疑い)',
      en: 'A PC behaving strangely (suspected malware)',
    },
    summary: {
      ja: 'ガイドの例 1 です。PCをネットワークから切り離し(電源は切らない)、ほかの部署に同じ症状がないかを確かめる練習をします。',
      en: "The guide's first example. Practise disconnecting the PC from the network without powering it off, and checking other departments for the same symptoms.",
    },
    report: {
      whatHappened: {
        ja: '今朝からPCの動作が極端に遅く、見覚えのないウィンドウが一瞬表示されては消えます。送信済みフォルダには、自分が書いていないメールが何通も残っています。',
        en: 'Since this morning my PC has been extremely slow, and unfamiliar windows flash up and disappear. My sent folder holds several mails I did not write.',
      },
      where: { ja: '営業部のノートPC(PC-SALES-12)', en: 'Sales laptop PC-SALES-12' },
      whyAbnormal: {
        ja: '昨日、取引先を名乗るメールの添付ファイルを開いてから様子が変わったからです。',
        en: 'It started after I opened an attachment in a mail that claimed to come from a customer yesterday.',
      },
    },
    suggestedFacts: [
      {
        fact: 'foundAt',
        text: { ja: '今朝 8時50分ごろ、始業時に気づきました。', en: 'Around 8:50 this morning, at the start of work.' },
      },
      {
        fact: 'foundBy',
        text: { ja: '営業部の田中さん(報告した本人)です。', en: 'Tanaka in Sales, who reported it.' },
      },
      {
        fact: 'impact',
        text: {
          ja: 'このPCからは、顧客リストが入った共有フォルダにアクセスできます。',
          en: 'This PC can reach the shared folder that holds the customer list.',
        },
      },
      {
        fact: 'spread',
        text: {
          ja: '経理部からも「PCが遅い」という声が出ています(まだ確認していません)。',
          en: 'Accounting also says its PCs are slow (not checked yet).',
        },
      },
    ],
  },
  {
    id: 'guide_spoofed_mail',
    group: 'guide',
    types: ['spoofed_mail'],
    title: {
      ja: '当社を名乗るなりすましメールが取引先に届いた',
      en: 'Spoofed mail in our name reached customers',
    },
    summary: {
      ja: 'ガイドの例 2 です。社内外の関係者に、リンクや添付ファイルを開かないよう注意を呼びかける練習をします。',
      en: "The guide's second example. Practise warning people inside and outside the organisation not to click links or open attachments.",
    },
    report: {
      whatHappened: {
        ja: '取引先の担当者から電話があり、当社の社員の名前で「請求書のご確認」という件名のメールが届いたが本物か、と聞かれました。送信元のアドレスは当社のドメインに似ていますが、少し違います。',
        en: "A customer phoned to ask whether a mail titled 'Please check the invoice', sent in the name of one of our staff, is genuine. The sender address looks like our domain but is slightly different.",
      },
      where: {
        ja: '取引先に届いたメール(当社の営業担当の名義)',
        en: 'Mail received by a customer, in the name of our sales representative',
      },
      whyAbnormal: {
        ja: '名前を使われた社員はそのメールを送っておらず、添付ファイルがパスワード付きのZIPファイルだったからです。',
        en: 'The colleague whose name was used never sent it, and the attachment is a password-protected ZIP file.',
      },
    },
    suggestedFacts: [
      {
        fact: 'foundAt',
        text: {
          ja: '本日 10時20分、取引先からの電話でわかりました。',
          en: "Today at 10:20, from the customer's phone call.",
        },
      },
      {
        fact: 'foundBy',
        text: { ja: '電話を受けた総務部の佐藤さんです。', en: 'Sato in General Affairs, who took the call.' },
      },
      {
        fact: 'impact',
        text: {
          ja: '少なくとも取引先 3 社に届いています。開いたかどうかはわかりません。',
          en: 'At least three customers received it. Whether they opened it is not known.',
        },
      },
      {
        fact: 'spread',
        text: {
          ja: '社内の何人かにも、同じ件名のメールが届いています。',
          en: 'Several people inside the company also received a mail with the same subject.',
        },
      },
    ],
  },
  {
    id: 'guide_defaced_website',
    group: 'guide',
    types: ['web_defacement'],
    title: {
      ja: '自社のWebサイトが改ざんされ、別のサイトに誘導される',
      en: 'Our website has been altered and sends visitors elsewhere',
    },
    summary: {
      ja: 'ガイドの例 3 です。サイトをすぐに閉鎖し、代わりのページとお知らせを用意して、関係者に報告する練習をします。',
      en: "The guide's third example. Practise closing the site at once, putting up a replacement page and a notice, and telling stakeholders.",
    },
    report: {
      whatHappened: {
        ja: 'お客様から「御社のホームページを開くと、ソフトの更新を求める見慣れない画面に飛ばされる」と問い合わせがありました。自分でも確認したところ、同じことが起きました。',
        en: 'A customer told us that opening our homepage takes them to an unfamiliar page asking them to update their software. I checked and the same thing happened.',
      },
      where: { ja: '自社の公開Webサイト(トップページ)', en: 'Our public website (home page)' },
      whyAbnormal: {
        ja: '当社のサイトにそのような画面を載せた覚えはなく、ファイルのダウンロードを促されたからです。',
        en: 'We never put such a page on our site, and it prompts visitors to download a file.',
      },
    },
    suggestedFacts: [
      {
        fact: 'foundAt',
        text: {
          ja: '本日 14時ごろ、お客様からの問い合わせでわかりました。',
          en: "Around 14:00 today, from a customer's enquiry.",
        },
      },
      { fact: 'foundBy', text: { ja: '広報担当の鈴木さんです。', en: 'Suzuki, who handles public relations.' } },
      {
        fact: 'impact',
        text: {
          ja: 'サイトの問い合わせフォームで個人情報を受け付けています。ダウンロードしてしまった閲覧者がいるかはわかりません。',
          en: 'The site takes personal data through its enquiry form. Whether any visitor downloaded the file is not known.',
        },
      },
      {
        fact: 'spread',
        text: {
          ja: 'サイトの管理は外部の制作会社に任せています。ほかのページも改ざんされているかは、まだ確認していません。',
          en: 'An outside web agency runs the site. Whether other pages were altered has not been checked yet.',
        },
      },
    ],
  },
];
