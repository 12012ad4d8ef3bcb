#include "rights/confirmation_mail.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "mail/outbox.h"

namespace hanse::rights {

Status send_confirmation(const ErasureSettings& settings, const std::string& to,
                         const ErasureActor& actor, const std::vector<std::string>& kept,
                         std::int64_t now) {
  std::string body = fmt::format(
      "Your account at {} is being deleted {}.\n\n"
      "This is the last message we send to this address: the address itself is deleted next,\n"
      "with your profile, sessions, company membership, uploads and listings.\n",
      settings.site_name,
      actor.kind == ErasureActor::Kind::member ? "as you asked"
                                               : "by our support staff, as a parent or guardian asked");
  if (!kept.empty()) {
    body += "\nWhat we keep, and why:\n";
    for (const auto& line : kept) body += "- " + line + "\n";
  }
  const Clock clock;  // only the footer's text is used
  mail::OutgoingMail m;
  m.from = settings.from_address;
  m.from_name = settings.from_name;
  m.to = to;
  m.subject = fmt::format("Your {} account is being deleted", settings.site_name);
  m.body = body + "\n" + mail::Outbox(settings.site_name, clock).footer();
  m.date = now;
  auto at = settings.from_address.find('@');
  m.message_id = fmt::format("erasure.{}@{}", now,
                             at == std::string::npos ? "localhost" : settings.from_address.substr(at + 1));
  if (settings.deliver) return settings.deliver(m);
  mail::SmtpClient client(settings.smtp);
  HANSE_TRY_STATUS(client.send(m));
  client.quit();
  return {};
}

}  // namespace hanse::rights
