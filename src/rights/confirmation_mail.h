// The mail confirming an erasure to the address being erased (P-15).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "rights/erasure.h"

namespace hanse::rights {

// Sends the confirmation to `to` at once over SMTP (not through the
// outbox: a queued row would keep the address after erasure): that the
// account is being deleted, by whom (the member or staff on a request),
// and what is kept and why (`kept`). Errors: unavailable or invalid_input
// from the SMTP client (mail/smtp_client.h); nothing was sent then.
Status send_confirmation(const ErasureSettings& settings, const std::string& to,
                         const ErasureActor& actor, const std::vector<std::string>& kept,
                         std::int64_t now);

}  // namespace hanse::rights
