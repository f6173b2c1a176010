-- Issue 3: one-time codes, staff second factor. Session, user and RBAC tables are in 0001.

-- One row per code sent. Only an HMAC of the code is kept; the newest row for an identifier and
-- purpose is the only one that can be used, and `attempts` caps guesses per code.
CREATE TABLE "otp_challenges" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "identifier_type" varchar(20) NOT NULL,
  "identifier" varchar(255) NOT NULL,
  "purpose" varchar(30) NOT NULL,
  "user_id" uuid REFERENCES "users"("id") ON DELETE CASCADE,
  "code_hash" varchar(64) NOT NULL,
  "attempts" integer DEFAULT 0 NOT NULL,
  "expires_at" timestamp with time zone NOT NULL,
  "consumed_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "created_ip" inet,
  CONSTRAINT "otp_challenges_identifier_type_check" CHECK ("identifier_type" IN ('email', 'phone')),
  CONSTRAINT "otp_challenges_purpose_check" CHECK ("purpose" IN ('sign-in', 'add-identifier'))
);
--> statement-breakpoint
CREATE INDEX "idx_otp_challenges_lookup" ON "otp_challenges" USING btree ("identifier", "purpose", "created_at");
--> statement-breakpoint
CREATE INDEX "idx_otp_challenges_expires_at" ON "otp_challenges" USING btree ("expires_at");
--> statement-breakpoint
-- Staff second factor. The TOTP secret is AES-256-GCM ciphertext; `totp_last_counter` is the
-- time step of the last accepted code, so a code cannot be replayed.
CREATE TABLE "user_mfa" (
  "user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  "totp_secret_encrypted" text,
  "totp_enabled_at" timestamp with time zone,
  "totp_last_counter" integer,
  "totp_required" boolean DEFAULT false NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_recovery_codes" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  "code_hash" varchar(64) NOT NULL,
  "used_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_user_recovery_codes_user_id" ON "user_recovery_codes" USING btree ("user_id");
--> statement-breakpoint
-- Keyset paging of the admin user list.
CREATE INDEX "idx_users_created_at_id" ON "users" USING btree ("created_at", "id");
