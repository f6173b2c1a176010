-- Issue 18: clinical safety (DESIGN §11). A crisis decision on what a patient wrote, a PHQ-9
-- item 9 above 0, or a patient saying they are not safe raises an alert for on-call staff and
-- the treating psychologist. A patient has at most one active alert: a later trigger renews it
-- (trigger_count, last_triggered_at) instead of paging everyone again for the same night.
CREATE TABLE "safety_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"status" varchar(20) DEFAULT 'open' NOT NULL,
	"reasons" text[] DEFAULT '{}' NOT NULL,
	"tier" integer DEFAULT 0 NOT NULL,
	"safe_now" varchar(10),
	"thread_id" uuid REFERENCES "message_threads"("id") ON DELETE SET NULL,
	"trigger_count" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_triggered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"acknowledged_at" timestamp with time zone,
	"resolved_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"resolved_at" timestamp with time zone,
	"resolution_note" text,
	CONSTRAINT "safety_alerts_status_check" CHECK ("status" IN ('open', 'acknowledged', 'resolved')),
	CONSTRAINT "safety_alerts_safe_now_check" CHECK ("safe_now" IN ('yes', 'no', 'unsure')),
	CONSTRAINT "safety_alerts_resolved_check" CHECK (("status" = 'resolved') = ("resolved_at" IS NOT NULL))
);
--> statement-breakpoint
-- One active alert per patient: two instances raising at once meet here.
CREATE UNIQUE INDEX "ux_safety_alerts_active_patient" ON "safety_alerts" USING btree ("patient_id") WHERE "status" <> 'resolved';
--> statement-breakpoint
-- The queue: newest activity first, per status.
CREATE INDEX "idx_safety_alerts_queue" ON "safety_alerts" USING btree ("status", "last_triggered_at" DESC, "id" DESC);
--> statement-breakpoint
-- What raised or renewed an alert. `text` keeps the patient's words for the responders: the
-- message itself may be edited, and a staff member on call is not in the patient's thread.
CREATE TABLE "safety_alert_triggers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"alert_id" uuid NOT NULL REFERENCES "safety_alerts"("id") ON DELETE CASCADE,
	"source" varchar(20) NOT NULL,
	"source_id" uuid,
	"reasons" text[] DEFAULT '{}' NOT NULL,
	"text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safety_alert_triggers_source_check" CHECK ("source" IN ('message', 'exercise_answer', 'assessment', 'check_in', 'talk_now', 'companion'))
);
--> statement-breakpoint
CREATE INDEX "idx_safety_alert_triggers_alert" ON "safety_alert_triggers" USING btree ("alert_id", "created_at" DESC);
--> statement-breakpoint
-- The on-call rota: position 1 is told first; an alert nobody acknowledges reaches the next.
CREATE TABLE "safety_on_call" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"position" integer NOT NULL,
	CONSTRAINT "safety_on_call_position_unique" UNIQUE ("position")
);
--> statement-breakpoint
-- The Stanley–Brown safety plan, written by the patient and their psychologist.
CREATE TABLE "safety_plans" (
	"patient_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"sections" jsonb NOT NULL,
	"updated_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
