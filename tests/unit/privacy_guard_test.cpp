// The privacy guard (P-2) on SQLite and PostgreSQL: an allowed and a refused
// read for each choice type, fail-closed on unknown purposes and fields,
// staff reads in the access log, reads pinned to the policy version the
// data was collected under (P-19), and reads of tables other than members
// (rows belonging to the member by a member column, one row by its id).
// The run-time door is installed, so on SQLite these tests also prove that
// the guard opens its own scope.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "db/migrations.h"
#include "db_fixture.h"
#include "privacy/consent_ledger.h"
#include "privacy/door.h"
#include "privacy/guard.h"
#include "privacy/suppression.h"

namespace hanse::privacy {
namespace {

using db::testing::DbTest;
using db::Value;

const char* kV1 = R"(
version = 1
published = "2026-01-01"
effective = "2026-01-01"
summary = "Test policy."

[[clause]]
id = "account"
title = "Running your account"
opp115 = "First Party Collection/Use"
text = "We use your e-mail address to sign you in."
categories = ["user.contact.email"]
purposes = ["essential.service.authentication"]
recipients = ["operator"]
choice = "always"
retention = "while the account exists"
requirements = ["P-2"]

[[clause]]
id = "newsletter"
title = "News by e-mail"
opp115 = "User Choice/Control"
text = "We send news unless you opt out."
categories = ["user.contact.email"]
purposes = ["marketing.communications.email"]
recipients = ["operator"]
choice = "opt-out"
retention = "while the account exists"
requirements = ["P-11"]

[[clause]]
id = "targeted-banners"
title = "Targeted banners"
opp115 = "User Choice/Control"
text = "Banners by your name's region, if you opt in."
categories = ["user.name"]
purposes = ["marketing.advertising.first_party.targeted"]
recipients = ["operator"]
choice = "opt-in"
retention = "while the account exists"
requirements = ["P-11"]

[[clause]]
id = "support"
title = "Helping you"
opp115 = "First Party Collection/Use"
text = "Support staff read your choices and messages to answer you."
categories = ["user.privacy_preferences", "user.content.private"]
purposes = ["essential.service.operations.support"]
recipients = ["operator"]
choice = "always"
retention = "while the account exists"
requirements = ["P-2"]
)";

// Version 2 adds a purpose for names: personalisation.
std::string v2() {
  std::string text = kV1;
  text.replace(text.find("version = 1"), 11, "version = 2");
  text.replace(text.find("published = \"2026-01-01\""), 24, "published = \"2026-02-01\"");
  text.replace(text.find("effective = \"2026-01-01\""), 24, "effective = \"2026-03-01\"");
  text += R"(
[[clause]]
id = "personal-pages"
title = "Pages made for you"
opp115 = "First Party Collection/Use"
text = "We greet you by name."
categories = ["user.name"]
purposes = ["personalize"]
recipients = ["operator"]
choice = "always"
retention = "while the account exists"
requirements = ["P-11"]
)";
  return text;
}

std::string taxonomy_dir() {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  return (std::filesystem::path(source ? source : ".") / "policy" / "taxonomy").string();
}

class GuardTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    auto taxonomy = Taxonomy::load(taxonomy_dir());
    ASSERT_TRUE(taxonomy) << taxonomy.error().message;
    auto one = parse_policy(kV1, *taxonomy, "v1");
    ASSERT_TRUE(one) << one.error().message;
    auto two = parse_policy(v2(), *taxonomy, "v2");
    ASSERT_TRUE(two) << two.error().message;
    auto book = PolicyBook::from_versions(*taxonomy, {*one, *two});
    ASSERT_TRUE(book) << book.error().message;
    m_book = std::move(*book);
    m_guard = std::make_unique<Guard>(*m_book, m_clock);
    install_door(*m_db, *m_book);
    m_member = insert_member("anna@example.com", "Anna", "+49401234567");
    m_other = insert_member("ben@example.com", "Ben", "");
  }

  // A member pinned to policy version 1; returns the id.
  std::int64_t insert_member(const std::string& email, const std::string& name, const std::string& phone) {
    auto lease = m_db->acquire();
    const Value params[] = {email, name, phone};
    auto row = (*lease)->query_one(
        "INSERT INTO members (email, name, phone, address, country, company_name, company_address,"
        " password_hash, created_at, updated_at, policy_version) VALUES ($1, $2, $3, 'Street 1', 'DE',"
        " 'Acme', 'Park 2', 'x', 0, 0, 1) RETURNING id", params);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : 0;
  }

  ReadRequest request(std::vector<std::string> fields, std::string purpose,
                      Actor actor = {ActorKind::system, 0}) {
    return ReadRequest{actor, m_member, std::move(fields), std::move(purpose), "test", std::nullopt};
  }

  Result<PersonalValues> read(const ReadRequest& r) {
    auto lease = m_db->acquire();
    return m_guard->read(**lease, r);
  }

  Result<std::vector<PersonalValues>> read_all(const ReadRequest& r) {
    auto lease = m_db->acquire();
    return m_guard->read_all(**lease, r);
  }

  void choose(const std::string& clause, const std::string& value, std::int64_t member = 0) {
    auto lease = m_db->acquire();
    ASSERT_TRUE(record(**lease, {0, member ? member : m_member, ConsentKind::clause, clause, value,
                                 m_clock.now(), "/test"}));
  }

  // The ids of a member's consent ledger rows, oldest first.
  std::vector<std::int64_t> ledger_ids(std::int64_t member) {
    auto lease = m_db->acquire();
    const Value params[] = {member};
    auto rows = (*lease)->query("SELECT id FROM consent_ledger WHERE member_id = $1 ORDER BY id", params);
    EXPECT_TRUE(rows) << rows.error().message;
    std::vector<std::int64_t> ids;
    for (auto& row : *rows) ids.push_back(row.integer(0));
    return ids;
  }

  Clock m_clock;
  std::unique_ptr<PolicyBook> m_book;
  std::unique_ptr<Guard> m_guard;
  std::int64_t m_member = 0;
  std::int64_t m_other = 0;
};

TEST_P(GuardTest, P2_always_clause_allows_its_purpose_and_nothing_else) {
  auto allowed = read(request({"members.email"}, "essential.service.authentication"));
  ASSERT_TRUE(allowed) << allowed.error().message;
  EXPECT_EQ(allowed->at("members.email"), "anna@example.com");
  auto refused = read(request({"members.email"}, "analytics.reporting"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::forbidden);
  EXPECT_NE(refused.error().message.find("members.email"), std::string::npos);
  auto phone = read(request({"members.phone"}, "essential.service.authentication"));
  EXPECT_FALSE(phone);  // no clause covers phone numbers for sign-in
}

// P-18: once a guardian's request put an address on the suppression list,
// the guard refuses every promotional purpose for the member registered
// with it (and for one who registers with it later), whatever their
// choices; other purposes are untouched, and the list holds no address.
TEST_P(GuardTest, P18_suppressed_address_gets_no_promotion_marketing_or_advertising) {
  const std::string key = "a test key of more than sixteen bytes";
  choose("targeted-banners", "granted");
  EXPECT_TRUE(read(request({"members.email"}, "marketing.communications.email")));
  EXPECT_TRUE(read(request({"members.name"}, "marketing.advertising.first_party.targeted")));
  {
    auto lease = m_db->acquire();
    auto st = suppress_address(**lease, key, " Anna@Example.com ", m_clock.now());
    ASSERT_TRUE(st) << st.error().message;
  }
  const std::pair<const char*, const char*> promotions[] = {
      {"members.email", "marketing.communications.email"},
      {"members.name", "marketing.advertising.first_party.targeted"}};
  for (auto [field, purpose] : promotions) {
    auto refused = read(request({field}, purpose));
    ASSERT_FALSE(refused) << purpose;
    EXPECT_EQ(refused.error().kind, ErrorKind::forbidden);
    EXPECT_NE(refused.error().message.find("suppression list"), std::string::npos) << refused.error().message;
  }
  EXPECT_TRUE(read(request({"members.email"}, "essential.service.authentication"))) << "a notice is not a promotion";
  auto other = ReadRequest{{ActorKind::system, 0}, m_other, {"members.email"}, "marketing.communications.email", "test", {}};
  EXPECT_TRUE(read(other)) << "another member was suppressed";

  // The list holds the keyed hash only.
  auto lease = m_db->acquire();
  auto rows = (*lease)->query("SELECT address_hash, created_at FROM promotion_suppressions");
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].text(0), suppression_hash(key, "anna@example.com"));
  EXPECT_EQ((*rows)[0].text(0).find("anna"), std::string::npos);
  auto listed = is_suppressed(**lease, key, "ANNA@example.com");
  ASSERT_TRUE(listed) << listed.error().message;
  EXPECT_TRUE(*listed);
  EXPECT_FALSE(*is_suppressed(**lease, key, "ben@example.com"));
  EXPECT_FALSE(*is_suppressed(**lease, "another key of more than sixteen bytes", "anna@example.com"))
      << "the hash does not depend on the key";

  // A later registration with the address: apply_suppression marks the new member.
  auto late = insert_member("carla@example.com", "Carla", "");
  ASSERT_TRUE(suppress_address(**lease, key, "carla.kid@example.com", m_clock.now()));
  auto kid = insert_member("carla.kid@example.com", "Kid", "");
  auto applied = apply_suppression(**lease, key, kid, "carla.kid@example.com", m_clock.now());
  ASSERT_TRUE(applied) << applied.error().message;
  EXPECT_TRUE(*applied);
  EXPECT_FALSE(*apply_suppression(**lease, key, late, "carla@example.com", m_clock.now()));
  auto kid_read = ReadRequest{{ActorKind::system, 0}, kid, {"members.email"}, "marketing.communications.email", "test", {}};
  EXPECT_FALSE(read(kid_read)) << "a member registered with a suppressed address got a promotion";
}

