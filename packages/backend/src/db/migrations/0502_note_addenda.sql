-- Issue 14: a note is amended by addenda, never rewritten. Each addendum is sealed like its
-- note (AES-256-GCM, its own id as associated data) and re-sealed by key rotation.
CREATE TABLE "appointment_note_addenda" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL REFERENCES "appointment_notes"("id") ON DELETE CASCADE,
	"author_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"content" text NOT NULL,
	"key_id" varchar(32),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_appointment_note_addenda_note" ON "appointment_note_addenda" USING btree ("note_id", "created_at", "id");
