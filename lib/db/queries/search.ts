// The search box's SQL. Each lookup is one indexed probe; values are always parameters. Pure:
// lib/dal/search.ts checks who is asking, runs these in parallel and ranks the answers.
import { sql, type SQL } from "drizzle-orm";
import { primaryEmail, primaryPhone } from "./directory";

const textArray = (values: readonly string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The words nearest to each token by trigram distance (GiST KNN), plus words the last one starts. */
export function nameWordCandidates(tokens: readonly string[], prefixOf: string | null): SQL {
  const near = sql`
    select t.tok, w.word
      from unnest(${textArray(tokens)}) as t(tok)
      cross join lateral (select word from name_word order by word <-> t.tok limit 50) w`;
  if (!prefixOf) return near;
  return sql`${near}
    union all
    select ${prefixOf}::text, w.word
      from (select word from name_word where word like ${likePrefix(prefixOf)} order by word limit 40) w`;
}

/** Parties whose name holds, for every group, at least one of the group's words. */
export function partiesByNameWords(groups: readonly (readonly string[])[], limit: number): SQL {
  const conds = groups.map((g) => sql`p.name_tokens && ${textArray(g)}`);
  return sql`
    select p.id, p.name_tokens
      from party p
     where p.status = 'active' and ${sql.join(conds, sql` and `)}
     limit ${limit}`;
}

/** Exact address matches, and with `prefix` also addresses that start so (in index order, unsorted). */
export function partiesByEmail(email: string, prefix: boolean, limit: number): SQL {
  const exact = sql`
    select e.party_id as id, e.address as value, true as exact
      from email e join party p on p.id = e.party_id and p.status = 'active'
     where lower(e.address) = ${email}`;
  if (!prefix) return exact;
  return sql`${exact}
    union all
    (select e.party_id as id, e.address as value, false as exact
       from email e join party p on p.id = e.party_id and p.status = 'active'
      where lower(e.address) like ${likePrefix(email)} and lower(e.address) <> ${email}
      limit ${limit})`;
}

/**
 * Phones ending in these digits ("digits_reversed" is indexed for prefix search). A number typed
 * with a national trunk 0 (020 7946 0018) is also tried without it.
 */
export function partiesByPhone(digits: string, limit: number): SQL {
  const variants = [digits];
  if (digits.startsWith("0") && digits.length > 5) variants.push(digits.replace(/^0+/, ""));
  const conds = variants.map((d) => sql`ph.digits_reversed like ${likePrefix([...d].reverse().join(""))}`);
  return sql`
    select ph.party_id as id, ph.e164 as value, length(ph.digits_reversed) as len
      from phone ph join party p on p.id = ph.party_id and p.status = 'active'
     where ${sql.join(conds, sql` or `)}
     order by length(ph.digits_reversed), ph.party_id
     limit ${limit}`;
}

export function partiesByExternalId(value: string, limit: number): SQL {
  const values = [...new Set([value, value.toUpperCase()])];
  return sql`
    select x.party_id as id, x.value as value, x.system
      from external_id x join party p on p.id = x.party_id and p.status = 'active'
     where x.value in ${values}
     limit ${limit}`;
}

export function ordersByNumber(numbers: readonly string[], limit: number): SQL {
  return sql`
    select o.id, o.party_id, o.order_number, o.status, o.total_minor, o.currency, o.occurred_at, p.display_name
      from "order" o join party p on p.id = o.party_id
     where o.order_number in ${numbers}
     order by o.occurred_at desc
     limit ${limit}`;
}

export function casesByNumber(numbers: readonly string[], limit: number): SQL {
  return sql`
    select c.id, c.party_id, c.case_number, c.subject, c.status, c.occurred_at, p.display_name
      from support_case c join party p on p.id = c.party_id
     where c.case_number in ${numbers}
     order by c.occurred_at desc
     limit ${limit}`;
}

/** What the results list shows about each customer found. */
export function customerCards(ids: readonly number[]): SQL {
  return sql`
    select p.id, p.kind, p.display_name, p.city, p.country, m.tier, s.last_interaction_at,
           ${primaryEmail(sql`p.id`)} as email,
           ${primaryPhone(sql`p.id`)} as phone
      from party p
      left join party_stats s on s.party_id = p.id
      left join loyalty_membership m on m.party_id = p.id
     where p.id in ${ids}`;
}
