/**
 * Items for every incident, whatever its type. Based on public guidance from NISC (notes kept off the
 * affected device), IPA (do not destroy records) and NIST SP 800-61 (document from the moment of detection).
 */
import type { ChecklistItem } from './types.js';

export const COMMON_ITEMS: readonly ChecklistItem[] = [
  {
    key: 'common.notes_elsewhere',
    source: 'common',
    who: 'anyone',
    title: {
      ja: '記録は被害を受けていない端末か紙に残す',
      en: 'Keep your notes on another device or on paper',
    },
    why: {
      ja: '被害を受けた端末で作業すると、調査に必要な痕跡を上書きしてしまうおそれがあります。その端末が使えなくなれば、メモも一緒に失われます。',
      en: 'Working on the affected device can overwrite traces an investigator needs, and your notes are lost if that device stops working.',
    },
    do: {
      ja: '問題のない別のPCやスマートフォン、または紙のメモを使ってください。このシステムに入力できるなら、ここに書き込むのが確実です。',
      en: 'Use a separate PC or phone that is not affected, or a paper notebook. If you can reach this system, writing it here is safest.',
    },
    dont: {
      ja: '被害を受けた端末でメモ帳やメール、チャットを開いて記録しないでください。',
      en: 'Do not open a text editor, mail or chat on the affected device to take notes.',
    },
  },
  {
    key: 'common.record_actions',
    source: 'common',
    who: 'anyone',
    title: {
      ja: '行ったことを、時刻と担当者名と一緒に記録する',
      en: 'Write down everything you do, with the time and who did it',
    },
    why: {
      ja: '専門家や警察は、誰がいつ何をしたかをたどって原因と被害を調べます。個人情報の漏えいを報告する期限も、状況を知った日から数えます。',
      en: 'Experts and the police retrace who did what and when to find the cause and the damage. Legal reporting deadlines also count from the day you learned of it.',
    },
    do: {
      ja: '操作した内容、連絡した相手、画面に出たメッセージを、その都度時刻と一緒に書き留めてください。画面のメッセージはスマートフォンで写真に撮っておくと確実です。',
      en: 'Each time, note what you did, whom you contacted and what appeared on screen, with the time. Photographing on-screen messages with a phone is the surest way.',
    },
    dont: {
      ja: '後でまとめて思い出して書こうとしないでください。順番や時刻があいまいになります。',
      en: 'Do not wait to write it all up later from memory; the order and times will blur.',
    },
  },
  {
    key: 'common.do_not_clean_up',
    source: 'common',
    who: 'anyone',
    title: {
      ja: '不審なファイルやメールを消さず、片付けもしない',
      en: 'Do not delete or tidy up anything suspicious',
    },
    why: {
      ja: '不審なファイル、メール、ログは、何が起きたかを調べるための手がかりです。消してしまうと原因も被害の範囲もわからなくなります。',
      en: 'Suspicious files, mails and logs are the clues that show what happened. Once deleted, neither the cause nor the extent of the damage can be established.',
    },
    do: {
      ja: '気になるものはそのままにして、場所と名前だけを記録してください。',
      en: 'Leave them where they are and just note where they are and what they are called.',
    },
    dont: {
      ja: '自己判断でファイルやメールを削除したり、端末を初期化したり、ソフトを入れ直したりしないでください。',
      en: 'Do not delete files or mails, reset the device or reinstall software on your own initiative.',
    },
  },
  {
    key: 'common.keep_logs',
    source: 'common',
    who: 'it_staff',
    title: {
      ja: 'ログが上書きされる前に保存する',
      en: 'Save logs before they are overwritten',
    },
    why: {
      ja: 'サーバー、ネットワーク機器、クラウドサービスのログは、一定の期間や容量を超えると自動的に消えます。警察が最初に求めるのも、多くの場合ログの保全です。',
      en: 'Logs on servers, network devices and cloud services are deleted automatically after a set time or size. Preserving logs is often the first thing the police ask for.',
    },
    do: {
      ja: '関係しそうな機器やサービスのログの保存期間を確認し、消える前に書き出して、別の場所に保管してください。自分でできなければ、運用を任せている業者に依頼してください。',
      en: 'Check how long the relevant devices and services keep their logs, export them before they go and store the copies elsewhere. If you cannot do it yourself, ask the company that runs them.',
    },
    dont: {
      ja: 'ログの設定を変えたり、容量を空けるために古いログを消したりしないでください。',
      en: 'Do not change log settings or delete old logs to free up space.',
    },
  },
  {
    key: 'common.need_to_know',
    source: 'common',
    who: 'anyone',
    title: {
      ja: '情報を伝える相手を必要な人に絞る',
      en: 'Share details only with the people who need them',
    },
    why: {
      ja: '確かでない情報が広まると、取引先や利用者に誤解や不安を与えます。攻撃者に対応の状況を知られるおそれもあります。',
      en: 'Unconfirmed details that spread can mislead and worry partners and customers, and may tell the attacker how you are responding.',
    },
    do: {
      ja: '社外への説明は、経営層が決めた窓口と内容に合わせてください。社内でも、対応に関わる人に必要なことを伝えます。',
      en: 'Speak to outsiders only through the contact and wording management has agreed. Inside, tell those involved what they need to know.',
    },
    dont: {
      ja: 'SNSに書き込んだり、被害を受けたかもしれないメールアドレスで状況をやり取りしたりしないでください。',
      en: 'Do not post about it on social media or discuss it through a mail account that may be compromised.',
    },
  },
];
