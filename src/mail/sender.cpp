#include "mail/sender.h"

#include <algorithm>
#include <exception>
#include <utility>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace hanse::mail {
namespace {

constexpr std::size_t kMaxStoredError = 500;

std::string domain_of(const std::string& address) {
  auto at = address.rfind('@');
  return at == std::string::npos ? std::string("localhost") : address.substr(at + 1);
}

}  // namespace

std::chrono::seconds retry_delay(int attempts, std::chrono::seconds base,
                                 std::chrono::seconds cap) {
  auto delay = base;
  for (int i = 1; i < attempts && delay < cap; ++i) delay *= 2;
  return std::min(delay, cap);
}

Sender::Sender(db::Database& db, SenderSettings settings, const Clock& clock)
    : m_db(db), m_settings(std::move(settings)), m_clock(clock) {}

Sender::~Sender() { stop(); }

Result<std::vector<Sender::Pending>> Sender::load_due(std::int64_t now) {
  DeliveryRead door("queued mail, read to deliver it to its recipient");
  HANSE_TRY(auto lease, m_db.acquire());
  const db::Value params[] = {now, std::int64_t{std::max(1, m_settings.batch_size)}};
  HANSE_TRY(auto rows, lease->query("SELECT id, recipient, subject, body, attempts, created_at, "
                                    "list_unsubscribe "
                                    "FROM mail_outbox "
                                    "WHERE status = 'pending' AND next_attempt_at <= $1 "
                                    "ORDER BY id LIMIT $2",
                                    params));
  std::vector<Pending> due;
  due.reserve(rows.size());
  for (const auto& row : rows) {
    due.push_back(Pending{row.integer(0), row.text(1), row.text(2), row.text(3), row.integer(4),
                          row.integer(5), row.text(6)});
  }
  return due;
}

Result<std::int64_t> Sender::execute(std::string_view sql, db::Params params) {
  HANSE_TRY(auto lease, m_db.acquire());
  return lease->execute(sql, params);
}

// Takes the row for this instance: only one UPDATE can match the
// (status, attempts) pair read by load_due, and the lease moves
// next_attempt_at past other instances' passes.
Result<bool> Sender::claim(const Pending& row) {
  auto now = m_clock.now();
  const db::Value params[] = {row.id, row.attempts, now + m_settings.claim_lease.count(), now};
  HANSE_TRY(auto changed, execute("UPDATE mail_outbox "
                                  "SET attempts = attempts + 1, next_attempt_at = $3 "
                                  "WHERE id = $1 AND status = 'pending' AND attempts = $2 "
                                  "AND next_attempt_at <= $4",
                                  params));
  return changed == 1;
}

void Sender::record_sent(const Pending& row, std::int64_t attempt) {
  const db::Value params[] = {row.id, attempt, m_clock.now()};
  auto result = execute(
      "UPDATE mail_outbox SET status = 'sent', sent_at = $3, last_error = '', body = '', "
      "list_unsubscribe = '' WHERE id = $1 AND status = 'pending' AND attempts = $2",
      params);
  if (!result) {
    spdlog::error("mail: outbox row {} was sent but could not be marked sent: {}", row.id,
                  result.error().message);
  } else if (*result != 1) {
    spdlog::warn("mail: outbox row {} was sent but another sender had taken it over", row.id);
  } else {
    spdlog::debug("mail: outbox row {} sent (attempt {})", row.id, attempt);
  }
}

void Sender::record_failure(const Pending& row, std::int64_t attempt, const Error& error) {
  bool permanent = error.kind == ErrorKind::invalid_input || attempt >= m_settings.max_attempts;
  auto now = m_clock.now();
  std::string message = error.message.substr(0, kMaxStoredError);
  auto next = permanent ? now
                        : now + retry_delay(static_cast<int>(attempt), m_settings.base_backoff,
                                            m_settings.max_backoff)
                                    .count();
  const db::Value params[] = {row.id, attempt, std::string(permanent ? "failed" : "pending"),
                              message, next};
  // A message that failed for good is never sent: its body (links, tokens)
  // goes at once, like a delivered one's (outbox.h: what a row keeps).
  auto result = execute(permanent ? "UPDATE mail_outbox "
                                    "SET status = $3, last_error = $4, next_attempt_at = $5, body = '', "
                                    "list_unsubscribe = '' WHERE id = $1 AND status = 'pending' AND attempts = $2"
                                  : "UPDATE mail_outbox "
                                    "SET status = $3, last_error = $4, next_attempt_at = $5 "
                                    "WHERE id = $1 AND status = 'pending' AND attempts = $2",
                        params);
  if (!result) {
    spdlog::error("mail: could not record the failure of outbox row {}: {}", row.id,
                  result.error().message);
    return;
  }
  // The SMTP reply text can echo the recipient, so it goes to the table only.
  if (permanent) {
    spdlog::warn("mail: outbox row {} failed for good after attempt {} ({})", row.id, attempt,
                 to_string(error.kind));
  } else {
    spdlog::info("mail: outbox row {} attempt {} failed ({}); retry at {}", row.id, attempt,
                 to_string(error.kind), next);
  }
}

