-- Issue 15: the payer is told a payment or refund settled after its transaction commits. When
-- that notice was queued is recorded here, so the payments reconciler queues the ones a crash
-- or a failed queue left untold (the notice's event key makes a repeat tell nobody twice).
ALTER TABLE "transactions" ADD COLUMN "notice_queued_at" timestamp with time zone;
--> statement-breakpoint
-- Money that moved before this migration is not announced again.
UPDATE "transactions" SET "notice_queued_at" = "completed_at" WHERE "completed_at" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "idx_transactions_untold" ON "transactions" USING btree ("completed_at") WHERE "completed_at" IS NOT NULL AND "notice_queued_at" IS NULL;
