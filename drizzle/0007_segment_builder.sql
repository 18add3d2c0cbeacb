CREATE TABLE "party_facts" (
	"party_id" bigint PRIMARY KEY NOT NULL,
	"kind" "party_kind" NOT NULL,
	"lifecycle" "lifecycle_stage" NOT NULL,
	"tier" "loyalty_tier",
	"country" text,
	"region" text,
	"city" text,
	"time_zone" text,
	"age_band" text,
	"gender" text,
	"income_band" text,
	"language" text,
	"ltv_minor" bigint DEFAULT 0 NOT NULL,
	"order_count" integer DEFAULT 0 NOT NULL,
	"last_order_at" timestamp with time zone,
	"last_interaction_at" timestamp with time zone,
	"latest_nps" smallint,
	"open_cases" integer DEFAULT 0 NOT NULL,
	"complaint_count" integer DEFAULT 0 NOT NULL,
	"recent_complaints" timestamp with time zone[] DEFAULT '{}' NOT NULL,
	"source_classes" smallint DEFAULT 0 NOT NULL,
	"reach" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_change" (
	"segment_id" bigint NOT NULL,
	"party_id" bigint NOT NULL,
	"entered" boolean NOT NULL,
	CONSTRAINT "segment_change_segment_id_party_id_pk" PRIMARY KEY("segment_id","party_id")
);
--> statement-breakpoint
ALTER TABLE "segment_change" ADD CONSTRAINT "segment_change_segment_id_segment_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_party_window_idx" ON "order" USING btree ("party_id","occurred_at") INCLUDE ("status", "total_minor");
--> statement-breakpoint
-- Hand-written from here: party_facts kept by triggers, its bulk rebuild, and the demo's
-- segment definitions moved to the builder's format.

