#include "market/inquiry_notify.h"

#include <fmt/format.h>

#include "core/paths.h"
#include "market/inquiry.h"

namespace hanse::market {

Status notify_inquiry(db::Connection& conn, const privacy::Guard& guard, const mail::Outbox& outbox,
                      const InquiryMailSettings& settings, std::int64_t inquiry_id,
                      std::int64_t author_member_id, bool new_inquiry) {
  HANSE_TRY(auto recipients, members_to_notify(conn, inquiry_id, author_member_id));
  for (auto member : recipients) {
    privacy::ReadRequest read{{privacy::ActorKind::system, 0}, member, {"members.email"},
                              "essential.service.notifications.email", "inquiry notice", std::nullopt};
    auto address = guard.read(conn, read);
    if (!address) {
      if (address.error().kind == ErrorKind::forbidden || address.error().kind == ErrorKind::not_found)
        continue;
      return std::unexpected(address.error());
    }
    mail::Message m;
    m.to = address->at("members.email");
    m.kind = mail::MailKind::administrative;
    m.subject = new_inquiry ? fmt::format("New inquiry on {}", settings.site_name)
                            : fmt::format("New reply to an inquiry on {}", settings.site_name);
    m.body = fmt::format(
        "{}\n\nRead it and reply on the site (sign in first):\n{}\n\n"
        "For your privacy and the sender's, the message itself is not copied into this e-mail.\n",
        new_inquiry ? "Someone has sent your company an inquiry." : "There is a new message in one of your inquiries.",
        paths::absolute(settings.base_url, paths::inquiry(inquiry_id)));
    HANSE_TRY_STATUS(outbox.enqueue(conn, m));
  }
  return {};
}

}  // namespace hanse::market
