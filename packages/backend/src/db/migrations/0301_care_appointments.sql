-- Care: what an appointment needs beyond the seed's columns (issue 5).
ALTER TABLE "appointments"
	ADD COLUMN "session_type_id" uuid REFERENCES "session_types"("id") ON DELETE SET NULL,
	ADD COLUMN "mode" varchar(20),
	ADD COLUMN "price_irr" bigint DEFAULT 0 NOT NULL,
	ADD COLUMN "hold_expires_at" timestamp with time zone,
	ADD COLUMN "confirmed_at" timestamp with time zone,
	ADD COLUMN "join_url" varchar(500),
	ADD COLUMN "cancel_reason" text,
	ADD COLUMN "cancelled_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	ADD COLUMN "cancelled_by_role" varchar(20),
	ADD COLUMN "cancelled_at" timestamp with time zone,
	ADD COLUMN "refundable" boolean,
	ADD COLUMN "announced_at" timestamp with time zone,
	ADD COLUMN "reminder_job_ids" uuid[] DEFAULT '{}' NOT NULL,
	ADD COLUMN "blocked_from" timestamp with time zone,
	ADD COLUMN "blocked_until" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "appointments"
	ADD CONSTRAINT "appointments_price_check" CHECK ("price_irr" >= 0),
	ADD CONSTRAINT "appointments_mode_check" CHECK ("mode" IN ('video', 'phone', 'in_person', 'text')),
	ADD CONSTRAINT "appointments_cancelled_by_role_check" CHECK ("cancelled_by_role" IN ('patient', 'psychologist', 'admin', 'system'));
--> statement-breakpoint
-- The buffers around a session (blocked_from..blocked_until) must not overlap either, so two
-- concurrent bookings of adjacent slots cannot both squeeze out a psychologist's break. Rows
-- written without buffers fall back to the session itself.
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_no_overlap_buffered"
	EXCLUDE USING gist (
		"psychologist_id" WITH =,
		tstzrange(COALESCE("blocked_from", "scheduled_at"), COALESCE("blocked_until", "ends_at"), '[)') WITH &&
	)
	WHERE ("status" IN ('pending', 'confirmed'));
--> statement-breakpoint
CREATE INDEX "idx_appointments_expiring_holds" ON "appointments" USING btree ("hold_expires_at") WHERE "status" = 'pending';
--> statement-breakpoint
CREATE INDEX "idx_appointments_unannounced" ON "appointments" USING btree ("confirmed_at") WHERE "status" = 'confirmed' AND "announced_at" IS NULL;
--> statement-breakpoint
-- Private and shared notes are both stored as AES-256-GCM ciphertext; key_id names the key.
ALTER TABLE "appointment_notes"
	ADD COLUMN "key_id" varchar(32),
	ADD COLUMN "updated_at" timestamp with time zone DEFAULT now();
