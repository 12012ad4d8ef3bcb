// Errors as values: every fallible domain call returns Result<T>.
// The HTTP layer maps ErrorKind to a status code in one place
// (web/error_page.cpp); domain code never names a status code.
#pragma once

#include <expected>
#include <string>
#include <utility>

namespace hanse {

enum class ErrorKind {
  invalid_input,      // the caller sent something unusable
  unauthorized,       // not signed in, or credentials wrong
  forbidden,          // signed in, but not allowed
  not_found,          // no such thing (or not visible to the caller)
  conflict,           // would break a uniqueness or state rule
  too_many_requests,  // a rate limit applies
  unavailable,        // a dependency (database, SMTP) is down
  internal,           // a bug or an unexpected failure
};

struct Error {
  ErrorKind kind = ErrorKind::internal;
  std::string message;
};

template <class T>
using Result = std::expected<T, Error>;

// Result<void> for calls that return nothing but may fail.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorKind kind, std::string message) {
  return std::unexpected<Error>(Error{kind, std::move(message)});
}

const char* to_string(ErrorKind kind);

}  // namespace hanse

// Propagates an error out of the enclosing function returning Result<...>.
// Usage: HANSE_TRY(auto row, store.find(id));
#define HANSE_CONCAT_INNER(a, b) a##b
#define HANSE_CONCAT(a, b) HANSE_CONCAT_INNER(a, b)
#define HANSE_TRY_IMPL(tmp, decl, expr)                     \
  auto tmp = (expr);                                        \
  if (!tmp) return std::unexpected<::hanse::Error>(std::move(tmp).error()); \
  decl = std::move(*tmp)
#define HANSE_TRY(decl, expr) HANSE_TRY_IMPL(HANSE_CONCAT(_hanse_try_, __LINE__), decl, expr)
// For calls returning Status.
#define HANSE_TRY_STATUS(expr)                                                     \
  do {                                                                             \
    auto _hanse_status = (expr);                                                   \
    if (!_hanse_status) return std::unexpected<::hanse::Error>(std::move(_hanse_status).error()); \
  } while (0)
