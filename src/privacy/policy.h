// The site's privacy policy as data (SPEC P-1). One TOML file per version
// in policy/ (policy/v1.toml, policy/v2.toml, ...) holds clauses; each clause
// has its text, written with placeholders for the operator ({operator},
// {contact_email}, {site_name}), and its machine terms: the fideslang data
// categories it covers, the purposes (fideslang data uses) it allows, who
// receives the data, the person's choice and how long data is kept. The
// policy pages, /privacy/policy.json and the privacy guard all read this
// model; nothing else describes the policy. The file format is documented
// in policy/README.md and policy/policy.schema.json (the JSON form).
#pragma once

#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/config.h"
#include "core/result.h"
#include "privacy/taxonomy.h"

namespace hanse::privacy {

// How a person controls a use: always (part of the service, no choice),
// opt_out (done unless they say no), opt_in (done only after they say yes).
enum class Choice { always, opt_out, opt_in };

// "always", "opt-out", "opt-in" (the TOML and JSON spelling).
std::string_view to_string(Choice choice);

struct Clause {
  std::string id;                         // stable across versions, kebab-case
  std::string title;
  std::string opp115;                     // one of opp115_categories()
  std::string text;                       // with {placeholders}; paragraphs split by a blank line
  std::vector<std::string> categories;    // fideslang data category keys
  std::vector<std::string> purposes;      // fideslang data use keys
  std::vector<std::string> recipients;    // see recipient_known()
  Choice choice = Choice::always;
  std::string retention;                  // how long, in words
  std::vector<std::string> requirements;  // SPEC ids: "P-4"
  // Test-name prefixes that prove this clause (conformance.h), each
  // starting with the test prefix of one of its requirements
  // ("P11_server_logs" for P-11). Empty: any test of its requirements
  // proves it. Optional in the file; not part of the policy's meaning, so
  // neither the JSON form nor the diff between versions shows it.
  std::vector<std::string> proven_by;
};

struct PolicyVersion {
  int number = 0;
  std::string published;  // "2026-11-01"
  std::string effective;  // "2026-11-01"
  std::int64_t published_at = 0;  // Unix seconds, midnight UTC of `published`
  std::int64_t effective_at = 0;  // Unix seconds, midnight UTC of `effective`
  std::string summary;            // with {placeholders}
  std::vector<Clause> clauses;    // in document order

