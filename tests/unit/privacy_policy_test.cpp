// The policy as data (P-1): the shipped policy loads and covers the seed
// policy; invalid files are refused with a message naming the problem;
// clause lookup by category and purpose; versions in force; diffs.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <unistd.h>

#include <gtest/gtest.h>
#include <toml++/toml.h>

#include "privacy/policy.h"

namespace hanse::privacy {
namespace {

namespace fs = std::filesystem;

fs::path policy_dir() {
  const char* src = std::getenv("HANSE_SOURCE_DIR");
  fs::path base = src != nullptr ? fs::path(src) : fs::current_path();
  for (fs::path p = base; !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / "policy" / "v1.toml")) return p / "policy";
    if (p == p.parent_path()) break;
  }
  return base / "policy";
}

const Taxonomy& taxonomy() {
  static const Taxonomy t = [] {
    auto loaded = Taxonomy::load((policy_dir() / "taxonomy").string());
    EXPECT_TRUE(loaded.has_value()) << loaded.error().message;
    return std::move(*loaded);
  }();
  return t;
}

// A minimal valid policy; `clauses` replaces the clause tables.
std::string policy_text(int number, const std::string& effective, const std::string& clauses) {
  return "version = " + std::to_string(number) + "\npublished = \"2026-01-01\"\neffective = \"" +
         effective + "\"\nsummary = \"Test policy of {operator}.\"\n" + clauses;
}

std::string clause(const std::string& id, const std::string& categories, const std::string& purposes,
                   const std::string& extra = "", const std::string& choice = "always") {
  return "[[clause]]\nid = \"" + id + "\"\ntitle = \"T " + id +
         "\"\nopp115 = \"First Party Collection/Use\"\ntext = \"Text of " + id +
         ".\"\ncategories = [" + categories + "]\npurposes = [" + purposes +
         "]\nrecipients = [\"operator\"]\nchoice = \"" + choice +
         "\"\nretention = \"while the account exists\"\nrequirements = [\"P-1\"]\n" + extra;
}

PolicyVersion parse_ok(const std::string& text) {
  auto parsed = parse_policy(text, taxonomy(), "test.toml");
  EXPECT_TRUE(parsed.has_value()) << (parsed ? "" : parsed.error().message);
  return parsed ? *parsed : PolicyVersion{};
}

std::string parse_error(const std::string& text) {
  auto parsed = parse_policy(text, taxonomy(), "bad.toml");
  EXPECT_FALSE(parsed.has_value());
  if (parsed) return {};
  EXPECT_EQ(parsed.error().kind, ErrorKind::invalid_input);
  return parsed.error().message;
}

TEST(PrivacyTaxonomy, LoadsFideslangKeysAndCoversByPrefix) {
  EXPECT_NE(taxonomy().category("user.contact.email"), nullptr);
  EXPECT_EQ(taxonomy().category("user.contact.email")->name, "User Contact Email");
  EXPECT_NE(taxonomy().purpose("marketing.advertising.first_party.targeted"), nullptr);
  EXPECT_EQ(taxonomy().category("data_category"), nullptr);  // the root is not a category
  EXPECT_EQ(taxonomy().category("user.contact.street"), nullptr);  // older fideslang spelling
  EXPECT_TRUE(key_covers("user.contact", "user.contact.email"));
  EXPECT_TRUE(key_covers("user.contact", "user.contact"));
  EXPECT_FALSE(key_covers("user.contact.email", "user.contact"));
  EXPECT_FALSE(key_covers("user.contact", "user.contacts"));
}

TEST(PrivacyTaxonomy, CsvWithQuotedCommasAndMissingColumn) {
  auto t = Taxonomy::from_csv(
      "fides_key,name,parent_key,description\nuser,User,data_category,\"a, b \"\"c\"\"\"\n",
      "fides_key,name,parent_key,description\nessential,Essential,data_use,x\n");
  ASSERT_TRUE(t.has_value()) << t.error().message;
  EXPECT_EQ(t->category("user")->description, "a, b \"c\"");
  auto bad = Taxonomy::from_csv("key,name\nuser,User\n", "fides_key,name,parent_key,description\n");
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("fides_key"), std::string::npos) << bad.error().message;
}

