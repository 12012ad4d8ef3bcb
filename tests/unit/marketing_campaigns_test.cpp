// Marketing e-mail (P-11) on SQLite and PostgreSQL: who a campaign reaches
// (the guard for marketing.communications on members.email, the member's
// choice for the topic, defaults from the policy version's marketing-email
// clause, the children's suppression list), sending once, and the
// one-click unsubscribe tokens (opaque, stored hashed, forged ones change
// nothing). The run-time door is installed, so on SQLite these tests also
// prove that every read of personal data opens its scope.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "accounts/tokens.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "mail/outbox.h"
#include "marketing/campaigns.h"
#include "marketing/choices.h"
#include "marketing/postal.h"
#include "marketing/unsubscribe.h"
#include "privacy/consent_ledger.h"
#include "privacy/door.h"
#include "privacy/guard.h"
#include "privacy/suppression.h"

namespace hanse::marketing {
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
text = "We use your e-mail address to sign you in and tell you about your account."
categories = ["user.contact.email"]
purposes = ["essential.service.authentication", "essential.service.notifications"]
recipients = ["operator"]
choice = "always"
retention = "while the account exists"
requirements = ["P-2"]

[[clause]]
id = "marketing-email"
title = "News by e-mail"
opp115 = "User Choice/Control"
text = "We send news unless you opt out."
categories = ["user.name", "user.contact.email", "user.contact.address"]
purposes = ["marketing.communications"]
recipients = ["operator"]
choice = "opt-out"
retention = "while the account exists"
requirements = ["P-11"]
)";

// Version 2 makes marketing e-mail opt-in.
std::string v2() {
  std::string text = kV1;
  text.replace(text.find("version = 1"), 11, "version = 2");
  text.replace(text.find("published = \"2026-01-01\""), 24, "published = \"2026-02-01\"");
  text.replace(text.find("effective = \"2026-01-01\""), 24, "effective = \"2026-03-01\"");
  text.replace(text.find("choice = \"opt-out\""), 18, "choice = \"opt-in\"");
  return text;
}

std::string taxonomy_dir() {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  return (std::filesystem::path(source ? source : ".") / "policy" / "taxonomy").string();
}

const std::string kKey = "a test key of more than sixteen bytes";

class MarketingTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    auto taxonomy = privacy::Taxonomy::load(taxonomy_dir());
    ASSERT_TRUE(taxonomy) << taxonomy.error().message;
    auto one = privacy::parse_policy(kV1, *taxonomy, "v1");
    ASSERT_TRUE(one) << one.error().message;
    auto two = privacy::parse_policy(v2(), *taxonomy, "v2");
    ASSERT_TRUE(two) << two.error().message;
    auto book = privacy::PolicyBook::from_versions(*taxonomy, {*one, *two});
    ASSERT_TRUE(book) << book.error().message;
    m_book = std::move(*book);
    m_guard = std::make_unique<privacy::Guard>(*m_book, m_clock);
    privacy::install_door(*m_db, *m_book);
  }

  std::int64_t insert_member(const std::string& email, int version = 1) {
    auto lease = m_db->acquire();
    const Value params[] = {email, std::int64_t{version}};
    auto row = (*lease)->query_one(
        "INSERT INTO members (email, name, phone, address, country, company_name, company_address,"
        " password_hash, created_at, updated_at, policy_version) VALUES ($1, 'N', '', 'Street 1', 'DE',"
        " 'Acme', 'Park 2', 'x', 0, 0, $2) RETURNING id", params);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : 0;
  }

  void choose(std::int64_t member, const std::string& what, bool allowed) {
    auto done = m_db->transaction([&](db::Connection& conn) -> Status {
      HANSE_TRY_STATUS(record_choices(conn, *m_book, member, {{what, allowed}}, "/test", m_clock.now()));
      return {};
    });
    ASSERT_TRUE(done) << done.error().message;
  }

  std::vector<std::string> audience_of(Topic topic) {
    auto lease = m_db->acquire();
    auto who = audience(**lease, *m_guard, *m_book, topic);
    EXPECT_TRUE(who) << who.error().message;
    std::vector<std::string> out;
    if (who) for (auto& r : *who) out.push_back(r.email);
    return out;
  }

  std::int64_t campaign(Topic topic, const std::string& subject = "Spring offers") {
    auto lease = m_db->acquire();
    auto id = create_campaign(**lease, {std::string(to_string(topic)), subject, "Hello from the test."}, 7,
                              m_clock.now());
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  Result<std::int64_t> send(std::int64_t id) {
    return send_campaign(*m_db, *m_guard, *m_book, m_outbox, {"Hanse Test", "https://hanse.example"}, id,
                         m_clock.now());
  }

  // (recipient, list_unsubscribe, body) of the marketing rows of the outbox.
  std::vector<std::vector<std::string>> outbox() {
    auto lease = m_db->acquire();
    privacy::OwnerRead door("test");
    auto rows = (*lease)->query(
        "SELECT recipient, list_unsubscribe, body FROM mail_outbox WHERE kind = 'marketing' ORDER BY id");
    EXPECT_TRUE(rows) << rows.error().message;
    std::vector<std::vector<std::string>> out;
    if (rows) for (auto& r : *rows) out.push_back({r.text(0), r.text(1), r.text(2)});
    return out;
  }

  std::int64_t count(const std::string& sql) {
    auto lease = m_db->acquire();
    privacy::OwnerRead door("test");
    auto row = (*lease)->query_one(sql);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : -1;
  }

  Clock m_clock;
  std::unique_ptr<privacy::PolicyBook> m_book;
  std::unique_ptr<privacy::Guard> m_guard;
  mail::Outbox m_outbox{"Hanse Test", m_clock};
};

TEST_P(MarketingTest, DefaultsComeFromThePinnedVersionsMarketingClause) {
  EXPECT_TRUE(default_allowed(*m_book, 1));   // opt-out
  EXPECT_FALSE(default_allowed(*m_book, 2));  // opt-in
  EXPECT_FALSE(default_allowed(*m_book, 9));  // no such version
  auto v1 = insert_member("one@example.com", 1);
  auto v2 = insert_member("two@example.com", 2);
  auto lease = m_db->acquire();
  auto a = contact_choices(**lease, *m_book, v1);
  ASSERT_TRUE(a) << a.error().message;
  ASSERT_EQ(a->items.size(), 5u);
  for (auto& item : a->items) {
    EXPECT_TRUE(item.allowed) << item.what;
    EXPECT_FALSE(item.chosen) << item.what;
  }
  auto b = contact_choices(**lease, *m_book, v2);
  ASSERT_TRUE(b) << b.error().message;
  for (auto& item : b->items) EXPECT_FALSE(item.allowed) << item.what;
  EXPECT_FALSE(contact_choices(**lease, *m_book, 999999));
}

TEST_P(MarketingTest, RecordsOnlyChangesInTheLedgerAndAuditsThem) {
  auto m = insert_member("anna@example.com");
  std::vector<ChoiceChange> changes;
  auto done = m_db->transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY(changes, record_choices(conn, *m_book, m,
                                      {{"email.promotions", false}, {"email.newsletter", true}, {"phone", false}},
                                      "/account/messages", m_clock.now()));
    return {};
  });
  ASSERT_TRUE(done) << done.error().message;
  ASSERT_EQ(changes.size(), 2u);  // the newsletter was allowed already (opt-out default)
  EXPECT_EQ(count("SELECT COUNT(*) FROM consent_ledger WHERE kind = 'marketing' AND value = 'denied' "
                  "AND source = '/account/messages' AND what IN ('email.promotions', 'phone')"),
            2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'consent.changed'"), 1);
  auto lease = m_db->acquire();
  auto bad = record_choices(**lease, *m_book, m, {{"fax", true}}, "/x", m_clock.now());
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, ErrorKind::invalid_input);
}

