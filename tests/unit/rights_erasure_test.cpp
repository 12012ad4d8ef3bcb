// P-15 erasure, on SQLite (with the run-time door installed) and
// PostgreSQL: the map's order, the company handover, inquiries detached
// for the other party, kept rows with their typed retention, the retention
// job, the confirmation mail, and the self-check that rolls back when an
// identifier is left anywhere.
#include <gtest/gtest.h>

#include "accounts/member_store.h"
#include "accounts/password.h"
#include "audit/audit_log.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "png_fixture.h"
#include "door_fixture.h"
#include "market/company.h"
#include "market/inquiry.h"
#include "market/listing_index.h"
#include "market/upload_store.h"
#include "privacy/consent_ledger.h"
#include "privacy/data_map.h"
#include "rights/erasure.h"
#include "rights/erasure_request.h"
#include "rights/retention.h"

namespace hanse::rights {
namespace {

using db::Value;

constexpr std::int64_t kDay = 86'400;

using hanse::testing::kPng;

class ErasureTest : public db::testing::DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    m_policy = privacy::testing::install_repository_door(*m_db);
    m_settings.site_name = "Hanse";
    m_settings.from_address = "no-reply@hanse.example";
    m_settings.deliver = [this](const mail::OutgoingMail& m) -> Status {
      if (m_mail_down) return fail(ErrorKind::unavailable, "relay down");
      m_sent.push_back(m);
      return {};
    };
  }

  // A member whose identifiers are unique to them (tag).
  std::int64_t member(const std::string& tag) {
    privacy::testing::TestRead door;
    auto lease = m_db->acquire();
    accounts::MemberFields f{"Name " + tag, tag + "@example.com", "+4940" + std::to_string(tag.size()) + "77" + std::to_string(tag[0]),
                             "Street " + tag, "DE", "Company " + tag, "Works road " + tag};
    auto id = accounts::insert_member(**lease, f, "hash", 1000, {1, "/register"});
    EXPECT_TRUE(id) << id.error().message;
    privacy::ConsentEvent accepted{0, *id, privacy::ConsentKind::policy_version, "1", "accepted", 1000,
                                   "/register"};
    EXPECT_TRUE(privacy::record(**lease, accepted));
    return id ? *id : 0;
  }

