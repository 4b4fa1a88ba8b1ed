/**
 * Information that left the organisation: a misdirected mail, a wrong sharing setting, an insider.
 * Follows the response flow in IPA's guide for SMEs (report, response team, first response without
 * destroying evidence, 5W1H, notify and report) and the PPC's reporting rules under the APPI.
 */
import type { ChecklistItem } from './types.js';

export const DATA_LEAK_ITEMS: readonly ChecklistItem[] = [
  {
    key: 'data_leak.stop_further_exposure',
    source: 'data_leak',
    who: 'anyone',
    title: {
      ja: 'これ以上広がらないように止める',
      en: 'Stop the information from spreading further',
    },
    why: {
      ja: '公開されたままの共有リンクや、続いている誤送信は、時間がたつほど被害を大きくします。',
      en: 'A sharing link left open, or mail still going to the wrong place, makes the damage grow by the hour.',
    },
    do: {
      ja: '公開設定や共有リンクは画面を保存してから止め、誤った宛先への送信や自動処理も止めてください。',
      en: 'Capture the sharing settings or link on screen, then close them; stop any mailing or automatic job still sending to the wrong place.',
    },
    dont: {
      ja: '記録を残さずに設定を変えたり、ファイルを消したりしないでください。',
      en: 'Do not change settings or delete files without recording them first.',
    },
  },
  {
    key: 'data_leak.contact_recipient',
    source: 'data_leak',
    who: 'anyone',
    title: {
      ja: '誤って届いた相手に連絡し、削除をお願いする',
      en: 'Contact whoever received it by mistake and ask them to delete it',
    },
    why: {
      ja: '誤送信したメールが、誰にも読まれる前に削除されたと確認できれば、漏えいにはあたりません。早く連絡するほど、その見込みは高くなります。',
      en: 'A misdirected mail that is confirmed deleted before anyone read it is not a leak, and the sooner you call, the likelier that is.',
    },
    do: {
      ja: '電話などで相手に事情を伝え、開かずに削除してもらい、読んだかどうかと削除した日時を確認して記録してください。',
      en: 'Call the recipient, explain, ask them to delete it unopened, and record whether they had read it and when they deleted it.',
    },
    dont: {
      ja: '相手の返事を確かめないまま「削除済み」と扱わないでください。',
      en: 'Do not treat it as deleted until the recipient has confirmed.',
    },
  },
  {
    key: 'data_leak.preserve_evidence',
    source: 'data_leak',
    who: 'it_staff',
    title: {
      ja: '証拠を消さずに残す',
      en: 'Keep the evidence intact',
    },
    why: {
      ja: '誰が、いつ、どの情報に触れたかを示す記録は、原因の特定にも、関係者への説明にも必要です。内部の人が関わる場合は特に重要です。',
      en: 'Records of who touched which information and when are needed both to find the cause and to explain it. They matter most when an insider may be involved.',
    },
    do: {
      ja: '送信履歴、アクセスログ、共有設定の変更履歴を保存してください。内部の人が関わる疑いがあれば、本人に知らせる前に経営層と専門家に相談します。',
      en: 'Save the sending history, access logs and the history of sharing changes. If an insider may be involved, consult management and an expert before telling that person.',
    },
    dont: {
      ja: '関係者のアカウントやファイルを先に削除したり、本人を問い詰めたりしないでください。',
      en: 'Do not delete the accounts or files involved first, and do not confront the person.',
    },
  },
  {
    key: 'data_leak.establish_5w1h',
    source: 'data_leak',
    who: 'anyone',
    title: {
      ja: '何の情報が、何人分、いつ、どこへ、なぜ出たかを整理する',
      en: 'Work out what data, how many people, when, where to and why',
    },
    why: {
      ja: '報告や通知の要否も、お詫びや説明の内容も、この整理で決まります。',
      en: 'Whether you must report or notify, and what you tell people, depend on these answers.',
    },
    do: {
      ja: '含まれていた情報の項目(氏名、連絡先、カード番号、健康情報など)、人数、期間、出ていった先、原因を、この画面の「個人情報」「要配慮個人情報」「影響人数」などの項目に記録してください。',
      en: 'Record the data items involved (names, contact details, card numbers, health data and so on), the number of people, the period, where it went and the cause, in the personal-data, sensitive-data and people-affected questions on this page.',
    },
    dont: {
      ja: '人数や範囲を少なめに見積もらないでください。わからない点は「まだわからない」と記録します。',
      en: 'Do not underestimate the number or scope; record what you do not know as "unknown yet".',
    },
  },
  {
    key: 'data_leak.check_legal_duty',
    source: 'data_leak',
    who: 'anyone',
    title: {
      ja: '個人情報保護委員会への報告と本人への通知が必要か確認する',
      en: 'Check whether you must report to the PPC and tell the people affected',
    },
    why: {
      ja: '要配慮個人情報、財産的な被害のおそれがある情報、不正な目的によるもの、1,000人を超えるもののいずれかにあたれば、疑いの段階でも報告が必要です。速報はおおむね3〜5日以内、確報は30日以内(不正な目的によるものは60日以内)が目安です。',
      en: 'A report is needed, even on suspicion, if any of these applies: sensitive data, data that risks financial loss, a malicious purpose, or more than 1,000 people. The preliminary report is due promptly (roughly 3–5 days) and the final one within 30 days, or 60 for malicious cases.',
    },
    do: {
      ja: '状況を知った日を記録し、経営層と一緒に報告と通知の要否を判断してください。迷うときは専門家や弁護士に相談します。',
      en: 'Record the day you learned of it and decide with management whether to report and notify. If unsure, ask an expert or a lawyer.',
    },
    dont: {
      ja: 'すべてが確定するまで報告を待たないでください。速報は、わかっている範囲で出せます。',
      en: 'Do not wait until everything is certain; the preliminary report covers what you know so far.',
    },
  },
];