TEST(Suppression, P18_hash_is_keyed_normalised_and_never_the_address) {
  const std::string key = "0123456789abcdef0123456789abcdef";
  auto hash = suppression_hash(key, "kid@example.com");
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(hash, suppression_hash(key, "  KID@Example.COM\n"));
  EXPECT_NE(hash, suppression_hash(key, "kid2@example.com"));
  EXPECT_NE(hash, suppression_hash("fedcba9876543210fedcba9876543210", "kid@example.com"));
  EXPECT_EQ(hash.find("kid"), std::string::npos);
  EXPECT_EQ(suppression_hash("short", "kid@example.com"), "") << "a key under 16 bytes must not hash";
  EXPECT_TRUE(is_promotional_purpose("marketing"));
  EXPECT_TRUE(is_promotional_purpose("marketing.communications.email"));
  EXPECT_TRUE(is_promotional_purpose("marketing.advertising.third_party.targeted"));
  EXPECT_TRUE(is_promotional_purpose("analytics.reporting.campaign_insights"));
  EXPECT_FALSE(is_promotional_purpose("essential.service.notifications"));
  EXPECT_FALSE(is_promotional_purpose("marketingx"));
}

TEST_P(GuardTest, P2_opt_out_clause_allows_until_the_member_opts_out) {
  EXPECT_TRUE(read(request({"members.email"}, "marketing.communications.email")));
  choose("newsletter", "denied");
  auto refused = read(request({"members.email"}, "marketing.communications.email"));
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("newsletter"), std::string::npos) << refused.error().message;
  choose("newsletter", "granted");
  EXPECT_TRUE(read(request({"members.email"}, "marketing.communications.email")));
}

TEST_P(GuardTest, P2_opt_in_clause_refuses_until_the_member_opts_in) {
  auto refused = read(request({"members.name"}, "marketing.advertising.first_party.targeted"));
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("targeted-banners"), std::string::npos);
  choose("targeted-banners", "granted");
  EXPECT_TRUE(read(request({"members.name"}, "marketing.advertising.first_party.targeted")));
}

TEST_P(GuardTest, P2_unknown_purpose_or_field_fails_closed) {
  EXPECT_FALSE(read(request({"members.email"}, "essential.service.teleportation")));
  EXPECT_FALSE(read(request({"members.shoe_size"}, "essential.service.authentication")));
  EXPECT_FALSE(read(request({"members.id"}, "essential.service.authentication")));  // not personal
  EXPECT_FALSE(read(request({}, "essential.service.authentication")));
}

TEST_P(GuardTest, P2_staff_reads_are_logged_for_the_member) {
  ASSERT_TRUE(read(request({"members.email"}, "essential.service.authentication", {ActorKind::staff, 7})));
  ASSERT_TRUE(read(request({"members.email"}, "essential.service.authentication", {ActorKind::system, 0})));
  auto lease = m_db->acquire();
  auto log = staff_accesses(**lease, m_member);
  ASSERT_TRUE(log) << log.error().message;
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ((*log)[0].staff_id, 7);
  EXPECT_EQ((*log)[0].fields, "members.email");
  EXPECT_EQ((*log)[0].purpose, "essential.service.authentication");
}

