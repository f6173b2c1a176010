-- Care: psychologist profiles, what they offer, and when they work (issue 5).
CREATE TABLE "psychologist_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"photo_url" varchar(500),
	"bio_fa" text DEFAULT '' NOT NULL,
	"bio_en" text DEFAULT '' NOT NULL,
	"specialties" text[] DEFAULT '{}' NOT NULL,
	"approaches" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{fa}' NOT NULL,
	"gender" varchar(10),
	"years_of_experience" integer DEFAULT 0 NOT NULL,
	"license_number" varchar(50),
	"time_zone" varchar(64) DEFAULT 'Asia/Tehran' NOT NULL,
	"min_notice_minutes" integer DEFAULT 240 NOT NULL,
	"booking_horizon_days" integer DEFAULT 60 NOT NULL,
	"buffer_before_minutes" integer DEFAULT 0 NOT NULL,
	"buffer_after_minutes" integer DEFAULT 10 NOT NULL,
	"slot_step_minutes" integer DEFAULT 30 NOT NULL,
	"block_holidays" boolean DEFAULT true NOT NULL,
	"room_url" varchar(500),
	"is_verified" boolean DEFAULT false NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "psychologist_profiles_gender_check" CHECK ("gender" IN ('female', 'male', 'other')),
	CONSTRAINT "psychologist_profiles_years_check" CHECK ("years_of_experience" BETWEEN 0 AND 70),
	CONSTRAINT "psychologist_profiles_policy_check" CHECK (
		"min_notice_minutes" >= 0 AND "booking_horizon_days" BETWEEN 1 AND 365
		AND "buffer_before_minutes" BETWEEN 0 AND 120 AND "buffer_after_minutes" BETWEEN 0 AND 120
		AND "slot_step_minutes" BETWEEN 5 AND 240
	)
);
--> statement-breakpoint
CREATE INDEX "idx_psychologist_profiles_verified" ON "psychologist_profiles" USING btree ("is_verified", "years_of_experience");
--> statement-breakpoint
CREATE INDEX "idx_psychologist_profiles_specialties" ON "psychologist_profiles" USING gin ("specialties");
--> statement-breakpoint
CREATE TABLE "session_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"psychologist_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"name_fa" varchar(100) NOT NULL,
	"name_en" varchar(100) NOT NULL,
	"duration_minutes" integer NOT NULL,
	"mode" varchar(20) NOT NULL,
	"price_irr" bigint NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_types_mode_check" CHECK ("mode" IN ('video', 'phone', 'in_person', 'text')),
	CONSTRAINT "session_types_duration_check" CHECK ("duration_minutes" BETWEEN 10 AND 240),
	CONSTRAINT "session_types_price_check" CHECK ("price_irr" >= 0)
);
--> statement-breakpoint
CREATE INDEX "idx_session_types_psychologist_id" ON "session_types" USING btree ("psychologist_id", "is_active");
--> statement-breakpoint
-- Weekly hours in the psychologist's own zone; a window never crosses midnight (24:00 ends it).
CREATE TABLE "availability_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"psychologist_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"weekday" smallint NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "availability_rules_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7),
	CONSTRAINT "availability_rules_window_check" CHECK ("end_time" > "start_time")
);
--> statement-breakpoint
CREATE INDEX "idx_availability_rules_psychologist_id" ON "availability_rules" USING btree ("psychologist_id");
--> statement-breakpoint
-- One local date: a day (or hours) off, or extra hours. Without times, `unavailable` is the whole day.
CREATE TABLE "availability_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"psychologist_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"override_date" date NOT NULL,
	"kind" varchar(20) NOT NULL,
	"start_time" time,
	"end_time" time,
	"note" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "availability_overrides_kind_check" CHECK ("kind" IN ('unavailable', 'available')),
	CONSTRAINT "availability_overrides_window_check" CHECK (
		("start_time" IS NULL AND "end_time" IS NULL AND "kind" = 'unavailable')
		OR ("start_time" IS NOT NULL AND "end_time" IS NOT NULL AND "end_time" > "start_time")
	)
);
--> statement-breakpoint
CREATE INDEX "idx_availability_overrides_psychologist_date" ON "availability_overrides" USING btree ("psychologist_id", "override_date");
--> statement-breakpoint
-- Iranian official holidays by Gregorian date (a whole day in Iran); see 0302 for the data.
CREATE TABLE "holidays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"holiday_date" date NOT NULL,
	"solar_hijri_year" integer NOT NULL,
	"name_fa" varchar(200) NOT NULL,
	"name_en" varchar(200) NOT NULL,
	"calendar" varchar(10) NOT NULL,
	"is_estimated" boolean DEFAULT false NOT NULL,
	CONSTRAINT "holidays_calendar_check" CHECK ("calendar" IN ('solar', 'lunar')),
	CONSTRAINT "holidays_date_name_unique" UNIQUE ("holiday_date", "name_en")
);
