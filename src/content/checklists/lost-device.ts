/**
 * A lost or stolen PC, phone or storage medium. Based on the PPC's guidance on personal-data breaches
 * (strong encryption exempts the report) and common police procedure for lost property.
 */
import type { ChecklistItem } from './types.js';

export const LOST_DEVICE_ITEMS: readonly ChecklistItem[] = [
  {
    key: 'lost_device.report_loss',
    source: 'lost_device',
    who: 'anyone',
    title: {
      ja: '上司、警察、なくした場所に届け出る',
      en: 'Report the loss to your supervisor, the police and where it was lost',
    },
    why: {
      ja: '早く届け出るほど見つかる見込みが高まり、盗難なら捜査の手がかりになります。届出の記録は後の報告にも使います。',
      en: 'The sooner it is reported, the better the chance it turns up; if stolen, the report starts the investigation. The record also supports later reports.',
    },
    do: {
      ja: '上司に報告し、最寄りの警察に遺失届(盗まれた場合は被害届)を出してください。駅や店、タクシー会社など、なくした可能性のある場所にも問い合わせ、受理番号と連絡先を記録します。',
      en: 'Tell your supervisor and file a lost-property report with the police (a theft report if stolen). Ask the station, shop or taxi company where it may have been left, and record reference numbers and contacts.',
    },
    dont: {
      ja: '自分で探し回って報告を遅らせないでください。',
      en: 'Do not delay reporting while you search on your own.',
    },
  },
  {
    key: 'lost_device.list_data',
    source: 'lost_device',
    who: 'anyone',
    title: {
      ja: '入っていたデータと、暗号化されていたかを書き出す',
      en: 'List the data on the device and whether it was encrypted',
    },
    why: {
      ja: '個人情報が入っていたかどうか、何人分か、強い暗号化がされていたかで、個人情報保護委員会への報告や本人への通知が必要かが決まります。',
      en: 'Whether it held personal data, for how many people, and whether it was strongly encrypted decide whether you must report to the PPC and tell the people concerned.',
    },
    do: {
      ja: '保存されていたファイル、メール、ログインしたままのサービスを思い出せる範囲で書き出し、ディスクの暗号化や画面ロックの設定を確認してください。結果はこの画面の「個人情報」などの項目に記録します。',
      en: 'Write down, as far as you can recall, the files, mail and signed-in services on it, and check its disk encryption and screen-lock settings. Record the answers in the personal-data questions on this page.',
    },
    dont: {
      ja: '「たぶん大丈夫」で済ませず、わからないことは「まだわからない」と記録してください。',
      en: 'Do not settle for "probably fine"; record what you do not know as "unknown yet".',
    },
  },
  {
    key: 'lost_device.remote_lock',
    source: 'lost_device',
    who: 'it_staff',
    title: {
      ja: '遠隔でロックし、必要ならデータを消去する',
      en: 'Lock the device remotely, and wipe it if needed',
    },
    why: {
      ja: '拾った人や盗んだ人がデータを見たり、ログインしたままのサービスを使ったりするのを防げます。',
      en: 'It stops whoever has it from reading the data or using services that are still signed in.',
    },
    do: {
      ja: '端末管理の仕組み(MDMなど)やメーカーの「端末を探す」機能で、まずロックしてください。消去するかどうかは、見つかる見込みも考えて上司と決めます。',
      en: 'Lock it first through your device management (MDM) or the maker’s find-my-device service. Decide with your supervisor whether to wipe it, weighing the chance of getting it back.',
    },
    dont: {
      ja: 'ロックの前に、端末に位置情報の確認以外の操作を試みないでください。',
      en: 'Do not try anything on the device except locating it before it is locked.',
    },
  },
  {
    key: 'lost_device.revoke_access',
    source: 'lost_device',
    who: 'it_staff',
    title: {
      ja: '端末に残ったログインやVPNの権限を無効にする',
      en: 'Revoke the sign-ins and VPN access left on the device',
    },
    why: {
      ja: '端末にはメールや社内システムへのログイン状態、保存されたパスワード、VPNの設定が残っていることがあり、そのまま社内に入られるおそれがあります。',
      en: 'The device may hold active sign-ins, saved passwords and VPN settings that let someone straight into your systems.',
    },
    do: {
      ja: 'その端末で使っていたアカウントのパスワードを変更し、ログイン状態を切ってください。VPNの証明書や端末の登録も無効にします。',
      en: 'Change the passwords of accounts used on it and end their sessions. Revoke its VPN certificate and device registration as well.',
    },
    dont: {
      ja: '見つかるまで様子を見る、ということはしないでください。見つかった後でも、設定は戻せます。',
      en: 'Do not wait to see whether it turns up; access can be restored once it does.',
    },
  },
];