OutgoingMail Sender::outgoing(const Pending& row) const {
  OutgoingMail mail;
  mail.from = m_settings.from_address;
  mail.from_name = m_settings.from_name;
  mail.to = row.recipient;
  mail.subject = row.subject;
  mail.body = row.body;
  mail.list_unsubscribe = row.list_unsubscribe;
  mail.date = m_clock.now();
  mail.message_id =
      fmt::format("{}.{}.outbox@{}", row.id, row.created_at, domain_of(m_settings.from_address));
  return mail;
}

int Sender::deliver_due() {
  auto due = load_due(m_clock.now());
  if (!due) {
    spdlog::error("mail: cannot read the outbox: {}", due.error().message);
    return 0;
  }
  if (due->empty()) return 0;
  SmtpClient smtp(SmtpSettings{m_settings.smtp_host, m_settings.smtp_port, m_settings.helo_name,
                               m_settings.smtp_timeout});
  int sent = 0;
  for (const auto& row : *due) {
    auto claimed = claim(row);
    if (!claimed) {
      spdlog::error("mail: cannot claim outbox row {}: {}", row.id, claimed.error().message);
      break;
    }
    if (!*claimed) continue;  // another sender has it
    auto attempt = row.attempts + 1;
    auto connected = smtp.connect();
    auto status = connected ? smtp.send(outgoing(row)) : connected;
    if (status) {
      record_sent(row, attempt);
      ++sent;
      continue;
    }
    record_failure(row, attempt, status.error());
    if (!connected) break;  // the relay is down: the rest waits for the next pass
  }
  return sent;
}

Result<std::int64_t> Sender::purge_delivered() {
  const db::Value params[] = {m_clock.now() - m_settings.keep_delivered.count()};
  return execute("DELETE FROM mail_outbox WHERE status IN ('sent', 'failed') AND created_at < $1",
                 params);
}

void Sender::run() {
  std::unique_lock lock(m_mutex);
  while (!m_stop_requested) {
    m_wake_requested = false;
    lock.unlock();
    try {
      deliver_due();
      if (auto now = m_clock.now(); now - m_last_purge >= 3600) {
        m_last_purge = now;
        if (auto purged = purge_delivered(); !purged)
          spdlog::error("mail: cannot purge delivered mail: {}", purged.error().message);
      }
    } catch (const std::exception& e) {
      spdlog::error("mail: delivery pass failed: {}", e.what());
    }
    lock.lock();
    m_wake_cv.wait_for(lock, m_settings.poll_interval,
                       [this] { return m_stop_requested || m_wake_requested; });
  }
  lock.unlock();
  try {
    deliver_due();  // flush what is due at shutdown
  } catch (const std::exception& e) {
    spdlog::error("mail: final delivery pass failed: {}", e.what());
  }
}

void Sender::start() {
  std::lock_guard lifecycle(m_lifecycle);
  if (m_thread.joinable()) return;
  {
    std::lock_guard lock(m_mutex);
    m_stop_requested = false;
    m_wake_requested = false;
  }
  m_thread = std::thread([this] { run(); });
}

void Sender::notify() {
  {
    std::lock_guard lock(m_mutex);
    m_wake_requested = true;
  }
  m_wake_cv.notify_all();
}

void Sender::stop() {
  std::lock_guard lifecycle(m_lifecycle);
  if (!m_thread.joinable()) return;
  {
    std::lock_guard lock(m_mutex);
    m_stop_requested = true;
  }
  m_wake_cv.notify_all();
  m_thread.join();
}

}  // namespace hanse::mail
