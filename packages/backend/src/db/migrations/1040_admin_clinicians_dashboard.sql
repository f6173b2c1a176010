-- Issue 20, clinicians: the outcome of the last verification review, kept beside the flag. A
-- rejection keeps its reason (shown to the psychologist in their practice profile and sent to
-- them) until the next review; `is_listed` lets verifiers take a verified profile out of the
-- directory without withdrawing the verification.
ALTER TABLE "psychologist_profiles"
	ADD COLUMN "rejection_reason" text,
	ADD COLUMN "reviewed_at" timestamp with time zone,
	ADD COLUMN "reviewed_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	ADD COLUMN "is_listed" boolean DEFAULT true NOT NULL,
	ADD CONSTRAINT "psychologist_profiles_rejection_check" CHECK (NOT ("is_verified" AND "rejection_reason" IS NOT NULL));
--> statement-breakpoint
-- The dashboard (issue 20) reads weeks of appointments, payments, sign-ups and failed deliveries
-- by time range; these let each weekly count read a narrow index range instead of the table.
-- Appointments by start, with what the counts look at (index-only scans on PostgreSQL).
CREATE INDEX "idx_appointments_week_figures" ON "appointments" USING btree ("scheduled_at") INCLUDE ("status", "patient_id", "confirmed_at", "cancelled_at");
--> statement-breakpoint
-- Money by the time it settled: payments and refunds completed.
CREATE INDEX "idx_transactions_completed_at" ON "transactions" USING btree ("completed_at") INCLUDE ("type", "status", "amount") WHERE "completed_at" IS NOT NULL;
--> statement-breakpoint
-- Sign-ups by week; the old idx_users_created_at lacks the type the count splits on.
CREATE INDEX "idx_users_created_type" ON "users" USING btree ("created_at") INCLUDE ("type");
--> statement-breakpoint
-- Failed deliveries are few among millions: a partial index keeps their count cheap.
CREATE INDEX "idx_notification_deliveries_failed" ON "notification_deliveries" USING btree ("created_at") WHERE "status" = 'failed';
