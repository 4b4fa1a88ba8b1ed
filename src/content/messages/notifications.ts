/**
 * Notification texts. NOTIFICATION_PARAMS lists the params each kind needs; pass all of them (a dash
 * for an unknown value), and format times for the reader first (formatDateTime in src/domain/format.ts).
 *   reporter: name and department as one string, e.g. "Sato (Sales)"; link: the incident page URL;
 *   subject/body for briefing_managers: the assembled briefing.
 * The reporter's receipt deliberately repeats nothing of the report: it may go to an outside address.
 */
import type { Localized } from '../checklists/types.js';

export const NOTIFICATION_PARAMS = {
  intake_supervisor: ['reporter', 'where', 'whatHappened', 'reportedAt', 'link'],
  intake_desk: ['reporter', 'contact', 'where', 'whatHappened', 'reportedAt', 'link'],
  intake_receipt: ['incidentId', 'reportedAt'],
  briefing_managers: ['subject', 'body', 'link'],
  not_incident_finder: ['incidentId', 'reportedAt', 'reason'],
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
} as const satisfies Record<`notify.${NotificationKind}.${'subject' | 'body'}`, Localized>;
