CREATE TYPE "public"."attendee_list_visibility" AS ENUM('staff_only', 'confirmed_attendees', 'public_consented');--> statement-breakpoint
CREATE TYPE "public"."gathering_kind" AS ENUM('retreat', 'conference', 'workshop', 'online_meeting');--> statement-breakpoint
CREATE TYPE "public"."gathering_status" AS ENUM('draft', 'inviting', 'confirmed', 'held', 'archived');--> statement-breakpoint
CREATE TYPE "public"."invitation_state" AS ENUM('listed', 'invited', 'accepted', 'maybe', 'declined', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."gathering_outcome_kind" AS ENUM('project', 'tie');--> statement-breakpoint
CREATE TABLE "gathering_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gathering_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"room" text DEFAULT '' NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interpretation" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gathering_attendance" (
	"gathering_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"checked_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_by" uuid,
	CONSTRAINT "gathering_attendance_gathering_id_person_id_pk" PRIMARY KEY("gathering_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "gathering_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"gathering_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "gatherings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" "gathering_kind" NOT NULL,
	"program_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"venue_id" uuid,
	"online_url" text,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"capacity" integer,
	"description" text DEFAULT '' NOT NULL,
	"status" "gathering_status" DEFAULT 'draft' NOT NULL,
	"attendee_list" "attendee_list_visibility" DEFAULT 'staff_only' NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"sides" jsonb,
	"no_record_check_in" boolean DEFAULT false NOT NULL,
	"anonymous_check_ins" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gathering_logistics" (
	"invitation_id" uuid PRIMARY KEY NOT NULL,
	"sealed" "bytea" NOT NULL,
	"needs_visa_letter" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gathering_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gathering_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"state" "invitation_state" DEFAULT 'listed' NOT NULL,
	"waitlisted_at" timestamp with time zone,
	"list_consent" boolean DEFAULT false NOT NULL,
	"answer_token_hash" text,
	"answer_token_expires_at" timestamp with time zone,
	"invited_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gathering_invitations_once" UNIQUE("gathering_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "gathering_outcome_people" (
	"outcome_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "gathering_outcome_people_outcome_id_person_id_pk" PRIMARY KEY("outcome_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "gathering_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gathering_id" uuid NOT NULL,
	"kind" "gathering_outcome_kind" NOT NULL,
	"project_id" uuid,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gathering_session_facilitators" (
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "gathering_session_facilitators_session_id_person_id_pk" PRIMARY KEY("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"country" text NOT NULL,
	"travel_notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "venue_id" uuid;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "country" text;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "site_banner" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "gathering_sessions" ADD CONSTRAINT "gathering_sessions_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gatherings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_attendance" ADD CONSTRAINT "gathering_attendance_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gatherings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_attendance" ADD CONSTRAINT "gathering_attendance_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_notes" ADD CONSTRAINT "gathering_notes_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gatherings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gatherings" ADD CONSTRAINT "gatherings_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gatherings" ADD CONSTRAINT "gatherings_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_logistics" ADD CONSTRAINT "gathering_logistics_invitation_id_gathering_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."gathering_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_invitations" ADD CONSTRAINT "gathering_invitations_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gatherings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_invitations" ADD CONSTRAINT "gathering_invitations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_outcome_people" ADD CONSTRAINT "gathering_outcome_people_outcome_id_gathering_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."gathering_outcomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_outcome_people" ADD CONSTRAINT "gathering_outcome_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_outcomes" ADD CONSTRAINT "gathering_outcomes_gathering_id_gatherings_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gatherings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_outcomes" ADD CONSTRAINT "gathering_outcomes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_session_facilitators" ADD CONSTRAINT "gathering_session_facilitators_session_id_gathering_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."gathering_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_session_facilitators" ADD CONSTRAINT "gathering_session_facilitators_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gathering_sessions_gathering_idx" ON "gathering_sessions" USING btree ("gathering_id","starts_at");--> statement-breakpoint
CREATE INDEX "gatherings_starts_idx" ON "gatherings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "gathering_invitations_token_idx" ON "gathering_invitations" USING btree ("answer_token_hash");--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;