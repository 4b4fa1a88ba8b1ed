/**
 * Error texts for the API's error ids. Each one says what went wrong and what to do about it, because
 * the reader may be in the middle of an incident with nobody to ask.
 */
import { LIMITS } from '../../shared/limits.js';
import type { Localized } from '../checklists/types.js';

export const ERROR_IDS = [
  'invalid_input',
  'not_signed_in',
  'forbidden',
  'csrf_failed',
  'not_found',
  'incident_version_conflict',
  'file_too_large',
  'too_many_requests',
  'login_failed',
  'setup_closed',
  'token_invalid',
  'internal_error',
  'incident_closed',
  'invalid_transition',
  'vendor_not_found',
] as const;
export type ErrorId = (typeof ERROR_IDS)[number];

const maxMb = Math.floor(LIMITS.evidenceFileBytes / (1024 * 1024));

export const ERROR_MESSAGES = {
  'error.invalid_input': {
    ja: '入力内容に誤りがあります。示された項目を確認してください。',
    en: 'Some of what you entered is not valid. Please check the marked fields.',
  },
  'error.not_signed_in': {
    ja: 'ログインしていないか、ログインの有効期限が切れました。もう一度ログインしてください。',
    en: 'You are not signed in, or your session has expired. Please sign in again.',
  },
  'error.forbidden': {
    ja: 'この操作を行う権限がありません。必要な場合は管理者に依頼してください。',
    en: 'You do not have permission to do this. Ask an administrator if you need it.',
  },
  'error.csrf_failed': {
    ja: '安全のため、この操作を受け付けませんでした。ページを再読み込みしてから、もう一度お試しください。',
    en: 'For your safety, this request was refused. Reload the page and try again.',
  },
  'error.not_found': {
    ja: '見つかりませんでした。存在しないか、閲覧する権限がない可能性があります。',
    en: 'We could not find that. It may not exist, or you may not have access to it.',
  },
  'error.incident_version_conflict': {
    ja: 'ほかの人が先にこのインシデントを更新しました。最新の内容を確認してから、もう一度保存してください。',
    en: 'Someone else updated this incident first. Check the latest version, then save again.',
  },
  'error.file_too_large': {
    ja: `ファイルが大きすぎます。添付できるのは${maxMb}MBまでです。大きなファイルは別の場所に保管し、その保管場所とSHA-256の値を記録してください。`,
    en: `The file is too large: the limit is ${maxMb} MB. Keep large files elsewhere and record where they are and their SHA-256 value.`,
  },
  'error.too_many_requests': {
    ja: '短い時間に操作が集中したため、一時的に受け付けを止めています。少し待ってから、もう一度お試しください。',
    en: 'Too many requests in a short time. Please wait a moment and try again.',
  },
  'error.login_failed': {
    ja: 'メールアドレスまたはパスワードが正しくありません。',
    en: 'The email address or password is not correct.',
  },
  'error.setup_closed': {
    ja: '初期設定はすでに完了しています。アカウントの作成は管理者に依頼してください。',
    en: 'Setup has already been completed. Ask an administrator to create an account for you.',
  },
  'error.token_invalid': {
    ja: 'このリンクは無効か、有効期限が切れています。管理者に新しいリンクを発行してもらってください。',
    en: 'This link is not valid or has expired. Ask an administrator for a new one.',
  },
  'error.internal_error': {
    ja: 'サーバーで問題が発生しました。入力した内容を控えてから、少し待ってもう一度お試しください。急ぐ場合は、電話など別の手段でインシデント対応窓口に連絡してください。',
    en: 'Something went wrong on the server. Keep a copy of what you entered and try again shortly. If it is urgent, contact the incident response desk another way, such as by phone.',
  },
  'error.incident_closed': {
    ja: 'このインシデントは完了しているため、変更できません。新しい事象であれば、新たに報告してください。',
    en: 'This incident is closed and can no longer be changed. If something new has happened, please report it as a new incident.',
  },
  'error.invalid_transition': {
    ja: '今の状況では、この操作はできません。ページを再読み込みして、次にすべきことを確認してください。',
    en: 'This cannot be done at the incident’s current stage. Reload the page to see what to do next.',
  },
  'error.vendor_not_found': {
    ja: '指定された支援業者が見つかりません。業者の一覧から選び直してください。',
    en: 'That vendor could not be found. Please choose one from the vendor list.',
  },
} as const satisfies Record<`error.${ErrorId}`, Localized>;
