// Read scopes: why the current thread may read guarded columns right now
// (the run-time door of P-2, privacy/door.h).
//
// A scope is an RAII object on the stack of the code that owns a read: it
// is opened before the statements run and closed when that code returns.
// Scopes nest; each thread has its own stack (handlers, the mail sender and
// the policy sync each run a whole read synchronously on one thread, so a
// scope never spans two threads). The storage layer only keeps the stack;
// which columns need a scope is decided by the column guard installed on
// the database (db/column_guard.h).
//
// Each door is a type derived from ReadScope (privacy::GuardRead,
// privacy::OwnerRead, mail::DeliveryRead), so that a grep for the type
// names lists every place that opens one, each with its reason.
#pragma once

#include <string_view>

namespace hanse::db {

class ReadScope {
 public:
  ReadScope(const ReadScope&) = delete;
  ReadScope& operator=(const ReadScope&) = delete;
  ReadScope(ReadScope&&) = delete;
  ReadScope& operator=(ReadScope&&) = delete;

  // The door's type name ("OwnerRead") and why the scope is open.
  std::string_view door() const { return m_door; }
  std::string_view reason() const { return m_reason; }
  // The scope this one is nested in, or nullptr.
  const ReadScope* outer() const { return m_outer; }

  // The innermost scope open on the calling thread, or nullptr.
  static const ReadScope* innermost() noexcept;

 protected:
  // door and reason must outlive the scope (string literals).
  ReadScope(std::string_view door, std::string_view reason) noexcept;
  ~ReadScope();

 private:
  std::string_view m_door;
  std::string_view m_reason;
  const ReadScope* m_outer;
};

}  // namespace hanse::db
