-- Issue 17: courses. The seed's `courses` and `enrollments` keep their columns and names; this
-- adds what lessons, per-lesson progress, authorship, prices, Persian search, exercise answers,
-- recommendations, course media and course purchases need.

-- The form catalogue search compares text in: Arabic ي ك ى ۀ ة and hamza'd letters as the
-- Persian or plain ones, Persian and Arabic digits as ASCII, and no spaces, ZWNJ/ZWJ, direction
-- marks, tatweel, diacritics or punctuation, so "خواب‌آرام", "خواب آرام" and "خواب ارام" meet.
-- IMMUTABLE, so a generated column and an index may use it; queries fold their `q` with it too.
CREATE FUNCTION "course_search_key"(text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT translate(lower($1),
		'يكىۀةأإآؤئ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩ ' || chr(9) || chr(10) || chr(13) || chr(160) || chr(8204) || chr(8205) || chr(8206) || chr(8207) || 'ـًٌٍَُِّْٰ،؛؟«».,:;!?()-–—',
		'یکیههاااوی01234567890123456789') $$;
--> statement-breakpoint

ALTER TABLE "courses"
	ADD COLUMN "title_en" varchar(255),
	ADD COLUMN "description_en" text,
	-- Integer rials, like every amount; 0 is free. Priced courses are bought through payments.
	ADD COLUMN "price_irr" bigint DEFAULT 0 NOT NULL,
	ADD COLUMN "author_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	ADD COLUMN "reviewer_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	-- The course media picture shown in the catalogue; `thumbnail_url` holds its address.
	ADD COLUMN "thumbnail_file_id" uuid REFERENCES "files"("id") ON DELETE SET NULL,
	-- Cut to milliseconds when set, so the catalogue's keyset cursor compares exactly.
	ADD COLUMN "published_at" timestamp with time zone,
	ADD CONSTRAINT "courses_price_check" CHECK ("price_irr" >= 0),
	ADD CONSTRAINT "courses_published_at_check" CHECK (NOT "is_published" OR "published_at" IS NOT NULL);
--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "search_key" text GENERATED ALWAYS AS (course_search_key(
	coalesce("title", '') || ' ' || coalesce("title_en", '') || ' ' ||
	coalesce("description", '') || ' ' || coalesce("description_en", ''))) STORED;
--> statement-breakpoint
-- The catalogue's order (newest published first) straight from the index.
CREATE INDEX "idx_courses_catalogue" ON "courses" USING btree ("published_at" DESC, "id" DESC) WHERE "is_published";
--> statement-breakpoint

-- Lessons in order. Positions are 1..n per course; the unique check waits for the end of each
-- statement (DEFERRABLE), so a reorder can move every lesson in one UPDATE.
CREATE TABLE "lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL REFERENCES "courses"("id") ON DELETE CASCADE,
	"position" integer NOT NULL,
	"kind" varchar(20) NOT NULL,
	"title" varchar(255) NOT NULL,
	"title_en" varchar(255),
	-- Markdown: the article, or the introduction of a video or an exercise.
	"body" text,
	"video_file_id" uuid REFERENCES "files"("id") ON DELETE SET NULL,
	"captions_file_id" uuid REFERENCES "files"("id") ON DELETE SET NULL,
	-- The exercise as data: {"kind": "breathing" | "thought_record" | "mood_checkin", …}.
	"exercise" jsonb,
	"duration_seconds" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lessons_kind_check" CHECK ("kind" IN ('video', 'article', 'exercise')),
	CONSTRAINT "lessons_position_check" CHECK ("position" >= 1),
	CONSTRAINT "lessons_duration_check" CHECK ("duration_seconds" >= 0),
	CONSTRAINT "lessons_article_body_check" CHECK ("kind" <> 'article' OR "body" IS NOT NULL),
	CONSTRAINT "lessons_exercise_check" CHECK (("kind" = 'exercise') = ("exercise" IS NOT NULL)),
	CONSTRAINT "lessons_exercise_kind_check" CHECK ("exercise" IS NULL OR "exercise"->>'kind' IN ('breathing', 'thought_record', 'mood_checkin')),
	CONSTRAINT "lessons_media_check" CHECK ("kind" = 'video' OR ("video_file_id" IS NULL AND "captions_file_id" IS NULL)),
	CONSTRAINT "uq_lessons_course_position" UNIQUE ("course_id", "position") DEFERRABLE INITIALLY IMMEDIATE
);
--> statement-breakpoint

