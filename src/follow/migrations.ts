// The follow store's schema, as ordered migrations: applied once each, on PGlite and PostgreSQL alike.

export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "subscriptions, alerted facts and the outbox of posts",
    statements: [
      `create table subscriptions (
        id bigserial primary key,
        platform text not null,
        workspace text not null,
        channel text not null,
        user_id text not null,
        kind text not null check (kind in ('party', 'member', 'body', 'case', 'topic')),
        key text not null,
        municipality text not null default '',
        label text not null,
        language text not null check (language in ('da', 'en')),
        query jsonb not null,
        created_at timestamptz not null default now(),
        unique (platform, workspace, channel, kind, key, municipality)
      )`,
      `create table alert_posts (
        id bigserial primary key,
        post_key text not null unique,
        platform text not null,
        workspace text not null,
        channel text not null,
        meeting_key text not null,
        message jsonb not null,
        status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
        attempts integer not null default 0,
        last_error text,
        claimed_by text,
        claimed_at timestamptz,
        next_attempt_at timestamptz not null default now(),
        created_at timestamptz not null default now(),
        sent_at timestamptz
      )`,
      "create index alert_posts_due on alert_posts (status, next_attempt_at)",
      `create table alert_facts (
        subscription_id bigint not null references subscriptions (id) on delete cascade,
        fact_key text not null,
        post_id bigint references alert_posts (id),
        created_at timestamptz not null default now(),
        primary key (subscription_id, fact_key)
      )`,
    ],
  },
];
