/**
 * One exercise per incident type, second half: cloud account takeover, a lost laptop, a misdirected
 * mail with personal data, a DDoS, and a report nobody can classify yet.
 */
import type { DrillScenarioView } from '../../shared/preparation-types.js';

export const TYPE_SCENARIOS_2: readonly DrillScenarioView[] = [
  {
    id: 'account_takeover',
    group: 'type',
    types: ['account_takeover'],
    title: {
      ja: 'クラウドメールのアカウントが乗っ取られた疑い',
      en: 'A cloud mail account may have been taken over',
    },
    summary: {
      ja: 'パスワードの再設定、多要素認証の有効化、転送設定と受信ルールの削除、サインイン記録の確認を練習します。',
      en: 'Practise resetting the password, turning on multi-factor authentication, removing forwarding and inbox rules, and reviewing the sign-in records.',
    },
    report: {
      whatHappened: {
        ja: '海外から自分のアカウントにサインインがあったという通知が届きました。心当たりがなく、メールの転送設定には知らないアドレスが追加されています。',
        en: 'I got a notice that someone signed in to my account from abroad. It was not me, and an address I do not know has been added to my mail forwarding settings.',
      },
      where: { ja: '社長室の秘書のクラウドメール', en: "The executive assistant's cloud mail account" },
      whyAbnormal: {
        ja: '海外からサインインしたことはなく、転送設定を変えた覚えもないからです。',
        en: 'I have never signed in from abroad and never changed the forwarding settings.',
      },
    },
    suggestedFacts: [
      {
        fact: 'foundAt',
        text: { ja: '本日 7時30分、通知のメールに気づきました。', en: 'Today at 7:30, on seeing the notice.' },
      },
      {
        fact: 'foundBy',
        text: { ja: '社長室の小林さん(アカウントの持ち主)です。', en: 'Kobayashi, the account owner.' },
      },
      {
        fact: 'impact',
        text: {
          ja: '役員の予定や、取引条件についてのメールが読まれたおそれがあります。',
          en: "Mails about executives' schedules and business terms may have been read.",
        },
      },
      {
        fact: 'spread',
        text: {
          ja: '同じパスワードをほかのサービスでも使っていました。',
          en: 'The same password was used for other services too.',
        },
      },
    ],
  },
  {
    id: 'lost_device',
    group: 'type',
    types: ['lost_device'],
    title: {
      ja: '業務用のノートPCを電車に置き忘れた',
      en: 'A work laptop was left on a train',
    },
    summary: {
      ja: '上司・警察・鉄道会社への届け出と、端末に入っていたデータや暗号化の有無の確認を練習します。',
      en: 'Practise reporting to the supervisor, the police and the railway company, and establishing what data was on the device and whether it was encrypted.',
    },
    report: {
      whatHappened: {
        ja: '帰りの電車の網棚に、業務用のノートPCを入れたかばんを置き忘れました。鉄道会社に問い合わせましたが、まだ見つかっていません。',
        en: 'On the train home I left a bag with my work laptop on the luggage rack. I asked the railway company, but it has not been found yet.',
      },
      where: { ja: '営業部のノートPC(PC-SALES-07)、通勤電車の中', en: 'Sales laptop PC-SALES-07, on a commuter train' },
      whyAbnormal: {
        ja: '業務のデータが入った端末を社外でなくしたからです。',
        en: 'A device holding work data was lost outside the office.',
      },
    },
    suggestedFacts: [
      {
        fact: 'foundAt',
        text: {
          ja: '昨日 19時ごろ、電車を降りてすぐ気づきました。',
          en: 'Around 19:00 yesterday, right after getting off.',
        },
      },
      { fact: 'foundBy', text: { ja: '営業部の加藤さん(なくした本人)です。', en: 'Kato in Sales, who lost it.' } },
      {
        fact: 'impact',
        text: {
          ja: '顧客約 300 件の連絡先と見積書が保存されています。',
          en: 'It holds contact details of about 300 customers and their quotations.',
        },
      },
      {
        fact: 'stronglyEncrypted',
        text: {
          ja: 'ディスクの暗号化が有効だったかは、情報システム担当が台帳で確かめているところです。',
          en: 'IT is checking the asset register to see whether disk encryption was on.',
        },
      },
    ],
  },
  {
    id: 'data_leak',
    group: 'type',
    types: ['data_leak'],
    title: {
      ja: '顧客リストを誤って社外に送ってしまった',
      en: 'A customer list was mailed to the wrong outside address',
    },
    summary: {
      ja: '送り先への削除のお願い、5W1Hの整理、個人情報保護委員会への報告が必要かどうかの確認を練習します。',
      en: "Practise asking the recipient to delete it, sorting out the 5W1H, and checking whether a report to Japan's Personal Information Protection Commission is required.",
    },
    report: {
      whatHappened: {
        ja: 'セミナー案内のメールに、参加者の氏名・会社名・電話番号が入ったExcelファイルを誤って添付し、別の取引先に送ってしまいました。',
        en: "I attached by mistake an Excel file with participants' names, companies and phone numbers to a seminar invitation, and sent it to a different customer.",
      },
      where: { ja: '営業部のメール(社外あて)', en: 'Sales mail to an outside address' },
      whyAbnormal: {
        ja: '送ったあとで添付ファイルを見直して気づいたからです。',
        en: 'I noticed when I checked the attachment after sending.',
      },
    },
    suggestedFacts: [
      {
        fact: 'foundAt',
        text: { ja: '本日 16時10分、送った 5 分後です。', en: 'Today at 16:10, five minutes after sending.' },
      },
      { fact: 'foundBy', text: { ja: '営業部の吉田さん(送った本人)です。', en: 'Yoshida in Sales, who sent it.' } },
      {
        fact: 'personalData',
        text: { ja: 'はい。氏名・会社名・電話番号です。', en: 'Yes: names, companies and phone numbers.' },
      },
      { fact: 'affectedCount', text: { ja: '約 250 人分です。', en: 'About 250 people.' } },
      {
        fact: 'spread',
        text: {
          ja: '送り先は取引先 1 社です。開かれたかどうかはわかりません。',
          en: 'One customer received it. Whether it was opened is not known.',
        },
      },
    ],
  },
  {
    id: 'ddos',
    group: 'type',
    types: ['ddos'],
    title: {
      ja: 'Webサイトやサービスにつながりにくくなった',
      en: 'Our website and services are very slow or unreachable',
    },
    summary: {
      ja: 'プロバイダー・ホスティング事業者・CDN事業者への連絡、ログの保存、警察への相談を練習します。',
      en: 'Practise contacting the internet provider, the hosting or CDN provider, keeping logs, and consulting the police.',
    },
    report: {
      whatHappened: {
        ja: '朝から自社のサイトと会員向けサービスがとても重く、たびたびタイムアウトします。ホスティング事業者の管理画面では、通信量がふだんの数十倍になっています。',
        en: "Since this morning our website and members' service are very slow and keep timing out. The hosting provider's dashboard shows traffic dozens of times higher than usual.",
      },
      where: {
        ja: '自社のWebサイトと会員向けサービス(ホスティング事業者のサーバー)',
        en: "Our website and members' service (servers at the hosting provider)",
      },
      whyAbnormal: {
        ja: '通信量が急に跳ね上がり、特定の地域からのアクセスが集中しているからです。',
        en: 'Traffic jumped suddenly, and most of it comes from one region.',
      },
    },
    suggestedFacts: [
      { fact: 'foundAt', text: { ja: '本日 8時ごろです。', en: 'Around 8:00 today.' } },
      { fact: 'foundBy', text: { ja: '情報システム担当の渡辺さんです。', en: 'Watanabe in IT.' } },
      {
        fact: 'impact',
        text: {
          ja: '会員がサービスにログインできず、問い合わせが増えています。',
          en: 'Members cannot sign in to the service, and enquiries are piling up.',
        },
      },
      {
        fact: 'spread',
        text: { ja: '社内のネットワークには影響がありません。', en: 'The internal network is not affected.' },
      },
    ],
  },
  {
    id: 'unknown',
    group: 'type',
    types: ['unknown'],
    title: {
      ja: '何が起きているのかよくわからない',
      en: 'Something is wrong, but nobody knows what',
    },
    summary: {
      ja: 'はっきりしない報告から 5 つの事実を聞き取り、判断できないところで外部の専門家に相談する練習をします。',
      en: 'Practise drawing the five facts out of a vague report, and asking an outside expert where you cannot judge.',
    },
    report: {
      whatHappened: {
        ja: 'ファイルサーバーに、誰も作った覚えのないフォルダができていて、中に大きな圧縮ファイルがあります。警備員さんによると、夜中にサーバーのランプが激しく点滅していたそうです。',
        en: 'A folder nobody remembers creating has appeared on the file server, with a large archive in it. The security guard says the server lights were flashing hard during the night.',
      },
      where: { ja: '本社のファイルサーバー(FS-01)', en: 'Head office file server FS-01' },
      whyAbnormal: {
        ja: '誰にも心当たりがなく、深夜に大量のデータが動いたかもしれないからです。',
        en: 'Nobody knows anything about it, and a lot of data may have moved in the middle of the night.',
      },
    },
    suggestedFacts: [
      { fact: 'foundAt', text: { ja: '本日 9時30分です。', en: 'Today at 9:30.' } },
      { fact: 'foundBy', text: { ja: '総務部の松本さんです。', en: 'Matsumoto in General Affairs.' } },
      {
        fact: 'impact',
        text: {
          ja: 'ファイルサーバーには全社の業務ファイルが入っています。',
          en: "The file server holds the whole company's work files.",
        },
      },
      {
        fact: 'spread',
        text: {
          ja: 'わかりません。ほかのサーバーはまだ見ていません。',
          en: 'Not known. Other servers have not been checked.',
        },
      },
    ],
  },
];