-- Enrolment progress is derived from lesson_progress (completed lessons / lessons) in the
-- transaction that writes it; these say where the learner was last.
ALTER TABLE "enrollments"
	ADD COLUMN "last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	ADD COLUMN "last_lesson_id" uuid REFERENCES "lessons"("id") ON DELETE SET NULL,
	-- The learner lets their psychologists see their progress in this course.
	ADD COLUMN "shared_with_psychologist" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
CREATE INDEX "idx_enrollments_user_activity" ON "enrollments" USING btree ("user_id", "last_activity_at" DESC, "id" DESC);
--> statement-breakpoint

CREATE TABLE "lesson_progress" (
	"enrollment_id" uuid NOT NULL REFERENCES "enrollments"("id") ON DELETE CASCADE,
	"lesson_id" uuid NOT NULL REFERENCES "lessons"("id") ON DELETE CASCADE,
	-- Video: the furthest second reached (progress only moves forward).
	"position_seconds" integer DEFAULT 0 NOT NULL,
	"completed" boolean DEFAULT false NOT NULL,
	"completed_at" timestamp with time zone,
	"time_spent_seconds" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("enrollment_id", "lesson_id"),
	CONSTRAINT "lesson_progress_position_check" CHECK ("position_seconds" >= 0),
	CONSTRAINT "lesson_progress_time_check" CHECK ("time_spent_seconds" >= 0),
	CONSTRAINT "lesson_progress_completed_check" CHECK ("completed" = ("completed_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX "idx_lesson_progress_lesson" ON "lesson_progress" USING btree ("lesson_id");
--> statement-breakpoint

-- A learner's answers to exercises: theirs alone unless they share one. Removing a lesson or a
-- course leaves what the learner wrote (their data, not the author's).
CREATE TABLE "exercise_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"lesson_id" uuid REFERENCES "lessons"("id") ON DELETE SET NULL,
	"course_id" uuid REFERENCES "courses"("id") ON DELETE SET NULL,
	"kind" varchar(20) NOT NULL,
	"answer" jsonb NOT NULL,
	"shared_with_psychologist" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_answers_kind_check" CHECK ("kind" IN ('breathing', 'thought_record', 'mood_checkin'))
);
--> statement-breakpoint
CREATE INDEX "idx_exercise_answers_user_lesson" ON "exercise_answers" USING btree ("user_id", "lesson_id", "created_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_exercise_answers_shared" ON "exercise_answers" USING btree ("user_id", "created_at" DESC, "id" DESC) WHERE "shared_with_psychologist";
--> statement-breakpoint

-- A psychologist's recommendation to their patient; recommending again refreshes the row.
CREATE TABLE "course_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL REFERENCES "courses"("id") ON DELETE CASCADE,
	"patient_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"psychologist_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"note" varchar(500),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "uq_course_recommendations" UNIQUE ("course_id", "patient_id", "psychologist_id")
);
--> statement-breakpoint
CREATE INDEX "idx_course_recommendations_patient" ON "course_recommendations" USING btree ("patient_id", "created_at" DESC, "id" DESC);
--> statement-breakpoint

-- Course media belong to a course: readable by whoever may see it (learning decides), and gone
-- with it.
ALTER TABLE "files"
	ADD COLUMN "course_id" uuid REFERENCES "courses"("id") ON DELETE CASCADE,
	ADD CONSTRAINT "files_course_purpose_check" CHECK ("course_id" IS NULL OR "purpose" = 'course_media');
--> statement-breakpoint
CREATE INDEX "idx_files_course" ON "files" USING btree ("course_id") WHERE "course_id" IS NOT NULL;
--> statement-breakpoint

-- Course purchases: a payment names the course it buys. The money record outlives the course.
-- One live (pending or completed) payment per person and course, as per appointment.
ALTER TABLE "transactions" ADD COLUMN "course_id" uuid REFERENCES "courses"("id") ON DELETE SET NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX "uq_transactions_live_course_payment" ON "transactions" USING btree ("user_id", "course_id") WHERE "type" = 'payment' AND "status" IN ('pending', 'completed') AND "course_id" IS NOT NULL;
