CREATE TABLE "feedback_daily" (
	"kind" "survey_kind" NOT NULL,
	"dim" text NOT NULL,
	"day" date NOT NULL,
	"val" text NOT NULL,
	"score" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "feedback_daily_kind_dim_day_val_score_pk" PRIMARY KEY("kind","dim","day","val","score") INCLUDE ("n")
);
--> statement-breakpoint
CREATE TABLE "feedback_monthly" (
	"kind" "survey_kind" NOT NULL,
	"dim" text NOT NULL,
	"month" date NOT NULL,
	"val" text NOT NULL,
	"score" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "feedback_monthly_kind_dim_month_val_score_pk" PRIMARY KEY("kind","dim","month","val","score") INCLUDE ("n")
);
--> statement-breakpoint
CREATE TABLE "follow_up_daily" (
	"day" date NOT NULL,
	"measure" text NOT NULL,
	"status" "follow_up_status" NOT NULL,
	"bucket" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "follow_up_daily_day_measure_status_bucket_pk" PRIMARY KEY("day","measure","status","bucket") INCLUDE ("n")
);
--> statement-breakpoint
CREATE TABLE "interaction_daily" (
	"day" date NOT NULL,
	"channel" "interaction_channel" NOT NULL,
	"direction" "direction" NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "interaction_daily_day_channel_direction_pk" PRIMARY KEY("day","channel","direction")
);
--> statement-breakpoint
DROP INDEX "survey_response_kind_at_idx";--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "tier" "loyalty_tier";--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "country" text;--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "late_delivery" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "complained" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "repeat_contact" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "support_case_opened_idx" ON "support_case" USING btree ("occurred_at","kind");--> statement-breakpoint
CREATE INDEX "survey_response_comment_idx" ON "survey_response" USING btree ("kind","occurred_at","id") INCLUDE ("score","channel","party_id","tier","country","touchpoint","category","late_delivery","complained","repeat_contact") WHERE comment is not null;--> statement-breakpoint
CREATE INDEX "survey_response_comment_fts_idx" ON "survey_response" USING gin (to_tsvector('english', coalesce("comment", ''))) WHERE comment is not null;--> statement-breakpoint
CREATE INDEX "survey_response_kind_at_idx" ON "survey_response" USING btree ("kind","occurred_at") INCLUDE ("score","party_id","tier","country","channel","touchpoint","category","late_delivery","complained","repeat_contact");--> statement-breakpoint
-- What was true of a respondent when they answered (see survey_response in the schema). Reads
-- only by party_id prefixes, so it is cheap per row and usable while a bulk load has the
-- secondary indexes dropped.
CREATE OR REPLACE FUNCTION survey_response_context(pid bigint, at timestamptz, oid bigint)
RETURNS TABLE (tier loyalty_tier, country text, category text, late_delivery boolean, complained boolean, repeat_contact boolean)
LANGUAGE sql STABLE AS $$
  SELECT
    coalesce(
      (SELECT e.to_tier FROM loyalty_tier_event e WHERE e.party_id = pid AND e.occurred_at <= at
        ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1),
      (SELECT m.tier FROM loyalty_membership m WHERE m.party_id = pid AND m.joined_at <= at
         AND NOT EXISTS (SELECT 1 FROM loyalty_tier_event e WHERE e.party_id = pid))),
    (SELECT p.country FROM party p WHERE p.id = pid),
    (SELECT pr.category FROM order_item i JOIN product pr ON pr.id = i.product_id
      WHERE oid IS NOT NULL AND i.party_id = pid AND i.order_id = oid ORDER BY i.id LIMIT 1),
    EXISTS (SELECT 1 FROM "order" o WHERE o.party_id = pid AND o.status <> 'cancelled'
      AND o.promised_by > at - interval '90 days' AND o.promised_by <= at
      AND coalesce(o.delivered_at, 'infinity'::timestamptz) > o.promised_by),
    EXISTS (SELECT 1 FROM support_case c WHERE c.party_id = pid AND c.kind = 'complaint'
      AND c.occurred_at > at - interval '90 days' AND c.occurred_at <= at),
    (SELECT count(*) FROM (SELECT 1 FROM interaction i WHERE i.party_id = pid AND i.direction = 'inbound'
      AND i.occurred_at > at - interval '30 days' AND i.occurred_at <= at LIMIT 2) x) >= 2
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_survey_response_context() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c.tier, c.country, c.category, c.late_delivery, c.complained, c.repeat_contact
    INTO NEW.tier, NEW.country, NEW.category, NEW.late_delivery, NEW.complained, NEW.repeat_contact
    FROM survey_response_context(NEW.party_id, NEW.occurred_at, NEW.order_id) c;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER survey_response_context BEFORE INSERT ON survey_response FOR EACH ROW EXECUTE FUNCTION trg_survey_response_context();
