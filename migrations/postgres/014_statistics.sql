-- Anonymous site statistics (SPEC P-9) and their exports for third parties
-- (P-10); written by stats/recorder.h, read by stats/aggregates.h. Days are
-- UTC days since 1970-01-01. Nothing here refers to a person: no address,
-- account, session, cookie or full user agent is ever stored.

-- Counts per day and dimension: 'section' and 'page' (the route's section
-- and pattern, never the URL), 'status' (2xx..5xx), 'browser' (family and
-- major version), 'device' (desktop, mobile, tablet, bot, other),
-- 'country' (two letters, when a GeoIP database is installed), 'referrer'
-- (another site's domain), 'views' (value '': page views),
-- 'requests' (value '': every request) and 'visitors' (value '': distinct
-- visitors, written when the day's salt is destroyed).
CREATE TABLE stats_counts (
  day BIGINT NOT NULL,
  dimension TEXT NOT NULL,
  value TEXT NOT NULL,
  count BIGINT NOT NULL,
  PRIMARY KEY (day, dimension, value)
);

-- The random salt of a day's visitor keys, shared by every instance on the
-- database; destroyed with that day's keys 48 hours after the day began.
CREATE TABLE stats_salts (
  day BIGINT PRIMARY KEY,
  salt TEXT NOT NULL,                  -- hex of the crypto_shorthash key
  created_at BIGINT NOT NULL
);

-- One row per distinct visitor of a day whose salt still exists: a keyed
-- hash (SipHash) of the salt, the IP address and the user agent. Counted
-- into stats_counts ('visitors') and deleted when the salt goes.
CREATE TABLE stats_visitors (
  day BIGINT NOT NULL,
  visitor TEXT NOT NULL,               -- hex of the 8-byte keyed hash
  PRIMARY KEY (day, visitor)
);

-- Every export of aggregate statistics for a named third party (P-10).
CREATE TABLE stats_exports (
  id BIGSERIAL PRIMARY KEY,
  created_at BIGINT NOT NULL,
  staff_id BIGINT NOT NULL REFERENCES staff(id),
  recipient TEXT NOT NULL,             -- the named third party
  period TEXT NOT NULL,                -- day | week | month
  first_day BIGINT NOT NULL,
  last_day BIGINT NOT NULL,            -- inclusive
  format TEXT NOT NULL,                -- csv | json
  sha256 TEXT NOT NULL                 -- of the file handed out
);
CREATE INDEX stats_exports_created ON stats_exports(created_at);
