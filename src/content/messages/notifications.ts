/**
 * Notification texts. NOTIFICATION_PARAMS lists the params each kind needs; pass all of them (a dash
 * for an unknown value), and format times for the reader first (formatDateTime in src/domain/format.ts).
 *   reporter: name and department as one string, e.g. "Sato (Sales)"; link: the incident page URL;
 *   subject/body for briefing_managers: the assembled briefing.
 * The reporter's receipt deliberately repeats nothing of the report: it may go to an outside address.
 * Escalations name no incident details either: the next person in the contact tree may not be among
 * the people a restricted incident is shared with. ack_footer is appended when a message is sent (its
 * subject is the button's label); warning_* are the templates the warning composer starts from.
 */
import type { Localized } from '../checklists/types.js';

export const NOTIFICATION_PARAMS = {
  intake_supervisor: ['reporter', 'where', 'whatHappened', 'reportedAt', 'link'],
  intake_desk: ['reporter', 'contact', 'where', 'whatHappened', 'reportedAt', 'link'],
  intake_receipt: ['incidentId', 'reportedAt'],
  briefing_managers: ['subject', 'body', 'link'],
  not_incident_finder: ['incidentId', 'reportedAt', 'reason'],
  urgency_high: ['incidentId', 'title', 'reason', 'link'],
  custody_transfer: ['incidentId', 'item', 'fromPerson', 'toPerson', 'at', 'purpose', 'sha256'],
  briefing_reminder: ['subject', 'sentAt', 'link'],
  briefing_escalation: ['incidentId', 'sentAt', 'minutes', 'notified', 'contacts', 'link'],
  intake_reminder: ['incidentId', 'where', 'reportedAt', 'link'],
  intake_escalation: ['incidentId', 'where', 'reportedAt', 'minutes', 'notified', 'contacts', 'link'],
  warning_internal: ['orgName', 'desk'],
  warning_external: ['orgName', 'desk'],
  ack_footer: ['link', 'expiresAt'],
  channel_test: ['orgName', 'at'],
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_PARAMS;
export const NOTIFICATION_KINDS = Object.keys(NOTIFICATION_PARAMS) as NotificationKind[];
export type NotificationParams<K extends NotificationKind> = Record<
  (typeof NOTIFICATION_PARAMS)[K][number],
  string | number
>;

export const NOTIFICATION_MESSAGES = {
  'notify.intake_supervisor.subject': {
    ja: '【初動】セキュリティインシデントの疑いについて報告がありました',
    en: '[Shodo] A possible security incident was reported by your team',
  },
  'notify.intake_supervisor.body': {
    ja: `{reporter}さんから、セキュリティインシデントの疑いがある事象の報告がありました。インシデント対応窓口にも同時に連絡しています。

報告日時: {reportedAt}
場所: {where}
内容:
{whatHappened}

詳しい内容は次のページで確認できます(ログインが必要です)。
{link}

今の段階では、インシデントかどうかはまだわかりません。報告してくれた人をねぎらい、対応窓口の指示に従うよう声をかけてください。`,
    en: `{reporter} has reported something that may be a security incident. The incident response desk has been told at the same time.

Reported at: {reportedAt}
Where: {where}
What happened:
{whatHappened}

You can see the details here (sign-in required):
{link}

At this stage nobody knows yet whether it is an incident. Please thank the person for reporting it and ask them to follow the desk’s instructions.`,
  },
  'notify.intake_desk.subject': {
    ja: '【初動】新しい報告: {where}',
    en: '[Shodo] New report: {where}',
  },
  'notify.intake_desk.body': {
    ja: `インシデントの疑いがある事象が報告されました。初期調査(手順2)を始め、並行して経営層への第一報(手順3)を準備してください。

報告日時: {reportedAt}
報告者: {reporter}
連絡先: {contact}
場所: {where}
内容:
{whatHappened}

対応は次のページから始められます。
{link}`,
    en: `Something that may be a security incident has been reported. Start the initial investigation (step 2) and, in parallel, prepare the first report to management (step 3).

Reported at: {reportedAt}
Reported by: {reporter}
Contact: {contact}
Where: {where}
What happened:
{whatHappened}

Start the response here:
{link}`,
  },
  'notify.intake_receipt.subject': {
    ja: '【初動】ご報告を受け付けました(受付番号 {incidentId})',
    en: '[Shodo] We have received your report ({incidentId})',
  },
  'notify.intake_receipt.body': {
    ja: `ご報告ありがとうございます。インシデント対応窓口が内容を確認し、必要に応じてご連絡します。

受付番号: {incidentId}
受付日時: {reportedAt}

対応窓口から連絡があるまで、次のことをお願いします。
・問題の端末の電源は切らず、そのままにしておいてください。
・ファイルやメールを削除しないでください。
・気づいたことがあれば、時刻と一緒にメモしておいてください。

新たに気づいたことや急ぎの用件があれば、受付番号を添えて対応窓口に連絡してください。`,
    en: `Thank you for your report. The incident response desk will look into it and contact you if needed.

Reference: {incidentId}
Received at: {reportedAt}

Until the desk contacts you, please:
- leave the device concerned switched on, as it is;
- do not delete any files or mails;
- note down anything else you notice, with the time.

If you notice something new or it is urgent, contact the desk and quote your reference.`,
  },
  'notify.briefing_managers.subject': {
    ja: '【初動】{subject}',
    en: '[Shodo] {subject}',
  },
  'notify.briefing_managers.body': {
    ja: `インシデント対応窓口から報告が届きました。読んだら次のページで「確認しました」を押してください。ご判断もそのページで記録できます。
{link}

----
{body}`,
    en: `The incident response desk has sent you a briefing. Once you have read it, press "Acknowledge" on this page, where you can also record your decisions:
{link}

----
{body}`,
  },
  'notify.not_incident_finder.subject': {
    ja: '【初動】ご報告いただいた件の確認結果(受付番号 {incidentId})',
    en: '[Shodo] The outcome of your report ({incidentId})',
  },
  'notify.not_incident_finder.body': {
    ja: `{reportedAt}にご報告いただいた件(受付番号 {incidentId})について、インシデント対応窓口で確認した結果、セキュリティインシデントではないと判断しました。

判断の理由:
{reason}

対応窓口から別に指示がない限り、通常の業務に戻っていただいて構いません。
ご報告ありがとうございました。これからも、少しでもおかしいと感じたら、迷わず報告してください。`,
    en: `The incident response desk has looked into what you reported on {reportedAt} (reference {incidentId}) and concluded that it is not a security incident.

Why:
{reason}

Unless the desk tells you otherwise, you can carry on as normal.
Thank you for reporting it. Whenever something seems wrong, please keep reporting it, even if you are unsure.`,
  },
  'notify.urgency_high.subject': {
    ja: '【初動】緊急度が「高」になりました: {title}',
    en: '[Shodo] Urgency raised to high: {title}',
  },
  'notify.urgency_high.body': {
    ja: `インシデント {incidentId} の緊急度が「高」と判断されました。至急、対応方針のご判断をお願いします。

判断の理由:
{reason}

詳しい状況と判断の記録は次のページで確認できます(ログインが必要です)。
{link}`,
    en: `Incident {incidentId} has been judged highly urgent. Your decisions on the response are needed now.

Why:
{reason}

See where things stand, and record your decisions, here (sign-in required):
{link}`,
  },
  'notify.custody_transfer.subject': {
    ja: '【初動】証拠をお渡ししました(受付番号 {incidentId})',
    en: '[Shodo] Evidence handed over to you ({incidentId})',
  },
  'notify.custody_transfer.body': {
    ja: `{toPerson}様

次の証拠を{fromPerson}からお渡ししたことを記録しました。内容が実際と違う場合は、インシデント対応窓口に連絡してください。

受付番号: {incidentId}
証拠: {item}
受け渡し日時: {at}
目的: {purpose}
SHA-256: {sha256}

受け取った証拠は、受け取ったときの状態のまま保管してください。さらに別の人に渡すときは、その記録もお願いします。`,
    en: `Dear {toPerson},

We have recorded that {fromPerson} handed the following evidence over to you. If anything here does not match what happened, please tell the incident response desk.

Reference: {incidentId}
Evidence: {item}
Handed over at: {at}
Purpose: {purpose}
SHA-256: {sha256}

Please keep the evidence exactly as you received it, and have any further hand-over recorded too.`,
  },
  'notify.briefing_reminder.subject': {
    ja: '【初動・再送】確認をお願いします: {subject}',
    en: '[Shodo, reminder] Please acknowledge: {subject}',
  },
  'notify.briefing_reminder.body': {
    ja: `{sentAt}にお送りした経営層への報告が、まだ確認されていません。内容を確認し、受け取ったことを知らせてください。

報告と判断の記録は次のページにあります(ログインが必要です)。
{link}`,
    en: `The briefing sent to management at {sentAt} has not been acknowledged yet. Please read it and confirm that you have.

The briefing, and where to record your decisions, is here (sign-in required):
{link}`,
  },
  'notify.briefing_escalation.subject': {
    ja: '【初動・至急】経営層への報告が確認されていません({incidentId})',
    en: '[Shodo, urgent] A briefing to management has not been acknowledged ({incidentId})',
  },
  'notify.briefing_escalation.body': {
    ja: `インシデント {incidentId} について{sentAt}に経営層へ報告しましたが、{minutes}分たっても誰からも確認がありません。連絡網に従い、あなたにお知らせしています。

すでに連絡した人:
{notified}

電話でも確認してください(連絡網):
{contacts}

報告の内容は次のページで確認できます(ログインが必要です)。
{link}`,
    en: `Management was briefed on incident {incidentId} at {sentAt}, but nobody has acknowledged it in {minutes} minutes. Following the contact tree, you are next.

Already told:
{notified}

Please also call (contact tree):
{contacts}

The briefing is here (sign-in required):
{link}`,
  },
  'notify.intake_reminder.subject': {
    ja: '【初動・再送】報告が未確認です: {where}',
    en: '[Shodo, reminder] A report is still unacknowledged: {where}',
  },
  'notify.intake_reminder.body': {
    ja: `{reportedAt}に受け付けた報告(受付番号 {incidentId})を、まだ誰も確認していません。内容を確認し、受け取ったことを知らせてください。

対応は次のページから始められます。
{link}`,
    en: `Nobody has acknowledged the report received at {reportedAt} (reference {incidentId}) yet. Please look at it and confirm that you have.

Start the response here:
{link}`,
  },
  'notify.intake_escalation.subject': {
    ja: '【初動・至急】報告に誰も対応していません({incidentId})',
    en: '[Shodo, urgent] Nobody has picked up a report ({incidentId})',
  },
  'notify.intake_escalation.body': {
    ja: `{reportedAt}に受け付けた報告(受付番号 {incidentId}、場所: {where})を、{minutes}分たっても対応窓口の誰も確認していません。連絡網に従い、あなたにお知らせしています。

すでに連絡した人:
{notified}

電話でも確認してください(連絡網):
{contacts}

対応は次のページから始められます。
{link}`,
    en: `The report received at {reportedAt} (reference {incidentId}, where: {where}) has not been acknowledged by anyone at the desk in {minutes} minutes. Following the contact tree, you are next.

Already told:
{notified}

Please also call (contact tree):
{contacts}

Start the response here:
{link}`,
  },
  'notify.warning_internal.subject': {
    ja: '【注意喚起】{orgName}や取引先を装った不審なメールにご注意ください',
    en: 'Warning: suspicious mail pretending to come from {orgName} or our partners',
  },
  'notify.warning_internal.body': {
    ja: `社内の皆さまへ

{orgName}や取引先を装った不審なメールが届いていることを確認しました。次の点に注意してください。

・心当たりのないメールの添付ファイルやリンクは開かないでください。
・差出人の名前が正しく見えても、メールアドレスや内容に不自然な点がないか確かめてください。
・パスワードや個人情報の入力、振込先の変更を求められても応じないでください。
・このようなメールを受け取った場合や、すでに開いてしまった場合は、すぐに{desk}へ連絡してください。

ご協力をお願いします。`,
    en: `To all staff,

Mail pretending to come from {orgName} or from our partners is going around. Please:

- do not open attachments or links in mail you did not expect;
- check the address and the wording even when the sender's name looks right;
- never enter passwords or personal data, or change bank details, because a mail asks you to;
- if you receive such a mail, or have already opened one, contact {desk} at once.

Thank you for your help.`,
  },
  'notify.warning_external.subject': {
    ja: '【お詫びとお願い】{orgName}を装った不審なメールについて',
    en: 'Suspicious mail pretending to come from {orgName}',
  },
  'notify.warning_external.body': {
    ja: `お取引先・お客さま各位

{orgName}の名前をかたる不審なメールが送られていることを確認しました。ご迷惑とご心配をおかけし、申し訳ございません。

当社からのメールとして、心当たりのない添付ファイルやリンク、振込先の変更などの依頼が届いた場合は、開かずに削除してください。判断に迷う場合は、{desk}までお問い合わせください。

引き続き調査を進め、必要に応じて改めてお知らせします。`,
    en: `Dear customers and partners,

We have found that mail misusing the name of {orgName} is being sent. We apologise for the trouble and worry this causes.

If a mail that seems to come from us contains attachments or links you did not expect, or asks you to change bank details, please delete it without opening anything. If you are unsure, please contact {desk}.

We are still looking into this and will write again if needed.`,
  },
  'notify.ack_footer.subject': {
    ja: '受け取りました',
    en: 'I have received this',
  },
  'notify.ack_footer.body': {
    ja: `受け取ったことを知らせるには、次のリンクを開いてボタンを押してください(1回だけ使えます。{expiresAt}まで有効です)。
{link}`,
    en: `To let the desk know you have received this, open this link and press the button (it works once, until {expiresAt}):
{link}`,
  },
  'notify.channel_test.subject': {
    ja: '【初動】テストメッセージ',
    en: '[Shodo] Test message',
  },
  'notify.channel_test.body': {
    ja: `{orgName}の初動から送ったテストメッセージです({at})。これが届いていれば、この送り先への通知は届きます。`,
    en: `This is a test message from {orgName}'s Shodo ({at}). If you can read it, notifications to this destination will arrive.`,
  },
} as const satisfies Record<`notify.${NotificationKind}.${'subject' | 'body'}`, Localized>;
