// P-2: personal data has one door. The door is checked at run time
// (privacy/door.h, tests/unit/privacy_door_test.cpp, tests/http/P2_door.test.js):
// on SQLite every statement that reads a personal column outside a read
// scope fails. This test reads source text only for what the run time
// cannot see:
//   1. Who opens a door. At run time a scope is open or not; whether the
//      right code opened it is a question of source. GuardRead is opened by
//      the guard only, DeliveryRead by the mail sender only, and OwnerRead
//      only in the reviewed domain files below, never in src/web/ or
//      src/cli/. Keep the list small and reviewed.
//   2. SQL that runs on PostgreSQL only. The door sees the statements that
//      run on SQLite; in files that branch on the backend, a literal that
//      reads a personal column no policy clause makes public is flagged
//      whichever branch it is in (a coarse check: column names of every
//      table the literal names).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "privacy/inventory.h"
#include "privacy/policy.h"

namespace hanse::privacy {
namespace {

namespace fs = std::filesystem;

// file (relative to src/) -> why it opens OwnerRead scopes
const std::map<std::string, std::string> kOwnerReads = {
    {"accounts/accounts.cpp", "sign-in, sessions, the member's record, password change and reset"},
    {"staff/staff.cpp", "staff sign-in, sessions and set-password links"},
    {"privacy/guard.cpp", "the member's list of staff reads of their data"},
    {"market/inquiry_store.cpp", "inquiry threads for their parties (M-7)"},
    {"market/company_invites.cpp", "an invitation for the holder of its link"},
    // P-15: the member's page and download read every table of the data
    // map, with the map's owned-row queries as WHERE clauses; correcting
    // account details reads the member's own record and whether an address
    // is taken (the answer registration gives).
    {"rights/member_data.cpp", "a member's own data in every table of the data map (P-15)"},
    {"rights/account_details.cpp", "a member correcting their own account details (P-15)"},
    // erasure (P-15)
    {"rights/erasure.cpp", "erasure: the member's own rows removed for them, and the self-check"},
    {"rights/erasure_request.cpp", "the member's own password hash, to confirm their erasure"},
    {"privacy/staff_views.cpp", "the member's list of staff views of their data (S-1)"},
    // Children's requests (P-18) and feedback (P-20)
    {"privacy/suppression.cpp", "the account registered with an address a guardian asked to suppress, marked"},
    {"rights/child_requests.cpp", "a guardian's request, for its holder and for the support staff carrying it out"},
    {"rights/feedback.cpp", "feedback sent to the site, read by support staff to answer its sender"},
    {"promotions/promotions.cpp", "a member's own participation in promotions, shown and changed for them (P-11)"},
    // Cookie choices (P-16)
    {"privacy/cookie_choice_ledger.cpp", "a member's own cookie choices, brought back into their browser at sign-in"},
    // Marketing e-mail (P-11): a member's own contact choices, shown to
    // them or honoured for them; an unsubscribe link for its holder.
    {"marketing/choices.cpp", "a member's own contact choices, shown to them or honoured for them"},
    {"marketing/unsubscribe.cpp", "an unsubscribe link, for the holder of its mail"},
};

// door type -> the one file that may open it
const std::map<std::string, std::string> kSingleFileDoors = {
    {"GuardRead", "privacy/guard.cpp"},
    {"DeliveryRead", "mail/sender.cpp"},
};

fs::path source_dir() {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  return fs::path(source ? source : ".") / "src";
}

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every .cpp under src/, relative path -> text.
std::map<std::string, std::string> sources() {
  std::map<std::string, std::string> out;
  for (auto& entry : fs::recursive_directory_iterator(source_dir()))
    if (entry.path().extension() == ".cpp")
      out[fs::relative(entry.path(), source_dir()).generic_string()] = read(entry.path());
  return out;
}

// Whether text opens a scope of type door: "door name(" or "door name{".
bool opens(const std::string& text, const std::string& door) {
  static std::map<std::string, std::regex> patterns;
  auto [it, added] = patterns.try_emplace(door, "\\b" + door + "\\s+\\w+\\s*[({]");
  return std::regex_search(text, it->second);
}

// The string literals of a C++ file, adjacent literals joined.
std::vector<std::string> sql_literals(std::string text) {
  text = std::regex_replace(text, std::regex("\"\\s*\\n\\s*\""), "");
  std::vector<std::string> out;
  std::regex literal("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), literal); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1].str());
  return out;
}

// Whether a clause of any policy version in the repository makes data of
// this category public (the door's exemption).
bool published_category(std::string_view category) {
  static const std::unique_ptr<PolicyBook> book = [] {
    const char* source = std::getenv("HANSE_SOURCE_DIR");
    auto opened = PolicyBook::open((fs::path(source ? source : ".") / "policy").string());
    if (!opened) throw std::runtime_error(opened.error().message);
    return std::move(*opened);
  }();
  for (auto& version : book->versions())
    if (book->clause_publishing(version->number, category) != nullptr) return true;
  return false;
}

// "table.column" for each guarded column (personal, not published) of a
// table the SQL names after FROM, JOIN or UPDATE, when the SQL reads (SELECT or
// RETURNING) and names the column or "*".
std::vector<std::string> guarded_reads(const std::string& sql) {
  std::vector<std::string> found;
  static const std::regex reads("\\b(SELECT|RETURNING)\\b", std::regex::icase);
  if (!std::regex_search(sql, reads)) return found;
  static const std::regex table("\\b(?:FROM|JOIN|UPDATE)\\s+(\\w+)", std::regex::icase);
  std::set<std::string> tables;
  for (auto it = std::sregex_iterator(sql.begin(), sql.end(), table); it != std::sregex_iterator(); ++it)
    tables.insert((*it)[1].str());
  static const std::regex star("(^|[^\\w(])\\*([^\\w)]|$)");
  for (auto& t : tables) {
    for (auto& entry : personal_columns(t)) {
      if (published_category(entry.category)) continue;
      std::regex word("(^|[^\\w])" + std::string(entry.column) + "([^\\w]|$)");
      if (std::regex_search(sql, word) || std::regex_search(sql, star))
        found.push_back(t + "." + std::string(entry.column));
    }
  }
  return found;
}

TEST(DirectReads, DetectorFindsAGuardedColumnOfAnyNamedTable) {
  EXPECT_EQ(guarded_reads("SELECT id, email FROM members WHERE id = $1"),
            std::vector<std::string>{"members.email"});
  EXPECT_EQ(guarded_reads("SELECT c.id FROM companies c JOIN members m ON m.phone = c.id"),
            std::vector<std::string>{"members.phone"});
  EXPECT_FALSE(guarded_reads("UPDATE members SET x = 1 RETURNING email").empty());
  EXPECT_FALSE(guarded_reads("SELECT * FROM members").empty());
  EXPECT_TRUE(guarded_reads("SELECT COUNT(*) FROM members").empty());
  EXPECT_TRUE(guarded_reads("SELECT public_name, policy_version FROM members").empty());
  EXPECT_TRUE(guarded_reads("SELECT name, address FROM companies").empty());  // published
  EXPECT_TRUE(guarded_reads("INSERT INTO members (email) VALUES ($1)").empty());
  EXPECT_TRUE(opens("  privacy::OwnerRead door(\"why\");", "OwnerRead"));
  EXPECT_FALSE(opens("class OwnerRead final : public db::ReadScope {", "OwnerRead"));
}

TEST(DirectReads, P2_doors_are_opened_only_where_reviewed) {
  int files = 0;
  for (auto& [file, text] : sources()) {
    ++files;
    if (opens(text, "OwnerRead")) {
      EXPECT_TRUE(kOwnerReads.contains(file))
          << file << " opens an OwnerRead: only reviewed domain code may (add it to kOwnerReads with why, "
          << "never in src/web/ or src/cli/)";
    }
    for (auto& [door, only] : kSingleFileDoors) {
      if (opens(text, door)) {
        EXPECT_EQ(file, only) << file << " opens a " << door;
      }
    }
  }
  EXPECT_GT(files, 20);
  for (auto& [file, why] : kOwnerReads) {
    EXPECT_FALSE(file.starts_with("web/") || file.starts_with("cli/")) << file;
    EXPECT_TRUE(fs::exists(source_dir() / file)) << file << " (" << why << ")";
  }
}

TEST(DirectReads, P2_sql_of_files_branching_on_the_backend_reads_no_guarded_column) {
  static const std::regex branches("Backend::(postgres|sqlite)");
  int branching = 0;
  for (auto& [file, text] : sources()) {
    if (file.starts_with("db/") || !std::regex_search(text, branches)) continue;
    ++branching;
    for (auto& sql : sql_literals(text))
      for (auto& column : guarded_reads(sql))
        ADD_FAILURE() << file << " branches on the backend and reads " << column
                      << ": the door sees SQLite's statements only (SQL: " << sql << ")";
  }
  EXPECT_GT(branching, 3);
}

}  // namespace
}  // namespace hanse::privacy
