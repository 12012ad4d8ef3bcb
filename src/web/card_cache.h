// Rendered listing cards (templates/card.tpl), kept so that a page of 20
// cards costs 20 lookups instead of 20 template expansions (issue 12: the
// category page without the visitor page cache was 23% slower with cards).
//
// An entry is keyed by the listing's kind and id followed by everything the
// card shows (web/listing_card.cpp builds the key from the very values the
// template receives, including an offer's "days left" as of now), and its
// value is card.tpl expanded with those values. A key therefore names one
// rendering only: an edited listing, a changed policy or another day asks
// with another key and is rendered afresh, so nothing needs dropping when
// something changes, and changes made outside this process (the CLI) are
// seen at once. Cards only ever hold what a visitor may see
// (market::public_card decided it before the key was made).
//
// Memory is bounded: at most max_bytes of keys and HTML (16 MiB by default,
// some 16,000 cards). When a card would not fit, entries are dropped in no
// particular order until it does.
#pragma once

#include <cstddef>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace hanse::web {

class CardCache {
 public:
  explicit CardCache(std::size_t max_bytes = 16 * 1024 * 1024) : m_max_bytes(max_bytes) {}
  CardCache(const CardCache&) = delete;
  CardCache& operator=(const CardCache&) = delete;

  // A copy of the HTML stored for key, if any. Safe from any thread.
  std::optional<std::string> find(const std::string& key) const;

  // Keeps html for key (replacing an older one); a card larger than the
  // whole bound is not kept. Safe from any thread.
  void store(const std::string& key, const std::string& html);

  // Drops every card (tests; nothing needs it for correctness).
  void clear();

  std::size_t size() const;   // cards stored
  std::size_t bytes() const;  // their keys' and HTML's bytes

 private:
  static std::size_t cost(const std::string& key, const std::string& html) { return key.size() + html.size(); }

  const std::size_t m_max_bytes;
  mutable std::shared_mutex m_mutex;
  std::unordered_map<std::string, std::string> m_entries;
  std::size_t m_bytes = 0;
};

}  // namespace hanse::web
