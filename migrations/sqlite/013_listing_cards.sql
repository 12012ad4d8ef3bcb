-- Listing cards (issue 12). Thumbnails of uploads (market/thumbnails.h): made once when the
-- image is stored, two sizes of fixed width and height (the image fitted
-- inside, centred on white), JPEG, base64 like the uploads. A thumbnail
-- belongs to its upload and is deleted with it.
CREATE TABLE upload_thumbnails (
  upload_id BIGINT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
  width INTEGER NOT NULL,              -- 160 or 480: the size's key
  height INTEGER NOT NULL,
  content_type TEXT NOT NULL,          -- image/jpeg
  data TEXT NOT NULL,                  -- base64 of the bytes
  PRIMARY KEY (upload_id, width)
);

-- The home page's recently updated products (market/home_listings.h).
CREATE INDEX products_updated ON products(updated_at, id);

-- Shared pictures (the demo) are deleted only when no photo or logo
-- still shows them (market::delete_upload): both lookups by upload id.
CREATE INDEX product_photos_upload ON product_photos(upload_id);
CREATE INDEX companies_logo ON companies(logo_upload_id);
