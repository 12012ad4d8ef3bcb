// A borrowed connection that goes back to its pool when destroyed.
#include "db/database.h"

namespace hanse::db {

Lease::Lease(Database* owner, std::unique_ptr<Connection> connection)
    : m_owner(owner), m_connection(std::move(connection)) {}

Lease::Lease(Lease&& other) noexcept
    : m_owner(other.m_owner), m_connection(std::move(other.m_connection)) {}

Lease::~Lease() {
  if (m_connection && m_owner) m_owner->release(std::move(m_connection));
}

}  // namespace hanse::db
