/**
 * A lost or stolen PC, phone or storage medium. Facts from the PPC (what was on it and whether it was
 * strongly encrypted decide the report), the police (lost-property and theft reports) and IPA's SME guide.
 */
import type { Playbook } from './schema.js';
import { DOCS } from './sources.js';

export const LOST_DEVICE_PLAYBOOK: Playbook = {
  type: 'lost_device',
  reviewedOn: '2026-11-27',
  title: { ja: 'PC・スマートフォン・記録媒体の紛失や盗難', en: 'Lost or stolen PC, phone or storage device' },
  summary: {
    ja: '業務で使うPC、スマートフォン、USBメモリなどをなくした、または盗まれた状態です。大事なのは、中に何が入っていたか、暗号化されていたか、ログインしたままのサービスがあるかです。すぐに届け出て、遠隔でロックし、端末に残った権限を無効にします。',
    en: 'A work PC, phone, USB stick or similar has been lost or stolen. What matters is what was on it, whether it was encrypted, and which services it was still signed in to. Report it at once, lock it remotely and revoke the access it carried.',
  },
  signs: [
    { ja: '業務用のPCやスマートフォンが見当たらない', en: 'A work PC or phone cannot be found' },
    {
      ja: '電車、タクシー、飲食店などに置き忘れた',
      en: 'It was left on a train, in a taxi, at a restaurant or similar',
    },
    { ja: '車上荒らしや空き巣で盗まれた', en: 'It was stolen from a car or a break-in' },
    {
      ja: '顧客の情報が入ったUSBメモリや書類が見つからない',
      en: 'A USB stick or papers with customer data are missing',
    },
  ],
  keywords: {
    ja: [
      '紛失',
      'なくし',
      '無くし',
      '失くし',
      '置き忘れ',
      '盗難',
      '盗まれ',
      '落とし',
      '見当たらない',
      'usbメモリ',
      '車上荒らし',
    ],
    en: [
      'lost',
      'stolen',
      'theft',
      'misplaced',
      'left behind',
      'left on',
      'missing laptop',
      'missing phone',
      'usb stick',
      'usb drive',
    ],
  },
  immediateActions: [
    'lost_device.report_loss',
    'lost_device.remote_lock',
    'lost_device.revoke_access',
    'lost_device.list_data',
    'common.record_actions',
  ],
  evidence: [
    {
      ja: 'なくした日時、場所、最後に使った時刻と場所、気づいた時刻',
      en: 'When and where it was lost, when and where it was last used, and when the loss was noticed',
    },
    {
      ja: '端末の種類、管理番号、製造番号、電話番号',
      en: 'The device model, asset number, serial number and phone number',
    },
    {
      ja: '遺失届や被害届の受理番号と、届けた警察署',
      en: 'The receipt number of the lost-property or theft report, and the police station',
    },
    {
      ja: 'ディスクの暗号化、画面ロック、端末管理(MDM)の設定が分かる記録',
      en: 'Records showing disk encryption, screen lock and device-management (MDM) settings',
    },
    {
      ja: '遠隔ロックや消去を行った日時と、その結果の画面',
      en: 'When remote lock or wipe was done, and a screenshot of the result',
    },
    {
      ja: '端末に保存されていたデータと、ログインしたままだったサービスの一覧',
      en: 'The data stored on it and the services it was still signed in to',
    },
  ],
  escalation: {
    vendor: {
      ja: '遠隔ロックや消去の方法が分からない、端末から社内システムに入られた形跡がある、暗号化されていたか確かめられない、ときは、端末の管理を任せている業者か専門業者に相談します。',
      en: 'Call your device-management provider or an expert if you do not know how to lock or wipe it, there are signs it was used to get into our systems, or you cannot confirm it was encrypted.',
    },
    police: {
      ja: 'なくした場合は最寄りの警察に遺失届を、盗まれた場合は被害届を出します。被害届は警察署の窓口で出します。受理番号は、あとの報告に使うので控えておきます。',
      en: 'File a lost-property report with the nearest police if it was lost, or a damage report if it was stolen (at a police station). Keep the receipt number for later reports.',
    },
    others: [
      {
        ja: '駅、交通機関、店舗など、なくした可能性のある場所に問い合わせます。',
        en: 'Ask the station, transport company, shop or other place where it may have been left.',
      },
      {
        ja: 'スマートフォンは、携帯電話会社に連絡して回線を止めます。',
        en: 'For a phone, call the mobile carrier to suspend the line.',
      },
    ],
  },
  regulatory: [
    {
      rule: 'appi_report',
      when: {
        ja: '個人データが入っていて、高度な暗号化がされていなかった場合に検討します。要配慮個人情報やカード番号が含まれる、盗まれた(不正の目的)、1,000人を超える、のいずれかなら報告が必要です。強い暗号化がされ、鍵も漏れていなければ、報告は要りません。',
        en: 'Consider it when personal data was on the device without strong encryption. A report is needed if it includes sensitive data or card numbers, if the device was stolen (malicious intent), or if more than 1,000 people are affected. No report is needed if the data was strongly encrypted and the key was not exposed.',
      },
    },
    {
      rule: 'appi_notice',
      when: {
        ja: '報告が必要な場合は、本人への通知も必要です。',
        en: 'Whenever a report is needed, so is notice to the people affected.',
      },
    },
  ],
  templates: {
    internal_warning: {
      subject: {
        ja: '【連絡】業務用端末の紛失について[{incidentId}]',
        en: 'Notice: a work device has been lost [{incidentId}]',
      },
      body: {
        ja: '{orgName}の皆さま\n\n{date}、業務用の【端末の種類】の紛失が分かりました。遠隔でのロックなど、必要な対応を進めています。\n\n次のことをお願いします。\n・この端末から届いた、いつもと違うメールやメッセージには応じず、窓口へ知らせてください。\n・端末を見つけた方は、操作せずに窓口へ連絡してください。\n・この件を社外やSNSで話さないでください。\n・業務用の端末を持ち出すときは、画面ロックを必ず設定してください。\n\n連絡先:{contact}',
        en: 'To everyone at {orgName}\n\nOn {date} we learned that a work [device type] has been lost. We are locking it remotely and taking the other necessary steps.\n\nPlease:\n- Do not respond to unusual mail or messages from this device; tell the desk instead.\n- If you find it, do not use it; contact the desk.\n- Do not discuss this outside the company or on social media.\n- Always keep a screen lock on work devices you take out.\n\nContact: {contact}',
      },
    },
    external_warning: {
      subject: {
        ja: '当社社員の業務用端末の紛失についてのご連絡',
        en: 'A {orgName} work device has been lost',
      },
      body: {
        ja: '取引先各位\n\n{date}、{orgName}の社員が業務用の【端末の種類】を紛失したことが分かりました。端末はロックし、必要な対策をとっています。\n\n念のため、この社員の名前や当社を名乗る、いつもと違うメールや電話があった場合は、応じずに下記までお知らせください。\n\nご迷惑とご心配をおかけし、申し訳ございません。\n\nお問い合わせ:{contact}',
        en: 'Dear partners\n\nOn {date}, {orgName} learned that one of its staff had lost a work [device type]. The device has been locked and we have taken the necessary steps.\n\nAs a precaution, if you receive unusual mail or calls in this person’s name or ours, please do not respond and let us know below.\n\nWe apologise for the concern this causes.\n\nEnquiries: {contact}',
      },
    },
    public_notice: {
      subject: {
        ja: 'お客さま情報を含む端末の紛失に関するお詫びとお知らせ',
        en: 'Apology and notice: loss of a device holding customer information',
      },
      body: {
        ja: '{date}\n{orgName}\n\n【日付】、当社の社員が、お客さまの情報を含む業務用の【端末の種類】を紛失しました。含まれていた情報は【情報の項目】で、【人数】分です。\n\n端末は【ロック・パスワード・暗号化の状況】で、現時点で情報が不正に使われたという報告はありません。警察に届け出るとともに、遠隔でのロックなどの措置をとりました。\n\n対象となるお客さまには、個別にご連絡いたします。当社を名乗る不審な連絡があった場合は、下記までお知らせください。\n\nご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。\n\n本件のお問い合わせ先:{contact}',
        en: '{date}\n{orgName}\n\nOn [date], a member of our staff lost a work [device type] holding customer information: [data items] for [number] people.\n\nThe device was [lock, password and encryption status], and we have no report so far of the information being misused. We have reported the loss to the police and locked the device remotely.\n\nWe will contact the customers concerned individually. If you receive a suspicious contact in our name, please let us know below.\n\nWe sincerely apologise for the concern and inconvenience.\n\nEnquiries about this matter: {contact}',
      },
    },
    enquiry_answer: {
      subject: { ja: '問い合わせへの回答例(端末の紛失)', en: 'Answering enquiries (lost device)' },
      body: {
        ja: 'お問い合わせありがとうございます。{orgName}の担当でございます。\n\n{date}現在、紛失した端末は遠隔でロックしており、情報が不正に使われたという報告はありません。お客さまの情報が含まれていたかどうかは、お名前とご連絡先を伺ったうえで確認し、あらためてご連絡いたします。\n\n当社を名乗る不審なメールや電話があった場合は、応じずにこちらの窓口へお知らせください。\n\n(応対のメモ:端末の中身や暗号化の状況は、確認できた範囲だけを伝えてください。社内管理番号 {incidentId})\n\nお問い合わせ先:{contact}',
        en: 'Thank you for contacting {orgName}.\n\nAs of {date}, the lost device has been locked remotely and we have no report of information being misused. We will check whether your information was on it and get back to you; may we take your name and contact details?\n\nIf you receive suspicious mail or calls in our name, please do not respond and let us know here.\n\n(Note for staff: say only what has been confirmed about the device’s contents and encryption. Internal reference {incidentId}.)\n\nContact: {contact}',
      },
    },
  },
  sources: [
    {
      ...DOCS.ppcGuidelines,
      supports: {
        ja: '高度な暗号化による報告の免除と、報告対象の判断',
        en: 'The strong-encryption exemption and deciding whether to report',
      },
    },
    { ...DOCS.prefPolice, supports: { ja: '遺失届と被害届の届け出', en: 'Filing lost-property and damage reports' } },
    {
      ...DOCS.ipaSmeGuide,
      supports: { ja: '報告から通知・公表までの流れ', en: 'The flow from report to notice and publication' },
    },
  ],
};
