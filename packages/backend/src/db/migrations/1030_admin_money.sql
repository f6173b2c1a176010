-- The admin's appointments and money (issue 20): indexes that keep the global lists and their
-- CSV exports keyset-fast on 300,000 rows each, newest first, with or without their filters,
-- and the reconciliation state of pending payments (how often and when verify was last asked,
-- what the gateway said), which until now lived only in the logs.
ALTER TABLE "transactions"
	ADD COLUMN "verify_attempts" integer DEFAULT 0 NOT NULL,
	ADD COLUMN "last_verify_at" timestamp with time zone,
	ADD COLUMN "last_verify_result" varchar(40);
--> statement-breakpoint
CREATE INDEX "idx_appointments_scheduled_id" ON "appointments" USING btree ("scheduled_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_appointments_psychologist_scheduled" ON "appointments" USING btree ("psychologist_id", "scheduled_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_appointments_status_scheduled" ON "appointments" USING btree ("status", "scheduled_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_transactions_created_id" ON "transactions" USING btree ("created_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_transactions_status_created" ON "transactions" USING btree ("status", "created_at" DESC, "id" DESC);
--> statement-breakpoint
-- A bank's reference id typed from a statement finds its payment at once (authority has its own).
CREATE INDEX "idx_transactions_gateway_reference" ON "transactions" USING btree ("gateway_reference") WHERE "gateway_reference" IS NOT NULL;
