// P-19 end to end below HTTP, on SQLite and PostgreSQL: members registered
// while version 1 is in force keep its terms after version 2 takes effect
// (a purpose only version 2 allows is refused for their data), members who
// register after the effective date are pinned to version 2 and allowed, and
// accepting version 2 re-pins the earlier members. The clock is moved.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "accounts/accounts.h"
#include "accounts/member_store.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "privacy/guard.h"
#include "privacy/publication.h"

namespace hanse::accounts {
namespace {

using db::testing::DbTest;

std::string clause(const std::string& id, const std::string& category, const std::string& purpose) {
  return "\n[[clause]]\nid = \"" + id + "\"\ntitle = \"" + id + "\"\nopp115 = \"First Party Collection/Use\"\n"
         "text = \"Test clause.\"\ncategories = [\"" + category + "\"]\npurposes = [\"" + purpose + "\"]\n"
         "recipients = [\"operator\"]\nchoice = \"always\"\nretention = \"while the account exists\"\n"
         "requirements = [\"P-19\"]\n";
}

std::string version(int n, const std::string& effective, const std::string& clauses) {
  return "version = " + std::to_string(n) + "\npublished = \"2026-01-01\"\neffective = \"" + effective +
         "\"\nsummary = \"Test.\"\n" + clauses;
}

class GrandfatheringTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    const char* source = std::getenv("HANSE_SOURCE_DIR");
    auto taxonomy = privacy::Taxonomy::load(
        (std::filesystem::path(source ? source : ".") / "policy" / "taxonomy").string());
    ASSERT_TRUE(taxonomy) << taxonomy.error().message;
    auto account = clause("account", "user.contact.email", "essential.service.authentication");
    auto v1 = privacy::parse_policy(version(1, "2026-01-01", account), *taxonomy, "v1");
    auto v2 = privacy::parse_policy(
        version(2, "2099-06-01", account + clause("greeting", "user.name", "personalize")), *taxonomy, "v2");
    ASSERT_TRUE(v1 && v2);
    auto book = privacy::PolicyBook::from_versions(*taxonomy, {*v1, *v2});
    ASSERT_TRUE(book) << book.error().message;
    m_book = std::move(*book);
    m_guard = std::make_unique<privacy::Guard>(*m_book, m_clock);
    AccountsSettings settings;
    settings.password = {8192, 1};
    settings.policy_version_in_force = [this](std::int64_t now) -> std::int64_t {
      return m_book->in_force(now)->number;
    };
    m_outbox = std::make_unique<mail::Outbox>("Hanse", m_clock);
    m_accounts = std::make_unique<Accounts>(*m_db, m_clock, *m_outbox, settings);
  }

  std::int64_t register_member(const std::string& email) {
    RegistrationInput in;
    in.fields = {"Anna Schmidt", email, "+49 40 1234567", "Street 1", "DE", "Acme", "Park 2"};
    in.password = "correct horse battery";
    in.accepted_policy = true;
    auto outcome = m_accounts->register_member(in, {"127.0.0.1", "test"});
    EXPECT_TRUE(outcome && outcome->session);
    return outcome->session->session.owner_id;
  }

  bool may_personalize(std::int64_t member) {
    auto lease = m_db->acquire();
    privacy::ReadRequest read{{privacy::ActorKind::system, 0}, member, {"members.name"}, "personalize", "test", std::nullopt};
    return m_guard->read(**lease, read).has_value();
  }

  Clock m_clock;
  std::unique_ptr<privacy::PolicyBook> m_book;
  std::unique_ptr<privacy::Guard> m_guard;
  std::unique_ptr<mail::Outbox> m_outbox;
  std::unique_ptr<Accounts> m_accounts;
};

TEST_P(GrandfatheringTest, P19_old_data_keeps_its_version_new_data_gets_the_new_one) {
  auto before = register_member("before@example.com");
  EXPECT_FALSE(may_personalize(before));  // version 2 is not in force yet

  // Cross version 2's effective date without restarting anything.
  auto effective = privacy::parse_iso_date("2099-06-01");
  ASSERT_TRUE(effective);
  m_clock.set_offset(*effective - m_clock.now() + 3600);
  ASSERT_EQ(m_book->in_force(m_clock.now())->number, 2);

  EXPECT_FALSE(may_personalize(before)) << "data collected under version 1 took version 2's new purpose";
  auto after = register_member("after@example.com");
  EXPECT_TRUE(may_personalize(after)) << "data collected after the effective date is not under version 2";

  {
    auto lease = m_db->acquire();
    ASSERT_TRUE(privacy::accept_version(**lease, *m_book, before, 2, m_clock.now(), "/account/policy"));
  }
  EXPECT_TRUE(may_personalize(before)) << "accepting version 2 did not re-pin the member's data";
}

HANSE_DB_TEST_SUITE(GrandfatheringTest);

}  // namespace
}  // namespace hanse::accounts
