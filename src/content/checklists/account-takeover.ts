/**
 * A cloud or mail account used by someone else. Follows the usual public advice for account takeover:
 * reset the password, add multi-factor sign-in, remove forwarding and inbox rules, read the sign-in logs.
 */
import type { ChecklistItem } from './types.js';

export const ACCOUNT_TAKEOVER_ITEMS: readonly ChecklistItem[] = [
  {
    key: 'account_takeover.reset_password',
    source: 'account_takeover',
    who: 'anyone',
    title: {
      ja: '安全な端末からパスワードを変更し、すべてのログインを切る',
      en: 'Reset the password from a clean device and sign out every session',
    },
    why: {
      ja: 'パスワードを変えても、攻撃者がすでにログインしている状態は続くことがあります。同じパスワードを使い回しているサービスも狙われます。',
      en: 'Changing the password does not always end a session the attacker already has, and any service sharing that password is at risk too.',
    },
    do: {
      ja: '感染していない端末から新しいパスワードに変更し、「すべての端末からサインアウト」などの機能でログイン状態を切ってください。同じパスワードを使っていたほかのサービスも変更します。',
      en: 'From a clean device, set a new password and use "sign out everywhere" or the like to end all sessions. Change the password on any other service that used the same one.',
    },
    dont: {
      ja: '乗っ取りに気づいたきっかけのメールのリンクからログインしないでください。',
      en: 'Do not sign in through a link in the mail that made you suspicious.',
    },
  },
  {
    key: 'account_takeover.enable_mfa',
    source: 'account_takeover',
    who: 'it_staff',
    title: {
      ja: '多要素認証を有効にする',
      en: 'Turn on multi-factor sign-in',
    },
    why: {
      ja: 'パスワードが再び漏れても、多要素認証があれば攻撃者はログインできません。',
      en: 'With multi-factor sign-in, a password that leaks again is not enough to get in.',
    },
    do: {
      ja: '認証アプリなどを使う多要素認証を設定し、登録されている電話番号や予備のメールアドレスが本人のものか確認してください。',
      en: 'Set up multi-factor sign-in, for example with an authenticator app, and check that the registered phone number and recovery address are the owner’s.',
    },
    dont: {
      ja: '見覚えのない電話番号や予備のメールアドレスを残したままにしないでください。',
      en: 'Do not leave an unknown phone number or recovery address in place.',
    },
  },
  {
    key: 'account_takeover.remove_forwarding',
    source: 'account_takeover',
    who: 'it_staff',
    title: {
      ja: '転送設定、受信ルール、連携アプリを確認して取り除く',
      en: 'Find and remove forwarding, inbox rules and connected apps',
    },
    why: {
      ja: '攻撃者は、パスワードを変えられても情報を受け取り続けられるよう、自動転送や受信ルール、連携アプリを仕掛けていることがあります。',
      en: 'Attackers often set up auto-forwarding, inbox rules or connected apps so that information keeps reaching them after a password change.',
    },
    do: {
      ja: '転送先アドレス、受信ルール、アクセスを許可したアプリの一覧を確認し、見覚えのないものは画面を保存してから削除してください。',
      en: 'Review forwarding addresses, inbox rules and the apps granted access. Capture unknown entries on screen, then remove them.',
    },
    dont: {
      ja: '画面を保存せずに削除しないでください。何が仕掛けられていたかは調査の大事な手がかりです。',
      en: 'Do not remove anything without capturing it first; what was set up is a key clue.',
    },
  },
  {
    key: 'account_takeover.review_signins',
    source: 'account_takeover',
    who: 'it_staff',
    title: {
      ja: 'ログイン履歴と操作の記録を確認して保存する',
      en: 'Review and save the sign-in and audit logs',
    },
    why: {
      ja: 'いつ、どこからログインされ、何を見られたり送られたりしたかがわかれば、被害の範囲と知らせるべき相手がわかります。クラウドの記録は保存期間が限られています。',
      en: 'Knowing when and from where the attacker signed in, and what they read or sent, tells you the extent of the damage and whom to warn. Cloud logs are kept only for a limited time.',
    },
    do: {
      ja: '管理画面でログイン履歴と監査ログを確認し、関係する期間の分を書き出してください。見覚えのない国や時間帯からのログインを記録します。',
      en: 'In the admin console, review the sign-in history and audit logs and export the relevant period. Note sign-ins from unexpected countries or at odd hours.',
    },
    dont: {
      ja: '記録の保存期間が過ぎるまで放置しないでください。',
      en: 'Do not let the logs pass their retention period.',
    },
  },
  {
    key: 'account_takeover.warn_contacts',
    source: 'account_takeover',
    who: 'anyone',
    title: {
      ja: 'そのアカウントから不審なメールが送られていないか確かめ、相手に知らせる',
      en: 'Check for mails sent from the account and warn the recipients',
    },
    why: {
      ja: '乗っ取られたアカウントは、取引先への詐欺メールやフィッシングメールの送信に使われることがあります。',
      en: 'A hijacked account is often used to send fraud or phishing mails to partners.',
    },
    do: {
      ja: '送信済みフォルダと送信の記録を確認し、本人が送っていないメールの宛先に、開かず削除するよう別の手段で伝えてください。',
      en: 'Check the sent folder and sending logs, and warn the recipients of any mail the owner did not send, by another channel, to delete it unopened.',
    },
    dont: {
      ja: '乗っ取られたアカウントから注意の連絡をしないでください。',
      en: 'Do not send the warning from the hijacked account.',
    },
  },
];
