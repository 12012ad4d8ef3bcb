#include "core/day_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace hanse {
namespace {

namespace fs = std::filesystem;

constexpr std::int64_t kDay = 86400;

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Howard Hinnant's civil calendar algorithms (proleptic Gregorian).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = floor_div(y, 400);
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  std::int64_t year;
  unsigned month;
  unsigned day;
};

Civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = floor_div(z, 146097);
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

std::string date_of_day(std::int64_t day) {
  const Civil c = civil_from_days(day);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

std::string utc_date(std::int64_t at) { return date_of_day(floor_div(at, kDay)); }

std::string utc_timestamp(std::int64_t at) {
  const std::int64_t day = floor_div(at, kDay);
  const std::int64_t second = at - day * kDay;
  return fmt::format("{}T{:02}:{:02}:{:02}Z", date_of_day(day), second / 3600, second / 60 % 60,
                     second % 60);
}

std::int64_t parse_utc_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return -1;
  auto number = [&](std::size_t from, std::size_t count) -> int {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (date[i] < '0' || date[i] > '9') return -1;
      value = value * 10 + (date[i] - '0');
    }
    return value;
  };
  const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
  const std::int64_t day = days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  if (date_of_day(day) != date) return -1;  // 2026-02-30 and the like
  return day;
}

DayLog::DayLog(DayLogSettings settings, const Clock& clock)
    : m_settings(std::move(settings)), m_clock(clock) {}

Result<std::unique_ptr<DayLog>> DayLog::open(DayLogSettings settings, const Clock& clock) {
  std::error_code ec;
  fs::create_directories(settings.dir, ec);
  if (ec || !fs::is_directory(settings.dir))
    return fail(ErrorKind::invalid_input,
                fmt::format("{}: cannot create the log folder: {}", settings.dir,
                            ec ? ec.message() : "not a folder"));
  std::unique_ptr<DayLog> log(new DayLog(std::move(settings), clock));
  HANSE_TRY_STATUS(log->prune());
  if (log->m_settings.background)
    log->m_thread = std::jthread([raw = log.get()](std::stop_token stop) { raw->run(stop); });
  return log;
}

DayLog::~DayLog() {
  if (m_thread.joinable()) {
    m_thread.request_stop();
    m_thread.join();
  }
  if (auto flushed = flush(); !flushed) spdlog::warn("{}", flushed.error().message);
  close_file();
}

void DayLog::write(std::string_view line) {
  const std::int64_t now = m_clock.now();
  const std::int64_t day = floor_div(now, kDay);
  std::string text = utc_timestamp(now);
  text.reserve(text.size() + 2 + line.size());
  text += ' ';
  text += line;
  text += '\n';
  std::lock_guard lock(m_mutex);
  if (day != m_buffer.day && !m_buffer.text.empty()) m_full.push_back(std::move(m_buffer));
  if (m_buffer.text.empty()) {
    m_buffer.day = day;
    m_buffer.text = std::move(text);
  } else {
    m_buffer.text += text;
  }
}

std::string DayLog::file_for(std::int64_t at) const {
  return (fs::path(m_settings.dir) / fmt::format("{}-{}.log", m_settings.prefix, utc_date(at))).string();
}

void DayLog::close_file() {
  if (m_fd >= 0) ::close(m_fd);
  m_fd = -1;
  m_fd_day = -1;
}

Status DayLog::flush() {
  std::lock_guard flushing(m_flush_mutex);
  std::vector<Chunk> chunks;
  {
    std::lock_guard lock(m_mutex);
    chunks.swap(m_full);
    if (!m_buffer.text.empty()) chunks.push_back(std::move(m_buffer));
    m_buffer = Chunk{};
  }
  Status status;
  bool rotated = false;
  for (auto& chunk : chunks) {
    if (chunk.day != m_fd_day) {
      close_file();
      const std::string file = file_for(chunk.day * kDay);
      m_fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
      if (m_fd < 0) {
        status = fail(ErrorKind::invalid_input, fmt::format("{}: {}", file, std::strerror(errno)));
        continue;
      }
      m_fd_day = chunk.day;
      if (m_last_day >= 0 && chunk.day > m_last_day) rotated = true;
      if (chunk.day > m_last_day) m_last_day = chunk.day;
    }
    if (!write_all(m_fd, chunk.text))
      status = fail(ErrorKind::invalid_input, fmt::format("{}: {}", file_for(chunk.day * kDay), std::strerror(errno)));
  }
  if (!status) {
    if (!m_failing) spdlog::error("{} log: {}", m_settings.prefix, status.error().message);
    m_failing = true;
  } else {
    m_failing = false;
  }
  if (rotated) {
    if (auto pruned = prune(); !pruned) spdlog::warn("{}", pruned.error().message);
  }
  return status;
}

Result<int> DayLog::prune() {
  const std::int64_t today = floor_div(m_clock.now(), kDay);
  const std::int64_t oldest_kept = today - m_settings.retention_days + 1;
  const std::string head = m_settings.prefix + "-";
  std::error_code ec;
  int removed = 0;
  fs::directory_iterator it(m_settings.dir, ec);
  if (ec)
    return fail(ErrorKind::invalid_input, fmt::format("{}: cannot read the log folder: {}", m_settings.dir, ec.message()));
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (!name.starts_with(head) || !name.ends_with(".log")) continue;
    const std::string_view date = std::string_view(name).substr(head.size(), name.size() - head.size() - 4);
    const std::int64_t day = parse_utc_date(date);
    if (day < 0 || day >= oldest_kept) continue;
    std::error_code removing;
    if (fs::remove(it->path(), removing)) ++removed;
    else if (removing) spdlog::warn("{} log: cannot remove {}: {}", m_settings.prefix, it->path().string(), removing.message());
  }
  if (removed > 0)
    spdlog::info("{} log: removed {} day file(s) older than {} days", m_settings.prefix, removed,
                 m_settings.retention_days);
  return removed;
}

void DayLog::run(std::stop_token stop) {
  auto last_prune = std::chrono::steady_clock::now();
  while (!stop.stop_requested()) {
    {
      std::unique_lock lock(m_wake_mutex);
      m_wake.wait_for(lock, stop, m_settings.flush_interval, [] { return false; });
    }
    (void)flush();  // a failure is logged once by flush(); the next pass tries again
    if (std::chrono::steady_clock::now() - last_prune >= m_settings.prune_interval) {
      last_prune = std::chrono::steady_clock::now();
      if (auto pruned = prune(); !pruned) spdlog::warn("{}", pruned.error().message);
    }
  }
}

}  // namespace hanse
