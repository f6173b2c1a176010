-- The admin's people search (issue 20): by name, phone or email, fast on 100,000 users.
-- Trigram indexes answer `LIKE '%part%'` from the index, wherever the part sits in the value.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint

-- A person's names folded the way the courses catalogue folds its text (course_search_key,
-- migration 0800: ي/ی, ك/ک, ZWNJ, spaces and digit forms do not matter), so a query folded with
-- the same function meets "علی‌رضا", "علي رضا" and "علیرضا" alike.
ALTER TABLE "users" ADD COLUMN "search_key" text GENERATED ALWAYS AS (course_search_key(
	coalesce("profile"->>'firstName', '') || coalesce("profile"->>'lastName', '') || ' ' ||
	coalesce("profile"->>'firstNameEn', '') || coalesce("profile"->>'lastNameEn', ''))) STORED;
--> statement-breakpoint
CREATE INDEX "idx_users_search_key_trgm" ON "users" USING gin ("search_key" gin_trgm_ops);
--> statement-breakpoint

-- Phones are stored E.164 (+98912…), emails lower-cased; searches normalise to that form.
CREATE INDEX "idx_user_identifiers_value_trgm" ON "user_identifiers" USING gin ("value" gin_trgm_ops);
--> statement-breakpoint

-- A person's audit trail: what was done to them (resource_id) as well as by them (user_id).
CREATE INDEX "idx_audit_logs_resource_id" ON "audit_logs" USING btree ("resource_id", "created_at");