  // The clause with this id, or nullptr.
  const Clause* clause(std::string_view id) const;
};

// The ten OPP-115 practice categories, in their canonical spelling.
const std::vector<std::string>& opp115_categories();

// True for a recipient the policy vocabulary knows: "operator", "public",
// "payment-gateway", "authorities", "affected-parties", "partner" (the
// co-branded partner on whose pages the data was collected),
// "partner:NAME" (a named partner, NAME in [a-z0-9-]) and
// "named-recipients" (third parties the person names when giving permission).
bool recipient_known(std::string_view recipient);

// The recipient in words for a reader of the policy, with the operator's name.
std::string recipient_label(std::string_view recipient, const SiteConfig& site);

// The choice in words for a reader of the policy.
std::string_view choice_label(Choice choice);

// text with {operator}, {contact_email} and {site_name} replaced from site.
std::string fill_placeholders(std::string_view text, const SiteConfig& site);

// "2026-11-01" -> Unix seconds at midnight UTC. Errors: invalid_input for
// anything but a real calendar date in that exact form.
Result<std::int64_t> parse_iso_date(std::string_view date);

// Parses and validates one policy file. source_name is used in messages
// ("policy/v1.toml"). Errors: invalid_input whose message names the file,
// the clause (by id, or "clause #N" before the id is known) and the key, for:
// TOML syntax, an unknown key (anywhere), a missing or mistyped field, an
// unknown category or purpose (checked against taxonomy), an unknown
// recipient, a duplicate clause id, a bad choice or opp115 value, a bad or
// inconsistent date (effective before published), a malformed id or
// requirement, a proven_by prefix that is not LETTERS_AND_DIGITS_ or does not
// start with the test prefix of one of the clause's requirements, and an
// unknown {placeholder} in a text.
Result<PolicyVersion> parse_policy(std::string_view toml_text, const Taxonomy& taxonomy,
                                   std::string_view source_name);

// One clause's difference between two versions. what_changed is empty for
// added and removed clauses; for changed ones it lists, in this order:
// "title", "opp115: A -> B", "text", "categories: + KEY" / "categories: - KEY"
// (and likewise purposes, recipients, requirements), "choice: A -> B",
// "retention: \"A\" -> \"B\"".
struct ClauseChange {
  enum Kind { added, removed, changed } kind;
  std::string id;
  std::vector<std::string> what_changed;
};

// The clauses that differ from `from` to `to`: first the clauses of `to` in
// its order (added or changed), then the clauses of `from` that `to` no
// longer has (removed). Unchanged clauses are left out.
std::vector<ClauseChange> diff(const PolicyVersion& from, const PolicyVersion& to);

std::string_view to_string(ClauseChange::Kind kind);  // "added", "removed", "changed"

// The JSON form served at /privacy/policy.json, described by
// policy/policy.schema.json: texts have their placeholders filled from site.
nlohmann::json to_json(const PolicyVersion& version, const SiteConfig& site);

using VersionPtr = std::shared_ptr<const PolicyVersion>;

// Every published version of the policy. Thread-safety: a shared_mutex
// guards the list; readers take it shared, add_version exclusive. Versions
// are immutable once added and never removed, so a VersionPtr, and a Clause
// pointer taken from a version, stay valid for the book's lifetime.
class PolicyBook final {
 public:
  // Loads DIR/taxonomy/ and every DIR/vN.toml (other files are ignored).
  // Errors: invalid_input when a file is invalid (the parse_policy message),
  // when there is no version, when the numbers are not 1..N without gaps,
  // when a file's `version` differs from its name, or when effective dates
  // do not increase from one version to the next.
  static Result<std::unique_ptr<PolicyBook>> open(const std::string& dir);

  // A book from versions already parsed (tests, tools). Same checks as open.
  static Result<std::unique_ptr<PolicyBook>> from_versions(Taxonomy taxonomy,
                                                           std::vector<PolicyVersion> versions);

  PolicyBook(const PolicyBook&) = delete;
  PolicyBook& operator=(const PolicyBook&) = delete;

  const Taxonomy& taxonomy() const { return m_taxonomy; }

  // All versions, by number (1 first).
  std::vector<VersionPtr> versions() const;
  // Version n, or nullptr.
  VersionPtr version(int n) const;
  // The highest version whose effective_at <= now, or nullptr when now is
  // before the first version takes effect.
  VersionPtr in_force(std::int64_t now) const;
  // The highest version published (it may not be in force yet).
  VersionPtr latest_published() const;

  // The clause of version `version` that allows using data of `category`
  // for `purpose`: one of its categories covers `category` and one of its
  // purposes covers `purpose` (a parent key covers its children). Among
  // several, the most specific (longest matching purpose key, then category
  // key) wins, then document order. nullptr when no clause allows it, when
  // the version does not exist, or when category or purpose is not a
  // taxonomy key. The choice (opt-in, opt-out) is the caller's to check.
  const Clause* clause_allowing(int version, std::string_view category,
                                std::string_view purpose) const;

  // The clause of version `version` that makes data of `category` public
  // (P-12): it names the recipient "public" and allows the purpose
  // "essential.service" for a category covering `category`. nullptr when
  // there is none.
  const Clause* clause_publishing(int version, std::string_view category) const;

  // Appends a version published at run time. It must be number N+1, take
  // effect after version N and not before its own published date, and use
  // only this book's taxonomy keys. Notice periods are the publisher's
  // check. Errors: invalid_input naming the problem; nothing changes then.
  Status add_version(PolicyVersion version);

 private:
  explicit PolicyBook(Taxonomy taxonomy) : m_taxonomy(std::move(taxonomy)) {}
  Status check_next(const PolicyVersion& version) const;  // caller holds the lock

  const Taxonomy m_taxonomy;
  mutable std::shared_mutex m_mutex;
  std::vector<VersionPtr> m_versions;
};

}  // namespace hanse::privacy
