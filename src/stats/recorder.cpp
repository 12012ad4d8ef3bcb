#include "stats/recorder.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>

#include <spdlog/spdlog.h>

namespace hanse::stats {
namespace {

std::atomic<std::uint64_t> g_next_recorder_id{1};

// The calling thread's shard of the recorder it last recorded for.
struct ThreadShard {
  std::uint64_t recorder = 0;
  void* shard = nullptr;
};
thread_local ThreadShard t_shard;

// Counts not written after this many failed flushes' worth of rows are
// dropped (and said so): the database is gone for long, memory is not.
constexpr std::size_t kMaxPendingRows = 200000;

std::string status_label(std::size_t index) {
  return index == 0 ? std::string("other") : std::to_string(index) + "xx";
}

}  // namespace

Recorder::Recorder(db::Database& db, const Clock& clock, std::vector<PageName> pages, RecorderSettings settings)
    : m_db(db),
      m_clock(clock),
      m_pages(std::move(pages)),
      m_settings(std::move(settings)),
      m_salts(db),
      m_id(g_next_recorder_id.fetch_add(1)) {}

Recorder::~Recorder() {
  if (m_thread.joinable()) (void)stop();
}

Recorder::Shard& Recorder::my_shard() {
  if (t_shard.recorder == m_id) return *static_cast<Shard*>(t_shard.shard);
  std::lock_guard lock(m_shards_mutex);
  auto& shard = m_shards.emplace_back(std::make_unique<Shard>());
  t_shard = {m_id, shard.get()};
  return *shard;
}

void Recorder::record(const Hit& hit) {
  const Day day = day_of(hit.at);
  Shard& shard = my_shard();
  const int status_class = hit.status / 100;
  const std::size_t status_index = (status_class >= 1 && status_class <= 5) ? status_class : 0;
  if (hit.page < 0 || static_cast<std::size_t>(hit.page) >= m_pages.size()) {
    std::lock_guard lock(shard.mutex);
    DayCounts& counts = shard.days[day];
    ++counts.requests;
    ++counts.status[status_index];
    return;
  }

  // A page view. What needs no shard is worked out before the lock.
  const std::string referrer = referrer_domain(hit.referer, hit.host, m_settings.own_host);
  const std::uint16_t country = m_settings.countries ? m_settings.countries->country(hit.remote_address) : 0;

  std::unique_lock lock(shard.mutex);
  if (shard.salt_day != day) {
    // The first view of a day on this thread: the salt is in memory once
    // start() or a flush has loaded it (the database only when not).
    lock.unlock();
    auto key = m_salts.key_for(day, hit.at);
    lock.lock();
    if (key) {
      shard.salt_day = day;
      shard.salt = *key;
    } else {
      spdlog::warn("statistics: no salt for {}: {} (the view is counted without its visitor)", iso_date(day),
                   key.error().message);
    }
  }
  DayCounts& counts = shard.days[day];
  ++counts.requests;
  ++counts.status[status_index];
  ++counts.views;
  if (counts.pages.empty()) counts.pages.resize(m_pages.size());
  ++counts.pages[static_cast<std::size_t>(hit.page)];
  if (hit.user_agent != shard.last_user_agent) {
    shard.last_class = classify_user_agent(hit.user_agent);
    shard.last_user_agent.assign(hit.user_agent.substr(0, 512));
  }
  const ClientClass& client = shard.last_class;
  ++counts.browsers[(static_cast<std::uint32_t>(client.family) << 16) | static_cast<std::uint32_t>(client.major)];
  ++counts.devices[static_cast<std::size_t>(client.device)];
  if (!referrer.empty()) ++counts.referrers[referrer];
  if (country != 0) ++counts.countries[country];
  if (shard.salt_day == day) counts.visitors.insert(visitor_key(shard.salt, hit.remote_address, hit.user_agent));
}

void Recorder::merge(Day day, DayCounts& counts, Pending& into) const {
  auto add = [&](std::string_view dimension, std::string value, std::uint64_t n) {
    if (n > 0) into.counts[{day, std::string(dimension), std::move(value)}] += n;
  };
  add("requests", "", counts.requests);
  add("views", "", counts.views);
  for (std::size_t i = 0; i < counts.status.size(); ++i) add("status", status_label(i), counts.status[i]);
  for (std::size_t i = 0; i < counts.pages.size(); ++i) {
    add("page", m_pages[i].pattern, counts.pages[i]);
    add("section", m_pages[i].section, counts.pages[i]);
  }
  for (const auto& [key, n] : counts.browsers) {
    add("browser", browser_label(static_cast<BrowserFamily>(key >> 16), static_cast<int>(key & 0xFFFF)), n);
  }
  for (std::size_t i = 0; i < counts.devices.size(); ++i) {
    add("device", std::string(device_label(static_cast<Device>(i))), counts.devices[i]);
  }
  for (auto& [domain, n] : counts.referrers) add("referrer", domain, n);
  for (const auto& [packed, n] : counts.countries) add("country", CountryLookup::code(packed), n);
  if (!counts.visitors.empty()) into.visitors[day].merge(counts.visitors);
}

Status Recorder::write(const Pending& pending) {
  return m_db.transaction([&](db::Connection& conn) -> Status {
    for (const auto& [key, n] : pending.counts) {
      const auto& [day, dimension, value] = key;
      const db::Value params[] = {day, dimension, value, static_cast<std::int64_t>(n)};
      HANSE_TRY_STATUS(conn.execute(
          "INSERT INTO stats_counts (day, dimension, value, count) VALUES ($1, $2, $3, $4) "
          "ON CONFLICT (day, dimension, value) DO UPDATE SET count = stats_counts.count + excluded.count",
          params));
    }
    for (const auto& [day, set] : pending.visitors) {
      // In one order everywhere: two instances inserting the same keys in
      // different orders could deadlock on PostgreSQL.
      std::vector<std::uint64_t> keys(set.begin(), set.end());
      std::ranges::sort(keys);
      for (std::uint64_t key : keys) {
        const db::Value params[] = {day, visitor_key_hex(key)};
        HANSE_TRY_STATUS(conn.execute(
            "INSERT INTO stats_visitors (day, visitor) VALUES ($1, $2) ON CONFLICT (day, visitor) DO NOTHING",
            params));
      }
    }
    return {};
  });
}

Status Recorder::flush() {
  std::lock_guard flush_lock(m_flush_mutex);
  const std::int64_t now = m_clock.now();
  const Day today = day_of(now);

  std::vector<Shard*> shards;
  {
    std::lock_guard lock(m_shards_mutex);
    for (auto& shard : m_shards) shards.push_back(shard.get());
  }
  for (Shard* shard : shards) {
    std::map<Day, DayCounts> days;
    {
      std::lock_guard lock(shard->mutex);
      days.swap(shard->days);
      if (shard->salt_day >= 0 && shard->salt_day < today - 1) {
        shard->salt_day = -1;
        shard->salt = SaltKey{};
      }
    }
    for (auto& [day, counts] : days) merge(day, counts, m_pending);
  }
  // Keys of a day whose salt is destroyed would outlive it: never written.
  std::erase_if(m_pending.visitors, [&](const auto& entry) { return entry.first < today - 1; });

  Status written;
  if (!m_pending.empty()) {
    written = write(m_pending);
    if (written) {
      m_pending = Pending{};
    } else if (m_pending.counts.size() > kMaxPendingRows) {
      spdlog::error("statistics: dropping {} unwritten counts after repeated failures", m_pending.counts.size());
      m_pending = Pending{};
    }
  }
  auto closed = m_salts.destroy_before(today);
  if (!closed) {
    spdlog::warn("statistics: destroying old salts: {}", closed.error().message);
  } else if (!closed->empty()) {
    spdlog::info("statistics: destroyed the salts and visitor keys of {} day(s)", closed->size());
  }
  // Load today's salt now rather than on a request, and tomorrow's in the
  // last minutes of the day.
  (void)m_salts.key_for(today, now);
  if (now + 300 >= (today + 1) * kSecondsPerDay) (void)m_salts.key_for(today + 1, now);
  if (!written) return written;
  if (!closed) return std::unexpected(closed.error());
  return {};
}

void Recorder::run(std::stop_token stop) {
  std::mutex mutex;
  std::condition_variable_any wake;
  while (!stop.stop_requested()) {
    {
      std::unique_lock lock(mutex);
      wake.wait_for(lock, stop, m_settings.flush_interval, [] { return false; });
    }
    if (stop.stop_requested()) break;
    if (auto flushed = flush(); !flushed) spdlog::warn("statistics: flush failed: {}", flushed.error().message);
  }
}

void Recorder::start() {
  if (m_thread.joinable()) return;
  // Today's salt before the first request, not on it.
  const std::int64_t now = m_clock.now();
  if (auto key = m_salts.key_for(day_of(now), now); !key) {
    spdlog::warn("statistics: loading today's salt: {}", key.error().message);
  }
  m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

Status Recorder::stop() {
  if (m_thread.joinable()) {
    m_thread.request_stop();
    m_thread.join();
  }
  return flush();
}

}  // namespace hanse::stats
