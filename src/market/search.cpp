#include "market/search.h"

#include <algorithm>
#include <map>
#include <set>

#include "market/search_query.h"
#include "market/search_tags.h"

namespace hanse::market {
namespace {

using db::Value;

struct Candidate {
  std::int64_t doc_id = 0;
  double score = 0;
  SearchHit hit;
  std::string body;
};

ListingKind kind_of(const std::string& kind) {
  return kind == "company" ? ListingKind::company : kind == "offer" ? ListingKind::offer : ListingKind::product;
}

// The words in title and body and the filters as tag terms, as one text
// query of the backend's index: an FTS5 expression on SQLite (filters in the
// tags column), a tsquery on PostgreSQL (filters of weight D, 018).
std::string text_query(db::Backend backend, const std::vector<std::string>& words, const SearchRequest& request,
                       bool last_is_prefix) {
  const bool sqlite = backend == db::Backend::sqlite;
  std::string out = sqlite ? "{title body} : (" + fts5_match(words, last_is_prefix) + ")"
                           : pg_tsquery(words, last_is_prefix);
  auto tag = [&](const std::string& token) { out += sqlite ? " AND tags : \"" + token + "\"" : " & " + token + ":D"; };
  if (request.kind == "buy" || request.kind == "sell") {
    tag(kind_token("offer"));
    tag(offer_kind_token(request.kind));
  } else if (!request.kind.empty()) {
    tag(kind_token(request.kind));
  }
  if (!request.country.empty()) tag(country_token(request.country));
  if (!request.category.empty()) tag(category_token(request.category));
  return out;
}

// The newest kSearchCandidates + 1 listed matches of a text query.
Result<db::Rows> matches(db::Connection& conn, const std::string& query, std::int64_t now) {
  std::vector<Value> params = {query, now, std::int64_t{kSearchCandidates + 1}};
  if (conn.backend() == db::Backend::sqlite)
    return conn.query(
        "SELECT d.id, d.kind, d.ref_id, d.title, d.body, d.offer_kind, d.country, d.company_id"
        " FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid"
        " WHERE search_fts MATCH $1 AND d.withdrawn = 0 AND (d.expires_at IS NULL OR d.expires_at > $2)"
        " ORDER BY search_fts.rowid DESC LIMIT $3",
        params);
  return conn.query(
      "SELECT d.id, d.kind, d.ref_id, d.title, d.body, d.offer_kind, d.country, d.company_id"
      " FROM search_documents d"
      " WHERE d.search_vector @@ to_tsquery('simple', $1) AND d.withdrawn = 0"
      " AND (d.expires_at IS NULL OR d.expires_at > $2)"
      " ORDER BY d.id DESC LIMIT $3",
      params);
}

bool has_filters(const SearchRequest& request) {
  return !request.kind.empty() || !request.country.empty() || !request.category.empty();
}

// Whether the words, the last one whole, match at least a page of listings
// with no filters (the text index alone: expired offers count too).
Result<bool> whole_words_match_a_page(db::Connection& conn, const std::vector<std::string>& words) {
  const Value params[] = {text_query(conn.backend(), words, SearchRequest{}, false)};
  const std::string limit = " LIMIT " + std::to_string(kSearchPageSize) + ")";
  HANSE_TRY(auto row, conn.query_one(conn.backend() == db::Backend::sqlite
                                         ? "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts "
                                           "MATCH $1" + limit
                                         : "SELECT count(*) FROM (SELECT 1 FROM search_documents WHERE "
                                           "search_vector @@ to_tsquery('simple', $1)" + limit + " t",
                                     params));
  return row.integer(0) >= kSearchPageSize;
}

// Whole words first. A prefix term makes the index merge the postings of
// every indexed word that starts so before it yields the first match (on
// SQLite 300+ ms for "ltd"*, 50 ms for "light"* at a million listings; on
// PostgreSQL a GIN partial match over the same), whereas whole words are
// read lazily and stop at the candidate cap (about 1 ms on SQLite). So the
// last word is taken as a prefix (a word still being typed: "steel pip")
// only when the words taken whole match less than a page of listings,
// filters aside; the prefix matches then fill up the candidates after the
// whole-word ones.
Result<db::Rows> candidates_of(db::Connection& conn, const std::vector<std::string>& words,
                               const SearchRequest& request) {
  constexpr auto cap = static_cast<std::size_t>(kSearchCandidates) + 1;
  HANSE_TRY(auto whole, matches(conn, text_query(conn.backend(), words, request, false), request.now));
  if (whole.size() >= static_cast<std::size_t>(kSearchPageSize)) return whole;  // so without filters too
  if (has_filters(request)) {
    HANSE_TRY(auto finished, whole_words_match_a_page(conn, words));
    if (finished) return whole;
  }
  HANSE_TRY(auto prefixed, matches(conn, text_query(conn.backend(), words, request, true), request.now));
  std::set<std::int64_t> seen;
  for (const auto& row : whole) seen.insert(row.integer(0));
  for (auto& row : prefixed) {
    if (whole.size() >= cap) break;
    if (!seen.contains(row.integer(0))) whole.push_back(std::move(row));
  }
  return whole;
}

// bm25's term-frequency and length terms (k1 = 1.2, b = 0.75), title
// weighted 10:1, over the candidates' own text. Every candidate holds every
// word (the index matched them), so the words' rarity would weigh all alike
// and is left out.
void score_bm25(std::vector<Candidate>& candidates, const std::vector<std::string>& words) {
  constexpr double k1 = 1.2, b = 0.75, title_weight = 10.0;
  double title_total = 0, body_total = 0;
  for (const auto& c : candidates) {
    title_total += static_cast<double>(c.hit.title.size());
    body_total += static_cast<double>(c.body.size());
  }
  const double n = std::max<double>(1.0, static_cast<double>(candidates.size()));
  const double title_avg = std::max(1.0, title_total / n), body_avg = std::max(1.0, body_total / n);
  auto saturate = [&](double tf, double length, double avg) {
    return tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / avg));
  };
  for (auto& c : candidates) {
    double score = 0;
    for (const auto& word : words) {
      auto in_title = static_cast<double>(count_matches(c.hit.title, word));
      auto in_body = static_cast<double>(count_matches(c.body, word));
      score += title_weight * saturate(in_title, static_cast<double>(c.hit.title.size()), title_avg) +
               saturate(in_body, static_cast<double>(c.body.size()), body_avg);
    }
    c.score = score;
  }
}

