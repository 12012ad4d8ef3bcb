#include "db/postgres_database.h"

#include "db/postgres_connection.h"

namespace hanse::db {

std::string redact_postgres_url(std::string_view url) {
  std::string out;
  std::size_t scheme_end = url.find("://");
  std::size_t authority_start = scheme_end == std::string_view::npos ? 0 : scheme_end + 3;
  std::size_t authority_end = url.find_first_of("/?", authority_start);
  if (authority_end == std::string_view::npos) authority_end = url.size();
  std::string_view authority = url.substr(authority_start, authority_end - authority_start);

  out.append(url.substr(0, authority_start));
  if (std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    std::string_view user_info = authority.substr(0, at);
    out.append(user_info.substr(0, user_info.find(':')));
    out.append(authority.substr(at));
  } else {
    out.append(authority);
  }

  std::string_view rest = url.substr(authority_end);
  std::size_t query_start = rest.find('?');
  out.append(rest.substr(0, query_start));
  if (query_start == std::string_view::npos) return out;

  std::string_view query = rest.substr(query_start + 1);
  std::string kept;
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (pair.starts_with("password=") || pair == "password") continue;
    if (!kept.empty()) kept += '&';
    kept.append(pair);
  }
  if (!kept.empty()) out += "?" + kept;
  return out;
}

PostgresDatabase::PostgresDatabase(std::string url, int pool_size)
    : m_url(std::move(url)),
      m_label(redact_postgres_url(m_url)),
      m_pool(
          pool_size,
          [this]() -> Result<std::unique_ptr<Connection>> {
            HANSE_TRY(auto connection, PostgresConnection::open(m_url, m_label));
            return std::unique_ptr<Connection>(std::move(connection));
          },
          [](Connection& connection) {
            return static_cast<PostgresConnection&>(connection).recycle();
          }) {}

Result<std::unique_ptr<PostgresDatabase>> PostgresDatabase::open(const std::string& url,
                                                                 int pool_size) {
  std::unique_ptr<PostgresDatabase> db(new PostgresDatabase(url, pool_size));
  {
    HANSE_TRY(Lease first, db->acquire());
    (void)first;  // returned to the pool here, ready for reuse
  }
  return db;
}

Result<Lease> PostgresDatabase::acquire() {
  HANSE_TRY(auto connection, m_pool.take());
  return Lease(this, std::move(connection));
}

void PostgresDatabase::release(std::unique_ptr<Connection> connection) {
  m_pool.give_back(std::move(connection));
}

}  // namespace hanse::db
