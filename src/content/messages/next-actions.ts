/**
 * Texts for the workflow's next actions (`next.<key>`), for the server's own use (printed pack, mails)
 * and for the UI to reuse. Params: see NEXT_ACTION_KEYS in src/domain/next-actions.ts; a text uses only
 * params that are always sent with its key.
 */
import type { NextActionKey } from '../../domain/next-actions.js';
import type { Localized } from '../checklists/types.js';

export const NEXT_ACTION_MESSAGES = {
  'next.consult_management_now': {
    ja: '緊急性の高いインシデントです。今すぐ経営層に相談し、対応の方針を決めてもらってください。',
    en: 'This is an urgent incident. Consult management now and get a decision on how to respond.',
  },
  'next.stop_internal_network': {
    ja: '{departments}つの部署で被害が出ています。社内ネットワークを止めてください。',
    en: 'Departments affected: {departments}. Stop the internal network.',
  },
  'next.ask_vendor_cannot_tell': {
    ja: 'インシデントかどうか判断できませんでした。外部の専門業者に相談してください。',
    en: 'You could not tell whether this is an incident. Ask an outside expert.',
  },
  'next.record_five_facts': {
    ja: '基本の5項目のうち、{missing}項目がまだ記録されていません。わからない項目は「まだわからない」と記録してください。',
    en: 'Basic facts not recorded yet: {missing} of 5. Record "unknown yet" for any you cannot answer.',
  },
  'next.send_briefing': {
    ja: '確定を待たずに、経営層へ第一報を送ってください。',
    en: 'Send a first report to management now, without waiting for certainty.',
  },
  'next.work_containment_checklist': {
    ja: '被害の拡大を防ぐための項目が、あと{open}件残っています。',
    en: 'Containment items still open: {open}.',
  },
  'next.check_departments': {
    ja: 'ほかの部署に同じ症状が出ていないか確認し、結果を記録してください。',
    en: 'Check whether other departments see the same symptoms, and record the answers.',
  },
  'next.consult_police': {
    ja: '早めに警察(都道府県警察のサイバー犯罪相談窓口)に相談してください。',
    en: 'Consult the police early (your prefectural police cybercrime desk).',
  },
  'next.determine': {
    ja: '集めた情報から、インシデントかどうかと緊急度を判断してください。判断できなければ「判断できない」を選べます。',
    en: 'From what you know, decide whether this is an incident and how urgent it is. If you cannot, choose "cannot tell".',
  },
  'next.record_impact': {
    ja: 'わかる範囲で、組織への影響と被害の広がりを記録してください。',
    en: 'Record what you know about the impact on the organisation and whether the damage is spreading.',
  },
  'next.ask_management_to_read': {
    ja: 'まだ確認されていない報告が{unread}件あります。経営層に、電話などで確認をお願いしてください。',
    en: 'Briefings not yet acknowledged: {unread}. Ask management to read them, by phone if needed.',
  },
  'next.record_decisions': {
    ja: '経営層の判断(費用、公表、警察への相談など)を記録してください。',
    en: 'Record management’s decisions (cost, public notice, the police and so on).',
  },
  'next.check_legal_report': {
    ja: '個人情報が含まれています。個人情報保護委員会への報告と、本人への通知が必要か確認してください。',
    en: 'Personal data is involved. Check whether you must report to the PPC and tell the people affected.',
  },
  'next.request_vendor': {
    ja: '外部のセキュリティ対応業者に支援を依頼してください。',
    en: 'Ask an outside security vendor for help.',
  },
  'next.record_evidence': {
    ja: 'ログ、不審なファイル、画面の写真などの証拠を保全し、記録してください。',
    en: 'Preserve the evidence (logs, suspicious files, screen photos) and record it.',
  },
  'next.hand_over': {
    ja: '業者が調査を引き受けられる状態になったら、案件を引き継いでください。',
    en: 'When the vendor is ready to take over, hand the case over.',
  },
  'next.close': {
    ja: '対応が終わったら、この案件を完了にしてください。',
    en: 'When the response is over, close the case.',
  },
  'next.nothing_left': {
    ja: 'この案件は完了しています。残っている作業はありません。',
    en: 'This case is closed. Nothing is left to do.',
  },
} as const satisfies Record<`next.${NextActionKey}`, Localized>;
