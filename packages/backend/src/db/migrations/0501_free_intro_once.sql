-- Issue 14: one free session per patient per psychologist. `free_intro` marks the booking that
-- used it; a cancelled one gives it back. Rows booked before this rule keep only the earliest
-- live free session of each pair marked, so the index below holds on existing data.
ALTER TABLE "appointments" ADD COLUMN "free_intro" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
UPDATE "appointments" SET "free_intro" = true
WHERE "id" IN (
	SELECT DISTINCT ON ("patient_id", "psychologist_id") "id"
	FROM "appointments"
	WHERE "price_irr" = 0 AND "status" <> 'cancelled' AND "patient_id" IS NOT NULL
	ORDER BY "patient_id", "psychologist_id", "scheduled_at", "id"
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_free_intro_check" CHECK (NOT "free_intro" OR "price_irr" = 0);
--> statement-breakpoint
CREATE UNIQUE INDEX "uq_appointments_free_intro" ON "appointments" USING btree ("patient_id", "psychologist_id") WHERE "free_intro" AND "status" <> 'cancelled';
