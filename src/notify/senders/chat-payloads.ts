/** The JSON body each chat service expects for one message. */
import type { ChatType } from '../../shared/channel-schemas.js';

export interface ChatMessage {
  id: string;
  idempotencyKey: string;
  kind: string;
  incidentId: string | null;
  locale: string;
  subject: string;
  body: string;
  createdAt: string;
}

// Slack's mrkdwn reads <…> as links and &-entities as entities: these three must be escaped.
const slackEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function chatPayload(type: ChatType, m: ChatMessage): Record<string, unknown> {
  switch (type) {
    case 'slack':
      return { text: `*${slackEscape(m.subject)}*\n${slackEscape(m.body)}` };
    case 'google_chat':
      return { text: `*${m.subject}*\n${m.body}` };
    case 'teams':
      // A Teams "workflow" (Power Automate) webhook takes a message with an Adaptive Card attachment.
      return {
        type: 'message',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            contentUrl: null,
            content: {
              $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
              type: 'AdaptiveCard',
              version: '1.4',
              body: [
                { type: 'TextBlock', text: m.subject, weight: 'Bolder', size: 'Medium', wrap: true },
                { type: 'TextBlock', text: m.body, wrap: true },
              ],
            },
          },
        ],
      };
    case 'webhook':
      // The same bytes on every retry: only the timestamp header (and so the signature) changes.
      return {
        id: m.id,
        idempotencyKey: m.idempotencyKey,
        kind: m.kind,
        incidentId: m.incidentId,
        locale: m.locale,
        subject: m.subject,
        body: m.body,
        createdAt: m.createdAt,
      };
  }
}
