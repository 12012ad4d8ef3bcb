// The map of a member's data (P-15): for every table that holds data about
// a member, how a row belongs to that member and what erasure does to it.
// The data inventory (inventory.h) says what each column holds; this map
// says whose it is. Export, erasure and erasure's self-check are all driven
// by it, so a new table is handled by adding one rule here (a unit test
// fails while a table with a personal column has none).
//
// Belonging is a chain of links ending at members: a row of `table`
// belongs to member M when its `column` equals `parent_column` of a row of
// `parent` that belongs to M (members.id = M is the root). A link may also
// match a value rather than an id (mail_outbox.recipient = members.email).
// A rule with no link (empty column) names a table whose rows are nobody's
// in particular; it states why in its retention.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::privacy {

// What erasure does to the rows that belong to the member.
enum class Erasure {
  delete_row,  // the row goes (children first: the order follows the links)
  detach,      // the row stays for someone else; its link to the member is
               // set to NULL and its personal columns listed in `blank` are
               // cleared (an inquiry's other party keeps its copy)
  keep,        // the row stays as it is, for the typed reason in `retention`
};

// Why a datum outlives erasure, and until when. Typed, not free text: the
// export, the erasure page and the retention job read the same fields.
enum class KeepReason {
  none,
  anonymous,          // holds nothing that identifies the member
  legal_obligation,   // records the law or the policy requires (audit, consent proof)
  other_party,        // another member's copy of shared correspondence
  accountability,     // who at the site read or disclosed the member's data
};

struct Retention {
  KeepReason reason = KeepReason::none;
  // What is kept ("the audit chain's entries about the account").
  std::string_view scope{};
  // Days after erasure until a scheduled job removes it; 0 = as long as the
  // row it belongs to exists (another party's copy), -1 = indefinitely
  // (anonymous aggregates).
  int days = 0;
};

struct Link {
  std::string_view column;         // this table's column
  std::string_view parent;         // the table whose rows belong to the member
  // What `column` matches: an SQL expression over the parent row, aliased
  // `p` ("p.id", "p.email", "'account:' || p.email").
  std::string_view parent_value;
};

struct DataRule {
  std::string_view table{};
  Link link{};
  Erasure erasure = Erasure::delete_row;
  // For Erasure::delete_row: an SQL condition on the row (the table is
  // aliased `t`, $1 is the member id) that must also hold for erasure to
  // delete it; rows that do not match stay. Empty: all rows that belong.
  // (A company is deleted only when the member is its last member.)
  std::string_view erase_only_if{};
  // For Erasure::detach: the personal columns cleared (set to NULL).
  std::span<const std::string_view> blank{};
  Retention retention{};  // Erasure::keep and detach: why the row stays
  // A second way a row belongs to the member (OR): an invitation belongs
  // to its company and also to the person invited (email = p.email).
  // Empty column: none. The erasure order follows `link` only.
  Link also{};
  // Free-text columns of rows that stay for someone else (detach, keep) in
  // which erasure replaces the member's identifiers (e-mail, phone, name,
  // addresses) with kRedacted wherever they occur: a message signed with
  // the author's name keeps its text without the name.
  std::span<const std::string_view> redact{};
  // For Erasure::detach: an SQL condition on a row (aliased `t`) under
  // which nobody keeps it any more (every party detached); erasure deletes
  // such rows after the detaching. Empty: none.
  std::string_view orphaned_if{};
  // An SQL condition on the row (aliased `t`) that must hold for the member
  // to be shown it on their data page and in their download; empty: every
  // row. A disclosure whose notice is withheld is not shown until lifted.
  std::string_view shown_if{};
  // What the rows are, for the member's page and the export ("your sessions").
  std::string_view title{};
};

// Every rule, in declaration order.
std::span<const DataRule> data_map();

// The rule for table, or nullopt.
std::optional<DataRule> find_rule(std::string_view table);

// An SQL query returning the ids (the `select` column, default "id" or for
// members itself "id") of the rows of `table` that belong to the member
// whose id is $1. The query follows the links up to members; `for_erasure`
// also applies each rule's erase_only_if on the way (so a product belongs to
// erasure only when its company does).
// Errors: not_found when the table has no rule.
Result<std::string> owned_rows_sql(std::string_view table, std::string_view select,
                                   bool for_erasure);

// The tables of the map ordered children first: every table comes before
// the table its link points to, so deleting in this order never leaves a
// row whose parent is gone. Derived from the links, not written by hand.
std::vector<std::string_view> erasure_order();

// Tables of the live schema that hold a personal column (per the data
// inventory; an undeclared column counts as personal) and have no rule in
// the map, plus rules naming a table the
// schema lacks. Empty when the map is complete.
// Errors: whatever the database reports.
Result<std::vector<std::string>> data_map_gaps(db::Connection& conn);

// The statement erasure runs for the table's rule ($1 = member id):
// delete_row "DELETE FROM t ... WHERE <belongs, for erasure>", detach
// "UPDATE ... SET <link> = NULL, <blank> = NULL WHERE <belongs>"; nullopt
// for keep and for rules without a link. Errors: not_found when the table
// has no rule.
Result<std::optional<std::string>> erasure_sql(std::string_view table);

// "DELETE FROM <table> AS t WHERE <orphaned_if>" for a rule with
// orphaned_if, else nullopt. Errors: not_found when the table has no rule.
Result<std::optional<std::string>> orphans_sql(std::string_view table);

// What replaces a redacted identifier in kept free text.
inline constexpr std::string_view kRedacted = "[removed]";

// The statement the retention job runs when a kept datum's time has come
// ($1 = the erased member's id): "DELETE FROM <table> WHERE <column> = $1"
// for a keep rule with days > 0 linked straight to members.id (the member
// row is gone by then, so owned_rows_sql no longer matches). nullopt for
// every other rule. Errors: not_found when the table has no rule.
Result<std::optional<std::string>> retention_sql(std::string_view table);

// The longest retention in days of the map's keep rules that link to a
// member (what the erasures table's kept_until is computed from).
int longest_retention_days();

// A readable phrase for a retention ("retained because it is another
// member's copy of your correspondence, until they delete it").
std::string describe(const Retention& retention);

}  // namespace hanse::privacy
