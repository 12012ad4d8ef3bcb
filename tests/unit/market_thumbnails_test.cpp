// Thumbnails of uploads (issue 12, market/thumbnails.h): real JPEGs of the
// stated size from PNG, JPEG and WebP photos, made when an upload is stored,
// deleted with it; on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <utility>

#include "accounts/member_store.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "door_fixture.h"
#include "market/image_type.h"
#include "market/thumbnails.h"
#include "market/upload_store.h"

namespace hanse::market {
namespace {

using db::testing::DbTest;

constexpr std::int64_t kNow = 1'800'000'000;

std::string bytes_of(std::initializer_list<unsigned char> list) { return std::string(list.begin(), list.end()); }

// A 1x1 red PNG.
const std::string kPng = bytes_of(
    {0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
     0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xde, 0x00, 0x00, 0x00,
     0x0c, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0xc9,
     0xfe, 0x92, 0xef, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82});

// A 1x1 lossless WebP.
const std::string kWebp = bytes_of({'R', 'I', 'F', 'F', 0x1a, 0x00, 0x00, 0x00, 'W', 'E', 'B', 'P', 'V', 'P', '8',
                                    'L', 0x0d, 0x00, 0x00, 0x00, 0x2f, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11,
                                    0x11, 0x88, 0x88, 0xfe, 0x07, 0x00});

// The width and height in a JPEG's start-of-frame segment, or {0, 0}.
std::pair<int, int> jpeg_size(const std::string& jpeg) {
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(jpeg[i]); };
  if (jpeg.size() < 4 || at(0) != 0xFF || at(1) != 0xD8) return {0, 0};
  for (std::size_t i = 2; i + 9 < jpeg.size();) {
    if (at(i) != 0xFF) return {0, 0};
    const unsigned char marker = at(i + 1);
    const std::size_t length = at(i + 2) * 256u + at(i + 3);
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
      return {at(i + 7) * 256 + at(i + 8), at(i + 5) * 256 + at(i + 6)};
    i += 2 + length;
  }
  return {0, 0};
}

TEST(Thumbnails, AreJpegsOfTheStatedSizeWhateverTheImage) {
  for (const auto* image : {&kPng, &kWebp}) {
    for (auto size : {ThumbnailSize::small, ThumbnailSize::large}) {
      auto t = render_thumbnail(*image, size);
      ASSERT_TRUE(t) << t.error().message;
      EXPECT_EQ(t->content_type, "image/jpeg");
      EXPECT_EQ(t->width, thumbnail_width(size));
      EXPECT_EQ(t->height, thumbnail_height(size));
      EXPECT_EQ(jpeg_size(t->bytes), std::make_pair(thumbnail_width(size), thumbnail_height(size)));
    }
  }
  EXPECT_EQ(thumbnail_width(ThumbnailSize::small), 160);
  EXPECT_EQ(thumbnail_height(ThumbnailSize::large), 360);
}

TEST(Thumbnails, OfAThumbnailKeepTheSize) {
  // A JPEG in (the large thumbnail) gives the small one: JPEG input works.
  auto large = render_thumbnail(kPng, ThumbnailSize::large);
  ASSERT_TRUE(large);
  auto small = render_thumbnail(large->bytes, ThumbnailSize::small);
  ASSERT_TRUE(small) << small.error().message;
  EXPECT_EQ(jpeg_size(small->bytes), std::make_pair(160, 120));
}

TEST(Thumbnails, AnImageThatDoesNotDecodeIsAFormError) {
  for (std::string bad : {std::string("not an image"), kPng.substr(0, 40), std::string()}) {
    auto t = render_thumbnail(bad, ThumbnailSize::small);
    ASSERT_FALSE(t);
    EXPECT_EQ(t.error().kind, ErrorKind::invalid_input);
  }
}

TEST(Thumbnails, UrlsNameTheSize) {
  EXPECT_EQ(thumbnail_path(42, ThumbnailSize::small), "/upload/42/160x120.jpg");
  EXPECT_EQ(thumbnail_path(42, ThumbnailSize::large), "/upload/42/480x360.jpg");
  EXPECT_EQ(thumbnail_size_named("160x120.jpg"), ThumbnailSize::small);
  EXPECT_EQ(thumbnail_size_named("480x360.jpg"), ThumbnailSize::large);
  EXPECT_FALSE(thumbnail_size_named("100x100.jpg"));
  EXPECT_FALSE(thumbnail_size_named(""));
}

class ThumbnailStoreTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    m_policy = privacy::testing::install_repository_door(*m_db);
  }
  std::unique_ptr<privacy::PolicyBook> m_policy;

  // An uploader (uploads name who stored them).
  std::int64_t member(db::Connection& conn) {
    accounts::MemberFields f{"Anna Schmidt", "anna@example.com", "+494012345678", "Hafenstrasse 1", "DE",
                             "Acme", "Industriepark 2"};
    auto id = accounts::insert_member(conn, f, "hash", kNow, {1, "/register"});
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }
};

