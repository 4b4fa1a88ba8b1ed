/**
 * Website defacement (redirects, malware downloads) and card skimming on a shop site. Facts from the
 * seven-step guide (close the site, alternative page, notice, tell stakeholders), IPA and the police (save
 * access logs, change FTP/CMS passwords from a clean PC) and the PPC (since April 2024, data about to be
 * collected counts in malicious cases).
 */
import type { Playbook } from './schema.js';
import { DOCS } from './sources.js';

export const WEB_DEFACEMENT_PLAYBOOK: Playbook = {
  type: 'web_defacement',
  reviewedOn: '2026-11-27',
  title: { ja: 'Webサイトの改ざん・カード情報の窃取', en: 'Website defacement and card skimming' },
  summary: {
    ja: '当社のWebサイトが書き換えられ、見た人を悪意のあるサイトへ誘導したり、ウイルスをダウンロードさせたりしている状態です。ネットショップでは、決済画面が改ざんされてカード情報が盗まれることもあります。すぐにサイトを閉じ、代わりのページで状況と問い合わせ先を知らせ、ログとファイルを残して調査します。',
    en: 'Our website has been altered so that visitors are sent to malicious sites or made to download malware. On an online shop, the payment page may be altered to steal card details. Close the site at once, put up a stand-in page with the situation and a contact, and keep the logs and files for the investigation.',
  },
  signs: [
    {
      ja: 'サイトを開くと、別のサイトに飛ばされる、または見覚えのない内容が表示される',
      en: 'Opening our site sends you elsewhere or shows content we did not put there',
    },
    {
      ja: '閲覧した人のウイルス対策ソフトが警告を出した、と連絡があった',
      en: 'A visitor says their antivirus warned them on our site',
    },
    {
      ja: 'サーバーに見覚えのないファイルや管理者アカウントがある',
      en: 'The server has files or administrator accounts nobody recognises',
    },
    {
      ja: 'カード会社や決済代行会社から、カードの不正利用の連絡が来た',
      en: 'The card company or payment processor reports fraudulent card use linked to us',
    },
    {
      ja: '検索結果に、当社サイトとして見覚えのない広告や文章が出る',
      en: 'Search results show odd adverts or text under our site',
    },
  ],
  keywords: {
    ja: [
      '改ざん',
      'ホームページ',
      'webサイト',
      'ウェブサイト',
      '書き換え',
      '別のサイト',
      'リダイレクト',
      '飛ばされ',
      'カード情報',
      '決済画面',
      'ネットショップ',
      'スキミング',
      '不正利用',
    ],
    en: [
      'website',
      'web site',
      'defaced',
      'defacement',
      'homepage',
      'redirect',
      'web page',
      'skimming',
      'card data',
      'card details',
      'checkout',
      'online shop',
      'payment page',
    ],
  },
  immediateActions: [
    'web_defacement.close_site',
    'web_defacement.card_data',
    'web_defacement.keep_logs',
    'web_defacement.alternative_page',
    'web_defacement.publish_notice',
    'web_defacement.tell_stakeholders',
    'web_defacement.change_passwords_clean_pc',
    'common.do_not_clean_up',
  ],
  evidence: [
    {
      ja: 'Webサーバーのアクセスログとエラーログ(改ざんの前後を含む期間)',
      en: 'Web server access and error logs, covering the time before and after the change',
    },
    {
      ja: 'FTP、CMSの管理画面、ホスティングの管理画面へのログインの記録',
      en: 'Sign-in records for FTP, the CMS admin screen and the hosting control panel',
    },
    {
      ja: '改ざんされたファイルの複製(直す前に)と、サイトの表示の画面の写真',
      en: 'Copies of the altered files, taken before any fix, and photos of the site as it looked',
    },
    {
      ja: '改ざん前の正しいファイル(比較のため。上書きに使わない)',
      en: 'The clean original files, for comparison only, not to overwrite the server yet',
    },
    { ja: 'カード会社や閲覧者から届いた連絡の記録', en: 'Messages from the card company or visitors' },
    {
      ja: 'サーバーそのもの(ファイルを消さず、電源も切らずにネットワークから切り離す)',
      en: 'The server itself, isolated without deleting files or powering it off',
    },
  ],
  escalation: {
    vendor: {
      ja: 'サイトの制作会社やホスティング事業者にすぐ連絡し、閉鎖とログの保全を依頼します。侵入の経路が分からない、カード情報が関わる、同じサーバーで別のサービスも動いている、ときは調査のできる専門業者も呼んでください。',
      en: 'Call the web developer or hosting company at once to close the site and preserve the logs. Also bring in an investigator if you do not know how they got in, card data is involved, or the same server runs other services.',
    },
    police: {
      ja: '不正アクセスによる改ざんは犯罪です。都道府県警察のサイバー犯罪相談窓口に相談してください。警察からは、アクセスログなどの記録を残すよう求められます。',
      en: 'Altering a site through unauthorised access is a crime. Consult your prefectural police cybercrime desk; they will ask you to keep the access logs.',
    },
    others: [
      {
        ja: 'カード決済を扱っていれば、決済代行会社かカード会社にすぐ連絡し、指示に従います。',
        en: 'If the site takes card payments, tell the payment processor or card company at once and follow their instructions.',
      },
      { ja: 'IPAに、不正アクセスの届出をします。', en: 'Report the unauthorised access to IPA.' },
    ],
  },
  regulatory: [
    {
      rule: 'card_data',
      when: {
        ja: '決済画面や入力フォームが改ざんされた、またはカード会社から不正利用の連絡があったとき。',
        en: 'When the payment page or an input form was altered, or a card company has reported fraudulent use.',
      },
    },
    {
      rule: 'appi_report',
      when: {
        ja: '不正アクセスによるもので、個人データが関わるおそれがあれば1人分でも報告が必要です(確報は60日以内)。2024年4月からは、入力フォームで入力中だった情報が盗まれた場合も対象です。カード番号は「財産的被害のおそれ」にもあたります。',
        en: 'Unauthorised access that may involve personal data is reportable even for one person (final report within 60 days). Since April 2024 this includes details stolen while being typed into a form. Card numbers also count as a risk of financial loss.',
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
        ja: '【至急】当社Webサイトの一時閉鎖について[{incidentId}]',
        en: 'URGENT: our website is temporarily closed [{incidentId}]',
      },
      body: {
        ja: '{orgName}の皆さま\n\n{date}、当社のWebサイトが第三者に書き換えられていることが分かり、サイトを一時的に閉鎖しました。\n\n次のことをお願いします。\n・【期間】に当社サイトを開いたPCで、ウイルス対策ソフトの警告が出た場合は、LANケーブルを抜いて窓口へ知らせてください。\n・サイトの更新に使っているPCは、検査が終わるまで使わないでください。\n・お客さまや取引先からの問い合わせは、自分で答えずに下記の窓口へ回してください。\n・この件を社外やSNSで話さないでください。\n\n連絡先:{contact}',
        en: 'To everyone at {orgName}\n\nOn {date} we found that our website had been altered by an outsider, and we have closed it for now.\n\nPlease:\n- If a PC that visited our site during [period] showed an antivirus warning, unplug its network cable and tell the desk.\n- Do not use the PC normally used to update the site until it has been checked.\n- Pass enquiries from customers and partners to the desk below rather than answering yourself.\n- Do not discuss this outside the company or on social media.\n\nContact: {contact}',
      },
    },
    external_warning: {
      subject: {
        ja: '当社Webサイトの改ざんについてのご報告',
        en: 'Report on the alteration of the {orgName} website',
      },
      body: {
        ja: '取引先各位\n\n{date}、{orgName}のWebサイトが第三者によって書き換えられていたことが分かりました。現在はサイトを閉鎖し、制作会社、ホスティング事業者、専門家とともに調査しています。\n\n【期間】の間に当社サイトをご覧になった場合、悪意のあるサイトへ誘導されたり、ウイルスをダウンロードさせられたりしたおそれがあります。お手数ですが、ウイルス対策ソフトを最新の状態にして、PCの検査をお願いいたします。\n\n当社サイトと連携しているシステムをお持ちの場合は、念のため確認をお願いいたします。\n\nご迷惑をおかけし、申し訳ございません。\n\nお問い合わせ:{contact}',
        en: 'Dear partners\n\nOn {date}, {orgName} found that its website had been altered by an outsider. We have closed the site and are investigating with our web developer, hosting company and outside experts.\n\nIf you visited our site during [period], you may have been sent to a malicious site or made to download malware. Please update your antivirus software and scan your PCs.\n\nIf you have systems connected to our site, please check them as a precaution.\n\nWe apologise for the trouble.\n\nEnquiries: {contact}',
      },
    },
    public_notice: {
      subject: {
        ja: '当社Webサイトの改ざんに関するお詫びとお知らせ',
        en: 'Apology and notice: our website was altered',
      },
      body: {
        ja: '{date}\n{orgName}\n\n当社のWebサイトが第三者による不正アクセスを受け、内容が書き換えられていたことが分かりました。被害の拡大を防ぐため、現在サイトを閉鎖しています。\n\n【期間】の間に当社サイトをご覧になった方は、悪意のあるサイトへ誘導されたり、ウイルスに感染したりしたおそれがあります。お使いのウイルス対策ソフトを最新の状態にして、PC全体の検査をお願いいたします。\n\n【カード決済を扱う場合:この期間に当社サイトでカードをお使いになった方は、カードの利用明細をご確認ください。身に覚えのない請求があれば、カード会社にご連絡ください。】\n\n現在、外部の専門家とともに原因を調べており、分かったことはあらためてお知らせします。ご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。\n\n本件のお問い合わせ先:{contact}',
        en: '{date}\n{orgName}\n\nOur website was accessed without authorisation and its content altered. To prevent further harm, the site is closed for now.\n\nIf you visited our site during [period], you may have been sent to a malicious site or infected with malware. Please update your antivirus software and scan your PC.\n\n[If the site takes card payments: if you used a card on our site during this period, please check your card statement and contact your card company about any charge you do not recognise.]\n\nWe are investigating the cause with outside experts and will publish what we find. We sincerely apologise for the concern and inconvenience.\n\nEnquiries about this matter: {contact}',
      },
    },
    enquiry_answer: {
      subject: { ja: '問い合わせへの回答例(Webサイトの改ざん)', en: 'Answering enquiries (website alteration)' },
      body: {
        ja: 'お問い合わせありがとうございます。{orgName}の担当でございます。\n\n{date}現在、当社サイトは不正アクセスによる改ざんが見つかったため閉鎖しており、専門家とともに調査しております。\n\n【期間】に当社サイトをご覧になった場合は、念のためウイルス対策ソフトでPCの検査をお願いいたします。【カードをお使いになった方は、利用明細をご確認ください。】\n\nサイトの再開の時期は、安全を確かめたうえでお知らせします。\n\n(応対のメモ:ご覧になった日時、警告の有無、カード利用の有無を伺って記録してください。再開時期や原因を推測で答えないでください。社内管理番号 {incidentId})\n\nお問い合わせ先:{contact}',
        en: 'Thank you for contacting {orgName}.\n\nAs of {date}, our site is closed because an unauthorised alteration was found, and we are investigating with experts.\n\nIf you visited our site during [period], please scan your PC with antivirus software as a precaution. [If you paid by card, please check your statement.]\n\nWe will announce when the site reopens once we are sure it is safe.\n\n(Note for staff: record when they visited, any warning they saw and whether they paid by card. Do not guess at the cause or the reopening date. Internal reference {incidentId}.)\n\nContact: {contact}',
      },
    },
  },
  sources: [
    {
      ...DOCS.ipaSmeGuide,
      supports: {
        ja: 'サイトの緊急閉鎖、代わりのページ、告知、関係者への報告',
        en: 'Closing the site, the stand-in page, the notice, telling stakeholders',
      },
    },
    {
      ...DOCS.prefPolice,
      supports: { ja: 'アクセスログの保全と警察への相談', en: 'Keeping access logs and consulting the police' },
    },
    {
      ...DOCS.meti,
      supports: {
        ja: 'カード情報の漏えい時の決済代行会社・カード会社への連絡',
        en: 'Telling the processor or card company about a card-data leak',
      },
    },
    {
      ...DOCS.ppcGuidelines,
      supports: {
        ja: '2024年4月からの、取得しようとしていた情報の扱い',
        en: 'Since April 2024: data about to be collected',
      },
    },
    {
      ...DOCS.nist,
      supports: { ja: '封じ込めの前に証拠を残すこと', en: 'Preserving evidence before and during containment' },
    },
  ],
};
