/**
 * Ransomware: files encrypted and a ransom demanded, often with data stolen first. Based on IPA and NISC
 * (disconnect, keep the power on) and the National Police Agency (No More Ransom, report to the police).
 */
import type { ChecklistItem } from './types.js';

export const RANSOMWARE_ITEMS: readonly ChecklistItem[] = [
  {
    key: 'ransomware.unplug_network',
    source: 'ransomware',
    who: 'anyone',
    title: {
      ja: '暗号化された端末をネットワークから切り離す(電源は切らない)',
      en: 'Disconnect the encrypted devices from the network (keep them powered)',
    },
    why: {
      ja: 'つながったままだと、共有フォルダやほかの端末まで暗号化が広がります。電源を切ると、復旧や調査の手がかりになる情報がメモリから消えます。',
      en: 'While connected, encryption spreads to shared folders and other devices. Powering off erases information in memory that can help recovery and the investigation.',
    },
    do: {
      ja: 'LANケーブルを抜き、Wi-Fiをオフにしてください。暗号化が今も進んでいるようなら、電源をどうするかは専門家に電話で相談して決めます。',
      en: 'Unplug the network cable and turn Wi-Fi off. If files are still being encrypted as you watch, phone an expert and decide together what to do about the power.',
    },
    dont: {
      ja: '自分の判断で電源を切ったり、再起動したりしないでください。',
      en: 'Do not power off or restart the device on your own judgement.',
    },
  },
  {
    key: 'ransomware.check_spread',
    source: 'ransomware',
    who: 'it_staff',
    title: {
      ja: 'ほかのPC、共有フォルダ、サーバーに広がっていないか確認する',
      en: 'Check whether other PCs, shared folders and servers are affected',
    },
    why: {
      ja: 'ランサムウェアは、社内ネットワークを通じて共有フォルダやサーバー、ほかの部署のPCまで暗号化することがあります。複数の部署に及んでいれば、社内ネットワーク全体を止める必要があります。',
      en: 'Ransomware can encrypt shared folders, servers and PCs in other departments across the internal network. If several departments are hit, the whole internal network has to be stopped.',
    },
    do: {
      ja: '各部署に電話などで、ファイルが開けない、ファイル名や拡張子が変わった、脅迫文が表示された、といった症状がないか聞いてください。結果はこの画面の「部署ごとの確認」に記録します。',
      en: 'Phone each department and ask whether files will not open, names or extensions have changed, or a ransom note has appeared. Record the answers under "department checks" on this page.',
    },
    dont: {
      ja: '確認のために、暗号化された共有フォルダを別のPCから開いて回らないでください。',
      en: 'Do not go round opening the encrypted shared folders from other PCs to check.',
    },
  },
  {
    key: 'ransomware.stop_internal_network',
    source: 'ransomware',
    who: 'it_staff',
    title: {
      ja: '複数の部署で暗号化が見つかったら、社内ネットワークを止める',
      en: 'If encryption is found in several departments, stop the internal network',
    },
    why: {
      ja: '複数の部署に及んでいるなら、社内ネットワークを通じて今も広がっている可能性が高く、1台ずつ切り離していては間に合いません。',
      en: 'If several departments are hit, it is most likely still spreading through the internal network, and disconnecting devices one by one will not keep up.',
    },
    do: {
      ja: '経営層に伝えたうえで、インターネットとの接続部分と、部署やフロアをつなぐ機器のケーブルを抜いて通信を止めてください。止める前に、電話など社内の連絡手段を全員に知らせておきます。',
      en: 'After telling management, stop traffic by unplugging the cables where the network meets the internet and between departments or floors. Before you do, tell everyone how to reach each other, for example by phone.',
    },
    dont: {
      ja: 'PCやサーバーの電源を一斉に切らないでください。バックアップ装置もネットワークから外し、上書きされないようにします。',
      en: 'Do not switch off PCs or servers en masse. Take the backup devices off the network too, so they are not overwritten.',
    },
  },
  {
    key: 'ransomware.photograph_note',
    source: 'ransomware',
    who: 'anyone',
    title: {
      ja: '脅迫文を撮影し、暗号化されたファイルの拡張子を記録する',
      en: 'Photograph the ransom note and note the encrypted files’ extension',
    },
    why: {
      ja: '脅迫文や拡張子から、ランサムウェアの種類や、復号ツールがあるかどうかがわかることがあります。警察への相談でも必要です。',
      en: 'The note and the file extension often identify the ransomware and whether a decryption tool exists. The police will ask for them too.',
    },
    do: {
      ja: '脅迫文の画面をスマートフォンで撮影し、暗号化されたファイルの名前の例と拡張子、気づいた時刻を記録してください。',
      en: 'Photograph the ransom note with a phone, and write down some encrypted file names, their extension and when you noticed.',
    },
    dont: {
      ja: '脅迫文に書かれたサイトにアクセスしたり、連絡先に連絡したりしないでください。',
      en: 'Do not visit the site or contact the address given in the note.',
    },
  },
  {
    key: 'ransomware.isolate_backups',
    source: 'ransomware',
    who: 'it_staff',
    title: {
      ja: 'バックアップを切り離して守る',
      en: 'Cut off the backups to protect them',
    },
    why: {
      ja: '攻撃者は復旧させないためにバックアップも狙います。バックアップが無事なら、身代金を払わずに復旧できる見込みがあります。',
      en: 'Attackers go after backups so that you cannot recover. Intact backups are your way back without paying.',
    },
    do: {
      ja: 'バックアップ用のディスクやNASをネットワークから外し、自動の同期やバックアップの処理を止めてください。クラウドのバックアップは、過去の版が残っているか確認します。',
      en: 'Disconnect backup disks and NAS devices from the network and stop automatic sync and backup jobs. For cloud backups, check that earlier versions are still kept.',
    },
    dont: {
      ja: '原因がわかるまで、バックアップから復元したり、バックアップを感染した可能性のある端末につないだりしないでください。',
      en: 'Do not restore from backups, or connect them to any device that may be infected, before the cause is known.',
    },
  },
  {
    key: 'ransomware.do_not_pay',
    source: 'ransomware',
    who: 'anyone',
    title: {
      ja: '身代金をすぐに払わず、復号ツールがないか確かめる',
      en: 'Do not rush to pay; check whether a decryption tool exists',
    },
    why: {
      ja: '払ってもデータが戻る保証はなく、盗まれたデータが公開されないという保証もありません。種類によっては無料の復号ツールがあります。',
      en: 'Paying guarantees neither that your data comes back nor that stolen data stays unpublished. Free decryption tools exist for some kinds.',
    },
    do: {
      ja: '警察庁も紹介している「No More Ransom」(nomoreransom.org)で、該当する復号ツールがないか、専門家と一緒に確認してください。支払いについては経営層と警察に相談します。',
      en: 'With an expert, check No More Ransom (nomoreransom.org), which the National Police Agency also points to, for a matching decryption tool. Discuss any question of payment with management and the police.',
    },
    dont: {
      ja: '担当者の判断だけで攻撃者とやり取りしたり、支払ったりしないでください。',
      en: 'Do not contact or pay the attacker on the responder’s own decision.',
    },
  },
  {
    key: 'ransomware.report_police_ipa',
    source: 'ransomware',
    who: 'anyone',
    title: {
      ja: '警察とIPAに相談・届出をする',
      en: 'Report to the police and to IPA',
    },
    why: {
      ja: 'ランサムウェアは犯罪です。警察への相談が早いほど、必要な証拠を残しやすくなります。2025年10月からは、警察や個人情報保護委員会への報告に使える共通の様式があります。',
      en: 'Ransomware is a crime, and the earlier the police are involved the easier it is to keep the evidence they need. Since October 2025 a common form can be used for reports to both the police and the PPC.',
    },
    do: {
      ja: '都道府県警察のサイバー犯罪相談窓口に相談し、IPAに届け出てください。被害届は警察署に出向いて提出します。',
      en: 'Consult your prefectural police cybercrime desk and notify IPA. A formal damage report is filed in person at a police station.',
    },
    dont: {
      ja: '警察に相談する前に、端末やログを片付けないでください。',
      en: 'Do not clean up devices or logs before talking to the police.',
    },
  },
  {
    key: 'ransomware.check_data_theft',
    source: 'ransomware',
    who: 'it_staff',
    title: {
      ja: 'データが持ち出されていないかも疑う',
      en: 'Assume data may have been stolen too',
    },
    why: {
      ja: '最近のランサムウェアは、暗号化の前にデータを盗み、「公開する」と脅すことがよくあります。個人情報が含まれていれば、法律上の報告が必要になります。',
      en: 'Ransomware gangs often steal data before encrypting and threaten to publish it. If personal data is involved, the law may require you to report.',
    },
    do: {
      ja: '暗号化された場所に個人情報や取引先の情報があったかを洗い出し、この画面の「個人情報」などの項目に記録してください。',
      en: 'List whether the encrypted locations held personal data or partners’ information, and record it in the personal-data questions on this page.',
    },
    dont: {
      ja: '「暗号化されただけだから漏えいはない」と決めつけないでください。',
      en: 'Do not conclude that nothing leaked because the files were "only" encrypted.',
    },
  },
];
