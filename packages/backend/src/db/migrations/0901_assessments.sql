-- Assessments (issue 18): the seed's tables get what the instruments, results and care need;
-- drafts resume a half-finished assessment on any device; assignments are a psychologist's
-- request that their patient take an instrument, once or before every session.
ALTER TABLE "assessments"
	ADD COLUMN "slug" varchar(40),
	ADD COLUMN "kind" varchar(20) DEFAULT 'screening' NOT NULL,
	ADD COLUMN "title_en" varchar(255),
	ADD COLUMN "description_en" text,
	ADD COLUMN "citations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	ADD COLUMN "version" integer DEFAULT 1 NOT NULL,
	ADD COLUMN "position" integer DEFAULT 0 NOT NULL,
	ADD COLUMN "minutes" integer DEFAULT 5 NOT NULL,
	ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	ADD CONSTRAINT "assessments_kind_check" CHECK ("kind" IN ('screening', 'personality'));
--> statement-breakpoint
CREATE UNIQUE INDEX "uq_assessments_slug" ON "assessments" USING btree ("slug");
--> statement-breakpoint
CREATE TABLE "assessment_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL REFERENCES "assessments"("id") ON DELETE CASCADE,
	"patient_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"psychologist_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"recurrence" varchar(20) NOT NULL,
	"note" varchar(500),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "assessment_assignments_recurrence_check" CHECK ("recurrence" IN ('once', 'every_session'))
);
--> statement-breakpoint
-- One open request per instrument, patient and psychologist: asking again answers that one.
CREATE UNIQUE INDEX "uq_assessment_assignments_open" ON "assessment_assignments" USING btree ("assessment_id", "patient_id", "psychologist_id") WHERE "completed_at" IS NULL AND "cancelled_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "idx_assessment_assignments_patient" ON "assessment_assignments" USING btree ("patient_id", "created_at" DESC) WHERE "completed_at" IS NULL AND "cancelled_at" IS NULL;
--> statement-breakpoint
ALTER TABLE "assessment_results"
	ALTER COLUMN "personality_type" TYPE varchar(300),
	ADD COLUMN "assessment_version" integer DEFAULT 1 NOT NULL,
	ADD COLUMN "total_score" integer,
	ADD COLUMN "band" varchar(40),
	ADD COLUMN "flags" text[] DEFAULT '{}' NOT NULL,
	ADD COLUMN "note" text,
	ADD COLUMN "shared_with_psychologist" boolean DEFAULT true NOT NULL,
	ADD COLUMN "assignment_id" uuid REFERENCES "assessment_assignments"("id") ON DELETE SET NULL,
	ADD CONSTRAINT "assessment_results_note_check" CHECK (char_length("note") <= 2000);
--> statement-breakpoint
CREATE INDEX "idx_assessment_results_user_completed" ON "assessment_results" USING btree ("user_id", "completed_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_assessment_results_user_assessment" ON "assessment_results" USING btree ("user_id", "assessment_id", "completed_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE TABLE "assessment_drafts" (
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"assessment_id" uuid NOT NULL REFERENCES "assessments"("id") ON DELETE CASCADE,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_drafts_pkey" PRIMARY KEY ("user_id", "assessment_id"),
	CONSTRAINT "assessment_drafts_note_check" CHECK (char_length("note") <= 2000)
);
