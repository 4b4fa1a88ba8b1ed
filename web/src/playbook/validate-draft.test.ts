import { describe, expect, it } from 'vitest';
import { BUILTIN_PLAYBOOKS } from '../../../src/content/playbooks/index';
import { validateDraft } from './validate-draft';

const draft = () => structuredClone(BUILTIN_PLAYBOOKS.malware);

describe('validateDraft', () => {
  it('accepts the built-in text', () => {
    expect(validateDraft(draft())).toEqual({});
  });

  it('names each empty text and each placeholder the UI cannot fill, by the API’s field path', () => {
    const d = draft();
    d.signs[1] = { ja: '  ', en: 'ok' };
    d.escalation.police.en = '';
    d.templates.public_notice.body.ja = '{orgName} より {customer} 様へ';
    expect(Object.keys(validateDraft(d)).sort()).toEqual([
      'escalation.police.en',
      'signs.1.ja',
      'templates.public_notice.body.ja',
    ]);
  });

  it('asks for at least one sign and one piece of evidence', () => {
    const d = draft();
    d.signs = [];
    d.evidence = [];
    expect(Object.keys(validateDraft(d)).sort()).toEqual(['evidence', 'signs']);
  });
});