-- Marketing reach of one party: a bit per channel with consent granted and a contact point.
CREATE OR REPLACE FUNCTION party_reach(pid bigint) RETURNS smallint LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(CASE cc.channel WHEN 'email' THEN 1 WHEN 'phone' THEN 2 WHEN 'sms' THEN 4 WHEN 'post' THEN 8 ELSE 16 END), 0)::smallint
    FROM consent_current cc
   WHERE cc.party_id = pid AND cc.purpose = 'marketing' AND cc.status = 'granted'
     AND CASE cc.channel
           WHEN 'email' THEN EXISTS (SELECT 1 FROM email e WHERE e.party_id = pid)
           WHEN 'phone' THEN EXISTS (SELECT 1 FROM phone ph WHERE ph.party_id = pid)
           WHEN 'sms' THEN EXISTS (SELECT 1 FROM phone ph WHERE ph.party_id = pid)
           WHEN 'post' THEN EXISTS (SELECT 1 FROM postal_address a WHERE a.party_id = pid)
           ELSE EXISTS (SELECT 1 FROM user_account ua WHERE ua.party_id = pid AND ua.platform IN ('ios', 'android'))
         END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION party_facts_refresh(pid bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF pid IS NULL THEN RETURN; END IF;
  INSERT INTO party_facts AS f (
    party_id, kind, lifecycle, tier, country, region, city, time_zone, age_band, gender, income_band, language,
    ltv_minor, order_count, last_order_at, last_interaction_at, latest_nps, open_cases, complaint_count, recent_complaints, source_classes, reach)
  SELECT p.id, p.kind, p.lifecycle, m.tier, p.country, p.region, p.city, coalesce(p.time_zone, d.time_zone),
         d.age_band, d.gender, d.income_band, d.language,
         coalesce(s.lifetime_value_minor, 0), coalesce(s.order_count, 0), s.last_order_at, s.last_interaction_at, s.latest_nps,
         coalesce(s.open_cases, 0), coalesce(s.complaint_count, 0), coalesce(s.recent_complaints, '{}'),
         coalesce(s.source_classes, 0), party_reach(p.id)
    FROM party p
    LEFT JOIN party_stats s ON s.party_id = p.id
    LEFT JOIN demographics d ON d.party_id = p.id
    LEFT JOIN loyalty_membership m ON m.party_id = p.id
   WHERE p.id = pid AND p.status = 'active'
  ON CONFLICT (party_id) DO UPDATE SET
    kind = excluded.kind, lifecycle = excluded.lifecycle, tier = excluded.tier, country = excluded.country,
    region = excluded.region, city = excluded.city, time_zone = excluded.time_zone, age_band = excluded.age_band,
    gender = excluded.gender, income_band = excluded.income_band, language = excluded.language,
    ltv_minor = excluded.ltv_minor, order_count = excluded.order_count, last_order_at = excluded.last_order_at,
    last_interaction_at = excluded.last_interaction_at,
    latest_nps = excluded.latest_nps, open_cases = excluded.open_cases, complaint_count = excluded.complaint_count,
    recent_complaints = excluded.recent_complaints, source_classes = excluded.source_classes, reach = excluded.reach
  WHERE (f.*) IS DISTINCT FROM (excluded.*);
  IF NOT FOUND THEN
    -- Merged, erased or gone: no longer anyone's segment member.
    DELETE FROM party_facts WHERE party_id = pid AND NOT EXISTS (SELECT 1 FROM party p WHERE p.id = pid AND p.status = 'active');
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_party_facts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  new_pid bigint;
  old_pid bigint;
BEGIN
  IF TG_TABLE_NAME = 'party' THEN
    IF TG_OP <> 'DELETE' THEN new_pid := NEW.id; END IF;
    IF TG_OP <> 'INSERT' THEN old_pid := OLD.id; END IF;
  ELSE
    IF TG_OP <> 'DELETE' THEN new_pid := NEW.party_id; END IF;
    IF TG_OP <> 'INSERT' THEN old_pid := OLD.party_id; END IF;
  END IF;
  PERFORM party_facts_refresh(new_pid);
  IF old_pid IS DISTINCT FROM new_pid THEN PERFORM party_facts_refresh(old_pid); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER party_facts_party AFTER INSERT OR DELETE OR UPDATE OF kind, status, lifecycle, country, region, city, time_zone ON party FOR EACH ROW EXECUTE FUNCTION trg_party_facts();
--> statement-breakpoint
CREATE TRIGGER party_facts_stats AFTER INSERT OR DELETE OR UPDATE OF lifetime_value_minor, order_count, last_order_at, last_interaction_at, latest_nps, open_cases, complaint_count, recent_complaints, source_classes ON party_stats FOR EACH ROW EXECUTE FUNCTION trg_party_facts();
--> statement-breakpoint
CREATE TRIGGER party_facts_demographics AFTER INSERT OR UPDATE OR DELETE ON demographics FOR EACH ROW EXECUTE FUNCTION trg_party_facts();
--> statement-breakpoint
CREATE TRIGGER party_facts_loyalty AFTER INSERT OR UPDATE OR DELETE ON loyalty_membership FOR EACH ROW EXECUTE FUNCTION trg_party_facts();
--> statement-breakpoint
CREATE TRIGGER party_facts_consent AFTER INSERT OR UPDATE OR DELETE ON consent_current FOR EACH ROW EXECUTE FUNCTION trg_party_facts();
--> statement-breakpoint
CREATE TRIGGER party_facts_email AFTER INSERT OR UPDATE OF party_id OR DELETE ON email FOR EACH ROW EXECUTE FUNCTION trg_party_facts();
--> statement-breakpoint
CREATE TRIGGER party_facts_phone AFTER INSERT OR UPDATE OF party_id OR DELETE ON phone FOR EACH ROW EXECUTE FUNCTION trg_party_facts();
--> statement-breakpoint
CREATE TRIGGER party_facts_postal_address AFTER INSERT OR UPDATE OF party_id OR DELETE ON postal_address FOR EACH ROW EXECUTE FUNCTION trg_party_facts();
--> statement-breakpoint
CREATE TRIGGER party_facts_user_account AFTER INSERT OR UPDATE OF party_id, platform OR DELETE ON user_account FOR EACH ROW EXECUTE FUNCTION trg_party_facts();
--> statement-breakpoint
-- Set-based, for the seed (which loads with triggers off) and for databases migrated with data.
CREATE OR REPLACE FUNCTION party_facts_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE party_facts;
  INSERT INTO party_facts (
    party_id, kind, lifecycle, tier, country, region, city, time_zone, age_band, gender, income_band, language,
    ltv_minor, order_count, last_order_at, last_interaction_at, latest_nps, open_cases, complaint_count, recent_complaints, source_classes, reach)
  SELECT p.id, p.kind, p.lifecycle, m.tier, p.country, p.region, p.city, coalesce(p.time_zone, d.time_zone),
         d.age_band, d.gender, d.income_band, d.language,
         coalesce(s.lifetime_value_minor, 0), coalesce(s.order_count, 0), s.last_order_at, s.last_interaction_at, s.latest_nps,
         coalesce(s.open_cases, 0), coalesce(s.complaint_count, 0), coalesce(s.recent_complaints, '{}'),
         coalesce(s.source_classes, 0), coalesce(r.bits, 0)
    FROM party p
    LEFT JOIN party_stats s ON s.party_id = p.id
    LEFT JOIN demographics d ON d.party_id = p.id
    LEFT JOIN loyalty_membership m ON m.party_id = p.id
    LEFT JOIN (
      -- One semi-join per channel (each a hash join), not an OR of IN lists evaluated row by row.
      SELECT party_id, sum(bit)::smallint AS bits FROM (
        SELECT cc.party_id, 1 AS bit
          FROM consent_current cc
         WHERE cc.purpose = 'marketing' AND cc.status = 'granted' AND cc.channel = 'email'
           AND EXISTS (SELECT 1 FROM email e WHERE e.party_id = cc.party_id)
        UNION ALL
        SELECT cc.party_id, CASE cc.channel WHEN 'phone' THEN 2 ELSE 4 END
          FROM consent_current cc
         WHERE cc.purpose = 'marketing' AND cc.status = 'granted' AND cc.channel IN ('phone', 'sms')
           AND EXISTS (SELECT 1 FROM phone ph WHERE ph.party_id = cc.party_id)
        UNION ALL
        SELECT cc.party_id, 8
          FROM consent_current cc
         WHERE cc.purpose = 'marketing' AND cc.status = 'granted' AND cc.channel = 'post'
           AND EXISTS (SELECT 1 FROM postal_address a WHERE a.party_id = cc.party_id)
        UNION ALL
        SELECT cc.party_id, 16
          FROM consent_current cc
         WHERE cc.purpose = 'marketing' AND cc.status = 'granted' AND cc.channel = 'push'
           AND EXISTS (SELECT 1 FROM user_account ua WHERE ua.party_id = cc.party_id AND ua.platform IN ('ios', 'android'))
      ) b GROUP BY party_id
    ) r ON r.party_id = p.id
   WHERE p.status = 'active';
END $$;
--> statement-breakpoint
SELECT party_facts_rebuild();
--> statement-breakpoint
-- The demo's first segment definitions used a flat format; say the same in the builder's.
CREATE OR REPLACE FUNCTION segment_definition_v1(c jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN c->>'field' = 'stats.lifetime_value' THEN jsonb_build_object('type', 'condition', 'field', 'value.lifetime', 'min', ((c->>'value')::numeric / 100)::float8)
    WHEN c->>'field' = 'stats.latest_nps' THEN jsonb_build_object('type', 'condition', 'field', 'feedback.latest_nps', 'max', (c->>'value')::int)
    WHEN c->>'field' = 'stats.last_order_at' THEN jsonb_build_object('type', 'condition', 'field', 'orders.last', 'when', 'within', 'days', (c->>'value')::int)
    WHEN c->>'field' = 'party.lifecycle' THEN jsonb_build_object('type', 'condition', 'field', 'profile.lifecycle', 'values', jsonb_build_array(c->'value'))
    WHEN c->>'field' = 'consent' THEN jsonb_build_object('type', 'condition', 'field', 'consent.reachable', 'channel', c->'channel', 'purpose', c->'purpose')
    WHEN c->>'field' = 'loyalty.tier' THEN jsonb_build_object('type', 'condition', 'field', 'loyalty.tier', 'values', c->'value')
    WHEN c->>'field' = 'stats.open_cases' THEN jsonb_build_object('type', 'condition', 'field', 'cases.open', 'present', true)
    WHEN c->>'field' = 'stats.complaint_count' THEN jsonb_build_object('type', 'condition', 'field', 'cases.complaints', 'min', (c->>'value')::int)
  END
$$;
--> statement-breakpoint
UPDATE segment SET definition = jsonb_build_object('version', 1, 'root', jsonb_build_object('type', 'group', 'op', 'and', 'children',
  (SELECT jsonb_agg(segment_definition_v1(c)) FROM jsonb_array_elements(definition->'conditions') c)))
 WHERE definition ? 'conditions' AND NOT definition ? 'version';
--> statement-breakpoint
DROP FUNCTION segment_definition_v1(jsonb);
