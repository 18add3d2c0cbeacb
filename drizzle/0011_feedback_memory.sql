-- Feedback views with several filters count from per-process copies of the survey responses
-- (lib/db/feedback-memory.ts). A copied day is checked against feedback_daily's counts before use;
-- what those counts cannot show (a context rewritten in bulk, a comment erased, a response moved
-- to the party it was merged into) bumps this generation, in the writing transaction, and the
-- copies start over.
CREATE TABLE "feedback_generation" (
	"one" boolean PRIMARY KEY DEFAULT true CHECK ("one"),
	"g" bigint NOT NULL DEFAULT 0
);
--> statement-breakpoint
INSERT INTO "feedback_generation" ("one", "g") VALUES (true, 0);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_feedback_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE feedback_generation SET g = g + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER survey_response_context_rewritten AFTER UPDATE OF tier, country, category, channel, touchpoint,
  late_delivery, complained, repeat_contact, comment, party_id ON survey_response FOR EACH STATEMENT EXECUTE FUNCTION trg_feedback_generation();
--> statement-breakpoint
CREATE TRIGGER feedback_daily_rebuilt AFTER DELETE OR TRUNCATE ON feedback_daily
  FOR EACH STATEMENT EXECUTE FUNCTION trg_feedback_generation();