TEST_P(MarketingTest, P11_marketing_email_audience_follows_guard_choices_and_suppression) {
  insert_member("default@example.com");              // opt-out version, no choice: allowed
  auto no_promo = insert_member("nopromo@example.com");
  choose(no_promo, "email.promotions", false);
  auto opt_out_clause = insert_member("clause@example.com");
  {  // refused the whole clause: the guard says no for every topic
    auto lease = m_db->acquire();
    ASSERT_TRUE(privacy::record(**lease, {0, opt_out_clause, privacy::ConsentKind::clause, "marketing-email",
                                          "denied", m_clock.now(), "/test"}));
  }
  insert_member("kid@example.com");
  {
    auto lease = m_db->acquire();
    ASSERT_TRUE(privacy::suppress_address(**lease, kKey, "kid@example.com", m_clock.now()));
  }
  insert_member("optin@example.com", 2);               // opt-in version, no choice: not allowed
  auto opted_in = insert_member("yes@example.com", 2);
  choose(opted_in, "email.newsletter", true);

  EXPECT_EQ(audience_of(Topic::promotions), (std::vector<std::string>{"default@example.com"}));
  EXPECT_EQ(audience_of(Topic::newsletter),
            (std::vector<std::string>{"default@example.com", "nopromo@example.com", "yes@example.com"}));
}

// The guard decides by the clause as a whole: refusing every channel
// denies the clause, allowing one again grants it (opt-in versions too).
TEST_P(MarketingTest, P11_marketing_email_clause_answer_follows_the_channels) {
  auto a = insert_member("a@example.com", 1);
  auto b = insert_member("b@example.com", 2);
  const auto clause_rows = [&](std::int64_t m) {
    return count("SELECT COUNT(*) FROM consent_ledger WHERE kind = 'clause' AND what = 'marketing-email' AND member_id = " +
                 std::to_string(m));
  };
  std::map<std::string, bool> none;
  for (const auto& c : channels()) none[std::string(c.what)] = false;
  auto done = m_db->transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(record_choices(conn, *m_book, a, none, "/test", m_clock.now()));
    HANSE_TRY_STATUS(record_choices(conn, *m_book, b, none, "/test", m_clock.now()));  // nothing changes
    return {};
  });
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(clause_rows(a), 1);
  EXPECT_EQ(clause_rows(b), 0);
  EXPECT_TRUE(audience_of(Topic::newsletter).empty());
  choose(a, "email.newsletter", true);
  choose(b, "email.newsletter", true);
  EXPECT_EQ(clause_rows(a), 2);
  EXPECT_EQ(clause_rows(b), 1);
  EXPECT_EQ(audience_of(Topic::newsletter), (std::vector<std::string>{"a@example.com", "b@example.com"}));
  EXPECT_TRUE(audience_of(Topic::promotions).empty());
}

TEST_P(MarketingTest, P11_marketing_email_sends_once_with_one_click_links) {
  insert_member("a@example.com");
  auto b = insert_member("b@example.com");
  choose(b, "email.new_services", false);
  auto id = campaign(Topic::new_services);
  auto sent = send(id);
  ASSERT_TRUE(sent) << sent.error().message;
  EXPECT_EQ(*sent, 1);
  auto rows = outbox();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0], "a@example.com");
  const std::string& url = rows[0][1];
  ASSERT_TRUE(url.starts_with("https://hanse.example/unsubscribe/")) << url;
  const std::string token = url.substr(std::string("https://hanse.example/unsubscribe/").size());
  EXPECT_TRUE(is_token_shaped(token)) << token;
  EXPECT_NE(rows[0][2].find(url), std::string::npos) << "the body lacks the link: " << rows[0][2];
  EXPECT_NE(rows[0][2].find("Hello from the test."), std::string::npos);
  EXPECT_NE(rows[0][2].find("/account/messages"), std::string::npos);
  // Stored hashed, never as the token.
  EXPECT_EQ(count("SELECT COUNT(*) FROM marketing_unsubscribe_tokens WHERE token_hash = '" +
                  accounts::token_hash(token) + "'"),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM marketing_unsubscribe_tokens WHERE token_hash = '" + token + "'"), 0);
  EXPECT_EQ(count("SELECT recipients FROM marketing_campaigns WHERE id = " + std::to_string(id)), 1);

  // Sent once: a second send is a conflict and queues nothing.
  auto again = send(id);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  EXPECT_EQ(outbox().size(), 1u);
  auto missing = send(id + 1000);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::not_found);
}

