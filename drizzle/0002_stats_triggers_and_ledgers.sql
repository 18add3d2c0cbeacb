-- Per-party stats are recomputed for the one party a write touches (an indexed read of that
-- party's rows), so every path that writes (actions, API ingest, imports) keeps them right.
-- Bulk seeding switches triggers off (session_replication_role = replica) and then calls
-- party_stats_rebuild() once, set-based.

CREATE OR REPLACE FUNCTION party_stats_touch(pid bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO party_stats (party_id) VALUES (pid) ON CONFLICT (party_id) DO NOTHING;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION party_stats_refresh_orders(pid bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM party_stats_touch(pid);
  UPDATE party_stats s SET
    lifetime_value_minor = o.revenue - coalesce((SELECT sum(r.amount_minor) FROM refund r WHERE r.party_id = pid), 0),
    order_count = o.n,
    first_order_at = o.first_at,
    last_order_at = o.last_at,
    updated_at = now()
  FROM (
    SELECT coalesce(sum(total_minor) FILTER (WHERE status IN ('paid', 'shipped', 'delivered', 'returned')), 0) AS revenue,
           count(*) FILTER (WHERE status <> 'cancelled')::int AS n,
           min(occurred_at) AS first_at,
           max(occurred_at) AS last_at
    FROM "order" WHERE party_id = pid
  ) o
  WHERE s.party_id = pid;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION party_stats_refresh_cases(pid bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM party_stats_touch(pid);
  UPDATE party_stats s SET
    open_cases = c.open_cases,
    complaint_count = c.complaints,
    recent_complaints = c.recent,
    updated_at = now()
  FROM (
    SELECT count(*) FILTER (WHERE status IN ('new', 'open', 'pending'))::int AS open_cases,
           count(*) FILTER (WHERE kind = 'complaint')::int AS complaints,
           coalesce(array_agg(occurred_at ORDER BY occurred_at)
             FILTER (WHERE kind = 'complaint' AND occurred_at > now() - interval '90 days'), '{}') AS recent
    FROM support_case WHERE party_id = pid
  ) c
  WHERE s.party_id = pid;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION party_stats_refresh_interactions(pid bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM party_stats_touch(pid);
  UPDATE party_stats SET
    last_interaction_at = (SELECT max(occurred_at) FROM interaction WHERE party_id = pid),
    updated_at = now()
  WHERE party_id = pid;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION party_stats_refresh_nps(pid bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM party_stats_touch(pid);
  UPDATE party_stats s SET latest_nps = l.score, latest_nps_at = l.occurred_at, updated_at = now()
  FROM (SELECT NULL::smallint AS score, NULL::timestamptz AS occurred_at) d
  LEFT JOIN LATERAL (
    SELECT score, occurred_at FROM survey_response
    WHERE party_id = pid AND kind = 'nps'
    ORDER BY occurred_at DESC, id DESC LIMIT 1
  ) l ON true
  WHERE s.party_id = pid;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION source_class_bit(sid smallint) RETURNS smallint LANGUAGE sql STABLE AS $$
  SELECT CASE class
    WHEN 'zero_party' THEN 1 WHEN 'first_party' THEN 2 WHEN 'second_party' THEN 4
    WHEN 'third_party' THEN 8 WHEN 'earned' THEN 16 END::smallint
  FROM data_source WHERE id = sid;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_party_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pids bigint[];
  pid bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN pids := ARRAY[OLD.party_id];
  ELSIF TG_OP = 'UPDATE' AND OLD.party_id IS DISTINCT FROM NEW.party_id THEN pids := ARRAY[OLD.party_id, NEW.party_id];
  ELSE pids := ARRAY[NEW.party_id];
  END IF;
  FOREACH pid IN ARRAY pids LOOP
    CASE TG_TABLE_NAME
      WHEN 'order', 'refund' THEN PERFORM party_stats_refresh_orders(pid);
      WHEN 'support_case' THEN PERFORM party_stats_refresh_cases(pid);
      WHEN 'interaction' THEN PERFORM party_stats_refresh_interactions(pid);
      WHEN 'survey_response' THEN PERFORM party_stats_refresh_nps(pid);
    END CASE;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER order_party_stats AFTER INSERT OR UPDATE OR DELETE ON "order" FOR EACH ROW EXECUTE FUNCTION trg_party_stats();
--> statement-breakpoint
CREATE TRIGGER refund_party_stats AFTER INSERT OR UPDATE OR DELETE ON refund FOR EACH ROW EXECUTE FUNCTION trg_party_stats();
--> statement-breakpoint
CREATE TRIGGER support_case_party_stats AFTER INSERT OR UPDATE OR DELETE ON support_case FOR EACH ROW EXECUTE FUNCTION trg_party_stats();
--> statement-breakpoint
CREATE TRIGGER interaction_party_stats AFTER INSERT OR UPDATE OR DELETE ON interaction FOR EACH ROW EXECUTE FUNCTION trg_party_stats();
--> statement-breakpoint
CREATE TRIGGER survey_response_party_stats AFTER INSERT OR UPDATE OR DELETE ON survey_response FOR EACH ROW EXECUTE FUNCTION trg_party_stats();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_party_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO party_stats (party_id, source_classes)
  VALUES (NEW.id, coalesce(source_class_bit(NEW.source_id), 0))
  ON CONFLICT (party_id) DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER party_created AFTER INSERT ON party FOR EACH ROW EXECUTE FUNCTION trg_party_created();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION trg_source_class() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM party_stats_touch(NEW.party_id);
  UPDATE party_stats SET source_classes = source_classes | coalesce(source_class_bit(NEW.source_id), 0), updated_at = now()
  WHERE party_id = NEW.party_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER email_source_class AFTER INSERT ON email FOR EACH ROW EXECUTE FUNCTION trg_source_class();
--> statement-breakpoint
CREATE TRIGGER phone_source_class AFTER INSERT ON phone FOR EACH ROW EXECUTE FUNCTION trg_source_class();
--> statement-breakpoint
CREATE TRIGGER postal_address_source_class AFTER INSERT ON postal_address FOR EACH ROW EXECUTE FUNCTION trg_source_class();
--> statement-breakpoint
CREATE TRIGGER social_profile_source_class AFTER INSERT ON social_profile FOR EACH ROW EXECUTE FUNCTION trg_source_class();
--> statement-breakpoint
-- Every NPS detractor (0-6) opens a follow-up, whichever path wrote the response.
CREATE OR REPLACE FUNCTION trg_detractor_follow_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kind = 'nps' AND NEW.score <= 6 THEN
    INSERT INTO detractor_follow_up (party_id, response_id, status, occurred_at)
    VALUES (NEW.party_id, NEW.id, 'open', NEW.occurred_at);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER survey_response_detractor AFTER INSERT ON survey_response FOR EACH ROW EXECUTE FUNCTION trg_detractor_follow_up();
--> statement-breakpoint
-- The consent ledger's current state per purpose and channel: the latest event wins.
CREATE OR REPLACE FUNCTION trg_consent_current() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO consent_current (party_id, purpose, channel, status, occurred_at, event_id)
  VALUES (NEW.party_id, NEW.purpose, NEW.channel, NEW.status, NEW.occurred_at, NEW.id)
  ON CONFLICT (party_id, purpose, channel) DO UPDATE
    SET status = EXCLUDED.status, occurred_at = EXCLUDED.occurred_at, event_id = EXCLUDED.event_id
    WHERE (consent_current.occurred_at, consent_current.event_id) <= (EXCLUDED.occurred_at, EXCLUDED.event_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER consent_event_current AFTER INSERT ON consent_event FOR EACH ROW EXECUTE FUNCTION trg_consent_current();
--> statement-breakpoint
-- Ledgers are append-only. ENABLE ALWAYS keeps this on even while bulk loads switch triggers off.
CREATE OR REPLACE FUNCTION trg_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001';
END $$;
--> statement-breakpoint
CREATE TRIGGER consent_event_append_only BEFORE UPDATE OR DELETE ON consent_event FOR EACH ROW EXECUTE FUNCTION trg_append_only();
--> statement-breakpoint
ALTER TABLE consent_event ENABLE ALWAYS TRIGGER consent_event_append_only;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION trg_append_only();
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_append_only;
--> statement-breakpoint
CREATE TRIGGER consent_event_no_truncate BEFORE TRUNCATE ON consent_event FOR EACH STATEMENT EXECUTE FUNCTION trg_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION trg_append_only();
--> statement-breakpoint
-- Set-based recomputation of every party's stats, for after a bulk load.
CREATE OR REPLACE FUNCTION party_stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO party_stats (party_id) SELECT id FROM party ON CONFLICT (party_id) DO NOTHING;
  UPDATE party_stats s SET
    lifetime_value_minor = 0, order_count = 0, first_order_at = NULL, last_order_at = NULL,
    last_interaction_at = NULL, latest_nps = NULL, latest_nps_at = NULL, open_cases = 0,
    complaint_count = 0, recent_complaints = '{}', source_classes = 0, updated_at = now();
  UPDATE party_stats s SET
    lifetime_value_minor = o.revenue, order_count = o.n, first_order_at = o.first_at, last_order_at = o.last_at
  FROM (
    SELECT party_id,
           coalesce(sum(total_minor) FILTER (WHERE status IN ('paid', 'shipped', 'delivered', 'returned')), 0) AS revenue,
           count(*) FILTER (WHERE status <> 'cancelled')::int AS n,
           min(occurred_at) AS first_at, max(occurred_at) AS last_at
    FROM "order" GROUP BY party_id
  ) o WHERE s.party_id = o.party_id;
  UPDATE party_stats s SET lifetime_value_minor = s.lifetime_value_minor - r.total
  FROM (SELECT party_id, sum(amount_minor) AS total FROM refund GROUP BY party_id) r
  WHERE s.party_id = r.party_id;
  UPDATE party_stats s SET last_interaction_at = i.last_at
  FROM (SELECT party_id, max(occurred_at) AS last_at FROM interaction GROUP BY party_id) i
  WHERE s.party_id = i.party_id;
  UPDATE party_stats s SET open_cases = c.open_cases, complaint_count = c.complaints, recent_complaints = c.recent
  FROM (
    SELECT party_id,
           count(*) FILTER (WHERE status IN ('new', 'open', 'pending'))::int AS open_cases,
           count(*) FILTER (WHERE kind = 'complaint')::int AS complaints,
           coalesce(array_agg(occurred_at ORDER BY occurred_at)
             FILTER (WHERE kind = 'complaint' AND occurred_at > now() - interval '90 days'), '{}') AS recent
    FROM support_case GROUP BY party_id
  ) c WHERE s.party_id = c.party_id;
  UPDATE party_stats s SET latest_nps = n.score, latest_nps_at = n.occurred_at
  FROM (
    SELECT DISTINCT ON (party_id) party_id, score, occurred_at FROM survey_response
    WHERE kind = 'nps' ORDER BY party_id, occurred_at DESC, id DESC
  ) n WHERE s.party_id = n.party_id;
  UPDATE party_stats s SET source_classes = b.bits
  FROM (
    SELECT x.party_id, bit_or(CASE d.class
        WHEN 'zero_party' THEN 1 WHEN 'first_party' THEN 2 WHEN 'second_party' THEN 4
        WHEN 'third_party' THEN 8 WHEN 'earned' THEN 16 END)::smallint AS bits
    FROM (
      SELECT id AS party_id, source_id FROM party WHERE source_id IS NOT NULL
      UNION ALL SELECT party_id, source_id FROM email
      UNION ALL SELECT party_id, source_id FROM phone
      UNION ALL SELECT party_id, source_id FROM postal_address
      UNION ALL SELECT party_id, source_id FROM social_profile
    ) x JOIN data_source d ON d.id = x.source_id
    GROUP BY x.party_id
  ) b WHERE s.party_id = b.party_id;
END $$;