TEST_P(ThumbnailStoreTest, StoringAnUploadMakesBothThumbnailsAndDeletingItRemovesThem) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto& conn = **lease;
  auto id = store_upload(conn, member(conn), kPng, kNow);
  ASSERT_TRUE(id) << id.error().message;
  for (auto size : {ThumbnailSize::small, ThumbnailSize::large}) {
    auto t = load_thumbnail(conn, *id, size);
    ASSERT_TRUE(t) << t.error().message;
    ASSERT_TRUE(*t);
    EXPECT_EQ((*t)->width, thumbnail_width(size));
    EXPECT_EQ(jpeg_size((*t)->bytes), std::make_pair(thumbnail_width(size), thumbnail_height(size)));
  }
  ASSERT_TRUE(delete_upload(conn, *id));
  auto gone = load_thumbnail(conn, *id, ThumbnailSize::small);
  ASSERT_TRUE(gone);
  EXPECT_FALSE(*gone) << "the thumbnail goes with its upload";
}

TEST_P(ThumbnailStoreTest, AnUploadThatDoesNotDecodeStoresNothing) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  // A PNG whose chunks and CRCs are right (it passes the type check) but
  // whose compressed pixels are garbage.
  std::string broken = kPng;
  const std::string idat = bytes_of({0x78, 0x9c, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0x05, 0xd1, 0x60, 0x69});
  broken.replace(0x29, idat.size(), idat);
  ASSERT_TRUE(check_upload(broken, kMaxUploadBytes)) << "the type check passes";
  auto id = store_upload(**lease, member(**lease), broken, kNow);
  if (id) GTEST_FAIL() << "stored an image that does not decode";
  auto rows = (*lease)->query("SELECT COUNT(*) FROM uploads");
  ASSERT_TRUE(rows);
  EXPECT_EQ((*rows)[0].integer(0), 0);
}

TEST_P(ThumbnailStoreTest, MakeThumbnailsServesBulkLoadedImages) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto& conn = **lease;
  // As the demo loader inserts images: the row without thumbnails, then this.
  const db::Value params[] = {std::string("image/png"), std::int64_t{1}, std::string("eA=="), kNow};
  auto row = conn.query_one("INSERT INTO uploads (member_id, content_type, size, data, created_at)"
                            " VALUES (NULL, $1, $2, $3, $4) RETURNING id",
                            params);
  ASSERT_TRUE(row) << row.error().message;
  const std::int64_t id = row->integer(0);
  ASSERT_TRUE(make_thumbnails(conn, id, kPng));
  ASSERT_TRUE(make_thumbnails(conn, id, kWebp)) << "replaces what was there";
  auto t = load_thumbnail(conn, id, ThumbnailSize::large);
  ASSERT_TRUE(t && *t);
  EXPECT_EQ(jpeg_size((*t)->bytes), std::make_pair(480, 360));
}

HANSE_DB_TEST_SUITE(ThumbnailStoreTest);

}  // namespace
}  // namespace hanse::market