TEST(PrivacyPolicy, P1_shipped_policy_v1_loads) {
  auto book = PolicyBook::open(policy_dir().string());
  ASSERT_TRUE(book.has_value()) << book.error().message;
  auto v1 = (*book)->version(1);
  ASSERT_NE(v1, nullptr);
  EXPECT_EQ(v1->number, 1);
  EXPECT_EQ(v1->effective, "2026-11-01");
  EXPECT_EQ(v1->effective_at, 1793491200);  // 2026-11-01T00:00:00Z
  EXPECT_GE(v1->clauses.size(), 20u);
  for (const char* id : {"passwords", "registration-data", "statistics-anonymous", "cookies-choices",
                         "public-information", "disclosure-legal", "co-branded-partners", "children",
                         "policy-changes", "access-correction-deletion", "marketing-email",
                         "billing-card-data"})
    EXPECT_NE(v1->clause(id), nullptr) << id;
  // Every OPP-115 category the seed touches is present.
  std::set<std::string> opp;
  for (auto& c : v1->clauses) opp.insert(c.opp115);
  EXPECT_EQ(opp.size(), 10u);
}

TEST(PrivacyPolicy, P1_every_seed_section_is_covered_by_v1_clauses) {
  auto book = PolicyBook::open(policy_dir().string());
  ASSERT_TRUE(book.has_value()) << book.error().message;
  auto v1 = (*book)->version(1);
  toml::table coverage = toml::parse_file((policy_dir() / "seed-coverage.toml").string());
  auto* sections = coverage["section"].as_array();
  ASSERT_NE(sections, nullptr);
  EXPECT_EQ(sections->size(), 13u);  // the seed's opening statement and its 12 headed sections
  std::set<std::string> referenced;
  std::set<std::string> titles;
  for (auto& node : *sections) {
    auto& section = *node.as_table();
    auto title = section["title"].value_or(std::string());
    EXPECT_TRUE(titles.insert(title).second) << "duplicate section " << title;
    auto* clauses = section["clauses"].as_array();
    ASSERT_NE(clauses, nullptr) << title;
    EXPECT_FALSE(clauses->empty()) << title;
    for (auto& id : *clauses) {
      auto s = id.value_or(std::string());
      EXPECT_NE(v1->clause(s), nullptr) << "section \"" << title << "\" names unknown clause " << s;
      referenced.insert(s);
    }
  }
  for (auto& c : v1->clauses)
    EXPECT_TRUE(referenced.contains(c.id)) << "clause " << c.id << " covers no seed section";
}

TEST(PrivacyPolicy, P1_unknown_key_is_refused_naming_clause_and_key) {
  auto msg = parse_error(policy_text(1, "2026-02-01", clause("a", "\"user.name\"", "\"essential.service\"",
                                                             "colour = \"red\"\n")));
  EXPECT_NE(msg.find("bad.toml"), std::string::npos) << msg;
  EXPECT_NE(msg.find("clause \"a\""), std::string::npos) << msg;
  EXPECT_NE(msg.find("\"colour\""), std::string::npos) << msg;
  auto top = parse_error("colour = 1\n" + policy_text(1, "2026-02-01", clause("a", "", "")));
  EXPECT_NE(top.find("\"colour\": unknown key"), std::string::npos) << top;
}

TEST(PrivacyPolicy, P1_unknown_category_is_refused_naming_it) {
  auto msg = parse_error(policy_text(1, "2026-02-01",
                                     clause("a", "\"user.contact.street\"", "\"essential.service\"")));
  EXPECT_NE(msg.find("clause \"a\""), std::string::npos) << msg;
  EXPECT_NE(msg.find("unknown category \"user.contact.street\""), std::string::npos) << msg;
}

TEST(PrivacyPolicy, P1_unknown_purpose_is_refused_naming_it) {
  auto msg = parse_error(policy_text(1, "2026-02-01", clause("a", "\"user.name\"", "\"selling.data\"")));
  EXPECT_NE(msg.find("clause \"a\""), std::string::npos) << msg;
  EXPECT_NE(msg.find("unknown purpose \"selling.data\""), std::string::npos) << msg;
}

TEST(PrivacyPolicy, P1_duplicate_clause_id_is_refused_naming_it) {
  auto msg = parse_error(policy_text(1, "2026-02-01", clause("twice", "", "") + clause("twice", "", "")));
  EXPECT_NE(msg.find("duplicate clause id \"twice\""), std::string::npos) << msg;
  EXPECT_NE(msg.find("clause #2"), std::string::npos) << msg;
}

