CREATE INDEX "interaction_case_idx" ON "interaction" USING btree ("party_id","case_id","occurred_at") WHERE case_id is not null;--> statement-breakpoint
CREATE INDEX "support_case_id_idx" ON "support_case" USING btree ("id");--> statement-breakpoint
CREATE INDEX "support_case_open_priority_idx" ON "support_case" USING btree ("priority" DESC NULLS LAST,"occurred_at","id") INCLUDE ("party_id","status","category","channel","assignee_id","sla_due_at","first_response_at") WHERE status in ('new', 'open', 'pending');--> statement-breakpoint
CREATE INDEX "support_case_open_age_idx" ON "support_case" USING btree ("occurred_at","id") INCLUDE ("party_id","status","category","channel","assignee_id","sla_due_at","first_response_at") WHERE status in ('new', 'open', 'pending');--> statement-breakpoint
CREATE INDEX "support_case_priority_idx" ON "support_case" USING btree ("priority" DESC NULLS LAST,"occurred_at","id") INCLUDE ("party_id","status","category","channel","assignee_id","sla_due_at","first_response_at");--> statement-breakpoint
DROP INDEX "support_case_queue_idx";--> statement-breakpoint
CREATE INDEX "support_case_queue_idx" ON "support_case" USING btree ("status","occurred_at","id") INCLUDE ("party_id","category","channel","assignee_id","sla_due_at","first_response_at");--> statement-breakpoint
CREATE INDEX "detractor_follow_up_open_idx" ON "detractor_follow_up" USING btree ("occurred_at","id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "detractor_follow_up_claimed_idx" ON "detractor_follow_up" USING btree ("claimed_by","claimed_at","id") WHERE status = 'claimed';--> statement-breakpoint
CREATE INDEX "detractor_follow_up_closed_idx" ON "detractor_follow_up" USING btree ("closed_at","id") WHERE status = 'closed';