--> statement-breakpoint
-- Bulk loads insert with triggers off; this writes the context the trigger would have.
CREATE OR REPLACE FUNCTION survey_response_context_fill() RETURNS void LANGUAGE sql AS $$
  UPDATE survey_response r
     SET (tier, country, category, late_delivery, complained, repeat_contact) =
         (SELECT c.tier, c.country, c.category, c.late_delivery, c.complained, c.repeat_contact
            FROM survey_response_context(r.party_id, r.occurred_at, r.order_id) c)
$$;
--> statement-breakpoint
-- The dimension rows one response counts in: every response in 'all' and in one value of each
-- dimension, and in each experience it had.
CREATE OR REPLACE FUNCTION feedback_dims(tier loyalty_tier, country text, category text, channel interaction_channel,
  touchpoint text, late_delivery boolean, complained boolean, repeat_contact boolean)
RETURNS TABLE (dim text, val text) LANGUAGE sql IMMUTABLE AS $$
  SELECT d.dim, d.val FROM (VALUES
    ('all', '', true),
    ('tier', coalesce(tier::text, ''), true),
    ('country', coalesce(country, ''), true),
    ('channel', channel::text, true),
    ('touchpoint', touchpoint, true),
    ('category', coalesce(category, ''), true),
    ('experience', 'late_delivery', late_delivery),
    ('experience', 'complaint', complained),
    ('experience', 'repeat_contact', repeat_contact)
  ) d(dim, val, counts) WHERE d.counts
$$;
--> statement-breakpoint
-- Every rollup row one response counts in: its dimension rows, and one row per segment the
-- respondent is in now (so the triggers below and the rebuild say it once).
CREATE OR REPLACE FUNCTION feedback_rows(pid bigint, tier loyalty_tier, country text, category text, channel interaction_channel,
  touchpoint text, late_delivery boolean, complained boolean, repeat_contact boolean)
