// Children's requests (P-18) on SQLite and PostgreSQL: the single-use,
// expiring confirmation link, and carrying out with the erasure seam: done
// only when erasure succeeded, nothing changed without it.
#include <gtest/gtest.h>

#include <regex>

#include "db/migrations.h"
#include "db_fixture.h"
#include "mail/outbox.h"
#include "privacy/suppression.h"
#include "rights/child_requests.h"

namespace hanse::rights {
namespace {

using db::Value;
using db::testing::DbTest;

const std::string kKey = "a key for the tests, longer than 16 bytes";

class ChildRequestsTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    m_requests = std::make_unique<ChildRequests>(
        *m_db, m_outbox, m_clock, ChildRequestSettings{"http://hanse.test", "Hanse Test", kKey, 3600});
  }

  std::string text(const std::string& sql) {
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->text(0) : "";
  }

  std::int64_t insert_member(const std::string& email) {
    auto lease = m_db->acquire();
    const Value params[] = {email};
    auto row = (*lease)->query_one(
        "INSERT INTO members (email, name, phone, address, country, company_name, company_address,"
        " password_hash, created_at, updated_at, policy_version) VALUES ($1, 'Kid', '', '', 'DE',"
        " '', '', 'x', 0, 0, 1) RETURNING id", params);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : 0;
  }

  // Submits a request and returns the token of the mailed link.
  std::string submit(const std::string& child, bool removal, bool opt_out) {
    ChildRequestInput input{"Gerda", "gerda@example.com", child, removal, opt_out};
    auto errors = m_requests->submit(input);
    EXPECT_TRUE(errors && errors->empty());
    auto body = text("SELECT body FROM mail_outbox ORDER BY id DESC LIMIT 1");
    std::smatch m;
    EXPECT_TRUE(std::regex_search(body, m, std::regex("/children/confirm/([A-Za-z0-9_-]+)"))) << body;
    return m.size() > 1 ? m[1].str() : "";
  }

  std::int64_t last_request() { return std::stoll(text("SELECT MAX(id) FROM child_requests")); }

  Clock m_clock;
  mail::Outbox m_outbox{"Hanse Test", m_clock};
  std::unique_ptr<ChildRequests> m_requests;
};

TEST_P(ChildRequestsTest, P18_link_confirms_once_and_not_after_expiry) {
  auto token = submit("kid@example.com", false, true);
  EXPECT_EQ(text("SELECT token_hash FROM child_requests").find(token), std::string::npos)
      << "the token is stored in clear";
  auto once = m_requests->confirm(token);
  ASSERT_TRUE(once) << once.error().message;
  EXPECT_TRUE(*once);
  EXPECT_FALSE(*m_requests->confirm(token)) << "the link worked twice";
  EXPECT_FALSE(*m_requests->confirm("not-a-token"));

  auto late = submit("kid2@example.com", false, true);
  m_clock.set_offset(3601);
  EXPECT_FALSE(*m_requests->confirm(late)) << "an expired link worked";
  EXPECT_EQ(text("SELECT status FROM child_requests WHERE child_email = 'kid2@example.com'"), "unconfirmed");
}

TEST_P(ChildRequestsTest, P18_removal_is_done_only_when_erasure_succeeds) {
  auto kid = insert_member("kid@example.com");
  ASSERT_TRUE(*m_requests->confirm(submit("kid@example.com", true, false)));
  auto id = last_request();

  auto none = m_requests->carry_out(id, 7, {});
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().kind, ErrorKind::unavailable);
  EXPECT_EQ(text("SELECT COUNT(*) FROM promotion_suppressions"), "0") << "changed without erasure";

  std::vector<std::int64_t> erased;
  auto failing = m_requests->carry_out(id, 7, [&](std::int64_t member, std::int64_t) -> Status {
    erased.push_back(member);
    return fail(ErrorKind::internal, "erasure failed");
  });
  ASSERT_FALSE(failing);
  EXPECT_EQ(text("SELECT status FROM child_requests"), "confirmed") << "done although erasure failed";

  auto done = m_requests->carry_out(id, 7, [&](std::int64_t member, std::int64_t staff) -> Status {
    EXPECT_EQ(staff, 7);
    erased.push_back(member);
    return {};
  });
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(erased, (std::vector<std::int64_t>{kid, kid}));
  EXPECT_EQ(text("SELECT status FROM child_requests"), "done");
  EXPECT_EQ(text("SELECT COALESCE(child_email, '') FROM child_requests"), "");
  EXPECT_EQ(text("SELECT address_hash FROM promotion_suppressions"),
            privacy::suppression_hash(kKey, "kid@example.com"));
  auto again = m_requests->carry_out(id, 7, [](std::int64_t, std::int64_t) -> Status { return {}; });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
}

TEST_P(ChildRequestsTest, P18_unconfirmed_requests_cannot_be_carried_out_and_expire) {
  submit("kid@example.com", false, true);
  auto id = last_request();
  auto early = m_requests->carry_out(id, 1, {});
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().kind, ErrorKind::conflict);
  m_clock.set_offset(3601);
  auto purged = m_requests->purge_expired();
  ASSERT_TRUE(purged) << purged.error().message;
  EXPECT_EQ(*purged, 1);
}

HANSE_DB_TEST_SUITE(ChildRequestsTest);

}  // namespace
}  // namespace hanse::rights
