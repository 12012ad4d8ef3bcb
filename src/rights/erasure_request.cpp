#include "rights/erasure_request.h"

#include "accounts/member_store.h"
#include "accounts/password.h"
#include "privacy/door.h"

namespace hanse::rights {

Result<accounts::FieldErrors> check_erasure_request(db::Database& db, std::int64_t member_id,
                                                    const std::string& password, bool confirmed) {
  std::optional<std::string> stored;
  {
    privacy::OwnerRead door("a member's own password hash, to confirm their erasure request");
    HANSE_TRY(auto lease, db.acquire());
    HANSE_TRY(stored, accounts::find_password_hash(*lease, member_id));
  }
  if (!stored) return fail(ErrorKind::not_found, "no such member");
  accounts::FieldErrors errors;
  if (password.empty() || !accounts::verify_password(*stored, password))
    errors["password"] = "This is not your current password.";
  if (!confirmed)
    errors["confirm"] = "Tick the box to confirm that your account and its data are to be deleted.";
  return errors;
}

}  // namespace hanse::rights
