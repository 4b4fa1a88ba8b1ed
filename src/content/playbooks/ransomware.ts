/**
 * Ransomware: files encrypted, a ransom demanded, often data stolen first. Facts from IPA and NISC
 * (disconnect, keep the power on), the National Police Agency (report, No More Ransom), the PPC (data
 * theft is a reportable breach) and NIST SP 800-61 (preserve evidence from detection on).
 */
import type { Playbook } from './schema.js';
import { DOCS } from './sources.js';

export const RANSOMWARE_PLAYBOOK: Playbook = {
  type: 'ransomware',
  reviewedOn: '2026-11-27',
  title: { ja: 'ランサムウェア', en: 'Ransomware' },
  summary: {
    ja: 'ファイルが暗号化されて開けなくなり、元に戻す代わりに金銭を要求されている状態です。最近は、暗号化の前にデータを盗み出し、「公開する」と脅す手口がほとんどです。広がりを止め、証拠とバックアップを守り、警察と専門業者に早く相談します。',
    en: 'Files have been encrypted and cannot be opened, and money is demanded to restore them. Most gangs now also steal data first and threaten to publish it. Stop the spread, protect the evidence and the backups, and bring in the police and an expert early.',
  },
  signs: [
    {
      ja: 'ファイルが開けない、またはファイル名の後ろに見慣れない拡張子が付いている',
      en: 'Files will not open, or an unfamiliar extension has been added to their names',
    },
    {
      ja: '「ファイルを暗号化した」「元に戻したければ支払え」という画面やテキストファイルがある',
      en: 'A screen or text file says your files are encrypted and tells you to pay to get them back',
    },
    {
      ja: '共有フォルダやサーバーのファイルが、まとめて使えなくなっている',
      en: 'Files on shared folders or servers have become unusable all at once',
    },
    {
      ja: '暗号資産(ビットコインなど)での支払いや、連絡先のアドレスが書かれている',
      en: 'Payment in cryptocurrency such as bitcoin is demanded, or a contact address is given',
    },
    {
      ja: '壁紙が勝手に変わった、プリンターから脅迫文が印刷された',
      en: 'The desktop wallpaper changed by itself, or a ransom note came out of the printer',
    },
  ],
  keywords: {
    ja: [
      'ランサム',
      '身代金',
      '暗号化',
      '拡張子',
      '脅迫',
      '復号',
      'ビットコイン',
      '暗号資産',
      '仮想通貨',
      'ファイルが開けない',
      'ファイルが開けなく',
      'リークサイト',
    ],
    en: ['ransom', 'encrypt', 'decrypt', 'bitcoin', 'cryptocurrency', 'file extension', 'leak site', 'locked files'],
  },
  immediateActions: [
    'ransomware.unplug_network',
    'ransomware.check_spread',
    'ransomware.stop_internal_network',
    'ransomware.isolate_backups',
    'ransomware.photograph_note',
    'ransomware.do_not_pay',
    'ransomware.report_police_ipa',
    'ransomware.check_data_theft',
    'common.notes_elsewhere',
    'common.keep_logs',
  ],
  evidence: [
    {
      ja: '脅迫文の画面の写真(スマートフォンで撮影)と、脅迫文のテキストファイル',
      en: 'A photo of the ransom screen (taken with a phone) and the ransom note file itself',
    },
    {
      ja: '暗号化されたファイルの名前の例と拡張子、気づいた時刻',
      en: 'Some encrypted file names, their extension, and when you noticed',
    },
    {
      ja: '暗号化された端末とサーバーそのもの(電源を入れたまま、ネットワークから切り離して保管)',
      en: 'The encrypted devices and servers themselves, kept powered on and disconnected',
    },
    {
      ja: 'VPN装置、ファイアウォール、サーバーのログ(侵入口の手がかり)',
      en: 'Logs of VPN appliances, firewalls and servers, which show how they got in',
    },
    { ja: 'ウイルス対策ソフトやEDRの警告の画面と記録', en: 'Alerts and records from antivirus or EDR software' },
    {
      ja: '攻撃者から届いたメールやメッセージ(返信はしない)',
      en: 'Any mail or message from the attackers (do not reply)',
    },
  ],
  escalation: {
    vendor: {
      ja: 'すぐに呼んでください。暗号化が今も進んでいる、複数の端末やサーバーに広がっている、バックアップが無事か分からない、データが盗まれたかもしれない、のどれかにあたれば、社内だけで対応するのは困難です。',
      en: 'Call at once. If encryption is still spreading, several devices or servers are hit, you are not sure the backups are safe, or data may have been stolen, this is beyond what you can handle alone.',
    },
    police: {
      ja: 'ランサムウェアは犯罪です。都道府県警察のサイバー犯罪相談窓口に早めに相談してください。警察からは、まずログなどの記録を残すよう求められます。被害届は警察署の窓口で出します。',
      en: 'Ransomware is a crime. Consult your prefectural police cybercrime desk early; they will first ask you to keep the logs. A formal damage report is filed at a police station.',
    },
    others: [
      {
        ja: 'IPAに、コンピュータウイルス・不正アクセスの届出をします。',
        en: 'Notify IPA through its virus and unauthorised-access reporting scheme.',
      },
      {
        ja: '身代金の支払いは、経営層と警察に相談せずに決めないでください。復号ツールの有無は No More Ransom で専門家と確かめます。',
        en: 'Never decide on payment without management and the police. Check No More Ransom for a decryption tool together with an expert.',
      },
      {
        ja: 'サイバー保険に入っていれば、保険会社に早めに連絡します。専門業者の費用が補償されることがあります。',
        en: 'If you have cyber insurance, call the insurer early; it may cover the expert’s fees.',
      },
    ],
  },
  regulatory: [
    {
      rule: 'appi_report',
      when: {
        ja: '暗号化された場所に個人データがあった場合、持ち出されていないと言い切れないとき、またはバックアップから元に戻せないときは、「不正の目的によるおそれ」として1人分でも報告が必要です(確報は60日以内)。盗まれた証拠が出るのを待つ必要はありません。',
        en: 'If the encrypted systems held personal data, a report is needed even for one person (possibly malicious; final report within 60 days) unless you can rule out that it was taken and can restore it from backups. Do not wait for proof of theft.',
      },
    },
    {
      rule: 'appi_notice',
      when: {
        ja: '報告が必要な場合は、本人への通知も必要です。',
        en: 'Whenever a report is needed, so is notice to the people affected.',
      },
    },
    {
      rule: 'sector_regulator',
      when: {
        ja: '医療、通信、金融など報告の決まりがある業界では、所管省庁にも報告します。ランサムウェア事案の共通様式が使えます。',
        en: 'In industries with their own reporting rules, such as healthcare, telecoms or finance, report to the ministry too; the common ransomware form can be used.',
      },
    },
    {
      rule: 'gdpr',
      when: {
        ja: 'EU・英国の居住者のデータが含まれていれば、72時間の期限に注意します。',
        en: 'If data of people in the EU or UK is involved, mind the 72-hour deadline.',
      },
    },
  ],
  templates: {
    internal_warning: {
      subject: {
        ja: '【至急】社内システムの障害について(ランサムウェアの疑い)[{incidentId}]',
        en: 'URGENT: system problem, suspected ransomware [{incidentId}]',
      },
      body: {
        ja: '{orgName}の皆さま\n\n{date}、社内の一部のPCやサーバーで、ファイルが開けなくなる被害が確認されました。ランサムウェア(ファイルを暗号化するウイルス)の疑いがあり、対応を進めています。\n\n被害の拡大を防ぐため、次のことをお願いします。\n・ファイルが開けない、ファイル名が変わっている、脅迫文のような画面が出ている場合は、そのPCのLANケーブルを抜き、Wi-Fiをオフにしてください。電源は切らないでください。\n・そのうえで、すぐに下記の窓口へ電話で知らせてください。\n・共有フォルダやバックアップ用の機器には、指示があるまでアクセスしないでください。\n・脅迫文に書かれた連絡先には、絶対に連絡しないでください。\n・この件を社外やSNSで話さないでください。\n\n連絡先:{contact}\n続報は【時刻】ごろにお知らせします。',
        en: 'To everyone at {orgName}\n\nOn {date} some of our PCs and servers were found with files that can no longer be opened. We suspect ransomware (a virus that encrypts files) and are responding.\n\nTo stop it spreading, please:\n- If files will not open, their names have changed or a ransom message appears, unplug that PC’s network cable and turn Wi-Fi off. Do not switch it off.\n- Then phone the desk below straight away.\n- Do not open shared folders or backup devices until told it is safe.\n- Never contact the address given in a ransom message.\n- Do not discuss this outside the company or on social media.\n\nContact: {contact}\nNext update around [time].',
      },
    },
    external_warning: {
      subject: {
        ja: '当社システムの障害に関するお知らせとお願い',
        en: 'Notice of a system problem at {orgName}, and a request',
      },
      body: {
        ja: '取引先各位\n\n{date}、{orgName}の一部のシステムが、ランサムウェアと思われるサイバー攻撃を受けたことが分かりました。現在、外部の専門家とともに調査と復旧を進めています。ご迷惑とご心配をおかけし、申し訳ございません。\n\n念のため、次の点にご注意ください。\n・当社を名乗る不審なメールや、普段と違う振込先の案内が届いた場合は、開かずに下記までご連絡ください。\n・当社とのファイルのやり取りは、ご案内するまでお控えください。\n\n詳しいことが分かり次第、あらためてお知らせします。\n\nお問い合わせ:{contact}',
        en: 'Dear partners\n\nOn {date}, {orgName} found that some of its systems had been hit by a cyber-attack, believed to be ransomware. We are investigating and restoring them with outside experts. We apologise for the trouble and concern this causes.\n\nAs a precaution:\n- If you receive suspicious mail in our name, or unusual payment instructions, please do not open it and contact us below.\n- Please hold off exchanging files with us until we confirm it is safe.\n\nWe will update you as soon as we know more.\n\nEnquiries: {contact}',
      },
    },
    public_notice: {
      subject: {
        ja: '当社システムへのサイバー攻撃について(第1報)',
        en: 'Cyber-attack on our systems (first notice)',
      },
      body: {
        ja: '{date}\n{orgName}\n\n【発生日】、当社の一部のサーバーがランサムウェアによるサイバー攻撃を受け、ファイルが暗号化される被害が発生しました。被害の拡大を防ぐため、該当するシステムをネットワークから切り離し、外部の専門家の協力を得て調査を進めています。警察にも相談しています。\n\n現時点で、お客さまの情報が外部に流出したかどうかは確認できておりません。調査で分かったことは、あらためてお知らせします。\n\n関係する皆さまにご心配とご迷惑をおかけしておりますことを、深くお詫び申し上げます。\n\n本件のお問い合わせ先:{contact}',
        en: '{date}\n{orgName}\n\nOn [date], some of our servers were hit by a ransomware attack and files on them were encrypted. To contain it we disconnected the affected systems from the network, and we are investigating with outside experts. We have also consulted the police.\n\nAt this point we have not established whether any customer information was taken. We will publish what the investigation finds.\n\nWe sincerely apologise for the concern and inconvenience this causes.\n\nEnquiries about this matter: {contact}',
      },
    },
    enquiry_answer: {
      subject: { ja: '問い合わせへの回答例(ランサムウェア)', en: 'Answering enquiries (ransomware)' },
      body: {
        ja: 'お問い合わせありがとうございます。{orgName}の担当でございます。\n\n{date}現在、当社の一部のシステムがサイバー攻撃を受け、外部の専門家とともに調査と復旧を進めております。お客さまの情報への影響については、まだ調査中です。分かり次第、当社Webサイトでお知らせし、影響のあった方には個別にご連絡いたします。\n\n当社を名乗る不審なメールや電話があった場合は、応じずにこちらの窓口へお知らせください。\n\n(応対のメモ:確認できていないことは「調査中です」と答え、推測で答えないでください。答えられない質問は、名前と連絡先を伺って折り返します。社内管理番号 {incidentId})\n\nお問い合わせ先:{contact}',
        en: 'Thank you for contacting {orgName}.\n\nAs of {date}, some of our systems have been hit by a cyber-attack, and we are investigating and restoring them with outside experts. The effect on customer information is still under investigation. We will post updates on our website and contact anyone affected individually.\n\nIf you receive suspicious mail or calls in our name, please do not respond and let us know here.\n\n(Note for staff: answer "it is under investigation" for anything not confirmed; never guess. For questions you cannot answer, take a name and number and call back. Internal reference {incidentId}.)\n\nContact: {contact}',
      },
    },
  },
  sources: [
    {
      ...DOCS.ipaRansomware,
      supports: {
        ja: '切り離し、バックアップの保護、IPAへの届出',
        en: 'Disconnecting, protecting backups, notifying IPA',
      },
    },
    {
      ...DOCS.nisc,
      supports: {
        ja: '電源を切らずにネットワークから切り離すこと',
        en: 'Disconnect from the network without powering off',
      },
    },
    {
      ...DOCS.npa,
      supports: {
        ja: '警察への相談、No More Ransom の紹介、被害届',
        en: 'Consulting the police, No More Ransom, the damage report',
      },
    },
    {
      ...DOCS.prefPolice,
      supports: {
        ja: '警察がまず求めるログの保全と、提出を求められる資料',
        en: 'Log preservation the police ask for first, and what they ask you to provide',
      },
    },
    {
      ...DOCS.ppcLeak,
      supports: { ja: 'データが盗まれた可能性がある場合の報告', en: 'Reporting when data may have been stolen' },
    },
    {
      ...DOCS.nist,
      supports: {
        ja: '検知の時点から記録と証拠の保全を始めること',
        en: 'Documenting and preserving evidence from the moment of detection',
      },
    },
  ],
};