RETURNS TABLE (dim text, val text) LANGUAGE sql STABLE AS $$
  SELECT d.dim, d.val FROM feedback_dims(tier, country, category, channel, touchpoint, late_delivery, complained, repeat_contact) d
  UNION ALL
  SELECT 'segment', m.segment_id::text FROM segment_membership m WHERE m.party_id = pid
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_feedback_daily() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- One upsert per statement: a bulk insert touches each rollup row once, in key order, so
  -- concurrent writers lock rows in the same order. Each branch names only the transition tables
  -- its event has.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO feedback_daily AS f (kind, dim, day, val, score, n)
    SELECT r.kind, d.dim, (r.occurred_at AT TIME ZONE 'UTC')::date, d.val, r.score, count(*)::int
      FROM new_rows r CROSS JOIN LATERAL feedback_rows(r.party_id, r.tier, r.country, r.category, r.channel, r.touchpoint,
        r.late_delivery, r.complained, r.repeat_contact) d
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (kind, dim, day, val, score) DO UPDATE SET n = f.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE feedback_daily f SET n = f.n - x.n FROM (
      SELECT r.kind, d.dim, (r.occurred_at AT TIME ZONE 'UTC')::date AS day, d.val, r.score, count(*)::int AS n
        FROM old_rows r CROSS JOIN LATERAL feedback_rows(r.party_id, r.tier, r.country, r.category, r.channel, r.touchpoint,
          r.late_delivery, r.complained, r.repeat_contact) d
       GROUP BY 1, 2, 3, 4, 5
    ) x WHERE f.kind = x.kind AND f.dim = x.dim AND f.day = x.day AND f.val = x.val AND f.score = x.score;
  ELSE
    INSERT INTO feedback_daily AS f (kind, dim, day, val, score, n)
    SELECT r.kind, d.dim, (r.occurred_at AT TIME ZONE 'UTC')::date, d.val, r.score, sum(r.sign)::int
      FROM (SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o) r
      CROSS JOIN LATERAL feedback_rows(r.party_id, r.tier, r.country, r.category, r.channel, r.touchpoint,
        r.late_delivery, r.complained, r.repeat_contact) d
     GROUP BY 1, 2, 3, 4, 5 HAVING sum(r.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (kind, dim, day, val, score) DO UPDATE SET n = f.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER survey_response_daily_insert AFTER INSERT ON survey_response
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_feedback_daily();
--> statement-breakpoint
CREATE TRIGGER survey_response_daily_update AFTER UPDATE ON survey_response
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_feedback_daily();
--> statement-breakpoint
CREATE TRIGGER survey_response_daily_delete AFTER DELETE ON survey_response
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_feedback_daily();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_interaction_daily() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its event has.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO interaction_daily AS f (day, channel, direction, n)
    SELECT (r.occurred_at AT TIME ZONE 'UTC')::date, r.channel, r.direction, count(*)::int
      FROM new_rows r GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, channel, direction) DO UPDATE SET n = f.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE interaction_daily f SET n = f.n - x.n FROM (
      SELECT (r.occurred_at AT TIME ZONE 'UTC')::date AS day, r.channel, r.direction, count(*)::int AS n
        FROM old_rows r GROUP BY 1, 2, 3
    ) x WHERE f.day = x.day AND f.channel = x.channel AND f.direction = x.direction;
  ELSE
    INSERT INTO interaction_daily AS f (day, channel, direction, n)
    SELECT (r.occurred_at AT TIME ZONE 'UTC')::date, r.channel, r.direction, sum(r.sign)::int
      FROM (SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o) r
     GROUP BY 1, 2, 3 HAVING sum(r.sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (day, channel, direction) DO UPDATE SET n = f.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER interaction_daily_insert AFTER INSERT ON interaction
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_interaction_daily();
--> statement-breakpoint
CREATE TRIGGER interaction_daily_update AFTER UPDATE ON interaction
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_interaction_daily();
--> statement-breakpoint
CREATE TRIGGER interaction_daily_delete AFTER DELETE ON interaction
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_interaction_daily();
--> statement-breakpoint
-- feedback_monthly follows feedback_daily row by row: each change to a day's count moves its month's.
CREATE OR REPLACE FUNCTION trg_feedback_monthly() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
  delta integer;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; delta := -OLD.n;
  ELSIF TG_OP = 'UPDATE' THEN r := NEW; delta := NEW.n - OLD.n;
  ELSE r := NEW; delta := NEW.n;
  END IF;
  IF delta <> 0 THEN
    INSERT INTO feedback_monthly AS f (kind, dim, month, val, score, n)
    VALUES (r.kind, r.dim, date_trunc('month', r.day)::date, r.val, r.score, delta)
    ON CONFLICT (kind, dim, month, val, score) DO UPDATE SET n = f.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER feedback_daily_monthly AFTER INSERT OR UPDATE OR DELETE ON feedback_daily
  FOR EACH ROW EXECUTE FUNCTION trg_feedback_monthly();
--> statement-breakpoint
-- A segment's rows follow its members: a party joining brings all its responses, leaving takes them.
CREATE OR REPLACE FUNCTION trg_segment_membership_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO feedback_daily AS f (kind, dim, day, val, score, n)
    SELECT r.kind, 'segment', (r.occurred_at AT TIME ZONE 'UTC')::date, m.segment_id::text, r.score, count(*)::int
      FROM new_rows m JOIN survey_response r ON r.party_id = m.party_id
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (kind, dim, day, val, score) DO UPDATE SET n = f.n + excluded.n;
  ELSE
    UPDATE feedback_daily f SET n = f.n - x.n FROM (
      SELECT r.kind, (r.occurred_at AT TIME ZONE 'UTC')::date AS day, m.segment_id::text AS val, r.score, count(*)::int AS n
        FROM old_rows m JOIN survey_response r ON r.party_id = m.party_id
       GROUP BY 1, 2, 3, 4
    ) x WHERE f.kind = x.kind AND f.dim = 'segment' AND f.day = x.day AND f.val = x.val AND f.score = x.score;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER segment_membership_feedback_insert AFTER INSERT ON segment_membership
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_segment_membership_feedback();
--> statement-breakpoint
CREATE TRIGGER segment_membership_feedback_delete AFTER DELETE ON segment_membership
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_segment_membership_feedback();
--> statement-breakpoint
-- The first hour of the bucket a duration falls in: whole hours under two days, whole days under 30
-- days, whole weeks beyond (follow_up_daily in the schema).
CREATE OR REPLACE FUNCTION follow_up_bucket(since timestamptz, at timestamptz) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN h < 48 THEN h WHEN h < 720 THEN 48 + 24 * ((h - 48) / 24) ELSE 720 + 168 * ((h - 720) / 168) END
    FROM (SELECT greatest(0, floor(extract(epoch FROM at - since) / 3600))::int AS h) x
$$;
--> statement-breakpoint
-- The rollup rows of one follow-up: its status, and how long claiming and closing took once they have.
CREATE OR REPLACE FUNCTION follow_up_measures(status follow_up_status, occurred_at timestamptz, claimed_at timestamptz, closed_at timestamptz)
RETURNS TABLE (measure text, bucket integer) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'status', -1
  UNION ALL SELECT 'claim', follow_up_bucket(occurred_at, claimed_at) WHERE claimed_at IS NOT NULL
  UNION ALL SELECT 'close', follow_up_bucket(occurred_at, closed_at) WHERE status = 'closed' AND closed_at IS NOT NULL
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_follow_up_daily() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO follow_up_daily AS f (day, measure, status, bucket, n)
    SELECT (r.occurred_at AT TIME ZONE 'UTC')::date, m.measure, r.status, m.bucket, count(*)::int
      FROM new_rows r CROSS JOIN LATERAL follow_up_measures(r.status, r.occurred_at, r.claimed_at, r.closed_at) m
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, measure, status, bucket) DO UPDATE SET n = f.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE follow_up_daily f SET n = f.n - x.n FROM (
      SELECT (r.occurred_at AT TIME ZONE 'UTC')::date AS day, m.measure, r.status, m.bucket, count(*)::int AS n
        FROM old_rows r CROSS JOIN LATERAL follow_up_measures(r.status, r.occurred_at, r.claimed_at, r.closed_at) m
       GROUP BY 1, 2, 3, 4
    ) x WHERE f.day = x.day AND f.measure = x.measure AND f.status = x.status AND f.bucket = x.bucket;
  ELSE
    INSERT INTO follow_up_daily AS f (day, measure, status, bucket, n)
    SELECT (r.occurred_at AT TIME ZONE 'UTC')::date, m.measure, r.status, m.bucket, sum(r.sign)::int
      FROM (SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o) r
      CROSS JOIN LATERAL follow_up_measures(r.status, r.occurred_at, r.claimed_at, r.closed_at) m
     GROUP BY 1, 2, 3, 4 HAVING sum(r.sign) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, measure, status, bucket) DO UPDATE SET n = f.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER detractor_follow_up_daily_insert AFTER INSERT ON detractor_follow_up
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_follow_up_daily();
--> statement-breakpoint
CREATE TRIGGER detractor_follow_up_daily_update AFTER UPDATE ON detractor_follow_up
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_follow_up_daily();
--> statement-breakpoint
CREATE TRIGGER detractor_follow_up_daily_delete AFTER DELETE ON detractor_follow_up
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION trg_follow_up_daily();
--> statement-breakpoint
-- After a bulk load (triggers off): the context of every response, then both rollups from scratch.
CREATE OR REPLACE FUNCTION feedback_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM survey_response_context_fill();
  DELETE FROM feedback_daily;
  INSERT INTO feedback_daily (kind, dim, day, val, score, n)
  SELECT r.kind, d.dim, (r.occurred_at AT TIME ZONE 'UTC')::date, d.val, r.score, count(*)::int
    FROM survey_response r CROSS JOIN LATERAL feedback_rows(r.party_id, r.tier, r.country, r.category, r.channel, r.touchpoint,
      r.late_delivery, r.complained, r.repeat_contact) d
   GROUP BY 1, 2, 3, 4, 5;
  -- (Bulk loads run with triggers off: the months are summed here too.)
  DELETE FROM feedback_monthly;
  INSERT INTO feedback_monthly (kind, dim, month, val, score, n)
  SELECT kind, dim, date_trunc('month', day)::date, val, score, sum(n)::int FROM feedback_daily GROUP BY 1, 2, 3, 4, 5;
  DELETE FROM interaction_daily;
  INSERT INTO interaction_daily (day, channel, direction, n)
  SELECT (occurred_at AT TIME ZONE 'UTC')::date, channel, direction, count(*)::int FROM interaction GROUP BY 1, 2, 3;
  DELETE FROM follow_up_daily;
  INSERT INTO follow_up_daily (day, measure, status, bucket, n)
  SELECT (r.occurred_at AT TIME ZONE 'UTC')::date, m.measure, r.status, m.bucket, count(*)::int
    FROM detractor_follow_up r CROSS JOIN LATERAL follow_up_measures(r.status, r.occurred_at, r.claimed_at, r.closed_at) m
   GROUP BY 1, 2, 3, 4;
END $$;
--> statement-breakpoint
-- party_stats only cares about these columns; without the list, filling the context above would
-- refresh every respondent's stats once per response.
DROP TRIGGER survey_response_party_stats ON survey_response;
--> statement-breakpoint
CREATE TRIGGER survey_response_party_stats AFTER INSERT OR DELETE OR UPDATE OF party_id, kind, score, occurred_at
  ON survey_response FOR EACH ROW EXECUTE FUNCTION trg_party_stats();
--> statement-breakpoint
SELECT feedback_rollups_rebuild();