TEST(PrivacyPolicy, P1_other_invalid_fields_are_refused) {
  auto missing = parse_error(policy_text(1, "2026-02-01", "[[clause]]\nid = \"a\"\n"));
  EXPECT_NE(missing.find("key \"title\": missing"), std::string::npos) << missing;
  auto choice = parse_error(policy_text(1, "2026-02-01", clause("a", "", "", "", "sometimes")));
  EXPECT_NE(choice.find("\"choice\""), std::string::npos) << choice;
  auto date = parse_error(policy_text(1, "2026-02-30", clause("a", "", "")));
  EXPECT_NE(date.find("\"effective\""), std::string::npos) << date;
  auto before = parse_error(policy_text(1, "2025-12-31", clause("a", "", "")));
  EXPECT_NE(before.find("before it is published"), std::string::npos) << before;
  std::string bad_text = policy_text(1, "2026-02-01", clause("a", "", ""));
  bad_text.replace(bad_text.find("Text of a."), 10, "Hi {owner}.");
  auto ph = parse_error(bad_text);
  EXPECT_NE(ph.find("{owner}"), std::string::npos) << ph;
  auto opp = policy_text(1, "2026-02-01", clause("a", "", ""));
  opp.replace(opp.find("First Party Collection/Use"), 26, "Marketing");
  EXPECT_NE(parse_error(opp).find("\"opp115\""), std::string::npos);
  auto recipient = policy_text(1, "2026-02-01", clause("a", "\"user.name\"", "\"essential.service\""));
  recipient.replace(recipient.find("\"operator\""), 10, "\"everyone\"");
  EXPECT_NE(parse_error(recipient).find("unknown recipient \"everyone\""), std::string::npos);
  EXPECT_NE(parse_error("version = 1\npublished = \"2026-01-01\"").find("bad.toml"), std::string::npos);
}

std::unique_ptr<PolicyBook> two_versions() {
  auto v1 = parse_ok(policy_text(1, "2026-02-01",
                                 clause("contact", "\"user.contact\"", "\"essential.service\"") +
                                     clause("mail", "\"user.contact.email\"", "\"marketing.communications.email\"",
                                            "", "opt-out") +
                                     clause("old", "\"user.name\"", "\"essential.service\"")));
  auto v2 = parse_ok(policy_text(2, "2026-03-01",
                                 clause("contact", "\"user.contact\"", "\"essential.service\"") +
                                     clause("mail", "\"user.contact.email\"",
                                            "\"marketing.communications.email\", \"marketing.communications.sms\"",
                                            "", "opt-in") +
                                     clause("new", "\"user.name\"", "\"personalize\"")));
  std::vector<PolicyVersion> versions;
  versions.push_back(v1);
  versions.push_back(v2);
  auto book = PolicyBook::from_versions(*Taxonomy::load((policy_dir() / "taxonomy").string()),
                                        std::move(versions));
  EXPECT_TRUE(book.has_value()) << book.error().message;
  return std::move(*book);
}

TEST(PrivacyPolicy, P1_clause_allowing_is_hierarchical_parent_covers_child) {
  auto book = two_versions();
  const Clause* c = book->clause_allowing(1, "user.contact.email", "essential.service.authentication");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->id, "contact");
  // The more specific clause wins for its purpose.
  c = book->clause_allowing(1, "user.contact.email", "marketing.communications.email");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->id, "mail");
  EXPECT_EQ(c->choice, Choice::opt_out);
  // A child never covers its parent.
  EXPECT_EQ(book->clause_allowing(1, "user.contact.email", "marketing.communications"), nullptr);
  EXPECT_EQ(book->clause_allowing(1, "user", "essential.service"), nullptr);
  EXPECT_EQ(book->clause_allowing(1, "user.contact.email", "essential"), nullptr);
  // Unknown keys and versions: nothing.
  EXPECT_EQ(book->clause_allowing(1, "user.contact.email", "essential.service.teleport"), nullptr);
  EXPECT_EQ(book->clause_allowing(1, "user.contact.mood", "essential.service"), nullptr);
  EXPECT_EQ(book->clause_allowing(3, "user.contact.email", "essential.service"), nullptr);
  // Purposes differ by version.
  EXPECT_EQ(book->clause_allowing(1, "user.name", "personalize.content"), nullptr);
  EXPECT_NE(book->clause_allowing(2, "user.name", "personalize.content"), nullptr);
}

