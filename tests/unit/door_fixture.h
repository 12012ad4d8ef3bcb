// The run-time door (privacy/door.h) in unit tests of domain code: the
// repository's policy, and a scope for test code that checks what the code
// under test stored. Installed on SQLite, the door then proves that the
// domain code opens its scopes; on PostgreSQL it is not enforced.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>

#include "db/database.h"
#include "db/read_scope.h"
#include "privacy/door.h"
#include "privacy/policy.h"

namespace hanse::privacy::testing {

// The policy of the repository (HANSE_SOURCE_DIR/policy); throws when invalid.
inline std::unique_ptr<PolicyBook> repository_policy() {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  auto book = PolicyBook::open((std::filesystem::path(source ? source : ".") / "policy").string());
  if (!book) throw std::runtime_error(book.error().message);
  return std::move(*book);
}

// Installs the door for the repository's policy on db; returns the policy,
// which must outlive the database.
inline std::unique_ptr<PolicyBook> install_repository_door(db::Database& db) {
  auto book = repository_policy();
  install_door(db, *book);
  return book;
}

// Test code reading stored personal data to check it.
class TestRead final : public db::ReadScope {
 public:
  explicit TestRead(std::string_view reason = "a test checking what was stored") noexcept
      : ReadScope("TestRead", reason) {}
};

}  // namespace hanse::privacy::testing