Status add_companies(db::Connection& conn, std::vector<SearchHit>& hits) {
  if (hits.empty()) return {};
  std::vector<Value> ids;
  std::string sql = "SELECT id, name, slug, policy_version FROM companies WHERE id IN (";
  for (const auto& h : hits) {
    ids.emplace_back(h.company_id);
    sql += (ids.size() > 1 ? ", $" : "$") + std::to_string(ids.size());
  }
  sql += ")";
  HANSE_TRY(auto rows, conn.query(sql, ids));
  std::map<std::int64_t, const db::Row*> by_id;
  for (const auto& row : rows) by_id[row.integer(0)] = &row;
  for (auto& h : hits) {
    auto found = by_id.find(h.company_id);
    if (found == by_id.end()) continue;
    h.company_name = found->second->text(1);
    h.company_slug = found->second->text(2);
    h.policy_version = static_cast<int>(found->second->integer(3));
  }
  return {};
}

}  // namespace

Result<SearchResults> search(db::Connection& conn, const SearchRequest& request) {
  SearchResults results;
  results.page = std::max(1, request.page);
  results.words = search_words(request.text);
  if (results.words.empty()) return results;

  HANSE_TRY(auto rows, candidates_of(conn, results.words, request));
  results.more = rows.size() > static_cast<std::size_t>(kSearchCandidates);
  if (results.more) rows.erase(rows.begin() + kSearchCandidates, rows.end());
  results.total = static_cast<std::int64_t>(rows.size());

  std::vector<Candidate> candidates;
  candidates.reserve(rows.size());
  for (const auto& row : rows) {
    Candidate c;
    c.doc_id = row.integer(0);
    c.hit.kind = kind_of(row.text(1));
    c.hit.id = row.integer(2);
    c.hit.title = row.text(3);
    c.body = row.text(4);
    c.hit.offer_kind = row.text(5);
    c.hit.country = row.text(6);
    c.hit.company_id = row.integer(7);
    candidates.push_back(std::move(c));
  }
  score_bm25(candidates, results.words);
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score : a.doc_id < b.doc_id;
  });

  const auto first = static_cast<std::size_t>(results.page - 1) * kSearchPageSize;
  if (first >= candidates.size()) return results;
  const auto last = std::min(candidates.size(), first + kSearchPageSize);
  for (auto i = first; i < last; ++i) {
    auto& c = candidates[i];
    c.hit.title_segments = highlight(c.hit.title, results.words);
    c.hit.snippet_segments = snippet(c.body, results.words);
    results.hits.push_back(std::move(c.hit));
  }
  results.has_next = last < candidates.size();
  HANSE_TRY_STATUS(add_companies(conn, results.hits));
  return results;
}

}  // namespace hanse::market