TEST_P(GuardTest, P2_refused_staff_read_is_not_logged_and_returns_nothing) {
  auto refused = read(request({"members.phone"}, "analytics.reporting", {ActorKind::staff, 7}));
  ASSERT_FALSE(refused);
  auto lease = m_db->acquire();
  EXPECT_TRUE(staff_accesses(**lease, m_member)->empty());
}

TEST_P(GuardTest, P19_added_purpose_refused_for_old_data) {
  // Data pinned to version 1: personalisation, added by version 2, is refused.
  auto refused = read(request({"members.name"}, "personalize"));
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("version 1"), std::string::npos) << refused.error().message;
  // Once the record is pinned to version 2 (the member accepted it), allowed.
  {
    auto lease = m_db->acquire();
    const Value params[] = {m_member};
    ASSERT_TRUE((*lease)->execute("UPDATE members SET policy_version = 2 WHERE id = $1", params));
  }
  EXPECT_TRUE(read(request({"members.name"}, "personalize")));
}

TEST_P(GuardTest, P2_reads_every_row_of_another_table_that_belongs_to_the_member) {
  choose("newsletter", "denied");
  choose("targeted-banners", "granted");
  choose("newsletter", "granted", m_other);  // not Anna's
  auto rows = read_all(request({"consent_ledger.what", "consent_ledger.value"},
                               "essential.service.operations.support"));
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].at("consent_ledger.what"), "newsletter");
  EXPECT_EQ((*rows)[0].at("consent_ledger.value"), "denied");
  EXPECT_EQ((*rows)[1].at("consent_ledger.what"), "targeted-banners");
  // Not allowed for this purpose: refused as for members.
  auto refused = read_all(request({"consent_ledger.value"}, "marketing.communications.email"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::forbidden);
}

TEST_P(GuardTest, P2_reads_one_row_of_another_table_by_id_only_when_it_is_the_members) {
  choose("newsletter", "denied");
  choose("newsletter", "granted", m_other);
  auto own = ledger_ids(m_member);
  auto others = ledger_ids(m_other);
  ASSERT_EQ(own.size(), 1u);
  ASSERT_EQ(others.size(), 1u);
  auto r = request({"consent_ledger.value"}, "essential.service.operations.support");
  r.row_id = own[0];
  auto value = read(r);
  ASSERT_TRUE(value) << value.error().message;
  EXPECT_EQ(value->at("consent_ledger.value"), "denied");
  r.row_id = others[0];  // Ben's row, asked for as Anna's
  auto not_hers = read(r);
  ASSERT_FALSE(not_hers);
  EXPECT_EQ(not_hers.error().kind, ErrorKind::not_found);
  r.row_id.reset();  // one row of a table other than members needs its id
  EXPECT_FALSE(read(r));
}

TEST_P(GuardTest, P2_refuses_reads_it_cannot_attribute_to_the_member) {
  // Fields of two tables in one read.
  auto mixed = read(request({"members.email", "consent_ledger.value"}, "essential.service.operations.support"));
  ASSERT_FALSE(mixed);
  EXPECT_EQ(mixed.error().kind, ErrorKind::forbidden);
  // A table whose rows are not a member's by any column.
  auto outbox = read_all(request({"mail_outbox.body"}, "essential.service.operations.support"));
  ASSERT_FALSE(outbox);
  EXPECT_NE(outbox.error().message.find("mail_outbox.body"), std::string::npos) << outbox.error().message;
  // The members row is the member's own: another id is refused.
  auto r = request({"members.email"}, "essential.service.authentication");
  r.row_id = m_other;
  EXPECT_FALSE(read(r));
}

TEST_P(GuardTest, P2_staff_reads_of_other_tables_are_logged_once) {
  choose("newsletter", "denied");
  choose("targeted-banners", "granted");
  auto rows = read_all(request({"consent_ledger.value"}, "essential.service.operations.support",
                               {ActorKind::staff, 9}));
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_EQ(rows->size(), 2u);
  auto lease = m_db->acquire();
  auto log = staff_accesses(**lease, m_member);
  ASSERT_TRUE(log) << log.error().message;
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ((*log)[0].staff_id, 9);
  EXPECT_EQ((*log)[0].fields, "consent_ledger.value");
}

HANSE_DB_TEST_SUITE(GuardTest);

}  // namespace
}  // namespace hanse::privacy