  std::int64_t company(std::int64_t owner, const std::string& name, bool logo = false) {
    market::CompanyChange c;
    c.input = {name, "Quay " + name, "DE", {"industrial-machinery/valves"}, "1999", "Valves.", ""};
    if (logo) c.logo = kPng;
    privacy::testing::TestRead door;
    auto id = m_db->transaction([&](db::Connection& conn) { return market::create_company(conn, owner, c, 1000); });
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  void join(std::int64_t member_id, std::int64_t company_id, std::int64_t joined_at) {
    exec("INSERT INTO company_members (member_id, company_id, role, joined_at) VALUES ($1, $2, 'member', $3)",
         {member_id, company_id, joined_at});
  }

  std::int64_t product(std::int64_t company_id, std::int64_t uploader) {
    auto id = m_db->transaction([&](db::Connection& conn) -> Result<std::int64_t> {
      const Value p[] = {company_id};
      HANSE_TRY(auto row, conn.query_one("INSERT INTO products (company_id, category_id, title, created_at,"
                                         " updated_at) VALUES ($1, 'industrial-machinery/valves',"
                                         " 'Ball valve', 1000, 1000) RETURNING id",
                                         p));
      HANSE_TRY(auto upload, market::store_upload(conn, uploader, kPng, 1000));
      const Value photo[] = {row.integer(0), upload};
      HANSE_TRY(auto n, conn.execute("INSERT INTO product_photos (product_id, position, upload_id)"
                                     " VALUES ($1, 0, $2)", photo));
      (void)n;
      HANSE_TRY_STATUS(market::index_listing(conn, market::ListingKind::product, row.integer(0)));
      return row.integer(0);
    });
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  void exec(const std::string& sql, std::vector<Value> params = {}) {
    privacy::testing::TestRead door;
    auto lease = m_db->acquire();
    auto done = (*lease)->execute(sql, params);
    ASSERT_TRUE(done) << sql << ": " << done.error().message;
  }

  std::int64_t count(const std::string& sql, std::vector<Value> params = {}) {
    privacy::testing::TestRead door;
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql, params);
    EXPECT_TRUE(row) << sql << ": " << row.error().message;
    return row ? row->integer(0) : -1;
  }

  Result<ErasureReport> erase(std::int64_t member_id) {
    return erase_member(*m_db, m_clock, m_settings, member_id, {ErasureActor::Kind::member, member_id});
  }

  std::unique_ptr<privacy::PolicyBook> m_policy;
  Clock m_clock;
  ErasureSettings m_settings;
  std::vector<mail::OutgoingMail> m_sent;
  bool m_mail_down = false;
};

TEST_P(ErasureTest, P15_erasure_removes_the_member_their_sole_company_listings_and_images) {
  auto a = member("alpha");
  auto mine = company(a, "Alpha Valves", true);
  auto p = product(mine, a);
  // An invitation to a's address from another company is a's too.
  auto b = member("bravo");
  auto theirs = company(b, "Bravo Trading");
  exec("INSERT INTO company_invites (company_id, email, token_hash, invited_by, created_at, expires_at)"
       " VALUES ($1, 'alpha@example.com', 'h1', $2, 1000, 9000)", {theirs, b});
  ASSERT_GT(count("SELECT COUNT(*) FROM search_documents WHERE company_id = $1", {mine}), 1);
  ASSERT_EQ(count("SELECT COUNT(*) FROM uploads"), 2);

  auto report = erase(a);
  ASSERT_TRUE(report) << report.error().message;

  EXPECT_EQ(count("SELECT COUNT(*) FROM members WHERE id = $1", {a}), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM companies WHERE id = $1", {mine}), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM products WHERE id = $1", {p}), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM search_documents WHERE company_id = $1", {mine}), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM search_documents"), 1);  // b's company
  EXPECT_EQ(count("SELECT COUNT(*) FROM search_categories sc JOIN search_documents d ON d.id = sc.doc_id"),
            count("SELECT COUNT(*) FROM search_categories"));
  EXPECT_EQ(count("SELECT COALESCE(SUM(count), 0) FROM category_counts WHERE kind = 'product'"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_invites"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM companies WHERE id = $1", {theirs}), 1);
  // Kept, with its typed reason and time.
  EXPECT_EQ(count("SELECT COUNT(*) FROM consent_ledger WHERE member_id = $1", {a}), 1);
  ASSERT_TRUE(report->kept_until);
  // Until the longest retention of the map (disclosure records, 6 years).
  EXPECT_EQ(*report->kept_until, report->erased_at + privacy::longest_retention_days() * kDay);
  ASSERT_FALSE(report->kept.empty());
  EXPECT_NE(report->kept.front().find("retained because"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM erasures WHERE member_id = $1", {a}), 1);
  // Confirmed to the address being erased; audited without it; chain intact.
  ASSERT_EQ(m_sent.size(), 1u);
  EXPECT_EQ(m_sent[0].to, "alpha@example.com");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'member.erased' AND subject = $1",
                  {"member:" + std::to_string(a)}),
            1);
  auto lease = m_db->acquire();
  auto verified = audit::AuditLog{}.verify(**lease);
  ASSERT_TRUE(verified);
  EXPECT_TRUE(verified->intact());
}

