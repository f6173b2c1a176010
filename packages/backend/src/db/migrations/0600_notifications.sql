-- Issue 15: notifications. One row per thing a person is told (both languages, so a language
-- switch rereads it), one row per channel it goes out on, preferences per category × channel,
-- Web Push subscriptions and admins' announcements.

-- (user_id, event_key) is unique: an event retold (a job run twice, two instances racing)
-- finds its notification already there and adds nothing.
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"event_key" varchar(200) NOT NULL,
	"category" varchar(40) NOT NULL,
	"title_fa" text NOT NULL,
	"title_en" text NOT NULL,
	"body_fa" text NOT NULL,
	"body_en" text NOT NULL,
	"link" varchar(500),
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "idx_notifications_user_event" ON "notifications" USING btree ("user_id", "event_key");
--> statement-breakpoint
CREATE INDEX "idx_notifications_user_created" ON "notifications" USING btree ("user_id", "created_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_notifications_user_unread" ON "notifications" USING btree ("user_id", "created_at" DESC, "id" DESC) WHERE "read_at" IS NULL;
--> statement-breakpoint

-- The intent is recorded before the provider is called: a crash between the two leaves the row
-- in 'sending', which is retried with the provider's idempotency where it has one.
CREATE TABLE "notification_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notification_id" uuid NOT NULL REFERENCES "notifications"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"channel" varchar(10) NOT NULL,
	"status" varchar(10) DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"provider_message_id" varchar(200),
	"error" varchar(500),
	"next_try_at" timestamp with time zone DEFAULT now(),
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_deliveries_channel_check" CHECK ("channel" IN ('inApp', 'sms', 'email', 'push')),
	CONSTRAINT "notification_deliveries_status_check" CHECK ("status" IN ('pending', 'sending', 'sent', 'failed', 'skipped'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "idx_notification_deliveries_once" ON "notification_deliveries" USING btree ("notification_id", "channel");
--> statement-breakpoint
CREATE INDEX "idx_notification_deliveries_due" ON "notification_deliveries" USING btree ("next_try_at") WHERE "status" IN ('pending', 'sending');
--> statement-breakpoint
CREATE INDEX "idx_notification_deliveries_log" ON "notification_deliveries" USING btree ("created_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_notification_deliveries_user" ON "notification_deliveries" USING btree ("user_id", "created_at" DESC, "id" DESC);
--> statement-breakpoint

-- Only what differs from the defaults in shared (DEFAULT_CHANNEL_PREFERENCES): a new category
-- reaches everyone with its default, no backfill.
CREATE TABLE "notification_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"categories" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"quiet_enabled" boolean DEFAULT true NOT NULL,
	"quiet_start" varchar(5) DEFAULT '22:00' NOT NULL,
	"quiet_end" varchar(5) DEFAULT '08:00' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint

CREATE TABLE "push_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"endpoint" varchar(2000) NOT NULL,
	"p256dh" varchar(200) NOT NULL,
	"auth" varchar(100) NOT NULL,
	"user_agent" varchar(500),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_success_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "idx_push_subscriptions_endpoint" ON "push_subscriptions" USING btree ("endpoint");
--> statement-breakpoint
CREATE INDEX "idx_push_subscriptions_user" ON "push_subscriptions" USING btree ("user_id");
--> statement-breakpoint

CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"audience" varchar(20) NOT NULL,
	"title_fa" varchar(120) NOT NULL,
	"title_en" varchar(120) NOT NULL,
	"body_fa" text NOT NULL,
	"body_en" text NOT NULL,
	"send_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" varchar(20) DEFAULT 'scheduled' NOT NULL,
	"recipient_count" integer,
	"created_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "announcements_audience_check" CHECK ("audience" IN ('everyone', 'patients', 'psychologists', 'staff')),
	CONSTRAINT "announcements_status_check" CHECK ("status" IN ('scheduled', 'sending', 'sent', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX "idx_announcements_created" ON "announcements" USING btree ("created_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_announcements_created_by" ON "announcements" USING btree ("created_by");
