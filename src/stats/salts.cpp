#include "stats/salts.h"

#include <sodium.h>

#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

namespace hanse::stats {
namespace {

std::string to_hex(const SaltKey& key) {
  std::string hex(key.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), key.data(), key.size());
  hex.pop_back();
  return hex;
}

Result<SaltKey> from_hex(const std::string& hex) {
  SaltKey key{};
  std::size_t length = 0;
  if (sodium_hex2bin(key.data(), key.size(), hex.data(), hex.size(), nullptr, &length, nullptr) != 0 ||
      length != key.size()) {
    return fail(ErrorKind::internal, "stats_salts holds a salt that is not 16 bytes of hex");
  }
  return key;
}

SaltKey random_key() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  SaltKey key{};
  randombytes_buf(key.data(), key.size());
  return key;
}

}  // namespace

Result<SaltKey> SaltBook::key_for(Day day, std::int64_t now) {
  {
    std::lock_guard lock(m_mutex);
    if (auto it = m_keys.find(day); it != m_keys.end()) return it->second;
  }
  if (day < day_of(now) - 1) return fail(ErrorKind::invalid_input, "the salt of that day is destroyed");
  HANSE_TRY(auto lease, m_db.acquire());
  auto& conn = *lease;
  const std::string fresh = to_hex(random_key());
  const db::Value insert[] = {day, fresh, now};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO stats_salts (day, salt, created_at) VALUES ($1, $2, $3) ON CONFLICT (day) DO NOTHING",
      insert));
  const db::Value select[] = {day};
  HANSE_TRY(auto row, conn.query_one("SELECT salt FROM stats_salts WHERE day = $1", select));
  HANSE_TRY(auto key, from_hex(row.text(0)));
  std::lock_guard lock(m_mutex);
  return m_keys.try_emplace(day, key).first->second;
}

Result<std::vector<Day>> SaltBook::destroy_before(Day today) {
  const Day keep_from = today - 1;
  {
    std::lock_guard lock(m_mutex);
    m_keys.erase(m_keys.begin(), m_keys.lower_bound(keep_from));
  }
  HANSE_TRY(auto lease, m_db.acquire());
  auto& conn = *lease;
  const db::Value before[] = {keep_from};
  HANSE_TRY(auto rows, conn.query("SELECT day FROM stats_salts WHERE day < $1 UNION "
                                  "SELECT day FROM stats_visitors WHERE day < $1 ORDER BY 1",
                                  before));
  std::vector<Day> closed;
  for (const auto& row : rows) {
    const Day day = row.integer(0);
    HANSE_TRY_STATUS(conn.begin());
    auto done = [&]() -> Status {
      const db::Value of_day[] = {day};
      HANSE_TRY(auto visitors, conn.execute("DELETE FROM stats_visitors WHERE day = $1", of_day));
      if (visitors > 0) {
        const db::Value count[] = {day, visitors};
        HANSE_TRY_STATUS(conn.execute(
            "INSERT INTO stats_counts (day, dimension, value, count) VALUES ($1, 'visitors', '', $2) "
            "ON CONFLICT (day, dimension, value) DO UPDATE SET count = stats_counts.count + excluded.count",
            count));
      }
      HANSE_TRY_STATUS(conn.execute("DELETE FROM stats_salts WHERE day = $1", of_day));
      return {};
    }();
    if (!done) {
      (void)conn.rollback();
      return std::unexpected(done.error());
    }
    HANSE_TRY_STATUS(conn.commit());
    closed.push_back(day);
  }
  return closed;
}

std::vector<Day> SaltBook::days_in_memory() const {
  std::lock_guard lock(m_mutex);
  std::vector<Day> days;
  for (const auto& [day, key] : m_keys) days.push_back(day);
  return days;
}

std::uint64_t visitor_key(const SaltKey& key, std::string_view remote_address, std::string_view user_agent) {
  static_assert(sizeof(SaltKey) == crypto_shorthash_KEYBYTES);
  user_agent = user_agent.substr(0, 1024);
  // address, a NUL (never part of either), user agent: no two pairs share an input.
  unsigned char input[64 + 1 + 1024];
  const std::size_t address_length = std::min<std::size_t>(remote_address.size(), 64);
  std::memcpy(input, remote_address.data(), address_length);
  input[address_length] = 0;
  std::memcpy(input + address_length + 1, user_agent.data(), user_agent.size());
  unsigned char out[crypto_shorthash_BYTES];
  crypto_shorthash(out, input, address_length + 1 + user_agent.size(), key.data());
  std::uint64_t value = 0;
  std::memcpy(&value, out, sizeof(value));
  return value;
}

std::string visitor_key_hex(std::uint64_t key) { return fmt::format("{:016x}", key); }

}  // namespace hanse::stats
