ALTER TABLE "party_facts" ADD COLUMN "recent_orders" timestamp with time zone[];--> statement-breakpoint
-- Hand-written from here. The segment engine (lib/db/segment-engine) keeps party_facts in each
-- server's memory for live counts; it reads the rows changed since it last looked from
-- party_facts_log, and reloads everything when a rebuild bumps party_facts_generation.

-- The four latest non-cancelled orders: enough to count orders in any window exactly for anyone
-- with fewer than four in it, and to know "at least four" for the rest.
CREATE OR REPLACE FUNCTION party_recent_orders(pid bigint) RETURNS timestamptz[] LANGUAGE sql STABLE AS $$
  SELECT nullif(array(SELECT o.occurred_at FROM "order" o WHERE o.party_id = pid AND o.status <> 'cancelled'
                       ORDER BY o.occurred_at DESC LIMIT 4), '{}')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_party_facts_orders() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pid bigint;
BEGIN
  FOREACH pid IN ARRAY ARRAY[CASE WHEN TG_OP <> 'DELETE' THEN NEW.party_id END, CASE WHEN TG_OP <> 'INSERT' THEN OLD.party_id END] LOOP
    CONTINUE WHEN pid IS NULL;
    UPDATE party_facts f SET recent_orders = r.recent
      FROM (SELECT party_recent_orders(pid) AS recent) r
     WHERE f.party_id = pid AND f.recent_orders IS DISTINCT FROM r.recent;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER party_facts_orders AFTER INSERT OR DELETE OR UPDATE OF status, occurred_at, party_id ON "order" FOR EACH ROW EXECUTE FUNCTION trg_party_facts_orders();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION party_facts_refresh(pid bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF pid IS NULL THEN RETURN; END IF;
  INSERT INTO party_facts AS f (
    party_id, kind, lifecycle, tier, country, region, city, time_zone, age_band, gender, income_band, language,
    ltv_minor, order_count, last_order_at, recent_orders, last_interaction_at, latest_nps, open_cases, complaint_count,
    recent_complaints, source_classes, reach)
  SELECT p.id, p.kind, p.lifecycle, m.tier, p.country, p.region, p.city, coalesce(p.time_zone, d.time_zone),
         d.age_band, d.gender, d.income_band, d.language,
         coalesce(s.lifetime_value_minor, 0), coalesce(s.order_count, 0), s.last_order_at, party_recent_orders(p.id),
         s.last_interaction_at, s.latest_nps, coalesce(s.open_cases, 0), coalesce(s.complaint_count, 0),
         coalesce(s.recent_complaints, '{}'), coalesce(s.source_classes, 0), party_reach(p.id)
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
    recent_orders = excluded.recent_orders, last_interaction_at = excluded.last_interaction_at,
    latest_nps = excluded.latest_nps, open_cases = excluded.open_cases, complaint_count = excluded.complaint_count,
    recent_complaints = excluded.recent_complaints, source_classes = excluded.source_classes, reach = excluded.reach
  WHERE (f.*) IS DISTINCT FROM (excluded.*);
  IF NOT FOUND THEN
    -- Merged, erased or gone: no longer anyone's segment member.
    DELETE FROM party_facts WHERE party_id = pid AND NOT EXISTS (SELECT 1 FROM party p WHERE p.id = pid AND p.status = 'active');
  END IF;
END $$;
--> statement-breakpoint
UPDATE party_facts f SET recent_orders = r.recent
  FROM (SELECT party_id, array_agg(occurred_at ORDER BY occurred_at DESC) AS recent
          FROM (SELECT party_id, occurred_at, row_number() OVER (PARTITION BY party_id ORDER BY occurred_at DESC) AS n
                  FROM "order" WHERE status <> 'cancelled') o
         WHERE n <= 4 GROUP BY party_id) r
 WHERE f.party_id = r.party_id;
--> statement-breakpoint
-- Which parties' facts changed, by the transaction that changed them. A reader that remembers the
-- oldest transaction still running when it last looked (pg_snapshot_xmin) misses nothing by
-- reading from there. Rows older than an hour are pruned; a reader that has not looked for that
-- long reloads instead.
CREATE TABLE party_facts_log (
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  party_id bigint NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX party_facts_log_xid_idx ON party_facts_log (xid);
--> statement-breakpoint
CREATE SEQUENCE party_facts_generation;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_party_facts_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO party_facts_log (party_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.party_id ELSE NEW.party_id END);
  -- About every thousandth change drops what is over an hour old, so the log stays about an
  -- hour of changes long even when no server is reading it.
  IF random() < 0.001 THEN
    DELETE FROM party_facts_log WHERE at < now() - interval '1 hour';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER party_facts_log AFTER INSERT OR UPDATE OR DELETE ON party_facts FOR EACH ROW EXECUTE FUNCTION trg_party_facts_log();
--> statement-breakpoint
-- Set-based, for the seed (which loads with triggers off) and for databases migrated with data.
-- Every engine reloads after it: the generation moves on and the log starts empty.
CREATE OR REPLACE FUNCTION party_facts_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE party_facts;
  INSERT INTO party_facts (
    party_id, kind, lifecycle, tier, country, region, city, time_zone, age_band, gender, income_band, language,
    ltv_minor, order_count, last_order_at, recent_orders, last_interaction_at, latest_nps, open_cases, complaint_count,
    recent_complaints, source_classes, reach)
  SELECT p.id, p.kind, p.lifecycle, m.tier, p.country, p.region, p.city, coalesce(p.time_zone, d.time_zone),
         d.age_band, d.gender, d.income_band, d.language,
         coalesce(s.lifetime_value_minor, 0), coalesce(s.order_count, 0), s.last_order_at, ro.recent,
         s.last_interaction_at, s.latest_nps, coalesce(s.open_cases, 0), coalesce(s.complaint_count, 0),
         coalesce(s.recent_complaints, '{}'), coalesce(s.source_classes, 0), coalesce(r.bits, 0)
    FROM party p
    LEFT JOIN party_stats s ON s.party_id = p.id
    LEFT JOIN demographics d ON d.party_id = p.id
    LEFT JOIN loyalty_membership m ON m.party_id = p.id
    LEFT JOIN (
      SELECT party_id, array_agg(occurred_at ORDER BY occurred_at DESC) AS recent
        FROM (SELECT party_id, occurred_at, row_number() OVER (PARTITION BY party_id ORDER BY occurred_at DESC) AS n
                FROM "order" WHERE status <> 'cancelled') o
       WHERE n <= 4 GROUP BY party_id
    ) ro ON ro.party_id = p.id
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
  TRUNCATE party_facts_log;
  PERFORM nextval('party_facts_generation');
END $$;