TEST(PrivacyPolicy, P1_shipped_policy_allows_what_the_seed_promises_and_no_more) {
  auto book = PolicyBook::open(policy_dir().string());
  ASSERT_TRUE(book.has_value()) << book.error().message;
  auto& b = **book;
  auto id = [&](const char* cat, const char* purpose) {
    const Clause* c = b.clause_allowing(1, cat, purpose);
    return c ? c->id : std::string("(none)");
  };
  EXPECT_EQ(id("user.authorization.password", "essential.service.authentication"), "passwords");
  EXPECT_EQ(id("user.contact.email", "marketing.communications.email"), "marketing-email");
  EXPECT_EQ(id("user.financial.credit_card", "essential.service.payment_processing"), "billing-card-data");
  EXPECT_EQ(id("user.name", "third_party_sharing.legal_obligation"), "disclosure-legal");
  EXPECT_EQ(id("user.authorization.password", "essential.service.operations.support"), "(none)");
  EXPECT_EQ(id("user.authorization.password", "marketing.communications.email"), "(none)");
  EXPECT_EQ(id("user.financial.credit_card", "marketing.advertising.first_party.targeted"), "(none)");
}

TEST(PrivacyPolicy, P19_in_force_follows_the_effective_date) {
  auto book = two_versions();
  const std::int64_t feb1 = *parse_iso_date("2026-02-01");
  const std::int64_t mar1 = *parse_iso_date("2026-03-01");
  EXPECT_EQ(book->in_force(feb1 - 1), nullptr);
  EXPECT_EQ(book->in_force(feb1)->number, 1);
  EXPECT_EQ(book->in_force(mar1 - 1)->number, 1);
  EXPECT_EQ(book->in_force(mar1)->number, 2);
  EXPECT_EQ(book->latest_published()->number, 2);
  EXPECT_EQ(book->versions().size(), 2u);
  EXPECT_EQ(book->version(0), nullptr);
}

TEST(PrivacyPolicy, P19_add_version_requires_the_next_number_and_a_later_date) {
  auto book = two_versions();
  auto v3 = parse_ok(policy_text(3, "2026-02-15", clause("a", "", "")));
  auto early = book->add_version(v3);
  ASSERT_FALSE(early.has_value());
  EXPECT_NE(early.error().message.find("after version 2"), std::string::npos) << early.error().message;
  auto v4 = parse_ok(policy_text(4, "2026-04-01", clause("a", "", "")));
  EXPECT_FALSE(book->add_version(v4).has_value());
  EXPECT_EQ(book->versions().size(), 2u);
  v3.effective = "2026-04-01";
  v3.effective_at = *parse_iso_date("2026-04-01");
  EXPECT_TRUE(book->add_version(v3).has_value());
  EXPECT_EQ(book->in_force(*parse_iso_date("2026-05-01"))->number, 3);
}

TEST(PrivacyPolicy, P19_diff_finds_added_removed_and_changed_clauses) {
  auto book = two_versions();
  auto changes = diff(*book->version(1), *book->version(2));
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0].kind, ClauseChange::changed);
  EXPECT_EQ(changes[0].id, "mail");
  EXPECT_EQ(changes[0].what_changed,
            (std::vector<std::string>{"purposes: + marketing.communications.sms", "choice: opt-out -> opt-in"}));
  EXPECT_EQ(changes[1].kind, ClauseChange::added);
  EXPECT_EQ(changes[1].id, "new");
  EXPECT_EQ(changes[2].kind, ClauseChange::removed);
  EXPECT_EQ(changes[2].id, "old");
  EXPECT_TRUE(diff(*book->version(2), *book->version(2)).empty());
  auto back = diff(*book->version(2), *book->version(1));
  ASSERT_EQ(back.size(), 3u);
  EXPECT_EQ(back[0].what_changed[0], "purposes: - marketing.communications.sms");
}

TEST(PrivacyPolicy, P1_json_form_fills_placeholders_and_lists_terms) {
  auto book = two_versions();
  SiteConfig site;
  site.operator_name = "Testing Operator GmbH";
  auto j = to_json(*book->version(2), site);
  EXPECT_EQ(j["version"], 2);
  EXPECT_EQ(j["effective"], "2026-03-01");
  EXPECT_EQ(j["summary"], "Test policy of Testing Operator GmbH.");
  EXPECT_EQ(j["operator"]["name"], "Testing Operator GmbH");
  ASSERT_EQ(j["clauses"].size(), 3u);
  EXPECT_EQ(j["clauses"][1]["id"], "mail");
  EXPECT_EQ(j["clauses"][1]["choice"], "opt-in");
  EXPECT_EQ(j["clauses"][1]["purposes"][1], "marketing.communications.sms");
}

