-- P-19: policy versions published at run time (`hanse policy publish` or
-- the staff page), so that every instance sees them. Version 1 ships in
-- policy/v1.toml; later ones are stored here with their TOML source.
CREATE TABLE policy_versions (
  version BIGINT PRIMARY KEY,
  source TEXT NOT NULL,
  published_at BIGINT NOT NULL,
  effective_at BIGINT NOT NULL
);