TEST_P(MarketingTest, P11_marketing_email_token_unsubscribes_and_forged_ones_change_nothing) {
  auto a = insert_member("a@example.com");
  ASSERT_TRUE(send(campaign(Topic::promotions)));
  auto rows = outbox();
  ASSERT_EQ(rows.size(), 1u);
  const std::string token = rows[0][1].substr(rows[0][1].rfind('/') + 1);
  const auto ledger = [&] {
    return count("SELECT COUNT(*) FROM consent_ledger WHERE member_id = " + std::to_string(a));
  };
  auto lease = m_db->acquire();

  // Forged: well-shaped but unknown, malformed, empty, the member id.
  std::string forged = token;
  forged[0] = forged[0] == 'A' ? 'B' : 'A';
  for (const std::string& bad : {forged, std::string("x"), std::string(), std::to_string(a),
                                 token + "'; DROP TABLE members; --"}) {
    auto r = unsubscribe(**lease, *m_book, bad, m_clock.now());
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_FALSE(*r) << bad;
  }
  EXPECT_EQ(ledger(), 0);

  auto holder = find_token(**lease, token, m_clock.now());
  ASSERT_TRUE(holder && *holder);
  EXPECT_EQ((*holder)->member_id, a);
  EXPECT_FALSE((*holder)->used);

  auto done = unsubscribe(**lease, *m_book, token, m_clock.now());
  ASSERT_TRUE(done) << done.error().message;
  ASSERT_TRUE(*done);
  EXPECT_EQ(**done, Topic::promotions);
  EXPECT_EQ(count("SELECT COUNT(*) FROM consent_ledger WHERE kind = 'marketing' AND what = 'email.promotions'"
                  " AND value = 'denied' AND source = 'unsubscribe link'"),
            1);
  EXPECT_EQ(ledger(), 1);
  // Repeating it (mail clients may post twice) records nothing new.
  ASSERT_TRUE(unsubscribe(**lease, *m_book, token, m_clock.now()));
  EXPECT_EQ(ledger(), 1);
  EXPECT_TRUE(audience_of(Topic::promotions).empty());
  EXPECT_EQ(audience_of(Topic::newsletter), (std::vector<std::string>{"a@example.com"}));

  // Expired: older than the lifetime, the link is unknown.
  auto late = find_token(**lease, token, m_clock.now() + (kTokenLifetimeDays + 1) * 24 * 3600);
  ASSERT_TRUE(late);
  EXPECT_FALSE(*late);
  // ... and the retention job deletes it then, not before.
  auto kept = purge_expired_tokens(*m_db, m_clock.now() + (kTokenLifetimeDays - 1) * 24 * 3600);
  ASSERT_TRUE(kept) << kept.error().message;
  EXPECT_EQ(*kept, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM marketing_unsubscribe_tokens"), 1);
  auto purged = purge_expired_tokens(*m_db, m_clock.now() + (kTokenLifetimeDays + 1) * 24 * 3600);
  ASSERT_TRUE(purged) << purged.error().message;
  EXPECT_EQ(*purged, 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM marketing_unsubscribe_tokens"), 0);
}

TEST_P(MarketingTest, CampaignFormValidatesEveryField) {
  EXPECT_TRUE(validate_campaign({"promotions", "Spring", "Text"}).empty());
  auto errors = validate_campaign({"spam", "", " "});
  EXPECT_EQ(errors.count("topic"), 1u);
  EXPECT_EQ(errors.count("subject"), 1u);
  EXPECT_EQ(errors.count("body"), 1u);
  EXPECT_EQ(validate_campaign({"newsletter", "Hi\r\nBcc: x@evil.test", "Text"}).count("subject"), 1u);
  EXPECT_EQ(validate_campaign({"newsletter", "See https://x.example", "Text"}).count("subject"), 1u);
  EXPECT_EQ(validate_campaign({"newsletter", std::string(kMaxCampaignSubject + 1, 'a'), "T"}).count("subject"), 1u);
  EXPECT_EQ(validate_campaign({"newsletter", "S", std::string(kMaxCampaignBody + 1, 'a')}).count("body"), 1u);
  EXPECT_EQ(validate_campaign({"newsletter", "S", std::string("a\0b", 3)}).count("body"), 1u);
  EXPECT_EQ(validate_campaign({"newsletter", "S", "\xff\xfe"}).count("body"), 1u);
  auto lease = m_db->acquire();
  auto refused = create_campaign(**lease, {"spam", "", ""}, 1, m_clock.now());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::invalid_input);
}

TEST(MarketingTokens, ShapeAndUrl) {
  auto token = accounts::random_token();
  EXPECT_TRUE(is_token_shaped(token));
  EXPECT_FALSE(is_token_shaped(token.substr(1)));
  EXPECT_FALSE(is_token_shaped(token.substr(1) + "/"));
  EXPECT_FALSE(is_token_shaped(""));
  EXPECT_EQ(unsubscribe_url("https://h.example/", "abc"), "https://h.example/unsubscribe/abc");
  EXPECT_EQ(unsubscribe_url("https://h.example", "abc"), "https://h.example/unsubscribe/abc");
  EXPECT_EQ(parse_topic("promotions"), Topic::promotions);
  EXPECT_FALSE(parse_topic("spam"));
  EXPECT_EQ(ledger_what(Topic::newsletter), "email.newsletter");
  EXPECT_NE(find_channel("mail"), nullptr);
  EXPECT_EQ(find_channel("fax"), nullptr);
}

TEST(MarketingPostal, CsvQuotesEveryFieldAndDefusesFormulas) {
  auto csv = postal_csv({{"Ann \"A\" Lee", "Street 1\nHamburg", "DE"}, {"=HYPERLINK(\"x\")", "+1", "-"}});
  EXPECT_EQ(csv,
            "name,address,country\r\n"
            "\"Ann \"\"A\"\" Lee\",\"Street 1\nHamburg\",\"DE\"\r\n"
            "\"'=HYPERLINK(\"\"x\"\")\",\"'+1\",\"'-\"\r\n");
}

TEST_P(MarketingTest, P11_marketing_email_postal_list_reads_through_the_guard_as_staff) {
  auto post = insert_member("post@example.com");
  auto no_post = insert_member("nopost@example.com");
  choose(no_post, "mail", false);
  insert_member("kid@example.com");
  {
    auto lease = m_db->acquire();
    ASSERT_TRUE(privacy::suppress_address(**lease, kKey, "kid@example.com", m_clock.now()));
  }
  auto list = m_db->transaction([&](db::Connection& conn) { return postal_list(conn, *m_guard, *m_book, 42); });
  ASSERT_TRUE(list) << list.error().message;
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].address, "Street 1");
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff_access_log WHERE staff_id = 42 AND member_id = " + std::to_string(post)), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff_access_log"), 1);
}

HANSE_DB_TEST_SUITE(MarketingTest);

}  // namespace
}  // namespace hanse::marketing
