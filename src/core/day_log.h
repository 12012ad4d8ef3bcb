// A log kept as one file per UTC day in a folder of its own
// (PREFIX-YYYY-MM-DD.log), for lines that must not outlive a retention: the
// diagnostic access log with the network address of each request (SPEC
// P-11, policy clause "server-logs"; http/access_log.h writes it).
//
// Lines are dated by the site's Clock (core/clock.h), so a test that moves
// the clock (testing.clock_offset_seconds) moves the day files too. A line
// goes to the file of the day it was written in: the log rotates at
// midnight UTC. write() only appends to a buffer under a mutex (no system
// call, safe from any thread); a background thread writes the buffer out
// about every second (no fsync: a crash may lose the last second, as with
// the general log) and removes the day files that are past the retention,
// at start, at every rotation and every hour.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "core/result.h"

namespace hanse {

struct DayLogSettings {
  std::string dir;                 // created when missing
  std::string prefix = "access";   // files PREFIX-YYYY-MM-DD.log
  int retention_days = 14;         // >= 1
  std::chrono::milliseconds flush_interval{1000};
  std::chrono::seconds prune_interval{3600};
  bool background = true;  // false: no thread; the caller flushes and prunes (tests)
};

// "2026-12-07" for the UTC day of Unix seconds `at`.
std::string utc_date(std::int64_t at);

// "2026-12-07T13:45:09Z" for Unix seconds `at`.
std::string utc_timestamp(std::int64_t at);

// Day number (days since 1970-01-01) of a "YYYY-MM-DD" date; -1 when the
// text is not a real date in that form.
std::int64_t parse_utc_date(std::string_view date);

class DayLog {
 public:
  // Creates the folder, removes day files past the retention and, with
  // settings.background, starts the thread. Errors: invalid_input naming the
  // folder when it cannot be created or read.
  static Result<std::unique_ptr<DayLog>> open(DayLogSettings settings, const Clock& clock);

  DayLog(const DayLog&) = delete;
  DayLog& operator=(const DayLog&) = delete;
  // Stops the thread and writes out what is buffered.
  ~DayLog();

  // Appends "TIMESTAMP line\n" to the day's buffer (TIMESTAMP from the
  // clock, utc_timestamp). `line` must not hold a line break. Never blocks
  // on I/O.
  void write(std::string_view line);

  // Writes the buffered lines to their day files. Errors: invalid_input
  // naming the file that could not be written (its lines are dropped; the
  // next flush tries again with new lines).
  Status flush();

  // Removes the day files of the folder whose day is `retention_days` or
  // more before today (with 14 days, today's file and the 13 before it
  // stay, so no line is kept longer than 14 days), and nothing else.
  // Returns how many files were removed.
  Result<int> prune();

  // The file of the day holding Unix seconds `at`.
  std::string file_for(std::int64_t at) const;

  const DayLogSettings& settings() const { return m_settings; }

 private:
  DayLog(DayLogSettings settings, const Clock& clock);
  void run(std::stop_token stop);
  void close_file();

  struct Chunk {
    std::int64_t day = 0;
    std::string text;
  };

  const DayLogSettings m_settings;
  const Clock& m_clock;

  std::mutex m_mutex;  // guards m_buffer, m_buffer_day, m_full
  Chunk m_buffer;
  std::vector<Chunk> m_full;  // earlier days' buffers not yet written

  std::mutex m_flush_mutex;  // one writer at a time; guards the open file
  int m_fd = -1;
  std::int64_t m_fd_day = -1;
  std::int64_t m_last_day = -1;  // the latest day written: a later one is a rotation
  bool m_failing = false;

  std::mutex m_wake_mutex;
  std::condition_variable_any m_wake;
  std::jthread m_thread;  // last: stops before the members above go
};

}  // namespace hanse
