// Delivers the outbox: rows of mail_outbox that are due are sent over
// SMTP, retried with exponential back-off, and marked 'sent' or 'failed';
// rows are never deleted. Several server instances may share one database:
// a row is claimed with a conditional UPDATE before it is sent, so in
// normal operation no message goes out twice.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "db/read_scope.h"
#include "mail/smtp_client.h"

namespace hanse::mail {

// A door of the run-time check of personal reads (privacy/door.h): the
// sender reading queued mail (recipient, subject, body) to deliver it to
// its recipient. Opened by the sender only.
class DeliveryRead final : public db::ReadScope {
 public:
  explicit DeliveryRead(std::string_view reason) noexcept : ReadScope("DeliveryRead", reason) {}
};

struct SenderSettings {
  std::string smtp_host = "127.0.0.1";
  std::uint16_t smtp_port = 25;
  std::string helo_name = "localhost";
  std::chrono::milliseconds smtp_timeout{30'000};  // per SMTP step
  std::string from_address;                        // e.g. "no-reply@hanse.example"
  std::string from_name;                           // display name, may be empty
  std::chrono::milliseconds poll_interval{10'000};
  int max_attempts = 8;  // a message fails for good after this many attempts
  std::chrono::seconds base_backoff{30};
  std::chrono::seconds max_backoff{3600};
  // How long a claimed row is left alone by other instances while it is
  // being sent; must exceed a whole SMTP transaction (several timeouts).
  std::chrono::seconds claim_lease{600};
  int batch_size = 50;  // rows per delivery pass
  // How long a sent or failed row (without its body) is kept, as the
  // record that a notice went out; then purge_delivered() deletes it.
  std::chrono::seconds keep_delivered{90 * 24 * 3600};
};

// Seconds to wait after the given number of failed attempts (>= 1):
// base * 2^(attempts-1), at most cap.
std::chrono::seconds retry_delay(int attempts, std::chrono::seconds base, std::chrono::seconds cap);

class Sender final {
 public:
  // db and clock must outlive the Sender.
  Sender(db::Database& db, SenderSettings settings, const Clock& clock);
  // Calls stop().
  ~Sender();
  Sender(const Sender&) = delete;
  Sender& operator=(const Sender&) = delete;

  // One delivery pass: takes up to batch_size pending rows whose
  // next_attempt_at has come, oldest first, claims each (attempts + 1),
  // sends it over one SMTP session and records the outcome: 'sent' with
  // sent_at; on a transient failure last_error and next_attempt_at = now +
  // retry_delay(attempts); on a permanent failure (5xx) or when attempts
  // reaches max_attempts, status 'failed'. When the relay cannot be reached
  // the pass stops after recording that attempt, leaving the other rows
  // untouched. Returns the number of messages sent. Database errors are
  // logged, not returned; the rows stay pending. Safe to call from several
  // threads or processes at once. Logs never contain recipients or bodies.
  int deliver_due();

  // Deletes the sent and failed rows created more than keep_delivered ago.
  // Returns the number deleted. Run by the background thread once an hour.
  // Errors: whatever the database reports.
  Result<std::int64_t> purge_delivered();

  // Starts a background thread that runs deliver_due() at once and then
  // every poll_interval, or earlier after notify(). Does nothing when
  // already running.
  void start();

  // Wakes the background thread for a pass now (call after an enqueue has
  // committed). Does nothing when not running.
  void notify();

  // Stops the background thread after a final delivery pass, so mail due
  // at shutdown is flushed. Does nothing when not running.
  void stop();

 private:
  struct Pending {
    std::int64_t id = 0;
    std::string recipient;
    std::string subject;
    std::string body;
    std::int64_t attempts = 0;
    std::int64_t created_at = 0;
    std::string list_unsubscribe;  // marketing mail: the one-click URL
  };

  Result<std::vector<Pending>> load_due(std::int64_t now);
  Result<bool> claim(const Pending& row);
  // Runs one statement on a pooled connection; returns the rows changed.
  Result<std::int64_t> execute(std::string_view sql, db::Params params);
  void record_sent(const Pending& row, std::int64_t attempt);
  void record_failure(const Pending& row, std::int64_t attempt, const Error& error);
  OutgoingMail outgoing(const Pending& row) const;
  void run();

  db::Database& m_db;
  SenderSettings m_settings;
  const Clock& m_clock;

  std::mutex m_lifecycle;  // serialises start() and stop()
  std::thread m_thread;
  std::mutex m_mutex;  // guards the two flags below
  std::condition_variable m_wake_cv;
  bool m_stop_requested = false;
  bool m_wake_requested = false;
  std::int64_t m_last_purge = 0;  // background thread only
};

}  // namespace hanse::mail
