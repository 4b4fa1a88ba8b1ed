/**
 * Something looks wrong but nobody can yet say what. Follows the seven-step first-response guide (ask
 * outside experts whenever you cannot judge) and the questions IPA's consultation desk asks callers.
 */
import type { ChecklistItem } from './types.js';

export const UNKNOWN_ITEMS: readonly ChecklistItem[] = [
  {
    key: 'unknown.describe_symptoms',
    source: 'unknown',
    who: 'anyone',
    title: {
      ja: '起きていることを具体的に書き出す',
      en: 'Write down exactly what you are seeing',
    },
    why: {
      ja: '「PCがおかしい」だけでは、専門家も判断できません。具体的な症状と時刻がわかれば、何が起きているかを絞り込めます。',
      en: '"The PC is acting strange" is not enough for anyone to judge. Concrete symptoms and times narrow down what is going on.',
    },
    do: {
      ja: '画面に出たメッセージ(写真を撮る)、いつから、どの機器やサービスで、何をしたときに起きたか、普段と何が違うかを記録してください。',
      en: 'Record the messages on screen (take photos), since when, on which device or service, what you were doing when it happened, and how it differs from normal.',
    },
    dont: {
      ja: '原因を確かめようとして、いろいろな操作を試さないでください。',
      en: 'Do not try things out to find the cause yourself.',
    },
  },
  {
    key: 'unknown.isolate_if_suspicious',
    source: 'unknown',
    who: 'anyone',
    title: {
      ja: '怪しい端末はネットワークから切り離す(電源は切らない)',
      en: 'Disconnect any suspicious device from the network (keep it powered)',
    },
    why: {
      ja: 'マルウェアが原因なら、つながったままでは被害が広がります。電源を切ると、調査の手がかりが消えます。',
      en: 'If malware is behind it, staying connected lets it spread. Powering off destroys clues.',
    },
    do: {
      ja: 'LANケーブルを抜き、Wi-Fiをオフにして、電源は入れたままにしてください。',
      en: 'Unplug the network cable and turn Wi-Fi off, but leave the power on.',
    },
    dont: {
      ja: '電源を切ったり、再起動したりしないでください。',
      en: 'Do not power it off or restart it.',
    },
  },
  {
    key: 'unknown.check_others',
    source: 'unknown',
    who: 'anyone',
    title: {
      ja: 'ほかの人や部署にも同じことが起きていないか確認する',
      en: 'Check whether others or other departments see the same thing',
    },
    why: {
      ja: '同じ症状がほかでも出ていれば、1台の故障ではなく、攻撃が広がっているおそれがあります。',
      en: 'If the same thing happens elsewhere, it is probably not a single faulty device but an attack that is spreading.',
    },
    do: {
      ja: '各部署に電話などで同じ症状がないか聞き、結果をこの画面の「部署ごとの確認」に記録してください。',
      en: 'Phone each department to ask about the same symptoms and record the answers under "department checks" on this page.',
    },
    dont: {
      ja: '確認が終わるまで、「1台だけの問題」と決めつけないでください。',
      en: 'Do not assume it is one machine’s problem until you have checked.',
    },
  },
  {
    key: 'unknown.ask_expert',
    source: 'unknown',
    who: 'anyone',
    title: {
      ja: '判断できなければ、早めに外部の専門家に相談する',
      en: 'If you cannot judge, ask outside experts early',
    },
    why: {
      ja: '判断がつかないまま時間がたつと、被害が広がったり、証拠が失われたりします。相談するのに、確かな情報がそろっている必要はありません。',
      en: 'While nobody can judge, the damage can grow and evidence can be lost. You do not need certainty before asking.',
    },
    do: {
      ja: '契約しているセキュリティ対応業者に連絡してください。まだ決まっていなければ、IPAの「情報セキュリティ安心相談窓口」で応急の助言を受けられます(調査はしてもらえません)。JPCERT/CCもインシデントの相談を受け付けています。',
      en: 'Call your contracted security vendor. If you have none, IPA’s consultation desk (情報セキュリティ安心相談窓口) gives first-aid advice but does not investigate, and JPCERT/CC also takes incident consultations.',
    },
    dont: {
      ja: '「インシデントかどうかわかってから」と相談を先延ばしにしないでください。',
      en: 'Do not put off asking until you are sure it is an incident.',
    },
  },
];
