/**
 * Notification delivery: the outbox gains what a worker needs (idempotency key, next attempt, lease,
 * acknowledgement), plus chat channels, acknowledgement requests and their one-time links, and the
 * record of staff and customer warnings. Frozen once released.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the application's evolving schema type
type AnyDb = Kysely<any>;

// SQLite adds one column per ALTER TABLE statement, so each gets its own.
const OUTBOX_COLUMNS = [
  'idempotency_key',
  'next_attempt_at',
  'locked_until',
  'locked_by',
  'acknowledged_at',
  'ack_token_id',
  'channel_id',
  'warning_id',
] as const;

export async function up(db: AnyDb): Promise<void> {
  for (const column of OUTBOX_COLUMNS) await db.schema.alterTable('notifications').addColumn(column, 'text').execute();
  // Messages queued before this version become due at once, each keyed by its own id.
  await db.updateTable('notifications').set({ idempotency_key: sql`id`, next_attempt_at: sql`created_at` }).execute();
  await db.schema
    .createIndex('notifications_idempotency')
    .on('notifications')
    .column('idempotency_key')
    .unique()
    .execute();
  await db.schema.createIndex('notifications_due').on('notifications').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('notifications_warning').on('notifications').column('warning_id').execute();

  await db.schema
    .createTable('notify_channels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    // JSON: the URL and, for the generic webhook, the signing secret. Never sent back in full.
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // One row per thing to acknowledge (a briefing, an intake notice), carrying its reminder/escalation state.
  await db.schema
    .createTable('ack_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('tree_role', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_check_at', 'text')
    .addColumn('locked_until', 'text')
    .execute();
  await db.schema
    .createIndex('ack_requests_subject')
    .on('ack_requests')
    .columns(['subject_type', 'subject_id'])
    .unique()
    .execute();
  await db.schema.createIndex('ack_requests_due').on('ack_requests').column('next_check_at').execute();

  // One row per recipient's link; the link itself is signed and never stored.
  await db.schema
    .createTable('ack_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('ack_requests.id'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('ack_tokens_request').on('ack_tokens').column('request_id').execute();

  await db.schema
    .createTable('warnings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('lists', 'text', (c) => c.notNull())
    .addColumn('recipient_count', 'integer', (c) => c.notNull())
    .addColumn('sent_by', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('warnings_incident').on('warnings').column('incident_id').execute();
}
