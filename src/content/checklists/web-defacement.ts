/**
 * Our website altered to redirect visitors to malicious sites or to serve malware, and card-skimming on
 * a shop site. Based on the seven-step first-response guide and IPA and police guidance on website
 * defacement and payment-card data theft.
 */
import type { ChecklistItem } from './types.js';

export const WEB_DEFACEMENT_ITEMS: readonly ChecklistItem[] = [
  {
    key: 'web_defacement.close_site',
    source: 'web_defacement',
    who: 'it_staff',
    title: {
      ja: 'Webサイトをすぐに閉鎖する',
      en: 'Close the website at once',
    },
    why: {
      ja: '改ざんされたサイトを公開している間は、訪れた人が悪意のあるサイトに誘導されたり、マルウェアに感染したりし続けます。',
      en: 'As long as the altered site is online, every visitor may be sent to a malicious site or infected with malware.',
    },
    do: {
      ja: 'サーバーの管理者、ホスティング事業者、またはサイト制作会社に連絡し、外部からのアクセスを止めてもらってください。サーバーとファイルはそのまま残します。',
      en: 'Ask whoever runs the server, your hosting provider or your web agency, to block public access. Leave the server and its files as they are.',
    },
    dont: {
      ja: '改ざんされたファイルを消したり、バックアップで上書きしたりしないでください。サーバーの電源も切らないでください。',
      en: 'Do not delete the altered files or overwrite them from a backup, and do not switch the server off.',
    },
  },
  {
    key: 'web_defacement.alternative_page',
    source: 'web_defacement',
    who: 'it_staff',
    title: {
      ja: '代わりのページを用意する',
      en: 'Put up an alternative page',
    },
    why: {
      ja: 'サイトが見られないままだと、利用者は状況がわからず不安になり、問い合わせ先も探せません。',
      en: 'With the site simply gone, visitors do not know what is happening or whom to ask.',
    },
    do: {
      ja: '改ざんされたサーバーとは別の安全な場所に、一時的に閉鎖していること、告知の内容、問い合わせ先だけを載せた簡単なページを公開してください。',
      en: 'On a clean server separate from the altered one, publish a plain page saying the site is temporarily closed, with the notice and a contact for questions.',
    },
    dont: {
      ja: '改ざんされたサーバーやCMSを使って代わりのページを作らないでください。',
      en: 'Do not build the alternative page on the altered server or its CMS.',
    },
  },
  {
    key: 'web_defacement.publish_notice',
    source: 'web_defacement',
    who: 'anyone',
    title: {
      ja: '危険があったことと、閲覧者がとるべき対策を告知する',
      en: 'Publish a notice of the risk and what visitors should do',
    },
    why: {
      ja: '改ざんされていた間にサイトを見た人は、マルウェアに感染しているかもしれません。知らせなければ、その人たちは対策をとれません。',
      en: 'People who visited while the site was altered may have been infected. Unless told, they cannot protect themselves.',
    },
    do: {
      ja: '経営層の了承を得て、改ざんされていた期間(わかっている範囲で)、悪意のあるサイトに誘導されたりマルウェアをダウンロードさせられたりする状態だったこと、ウイルス対策ソフトでの検査のお願い、問い合わせ先を告知してください。わかったことが増えたら更新します。',
      en: 'With management’s approval, state the period the site was altered (as far as known), that visitors could be redirected to malicious sites or made to download malware, ask them to scan their devices with up-to-date antivirus software, and give a contact. Update it as you learn more.',
    },
    dont: {
      ja: '推測を事実のように書いたり、期間を短く見せたりしないでください。',
      en: 'Do not present guesses as facts or understate the period.',
    },
  },
  {
    key: 'web_defacement.tell_stakeholders',
    source: 'web_defacement',
    who: 'anyone',
    title: {
      ja: '関係者に事実を報告する',
      en: 'Tell stakeholders what happened',
    },
    why: {
      ja: '取引先、サイト制作会社、ホスティング事業者などは、自分たちの側でも確認や対策が必要になることがあります。',
      en: 'Partners, your web agency and your hosting provider may need to check and act on their side too.',
    },
    do: {
      ja: '経営層、サイト制作会社、ホスティング事業者、サイトと連携している取引先に、わかっている事実と今後の連絡予定を伝えてください。',
      en: 'Tell management, the web agency, the hosting provider and any partners linked to the site what you know and when you will update them.',
    },
    dont: {
      ja: '関係者への報告を、原因がすべてわかるまで先延ばしにしないでください。',
      en: 'Do not hold back the news until the cause is fully known.',
    },
  },
  {
    key: 'web_defacement.keep_logs',
    source: 'web_defacement',
    who: 'it_staff',
    title: {
      ja: 'アクセスログと改ざんされたファイルを保存する',
      en: 'Save the access logs and the altered files',
    },
    why: {
      ja: 'いつ、どこから侵入され、何が変えられたかを調べるには、ログと改ざんされたファイルが欠かせません。警察への相談でも求められます。ホスティング事業者のログは保存期間が短いことがあります。',
      en: 'Logs and the altered files are what show when and how the attacker got in and what changed; the police will ask for them too. Hosting providers may keep logs only briefly.',
    },
    do: {
      ja: 'Webサーバーのアクセスログ、エラーログ、FTPや管理画面のログインの記録を、関係する期間の分だけ書き出してもらってください。改ざんされたファイルは複製し、正常なときのファイルと比べられるようにします。',
      en: 'Have the web server’s access and error logs and the FTP and admin sign-in records exported for the relevant period. Copy the altered files so they can be compared with a clean copy.',
    },
    dont: {
      ja: 'ログが自動で消えるのを待たないでください。複製をとる前にファイルを直さないでください。',
      en: 'Do not let the logs expire, and do not fix files before copying them.',
    },
  },
  {
    key: 'web_defacement.change_passwords_clean_pc',
    source: 'web_defacement',
    who: 'it_staff',
    title: {
      ja: 'FTP・CMS・管理画面のパスワードを、安全なPCから変更する',
      en: 'Change FTP, CMS and control-panel passwords from a clean PC',
    },
    why: {
      ja: 'FTPやCMSのパスワードが漏れて改ざんされる例は多く、普段サイトを更新しているPCがマルウェアに感染していて、そこから漏れていることもあります。',
      en: 'Leaked FTP or CMS passwords are a common way in, sometimes stolen by malware on the very PC used to update the site.',
    },
    do: {
      ja: '感染していないことを確認したPCから、FTP(SFTP)、CMSの管理者、ホスティングの管理画面のパスワードを変更してください。見覚えのない管理者アカウントは記録してから無効にし、使える場合は多要素認証を有効にします。',
      en: 'From a PC known to be clean, change the FTP (SFTP), CMS administrator and hosting control-panel passwords. Record and disable any administrator accounts you do not recognise, and turn on multi-factor sign-in where available.',
    },
    dont: {
      ja: '普段サイトの更新に使っているPCは、検査が終わるまで使わないでください。',
      en: 'Do not use the PC that normally updates the site until it has been checked.',
    },
  },
  {
    key: 'web_defacement.card_data',
    source: 'web_defacement',
    who: 'anyone',
    title: {
      ja: 'カード決済を扱うサイトなら、決済代行会社やカード会社に連絡する',
      en: 'If the site takes card payments, tell the payment processor or card company',
    },
    why: {
      ja: 'カード情報が盗まれると不正利用につながります。カード会社には決まった手順があり、専門業者による調査を求められるのが一般的です。1人分でも、個人情報保護委員会への報告の対象になります。',
      en: 'Stolen card data leads to fraud. Card companies have a set procedure and usually require a forensic investigation by a specialist. Even one person’s card data makes it reportable to Japan’s data protection authority (PPC).',
    },
    do: {
      ja: 'すぐに決済代行会社かカード会社に連絡し、指示に従ってください。サーバーはファイルを消さず、電源も切らずにネットワークから切り離し、調査を専門業者に依頼します。',
      en: 'Contact the payment processor or card company straight away and follow their instructions. Isolate the server from the network without deleting files or switching it off, and commission a forensic investigation.',
    },
    dont: {
      ja: '調査が終わるまでカード決済を再開しないでください。',
      en: 'Do not resume card payments until the investigation is complete.',
    },
  },
];
