/**
 * Mail pretending to come from us or from a partner, including business e-mail compromise (a fake
 * request to pay into another account). Based on the seven-step first-response guide and police and
 * IPA guidance on business e-mail compromise.
 */
import type { ChecklistItem } from './types.js';

export const SPOOFED_MAIL_ITEMS: readonly ChecklistItem[] = [
  {
    key: 'spoofed_mail.warn_internal',
    source: 'spoofed_mail',
    who: 'anyone',
    title: {
      ja: '社内に、なりすましメールのリンクや添付ファイルを開かないよう伝える',
      en: 'Tell staff not to click links or open attachments in the spoofed mail',
    },
    why: {
      ja: '1人が開いただけで、マルウェアに感染したり、パスワードを入力させられたりして、被害が社内に広がります。',
      en: 'One person opening it is enough to install malware or hand over a password, and the damage spreads from there.',
    },
    do: {
      ja: 'メールの件名、差出人として表示される名前とアドレス、届いた時刻を添えて、全員に注意を呼びかけてください。すでに開いてしまった人には、すぐ申し出てもらいます。',
      en: 'Alert everyone, quoting the subject, the sender name and address shown, and when it arrived. Ask anyone who already opened it to come forward at once.',
    },
    dont: {
      ja: '注意喚起のメールに、問題のメールそのものを転送して添付しないでください。',
      en: 'Do not attach or forward the spoofed mail itself in the warning.',
    },
  },
  {
    key: 'spoofed_mail.warn_external',
    source: 'spoofed_mail',
    who: 'anyone',
    title: {
      ja: '取引先など社外の関係者に知らせる',
      en: 'Tell partners and other outside contacts',
    },
    why: {
      ja: '当社を名乗るメールは、取引先や顧客に届いて初めて被害を生みます。先に知らせておけば、開かれる前に止められます。',
      en: 'Mail that uses your name does its harm in your partners’ and customers’ inboxes. A warning that arrives first stops them opening it.',
    },
    do: {
      ja: '当社を名乗る不審なメールが出回っていること、リンクや添付ファイルを開かず削除してほしいこと、見分けるポイント、問い合わせ先を伝えてください。必要に応じてWebサイトにも掲載します。',
      en: 'Say that suspicious mails using your name are circulating, ask them to delete them without opening links or attachments, explain how to recognise them and give a contact for questions. Post the notice on your website if needed.',
    },
    dont: {
      ja: 'まだ確かめていない被害の範囲や原因を、事実のように書かないでください。',
      en: 'Do not state the extent or cause as fact before you have confirmed them.',
    },
  },
  {
    key: 'spoofed_mail.keep_mails',
    source: 'spoofed_mail',
    who: 'anyone',
    title: {
      ja: 'なりすましメールをヘッダー情報ごと保存する',
      en: 'Keep the spoofed mails with their full headers',
    },
    why: {
      ja: 'メールのヘッダーには、実際にどこから送られたかを示す情報があります。調査や警察への相談で必要になります。',
      en: 'The headers show where a mail really came from. Investigators and the police will need them.',
    },
    do: {
      ja: 'メールをファイル(.eml や .msg)として保存するか、「添付ファイルとして転送」で対応窓口に送ってください。誰がいつ受け取ったかも記録します。',
      en: 'Save each mail as a file (.eml or .msg), or send it to the desk with "forward as attachment". Record who received it and when.',
    },
    dont: {
      ja: 'メールを削除しないでください。本文をコピーして貼り付けたり、通常の転送をしたりすると、ヘッダー情報が失われます。',
      en: 'Do not delete the mails. Copying the text or forwarding the usual way loses the headers.',
    },
  },
  {
    key: 'spoofed_mail.confirm_by_phone',
    source: 'spoofed_mail',
    who: 'anyone',
    title: {
      ja: '取引先への確認は、メールではなく電話で行う',
      en: 'Confirm with partners by phone, not by mail',
    },
    why: {
      ja: '当社か取引先のメールアカウントが乗っ取られていると、メールで確認しても返事をするのは攻撃者かもしれません。',
      en: 'If your or your partner’s mail account has been taken over, a mail asking for confirmation may be answered by the attacker.',
    },
    do: {
      ja: '契約書や以前の名刺など、前から知っている電話番号に電話して、依頼が本物かを確かめてください。',
      en: 'Call a number you already had, from a contract or an old business card, and check whether the request is genuine.',
    },
    dont: {
      ja: '不審なメールに返信したり、そのメールに書かれた電話番号にかけたりしないでください。',
      en: 'Do not reply to the suspicious mail or call a number written in it.',
    },
  },
  {
    key: 'spoofed_mail.check_mail_rules',
    source: 'spoofed_mail',
    who: 'it_staff',
    title: {
      ja: 'メールの転送設定と受信ルールを確認する',
      en: 'Check mail forwarding and inbox rules',
    },
    why: {
      ja: 'メールアカウントに侵入した攻撃者は、自動転送や、返信を見えなくする受信ルールを仕掛けて、パスワードを変えた後も盗み見を続けることがあります。',
      en: 'Attackers who get into a mailbox often add auto-forwarding or rules that hide replies, so they keep reading mail even after the password is changed.',
    },
    do: {
      ja: '関係するアカウントの転送先、受信ルール、代理人の設定、連携しているアプリを確認してください。見覚えのないものは画面を保存してから削除し、パスワードを変えて多要素認証を有効にします。',
      en: 'For each account involved, check forwarding addresses, inbox rules, delegates and connected apps. Capture unknown entries on screen before removing them, then change the password and turn on multi-factor sign-in.',
    },
    dont: {
      ja: '記録を残さずに設定を削除しないでください。後から何が仕掛けられていたかわからなくなります。',
      en: 'Do not remove settings without recording them first; afterwards nobody can tell what had been set up.',
    },
  },
  {
    key: 'spoofed_mail.recall_transfer',
    source: 'spoofed_mail',
    who: 'anyone',
    title: {
      ja: '振り込んでしまった場合は、すぐ銀行に組戻しを依頼する',
      en: 'If money was sent, ask the bank at once to recall the transfer',
    },
    why: {
      ja: '振り込まれたお金は短い時間で引き出されてしまいます。銀行への依頼が早いほど、取り戻せる見込みが高くなります。',
      en: 'Money sent to a fraudster is withdrawn quickly. The sooner the bank is asked, the better the chance of getting it back.',
    },
    do: {
      ja: '振込日、金額、振込先口座を手元に用意して取引銀行に電話し、組戻し(振込の取り消し)を依頼してください。あわせて警察に相談し、メールと経緯の記録を残します。',
      en: 'Call your bank with the date, amount and receiving account and ask for the transfer to be recalled (kumimodoshi). Consult the police as well, and keep the mails and a timeline.',
    },
    dont: {
      ja: '取引先の確認がとれるまで待たないでください。確認がとれるまで、メールの指示による振込もしないでください。',
      en: 'Do not wait for the partner to confirm first, and make no further payments on mailed instructions until confirmed by phone.',
    },
  },
];
