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

-- The list walks users newest first straight from an index and stops at a page, instead of
-- sorting every match: a common name ("محمد") matches a tenth of 100,000 people. The keyset
-- cursor carries milliseconds, so creation times are kept to milliseconds, whoever writes them
-- (a trigger, not only a default: imports and seeds set their own), and the raw column orders
-- exactly as the cursor compares.
CREATE FUNCTION "users_created_at_ms"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.created_at := date_trunc('milliseconds', NEW.created_at);
	RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "users_created_at_ms" BEFORE INSERT OR UPDATE OF "created_at" ON "users"
	FOR EACH ROW EXECUTE FUNCTION "users_created_at_ms"();
--> statement-breakpoint
UPDATE "users" SET "created_at" = "created_at" WHERE "created_at" <> date_trunc('milliseconds', "created_at");
--> statement-breakpoint
CREATE INDEX "idx_users_newest" ON "users" USING btree ("created_at" DESC, "id" DESC);
--> statement-breakpoint

-- A person's audit trail: what was done to them (resource_id) as well as by them (user_id).
CREATE INDEX "idx_audit_logs_resource_id" ON "audit_logs" USING btree ("resource_id", "created_at");
