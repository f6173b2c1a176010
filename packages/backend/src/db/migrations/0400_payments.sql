-- Payments (issue 6): gateway columns, refund links, one live payment per appointment, idempotency.
ALTER TABLE "transactions"
	ADD COLUMN "appointment_id" uuid REFERENCES "appointments"("id") ON DELETE SET NULL,
	ADD COLUMN "original_transaction_id" uuid REFERENCES "transactions"("id") ON DELETE RESTRICT,
	ADD COLUMN "gateway" varchar(20),
	ADD COLUMN "authority" varchar(64),
	ADD COLUMN "card_pan" varchar(32),
	ADD COLUMN "fee_irr" bigint,
	ADD COLUMN "note" text,
	ADD COLUMN "updated_at" timestamp with time zone DEFAULT now();
--> statement-breakpoint
ALTER TABLE "transactions"
	ADD CONSTRAINT "transactions_refund_link_check" CHECK (("type" = 'refund') = ("original_transaction_id" IS NOT NULL)),
	ADD CONSTRAINT "transactions_fee_check" CHECK ("fee_irr" IS NULL OR "fee_irr" >= 0);
--> statement-breakpoint
CREATE UNIQUE INDEX "uq_transactions_authority" ON "transactions" USING btree ("authority") WHERE "authority" IS NOT NULL;
--> statement-breakpoint
-- Two tabs paying one appointment meet here: one pending or completed payment per appointment.
CREATE UNIQUE INDEX "uq_transactions_live_payment" ON "transactions" USING btree ("appointment_id") WHERE "type" = 'payment' AND "status" IN ('pending', 'completed');
--> statement-breakpoint
CREATE INDEX "idx_transactions_original" ON "transactions" USING btree ("original_transaction_id") WHERE "original_transaction_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "idx_transactions_user_created" ON "transactions" USING btree ("user_id", "created_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX "idx_transactions_pending_created" ON "transactions" USING btree ("created_at") WHERE "status" = 'pending' AND "type" = 'payment';
--> statement-breakpoint
CREATE TABLE "payment_idempotency_keys" (
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"key" varchar(100) NOT NULL,
	"appointment_id" uuid NOT NULL,
	"transaction_id" uuid NOT NULL REFERENCES "transactions"("id") ON DELETE CASCADE,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("user_id", "key")
);
