// P-2: personal data has one door. This test reads every source file under
// src/ and fails when SQL outside the allow-list below selects a column that
// the data inventory declares personal. Reads for the owner themself (their
// account page, sign-in) and the storage layer are allow-listed; everything
// else must go through privacy::Guard. Keep the list small and reviewed.
//
// Public records (P-12) are the one exception by rule rather than by file:
// the marketplace stores (src/market/) may select columns whose category a
// clause of the policy makes public (PolicyBook::clause_publishing), since
// what is public is read to be shown to everyone; the pages that show them
// still ask Guard::is_public for each field.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "privacy/inventory.h"
#include "privacy/policy.h"

namespace hanse::privacy {
namespace {

namespace fs = std::filesystem;

// file (relative to src/) -> why it may read personal columns directly
const std::map<std::string, std::string> kAllowed = {
    {"privacy/guard.cpp", "the guard itself"},
    {"accounts/member_store.cpp", "a member's own record, for the member and for sign-in"},
    {"accounts/session_store.cpp", "a member's own sessions, for the sessions page"},
    {"staff/staff.cpp", "staff sign-in (staff e-mail and hash)"},
    {"mail/sender.cpp", "delivering queued mail to its recipient"},
    {"market/inquiry_store.cpp", "delivering an inquiry to the two parties it is between (M-7)"},
    {"privacy/consent_ledger.cpp", "the consent ledger's own storage (read by the guard and the member)"},
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

// The string literals of a C++ file, adjacent literals joined.
std::vector<std::string> sql_literals(std::string text) {
  text = std::regex_replace(text, std::regex("\"\\s*\\n\\s*\""), "");
  std::vector<std::string> out;
  std::regex literal("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), literal); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1].str());
  return out;
}

// Whether a clause of the newest policy version in the repository makes
// data of this category public.
bool published_category(std::string_view category) {
  static const std::unique_ptr<PolicyBook> book = [] {
    const char* source = std::getenv("HANSE_SOURCE_DIR");
    auto opened = PolicyBook::open((fs::path(source ? source : ".") / "policy").string());
    if (!opened) throw std::runtime_error(opened.error().message);
    return std::move(*opened);
  }();
  auto newest = book->latest_published();
  return newest && book->clause_publishing(newest->number, category) != nullptr;
}

// "table.column" for each personal column the SQL selects; with
// public_allowed, columns the policy makes public are not counted.
std::vector<std::string> personal_reads(const std::string& sql, bool public_allowed = false) {
  std::vector<std::string> found;
  static const std::regex select("\\bSELECT\\b([\\s\\S]*?)\\bFROM\\s+(\\w+)", std::regex::icase);
  for (auto it = std::sregex_iterator(sql.begin(), sql.end(), select); it != std::sregex_iterator(); ++it) {
    std::string columns = (*it)[1].str();
    std::string table = (*it)[2].str();
    for (auto& entry : personal_columns(table)) {
      if (public_allowed && published_category(entry.category)) continue;
      // The column by name, or "*" for all columns (COUNT(*) selects none).
      std::regex word("(^|[^\\w])" + std::string(entry.column) + "([^\\w]|$)");
      static const std::regex star("(^|[^\\w(])\\*([^\\w)]|$)");
      if (std::regex_search(columns, word) || std::regex_search(columns, star))
        found.push_back(table + "." + std::string(entry.column));
    }
  }
  return found;
}

TEST(DirectReads, DetectorFindsAPersonalColumn) {
  EXPECT_EQ(personal_reads("SELECT id, email FROM members WHERE id = $1"),
            std::vector<std::string>{"members.email"});
  EXPECT_FALSE(personal_reads("SELECT * FROM members").empty());
  EXPECT_FALSE(personal_reads("SELECT m.* FROM members m").empty());
  EXPECT_TRUE(personal_reads("SELECT COUNT(*) FROM members").empty());
  EXPECT_TRUE(personal_reads("SELECT id FROM sessions").empty());
  EXPECT_TRUE(personal_reads("SELECT policy_version FROM members WHERE id = $1").empty());
  auto literals = sql_literals("q(\"SELECT name\"\n  \" FROM members\");");
  ASSERT_EQ(literals.size(), 1u);
  EXPECT_EQ(personal_reads(literals[0]), std::vector<std::string>{"members.name"});
}

TEST(DirectReads, P12_public_columns_are_exempt_only_where_the_policy_publishes_them) {
  // Product titles are published by the public-information clause; a
  // member's e-mail address and an inquiry's text are not.
  EXPECT_TRUE(personal_reads("SELECT title FROM products", true).empty());
  EXPECT_FALSE(personal_reads("SELECT title FROM products", false).empty());
  EXPECT_FALSE(personal_reads("SELECT email FROM members", true).empty());
  EXPECT_FALSE(personal_reads("SELECT body FROM inquiry_messages", true).empty());
}

TEST(DirectReads, P2_personal_columns_are_read_only_through_the_guard) {
  int files = 0;
  for (auto& entry : fs::recursive_directory_iterator(source_dir())) {
    if (entry.path().extension() != ".cpp") continue;
    auto relative = fs::relative(entry.path(), source_dir()).generic_string();
    if (relative.starts_with("db/")) continue;  // the storage layer
    ++files;
    if (kAllowed.contains(relative)) continue;
    bool market = relative.starts_with("market/");
    for (auto& sql : sql_literals(read(entry.path()))) {
      for (auto& column : personal_reads(sql, market))
        ADD_FAILURE() << relative << " reads " << column
                      << " directly; read it through privacy::Guard (SQL: " << sql << ")";
    }
  }
  EXPECT_GT(files, 20);
}

TEST(DirectReads, AllowListNamesExistingFiles) {
  for (auto& [file, why] : kAllowed) EXPECT_TRUE(fs::exists(source_dir() / file)) << file << " (" << why << ")";
}

}  // namespace
}  // namespace hanse::privacy
