// What a signed-in member's pages need to know about the member, looked up
// once and kept for a short while: the session and member record behind a
// session cookie, and the industries their pages are arranged by
// (web/arranged.h), and the company they belong to (web/member_company.h).
// Without it every page of a signed-in member reads the
// session, the member and, on the home page and the category directory,
// the consent ledger and the member's trade.
//
// An entry is used only while
//   - it is younger than the configured lifetime (server.viewer_cache_ms,
//     1 s by default), which bounds how long a change made outside this
//     process (another instance, the CLI) stays unseen, and
//   - nothing was changed through this server since it was read: every
//     state-changing request (sign-out, a password change, ending sessions,
//     an account edit, a choice) drops every entry when it finishes, and an
//     entry read while a change was under way is never stored (the
//     generation taken before reading is compared), as for the visitor page
//     cache (web/visitor_page_cache.h).
// A session's expiry is checked on every use. Only sessions that exist are
// kept, so unknown tokens cannot fill it; at most max_entries of each kind
// are kept (the whole cache is dropped when full: cheap, and bounded).
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "market/membership.h"
#include "web/visitor.h"

namespace hanse::web {

class ViewerCache {
 public:
  using Clock = std::chrono::steady_clock;

  explicit ViewerCache(std::chrono::milliseconds lifetime, std::size_t max_entries = 65536)
      : m_lifetime(lifetime), m_max_entries(max_entries) {}

  bool enabled() const { return m_lifetime.count() > 0; }
  // The generation to pass to a store: take it before reading.
  std::uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }

  // The member signed in with this session token, while their session is
  // live at unix_now.
  std::optional<SignedInMember> member(const std::string& token, std::int64_t unix_now, Clock::time_point now) const;
  void store_member(const std::string& token, const SignedInMember& member, std::uint64_t generation,
                    Clock::time_point now);

  // The industries the member's pages are arranged by (empty: none).
  std::optional<std::vector<std::string>> arranged(std::int64_t member_id, Clock::time_point now) const;
  void store_arranged(std::int64_t member_id, const std::vector<std::string>& industries, std::uint64_t generation,
                      Clock::time_point now);

  // The company the member belongs to (nullopt inside: none).
  std::optional<std::optional<market::Membership>> membership(std::int64_t member_id, Clock::time_point now) const;
  void store_membership(std::int64_t member_id, const std::optional<market::Membership>& membership,
                        std::uint64_t generation, Clock::time_point now);

  // Drops every entry (after a change made through this server).
  void invalidate();

 private:
  template <typename T>
  struct Entry {
    T value;
    std::uint64_t generation = 0;
    Clock::time_point stored_at;
  };
  template <typename T>
  bool fresh(const Entry<T>& entry, Clock::time_point now) const {
    return entry.generation == generation() && now >= entry.stored_at && now - entry.stored_at < m_lifetime;
  }
  // The fresh value under key in one of the maps below.
  template <typename Map>
  auto find_in(const Map& map, const typename Map::key_type& key, Clock::time_point now) const
      -> std::optional<decltype(map.begin()->second.value)>;
  // Stores value under key unless something changed since generation.
  template <typename Map, typename T>
  void store_in(Map& map, const typename Map::key_type& key, const T& value, std::uint64_t generation,
                Clock::time_point now);

  std::chrono::milliseconds m_lifetime;
  std::size_t m_max_entries;
  mutable std::shared_mutex m_mutex;
  std::atomic<std::uint64_t> m_generation{1};
  std::unordered_map<std::string, Entry<SignedInMember>> m_members;
  std::unordered_map<std::int64_t, Entry<std::vector<std::string>>> m_arranged;
  std::unordered_map<std::int64_t, Entry<std::optional<market::Membership>>> m_memberships;
};

}  // namespace hanse::web
