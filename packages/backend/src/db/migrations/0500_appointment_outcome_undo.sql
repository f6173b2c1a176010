-- Issue 14: who recorded "completed" or "no-show" and when, so it can be undone for a while.
ALTER TABLE "appointments"
	ADD COLUMN "outcome_recorded_at" timestamp with time zone,
	ADD COLUMN "outcome_recorded_by" uuid REFERENCES "users"("id") ON DELETE SET NULL;
