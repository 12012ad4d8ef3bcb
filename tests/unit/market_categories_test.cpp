// The category directory (M-5): the shipped file loads with the expected
// shape; broken files are refused with a message naming the file and the
// problem; lookups by id and the industry -> sub path.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <unistd.h>

#include "market/categories.h"

namespace hanse::market {
namespace {

namespace fs = std::filesystem;

fs::path shipped_file() {
  const char* src = std::getenv("HANSE_SOURCE_DIR");
  fs::path base = src != nullptr ? fs::path(src) : fs::current_path();
  for (fs::path p = base; !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / "market" / "categories.toml")) return p / "market" / "categories.toml";
    if (p == p.parent_path()) break;
  }
  return base / "market" / "categories.toml";
}

// Writes `text` to a fresh temporary file and loads it.
class BrokenFile : public ::testing::Test {
 protected:
  void TearDown() override {
    if (!m_path.empty()) fs::remove(m_path);
  }

  Result<CategoryTree> load_text(const std::string& text) {
    m_path = (fs::temp_directory_path() /
              ("hanse-categories-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".toml"))
                 .string();
    std::ofstream(m_path) << text;
    return CategoryTree::load(m_path);
  }

  // Loads `text`, expects a refusal naming the file and containing `problem`.
  void expect_refused(const std::string& text, const std::string& problem) {
    auto tree = load_text(text);
    ASSERT_FALSE(tree.has_value()) << "accepted:\n" << text;
    EXPECT_EQ(tree.error().kind, ErrorKind::invalid_input);
    EXPECT_NE(tree.error().message.find(m_path), std::string::npos) << tree.error().message;
    EXPECT_NE(tree.error().message.find(problem), std::string::npos)
        << "wanted \"" << problem << "\" in: " << tree.error().message;
  }

  std::string m_path;
};

const std::string kValid = R"(
[[industry]]
id = "toys"
name = "Toys"
sub = [
  { id = "toys/dolls", name = "Dolls" },
  { id = "toys/kites", name = "Kites" },
]

[[industry]]
id = "energy"
name = "Energy"
[[industry.sub]]
id = "energy/solar-panels"
name = "Solar Panels"
)";

TEST(MarketCategories, ShippedFileLoads) {
  auto tree = CategoryTree::load(shipped_file().string());
  ASSERT_TRUE(tree.has_value()) << tree.error().message;

  const auto industries = tree->industries();
  EXPECT_GE(industries.size(), 20u);
  EXPECT_LE(industries.size(), 30u);
  EXPECT_GE(tree->size(), 500u);

  std::set<std::string> ids;
  std::set<std::string> names;
  std::size_t subs = 0;
  for (const Category* industry : industries) {
    EXPECT_TRUE(industry->parent.empty()) << industry->id;
    EXPECT_FALSE(industry->name.empty()) << industry->id;
    EXPECT_TRUE(ids.insert(industry->id).second) << "duplicate " << industry->id;
    EXPECT_TRUE(names.insert(industry->name).second) << "duplicate name " << industry->name;
    EXPECT_GE(industry->children.size(), 15u) << industry->id;
    std::set<std::string> sub_names;
    for (const std::string& child_id : industry->children) {
      const Category* sub = tree->find(child_id);
      ASSERT_NE(sub, nullptr) << child_id;
      EXPECT_EQ(sub->parent, industry->id);
      EXPECT_TRUE(sub->children.empty());
      EXPECT_FALSE(sub->name.empty()) << sub->id;
      EXPECT_TRUE(sub_names.insert(sub->name).second)
          << "duplicate name in " << industry->id << ": " << sub->name;
      EXPECT_TRUE(ids.insert(sub->id).second) << "duplicate " << sub->id;
      ++subs;
    }
  }
  // Every category is an industry or a child of one: nothing is orphaned.
  EXPECT_EQ(industries.size() + subs, tree->size());
  EXPECT_EQ(ids.size(), tree->size());
}

TEST(MarketCategories, FindAndPath) {
  auto tree = CategoryTree::parse(kValid, "inline");
  ASSERT_TRUE(tree.has_value()) << tree.error().message;
  EXPECT_EQ(tree->size(), 5u);

  const auto industries = tree->industries();
  ASSERT_EQ(industries.size(), 2u);
  EXPECT_EQ(industries[0]->id, "toys");  // file order
  EXPECT_EQ(industries[1]->name, "Energy");
  EXPECT_EQ(industries[0]->children, (std::vector<std::string>{"toys/dolls", "toys/kites"}));

  const Category* kites = tree->find("toys/kites");
  ASSERT_NE(kites, nullptr);
  EXPECT_EQ(kites->name, "Kites");
  EXPECT_EQ(kites->parent, "toys");
  EXPECT_EQ(tree->find("kites"), nullptr);
  EXPECT_EQ(tree->find(""), nullptr);

  const auto path = tree->path("energy/solar-panels");
  ASSERT_EQ(path.size(), 2u);
  EXPECT_EQ(path[0]->id, "energy");
  EXPECT_EQ(path[1]->name, "Solar Panels");
  ASSERT_EQ(tree->path("toys").size(), 1u);
  EXPECT_EQ(tree->path("toys")[0]->name, "Toys");
  EXPECT_TRUE(tree->path("toys/robots").empty());
}

TEST(MarketCategories, PointersSurviveAMove) {
  auto tree = CategoryTree::parse(kValid, "inline");
  ASSERT_TRUE(tree.has_value());
  CategoryTree moved = std::move(*tree);
  const Category* dolls = moved.find("toys/dolls");
  ASSERT_NE(dolls, nullptr);
  EXPECT_EQ(dolls->name, "Dolls");
}

TEST_F(BrokenFile, ValidFixtureLoadsFromAFile) {
  auto tree = load_text(kValid);
  ASSERT_TRUE(tree.has_value()) << tree.error().message;
  EXPECT_EQ(tree->size(), 5u);
}

TEST_F(BrokenFile, MissingFileIsNamed) {
  auto tree = CategoryTree::load("/nonexistent/hanse/categories.toml");
  ASSERT_FALSE(tree.has_value());
  EXPECT_NE(tree.error().message.find("/nonexistent/hanse/categories.toml"), std::string::npos);
}

TEST_F(BrokenFile, SyntaxError) { expect_refused("[[industry]\nid = \"x\"\n", ":1:"); }

TEST_F(BrokenFile, NoIndustries) { expect_refused("# nothing here\n", "no [[industry]]"); }

TEST_F(BrokenFile, DuplicateSubId) {
  expect_refused(R"([[industry]]
id = "toys"
name = "Toys"
sub = [
  { id = "toys/dolls", name = "Dolls" },
  { id = "toys/dolls", name = "More dolls" },
])",
                 "duplicate id \"toys/dolls\"");
}

