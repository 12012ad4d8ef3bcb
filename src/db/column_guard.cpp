// The default for backends that cannot see which columns a statement reads.
#include "db/column_guard.h"

#include "db/database.h"

namespace hanse::db {

bool Database::set_column_guard(std::shared_ptr<const ColumnGuard>) { return false; }

}  // namespace hanse::db
