-- Issue 19: the AI companion. A person's private conversations with a supportive companion
-- between sessions, the replies as they stream, and per-day counts for admins (no content, no
-- person). Everything is the person's own: deleting the account deletes it all.
CREATE TABLE "companion_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"title" varchar(120),
	"retention" varchar(30) DEFAULT 'keep' NOT NULL,
	-- Set while the person shares it with their treating psychologist(s).
	"shared_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	-- Cut to milliseconds when written, so the list's keyset cursor compares exactly.
	"last_activity_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "companion_conversations_retention_check" CHECK ("retention" IN ('keep', 'delete_after_30_days'))
);
--> statement-breakpoint
-- The person's list: newest activity first.
CREATE INDEX "idx_companion_conversations_user" ON "companion_conversations" USING btree ("user_id", "last_activity_at" DESC, "id" DESC);
--> statement-breakpoint
-- What a psychologist reads: conversations their patients shared.
CREATE INDEX "idx_companion_conversations_shared" ON "companion_conversations" USING btree ("user_id", "shared_at" DESC) WHERE "shared_at" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "idx_companion_conversations_retention" ON "companion_conversations" USING btree ("retention") WHERE "retention" = 'delete_after_30_days';
--> statement-breakpoint
CREATE TABLE "companion_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL REFERENCES "companion_conversations"("id") ON DELETE CASCADE,
	"role" varchar(10) NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"status" varchar(20) NOT NULL,
	-- Replies only: where the words came from, and why a replaced reply was replaced.
	"kind" varchar(20),
	"replaced_reason" varchar(20),
	-- Replies ending `unavailable` only: why, so a retried send answers the same.
	"unavailable_reason" varchar(20),
	-- The person's messages only: the safety decision their words got.
	"safety_level" varchar(10),
	"safety_reasons" text[],
	-- The person's messages only: chosen by the client once, so a retried send is answered once.
	"client_message_id" uuid,
	-- Replies only: the person's message this answers.
	"reply_to_id" uuid REFERENCES "companion_messages"("id") ON DELETE CASCADE,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', clock_timestamp()) NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "companion_messages_role_check" CHECK ("role" IN ('user', 'assistant')),
	CONSTRAINT "companion_messages_status_check" CHECK ("status" IN ('streaming', 'complete', 'stopped', 'unavailable')),
	CONSTRAINT "companion_messages_kind_check" CHECK ("kind" IN ('model', 'offline', 'crisis', 'replaced')),
	CONSTRAINT "companion_messages_replaced_reason_check" CHECK ("replaced_reason" IN ('diagnosis', 'medication')),
	CONSTRAINT "companion_messages_unavailable_reason_check" CHECK ("unavailable_reason" IN ('timeout', 'rate_limited', 'upstream_error', 'refused', 'malformed', 'interrupted', 'network', 'busy')),
	CONSTRAINT "companion_messages_safety_level_check" CHECK ("safety_level" IN ('none', 'concern', 'crisis')),
	CONSTRAINT "companion_messages_client_message_id_unique" UNIQUE ("conversation_id", "client_message_id")
);
--> statement-breakpoint
-- The conversation's messages, newest first.
CREATE INDEX "idx_companion_messages_conversation" ON "companion_messages" USING btree ("conversation_id", "created_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_companion_messages_reply_to" ON "companion_messages" USING btree ("reply_to_id") WHERE "reply_to_id" IS NOT NULL;
--> statement-breakpoint
-- One reply streams per conversation at a time, whichever instance accepts the send.
CREATE UNIQUE INDEX "ux_companion_messages_streaming" ON "companion_messages" USING btree ("conversation_id") WHERE "status" = 'streaming';
--> statement-breakpoint
-- Counts per UTC day for the admins' figures: no person, no content.
CREATE TABLE "companion_usage_daily" (
	"day" date PRIMARY KEY NOT NULL,
	"messages" integer DEFAULT 0 NOT NULL,
	"unavailable" integer DEFAULT 0 NOT NULL,
	"crises" integer DEFAULT 0 NOT NULL,
	"concerns" integer DEFAULT 0 NOT NULL,
	"handoffs" integer DEFAULT 0 NOT NULL,
	"replaced" integer DEFAULT 0 NOT NULL
);
