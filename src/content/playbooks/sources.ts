/**
 * The public documents the playbooks and rules rest on, named once so that every playbook cites them the
 * same way. Each playbook adds what, for its type, the document supports.
 */
import type { SourceRef } from './schema.js';

type Doc = Omit<SourceRef, 'supports'>;

export const DOCS = {
  ipaSmeGuide: {
    body: 'IPA',
    document: '中小企業のためのセキュリティインシデント対応の手引き',
    url: 'https://www.ipa.go.jp/security/sme/f55m8k0000001wpz-att/outline_guidance_incident.pdf',
  },
  ipaDesk: {
    body: 'IPA',
    document: '情報セキュリティ安心相談窓口',
    url: 'https://www.ipa.go.jp/security/anshin/',
  },
  ipaRansomware: {
    body: 'IPA',
    document: 'ランサムウェア対策特設ページ',
    url: 'https://www.ipa.go.jp/security/anshin/measures/ransom_tokusetsu.html',
  },
  ipaBec: {
    body: 'IPA',
    document: 'ビジネスメール詐欺(BEC)対策特設ページ',
    url: 'https://www.ipa.go.jp/security/bec/about.html',
  },
  ipaDdos: {
    body: 'IPA',
    document: 'DDoS攻撃の対策',
    url: 'https://www.ipa.go.jp/security/anshin/measures/ddos.html',
  },
  ipaReporting: {
    body: 'IPA',
    document: 'コンピュータウイルス・不正アクセスに関する届出',
  },
  nisc: {
    body: 'NISC',
    document: 'NISC(現 国家サイバー統括室)のランサムウェア・インシデント初動に関する注意喚起',
  },
  jpcert: {
    body: 'JPCERT/CC',
    document: 'インシデント対応依頼・マルウェア Emotet に関する注意喚起',
    url: 'https://www.jpcert.or.jp/form/',
  },
  npa: {
    body: 'NPA',
    document: '警察庁 サイバー事案に関する相談窓口',
    url: 'https://www.npa.go.jp/bureau/cyber/soudan.html',
  },
  prefPolice: {
    body: 'prefectural_police',
    document: '都道府県警察(福井県警察・埼玉県警察・富山県警察など)のサイバー犯罪被害時の対応の案内',
  },
  ppcLeak: {
    body: 'PPC',
    document: '漏えい等の対応とお役立ち資料(漏えい等報告フォーム)',
    url: 'https://www.ppc.go.jp/personalinfo/legal/leakAction/',
  },
  ppcGuidelines: {
    body: 'PPC',
    document: '個人情報の保護に関する法律についてのガイドライン(通則編)',
    url: 'https://www.ppc.go.jp/personalinfo/legal/guidelines_tsusoku/',
  },
  nist: {
    body: 'NIST',
    document:
      'NIST SP 800-61 Rev. 3, Incident Response Recommendations and Considerations for Cybersecurity Risk Management',
    url: 'https://csrc.nist.gov/pubs/sp/800/61/r3/final',
  },
  meti: {
    body: 'METI',
    document: '割賦販売法(クレジットカード番号等の適切な管理)',
  },
  mic: {
    body: 'MIC',
    document: '電気通信事業法に基づく事故・通信の秘密の漏えいの報告',
  },
  mhlw: {
    body: 'MHLW',
    document: '医療情報システムの安全管理に関するガイドライン',
  },
  gdpr: {
    body: 'EU',
    document: 'General Data Protection Regulation (EU) 2016/679, Articles 33 and 34',
  },
} as const satisfies Record<string, Doc>;