// proven_by (conformance, P-3): optional test-name prefixes, each under one
// of the clause's requirements; left out of the JSON form and the diff.
TEST(PrivacyPolicy, P3_proven_by_is_optional_and_checked) {
  auto plain = parse_ok(policy_text(1, "2026-02-01", clause("a", "", "")));
  ASSERT_EQ(plain.clauses.size(), 1u);
  EXPECT_TRUE(plain.clauses[0].proven_by.empty());
  auto given = parse_ok(policy_text(1, "2026-02-01", clause("a", "", "", "proven_by = [\"P1_a\", \"P1_a_too\"]\n")));
  EXPECT_EQ(given.clauses[0].proven_by, (std::vector<std::string>{"P1_a", "P1_a_too"}));

  auto error_for = [](const std::string& value) {
    return parse_error(policy_text(1, "2026-02-01", clause("a", "", "", "proven_by = " + value + "\n")));
  };
  for (const char* bad : {"[]", "\"P1_a\"", "[1]", "[\"P2_a\"]", "[\"P1\"]", "[\"P1_a b\"]", "[\"P1_a\", \"P1_a\"]",
                          "[\"XP1_a\"]", "[\"\"]"}) {
    std::string message = error_for(bad);
    EXPECT_NE(message.find("clause \"a\""), std::string::npos) << bad << ": " << message;
    EXPECT_NE(message.find("proven_by"), std::string::npos) << bad << ": " << message;
  }
  EXPECT_NE(error_for("[\"P2_a\"]").find("P4_"), std::string::npos);

  // Not part of what the policy says.
  auto other = parse_ok(policy_text(1, "2026-02-01", clause("a", "", "", "proven_by = [\"P1_b\"]\n")));
  EXPECT_TRUE(diff(given, other).empty());
  auto j = to_json(given, SiteConfig{});
  EXPECT_FALSE(j["clauses"][0].contains("proven_by")) << j.dump();
}

// The shipped policy: each clause under P-11 has its own prefix, so that the
// tests of the server logs prove no other, and the server-logs clause states
// the access log's default retention (log.access_retention_days).
TEST(PrivacyPolicy, P11_server_logs_clause_states_the_default_retention_and_has_its_own_tests) {
  auto book = PolicyBook::open(policy_dir().string());
  ASSERT_TRUE(book.has_value()) << book.error().message;
  auto v1 = (*book)->version(1);
  ASSERT_NE(v1, nullptr);
  std::set<std::string> prefixes;
  for (auto& c : v1->clauses) {
    if (std::find(c.requirements.begin(), c.requirements.end(), "P-11") == c.requirements.end()) continue;
    EXPECT_EQ(c.proven_by.size(), 1u) << c.id;
    for (auto& p : c.proven_by) EXPECT_TRUE(prefixes.insert(p).second) << p << " twice";
  }
  EXPECT_EQ(prefixes.size(), 5u);
  const Clause* logs = v1->clause("server-logs");
  ASSERT_NE(logs, nullptr);
  EXPECT_EQ(logs->proven_by, (std::vector<std::string>{"P11_server_logs"}));
  const std::string days = std::to_string(LogConfig{}.access_retention_days) + " days";
  EXPECT_TRUE(logs->retention.starts_with(days)) << logs->retention;
  EXPECT_NE(logs->text.find(days + " old"), std::string::npos) << logs->text;
  EXPECT_EQ(logs->text.find("30 days"), std::string::npos) << logs->text;
}

TEST(PrivacyPolicy, P1_book_refuses_gaps_and_mismatched_numbers) {
  fs::path dir = fs::temp_directory_path() / ("hanse-policy-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "taxonomy");
  for (auto f : {"data_categories.csv", "data_uses.csv"})
    fs::copy_file(policy_dir() / "taxonomy" / f, dir / "taxonomy" / f);
  auto write = [&](const char* name, const std::string& text) { std::ofstream(dir / name) << text; };
  auto open_error = [&] {
    auto book = PolicyBook::open(dir.string());
    return book ? std::string() : book.error().message;
  };
  EXPECT_NE(open_error().find("no policy file"), std::string::npos);
  write("v1.toml", policy_text(1, "2026-02-01", clause("a", "", "")));
  EXPECT_EQ(open_error(), "");
  write("v3.toml", policy_text(3, "2026-04-01", clause("a", "", "")));
  EXPECT_NE(open_error().find("must be number 2"), std::string::npos) << open_error();
  fs::remove(dir / "v3.toml");
  write("v2.toml", policy_text(3, "2026-04-01", clause("a", "", "")));
  EXPECT_NE(open_error().find("v2.toml"), std::string::npos) << open_error();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace hanse::privacy
