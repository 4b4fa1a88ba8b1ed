/**
 * Words a first-time responder meets and may not know, explained in plain language. Shown where the word
 * appears in the UI (a small disclosure) and on the /glossary page; served at GET /api/glossary.
 * Facts follow IPA, NISC, JPCERT/CC, the National Police Agency and the PPC; the wording is our own.
 */
import { type GlossaryId, type GlossaryTerm, glossarySchema } from './glossary-schema.js';

export type { GlossaryId, GlossaryTerm } from './glossary-schema.js';
export { GLOSSARY_IDS } from './glossary-schema.js';

const TERMS: GlossaryTerm[] = [
  {
    id: 'incident',
    term: { ja: 'インシデント', en: 'Incident' },
    short: {
      ja: '情報やシステムの安全が損なわれた、または損なわれたおそれのある出来事です。',
      en: 'An event that harmed, or may have harmed, the safety of your information or systems.',
    },
    more: {
      ja: 'ウイルス感染、不正アクセス、情報の流出、メールの誤送信などを指します。確かめられていない「疑い」の段階から対応を始め、違うとわかればそこで終えます。',
      en: 'Examples are a virus infection, a break-in, data getting out or a mail sent to the wrong person. Start responding while it is only a suspicion, and stop once you know it is not one.',
    },
    related: ['csirt', 'evidence'],
  },
  {
    id: 'log',
    term: { ja: 'ログ', en: 'Log' },
    short: {
      ja: '機器やサービスが自動で残す、誰が・いつ・どこから・何をしたかの記録です。',
      en: 'The record that devices and services keep by themselves of who did what, when and from where.',
    },
    more: {
      ja: 'サーバー、ファイアウォール、VPN装置、クラウドサービスなどに残ります。多くは一定の期間や容量を超えると自動で消えるため、インシデントの疑いがあれば早めに書き出して保存します。警察や専門業者が最初に求めることが多い記録です。',
      en: 'Servers, firewalls, VPN appliances and cloud services keep them. Many delete old entries automatically after a set time or size, so export and save them early when you suspect an incident. They are often the first thing the police and experts ask for.',
    },
    related: ['evidence', 'vpn'],
  },
  {
    id: 'evidence',
    term: { ja: '証跡', en: 'Evidence' },
    short: {
      ja: '何が起きたかを後からたどるための記録や物です(ログ、不審なファイルやメール、画面の写真、機器そのもの)。',
      en: 'Records and objects that let you retrace what happened later: logs, suspicious files or mails, photos of the screen, the device itself.',
    },
    more: {
      ja: '削除したり、上書きしたり、電源を切ったりすると失われるものがあります。手を加えずに残し、取った人・日時・保管場所を記録しておくと、調査や警察への相談で役に立ちます。',
      en: 'Some of it is lost when you delete, overwrite or power off. Leave it untouched and note who collected it, when and where it is kept; this makes it useful to investigators and the police.',
    },
    related: ['log', 'hash', 'chain_of_custody'],
  },
  {
    id: 'forensics',
    term: { ja: 'フォレンジック', en: 'Forensics' },
    short: {
      ja: '専門業者が、PCやサーバーに残った記録を、証拠として通用するやり方で調べることです。',
      en: 'An expert examining what is left on PCs and servers in a way that holds up as evidence.',
    },
    more: {
      ja: '侵入の経路、いつから入られていたか、何が持ち出されたかを明らかにします。初期化や再インストール、電源を切ることは、その手がかりを消してしまいます。IPAは、この調査ができる事業者の一覧(情報セキュリティサービス基準適合サービスリスト)を公開しています。',
      en: 'It shows how the attacker got in, since when, and what was taken. Resetting, reinstalling or powering off destroys those clues. IPA publishes a list of companies that offer this work (its list of services meeting the information-security service standards).',
    },
    related: ['evidence', 'hash'],
  },
  {
    id: 'hash',
    term: { ja: 'ハッシュ値(SHA-256)', en: 'Hash (SHA-256)' },
    short: {
      ja: 'ファイルの中身から計算する、指紋のような64文字の値です。中身が1文字でも変わると、値も変わります。',
      en: 'A 64-character value computed from a file’s contents, like a fingerprint. Change one character and the value changes.',
    },
    more: {
      ja: '証跡を取ったときに値を記録しておけば、後で同じ値になることを確かめて、手が加わっていないことを示せます。ファイルをこのシステムにアップロードすると自動で計算されます。',
      en: 'Record the value when you collect evidence; getting the same value later shows nobody has changed it. This system computes it for you when you upload a file.',
    },
    related: ['evidence', 'chain_of_custody'],
  },
  {
    id: 'chain_of_custody',
    term: { ja: '受け渡しの記録', en: 'Chain of custody' },
    short: {
      ja: '証跡を、誰が、いつ、誰に、何のために渡したかの記録です。',
      en: 'The record of who handed each piece of evidence to whom, when and why.',
    },
    more: {
      ja: '途切れずに記録されていれば、その証跡が途中ですり替えられていないことを説明できます。警察や専門業者に渡すときも、その都度記録します。',
      en: 'An unbroken record shows the evidence was not swapped along the way. Record every hand-over, including to the police or an outside expert.',
    },
    related: ['evidence', 'hash'],
  },
  {
    id: 'ioc',
    term: { ja: 'IOC(侵害の痕跡)', en: 'IOC (indicator of compromise)' },
    short: {
      ja: '攻撃の手がかりになる具体的な情報です(不審なIPアドレスやドメイン、ファイルのハッシュ値、メールの件名など)。',
      en: 'Concrete clues of an attack: suspicious IP addresses or domains, file hashes, mail subjects and the like.',
    },
    more: {
      ja: '専門業者や取引先と共有すると、ほかの機器や組織が同じ攻撃を受けていないか確かめられます。見つけたら、消さずにそのまま書き留めてください。',
      en: 'Shared with experts and partners, they let others check whether the same attack has reached them. When you find one, write it down exactly and do not delete it.',
    },
    related: ['hash', 'log'],
  },
  {
    id: 'malware',
    term: { ja: 'マルウェア', en: 'Malware' },
    short: {
      ja: 'PCなどに入り込んで悪さをするプログラムの総称です。「コンピュータウイルス」とも呼ばれます。',
      en: 'Any program that gets into a computer to do harm; often called a computer virus.',
    },
    more: {
      ja: '情報を盗む、ほかのPCに広がる、なりすましメールをばらまく、ファイルを暗号化するなど、種類によって動きが違います。感染が疑われたら、電源は切らずにネットワークから切り離します。',
      en: 'Depending on the kind, it steals information, spreads to other PCs, sends out spoofed mail or encrypts files. If you suspect an infection, disconnect the device from the network without powering it off.',
    },
    related: ['ransomware', 'edr'],
  },
  {
    id: 'ransomware',
    term: { ja: 'ランサムウェア', en: 'Ransomware' },
    short: {
      ja: 'ファイルを暗号化して使えなくし、元に戻す代わりに金銭(身代金)を要求するマルウェアです。',
      en: 'Malware that encrypts your files so they cannot be used, and demands money (a ransom) to restore them.',
    },
    more: {
      ja: '暗号化の前にデータを盗み、「公開する」と脅す手口も多くあります。払ってもデータが戻る保証はありません。警察庁も紹介している No More Ransom で、無料の復号ツールがある場合もあります。',
      en: 'Many gangs also steal data first and threaten to publish it. Paying does not guarantee anything comes back. For some kinds a free decryption tool exists on No More Ransom, which the National Police Agency points to.',
    },
    related: ['malware', 'backup', 'encryption'],
  },
  {
    id: 'phishing',
    term: { ja: 'フィッシング', en: 'Phishing' },
    short: {
      ja: '本物そっくりのメールやWebサイトで、パスワードやカード番号を入力させてだまし取る手口です。',
      en: 'Tricking people into typing passwords or card numbers into a mail or website made to look genuine.',
    },
    more: {
      ja: 'メールやSMSのリンクから開いたページでは入力せず、いつも使うブックマークや公式アプリから確かめます。入力してしまったら、すぐ別の端末からパスワードを変更し、窓口に報告してください。',
      en: 'Do not type anything into a page opened from a link in a mail or text message; check through your usual bookmark or the official app. If you already typed something in, change the password from another device at once and tell the desk.',
    },
    related: ['mfa', 'bec'],
  },
  {
    id: 'bec',
    term: { ja: 'ビジネスメール詐欺(BEC)', en: 'Business e-mail compromise (BEC)' },
    short: {
      ja: '取引先や経営者になりすましたメールで、偽の口座にお金を振り込ませる詐欺です。',
      en: 'A fraud in which mail pretending to come from a partner or an executive gets money paid into a false account.',
    },
    more: {
      ja: '本物のメールのやり取りを盗み見たうえで、「口座が変わった」などと自然に割り込んでくることがあります。振込先の変更は、以前から知っている電話番号で相手に確かめます。振り込んでしまったら、すぐ銀行に組戻しを依頼します。',
      en: 'The fraudster may have read real correspondence and slips in naturally, for example "our bank account has changed". Confirm any change of account by calling a number you already knew. If money has gone, ask your bank at once to recall it.',
    },
    related: ['kumimodoshi', 'phishing'],
  },
  {
    id: 'ddos',
    term: { ja: 'DDoS攻撃', en: 'DDoS attack' },
    short: {
      ja: '大量の通信を一度に送りつけて、Webサイトやサービスを使えなくする攻撃です。',
      en: 'Flooding a website or service with traffic from many places at once so that it stops working.',
    },
    more: {
      ja: '自社の機器だけでは防ぎきれないことが多く、回線事業者やホスティング事業者の協力が必要です。脅迫や金銭の要求を伴うこともあります。',
      en: 'Your own equipment usually cannot hold it off; you need your network, hosting or CDN provider. It sometimes comes with a threat or a demand for money.',
    },
    related: ['log'],
  },
  {
    id: 'csirt',
    term: { ja: 'CSIRT(シーサート)', en: 'CSIRT' },
    short: {
      ja: '組織の中で、セキュリティのインシデントに対応するチームや窓口のことです。',
      en: 'The team or desk in an organisation that handles security incidents.',
    },
    more: {
      ja: '専任の部署でなくてもかまいません。小さな組織では、あらかじめ決めた対応窓口と担当者が、その役割を担います。このシステムでは設定画面の「対応窓口」がそれにあたります。',
      en: 'It need not be a dedicated department. In a small organisation the designated response desk and its people play this role; in this system, that is the "response desk" in the settings.',
    },
    related: ['incident'],
  },
  {
    id: 'edr',
    term: { ja: 'EDR', en: 'EDR' },
    short: {
      ja: 'PCやサーバーの動きを記録・監視し、不審な動きを見つけたら知らせたり隔離したりするソフトです。',
      en: 'Software that records and watches what PCs and servers do, and alerts on or isolates suspicious behaviour.',
    },
    more: {
      ja: 'EDRの記録は、感染の経路や広がりを調べるうえで大きな手がかりになります。導入していれば、管理画面の警告やログを消さずに残し、提供元や専門業者に相談してください。',
      en: 'Its records are a major clue to how an infection came in and how far it went. If you have one, keep its alerts and logs and talk to its supplier or an expert.',
    },
    related: ['log', 'malware'],
  },
  {
    id: 'backup',
    term: { ja: 'バックアップ', en: 'Backup' },
    short: {
      ja: 'データが失われたときに戻せるよう、別の場所に取っておく複製です。',
      en: 'A copy of your data kept elsewhere so you can restore it if the original is lost.',
    },
    more: {
      ja: 'ランサムウェアは、つながっているバックアップも暗号化しようとします。ネットワークから切り離した複製や、過去の版に戻せる複製があれば、身代金を払わずに復旧できる見込みがあります。原因がわかるまでは、バックアップからの復元を急がないでください。',
      en: 'Ransomware tries to encrypt any backup it can reach. A copy kept offline, or one that can go back to earlier versions, is your way back without paying. Do not rush to restore before the cause is known.',
    },
    related: ['ransomware'],
  },
  {
    id: 'encryption',
    term: { ja: '暗号化', en: 'Encryption' },
    short: {
      ja: 'データを、鍵を持つ人にしか読めない形に変えることです。',
      en: 'Turning data into a form that only someone with the key can read.',
    },
    more: {
      ja: 'なくしたPCのディスクが十分に強く暗号化されていれば、個人情報保護委員会への報告が不要になる場合があります。一方、ランサムウェアは暗号化を悪用して、持ち主がファイルを使えないようにします。',
      en: 'If a lost PC’s disk was strongly encrypted, a report to the PPC may not be needed. Ransomware, on the other hand, misuses encryption to lock owners out of their own files.',
    },
    related: ['ransomware', 'ppc'],
  },
  {
    id: 'vpn',
    term: { ja: 'VPN', en: 'VPN' },
    short: {
      ja: '社外から社内のネットワークに安全につなぐための仕組みです。',
      en: 'The way people connect securely to the office network from outside.',
    },
    more: {
      ja: 'VPN装置は、攻撃者の侵入口としてよく狙われます。多くは記録をメモリ上にしか持たないため、被害が疑われたら、ケーブルは抜いても電源は入れたままにします。',
      en: 'VPN appliances are a favourite way in for attackers. Many keep their records only in memory, so when you suspect trouble, unplug the cable but leave the power on.',
    },
    related: ['log', 'mfa'],
  },
  {
    id: 'mfa',
    term: { ja: '多要素認証(MFA)', en: 'Multi-factor authentication (MFA)' },
    short: {
      ja: 'パスワードに加えて、スマートフォンのアプリや確認コードなど別の手段でも本人を確かめる仕組みです。',
      en: 'Checking it is really you with something besides the password, such as a phone app or a one-time code.',
    },
    more: {
      ja: 'パスワードが盗まれても、攻撃者はそれだけではログインできなくなります。乗っ取られたアカウントを取り戻したら、まず有効にしてください。',
      en: 'Even with a stolen password, an attacker cannot sign in with that alone. Turn it on first thing after recovering a hijacked account.',
    },
    related: ['phishing', 'vpn'],
  },
  {
    id: 'ppc',
    term: { ja: '個人情報保護委員会', en: 'Personal Information Protection Commission (PPC)' },
    short: {
      ja: '個人情報保護法を所管する国の機関です。一定の個人情報の漏えいは、ここへの報告が義務です。',
      en: 'The government body in charge of Japan’s personal-information law. Certain personal-data breaches must be reported to it.',
    },
    more: {
      ja: '報告は、状況を知ってから速やかに「速報」を(目安は3〜5日以内)、30日以内(不正アクセスなど不正の目的による場合は60日以内)に「確報」を出します。速報は、わかっている範囲で出せます。',
      en: 'A preliminary report goes in promptly after you learn of it (the guidelines suggest within 3 to 5 days), and a final report within 30 days, or 60 for malicious cases such as unauthorised access. The preliminary report may say only what you know so far.',
    },
    related: ['encryption'],
  },
  {
    id: 'damage_report',
    term: { ja: '被害届', en: 'Damage report (被害届)' },
    short: {
      ja: '犯罪の被害にあったことを警察に正式に届け出る書類です。警察署の窓口で提出します。',
      en: 'The formal notice to the police that you have been the victim of a crime; filed in person at a police station.',
    },
    more: {
      ja: 'オンラインでは出せません。出すかどうか迷う段階でも、都道府県警察のサイバー犯罪相談窓口に早めに相談できます。警察からは、まずログなどの記録を残しておくよう求められることが多いです。急を要するときは110番です。',
      en: 'It cannot be filed online. Even before deciding, you can consult your prefectural police cybercrime desk early; they usually first ask you to keep the logs. In an emergency, dial 110.',
    },
    related: ['evidence', 'log'],
  },
  {
    id: 'kumimodoshi',
    term: { ja: '組戻し', en: 'Transfer recall (組戻し)' },
    short: {
      ja: '誤って、またはだまされて振り込んだお金を、振込先から戻してもらうよう銀行に頼む手続きです。',
      en: 'Asking your bank to get back money sent by mistake or because of a fraud.',
    },
    more: {
      ja: 'お金はすぐに引き出されてしまうため、気づいたらすぐ取引銀行に電話します。振込日、金額、振込先口座を手元に用意してください。あわせて警察にも相談します。',
      en: 'Fraudsters withdraw money quickly, so phone your bank the moment you notice, with the date, amount and receiving account at hand. Tell the police as well.',
    },
    related: ['bec'],
  },
  {
    id: 'skimming',
    term: { ja: 'カード情報の窃取(Webスキミング)', en: 'Card skimming on a website' },
    short: {
      ja: '改ざんされたネットショップなどで、入力されたカード番号を攻撃者が盗み取ることです。',
      en: 'An attacker stealing the card numbers customers type into an altered online shop.',
    },
    more: {
      ja: '決済代行会社やカード会社からの連絡で発覚することがよくあります。サーバーのファイルは消さず、電源も切らずに切り離し、カード会社の指示に従って専門業者の調査を受けます。入力されたばかりの情報も、個人情報保護委員会への報告の対象になります。',
      en: 'It often comes to light when the payment processor or card company calls. Isolate the server without deleting files or powering it off, and follow the card company’s instructions for an expert investigation. Data customers were only just typing in also counts for the PPC report.',
    },
    related: ['forensics', 'ppc'],
  },
];

/** The glossary. Checked at start-up (see ./builtin-check.ts) and in tests with `glossaryIssues`. */
export const GLOSSARY: readonly GlossaryTerm[] = TERMS;

/** Problems with the glossary as `path: message`; empty when it is valid. */
export function glossaryIssues(terms: unknown = TERMS): Record<string, string> {
  const result = glossarySchema.safeParse(terms);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) out[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return out;
}

export const findTerm = (id: GlossaryId): GlossaryTerm | undefined => GLOSSARY.find((t) => t.id === id);
