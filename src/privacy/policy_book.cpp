// PolicyBook: the published versions, loaded from policy/ and extended at
// run time by publication; lookups by number, by date and by use.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include <fmt/format.h>

#include "core/files.h"
#include "privacy/policy.h"

namespace hanse::privacy {
namespace {

// "v12.toml" -> 12; 0 for any other name.
int version_of_file(const std::string& name) {
  if (name.size() < 7 || name.front() != 'v' || !name.ends_with(".toml")) return 0;
  auto digits = std::string_view(name).substr(1, name.size() - 6);
  if (digits.empty() || digits.front() == '0') return 0;
  int n = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc{} || p != digits.data() + digits.size()) return 0;
  return n;
}

Status uses_taxonomy(const PolicyVersion& version, const Taxonomy& taxonomy) {
  for (auto& clause : version.clauses) {
    for (auto& key : clause.categories)
      if (taxonomy.category(key) == nullptr)
        return fail(ErrorKind::invalid_input, fmt::format("version {}: clause \"{}\": unknown category \"{}\"",
                                                          version.number, clause.id, key));
    for (auto& key : clause.purposes)
      if (taxonomy.purpose(key) == nullptr)
        return fail(ErrorKind::invalid_input, fmt::format("version {}: clause \"{}\": unknown purpose \"{}\"",
                                                          version.number, clause.id, key));
  }
  return {};
}

// The length of the longest key in keys that covers key, or 0.
std::size_t best_cover(const std::vector<std::string>& keys, std::string_view key) {
  std::size_t best = 0;
  for (auto& k : keys)
    if (key_covers(k, key)) best = std::max(best, k.size());
  return best;
}

}  // namespace

Result<std::unique_ptr<PolicyBook>> PolicyBook::open(const std::string& dir) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir))
    return fail(ErrorKind::invalid_input, fmt::format("policy.dir: no such folder \"{}\"", dir));
  HANSE_TRY(auto taxonomy, Taxonomy::load((fs::path(dir) / "taxonomy").string()));
  std::map<int, fs::path> files;
  for (auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    if (int n = version_of_file(entry.path().filename().string()); n > 0) files[n] = entry.path();
  }
  std::vector<PolicyVersion> versions;
  for (auto& [n, path] : files) {
    HANSE_TRY(auto text, read_file(path));
    HANSE_TRY(auto version, parse_policy(text, taxonomy, path.string()));
    if (version.number != n)
      return fail(ErrorKind::invalid_input, fmt::format("{}: key \"version\": says {}, the file name {}",
                                                        path.string(), version.number, n));
    versions.push_back(std::move(version));
  }
  if (versions.empty())
    return fail(ErrorKind::invalid_input, fmt::format("{}: no policy file (v1.toml, v2.toml, ...)", dir));
  return from_versions(std::move(taxonomy), std::move(versions));
}

Result<std::unique_ptr<PolicyBook>> PolicyBook::from_versions(Taxonomy taxonomy,
                                                              std::vector<PolicyVersion> versions) {
  if (versions.empty()) return fail(ErrorKind::invalid_input, "a policy book needs at least version 1");
  std::unique_ptr<PolicyBook> book(new PolicyBook(std::move(taxonomy)));
  for (auto& version : versions) HANSE_TRY_STATUS(book->add_version(std::move(version)));
  return book;
}

Status PolicyBook::check_next(const PolicyVersion& version) const {
  int expected = static_cast<int>(m_versions.size()) + 1;
  if (version.number != expected)
    return fail(ErrorKind::invalid_input,
                fmt::format("policy version {}: the next version must be number {}", version.number, expected));
  if (version.effective_at < version.published_at)
    return fail(ErrorKind::invalid_input,
                fmt::format("policy version {}: takes effect before it is published", version.number));
  if (!m_versions.empty() && version.effective_at <= m_versions.back()->effective_at)
    return fail(ErrorKind::invalid_input,
                fmt::format("policy version {}: must take effect after version {} ({})", version.number,
                            m_versions.back()->number, m_versions.back()->effective));
  return uses_taxonomy(version, m_taxonomy);
}

Status PolicyBook::add_version(PolicyVersion version) {
  std::unique_lock lock(m_mutex);
  HANSE_TRY_STATUS(check_next(version));
  m_versions.push_back(std::make_shared<const PolicyVersion>(std::move(version)));
  return {};
}

std::vector<VersionPtr> PolicyBook::versions() const {
  std::shared_lock lock(m_mutex);
  return m_versions;
}

VersionPtr PolicyBook::version(int n) const {
  std::shared_lock lock(m_mutex);
  if (n < 1 || n > static_cast<int>(m_versions.size())) return nullptr;
  return m_versions[static_cast<std::size_t>(n - 1)];
}

VersionPtr PolicyBook::in_force(std::int64_t now) const {
  std::shared_lock lock(m_mutex);
  for (auto it = m_versions.rbegin(); it != m_versions.rend(); ++it)
    if ((*it)->effective_at <= now) return *it;
  return nullptr;
}

VersionPtr PolicyBook::latest_published() const {
  std::shared_lock lock(m_mutex);
  return m_versions.empty() ? nullptr : m_versions.back();
}

const Clause* PolicyBook::clause_allowing(int number, std::string_view category,
                                          std::string_view purpose) const {
  if (m_taxonomy.category(category) == nullptr || m_taxonomy.purpose(purpose) == nullptr) return nullptr;
  VersionPtr v = version(number);
  if (!v) return nullptr;
  const Clause* best = nullptr;
  std::pair<std::size_t, std::size_t> best_score{0, 0};
  for (auto& clause : v->clauses) {
    std::pair<std::size_t, std::size_t> score{best_cover(clause.purposes, purpose),
                                              best_cover(clause.categories, category)};
    if (score.first == 0 || score.second == 0) continue;
    if (best == nullptr || score > best_score) {
      best = &clause;
      best_score = score;
    }
  }
  // Versions live as long as the book (never removed), so the pointer stays valid.
  return best;
}

const Clause* PolicyBook::clause_publishing(int number, std::string_view category) const {
  if (m_taxonomy.category(category) == nullptr) return nullptr;
  VersionPtr v = version(number);
  if (!v) return nullptr;
  for (auto& clause : v->clauses) {
    bool to_public = std::ranges::find(clause.recipients, "public") != clause.recipients.end();
    if (to_public && best_cover(clause.purposes, "essential.service") > 0 &&
        best_cover(clause.categories, category) > 0)
      return &clause;
  }
  return nullptr;
}

}  // namespace hanse::privacy
