import { describe, expect, it } from 'vitest';
import { BUILTIN_PLAYBOOKS } from '../content/playbooks/index.js';
import { INCIDENT_TYPES, type IncidentType } from '../shared/incident-schemas.js';
import { suggestTypes, type TypeKeywords, typesFromSuggestions } from './suggest-types.js';

const builtin: TypeKeywords = Object.fromEntries(INCIDENT_TYPES.map((t) => [t, BUILTIN_PLAYBOOKS[t].keywords]));
const top = (text: string) => suggestTypes([text], builtin)[0]?.type;

describe('suggestTypes with the built-in keywords', () => {
  const reports: Record<Exclude<IncidentType, 'unknown'>, { ja: string; en: string }> = {
    ransomware: {
      ja: 'ファイルが開けなくなり、画面に身代金を払えという脅迫文が出ています',
      en: 'All files are encrypted and a note asks for bitcoin',
    },
    malware: {
      ja: 'メールの添付ファイルを開いたら、ウイルス対策ソフトが警告を出しました',
      en: 'I opened an attachment and the antivirus says a trojan was detected',
    },
    spoofed_mail: {
      ja: '取引先を名乗るメールで、振込先の口座が変わったと言われました',
      en: 'A mail from a supplier says their bank account changed and asks for a wire transfer',
    },
    web_defacement: {
      ja: '当社のホームページを開くと、別のサイトに飛ばされます',
      en: 'Our website redirects visitors to a gambling site',
    },
    account_takeover: {
      ja: 'Microsoft 365 に知らない国から不正ログインされ、受信ルールが作られていました',
      en: 'Unusual sign-in alert, and now I am locked out of my account',
    },
    lost_device: {
      ja: '電車に業務用のノートPCを置き忘れてしまいました',
      en: 'My work laptop was stolen from the car',
    },
    data_leak: {
      ja: '顧客名簿を添付したメールを、宛先を間違えて別の会社に誤送信しました',
      en: 'I sent the customer list to the wrong recipient by mistake',
    },
    ddos: {
      ja: '朝から大量のアクセスが集中して、Webサービスにつながらない',
      en: 'The shop is unreachable; the provider says it is a DDoS flood',
    },
  };

  for (const [type, texts] of Object.entries(reports)) {
    it(`finds ${type} in Japanese and in English`, () => {
      expect(top(texts.ja)).toBe(type);
      expect(top(texts.en)).toBe(type);
    });
  }

  it('says which keywords matched, and ranks by how many', () => {
    const s = suggestTypes(['ファイルが暗号化され、拡張子が変わり、身代金を要求されています'], builtin);
    expect(s[0]).toEqual({ type: 'ransomware', score: 3, matched: ['身代金', '暗号化', '拡張子'] });
  });

  it('does not read a department name as a sign', () => {
    expect(suggestTypes(['Accounting PC ACC-07'], builtin)).toEqual([]);
  });

  it('reads full-width letters and any case', () => {
    expect(top('ＤＤｏＳ攻撃を受けています')).toBe('ddos');
    expect(top('EMOTET FOUND')).toBe('malware');
  });

  it('suggests nothing for text that points nowhere, and never unknown', () => {
    expect(suggestTypes(['なんだか様子が変です'], builtin)).toEqual([]);
    expect(suggestTypes([null, undefined, '  '], builtin)).toEqual([]);
    expect(suggestTypes(['anything'], { unknown: { ja: [], en: ['anything'] } })).toEqual([]);
  });
});

describe('suggestTypes matching rules', () => {
  const kw: TypeKeywords = { ddos: { ja: ['重い'], en: ['mail', 'encrypt'] }, malware: { ja: [], en: ['mail'] } };

  it('matches English at the start of a word only', () => {
    expect(suggestTypes(['an email arrived'], kw)).toEqual([]);
    expect(suggestTypes(['files were encrypted'], kw)[0]?.matched).toEqual(['encrypt']);
  });

  it('matches Japanese anywhere, and counts a keyword once', () => {
    expect(suggestTypes(['重い、とても重い'], kw)).toEqual([{ type: 'ddos', score: 1, matched: ['重い'] }]);
  });

  it('puts the more specific type first on a tie', () => {
    expect(suggestTypes(['mail'], kw).map((s) => s.type)).toEqual(['ddos', 'malware']);
  });
});

describe('typesFromSuggestions', () => {
  it('takes the best ones, ties included, at most two', () => {
    const s = (type: IncidentType, score: number) => ({ type, score, matched: [] });
    expect(typesFromSuggestions([s('ransomware', 3), s('malware', 1)])).toEqual(['ransomware']);
    expect(typesFromSuggestions([s('ransomware', 2), s('data_leak', 2), s('malware', 2)])).toEqual([
      'ransomware',
      'data_leak',
    ]);
  });

  it('keeps unknown when nothing matched', () => {
    expect(typesFromSuggestions([])).toEqual(['unknown']);
  });
});
