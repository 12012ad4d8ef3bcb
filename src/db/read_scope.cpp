#include "db/read_scope.h"

#include <cassert>

namespace hanse::db {
namespace {

thread_local const ReadScope* t_innermost = nullptr;

}  // namespace

ReadScope::ReadScope(std::string_view door, std::string_view reason) noexcept
    : m_door(door), m_reason(reason), m_outer(t_innermost) {
  t_innermost = this;
}

ReadScope::~ReadScope() {
  // Scopes live on the stack and cannot move, so they close in reverse order.
  assert(t_innermost == this);
  t_innermost = m_outer;
}

const ReadScope* ReadScope::innermost() noexcept { return t_innermost; }

}  // namespace hanse::db
