/**
 * Every text of the offline pack, in Japanese and English. The pack is read on paper or from a USB stick
 * while the network is down, so it explains itself and never says "click".
 */
import type { Localized } from './checklists/types.js';

export const OFFLINE_PACK_TEXT = {
  docTitle: { ja: '初動 オフラインパック', en: 'Shodo offline pack' },
  intro: {
    ja: '社内のネットワークやこのシステムが使えないときのための資料です。印刷して、対応窓口と経営層の手元に置いてください。連絡先や業者の情報が変わったら、新しいものをダウンロードし直してください。',
    en: 'For when the office network or this system cannot be used. Print it and keep copies at the response desk and with management. Download it again whenever contacts or vendors change.',
  },
  generatedAt: { ja: '作成日時', en: 'Generated' },
  version: { ja: '版(内容のハッシュ)', en: 'Version (content hash)' },
  otherLanguage: { ja: 'English version', en: '日本語版' },
  contents: { ja: '目次', en: 'Contents' },
  notSet: { ja: '(未設定)', en: '(not set)' },

  firstSteps: { ja: 'まず行うこと(7つのステップ)', en: 'What to do first (the seven steps)' },
  firstStepsLead: {
    ja: '迷ったら報告してください。インシデントかどうかは、報告を受けた側が判断します。',
    en: 'When in doubt, report. Whether it is an incident is for the desk to decide, not the person who noticed it.',
  },
  stepHints: {
    1: {
      ja: '上司と対応窓口に連絡します。窓口が決まっていなければ、情報システム部門か経営部門に連絡します。',
      en: 'Tell your supervisor and the response desk. If no desk is designated, tell the IT or management department.',
    },
    2: {
      ja: '5つの事実(発見日時・発見場所・発見者・経緯や現象・異常だと思った理由)を、下の記入用紙に書き留めます。',
      en: 'Write down the five facts (when, where, who, what happened, why it looked wrong) on the form below.',
    },
    3: {
      ja: '確定を待たずに、経営層へ第一報を入れます(下の報告用紙を使います)。',
      en: 'Brief management early, before anything is confirmed (use the briefing form below).',
    },
    4: {
      ja: '種類ごとのチェックリストに沿って、被害の広がりを止めます。電源は切らず、ネットワークから切り離します。',
      en: 'Follow the checklist for the type to stop the damage spreading. Disconnect from the network; do not power off.',
    },
    5: {
      ja: 'インシデントかどうか、どのくらい急ぐかを見極めます。犯罪の疑いがあれば、早めに警察へ相談します。',
      en: 'Decide whether it is an incident and how urgent it is. If it may be a crime, consult the police early.',
    },
    6: {
      ja: '判断できないところは、迷わず外部の専門業者に相談します。',
      en: 'Wherever you cannot judge, ask an outside security vendor.',
    },
    7: {
      ja: '証拠を消さずに残し、誰がいつ何を受け渡したかを証拠記録票に記録します。',
      en: 'Keep the evidence intact and record every hand-over in the evidence register.',
    },
  },

  contacts: { ja: '連絡先', en: 'Contacts' },
  desk: { ja: '対応窓口(インシデント対応を行う部署)', en: 'Incident response desk' },
  fallbackDesk: { ja: '対応窓口がない場合の連絡先', en: 'When there is no desk, tell' },
  contactTree: { ja: '連絡網(上から順に連絡します)', en: 'Contact tree (call in this order)' },
  contactTreeEmpty: {
    ja: 'まだ登録されていません。下の空欄に書き込んでください。',
    en: 'Nobody has been entered yet. Fill in the blank rows below.',
  },
  treeRole: {
    desk: { ja: '対応窓口', en: 'Response desk' },
    manager: { ja: '経営層・管理職', en: 'Management' },
  },
  policeDesk: { ja: '警察の相談窓口', en: 'Police consultation desk' },
  policeHint: {
    ja: '被害届を出すかもしれない場合は、早い段階で相談します。緊急のときは 110 番です。',
    en: 'Consult early if a damage report may be needed. In an emergency, call 110.',
  },
  publicNoticeOwner: { ja: '公表・お知らせの担当', en: 'Who issues public notices' },
  backups: { ja: 'バックアップ', en: 'Backups' },
  backupsWhere: { ja: '保管場所', en: 'Where they are kept' },
  backupsTested: { ja: '最後に復元を試した日', en: 'Restore last tested on' },
  people: { ja: '職員の連絡先', en: 'Staff directory' },
  vendors: { ja: '支援業者', en: 'Security vendors' },
  vendorsEmpty: {
    ja: '支援業者はまだ登録されていません。IPAの「サイバーセキュリティお助け隊」や、IPA・JNSAが公開している事業者の一覧から探せます。',
    en: "No vendor has been entered yet. IPA's Cyber Security Otasuketai scheme and the vendor lists published by IPA and JNSA are places to look.",
  },

  col: {
    order: { ja: '順', en: '#' },
    role: { ja: '役割', en: 'Role' },
    name: { ja: '名前', en: 'Name' },
    phone: { ja: '電話', en: 'Phone' },
    email: { ja: 'メール', en: 'E-mail' },
    note: { ja: 'メモ', en: 'Note' },
    department: { ja: '部署', en: 'Department' },
    supervisor: { ja: '上司', en: 'Supervisor' },
    services: { ja: '対応内容', en: 'Services' },
    hours: { ja: '対応時間', en: 'Hours' },
    fees: { ja: '費用', en: 'Fees' },
    conditions: { ja: '条件', en: 'Conditions' },
    contract: { ja: '契約', en: 'Contract' },
    contacts: { ja: '窓口', en: 'Contacts' },
  },
  contract: {
    contracted: { ja: '契約済み', en: 'Contracted' },
    in_talks: { ja: '相談中', en: 'In talks' },
    none: { ja: '契約なし', en: 'No contract' },
  },
  role: {
    reporter: { ja: '報告者', en: 'Reporter' },
    responder: { ja: '対応担当', en: 'Responder' },
    manager: { ja: '管理職・経営層', en: 'Manager' },
    admin: { ja: '管理者', en: 'Admin' },
  },

  playbooks: { ja: 'インシデントの種類ごとの対応', en: 'Response by type of incident' },
  playbookSigns: { ja: 'よくある兆候', en: 'Common signs' },
  playbookActions: { ja: 'すぐに行うこと', en: 'Do at once' },
  playbookEvidence: { ja: '残しておく証拠', en: 'Evidence to keep' },
  playbookVendor: { ja: '専門業者に相談するとき', en: 'When to call a vendor' },
  playbookPolice: { ja: '警察に相談するとき', en: 'When to consult the police' },
  playbookOthers: { ja: 'ほかの連絡先', en: 'Others to contact' },
  playbookTemplates: { ja: 'お知らせの文例', en: 'Message templates' },
  templateKinds: {
    internal_warning: { ja: '社内への注意の呼びかけ', en: 'Warning to staff' },
    external_warning: { ja: '社外への注意の呼びかけ', en: 'Warning to partners and customers' },
    public_notice: { ja: '公表文', en: 'Public notice' },
    enquiry_answer: { ja: '問い合わせへの回答', en: 'Answer to enquiries' },
  },
  subject: { ja: '件名', en: 'Subject' },
  checklists: { ja: '被害拡大を止めるチェックリスト', en: 'Containment checklists' },
  checklistCommon: { ja: 'どの種類でも共通', en: 'For every type' },
  itemDo: { ja: 'すること', en: 'Do' },
  itemDont: { ja: 'してはいけないこと', en: "Don't" },
  itemWhy: { ja: '理由', en: 'Why' },

  forms: { ja: '記入用紙', en: 'Forms' },
  formsLead: {
    ja: '被害にあった機器ではなく、紙か別の端末に記録してください。あとでシステムに入力できるよう、項目はシステムと同じです。',
    en: 'Write on paper or another device, not on the affected one. The fields match the system, so the notes can be typed in later.',
  },
  factsForm: { ja: '初期調査の記録(5つの事実)', en: 'Initial investigation record (the five facts)' },
  incidentNo: { ja: 'インシデント番号', en: 'Incident number' },
  recordedBy: { ja: '記入者', en: 'Recorded by' },
  recordedAt: { ja: '記入日時', en: 'Recorded at' },
  unknownYet: { ja: '□ まだわからない', en: '□ Unknown yet' },
  briefingForm: { ja: '経営層への報告(第一報・続報)', en: 'Briefing to management (first and follow-up)' },
  briefingFacts: { ja: 'わかっていること', en: 'What we know' },
  briefingUnknowns: { ja: 'まだわからないこと', en: 'What we do not know yet' },
  briefingActions: { ja: '実施した対応', en: 'Actions taken' },
  briefingDecisions: {
    ja: '判断をお願いしたいこと(費用・公表・警察への相談など)',
    en: 'Decisions needed (cost, public notice, police…)',
  },
  briefingNextUpdate: { ja: '次の報告予定', en: 'Next update at' },
  briefingTo: { ja: '報告先', en: 'To' },
  evidenceForm: { ja: '証拠の記録票(保全と受け渡し)', en: 'Evidence register (collection and hand-overs)' },
  evidenceCols: {
    item: { ja: '証拠の内容', en: 'Item' },
    source: { ja: '取得元', en: 'Source' },
    collectedBy: { ja: '取得者', en: 'Collected by' },
    collectedAt: { ja: '取得日時', en: 'When' },
    method: { ja: '取得方法', en: 'How' },
    sha256: { ja: 'SHA-256', en: 'SHA-256' },
    storageLocation: { ja: '保管場所', en: 'Where kept' },
  },
  handovers: { ja: '受け渡しの記録', en: 'Hand-overs' },
  handoverCols: {
    item: { ja: '証拠の内容', en: 'Item' },
    from: { ja: '渡した人', en: 'From' },
    to: { ja: '受け取った人', en: 'To' },
    at: { ja: '日時', en: 'When' },
    purpose: { ja: '目的', en: 'Purpose' },
  },
} as const;

/** Every leaf is a Localized pair: the test walks this tree and checks both languages are filled. */
export type OfflinePackText = typeof OFFLINE_PACK_TEXT;
export type { Localized };