TEST_P(ErasureTest, P15_a_company_with_other_members_passes_to_the_longest_standing_member) {
  auto a = member("alpha");
  auto b = member("bravo");
  auto c = member("charlie");
  auto shared = company(a, "Shared Works", true);
  join(b, shared, 5000);
  join(c, shared, 2000);  // joined before b
  auto p = product(shared, a);

  auto report = erase(a);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(count("SELECT COUNT(*) FROM companies WHERE id = $1", {shared}), 1);
  EXPECT_EQ(count("SELECT member_id FROM company_members WHERE company_id = $1 AND role = 'owner'", {shared}), c);
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_members WHERE company_id = $1", {shared}), 2);
  // The company's listings and images stay with it; the uploader is forgotten.
  EXPECT_EQ(count("SELECT COUNT(*) FROM products WHERE id = $1", {p}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads WHERE member_id IS NOT NULL"), 0);
  EXPECT_GT(count("SELECT COUNT(*) FROM search_documents WHERE company_id = $1", {shared}), 1);
}

TEST_P(ErasureTest, P15_the_other_party_keeps_its_copy_of_inquiries_without_the_member) {
  auto a = member("alpha");
  auto b = member("bravo");
  auto supplier = company(a, "Alpha Valves");
  auto buyer_company = company(b, "Bravo Trading");
  auto p = product(supplier, a);
  auto inquiry = m_db->transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    privacy::testing::TestRead door;
    HANSE_TRY(auto topic, market::product_topic(conn, p));
    market::NewInquiry n{b, *topic, "Valves for Name alpha", "Dear Name alpha, how many?"};
    HANSE_TRY(auto id, market::create_inquiry(conn, n, 2000));
    HANSE_TRY_STATUS(market::add_reply(conn, id, a, "Ten. Regards, Name alpha, +494057797", 3000));
    return id;
  });
  ASSERT_TRUE(inquiry) << inquiry.error().message;

  auto report = erase(a);
  ASSERT_TRUE(report) << report.error().message;
  // The supplier company went with a; the buyer's thread stays.
  EXPECT_EQ(count("SELECT COUNT(*) FROM inquiries WHERE id = $1 AND supplier_company_id IS NULL"
                  " AND buyer_company_id = $2", {*inquiry, buyer_company}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM inquiry_messages WHERE inquiry_id = $1", {*inquiry}), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM inquiry_messages WHERE inquiry_id = $1 AND member_id IS NULL",
                  {*inquiry}), 1);
  // The member's identifiers are redacted from the text the buyer keeps.
  EXPECT_EQ(count("SELECT COUNT(*) FROM inquiry_messages WHERE body LIKE '%Name alpha%'"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM inquiry_messages WHERE body LIKE '%[removed]%'"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM inquiries WHERE subject = 'Valves for [removed]'"), 1);
  // The buyer still sees the thread, the supplier as gone.
  privacy::testing::TestRead door;
  auto lease = m_db->acquire();
  auto thread = market::load_thread(**lease, *inquiry, b);
  ASSERT_TRUE(thread) << thread.error().message;
  ASSERT_TRUE(*thread);
  EXPECT_EQ((*thread)->supplier_name, "");
  ASSERT_EQ((*thread)->messages.size(), 2u);
  EXPECT_TRUE((*thread)->messages[1].former_member);

  // When the buyer's side is erased too, nobody keeps the thread.
  ASSERT_TRUE(erase(b));
  EXPECT_EQ(count("SELECT COUNT(*) FROM inquiries"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM inquiry_messages"), 0);
}

TEST_P(ErasureTest, P15_the_self_check_fails_and_rolls_back_when_an_identifier_is_left) {
  auto a = member("alpha");
  auto b = member("bravo");
  auto mine = company(a, "Alpha Valves");
  auto other = company(b, "Bravo Trading");
  // A column the map does not clear: another company's description.
  exec("UPDATE companies SET description = 'Ask alpha@example.com' WHERE id = $1", {other});

  auto report = erase(a);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().kind, ErrorKind::internal);
  EXPECT_NE(report.error().message.find("companies.description"), std::string::npos)
      << report.error().message;
  EXPECT_EQ(report.error().message.find("alpha@example.com"), std::string::npos);
  // Nothing was deleted.
  EXPECT_EQ(count("SELECT COUNT(*) FROM members WHERE id = $1", {a}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM companies WHERE id = $1", {mine}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM erasures"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'member.erased'"), 0);
}

TEST_P(ErasureTest, P15_no_confirmation_mail_no_erasure) {
  auto a = member("alpha");
  m_mail_down = true;
  auto report = erase(a);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().kind, ErrorKind::unavailable);
  EXPECT_EQ(count("SELECT COUNT(*) FROM members WHERE id = $1", {a}), 1);
}

TEST_P(ErasureTest, P15_the_retention_job_removes_kept_rows_when_their_time_comes) {
  auto a = member("alpha");
  auto b = member("bravo");
  ASSERT_TRUE(erase(a));
  auto ran = run_retention(*m_db, m_clock);
  ASSERT_TRUE(ran) << ran.error().message;
  EXPECT_EQ(*ran, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM consent_ledger WHERE member_id = $1", {a}), 1);

  Clock later;
  later.set_offset(3 * 365 * kDay + kDay);
  ran = run_retention(*m_db, later);
  ASSERT_TRUE(ran) << ran.error().message;
  EXPECT_EQ(*ran, 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM consent_ledger WHERE member_id = $1", {a}), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM consent_ledger WHERE member_id = $1", {b}), 1);
  // The erasure is purged once the longest retention of the map has run out.
  EXPECT_EQ(count("SELECT COUNT(*) FROM erasures WHERE purged_at IS NULL"), 1);
  later.set_offset(privacy::longest_retention_days() * kDay + kDay);
  ran = run_retention(*m_db, later);
  ASSERT_TRUE(ran) << ran.error().message;
  EXPECT_EQ(count("SELECT COUNT(*) FROM erasures WHERE purged_at IS NULL"), 0);
  ran = run_retention(*m_db, later);
  ASSERT_TRUE(ran);
  EXPECT_EQ(*ran, 0);
}

TEST_P(ErasureTest, P15_an_erased_members_id_is_never_given_to_a_new_member) {
  member("alpha");
  auto newest = member("bravo");
  ASSERT_TRUE(erase(newest));
  auto next = member("charlie");
  EXPECT_GT(next, newest);
  EXPECT_EQ(count("SELECT COUNT(*) FROM consent_ledger WHERE member_id = $1", {next}), 1);
  // And the new member can be erased in turn.
  ASSERT_TRUE(erase(next));
}

TEST_P(ErasureTest, P15_a_wrong_password_or_no_confirmation_is_a_field_error) {
  auto a = member("alpha");
  auto hash = accounts::hash_password("correct horse battery", {});
  ASSERT_TRUE(hash);
  exec("UPDATE members SET password_hash = $1 WHERE id = $2", {*hash, a});
  auto wrong = check_erasure_request(*m_db, a, "wrong password here", true);
  ASSERT_TRUE(wrong);
  EXPECT_TRUE(wrong->contains("password"));
  auto unconfirmed = check_erasure_request(*m_db, a, "correct horse battery", false);
  ASSERT_TRUE(unconfirmed);
  EXPECT_TRUE(unconfirmed->contains("confirm"));
  EXPECT_FALSE(unconfirmed->contains("password"));
  auto fine = check_erasure_request(*m_db, a, "correct horse battery", true);
  ASSERT_TRUE(fine);
  EXPECT_TRUE(fine->empty());
}

TEST_P(ErasureTest, P15_staff_carrying_out_a_request_are_named_in_the_audit_and_the_mail) {
  auto a = member("alpha");
  auto report = erase_member(*m_db, m_clock, m_settings, a, {ErasureActor::Kind::staff, 7});
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'member.erased' AND actor_kind = 'staff'"
                  " AND actor_id = 7 AND subject = $1",
                  {"member:" + std::to_string(a)}),
            1);
  ASSERT_EQ(m_sent.size(), 1u);
  EXPECT_NE(m_sent[0].body.find("support staff"), std::string::npos);
}

HANSE_DB_TEST_SUITE(ErasureTest);

}  // namespace
}  // namespace hanse::rights
