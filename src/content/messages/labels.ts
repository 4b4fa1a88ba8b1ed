/** Labels for the values the server writes into briefings, notifications and packets. */
import type {
  DECISION_TOPICS,
  FactKey,
  ImpactLevel,
  IncidentStatus,
  IncidentType,
  Urgency,
  Verdict,
} from '../../shared/incident-schemas.js';
import type { ChecklistWho, Localized } from '../checklists/types.js';

type DecisionTopic = (typeof DECISION_TOPICS)[number];

export const FACT_LABELS = {
  'fact.foundAt': { ja: '発見日時', en: 'When it was found' },
  'fact.foundWhere': { ja: '発見場所(機器・システム・アプリ)', en: 'Where it was found (device, system or app)' },
  'fact.foundBy': { ja: '発見者', en: 'Who found it' },
  'fact.whatHappened': { ja: '経緯や現象', en: 'What happened, and how' },
  'fact.whyAbnormal': { ja: '異常だと思った理由', en: 'Why it looked wrong' },
  'fact.impact': { ja: '組織への影響', en: 'Impact on the organisation' },
  'fact.spread': { ja: '被害の広がりや2次被害', en: 'Spread or secondary damage' },
  'fact.deviceOs': { ja: '機器の種類とOS', en: 'Device type and operating system' },
  'fact.securitySoftware': { ja: '使っているセキュリティソフト', en: 'Security software in use' },
  'fact.cloudServices': { ja: '使っているクラウドサービス', en: 'Cloud services in use' },
  'fact.learnedAt': { ja: '組織が事態を知った日時', en: 'When the organisation learned of it' },
  'fact.personalData': { ja: '個人情報が含まれるか', en: 'Personal data involved' },
  'fact.sensitiveData': { ja: '要配慮個人情報が含まれるか', en: 'Sensitive personal data involved' },
  'fact.financialData': {
    ja: '財産的な被害につながる情報(カード番号など)が含まれるか',
    en: 'Data that risks financial loss (card numbers, bank credentials) involved',
  },
  'fact.affectedCount': { ja: '影響を受けた人数', en: 'Number of people affected' },
  'fact.stronglyEncrypted': { ja: '高度な暗号化がされていたか', en: 'Data strongly encrypted' },
  'fact.maliciousActor': {
    ja: '不正アクセスなど悪意のある者によるものか',
    en: 'Caused by someone acting maliciously (e.g. unauthorised access)',
  },
} as const satisfies Record<`fact.${FactKey}`, Localized>;

export const TYPE_LABELS = {
  'type.malware': { ja: 'マルウェア感染', en: 'Malware infection' },
  'type.spoofed_mail': { ja: 'なりすましメール', en: 'Spoofed mail' },
  'type.web_defacement': { ja: 'Webサイトの改ざん', en: 'Website defacement' },
  'type.ransomware': { ja: 'ランサムウェア', en: 'Ransomware' },
  'type.account_takeover': { ja: 'アカウントの乗っ取り', en: 'Account takeover' },
  'type.lost_device': { ja: '機器の紛失・盗難', en: 'Lost or stolen device' },
  'type.data_leak': { ja: '情報の漏えい', en: 'Data leak' },
  'type.ddos': { ja: 'DDoS攻撃', en: 'DDoS attack' },
  'type.unknown': { ja: '不明・その他', en: 'Unknown or other' },
} as const satisfies Record<`type.${IncidentType}`, Localized>;

export const STATUS_LABELS = {
  'status.new': { ja: '受付済み', en: 'Reported' },
  'status.investigating': { ja: '調査中', en: 'Investigating' },
  'status.contained': { ja: '被害拡大を抑止済み', en: 'Contained' },
  'status.not_incident': { ja: 'インシデントではない', en: 'Not an incident' },
  'status.incident': { ja: 'インシデント対応中', en: 'Incident: response under way' },
  'status.handed_over': { ja: '外部業者に引き継ぎ済み', en: 'Handed over to a vendor' },
  'status.closed': { ja: '完了', en: 'Closed' },
} as const satisfies Record<`status.${IncidentStatus}`, Localized>;

export const URGENCY_LABELS = {
  'urgency.high': { ja: '高', en: 'High' },
  'urgency.medium': { ja: '中', en: 'Medium' },
  'urgency.low': { ja: '低', en: 'Low' },
} as const satisfies Record<`urgency.${Urgency}`, Localized>;

export const VERDICT_LABELS = {
  'verdict.incident': { ja: 'インシデントである', en: 'An incident' },
  'verdict.not_incident': { ja: 'インシデントではない', en: 'Not an incident' },
  'verdict.cannot_tell': { ja: '判断できない', en: 'Cannot tell' },
} as const satisfies Record<`verdict.${Verdict}`, Localized>;

export const TOPIC_LABELS = {
  'topic.cost': { ja: '費用', en: 'Cost' },
  'topic.reputation': { ja: '風評・信用', en: 'Reputation' },
  'topic.police': { ja: '警察への相談', en: 'Police' },
  'topic.public_notice': { ja: '公表・お知らせ', en: 'Public notice' },
  'topic.regulatory_report': { ja: '個人情報保護委員会などへの報告', en: 'Report to the authorities (PPC)' },
  'topic.response_team': { ja: '対応体制', en: 'Response team' },
  'topic.other': { ja: 'その他', en: 'Other' },
} as const satisfies Record<`topic.${DecisionTopic}`, Localized>;

export const IMPACT_LEVEL_LABELS = {
  'impact_level.none': { ja: 'なし', en: 'None' },
  'impact_level.low': { ja: '小', en: 'Low' },
  'impact_level.medium': { ja: '中', en: 'Medium' },
  'impact_level.high': { ja: '大', en: 'High' },
} as const satisfies Record<`impact_level.${ImpactLevel}`, Localized>;

export const STEP_LABELS = {
  'step.1': { ja: '検知・連絡受付', en: 'Detection and intake' },
  'step.2': { ja: '初期調査', en: 'Initial investigation' },
  'step.3': { ja: '経営層への報告', en: 'Report to management' },
  'step.4': { ja: '被害拡大・2次被害の抑止', en: 'Containment' },
  'step.5': { ja: '事象の見極め', en: 'Determination' },
  'step.6': { ja: '外部の専門業者への支援要請', en: 'Outside help' },
  'step.7': { ja: '証跡の確保と引き継ぎ', en: 'Evidence and hand-over' },
} as const satisfies Record<`step.${1 | 2 | 3 | 4 | 5 | 6 | 7}`, Localized>;

export const WHO_LABELS = {
  'who.anyone': { ja: '誰でもできる', en: 'Anyone' },
  'who.it_staff': { ja: 'IT担当者', en: 'IT staff' },
  'who.vendor': { ja: '専門業者', en: 'Security vendor' },
} as const satisfies Record<`who.${ChecklistWho}`, Localized>;

export const ANSWER_LABELS = {
  'answer.yes': { ja: 'はい', en: 'Yes' },
  'answer.no': { ja: 'いいえ', en: 'No' },
  'answer.unknown_yet': { ja: 'まだわからない', en: 'Unknown yet' },
  'answer.missing': { ja: '未確認', en: 'Not checked yet' },
  'answer.people': { ja: '{count}人', en: '{count}' },
} as const satisfies Record<string, Localized>;