TEST_F(BrokenFile, DuplicateIndustryId) {
  expect_refused(R"([[industry]]
id = "toys"
name = "Toys"
sub = [{ id = "toys/dolls", name = "Dolls" }]
[[industry]]
id = "toys"
name = "Toys again"
sub = [{ id = "toys/kites", name = "Kites" }])",
                 "duplicate id \"toys\"");
}

TEST_F(BrokenFile, EmptyName) {
  expect_refused(R"([[industry]]
id = "toys"
name = "Toys"
sub = [{ id = "toys/dolls", name = "  " }])",
                 "empty \"name\"");
}

TEST_F(BrokenFile, MissingName) {
  expect_refused("[[industry]]\nid = \"toys\"\nsub = [{ id = \"toys/dolls\", name = \"D\" }]\n",
                 "without \"name\"");
}

TEST_F(BrokenFile, BadIndustryIdCharacters) {
  for (const char* id :
       {"Toys", "toys games", "toys_games", "-toys", "toys-", "toys--games", "töys"}) {
    expect_refused(std::string("[[industry]]\nid = \"") + id +
                       "\"\nname = \"Toys\"\nsub = [{ id = \"toys/dolls\", name = \"Dolls\" }]\n",
                   "bad industry id");
  }
}

TEST_F(BrokenFile, SubIdMustBeUnderItsIndustry) {
  for (const char* id : {"dolls", "energy/dolls", "toys/", "toys/Dolls", "toys/dolls/barbie"}) {
    expect_refused(std::string("[[industry]]\nid = \"toys\"\nname = \"Toys\"\nsub = [{ id = \"") +
                       id + "\", name = \"Dolls\" }]\n",
                   "bad sub-category id");
  }
}

TEST_F(BrokenFile, UnknownKeys) {
  expect_refused(
      "[[industry]]\nid = \"toys\"\nname = \"Toys\"\ncolour = \"red\"\n"
      "sub = [{ id = \"toys/dolls\", name = \"Dolls\" }]\n",
      "unknown key \"colour\"");
  expect_refused(
      "[[industry]]\nid = \"toys\"\nname = \"Toys\"\n"
      "sub = [{ id = \"toys/dolls\", name = \"Dolls\", count = 3 }]\n",
      "unknown key \"count\"");
  expect_refused(
      "version = 1\n[[industry]]\nid = \"toys\"\nname = \"Toys\"\n"
      "sub = [{ id = \"toys/dolls\", name = \"Dolls\" }]\n",
      "unknown key \"version\"");
}

TEST_F(BrokenFile, IndustryWithoutSubs) {
  expect_refused("[[industry]]\nid = \"toys\"\nname = \"Toys\"\n", "no sub-categories");
  expect_refused("[[industry]]\nid = \"toys\"\nname = \"Toys\"\nsub = []\n", "non-empty list");
}

TEST_F(BrokenFile, WrongTypes) {
  expect_refused(
      "[[industry]]\nid = 7\nname = \"Toys\"\nsub = [{ id = \"toys/a\", name = \"A\" }]\n",
      "must be a string");
  expect_refused("industry = \"toys\"\n", "list of [[industry]] tables");
}

}  // namespace
}  // namespace hanse::market
